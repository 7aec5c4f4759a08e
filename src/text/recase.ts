import type { Line } from './line.js';
import { ENUMERATOR, sentenceCase } from './sentence-case.js';

/**
 * Some minutes are typed wholly in capitals (old typewritten books, some US clerks, a PDF whose font is small caps).
 * There capitals say nothing: every line looks like a heading, every "RESOLVED" like a marker and no body's name stands
 * out from the words around it. Such a document is read in ordinary case instead: prose in lower case with capitals
 * where a clerk would put them (a sentence's first word, a body's name, a person after a title), lines shaped as
 * headings left in capitals, as mixed-case minutes set them. Only letters A-Z change, so every offset still points at
 * the same source character; `shouted` tells the caller to give record texts back in capitals.
 */
export function recaseShouting(lines: Line[]): { lines: Line[]; shouted: boolean } {
  if (!typedInCapitals(lines)) return { lines, shouted: false };
  let sentenceEnded = true;
  const out = lines.map((line, k) => {
    const starts = sentenceEnded || line.gap || line.heading > 0;
    // A line that goes on from an unfinished sentence above is that sentence's, however short; a long line that runs
    // straight on into the next is a paragraph's first line, wrapped.
    const next = lines[k + 1];
    const wrapped = line.text.length > 50 && next !== undefined && !next.gap && !ENUMERATOR.test(next.text);
    const heading = line.heading > 0 || (starts && !wrapped && looksLikeHeading(line.text));
    // A heading ends what came before it, as a sentence's stop does.
    // So does a mover's line: "SECONDED BY: COUNCILLOR TREMBLAY" over "THAT THE …".
    // And a word or two alone: a label ("MOTION" over "THAT THE MINUTES …").
    sentenceEnded = heading || /[.:;!?]["”’)]*$/.test(line.text) || (line.text.length <= 70 && /^(?:MOVED|SECONDED|PROPOSED|MOVER|SECONDER)\b/.test(line.text))
      || (starts && /^[A-Z]+(?:\s+[A-Z]+)?$/.test(line.text.trim()) && !JOINING_END.test(line.text.trim()));
    if (heading) return line;
    return { ...line, text: sentenceCase(line.text, starts) };
  });
  return { lines: out, shouted: true };
}

/** Four hundred capitals or more, and under 3% of the letters in lower case. */
function typedInCapitals(lines: Line[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const line of lines) {
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    // Mixed-case text shows itself within a few lines; a long document need not be counted to its end.
    if (lower > 200 && lower > 0.03 * (upper + lower)) return false;
  }
  return upper >= 400 && lower <= 0.03 * (upper + lower);
}

/** Words that open a clause or a minute's prose, never a heading. */
const OPENS_PROSE = /^(?:THAT|TO|THE|IT|A|AN|IN|ON|UPON|WHEREAS|MOVED|SECONDED|CARRIED|RESOLVED|AGREED|NOTED|RECEIVED|APPROVED?|ADOPT(?:ED)?|REFER(?:RED)?|RECOMMEND(?:ED|S)?|AUTHORI[SZ]E[DS]?|ENDORSE[DS]?|DEFER(?:RED)?|REQUEST(?:ED|S)?|DELEGATE[DS]?|DIRECT(?:ED|S)?|ACCEPT(?:ED)?|NOTE|RECEIVE|AGREE|THERE|THIS|MEMBERS|COUNCILLORS?|CLLR|CR|MOTION|ON|AFTER|FOLLOWING|DURING)\b/;

const JOINING_END = /\b(?:TO|THE|OF|AND|OR|A|AN|IN|ON|FOR|WITH|BY|AT|FROM|THAT|BE|IS|ARE|WAS|WERE|AS|ITS|THEIR)$/;

/** Short and with no sentence's end: a title or heading, which mixed-case minutes set in capitals too. */
function looksLikeHeading(text: string): boolean {
  const rest = text.replace(ENUMERATOR, '');
  if (rest.length > 90 || /[.;,]["”’)]*$/.test(rest)) return false;
  // "… NEARBY PROPERTY OWNERS IN": a line ending on a joining word runs on.
  if (JOINING_END.test(rest)) return false;
  // Headings name a thing; a verb or a "that" makes a sentence ("(2) PROVISION BE MADE FOR THE REMOVAL OF THE LEADER").
  if (/\b(?:BE|IS|ARE|WAS|WERE|WILL|SHALL|HAS|HAVE|HAD|SHOULD|MUST|WOULD|THAT)\b/.test(rest)) return false;
  return !OPENS_PROSE.test(rest);
}
