import { itemLabels, loadStore, type LoadedStore, type StoredClause, type StoredMeeting } from './load.js';
import { DONE, trackReferrals, type Evidence, type TrackedReferral } from './closure.js';
import { add } from '../extract/due.js';
import { staleRule, type Staleness } from './staleness.js';
import { closedRows, type ClosedRow } from './closed.js';

export interface OutstandingRow {
  /** The resolution's id, or the referral's. */
  id: string;
  /** `resolution`, or the referral's kind (`refer`, `report-back`, `recommend`, ...). */
  kind: string;
  body?: string;
  body_name?: string;
  /** Referrals: the body the matter went to. */
  to?: string;
  meeting: string;
  date?: string;
  item?: string;
  text: string;
  owner?: string;
  due?: string;
  due_rule?: string;
  /** The words owner and due were read from, or `staff` when a person set them. */
  owner_from?: string;
  due_from?: string;
  age_days?: number;
  /** The day the decision takes effect, when it is after the meeting: its own words, or the day after its call-in expires. */
  effective?: string;
  /** Not in force yet on the day counted to: nothing in it is due, so it is not overdue. */
  pending?: boolean;
  /** With no due date in its words: the day after which the config's staleness rule counts it overdue, and that rule. */
  overdue_after?: string;
  overdue_rule?: string;
  overdue: boolean;
  /** `possible`: a later record may have dealt with it; see `possible`. */
  state: 'open' | 'possible';
  possible?: Evidence;
  source: string;
}

export interface OutstandingOptions {
  /** Deciding or receiving body, by id or name. */
  body?: string;
  since?: string;
  until?: string;
  owner?: string;
  overdue?: boolean;
  /** `resolution`, `referral`, or a referral kind. */
  kind?: string;
  sort?: 'date' | 'due' | 'age' | 'body' | 'owner';
  reverse?: boolean;
  /** The day ages and overdue flags are counted to (YYYY-MM-DD); today by default. */
  asOf?: string;
  /** Days each kind of action may wait when its words give no due date (the config file's `staleness:`). */
  staleness?: Staleness;
}

/**
 * Everything decided that has not been done: action-bearing resolutions no staff
 * status closes, and referrals no later record or status closes. A resolution whose
 * action is sending the matter on is listed through its referrals, once.
 */
export function outstanding(store: LoadedStore, options: OutstandingOptions = {}): OutstandingRow[] {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const tracked = trackReferrals(store);
  const byClause = new Map<string, TrackedReferral[]>();
  for (const t of tracked) byClause.set(t.referral.from, [...(byClause.get(t.referral.from) ?? []), t]);
  const rows: OutstandingRow[] = [];
  for (const meeting of store.meetings) {
    const items = itemLabels(meeting);
    for (const clause of meeting.resolutions) {
      if (!clause.action || byClause.has(clause.id)) continue;
      if (DONE.has(clause.staff?.status ?? '')) continue;
      rows.push(row(store, meeting, clause, items, asOf, { id: clause.id, kind: 'resolution', state: 'open' }, undefined, options.staleness));
    }
  }
  for (const t of tracked) {
    if (t.state === 'closed') continue;
    const items = itemLabels(t.meeting);
    const clause = t.clause ?? { id: t.referral.from, text: '', source: t.referral.source };
    rows.push(row(store, t.meeting, clause, items, asOf, {
      id: t.referral.id, kind: t.referral.kind, to: t.referral.to_name, state: t.state, ...(t.state === 'possible' && t.evidence ? { possible: t.evidence } : {}),
    }, t.referral.to, options.staleness));
  }
  return sortRows(rows.filter((r) => keep(r, store, options)), options);
}

function row(
  store: LoadedStore, meeting: StoredMeeting, clause: StoredClause, items: Map<string, string>, asOf: string,
  extra: Pick<OutstandingRow, 'id' | 'kind' | 'state'> & Partial<OutstandingRow>, dueBody?: string, staleness?: Staleness,
): OutstandingRow {
  const staff = clause.staff ?? {};
  const date = meeting.meeting.date;
  const owner = typeof staff.owner === 'string' && staff.owner ? { name: staff.owner, from: 'staff' } : clause.owner ? { name: clause.owner.name, from: clause.owner.words } : undefined;
  const due = dueOf(store, meeting, clause, dueBody ?? meeting.meeting.body);
  const effective = effectiveFrom(clause);
  const pending = Boolean(effective && effective > asOf);
  // No date in the words: the council's rule for this kind of action, counted from when the decision took effect.
  const start = effective && (!date || effective > date) ? effective : date;
  const stale = !due.date && start ? staleRule(staleness, kindsOf(extra.kind, clause.effects), actor(store, meeting, dueBody)) : undefined;
  const after = stale && start ? add(start, 'day', stale.days) : undefined;
  const source = `${clause.source.path}:${clause.source.page ? `page ${clause.source.page}:` : ''}${clause.source.line}`;
  return {
    id: extra.id, kind: extra.kind,
    ...(meeting.meeting.body ? { body: meeting.meeting.body } : {}),
    ...(meeting.meeting.body_name ? { body_name: meeting.meeting.body_name } : {}),
    ...(extra.to ? { to: extra.to } : {}),
    meeting: meeting.id, ...(date ? { date } : {}),
    ...(clause.item && items.has(clause.item) ? { item: items.get(clause.item)! } : {}),
    text: clause.text,
    ...(owner ? { owner: owner.name, owner_from: owner.from } : {}),
    ...(due.date ? { due: due.date } : {}), ...(due.rule ? { due_rule: due.rule } : {}), ...(due.from ? { due_from: due.from } : {}),
    ...(date ? { age_days: days(date, asOf) } : {}),
    ...(effective && (!date || effective > date) ? { effective } : {}),
    ...(pending ? { pending } : {}),
    ...(after && stale ? { overdue_after: after, overdue_rule: stale.rule } : {}),
    overdue: Boolean((due.date && due.date < asOf) || (after && after < asOf)) && !pending,
    state: extra.state, ...(extra.possible ? { possible: extra.possible } : {}),
    source,
  };
}

/** An action's kinds, most telling first: a referral's kind, the clause's effects, then `resolution`. */
function kindsOf(kind: string, effects: string[] = []): string[] {
  return kind === 'resolution' ? [...effects, kind] : [kind, ...effects];
}

/** The body that must act: the one a referral went to, else the one that decided. */
function actor(store: LoadedStore, meeting: StoredMeeting, to?: string): { id?: string; name?: string } {
  if (!to) return { id: meeting.meeting.body, name: meeting.meeting.body_name };
  return { id: to, name: store.bodies.get(to) };
}

/**
 * The day a decision may be acted on: the day its words give, or the day after its call-in
 * period expires ("Call-in expiry: 5pm on 21 March" puts it in force on 22 March).
 */
function effectiveFrom(clause: StoredClause): string | undefined {
  if (clause.effective?.date) return clause.effective.date;
  const call = clause.call_in;
  return call?.subject && call.expires ? add(call.expires, 'day', 1) : undefined;
}

/** staff.due beats the wording; "next meeting" becomes the date of that body's next meeting in the store. */
function dueOf(store: LoadedStore, meeting: StoredMeeting, clause: StoredClause, body?: string): { date?: string; rule?: string; from?: string } {
  const staff = clause.staff?.due;
  if (typeof staff === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(staff)) return { date: staff, from: 'staff' };
  const due = clause.due;
  if (!due) return {};
  if (due.rule === 'next meeting' && !due.date && body && meeting.meeting.date) {
    const next = store.meetings.find((m) => m.meeting.body === body && (m.meeting.date ?? '') > meeting.meeting.date!);
    return { ...(next?.meeting.date ? { date: next.meeting.date } : {}), rule: due.rule, from: due.words };
  }
  return { ...(due.date ? { date: due.date } : {}), ...(due.rule ? { rule: due.rule } : {}), from: due.words };
}

function keep(r: OutstandingRow, store: LoadedStore, o: OutstandingOptions): boolean {
  if (o.body) {
    const want = o.body.toLowerCase();
    const names = [r.body, r.body_name, r.to, store.bodies.get(r.body ?? '')].filter(Boolean).map((n) => n!.toLowerCase());
    if (!names.includes(want)) return false;
  }
  if (o.since && (!r.date || r.date < o.since)) return false;
  if (o.until && (!r.date || r.date > o.until)) return false;
  if (o.owner && !(r.owner ?? '').toLowerCase().includes(o.owner.toLowerCase())) return false;
  if (o.overdue && !r.overdue) return false;
  if (o.kind && !(o.kind === r.kind || (o.kind === 'referral' && r.kind !== 'resolution'))) return false;
  return true;
}

function sortRows(rows: OutstandingRow[], o: OutstandingOptions): OutstandingRow[] {
  const key = (r: OutstandingRow): string | number => {
    switch (o.sort ?? 'date') {
      case 'due': return r.due ?? '9999';
      case 'age': return -(r.age_days ?? 0);
      case 'body': return (r.body_name ?? r.body ?? '').toLowerCase();
      case 'owner': return (r.owner ?? '\uffff').toLowerCase();
      default: return r.date ?? '';
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) || a.id.localeCompare(b.id);
  });
  return o.reverse ? sorted.reverse() : sorted;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `minutes outstanding` as a library call: read the store, list what is outstanding. */
export async function outstandingIn(root: string, options: OutstandingOptions & { closed?: boolean } = {}): Promise<{ rows: OutstandingRow[]; closed?: ClosedRow[]; diagnostics: LoadedStore['diagnostics'] }> {
  const store = await loadStore(root);
  // A committee's action log shows what was closed beside what is open.
  return { rows: outstanding(store, options), ...(options.closed ? { closed: closedRows(store) } : {}), diagnostics: store.diagnostics };
}
