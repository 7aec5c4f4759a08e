/**
 * The public API of `minutes`. Everything a script may rely on is exported here;
 * anything else is internal and may change.
 */
import { parseFile } from './read/load.js';
import { parseBytes } from './pipeline.js';
import { toDiagnostics, type Diagnostic } from './diagnostics/report.js';
import type { ParseOptions } from './pipeline.js';
import type { ParsedDocument } from './types.js';

export type * from './types.js';
export type { DiagnosticCode, Severity } from './diagnostics/codes.js';
export type { Diagnostic } from './diagnostics/report.js';
export type { ParseOptions } from './pipeline.js';
export { parseBytes, parseHtml, parseText } from './pipeline.js';
export { parseFile } from './read/load.js';
export { serialize, type OutputFormat } from './format/serialize.js';
export { formatDiagnostics } from './format/diagnostics.js';
export { main } from './cli/main.js';
export { loadStore, type LoadedStore } from './track/load.js';
export { outstanding, outstandingIn, type OutstandingOptions, type OutstandingRow } from './track/outstanding.js';
export { crossReference, crossReferenceIn, type Xref } from './track/xref.js';
export { trackReferrals, type Evidence, type TrackedReferral } from './track/closure.js';
export { setStatus, STATUSES, type Status, type StatusChange } from './store/status.js';
export { formatOutstanding, type OutstandingFormat } from './format/outstanding.js';
export { formatXref, type XrefFormat } from './format/xref.js';
export type { CliIO } from './cli/io.js';

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
