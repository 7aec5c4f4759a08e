import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../io/atomic.js';

export interface CacheEntry {
  sha256: string;
  /** Meeting ids this source produced. */
  meetings: string[];
}

export interface Totals {
  meetings: number;
  resolutions: number;
  recommendations: number;
  referrals: number;
}

export interface Cache {
  entries: Map<string, CacheEntry>;
  /** The store's counts after the last import, so a no-op import need not read the index. */
  totals?: Totals;
}

const VERSION = 2;

/** Source path → the hash it had when last imported. Deleting the file only makes the next import slower. */
export async function loadCache(path: string, version: string): Promise<Cache> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { version?: number; parser?: string; files?: Record<string, CacheEntry>; totals?: Totals };
    // A new parser may read the same bytes differently: its cache is not ours.
    if (data.version !== VERSION || data.parser !== version) return { entries: new Map() };
    return { entries: new Map(Object.entries(data.files ?? {})), ...(data.totals ? { totals: data.totals } : {}) };
  } catch {
    return { entries: new Map() };
  }
}

export async function saveCache(path: string, version: string, cache: Cache): Promise<void> {
  const files = Object.fromEntries([...cache.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeAtomic(path, `${JSON.stringify({ version: VERSION, parser: version, totals: cache.totals, files })}\n`);
}
