import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkMeeting } from './validate.js';
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { storeLayout } from './layout.js';
import { acquireLock } from './lock.js';
import { writeAtomic } from '../io/atomic.js';

export const STATUSES = ['open', 'done', 'closed', 'superseded'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusChange {
  status: Status;
  /** YYYY-MM-DD the change took effect. */
  date: string;
  by?: string;
  note?: string;
}

export type StatusResult =
  | { ok: true; file: string; id: string; previous?: string; history: number }
  | { ok: false; reason: 'unknown-id'; file?: string; suggestions: string[] }
  | { ok: false; reason: 'unreadable'; file: string; line: number; column: number; message: string; code: 'yaml-syntax' | 'schema' };

/**
 * Record a person's status on one record, in its `staff:` block, which re-import never
 * touches: `status` is the latest, `history` keeps every change. Only that block of
 * the file changes; comments and everything else stay as they were.
 */
export async function setStatus(root: string, id: string, change: StatusChange, waitMs = 30_000): Promise<StatusResult> {
  const layout = storeLayout(root);
  const meetingId = id.split('/')[0];
  const file = join(layout.meetings, `${meetingId}.yaml`);
  const release = await acquireLock(layout.lock, waitMs);
  try {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return { ok: false, reason: 'unknown-id', suggestions: [] };
    const doc = parseDocument(text, { keepSourceTokens: false });
    if (doc.errors.length || !isMap(doc.contents)) {
      const e = doc.errors[0];
      const at = e?.linePos?.[0] ?? { line: 1, col: 1 };
      return { ok: false, reason: 'unreadable', file, line: at.line, column: at.col, code: 'yaml-syntax',
        message: `Unexpected YAML: ${e ? e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : 'not a mapping'}, expected a valid meeting file` };
    }
    // A status written into a file the reports will leave out would be lost from sight.
    const wrong = checkMeeting(text, file).diagnostics.find((d) => d.severity === 'error');
    if (wrong) return { ok: false, reason: 'unreadable', file, line: wrong.line, column: wrong.column, code: 'schema', message: wrong.message };
    const entry = findEntry(doc, id);
    if (!entry) return { ok: false, reason: 'unknown-id', file, suggestions: nearIds(doc, id) };
    const found: unknown = entry.get('staff', true);
    // A `staff:` left empty (null) by hand becomes a map; one holding a plain value is kept as its note.
    const staff = isMap(found) ? found : new YAMLMap();
    if (!isMap(found)) {
      const old = entry.get('staff');
      if (old !== null && old !== undefined && old !== '') staff.set('note', old);
      entry.set('staff', staff);
    }
    const previous = staff.get('status');
    staff.set('status', change.status);
    const seq: unknown = staff.get('history', true);
    const history = isSeq(seq) ? seq : new YAMLSeq();
    if (!isSeq(seq)) staff.set('history', history);
    history.add(doc.createNode({ status: change.status, date: change.date, ...(change.by ? { by: change.by } : {}), ...(change.note ? { note: change.note } : {}) }));
    await writeAtomic(file, doc.toString({ lineWidth: 0 }));
    return { ok: true, file, id, ...(typeof previous === 'string' ? { previous } : {}), history: history.items.length };
  } finally {
    await release();
  }
}

const LISTS = ['resolutions', 'referrals', 'recommendations', 'items'];

function findEntry(doc: Document, id: string): YAMLMap | undefined {
  const top = doc.contents as YAMLMap;
  if (top.get('id') === id) return top;
  for (const list of LISTS) {
    const seq = top.get(list, true);
    if (!isSeq(seq)) continue;
    for (const entry of seq.items) if (isMap(entry) && entry.get('id') === id) return entry;
  }
  return undefined;
}

/** Ids in the same meeting that start like the one asked for: a mistyped clause number. */
function nearIds(doc: Document, id: string): string[] {
  const top = doc.contents as YAMLMap;
  const all: string[] = [];
  for (const list of LISTS.slice(0, 2)) {
    const seq = top.get(list, true);
    if (isSeq(seq)) for (const entry of seq.items) if (isMap(entry)) all.push(String(entry.get('id')));
  }
  const stem = id.split(/[>/]/).slice(0, 2).join('/');
  const near = all.filter((other) => other.startsWith(stem));
  return (near.length ? near : all).slice(0, 5);
}
