import { fsWords } from './io/fs-words.js';

/**
 * A failure the user can fix: a missing or broken config file, a store that cannot be
 * written. `main` prints its message as it stands (already `file:line:column: error: …`)
 * and exits with its code; it never becomes "internal error … please report this".
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** A file-system error in words, or undefined when it is not one `main` should explain. */
export function fileSystemError(error: unknown, relativise: (path: string) => string): UserError | undefined {
  const e = error as NodeJS.ErrnoException;
  const words = fsWords(e?.code, true);
  if (!words) return undefined;
  // An atomic write fails on its temporary file: name the file it was writing.
  const where = e.path ? relativise(e.path.replace(/(^|[\\/])\.([^\\/]+)\.\d+\.[0-9a-f]+\.tmp$/, '$1$2')) : 'minutes';
  return new UserError(`${where}:1:1: error: Unexpected ${words[0]}, expected a path minutes may read and write [unreadable-file]\n  ${words[1]}`, 1);
}
