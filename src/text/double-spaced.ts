import type { Line } from './line.js';
import { isShouting } from './shouting.js';

/**
 * Some PDF-to-text tools print a blank line after every line, and some PDF-to-HTML tools put every line in a block of
 * its own: then a blank line (or a block) says nothing about paragraphs, and read as one it would end every sentence at
 * the margin. Such a document is told by its shape: nearly every line follows a gap, the lines are short, as a wrapped
 * page's are (a page of one long line per paragraph has gaps everywhere too), and several lines after a gap go on in
 * lower case from a line that ended no sentence. There only a run of two or more blank lines still marks a paragraph.
 */
export function closeDoubleSpacing(lines: Line[]): Line[] {
  if (lines.length < 20) return lines;
  let gaps = 0;
  let runOn = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!lines[k].gap) continue;
    gaps++;
    if (/^[a-z]/.test(lines[k].text) && !/[.:;!?]["”’)]*$/.test(lines[k - 1].text)) runOn++;
  }
  if (gaps < 0.9 * (lines.length - 1) || runOn < 3 || runOn < 0.05 * gaps) return lines;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths[Math.floor(lengths.length / 2)] > 90) return lines;
  return lines.map((line, k) => (line.gap && k > 0 && line.line - lines[k - 1].line < 3 && (/^[a-z]/.test(line.text) || runsOn(lines[k - 1].text)) ? { ...line, gap: false } : line));
}

/**
 * A line in lower case goes on from the line above ("RESOLVED" / "on the motion of …"). Else the line above may run on
 * over the blank unless it is a heading, in capitals or numbered with every word capitalised
 * ("6.1 Draft Speed Management Plan for Public Consultation" keeps its gap before "The Transport Manager spoke …"). A
 * sentence's end is left to the unwrapping step, which knows "No." and "M.D." end none.
 */
function runsOn(text: string): boolean {
  if (isShouting(text)) return false;
  if (!/^\d{1,3}(?:\.\d{1,2})*\.?\s+[A-Z]/.test(text)) return true;
  const words = text.split(/\s+/).slice(1).filter((w) => !/^(?:and|of|the|for|to|in|on|at|a|an|&|-|–)$/i.test(w));
  // "11. REJECTED the claim of Ronald R. Rodrigues, No. 102-" has names in capitals and is a clause all the same.
  return words.some((w) => /^[a-z]/.test(w));
}
