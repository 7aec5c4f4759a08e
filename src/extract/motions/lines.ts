import type { Line } from '../../text/line.js';
import type { Resolution } from '../../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import { readFacts, type LineFacts } from './facts.js';

/** Where each resolution starts among the lines, and what each line says about a motion: the index the attaching walks. */

/** "In Favour:" alone on its line: the names are on the next. */
const ROLL_LABEL = /^(?:in\s+favou?r|for|against|ayes?|noes?|nays?|yeas?|abstentions?|abstained|abstain|absent)\s*(?:\(\d{1,3}\))?\s*:?\s*$/i;

/** Each line's facts, in line order. */
export function factsByLine(lines: Line[], lex: Lexicon): (LineFacts | undefined)[] {
  return lines.map((_, i) => factsOf(lines, i, lex));
}

/** The resolutions that start on each line: a resolution starts on the last line at or before its position. */
export function startsByLine(lines: Line[], resolutions: Resolution[]): Map<Line, Resolution[]> {
  const starts = new Map<Line, Resolution[]>();
  const sorted = [...resolutions].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  let at = 0;
  for (const r of sorted) {
    while (at + 1 < lines.length && !after(lines[at + 1], r.position)) at++;
    const line = lines[at];
    if (!line) continue;
    const here = starts.get(line);
    if (here) here.push(r);
    else starts.set(line, [r]);
  }
  return starts;
}

/** Whether `line` begins after `p`. */
function after(line: Line, p: { line: number; column: number }): boolean {
  return line.line > p.line || (line.line === p.line && line.column > p.column);
}

/** The line's facts; a roll-call label alone ("In Favour:") is read with the names on the next line. */
function factsOf(lines: Line[], i: number, lex: Lexicon): LineFacts | undefined {
  const text = lines[i].text;
  if (ROLL_LABEL.test(text) && lines[i + 1]) return readFacts(`${text.replace(/:?\s*$/, ':')} ${lines[i + 1].text}`, lex);
  if (i > 0 && ROLL_LABEL.test(lines[i - 1].text)) return undefined;
  return readFacts(text, lex);
}

/** A line's place as one number, so a set of item titles is asked per line without building a string for each. */
export function placeKey(line: number, column: number): number {
  return line * 1_048_576 + column;
}

/** Only a verdict (or a tally) follows a mover line before the next motion: the movers belong to the decision above. */
export function verdictNext(facts: (LineFacts | undefined)[], lines: Line[], i: number, starts: Map<Line, Resolution[]>, itemLines: Set<number>): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 7); k++) {
    if (starts.has(lines[k]) || itemLines.has(placeKey(lines[k].line, lines[k].column))) return false;
    const f = facts[k];
    // "Mr. Greene seconded." / "Vote: 5-0-0.": a tally is a verdict too.
    // "Proposed: Cllr Marsh;" / "Seconded: Cllr Singh; all in favour.": the seconder's line may carry the tally.
    if (f?.outcome || (f?.vote && !f.mover)) return true;
    if (f?.ownMotion) return false;
  }
  return false;
}
