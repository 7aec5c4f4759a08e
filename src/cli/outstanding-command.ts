import { resolve } from 'node:path';
import { outstandingIn, type OutstandingOptions } from '../track/outstanding.js';
import { formatOutstanding, type OutstandingFormat } from '../format/outstanding.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { writeAtomic } from '../io/atomic.js';
import { EXIT, fromHere, useColour, type CliIO } from './io.js';
import { existingStore } from './store-options.js';
import { loadConfig } from '../config.js';

export interface OutstandingCommandOptions extends Omit<OutstandingOptions, 'sort'> {
  store?: string;
  config?: string;
  format?: OutstandingFormat;
  json?: boolean;
  out?: string;
  sort?: OutstandingOptions['sort'];
}

/** `minutes outstanding`: exit 1 only when the store (or a file in it) could not be read. */
export async function outstandingCommand(options: OutstandingCommandOptions, io: CliIO): Promise<number> {
  const store = await existingStore(io, options);
  if (!store) return EXIT.problems;
  // The config file's `staleness:` decides when an action with no due date is overdue.
  const { staleness } = await loadConfig(io.cwd, options.config);
  const { rows, diagnostics } = await outstandingIn(store, { ...options, ...(staleness ? { staleness } : {}) });
  if (diagnostics.length) io.stderr.write(`${formatDiagnostics(fromHere(io.cwd, store, diagnostics), useColour(io.stderr, io.env))}\n`);
  const format = options.json ? 'json' : options.format ?? 'table';
  const text = formatOutstanding(rows, format, !options.out && useColour(io.stdout, io.env));
  if (options.out) await writeAtomic(resolve(io.cwd, options.out), text);
  else io.stdout.write(text);
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}
