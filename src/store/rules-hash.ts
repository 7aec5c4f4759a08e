import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

/**
 * The parser's identity for the import cache: its version plus a hash of the code that
 * reads a document into records: the wordings (lexicon/), the grammar (extract/, text/) and the
 * readers that make their lines (read/, markdown/, html/, docx/, pdf/, the pipeline), and the
 * code that turns records into a meeting file. A re-import after any such change re-reads
 * every file instead of trusting records made by the old code.
 */
let cached: string | undefined;

export function parserIdentity(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of ['../lexicon/', '../extract/', '../text/', '../read/', '../markdown/', '../html/', '../docx/', '../pdf/', '../']) {
    // The top folder gives only the pipeline; the others give every file, sub-folders included
    // (extract/reading/, extract/motions/): a step moved into a sub-folder still counts.
    hashFolder(hash, fileURLToPath(new URL(folder, import.meta.url)), folder !== '../');
  }
  // The record a meeting file holds is built here: a new field must reach every file on re-import.
  hashFolder(hash, fileURLToPath(new URL('./', import.meta.url)), false, /^meeting-file\./);
  cached = `${VERSION}+rules.${hash.digest('hex').slice(0, 16)}`;
  return cached;
}

function hashFolder(hash: Hash, dir: string, deep: boolean, only = deep ? /./ : /^pipeline\./): void {
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory() && deep) hashFolder(hash, `${dir}${e.name}/`, true);
    else if (e.isFile() && /\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts') && only.test(e.name)) hash.update(e.name).update(readFileSync(dir + e.name));
  }
}
