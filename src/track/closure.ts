import type { LoadedStore, StoredClause, StoredMeeting, StoredReferral } from './load.js';
import { overlap, subjectWords } from './match.js';

/** What closed a referral, or might have: the later item that dealt with the same matter. */
export interface Evidence {
  meeting: string;
  date?: string;
  item?: string;
  title?: string;
  /** Subject words the two share. */
  words: string[];
  /** 0..1; at least CLOSES closes the referral, at least POSSIBLE shows it as possible. */
  confidence: number;
}

export type ReferralState = 'open' | 'possible' | 'closed';

export interface TrackedReferral {
  referral: StoredReferral;
  meeting: StoredMeeting;
  clause?: StoredClause;
  state: ReferralState;
  /** How it was decided: by a later record, by a person's status, or nothing yet. */
  by: 'record' | 'staff' | 'none';
  evidence?: Evidence;
  /** Later meetings of the receiving body that were looked at. */
  checked: number;
}

export const CLOSES = 0.6;
export const POSSIBLE = 0.3;
/** Kinds that ask nothing back: "circulated to all Members" is done when it is sent. */
export const UNTRACKED = new Set(['circulate']);
export const DONE = new Set(['done', 'closed', 'superseded']);

/**
 * Decide for every referral whether a later meeting of the body it went to dealt with
 * it. The matter is named by the referring item's title and the clause's words; the
 * best-matching later item of the receiving body is the evidence.
 */
export function trackReferrals(store: LoadedStore): TrackedReferral[] {
  const byBody = new Map<string, StoredMeeting[]>();
  for (const m of store.meetings) {
    if (!m.meeting.body) continue;
    const list = byBody.get(m.meeting.body) ?? [];
    list.push(m);
    byBody.set(m.meeting.body, list);
  }
  const out: TrackedReferral[] = [];
  for (const meeting of store.meetings) {
    const clauses = new Map([...meeting.resolutions, ...meeting.recommendations].map((c) => [c.id, c]));
    for (const referral of meeting.referrals) {
      if (UNTRACKED.has(referral.kind)) continue;
      const clause = clauses.get(referral.from);
      const later = (byBody.get(referral.to) ?? []).filter((m) => m !== meeting && isLater(m, meeting));
      const evidence = bestMatch(meeting, clause, later, store);
      const staff = referral.staff?.status ?? clause?.staff?.status ?? undefined;
      const base = { referral, meeting, ...(clause ? { clause } : {}), checked: later.length, ...(evidence ? { evidence } : {}) };
      if (staff && DONE.has(staff)) out.push({ ...base, state: 'closed', by: 'staff' });
      else if (staff === 'open') out.push({ ...base, state: 'open', by: 'staff' });
      else if (evidence && evidence.confidence >= CLOSES) out.push({ ...base, state: 'closed', by: 'record' });
      else if (evidence && evidence.confidence >= POSSIBLE) out.push({ ...base, state: 'possible', by: 'record' });
      else out.push({ ...base, state: 'open', by: 'none' });
    }
  }
  return out;
}

function isLater(candidate: StoredMeeting, source: StoredMeeting): boolean {
  const a = candidate.meeting.date;
  const b = source.meeting.date;
  return Boolean(a && b && a > b);
}

interface Unit {
  id?: string;
  title: string;
  titleWords: Set<string>;
  allWords: Set<string>;
  text: string;
}

/** Each later meeting is compared with many referrals: its items' words are worked out once. */
const unitCache = new WeakMap<StoredMeeting, Unit[]>();

function unitsOf(m: StoredMeeting): Unit[] {
  const cached = unitCache.get(m);
  if (cached) return cached;
  const raw = m.items.length ? m.items.map((i) => ({ id: i.id as string | undefined, title: i.title })) : [{ id: undefined, title: m.meeting.title ?? '' }];
  const units = raw.map((unit) => {
    const texts = [...m.resolutions, ...m.recommendations].filter((c) => (unit.id ? c.item === unit.id : true)).map((c) => c.text).join(' ');
    const text = `${unit.title} ${texts}`;
    return { ...(unit.id ? { id: unit.id } : {}), title: unit.title, titleWords: subjectWords(unit.title), allWords: subjectWords(text), text: text.toLowerCase() };
  });
  unitCache.set(m, units);
  return units;
}

function bestMatch(meeting: StoredMeeting, clause: StoredClause | undefined, later: StoredMeeting[], store: LoadedStore): Evidence | undefined {
  const item = clause?.item ? meeting.items.find((i) => i.id === clause.item) : undefined;
  const title = subjectWords(item?.title ?? '');
  const words = subjectWords(`${item?.title ?? ''} ${clause?.text ?? ''}`);
  const fromName = (meeting.meeting.body_name ?? store.bodies.get(meeting.meeting.body ?? '') ?? '').toLowerCase();
  let best: Evidence | undefined;
  for (const m of later) {
    for (const unit of unitsOf(m)) {
      const byTitle = overlap(title, unit.titleWords);
      const byText = overlap(words, unit.allWords);
      // One shared title word is weak evidence unless the title is one word long.
      const titleScore = byTitle.shared.length >= 2 || Math.min(title.size, unit.titleWords.size) === 1 ? byTitle.score : byTitle.score * 0.5;
      const textScore = byText.shared.length >= 3 ? byText.shared.length / words.size : 0;
      const score = Math.max(titleScore, textScore);
      // Naming the referring body ("referred by Cabinet") adds a little.
      const confidence = Math.min(1, score + (score > 0 && fromName && unit.text.includes(fromName) ? 0.1 : 0));
      if (confidence > (best?.confidence ?? 0)) {
        const shared = [...new Set([...byTitle.shared, ...byText.shared])].sort();
        best = { meeting: m.id, ...(m.meeting.date ? { date: m.meeting.date } : {}), ...(unit.id ? { item: unit.id } : {}), ...(unit.title ? { title: unit.title } : {}), words: shared, confidence: round(confidence) };
      }
    }
    // Meetings come in date order: the first that deals with the matter is what closed it.
    if (best && best.confidence >= CLOSES) break;
  }
  // Below POSSIBLE a match is noise: better no evidence than misleading evidence.
  return best && best.confidence >= POSSIBLE ? best : undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
