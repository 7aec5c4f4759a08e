import { relative } from 'node:path';
import { setStatus, type Status } from '../store/status.js';
import { StoreBusyError } from '../store/lock.js';
import { EXIT, type CliIO } from './io.js';
import { existingStore } from './store-options.js';

export interface StatusCommandOptions {
  store?: string;
  config?: string;
  note?: string;
  date?: string;
  by?: string;
  json?: boolean;
  wait: number;
}

/** `minutes status <id> <status>`: write a person's status into the record's `staff:` block. */
export async function statusCommand(id: string, status: Status, options: StatusCommandOptions, io: CliIO): Promise<number> {
  const store = await existingStore(io, options);
  if (!store) return EXIT.problems;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  try {
    const result = await setStatus(store, id, { status, date, ...(options.by ? { by: options.by } : {}), ...(options.note ? { note: options.note } : {}) }, options.wait * 1000);
    if (!result.ok && result.reason === 'unknown-id') {
      const where = result.file ? relative(io.cwd, result.file) : `${store}/meetings`;
      const hint = result.suggestions.length ? `Ids in that meeting include: ${result.suggestions.join(', ')}` : 'Ids start with the meeting id, e.g. cabinet-2024-01-16/52/ru1; `minutes outstanding --format json` lists them.';
      io.stderr.write(`${where}:1:1: error: Unexpected id \`${id}\`, expected the id of a record in the store [unknown-id]\n  ${hint}\n`);
      return EXIT.problems;
    }
    if (!result.ok) {
      io.stderr.write(`${relative(io.cwd, result.file)}:${result.line}:${result.column}: error: ${result.message} [${result.code}]\n  Fix the file (see \`minutes validate\`), then set the status again.\n`);
      return EXIT.problems;
    }
    if (options.json) io.stdout.write(`${JSON.stringify({ id, status, date, previous: result.previous ?? null, changes: result.history, file: result.file }, null, 2)}\n`);
    else io.stdout.write(`${id}: ${result.previous ? `${result.previous} → ` : ''}${status} on ${date} (${result.history} change${result.history === 1 ? '' : 's'} recorded in ${relative(io.cwd, result.file)})\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StoreBusyError) {
      io.stderr.write(`${error.lockPath}:1:1: error: ${error.message} [store-busy]\n  Wait for the import to finish (or raise --wait), then set the status again.\n`);
      return EXIT.problems;
    }
    throw error;
  }
}
