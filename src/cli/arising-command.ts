import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { arisingIn, applyArising, type ArisingProposal } from '../track/arising.js';
import { toDiagnostics } from '../diagnostics/report.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { StoreBusyError } from '../store/lock.js';
import { EXIT, useColour, type CliIO } from './io.js';
import { existingStore, reading } from './store-options.js';
import { loadConfig } from '../config.js';
import type { Dialect } from '../lexicon/index.js';

export interface ArisingCommandOptions {
  store?: string;
  config?: string;
  dialect?: Dialect;
  json?: boolean;
  /** Write the `done` proposals as staff statuses. */
  apply?: boolean;
  by?: string;
  date?: string;
}

/** `minutes arising <new minutes>`: what the new minutes say about earlier actions; with --apply, record it. */
export async function arisingCommand(path: string, options: ArisingCommandOptions, io: CliIO): Promise<number> {
  // The config file names the store and how to read: read once for both.
  const config = await loadConfig(io.cwd, options.config);
  const store = await existingStore(io, options, config);
  if (!store) return EXIT.problems;
  const bytes = await readFile(resolve(io.cwd, path)).catch(() => undefined);
  if (!bytes) {
    io.stderr.write(`${path}:1:1: error: Unexpected missing file, expected new minutes to read [unreadable-file]\n  Check the path.\n`);
    return EXIT.problems;
  }
  const { proposals, file, parsed } = await arisingIn(store, path, bytes, reading(options, config));
  const problems = toDiagnostics(file).filter((d) => d.severity === 'error');
  if (problems.length) io.stderr.write(`${formatDiagnostics(problems, useColour(io.stderr, io.env))}\n`);
  if (!parsed) return EXIT.problems;
  if (options.json && !options.apply) {
    io.stdout.write(`${JSON.stringify(proposals, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const p of proposals) io.stdout.write(describe(p, path));
  const proposed = proposals.filter((p) => p.proposed);
  io.stdout.write(`${proposals.length} earlier action${proposals.length === 1 ? '' : 's'} mentioned, ${proposed.length} reported done\n`);
  if (!options.apply) {
    if (proposed.length) io.stdout.write('Nothing written. Run again with --apply to record these as done (each keeps its history).\n');
    return EXIT.ok;
  }
  try {
    const date = options.date ?? new Date().toISOString().slice(0, 10);
    const results = await applyArising(store, proposals, path, { date, ...(options.by ? { by: options.by } : {}) });
    let failed = 0;
    for (const r of results) {
      if (r.ok) io.stdout.write(`${r.id}: ${r.previous ? `${r.previous} → ` : ''}done on ${date} (recorded in ${relative(io.cwd, r.file)})\n`);
      else {
        failed++;
        io.stderr.write(r.reason === 'unreadable'
          ? `${relative(io.cwd, r.file)}:${r.line}:${r.column}: error: ${r.message} [${r.code}]\n  Fix the file (see \`minutes validate\`), then run again.\n`
          : `${store}:1:1: error: Unexpected id no longer in the store, expected the record the proposal named [unknown-id]\n  Re-run \`minutes arising\` to see the current proposals.\n`);
      }
    }
    return failed ? EXIT.problems : EXIT.ok;
  } catch (error) {
    if (error instanceof StoreBusyError) {
      io.stderr.write(`${error.lockPath}:1:1: error: ${error.message} [store-busy]\n  Wait for the import to finish, then run again.\n`);
      return EXIT.problems;
    }
    throw error;
  }
}

function describe(p: ArisingProposal, path: string): string {
  const what = p.proposed ? 'reported done → propose done' : 'mentioned (no change proposed)';
  const how = p.by === 'minute-reference' ? 'by its minute number' : `by subject (${p.evidence.shared.join(', ')})`;
  return `${p.id}: ${what}, ${how}, ${Math.round(p.confidence * 100)}%\n  ${path}:${p.evidence.line}:${p.evidence.column}: “${p.evidence.words}”\n  action: ${p.text}\n`;
}
