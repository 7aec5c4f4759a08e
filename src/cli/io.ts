import { isAbsolute, relative, resolve } from 'node:path';

/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
export interface CliIO {
  argv: string[];
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Read for the file name `-`; absent when there is no standard input to read. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Exit codes: 0 everything was read, 1 a file could not be used, 2 bad usage or a crash. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function useColour(stream: CliIO['stderr'], env: CliIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/**
 * A path as the user would type it from where they stand, so it pastes into the next
 * command: relative to the current folder when it lies inside it, else absolute.
 */
export function shownPath(cwd: string, path: string): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel === '' ? '.' : !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** Diagnostics whose `file` is relative to `from`, re-said relative to the current folder. */
export function fromHere<T extends { file: string }>(cwd: string, from: string, diagnostics: T[]): T[] {
  return diagnostics.map((d) => ({ ...d, file: shownPath(cwd, resolve(from, d.file)) }));
}
