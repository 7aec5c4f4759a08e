import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../io/atomic.js';

export interface CacheEntry {
  sha256: string;
  /** Meeting ids this source produced. */
  meetings: string[];
}

const VERSION = 1;

/** Source path → the hash it had when last imported. Deleting the file only makes the next import slower. */
export async function loadCache(path: string, version: string): Promise<Map<string, CacheEntry>> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { version?: number; parser?: string; files?: Record<string, CacheEntry> };
    // A new parser may read the same bytes differently: its cache is not ours.
    if (data.version !== VERSION || data.parser !== version) return new Map();
    return new Map(Object.entries(data.files ?? {}));
  } catch {
    return new Map();
  }
}

export async function saveCache(path: string, version: string, entries: Map<string, CacheEntry>): Promise<void> {
  const files = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeAtomic(path, `${JSON.stringify({ version: VERSION, parser: version, files })}\n`);
}
