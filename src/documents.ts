import { parseFile } from './read/load.js';
import { parseBytes, type ParseOptions } from './pipeline.js';
import { toDiagnostics, type Diagnostic } from './diagnostics/report.js';
import type { ParsedDocument } from './types.js';

/** Bytes already in hand (standard input, a download): `path` names them and hints at the format. */
export interface Source {
  path: string;
  bytes: Uint8Array;
}

const nameOf = (input: string | Source): string => (typeof input === 'string' ? input : input.path);

export interface DocumentResult {
  path: string;
  /** Undefined when the file could not be used; see `diagnostics`. */
  document?: ParsedDocument;
  diagnostics: Diagnostic[];
}

/**
 * Parse several files. `names` are what documents and diagnostics are called by
 * (the paths as the user typed them); they default to the paths.
 */
export async function parseDocuments(paths: (string | Source)[], options: ParseOptions = {}, names: string[] = paths.map(nameOf)): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  for (let i = 0; i < paths.length; i++) {
    const input = paths[i];
    const { document, file } = typeof input === 'string' ? await parseFile(input, options) : await parseBytes(input.bytes, input.path, options);
    file.path = names[i];
    const named = document ? { ...document, file: names[i] } : undefined;
    out.push({ path: names[i], ...(named ? { document: named } : {}), diagnostics: toDiagnostics(file) });
  }
  return out;
}
