import type { VFile } from 'vfile';
import type { Line } from '../text/line.js';
import type { Clause } from './reading/clause.js';
import type { Item } from '../types.js';
import { report } from '../diagnostics/report.js';
import { isIntroOnly, matchLabel, matchMarker } from './markers.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';

/**
 * No silent misses: a line that plainly signals a decision (RESOLVED, a Decision label,
 * "the motion was carried", a resolution number) with no record read from it or next to
 * it is reported, so a clerk knows where the reader gave up. Motion numbers that jump
 * (R2023-093 then R2023-107) are reported too: a decision may be missing between them.
 */
const SIGNALS: { re: RegExp; after: number; before: number }[] = [
  // The marker opens the decision: a record starts on this line or a few lines below.
  { re: /^(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?(?:RESOLVED|AGREED|DECIDED)\b|^(?:resolved|decisions?)\s*(?::|[-–—]\s)|\b(?:it\s+was|the\s+\w+)\s+RESOLVED\b/, after: 8, before: 0 },
  { re: /\bresolution\s+(?:no\.?|number|#)\s*[\w/-]*\d/i, after: 8, before: 1 },
  // The outcome closes a motion: the record stands on the lines above.
  { re: /^["“]?(?:unanimously\s+)?carried\b|\b(?:motion|recommendation|resolution)s?\s+(?:was\s+|were\s+)?(?:then\s+)?(?:declared\s+|duly\s+)?carried\b/i, after: 1, before: 12 },
];
const EMPTY = /^(?:none|nil|n\/a|not applicable|no (?:decision|items?|business)\b)/i;
/** Reported speech before a signal in the line: "Mr Jenkins said that the motion carried last year had not been implemented." */
const SPEECH = /\b(?:said|stated|asked|explained|commented|suggested|claimed|felt|believed|queried|wondered|complained|argued)\b/i;
/** More than this many in one file says the reader does not know the document's style at all: one message sums them up. */
const MOST = 10;

export function checkUnclaimed(lines: Line[], clauses: Clause[], items: Item[], file: VFile, claimed: number[] = [], lex: Lexicon = lexiconFor()): void {
  const starts = items.map((i) => i.position.line).sort((a, b) => a - b);
  /** A motion's record never stands in an earlier item than its outcome. */
  const itemStart = (line: number) => starts.filter((s) => s <= line).pop() ?? 0;
  // A clause left out because the text was cut inside it has its own warning already.
  const cut = file.messages.filter((m) => m.ruleId === 'truncated-clause').map((m) => m.line ?? 0);
  const at = [...clauses.map((c) => c.line), ...cut, ...claimed].sort((a, b) => a - b);
  const near = (from: number, to: number) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo] <= to;
  };
  const misses: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const signal = SIGNALS.find((s) => s.re.test(line.text));
    if (!signal) continue;
    const found = signal.re.exec(line.text);
    if (found && found.index > 0 && SPEECH.test(line.text.slice(0, found.index))) continue;
    const next = lines[i + 1]?.text ?? '';
    if (EMPTY.test(next) || EMPTY.test(line.text.replace(/^[^:]*:\s*/, ''))) continue;
    // "The substantive motion was declared CARRIED and it was" / "RESOLVED:" / "(1) That …": the sentence runs on into the marker.
    const runsOn = /\b(?:and|it\s+was)\s*$/i.test(line.text) ? 2 : 0;
    // A line joined from several ("Seconded by Councillor Quinn and" / "AGREED – to respond …") ends on the last of them.
    const end = lines[Math.min(lines.length - 1, i + signal.after + runsOn)] ?? line;
    const last = Math.max(end.line, ...(end.joins ?? []).map((j) => j.line));
    const first = Math.max(lines[Math.max(0, i - signal.before)]?.line ?? line.line, itemStart(line.line));
    if (!near(first, last)) misses.push(line);
  }
  for (const line of misses.slice(0, MOST)) {
    report(file, 'unclaimed-decision', `Unexpected \`${line.text.slice(0, 40)}\` with no decision read from it, expected a resolution here`,
      { line: line.line, column: line.column }, `${whyUnclaimed(line.text, lex)} Check the text and add the wording if it is missing (see README, "How to add a wording").`);
  }
  if (misses.length > MOST) {
    const rest = misses[MOST];
    report(file, 'unclaimed-decision', `Unexpected ${misses.length - MOST} more decision signals with no decision read, expected none`,
      { line: rest.line, column: rest.column }, 'The document may be in a layout minutes does not read; check its records by hand.');
  }
  checkMotionNumbers(lines, file);
}

/** Why a line with a decision signal made no record, in the lexicon's terms: what --explain and the warning's note say. */
export function whyUnclaimed(text: string, lex: Lexicon): string {
  const marker = matchMarker(text, lex);
  if (marker) {
    return marker.rest && !isIntroOnly(marker.rest)
      ? `Rule ${marker.rule} read the line, but its clause was dropped (as a copy, an empty cell or a cut).`
      : `Rule ${marker.rule} read the line as a lead-in, but no clause was read below it (a heading or label closed the block, or the list is in a shape the reader does not follow).`;
  }
  const other = lex.dialect ? matchMarker(text, lexiconFor()) : undefined;
  if (other) return `Only rule ${other.rule} reads this line, and it is not in the ${lex.dialect} dialect.`;
  const label = matchLabel(text, lex);
  if (label?.kind === 'carried') return `Rule ${label.rule} read the line as the verdict on a motion, but no motion text was read above it.`;
  if (label) return `Rule ${label.rule} read the line as a label (${label.kind}), which records no decision.`;
  return 'No rule in the lexicon reads this wording.';
}

/** "Resolution #C-77-1583", "R2019-72", "CW091216-07", "Resolution number MR/2019/93". */
const MOTION_NUMBER = /\b(?:resolution|motion)\s*(?:no\.?|number|#)\s*([A-Z]{0,6}[-/]?(?:\d{2,6}[-/])?)(\d{1,5})\b|(?:^|\s)(R\d{4}[-/])(\d{1,4})\b/gi;

function checkMotionNumbers(lines: Line[], file: VFile): void {
  const last = new Map<string, { value: number; raw: string }>();
  for (const line of lines) {
    if (!/resolution|motion|R\d{4}/i.test(line.text)) continue;
    for (const m of line.text.matchAll(MOTION_NUMBER)) {
      const series = (m[1] ?? m[3] ?? '').toUpperCase();
      const raw = m[2] ?? m[4];
      const value = Number(raw);
      const before = last.get(series);
      last.set(series, { value, raw });
      if (before === undefined || value <= before.value + 1 || value - before.value > 50) continue;
      const expected = String(before.value + 1).padStart(raw.length, '0');
      report(file, 'motion-number-gap', `Unexpected motion number ${series}${raw}, expected ${series}${expected}`,
        { line: line.line, column: line.column + (m.index ?? 0) },
        `The motion before it is ${series}${before.raw}; ${value - before.value - 1} motion(s) may be missing from the text.`);
    }
  }
}
