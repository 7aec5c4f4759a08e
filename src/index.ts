/**
 * The public API of `minutes`. Everything a script may rely on is exported here;
 * anything else is internal and may change.
 */

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
export { mattersArising, arisingIn, applyArising, type ArisingProposal } from './track/arising.js';
export { setStatus, STATUSES, type Status, type StatusChange } from './store/status.js';
export { formatOutstanding, type OutstandingFormat } from './format/outstanding.js';
export { formatXref, type XrefFormat } from './format/xref.js';
export type { CliIO } from './cli/io.js';

export { parseDocuments, type DocumentResult, type Source } from './documents.js';
