import type { Line } from '../text/line.js';
import type { ParsedDocument } from '../types.js';
import type { VFile } from 'vfile';
import { loadStore, type LoadedStore } from './load.js';
import { parseBytes, type ParseOptions } from '../pipeline.js';
import { setStatus, type StatusResult } from '../store/status.js';
import { outstanding, type OutstandingRow } from './outstanding.js';
import { overlap, subjectWords } from './match.js';

/**
 * Matters arising: new minutes that report on earlier actions ("Minute 52 refers: the
 * letter to National Highways had been sent"). Each open action the new text mentions,
 * by its minute number or by its subject, is listed with the sentence that mentions it;
 * where that sentence says the work is done, `done` is proposed. Nothing is written
 * here: `minutes arising --apply` writes the proposals a person has seen.
 */
export interface ArisingProposal {
  /** The open action's or referral's id. */
  id: string;
  kind: string;
  meeting: string;
  item?: string;
  text: string;
  /** `done` when the sentence says the work was done; absent for a mention only. */
  proposed?: 'done';
  /** How the new minutes point at it. */
  by: 'minute-reference' | 'subject';
  /** The sentence in the new minutes, where it is, and the subject words it shares with the action. */
  evidence: { line: number; column: number; words: string; shared: string[] };
  /** 0..1. */
  confidence: number;
}

/** "Minute 52 refers", "Min. 52/24", "(minute C/52 refers)", "Item 7 of the last meeting". */
const REFERENCE = /\b(?:minute|min\.?|item)\s*(?:no\.?\s*)?([A-Z]{0,3}[/-]?\d{1,4}(?:[./]\d{1,4})?)/gi;
/** The same, to test a sentence for any reference (REFERENCE is global: its test would keep a position). */
const CITES = new RegExp(REFERENCE.source, 'i');
/** Words that say the work was done. */
const DONE_WORDS = /\b(?:ha[sd]\s+(?:now\s+)?been\s+(?:sent|done|completed|carried\s+out|actioned|written|issued|installed|repaired|received|arranged|published|submitted|resolved|undertaken|implemented|delivered|signed)|(?:was|were|is|are)\s+(?:now\s+)?(?:complete|completed|done|finished|in\s+place)|ha(?:d|s|ve)\s+(?:now\s+)?(?:written|sent|replied|completed|arranged|received\s+a\s+(?:reply|response))|(?:action|matter|item)\s+(?:is\s+|was\s+|now\s+)*closed|action\s+complete|no\s+further\s+action)\b/i;
/** …unless the same sentence says it is not. */
const NOT_DONE = /\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:sent|done|completed|received|arranged|written)|still\s+(?:awaited|outstanding|to\s+be)|awaiting|remains?\s+(?:open|outstanding)|in\s+progress|ongoing)\b/i;

export function mattersArising(store: LoadedStore, doc: ParsedDocument, lines: Line[]): ArisingProposal[] {
  const asOf = doc.meeting.date ?? new Date().toISOString().slice(0, 10);
  // Only what was decided before these minutes can be reported on in them.
  const rows = outstanding(store, { asOf }).filter((r) => !doc.meeting.date || !r.date || r.date < doc.meeting.date);
  const itemNumber = itemNumbers(store);
  // Each passage's minute references and subject words, read once for every action compared with it.
  const passages = lines.flatMap(passagesOf).map((s) => ({ ...s, refs: [...s.text.matchAll(REFERENCE)].map((m) => norm(m[1])), words: subjectWords(s.text) }));
  const found = new Map<string, ArisingProposal>();
  for (const row of rows) {
    const words = subjectWords(`${row.item ?? ''} ${row.text}`);
    const number = itemNumber.get(row.id);
    for (const s of passages) {
      const cited = number !== undefined && s.refs.includes(number) && latestWith(store, row, number, doc);
      const shared = overlap(words, s.words);
      // A minute number alone could be another meeting's: it counts with a subject word in common, or as the only mention.
      const confidence = cited ? Math.min(1, 0.6 + shared.score) : shared.shared.length >= 3 ? shared.score : 0;
      if (confidence < 0.5) continue;
      const done = DONE_WORDS.test(s.text) && !NOT_DONE.test(s.text);
      const proposal: ArisingProposal = {
        id: row.id, kind: row.kind, meeting: row.meeting, ...(row.item ? { item: row.item } : {}), text: row.text,
        ...(done ? { proposed: 'done' as const } : {}), by: cited ? 'minute-reference' : 'subject',
        evidence: { line: s.line, column: s.column, words: s.text, shared: shared.shared }, confidence: Math.round(confidence * 100) / 100,
      };
      const best = found.get(row.id);
      if (!best || rank(proposal) > rank(best)) found.set(row.id, proposal);
    }
  }
  return [...found.values()].sort((a, b) => a.evidence.line - b.evidence.line || a.id.localeCompare(b.id));
}

/** A proposal of `done` beats a mention; then the surer one. */
function rank(p: ArisingProposal): number {
  return (p.proposed ? 1 : 0) + p.confidence;
}

interface Sentence {
  text: string;
  line: number;
  column: number;
}

/**
 * A line's passages, each with where it starts: "Minute 52 refers." and the sentences
 * after it, up to the next minute reference, report on minute 52 together.
 */
function passagesOf(line: Line): Sentence[] {
  const out: Sentence[] = [];
  let open: Sentence | undefined;
  for (const m of line.text.matchAll(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)) {
    const text = m[0].trim();
    if (!text) continue;
    const cites = CITES.test(text);
    if (open && !cites) {
      open.text = `${open.text} ${text}`;
      continue;
    }
    const start = { text, line: line.line, column: line.column + m.index + (m[0].length - m[0].trimStart().length) };
    if (cites) open = start;
    out.push(start);
  }
  return out.filter((s) => s.text.split(/\s+/).length >= 3);
}

/** Each open record's minute number: its item's number, as the minutes print it. */
function itemNumbers(store: LoadedStore): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of store.meetings) {
    const numbers = new Map(m.items.filter((i) => i.number).map((i) => [i.id, norm(i.number!)]));
    for (const r of m.resolutions) if (r.item && numbers.has(r.item)) out.set(r.id, numbers.get(r.item)!);
    for (const f of m.referrals) {
      const from = m.resolutions.find((r) => r.id === f.from);
      if (from?.item && numbers.has(from.item)) out.set(f.id, numbers.get(from.item)!);
    }
  }
  return out;
}

/** "52." and "Minute 52" alike; "C/52/24" keeps its letters. */
function norm(number: string): string {
  return number.toLowerCase().replace(/[.\s]+$/, '');
}

/**
 * Minute numbers start again in many councils: "Minute 5" is the latest earlier meeting's
 * minute 5, of the same body as the new minutes when both are known.
 */
function latestWith(store: LoadedStore, row: OutstandingRow, number: string, doc: ParsedDocument): boolean {
  const candidates = store.meetings.filter((m) => (!doc.meeting.date || !m.meeting.date || m.meeting.date < doc.meeting.date)
    && (!doc.meeting.body || !m.meeting.body_name || m.meeting.body_name.toLowerCase() === doc.meeting.body.toLowerCase())
    && m.items.some((i) => i.number && norm(i.number) === number));
  candidates.sort((a, b) => (b.meeting.date ?? '').localeCompare(a.meeting.date ?? ''));
  return candidates[0]?.id === row.meeting;
}

/** Read new minutes (any format `parse` reads) against the store: the proposals, and the messages reading them raised. */
export async function arisingIn(root: string, path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<{ proposals: ArisingProposal[]; file: VFile; parsed: boolean }> {
  const { document, file } = await parseBytes(bytes, path, { ...options, keepLines: true });
  if (!document) return { proposals: [], file, parsed: false };
  const store = await loadStore(root);
  return { proposals: mattersArising(store, document, (file.data.lines as Line[] | undefined) ?? []), file, parsed: true };
}

/**
 * Write each `done` proposal as a staff status, its history kept, with the sentence that
 * justified it as the note. Mentions without a proposal are not written.
 */
export async function applyArising(root: string, proposals: ArisingProposal[], source: string, change: { date: string; by?: string }): Promise<StatusResult[]> {
  const results: StatusResult[] = [];
  for (const p of proposals) {
    if (p.proposed !== 'done') continue;
    const note = `Matters arising, ${source}:${p.evidence.line}: “${p.evidence.words}”`;
    results.push(await setStatus(root, p.id, { status: 'done', date: change.date, by: change.by ?? 'minutes arising', note }));
  }
  return results;
}
