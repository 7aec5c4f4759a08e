import { resolve } from 'node:path';
import { crossReferenceIn } from '../track/xref.js';
import { formatXref, type XrefFormat } from '../format/xref.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { writeAtomic } from '../io/atomic.js';
import { EXIT, fromHere, useColour, type CliIO } from './io.js';
import { existingStore } from './store-options.js';

/** `minutes xref`: the store's links as Markdown, JSON or a diagram. */
export async function xrefCommand(options: { store?: string; config?: string; format?: XrefFormat; out?: string }, io: CliIO): Promise<number> {
  const store = await existingStore(io, options);
  if (!store) return EXIT.problems;
  const { xref, bodies, diagnostics } = await crossReferenceIn(store);
  if (diagnostics.length) io.stderr.write(`${formatDiagnostics(fromHere(io.cwd, store, diagnostics), useColour(io.stderr, io.env))}\n`);
  const text = formatXref(xref, options.format ?? 'markdown', bodies);
  if (options.out) await writeAtomic(resolve(io.cwd, options.out), text);
  else io.stdout.write(text);
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}
