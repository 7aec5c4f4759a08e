import { itemLabels, type LoadedStore, type StoredClause, type StoredMeeting, type Staff } from './load.js';
import { DONE, trackReferrals, type Evidence } from './closure.js';

/** Something decided that has since been dealt with, and how we know. */
export interface ClosedRow {
  id: string;
  /** `resolution`, or the referral's kind. */
  kind: string;
  meeting: string;
  date?: string;
  item?: string;
  text: string;
  to?: string;
  /** `record`: a later meeting dealt with it (see `evidence`); `staff`: a person set its status. */
  by: 'record' | 'staff';
  /** The day it was closed: the later meeting's date, or the status's. */
  closed_on?: string;
  evidence?: Evidence;
  /** The person's status, who set it and their note. */
  status?: string;
  status_by?: string;
  note?: string;
}

/**
 * What was closed, for a committee's action log beside what is still open: referrals a
 * later meeting of the receiving body dealt with, and actions or referrals a person
 * marked done, closed or superseded.
 */
export function closedRows(store: LoadedStore): ClosedRow[] {
  const rows: ClosedRow[] = [];
  const referred = new Set<string>();
  for (const t of trackReferrals(store)) {
    referred.add(t.referral.from);
    if (t.state !== 'closed') continue;
    const base = common(t.meeting, t.clause ?? { id: t.referral.from, text: '', source: t.referral.source }, t.referral.id, t.referral.kind);
    if (t.by === 'record' && t.evidence) rows.push({ ...base, to: t.referral.to_name, by: 'record', ...(t.evidence.date ? { closed_on: t.evidence.date } : {}), evidence: t.evidence });
    else rows.push({ ...base, to: t.referral.to_name, ...byStaff(t.referral.staff ?? t.clause?.staff) });
  }
  for (const meeting of store.meetings) {
    for (const clause of meeting.resolutions) {
      if (!clause.action || referred.has(clause.id) || !DONE.has(clause.staff?.status ?? '')) continue;
      rows.push({ ...common(meeting, clause, clause.id, 'resolution'), ...byStaff(clause.staff) });
    }
  }
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

function common(meeting: StoredMeeting, clause: StoredClause, id: string, kind: string): Omit<ClosedRow, 'by'> {
  const item = clause.item ? itemLabels(meeting).get(clause.item) : undefined;
  return {
    id, kind, meeting: meeting.id, ...(meeting.meeting.date ? { date: meeting.meeting.date } : {}),
    ...(item ? { item } : {}), text: clause.text,
  };
}

/** A person's status: its latest history entry says when and by whom. */
function byStaff(staff: Staff | null | undefined): Pick<ClosedRow, 'by' | 'closed_on' | 'status' | 'status_by' | 'note'> {
  const last = staff?.history?.[staff.history.length - 1];
  return {
    by: 'staff', ...(staff?.status ? { status: staff.status } : {}),
    ...(last?.date ? { closed_on: last.date.slice(0, 10) } : {}), ...(last?.by ? { status_by: last.by } : {}),
    ...(staff?.note ?? last?.note ? { note: (staff?.note ?? last?.note)! } : {}),
  };
}
