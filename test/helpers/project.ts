import type { Amendment, Diagnostic, ParsedDocument, Resolution } from '../../src/index.js';

/** Record fields a fixture may state or leave out; the rest are always compared. */
const OPTIONAL = ['item', 'n', 'mover', 'seconder', 'vote', 'outcome', 'amendments', 'call_in', 'effective'];

/** The fields a fixture's expected.yaml states, in the shape of the shared gold files. */
export interface Expected {
  meeting?: Record<string, string>;
  items?: { number?: string; title: string }[];
  resolutions: Record<string, unknown>[];
  recommendations: Record<string, unknown>[];
  referrals: Record<string, unknown>[];
  diagnostics?: { code: string; line: number }[];
}

/** Everything a fixture could state, from a parsed document. */
export function project(doc: ParsedDocument, diagnostics: Diagnostic[]): Expected {
  const compact = <T extends Record<string, unknown>>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    meeting: compact({ body: doc.meeting.body, date: doc.meeting.date, kind: doc.meeting.kind }) as Record<string, string>,
    items: doc.items.map((i) => compact({ number: i.number, title: i.title })),
    resolutions: doc.resolutions.map((r) => compact({
      item: r.item, n: r.number, text: r.text, action: r.action, ...motion(r), call_in: r.call_in && unworded(r.call_in), effective: r.effective && unworded(r.effective),
    })),
    recommendations: doc.recommendations.map((r) => compact({ item: r.item, n: r.number, text: r.text, origin: r.origin })),
    referrals: doc.referrals.map((r) => ({ from: r.from, to: r.to, kind: r.kind })),
    diagnostics: diagnostics.map((d) => ({ code: d.code, line: d.line })),
  };
}

/** A part of a record without the words it was read from: what a fixture states. */
function unworded(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'words'));
}

/** A motion's facts as a fixture states them: names, counts and the verdict, without their source words. */
function motion(r: Resolution | Amendment): Record<string, unknown> {
  return Object.fromEntries(Object.entries({
    mover: r.mover?.name,
    seconder: r.seconder?.name,
    vote: r.vote && unworded(r.vote),
    outcome: r.outcome && (r.outcome.as_amended ? `${r.outcome.value} as amended` : r.outcome.value),
    amendments: 'amendments' in r && r.amendments ? r.amendments.map((a) => ({ ...motion(a), ...(a.text ? { text: a.text } : {}) })) : undefined,
  }).filter(([, v]) => v !== undefined));
}

/**
 * Keep only what the expected file states: a meeting key, the items list or the
 * diagnostics list are compared when present, and a record field (item, n) when
 * any record of that list states it. Records themselves are never dropped.
 */
export function restrict(actual: Expected, expected: Expected): Expected {
  const out: Expected = { resolutions: [], recommendations: [], referrals: [] };
  if (expected.meeting) {
    out.meeting = Object.fromEntries(Object.keys(expected.meeting).map((k) => [k, actual.meeting?.[k]])) as Record<string, string>;
  }
  if (expected.items) out.items = actual.items;
  if (expected.diagnostics) out.diagnostics = actual.diagnostics;
  for (const key of ['resolutions', 'recommendations', 'referrals'] as const) {
    const used = new Set((expected[key] ?? []).flatMap((r) => Object.keys(r)));
    out[key] = actual[key].map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => used.has(k) || !OPTIONAL.includes(k))));
  }
  return out;
}

export function normalise(e: Expected): Expected {
  const fix = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v === null ? undefined : typeof v === 'object' || k === 'action' ? v : String(v)]));
  return {
    ...(e.meeting ? { meeting: Object.fromEntries(Object.entries(e.meeting).map(([k, v]) => [k, String(v)])) } : {}),
    ...(e.items ? { items: e.items.map((i) => fix(i) as { title: string }) } : {}),
    resolutions: (e.resolutions ?? []).map(fix),
    recommendations: (e.recommendations ?? []).map(fix),
    referrals: (e.referrals ?? []).map(fix),
    ...(e.diagnostics ? { diagnostics: e.diagnostics.map((d) => ({ code: d.code, line: Number(d.line) })) } : {}),
  };
}
