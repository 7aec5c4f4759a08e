import type { Line } from './line.js';

/**
 * Line numbers printed down a page's margin (US pleading paper, a scanned staff report)
 * come through text extraction at the start of each line: "2 1.1 Consider …", "3 present
 * their plans …". Left in, they hide the clause numbers behind them and read as items.
 *
 * A margin number counts lines, so it goes up by exactly as many lines as lie between two
 * numbered lines. An item's number goes up by one an item, however long the item is; a
 * run of lines whose numbers keep pace with the lines is the margin. OCR loses a line now
 * and then, so a run may restart at a new offset; a run needs four lines to count, two of
 * them a sentence running on.
 */

const LEADING = /^(\d{1,2})\s+(?=\S)/;
/** OCR's version of a margin number it could not read ("ii", "era", "ii 9") in front of a clause number. */
const GARBLED = /^(?:\S{1,4}\s+){1,2}(?=\d{1,2}\.\d{1,2}\s)/;
/** A margin number alone, or OCR's remains of one ("'7", "c"): a blank line of the page. */
const ALONE = /^\S{1,3}$/;
/** Lines just before the first margin number read, or after the last, may carry one OCR could not read. */
const NEAR = 3;
const RUN = 4;

export function dropMarginNumbers(lines: Line[]): Line[] {
  const margin = marginLines(lines);
  if (margin.size === 0) return lines;
  const first = Math.min(...margin) - NEAR;
  const last = Math.max(...margin) + NEAR;
  const out: Line[] = [];
  let blank = false;
  lines.forEach((l, i) => {
    const inside = i >= first && i <= last;
    if (inside && ALONE.test(l.text)) {
      blank = true;
      return;
    }
    const m = margin.has(i) ? LEADING.exec(l.text) : inside ? GARBLED.exec(l.text) : null;
    const kept = m ? { ...l, text: l.text.slice(m[0].length), column: l.column + m[0].length } : l;
    out.push(blank ? { ...kept, gap: true } : kept);
    blank = false;
  });
  return out;
}

/** Indexes of lines whose leading number keeps pace with the line count. */
function marginLines(lines: Line[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let offset = NaN;
  let position = 0;
  const flush = (): void => {
    // One-line agenda items ("1 Apologies", "2 Minutes") keep pace too; prose runs on across margin numbers.
    const prose = run.filter((i) => /^[a-z]/.test(lines[i].text.replace(LEADING, ''))).length;
    if (run.length >= RUN && prose >= 2) for (const i of run) found.add(i);
    run = [];
  };
  lines.forEach((l, i) => {
    // A blank line is a line of the page too.
    position += l.gap ? 2 : 1;
    const m = LEADING.exec(l.text);
    if (!m) return;
    const here = Number(m[1]) - position;
    if (here !== offset) {
      flush();
      offset = here;
    }
    run.push(i);
  });
  flush();
  return found;
}
