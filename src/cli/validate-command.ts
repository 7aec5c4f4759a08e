import { validateStore } from '../store/validate.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { dirname } from 'node:path';
import { EXIT, fromHere, shownPath, useColour, type CliIO } from './io.js';
import { existingStore } from './store-options.js';

/** `minutes validate`: exit 1 when the store has errors; warnings are printed but pass. */
export async function validateCommand(options: { store?: string; config?: string; json?: boolean; quiet?: boolean }, io: CliIO): Promise<number> {
  const store = await existingStore(io, options);
  if (!store) return EXIT.problems;
  const diagnostics = fromHere(io.cwd, dirname(store), await validateStore(store));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (options.json) io.stdout.write(`${JSON.stringify({ store, errors, warnings: diagnostics.length - errors, diagnostics }, null, 2)}\n`);
  else {
    const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length) io.stderr.write(`${formatDiagnostics(shown, useColour(io.stderr, io.env))}\n`);
    io.stdout.write(`${shownPath(io.cwd, store)}: ${errors} errors, ${diagnostics.length - errors} warnings\n`);
  }
  return errors ? EXIT.problems : EXIT.ok;
}
