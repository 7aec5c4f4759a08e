import { resolve } from 'node:path';
import { parseDocuments } from '../index.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { serialize, type OutputFormat } from '../format/serialize.js';
import { writeAtomic } from '../io/atomic.js';
import { EXIT, useColour, type CliIO } from './io.js';
import type { DocumentKind } from '../types.js';

export interface ParseCommandOptions {
  format: OutputFormat;
  out?: string;
  body?: string;
  date?: string;
  kind?: DocumentKind;
  quiet?: boolean;
}

/** `minutes parse`: read each file, print records, report problems on stderr. */
export async function parseCommand(files: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  const results = await parseDocuments(files.map((f) => resolve(io.cwd, f)), options, files);
  const documents = results.flatMap((r) => (r.document ? [r.document] : []));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length) io.stderr.write(`${formatDiagnostics(shown, useColour(io.stderr, io.env))}\n`);
  if (documents.length) {
    const output = serialize(documents, options.format);
    if (options.out) await writeAtomic(resolve(io.cwd, options.out), output);
    else io.stdout.write(output);
  }
  return results.some((r) => !r.document) ? EXIT.problems : EXIT.ok;
}
