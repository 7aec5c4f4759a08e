import { stringify } from 'yaml';
import type { ParsedDocument } from '../types.js';

export type OutputFormat = 'yaml' | 'json';

/** One document prints as one object; several print as a list, in the order given. */
export function serialize(documents: ParsedDocument[], format: OutputFormat): string {
  const value = documents.length === 1 ? documents[0] : documents;
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
