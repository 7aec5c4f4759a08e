import { resolve } from 'node:path';
import { parseDocuments } from '../documents.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { serialize, type OutputFormat } from '../format/serialize.js';
import { writeAtomic } from '../io/atomic.js';
import { EXIT, useColour, type CliIO } from './io.js';
import type { DocumentKind } from '../types.js';
import type { Dialect } from '../lexicon/index.js';
import { readingOf } from './store-options.js';
import { explain, formatExplained } from '../format/explain.js';

export interface ParseCommandOptions {
  format: OutputFormat;
  out?: string;
  body?: string;
  date?: string;
  kind?: DocumentKind;
  quiet?: boolean;
  /** What to call standard input: its extension is a hint to the format ("minutes.pdf"). */
  stdinName?: string;
  dialect?: Dialect;
  config?: string;
  /** Print the rules behind each record, and why signals made none, instead of the records. */
  explain?: boolean;
}

async function readAll(stream: CliIO['stdin']): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream ?? []) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** `minutes parse`: read each file, print records, report problems on stderr. */
export async function parseCommand(files: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  if (files.filter((f) => f === '-').length > 1) {
    io.stderr.write('minutes parse: standard input (`-`) can be read only once\n');
    return EXIT.usage;
  }
  const stdinName = options.stdinName ?? '<stdin>';
  const inputs = await Promise.all(files.map(async (f) => (f === '-' ? { path: stdinName, bytes: await readAll(io.stdin) } : resolve(io.cwd, f))));
  const reading = await readingOf(io, options);
  const results = await parseDocuments(inputs, { ...options, ...reading }, files.map((f) => (f === '-' ? stdinName : f)));
  const documents = results.flatMap((r) => (r.document ? [r.document] : []));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  // --explain prints the misses itself, each under its file.
  const shown = options.quiet || options.explain ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length) io.stderr.write(`${formatDiagnostics(shown, useColour(io.stderr, io.env))}\n`);
  if (options.explain) {
    const explained = explain(results);
    const text = options.format === 'json' ? `${JSON.stringify(explained.length === 1 ? explained[0] : explained, null, 2)}\n` : formatExplained(explained);
    if (options.out) await writeAtomic(resolve(io.cwd, options.out), text);
    else io.stdout.write(text);
  } else if (documents.length) {
    const output = serialize(documents, options.format);
    if (options.out) await writeAtomic(resolve(io.cwd, options.out), output);
    else io.stdout.write(output);
  }
  return results.some((r) => !r.document) ? EXIT.problems : EXIT.ok;
}
