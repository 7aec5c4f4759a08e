import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

/**
 * The parser's identity for the import cache: its version plus a hash of the code that
 * reads a document into records: the wordings (lexicon/), the grammar (extract/, text/) and the
 * readers that make their lines (read/, markdown/, html/, docx/, pdf/, the pipeline). A
 * re-import after any such change re-reads every file instead of trusting records made
 * by the old code.
 */
let cached: string | undefined;

export function parserIdentity(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of ['../lexicon/', '../extract/', '../text/', '../read/', '../markdown/', '../html/', '../docx/', '../pdf/', '../']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => /\.(?:js|ts)$/.test(n) && !n.endsWith('.d.ts') && (folder !== '../' || /^pipeline\./.test(n))).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(name).update(readFileSync(dir + name));
  }
  cached = `${VERSION}+rules.${hash.digest('hex').slice(0, 16)}`;
  return cached;
}
