import { stat } from 'node:fs/promises';
import { resolve, relative, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What `import` reads in a folder: the formats `parse` knows. */
export const EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm', 'docx', 'pdf'];

export interface Expanded {
  files: string[];
  /** Inputs that matched nothing, for the user to be told. */
  missing: string[];
}

/**
 * Turn files, folders and glob patterns into a sorted list of absolute paths. Sorting
 * is what makes a batch import independent of the order its inputs were given in.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<Expanded> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const before = found.size;
    if (isDynamicPattern(input)) {
      for (const f of await glob(input, { cwd, absolute: true, onlyFiles: true })) found.add(resolve(f));
    } else {
      const path = resolve(cwd, input);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        const pattern = `**/*.{${EXTENSIONS.join(',')}}`;
        for (const f of await glob(pattern, { cwd: path, absolute: true, onlyFiles: true, caseSensitiveMatch: false })) found.add(resolve(f));
      } else if (info) found.add(path);
    }
    if (found.size === before) missing.push(input);
  }
  return { files: [...found].sort(), missing };
}

/** How a source path is recorded: relative to the store's parent, with "/" on every system. */
export function storedPath(file: string, base: string): string {
  return relative(base, file).split(sep).join('/');
}
