import { checkMeeting } from './validate.js';
import { readFile } from 'node:fs/promises';
import { Document, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { MotionFacts, ParsedDocument, Position, Resolution } from '../types.js';
import { IdAllocator } from './ids.js';
import { contentChecksum } from './checksum.js';
import { isSelfReference } from '../extract/bodies.js';
import { writeYaml } from './yaml-writer.js';
/** Turns a body's name into its id: the gazetteer, or a snapshot of it inside a worker. */
export interface BodyResolver {
  resolve(name: string): string;
}

export interface SourceRef {
  /** Path as stored: relative to the store's parent folder, with forward slashes. */
  path: string;
  sha256: string;
}

/** A meeting file's content, in the order it is written. */
export interface MeetingRecord {
  id: string;
  checksum: string;
  meeting: { body?: string; body_name?: string; date?: string; kind: string; title?: string };
  sources: SourceRef[];
  items: Record<string, unknown>[];
  resolutions: Record<string, unknown>[];
  recommendations: Record<string, unknown>[];
  referrals: Record<string, unknown>[];
}

export const HEADER = [
  ' Written by `minutes import`. Edit only the `staff:` blocks (owner, due, status, note):',
  ' re-import keeps them and rewrites everything else. A file edited elsewhere is left alone.',
].join('\n');

/** Turn a parsed document into the store's record, with store-wide ids and body ids. */
export function buildMeeting(id: string, doc: ParsedDocument, source: SourceRef, bodies: BodyResolver): MeetingRecord {
  const ids = new IdAllocator(id);
  const at = (p: Position) => ({ path: source.path, sha256: source.sha256, ...(p.page ? { page: p.page } : {}), line: p.line, column: p.column });
  const itemIds = new Map<string, string>();
  const items = doc.items.map((i) => {
    const itemId = ids.item(i.number, i.title);
    itemIds.set(i.number ?? i.title, itemId);
    return { id: itemId, ...(i.number ? { number: i.number } : {}), title: i.title, source: at(i.position) };
  });
  const local = new Map<string, string>();
  const resolutions = doc.resolutions.map((r) => {
    const item = r.item !== undefined ? itemIds.get(r.item) : undefined;
    const rid = ids.clause('r', item, r.number);
    local.set(r.id, rid);
    return {
      id: rid, ...(item ? { item } : {}), ...(r.number ? { number: r.number } : {}), text: r.text, effects: r.effects, action: r.action,
      ...(r.owner ? { owner: r.owner } : {}), ...(r.due ? { due: r.due } : {}), ...motionFacts(r),
      ...(r.call_in ? { call_in: r.call_in } : {}), ...(r.effective ? { effective: r.effective } : {}), source: at(r.position),
    };
  });
  const recommendations = doc.recommendations.map((c) => {
    const item = c.item !== undefined ? itemIds.get(c.item) : undefined;
    const cid = ids.clause('c', item, c.number);
    local.set(c.id, cid);
    return { id: cid, ...(item ? { item } : {}), ...(c.number ? { number: c.number } : {}), text: c.text, origin: c.origin, source: at(c.position) };
  });
  const referrals = doc.referrals.map((f) => {
    const from = local.get(f.from)!;
    // The name stays as written (`to_name`); the link goes to the body meant.
    const to = bodies.resolve(isSelfReference(f.to, doc.meeting.body) ? doc.meeting.body! : f.to);
    return { id: ids.referral(from, to), from, to, to_name: f.to, kind: f.kind, source: at(f.position) };
  });
  const meeting = {
    ...(doc.meeting.body ? { body: bodies.resolve(doc.meeting.body), body_name: doc.meeting.body } : {}),
    ...(doc.meeting.date ? { date: doc.meeting.date } : {}),
    kind: doc.meeting.kind,
    ...(doc.meeting.title ? { title: doc.meeting.title } : {}),
  };
  const record = { id, checksum: '', meeting, sources: [source], items, resolutions, recommendations, referrals };
  record.checksum = contentChecksum(record);
  return record;
}

/** Mover, seconder, vote, outcome and amendments, in that order, when the minutes print them. */
function motionFacts(r: Resolution): MotionFacts {
  return {
    ...(r.mover ? { mover: r.mover } : {}), ...(r.seconder ? { seconder: r.seconder } : {}), ...(r.vote ? { vote: r.vote } : {}),
    ...(r.outcome ? { outcome: r.outcome } : {}), ...(r.amendments ? { amendments: r.amendments } : {}),
  };
}

/** The same record under another meeting id: every id in it starts with the meeting's. */
export function renameMeeting(record: MeetingRecord, id: string): MeetingRecord {
  const old = record.id;
  const swap = (v: unknown) => (typeof v === 'string' && (v === old || v.startsWith(`${old}/`)) ? id + v.slice(old.length) : v);
  const fix = (r: Record<string, unknown>) => ({ ...r, id: swap(r.id), ...(r.item ? { item: swap(r.item) } : {}), ...(r.from ? { from: swap(r.from) } : {}) });
  const renamed = {
    ...record, id, checksum: '',
    items: record.items.map(fix), resolutions: record.resolutions.map(fix),
    recommendations: record.recommendations.map(fix), referrals: record.referrals.map(fix),
  };
  renamed.checksum = contentChecksum(renamed);
  return renamed;
}

export interface Existing {
  text: string;
  /** Content outside `staff:` blocks no longer matches its checksum: a person changed it. */
  handEdited: boolean;
  /** `staff` nodes by record id (comments inside them included); "" is the meeting's own. */
  staff: Map<string, Node>;
  /** Not valid YAML, or no longer shaped like a meeting (cut short, wrong types): where and why. */
  damaged?: { line: number; column: number; reason: string };
}

export async function readExisting(path: string): Promise<Existing | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const doc = parseDocument(text);
  const staff = new Map<string, Node>();
  if (doc.errors.length || !isMap(doc.contents)) {
    const at = doc.errors[0]?.linePos?.[0] ?? { line: 1, col: 1 };
    return { text, handEdited: true, staff, damaged: { line: at.line, column: at.col, reason: doc.errors.length ? 'not valid YAML' : 'not a mapping' } };
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS() as Record<string, unknown>;
  } catch (error) {
    return { text, handEdited: true, staff, damaged: { line: 1, column: 1, reason: (error as Error).message.split('\n')[0] } };
  }
  const handEdited = typeof data.checksum !== 'string' || data.checksum !== contentChecksum(data);
  // An edited file is only kept as it is while it is still a meeting record; the schema says so.
  const wrong = handEdited ? checkMeeting(text, path).diagnostics.find((d) => d.code === 'schema') : undefined;
  const damaged = wrong ? { line: wrong.line, column: wrong.column, reason: wrong.message.replace(/^Unexpected /, '') } : undefined;
  const top = doc.contents.get('staff', true);
  if (top) staff.set('', top as Node);
  for (const list of ['items', 'resolutions', 'recommendations', 'referrals']) {
    const seq = doc.contents.get(list, true);
    if (!isSeq(seq)) continue;
    for (const entry of seq.items) {
      if (!isMap(entry)) continue;
      const id = entry.get('id');
      const node = entry.get('staff', true);
      if (typeof id === 'string' && node) staff.set(id, node as Node);
    }
  }
  return { text, handEdited, staff, ...(damaged ? { damaged } : {}) };
}

/**
 * Render a record as YAML, putting back the `staff` blocks of the previous file.
 * Staff blocks of records that disappeared are kept under `orphaned_staff`, never
 * dropped, so a person's notes survive a renumbered agenda.
 */
export function renderMeeting(record: MeetingRecord, staff: Map<string, Node> = new Map()): string {
  // Most files have no staff block yet: those are written directly, to the same bytes.
  return (staff.size === 0 ? writeYaml(record as unknown as Record<string, unknown>, HEADER) : undefined) ?? renderDocument(record, staff);
}

/** The same through the `yaml` package's Document, which keeps a staff block's comments and layout. */
export function renderDocument(record: MeetingRecord, staff: Map<string, Node> = new Map()): string {
  const doc = new Document(record, { aliasDuplicateObjects: false });
  doc.commentBefore = HEADER;
  const placed = new Set<string>();
  const contents = doc.contents;
  if (isMap(contents)) {
    const top = staff.get('');
    if (top) { contents.set('staff', top); placed.add(''); }
    for (const list of ['items', 'resolutions', 'recommendations', 'referrals']) {
      const seq = contents.get(list, true);
      if (!isSeq(seq)) continue;
      for (const entry of seq.items) {
        if (!isMap(entry)) continue;
        const id = String(entry.get('id'));
        const node = staff.get(id);
        if (node) { entry.set('staff', node); placed.add(id); }
      }
    }
    const orphans = [...staff].filter(([id]) => !placed.has(id));
    if (orphans.length) {
      // createNode keeps the existing nodes, comments and all.
      contents.set('orphaned_staff', doc.createNode(Object.fromEntries(orphans.sort(([a], [b]) => (a < b ? -1 : 1)))));
    }
  }
  return doc.toString({ lineWidth: 0 });
}
