/**
 * Accented Latin letters folded to their base letters one for one ("Ministère" → "Ministere", "Ōrākei" → "Orakei"), so
 * the string keeps its length and every index into it is an index into the original. Patterns written for ASCII names
 * can then run on the folded copy while the names are read from the original text; matching the accented letters in
 * the patterns themselves (\p{Lu} and the u flag) made them markedly slower on every clause.
 */
const ACCENTED = /[\u00C0-\u024F]/;

const table = new Map<string, string>();

function fold(c: string): string {
  let to = table.get(c);
  if (to === undefined) {
    const base = c.normalize('NFD')[0];
    to = /^[A-Za-z]$/.test(base) ? base : c;
    table.set(c, to);
  }
  return to;
}

export function foldLatin(text: string): string {
  return ACCENTED.test(text) ? text.replace(/[\u00C0-\u024F]/g, fold) : text;
}
