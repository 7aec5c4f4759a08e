import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/report.js';
import { storeLayout, yamlFiles } from '../store/layout.js';
import { openReadCache } from './read-cache.js';
import { checkMeeting, readYamlText } from '../store/validate.js';

export interface Staff {
  owner?: string | null;
  due?: string | null;
  status?: string | null;
  note?: string | null;
  history?: { status: string; date: string; by?: string; note?: string }[];
  [key: string]: unknown;
}

export interface StoredSource {
  path: string;
  page?: number;
  line: number;
  column: number;
}

export interface StoredClause {
  id: string;
  item?: string;
  number?: string;
  text: string;
  action?: boolean;
  effects?: string[];
  origin?: string;
  owner?: { name: string; words: string };
  due?: { date?: string; rule?: string; words: string };
  call_in?: { subject: boolean; expires?: string; words: string };
  effective?: { date?: string; rule?: string; words: string };
  source: StoredSource;
  staff?: Staff | null;
}

export interface StoredReferral {
  id: string;
  from: string;
  to: string;
  to_name: string;
  kind: string;
  source: StoredSource;
  staff?: Staff | null;
}

export interface StoredMeeting {
  id: string;
  /** The meeting file, relative to the store. */
  file: string;
  meeting: { body?: string; body_name?: string; date?: string; kind: string; title?: string };
  /** The files the meeting was read from, by content hash. */
  sources: { path: string; sha256?: string }[];
  items: { id: string; number?: string; title: string; source: StoredSource; staff?: Staff | null }[];
  resolutions: StoredClause[];
  recommendations: StoredClause[];
  referrals: StoredReferral[];
}

/** Each item of a meeting as the reports print it: "52. STREET LIGHTING ENERGY COSTS". */
export function itemLabels(meeting: StoredMeeting): Map<string, string> {
  return new Map(meeting.items.map((i) => [i.id, i.number ? `${i.number} ${i.title}` : i.title]));
}

export interface LoadedStore {
  root: string;
  meetings: StoredMeeting[];
  /** Body id -> its name. */
  bodies: Map<string, string>;
  /** Files that could not be read: the reports still use every other file. */
  diagnostics: Diagnostic[];
}

/**
 * Read every meeting and body of a store for the reports. A file that is not valid
 * YAML or not shaped like a meeting is reported and left out; the rest still count.
 */
export async function loadStore(root: string): Promise<LoadedStore> {
  const layout = storeLayout(root);
  const diagnostics: Diagnostic[] = [];
  const bodies = new Map<string, string>();
  for (const name of await yamlFiles(layout.bodies)) {
    const data = await readYaml(join(layout.bodies, name), root, diagnostics);
    if (data && typeof data.id === 'string') bodies.set(data.id, typeof data.name === 'string' ? data.name : data.id);
  }
  const meetings: StoredMeeting[] = [];
  const names = await yamlFiles(layout.meetings);
  const cache = await openReadCache(layout.readCache);
  // Read ahead a batch at a time: parsing waits on no disk, and memory stays bounded.
  for (let start = 0; start < names.length; start += READ_AHEAD) {
    const batch = names.slice(start, start + READ_AHEAD).map((name) => join(layout.meetings, name));
    const texts = await Promise.all(batch.map((path) => readFile(path, 'utf8').catch(() => undefined)));
    batch.forEach((path, k) => {
      const text = texts[k];
      if (text === undefined) return;
      let data = cache.get(text);
      if (!data) {
        // Checked against the schema once per content: the read cache keeps only files that passed clean.
        const checked = checkMeeting(text, relative(root, path));
        diagnostics.push(...checked.diagnostics);
        data = checked.data;
        if (data && checked.diagnostics.length === 0) cache.set(text, data);
      }
      if (data) addMeeting(data, path);
    });
  }
  await cache.save();
  meetings.sort((a, b) => (a.meeting.date ?? '').localeCompare(b.meeting.date ?? '') || a.id.localeCompare(b.id));
  return { root, meetings, bodies, diagnostics };

  function addMeeting(data: Record<string, unknown>, path: string): void {
    if (typeof data.id !== 'string' || !data.meeting || !Array.isArray(data.resolutions)) {
      diagnostics.push(problem(relative(root, path), 1, 1, 'schema', 'Unexpected file that is not a meeting record, expected `id`, `meeting` and `resolutions`', 'Run `minutes validate` for details; the file was left out of this report.'));
      return;
    }
    const file = relative(root, path);
    // Entries a hand edit has broken (no id, not a mapping) are skipped; missing text or
    // source get harmless defaults, so one bad record never stops the report.
    const list = <T>(v: unknown): T[] => (Array.isArray(v) ? v : [])
      .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string')
      .map((e) => ({ ...e, text: typeof e.text === 'string' ? e.text : '', title: typeof e.title === 'string' ? e.title : '', source: isSource(e.source) ? e.source : { path: file, line: 1, column: 1 } }) as T);
    const meeting = typeof data.meeting === 'object' ? (data.meeting as StoredMeeting['meeting']) : { kind: 'minutes' };
    meetings.push({
      id: data.id, file, meeting: { ...meeting, ...(typeof meeting.date === 'string' ? {} : { date: undefined }) },
      sources: (Array.isArray(data.sources) ? data.sources : []).filter((x): x is { path: string; sha256?: string } => Boolean(x) && typeof x === 'object' && typeof (x as { path?: unknown }).path === 'string'),
      items: list(data.items), resolutions: list(data.resolutions), recommendations: list(data.recommendations),
      referrals: list<StoredReferral>(data.referrals).filter((r) => typeof r.from === 'string' && typeof r.to === 'string'),
    });
  }
}

const READ_AHEAD = 32;

function isSource(v: unknown): v is StoredSource {
  return Boolean(v) && typeof v === 'object' && typeof (v as StoredSource).path === 'string' && typeof (v as StoredSource).line === 'number';
}


async function readYaml(path: string, root: string, diagnostics: Diagnostic[]): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const read = readYamlText(text, relative(root, path));
  diagnostics.push(...read.diagnostics);
  return read.data;
}

function problem(file: string, line: number, column: number, code: 'schema', message: string, note: string): Diagnostic {
  return { file, line, column, severity: 'error', code, message, note };
}
