import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { writeAtomic } from '../io/atomic.js';

export interface CacheEntry {
  sha256: string;
  /** Meeting ids this source produced. */
  meetings: string[];
  /** Size and modification time of each meeting file as written: a file changed since is read again. */
  stamps?: string[];
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
  /** index.yaml's stamp as last written: a damaged or edited index is rebuilt. */
  index?: string;
}

const VERSION = 3;

/** Size and modification time of a file, or undefined when it is missing: cheap enough for every file of a re-import. */
export function stampOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Source path → the hash it had when last imported. Deleting the file only makes the next import slower. */
export async function loadCache(path: string, version: string): Promise<Cache> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { version?: number; parser?: string; files?: Record<string, CacheEntry>; totals?: Totals; index?: string };
    // A new parser may read the same bytes differently: its cache is not ours.
    if (data.version !== VERSION || data.parser !== version) return { entries: new Map() };
    return { entries: new Map(Object.entries(data.files ?? {})), ...(data.totals ? { totals: data.totals } : {}), ...(data.index ? { index: data.index } : {}) };
  } catch {
    return { entries: new Map() };
  }
}

export async function saveCache(path: string, version: string, cache: Cache): Promise<void> {
  const files = Object.fromEntries([...cache.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeAtomic(path, `${JSON.stringify({ version: VERSION, parser: version, totals: cache.totals, index: cache.index, files })}\n`);
}
