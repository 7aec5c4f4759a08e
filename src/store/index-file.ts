import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { writeAtomic } from '../io/atomic.js';

export interface IndexEntry {
  id: string;
  file: string;
  body?: string;
  date?: string;
  kind: string;
  sources: string[];
  resolutions: number;
  recommendations: number;
  referrals: number;
}

/** The list of meetings in the store, sorted by id: what other tools read first. */
export async function loadIndex(path: string): Promise<Map<string, IndexEntry>> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  const out = new Map<string, IndexEntry>();
  if (!text) return out;
  try {
    const data = parse(text) as { meetings?: IndexEntry[] } | null;
    for (const e of data?.meetings ?? []) if (e && typeof e.id === 'string') out.set(e.id, e);
  } catch {
    // An index edited into nonsense is rebuilt from this import; validate reports it.
  }
  return out;
}

export async function saveIndex(path: string, entries: Map<string, IndexEntry>): Promise<void> {
  const meetings = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeAtomic(path, stringify({ meetings }, { lineWidth: 0 }));
}
