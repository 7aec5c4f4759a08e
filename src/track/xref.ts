import { loadStore, type LoadedStore, type StoredClause, type StoredMeeting } from './load.js';
import { trackReferrals, type Evidence, type ReferralState, type TrackedReferral } from './closure.js';
import { overlap, subjectWords } from './match.js';

export interface XrefReferral {
  id: string;
  kind: string;
  from_body?: string;
  to_body: string;
  meeting: string;
  date?: string;
  text: string;
  state: ReferralState;
  by: TrackedReferral['by'];
  evidence?: Evidence;
}

export interface Xref {
  bodies: { id: string; name: string; meetings: number; sent: XrefReferral[]; received: XrefReferral[] }[];
  documents: {
    source: string; meeting: string; body?: string; date?: string;
    resolutions: number; actions: number; recommendations: number;
    /** Referrals this document made. */
    led_to: XrefReferral[];
    /** Earlier referrals that this document dealt with. */
    closes: XrefReferral[];
    /** Earlier referrals it may have dealt with (a weak match). */
    possibly: XrefReferral[];
  }[];
  external: { meeting: string; item?: string; title?: string; recommendations: { id: string; number?: string; text: string; answered_by: { id: string; meeting: string; text: string; how: string }[] }[] }[];
  dangling: { referral: XrefReferral; reason: string }[];
}

/**
 * The store seen as links: per body what it sent and received, per document what it
 * led to and what it closed, per outside report how each recommendation was answered,
 * and the links that lead nowhere.
 */
export function crossReference(store: LoadedStore): Xref {
  const tracked = trackReferrals(store);
  const refs = tracked.map(view);
  const meetingsOf = new Map<string, number>();
  for (const m of store.meetings) if (m.meeting.body) meetingsOf.set(m.meeting.body, (meetingsOf.get(m.meeting.body) ?? 0) + 1);
  const bodyIds = new Set([...store.bodies.keys(), ...meetingsOf.keys()]);
  // Grouped once: filtering every referral for every body and meeting is quadratic on a large store.
  const sentBy = groupBy(refs, (r) => r.from_body);
  const receivedBy = groupBy(refs, (r) => r.to_body);
  const madeAt = groupBy(refs, (r) => r.meeting);
  const closedAt = groupBy(refs.filter((r) => r.state === 'closed' && r.by === 'record'), (r) => r.evidence?.meeting);
  const possiblyAt = groupBy(refs.filter((r) => r.state === 'possible'), (r) => r.evidence?.meeting);
  const bodies = [...bodyIds].sort().map((id) => ({
    id, name: store.bodies.get(id) ?? id, meetings: meetingsOf.get(id) ?? 0,
    sent: sentBy.get(id) ?? [], received: receivedBy.get(id) ?? [],
  })).filter((b) => b.meetings || b.sent.length || b.received.length);
  const documents = store.meetings.map((m) => {
    const sources = m.resolutions[0]?.source.path ?? m.items[0]?.source.path ?? m.file;
    return {
      source: sources, meeting: m.id, ...(m.meeting.body ? { body: m.meeting.body } : {}), ...(m.meeting.date ? { date: m.meeting.date } : {}),
      resolutions: m.resolutions.length, actions: m.resolutions.filter((r) => r.action).length, recommendations: m.recommendations.length,
      led_to: madeAt.get(m.id) ?? [],
      closes: closedAt.get(m.id) ?? [],
      possibly: possiblyAt.get(m.id) ?? [],
    };
  });
  const dangling = refs.filter((r) => r.state === 'open').map((r) => ({
    referral: r,
    reason: !meetingsOf.has(r.to_body) ? `no minutes of ${store.bodies.get(r.to_body) ?? r.to_body} in the store: unknown body, or its minutes are not imported`
      : `never taken up: no later meeting of ${store.bodies.get(r.to_body) ?? r.to_body} deals with it`,
  }));
  return { bodies, documents, external: external(store), dangling };
}

function view(t: TrackedReferral): XrefReferral {
  return {
    id: t.referral.id, kind: t.referral.kind, ...(t.meeting.meeting.body ? { from_body: t.meeting.meeting.body } : {}), to_body: t.referral.to,
    meeting: t.meeting.id, ...(t.meeting.meeting.date ? { date: t.meeting.meeting.date } : {}), text: t.clause?.text ?? '',
    state: t.state, by: t.by, ...(t.evidence ? { evidence: t.evidence } : {}),
  };
}

/** "Recommendation 4", "recommendations 3 and 5", "R12": the numbers a clause cites. */
const CITES = /\brecommendations?\s+((?:(?:\d+(?:\.\d+)*|[a-z]\b)(?:\s*(?:,|and|&|to|-)\s*)?)+)/gi;

/**
 * Outside reports whose recommendations a text quotes: each recommendation with the
 * resolutions that cite its number or answer it in the same words, in that meeting
 * or a later one.
 */
function external(store: LoadedStore): Xref['external'] {
  const out: Xref['external'] = [];
  let index: Answers | undefined;
  store.meetings.forEach((m, k) => {
    const groups = new Map<string, StoredClause[]>();
    for (const c of m.recommendations.filter((r) => r.origin === 'external')) groups.set(c.item ?? '', [...(groups.get(c.item ?? '') ?? []), c]);
    for (const [itemId, recs] of groups) {
      index ??= indexAnswers(store);
      const item = m.items.find((i) => i.id === itemId);
      const later = (o: StoredMeeting, at: number) => at === k || Boolean(o.meeting.date && m.meeting.date && o.meeting.date >= m.meeting.date);
      out.push({
        meeting: m.id, ...(item ? { item: item.id, title: item.title } : {}),
        recommendations: recs.map((rec) => ({ id: rec.id, ...(rec.number ? { number: rec.number } : {}), text: rec.text, answered_by: answers(rec, index!, later) })),
      });
    }
  });
  return out;
}

interface Candidate {
  /** Store order: meeting, then resolution. */
  order: number;
  meetingAt: number;
  meeting: StoredMeeting;
  resolution: StoredClause;
  words: Set<string>;
  cites: Set<string>;
}

/** Every resolution once, by the numbers it cites and by its subject words, so each outside recommendation looks up its few candidates instead of reading the whole store. */
interface Answers {
  byNumber: Map<string, Candidate[]>;
  byWord: Map<string, Candidate[]>;
}

function indexAnswers(store: LoadedStore): Answers {
  const byNumber = new Map<string, Candidate[]>();
  const byWord = new Map<string, Candidate[]>();
  let order = 0;
  store.meetings.forEach((meeting, meetingAt) => {
    for (const resolution of meeting.resolutions) {
      const cites = new Set([...resolution.text.matchAll(CITES)].flatMap((c) => c[1].split(/\s*(?:,|and|&|to|-)\s*/).map((n) => n.trim())));
      const c: Candidate = { order: order++, meetingAt, meeting, resolution, words: subjectWords(resolution.text), cites };
      for (const n of cites) push(byNumber, n, c);
      for (const w of c.words) push(byWord, w, c);
    }
  });
  return { byNumber, byWord };
}

function answers(rec: StoredClause, index: Answers, later: (m: StoredMeeting, at: number) => boolean): { id: string; meeting: string; text: string; how: string }[] {
  const number = rec.number?.replace(/[^\w.]/g, '').replace(/\.$/, '');
  const words = subjectWords(rec.text);
  const cited = new Set(number ? index.byNumber.get(number) ?? [] : []);
  // Three shared words at least: only resolutions that share that many are compared.
  const sharing = new Map<Candidate, number>();
  for (const w of words) for (const c of index.byWord.get(w) ?? []) sharing.set(c, (sharing.get(c) ?? 0) + 1);
  const candidates = [...cited, ...[...sharing].filter(([c, n]) => n >= 3 && !cited.has(c)).map(([c]) => c)].sort((a, b) => a.order - b.order);
  const out: { id: string; meeting: string; text: string; how: string }[] = [];
  for (const c of candidates) {
    if (!later(c.meeting, c.meetingAt)) continue;
    const r = c.resolution;
    if (cited.has(c)) {
      out.push({ id: r.id, meeting: c.meeting.id, text: r.text, how: `cites recommendation ${number}` });
      continue;
    }
    const same = overlap(words, c.words);
    if (same.score >= 0.5) out.push({ id: r.id, meeting: c.meeting.id, text: r.text, how: `same words: ${same.shared.join(', ')}` });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `minutes xref` as a library call: read the store and cross-reference it. */
export async function crossReferenceIn(root: string): Promise<{ xref: Xref; bodies: Map<string, string>; diagnostics: LoadedStore['diagnostics'] }> {
  const store = await loadStore(root);
  return { xref: crossReference(store), bodies: store.bodies, diagnostics: store.diagnostics };
}

function groupBy<T>(list: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    if (k === undefined) continue;
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
