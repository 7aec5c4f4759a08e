import { UserError } from '../user-error.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { EXIT, fromHere, useColour, type CliIO } from './io.js';
import { existingStore } from './store-options.js';

export interface ExportCommandOptions {
  store?: string;
  config?: string;
  format: 'postgres';
  database?: string;
  council?: string;
  json?: boolean;
}

/** `minutes export --format postgres`: load the store into a PostgreSQL database, many councils side by side. */
export async function exportCommand(options: ExportCommandOptions, io: CliIO): Promise<number> {
  const url = options.database ?? io.env.DATABASE_URL;
  if (!url) throw new UserError('minutes export: error: Unexpected missing database, expected --database postgres://… (or DATABASE_URL) [usage]\n  Example: minutes export --format postgres --database postgres://localhost/minutes', 2);
  const store = await existingStore(io, options);
  if (!store) return EXIT.problems;
  const { exportPostgres } = await import('../export/postgres.js');
  try {
    const result = await exportPostgres(store, url, options.council);
    if (result.diagnostics.length) io.stderr.write(`${formatDiagnostics(fromHere(io.cwd, store, result.diagnostics), useColour(io.stderr, io.env))}\n`);
    if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const counts = Object.entries(result.rows).map(([table, n]) => `${n} ${table}`).join(', ');
      io.stdout.write(`council ${result.council}: ${result.meetings} meetings loaded (${counts || 'no rows'}); ${result.removed} rows no longer in the store removed\n`);
    }
    return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
  } catch (error) {
    const e = error as Error & { code?: string };
    // Connection refused, unknown database, bad password: the database's own words, and what to check.
    io.stderr.write(`${redact(url)}:1:1: error: Unexpected database error (${e.code ? `${e.code} ` : ''}${e.message}), expected a PostgreSQL database minutes can write [database]\n  Check that the server is running and the URL, user and database are right; nothing was half-written (each meeting loads in one transaction).\n`);
    return EXIT.problems;
  }
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
