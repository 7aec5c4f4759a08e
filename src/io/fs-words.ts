/**
 * File-system error codes in words a clerk can act on, with what to do: shared by the
 * file reader (a file that cannot be read) and the CLI (a store that cannot be written).
 */
const FS_WORDS: Record<string, [string, string, string?]> = {
  // What to do, without its full stop; the third part is advice only for a store being written.
  EACCES: ['refusal to use this path (permission denied)', 'Check who owns it (`ls -ld`)', 'or choose a store you may write to with --store'],
  EPERM: ['refusal to use this path (operation not permitted)', 'Check who owns it (`ls -ld`)', 'or choose a store you may write to with --store'],
  EROFS: ['read-only file system', 'Choose a store on a writable disk with --store'],
  ENOSPC: ['full disk (no space left)', 'Free some space and run the command again; nothing was half-written'],
  EDQUOT: ['full disk quota', 'Free some space and run the command again; nothing was half-written'],
  ELOOP: ['symbolic link that loops back on itself', 'Fix or remove the link'],
  ENOTDIR: ['file in this path where a folder should be', 'Choose another path, or move the file out of the way'],
  EISDIR: ['folder where a file should be', 'Name a file, not a folder'],
  ENAMETOOLONG: ['path too long for the file system', 'Choose a shorter path'],
  EMFILE: ['limit on open files', 'Raise the limit (`ulimit -n`) or import fewer files at once'],
};

/** [what went wrong, what to do] for an errno code, or undefined for codes with no advice. */
export function fsWords(code: string | undefined, writing = false): [string, string] | undefined {
  const words = code ? FS_WORDS[code] : undefined;
  if (!words) return undefined;
  const [what, todo, store] = words;
  return [what, `${todo}${writing && store ? `, ${store}` : ''}.`];
}
