import type { Line } from '../../text/line.js';

/**
 * Scottish councils print the motion and each amendment under headings of their own, then the decision only by reference:
 * "Motion" / "To note the report." / "Moved by Councillor Baird, seconded by Councillor Ness." … "Decision" / "The Committee
 * agreed in terms of the motion." (Aberdeen's "The Committee resolved:- to adopt the amendment.", Edinburgh's "To approve the
 * motion by Councillor Fyfe."). The decision is the tabled words, moved by the movers printed under them; this finds both.
 * The reader (reading/tabled-motion.ts) and the motion facts (attach.ts) share it.
 */
const REFERENCE = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:[\p{L}&-]+\s+){0,5}?(?:agreed|resolved|decided)\s*(?::-?|[-–—])?\s*)?(?:(?:accordingly|therefore|thereafter)\s+)?` +
    String.raw`(?:in\s+terms\s+of|to\s+(?:approve|adopt|accept|agree)|approved|adopted|accepted)\s+the\s+(motion|amendment)` +
    String.raw`(?:\s+(?:by|of|from|in\s+the\s+name\s+of)\s+(?:Councillor|Cllr\.?|Bailie|Provost|Depute\s+Provost|Lord\s+Provost)\s+([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?))?\s*\.?$`,
  'iu',
);

/** Or its verdict alone: "The motion was accordingly carried.", "The amendment was carried.". */
export const VERDICT = /^(?:the\s+)?(motion|amendment)\s+(?:was\s+)?(?:(?:accordingly|therefore|thereafter|duly)\s+)?(?:carried|agreed|adopted)\s*\.?$/i;

const refersTo = (text: string): RegExpExecArray | null => REFERENCE.exec(text.trim()) ?? VERDICT.exec(text.trim());

/** Which the decision adopts by name alone ("The Committee resolved:- to adopt the motion."), if it names one. */
export function namedMotion(decision: string): 'motion' | 'amendment' | undefined {
  const kind = REFERENCE.exec(decision.trim())?.[1].toLowerCase();
  return kind === 'motion' || kind === 'amendment' ? kind : undefined;
}

/** "Motion", "Amendment 2", "Motion by Councillor Baird", "Amendment (Councillor Fyfe):", "Motion: To note the report.". */
const HEADING = /^(motion|amendment)(?:\s+\d{1,2}|\s*\((?:[^)]{2,60})\)|\s+by\s+[^:.]{2,60})?\s*(?:[:\-–—]\s*(.*))?$/i;

/** The tabled words end at their movers: "Moved by Councillor X, seconded by …", Edinburgh's "- moved by Councillor X". */
const MOVERS = /^(?:[-–—]\s*)?\(?(?:moved|proposed)(?:\s+by\b|,)/i;

const INLINE_MOVERS = /\s+[-–—]\s*moved\s+by\b/i;

/** A heading that starts the next part of the item: another motion, the vote, the decision. */
const NEXT_PART = /^(?:motion|amendments?|voting|vote|decision|on\s+a\s+division|the\s+voting\s+was)\b/i;

/** Most lines a tabled motion runs to before its movers: longer than this, and the heading was a word in prose. */
const MOST_LINES = 20;

export interface Tabled {
  /** One entry per numbered point of the tabled words ("1) To note …" "2) To request …"), else one. */
  parts: { text: string; line: Line }[];
}

/**
 * The tabled motion or amendment `decision` refers to, read from the `lines` above source line `before` and below source line
 * `after` (the item's heading): the last one of that kind, or the one in the name of the member the decision names.
 */
export function tabledFor(decision: string, lines: Line[], after: number, before: number): Tabled | undefined {
  const ref = refersTo(decision);
  if (!ref) return undefined;
  const kind = ref[1].toLowerCase();
  const member = ref[2]?.toLowerCase();
  const at = lines.findIndex((l) => l.line >= before);
  for (let k = (at < 0 ? lines.length : at) - 1; k >= 0 && lines[k].line > after; k--) {
    const head = HEADING.exec(lines[k].text);
    if (!head || head[1].toLowerCase() !== kind) continue;
    const read = readTabled(lines, k, head[2]);
    if (!read) continue;
    if (member && !`${lines[k].text} ${read.movers}`.toLowerCase().includes(member)) continue;
    return read.tabled;
  }
  return undefined;
}

/** How far below the movers a decision that names the motion is looked for. */
const DECISION_WITHIN = 40;

/**
 * Index of the movers' line, when the line at index `k` is a "Motion" or "Amendment" heading over tabled words and a decision
 * below names a motion or amendment: those words are then the decision's to claim, and no mover label's motion.
 */
export function tabledBlockEnd(lines: Line[], k: number): number | undefined {
  const head = HEADING.exec(lines[k].text);
  const end = head ? readTabled(lines, k, head[2])?.end : undefined;
  if (end === undefined) return undefined;
  for (let j = end + 1; j < lines.length && j <= end + DECISION_WITHIN; j++) if (refersTo(lines[j].text)) return end;
  return undefined;
}

function readTabled(lines: Line[], k: number, onHeading: string | undefined): { tabled: Tabled; movers: string; end: number } | undefined {
  const parts: { text: string; line: Line }[] = [];
  const add = (text: string, line: Line): void => {
    // "1) To note …" / "2) To request …": each numbered point its own decision; an unnumbered line runs on the one above.
    const numbered = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+(.+)$/.exec(text);
    if (numbered || parts.length === 0) parts.push({ text: numbered ? numbered[1] : text, line });
    else parts[parts.length - 1].text += ` ${text}`;
  };
  if (onHeading) add(onHeading, lines[k]);
  for (let j = k + 1; j < lines.length && j <= k + MOST_LINES; j++) {
    const text = lines[j].text;
    if (MOVERS.test(text)) return parts.length ? { tabled: { parts }, movers: text, end: j } : undefined;
    if (NEXT_PART.test(text)) return undefined;
    // "To note the report - moved by Councillor Baird, seconded by Councillor Ness.": the movers at the end of the words.
    const end = INLINE_MOVERS.exec(text);
    add(end ? text.slice(0, end.index) : text, lines[j]);
    if (end) return { tabled: { parts }, movers: text.slice(end.index), end: j };
  }
  return undefined;
}

/**
 * Index of the movers' line under words tabled from line index `k` ("To note the report." / "Moved by Councillor Baird, …",
 * or "To note the report - moved by …" on the words' own line).
 */
export function moversAfter(lines: Line[], k: number): number | undefined {
  for (let j = k; j < lines.length && j <= k + MOST_LINES; j++) {
    if (j > k && (MOVERS.test(lines[j].text) || NEXT_PART.test(lines[j].text))) return MOVERS.test(lines[j].text) ? j : undefined;
    if (INLINE_MOVERS.test(lines[j].text)) return j;
  }
  return undefined;
}
