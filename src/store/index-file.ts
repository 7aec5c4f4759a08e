import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeAtomic } from '../io/atomic.js';
import { yamlFiles } from './layout.js';

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
    // An entry cut short (no file, no counts) is no entry: validate then names the meeting file as not indexed.
    for (const e of data?.meetings ?? []) if (e && typeof e.id === 'string' && typeof e.file === 'string') out.set(e.id, e);
  } catch {
    // An index edited into nonsense is rebuilt from this import; validate reports it.
  }
  return out;
}

export async function saveIndex(path: string, entries: Map<string, IndexEntry>): Promise<void> {
  const meetings = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeAtomic(path, stringify({ meetings }, { lineWidth: 0 }));
}

/**
 * The index as the meeting files on disk say it should be: what an import uses when
 * index.yaml was damaged or edited since it wrote it. Files that are not meetings are
 * left out (validate names them).
 */
export async function indexFromMeetings(dir: string): Promise<Map<string, IndexEntry>> {
  const out = new Map<string, IndexEntry>();
  for (const name of await yamlFiles(dir)) {
    let data: Record<string, unknown> | null = null;
    try {
      data = parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown> | null;
    } catch {
      continue;
    }
    if (!data || typeof data.id !== 'string' || typeof data.meeting !== 'object' || data.meeting === null) continue;
    const meeting = data.meeting as { body?: unknown; date?: unknown; kind?: unknown };
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
    const sources = Array.isArray(data.sources) ? data.sources.flatMap((s) => (s && typeof s.path === 'string' ? [s.path as string] : [])) : [];
    out.set(data.id, {
      id: data.id, file: `meetings/${name}`,
      ...(typeof meeting.body === 'string' ? { body: meeting.body } : {}),
      ...(typeof meeting.date === 'string' ? { date: meeting.date } : {}),
      kind: typeof meeting.kind === 'string' ? meeting.kind : 'minutes',
      sources, resolutions: count(data.resolutions), recommendations: count(data.recommendations), referrals: count(data.referrals),
    });
  }
  return out;
}
