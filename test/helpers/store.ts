import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file of a folder, by relative path, with its bytes as text: for byte-identical
 * comparisons. The import cache is left out: it records file times, which differ run to run.
 */
export function snapshot(dir: string, skip: RegExp = /^\.lock$|^\.minutes-cache\.json$/): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!skip.test(name)) out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}
