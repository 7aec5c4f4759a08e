import type { Line } from './line.js';
import { ENUMERATOR, sentenceCase } from './sentence-case.js';

/**
 * Some minutes are typed wholly in capitals (old typewritten books, some US clerks, a PDF whose font is small caps), and
 * many type their motions so ("MOTION BY COUNCILMEMBER REYES, SECONDED BY …, TO APPROVE …. MOTION CARRIED 5-0.").
 * There capitals say nothing: every line looks like a heading, every "RESOLVED" like a marker and no body's name stands
 * out from the words around it. Such text is read in ordinary case instead: prose in lower case with capitals where a
 * clerk would put them (a sentence's first word, a body's name, a person after a title), lines shaped as headings left
 * in capitals, as mixed-case minutes set them. Only letters A-Z change, so every offset still points at the same source
 * character. `whole` says the whole document was so typed; `changed` holds the source lines whose case changed, so the
 * caller can give the records read from them back in capitals.
 */
export function recaseShouting(lines: Line[]): { lines: Line[]; whole: boolean; changed: Set<number> } {
  const changed = new Set<number>();
  if (typedInCapitals(lines)) return { lines: recaseRun(lines, changed), whole: true, changed };
  let out: Line[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    if (!isCaps(lines[k].text)) continue;
    let end = k + 1;
    while (end < lines.length && !lines[end].gap && isCaps(lines[end].text)) end++;
    // Headings in capitals may stand right above the motion with no blank line between.
    let from = k;
    while (from < end - 1 && looksLikeHeading(lines[from].text) && !MOTION_OPENS.test(lines[from].text)) from++;
    const run = lines.slice(from, end);
    if (isProseParagraph(run, lines[from - 1], lines[end])) {
      out ??= lines.slice();
      out.splice(from, run.length, ...recaseRun(run, changed));
    }
    k = end - 1;
  }
  return { lines: out ?? lines, whole: false, changed };
}

/**
 * A paragraph of prose in capitals, not a heading, a title block or a legal title inside a sentence ("… entitled: AN
 * ORDINANCE OF THE CITY COUNCIL …"): it stands apart from mixed-case sentences, opens as a motion does ("MOTION BY",
 * "IT WAS MOVED", "THAT"), has eight words or more and a sentence's stop after a word ("P.M." is none).
 */
function isProseParagraph(run: Line[], before: Line | undefined, after: Line | undefined): boolean {
  if (before && !run[0].gap && !/[.:;!?]["”’)]*$/.test(before.text) && !(isCaps(before.text) && looksLikeHeading(before.text))) return false;
  if (after && !after.gap && /^[a-z]/.test(after.text)) return false;
  if (!MOTION_OPENS.test(run[0].text.replace(ENUMERATOR, ''))) return false;
  return run.reduce((n, l) => n + l.text.split(/\s+/).length, 0) >= 8 && run.some((l) => /[A-Z]{3}[.;](?:\s|["”’)]*$)/.test(l.text));
}

/** A US agenda's section heading in capitals: "REGULAR AGENDA", "NEW BUSINESS", "CONSENT CALENDAR", "PUBLIC HEARINGS". */
export const SECTION_HEADING = /^(?:[A-Z]+\s+){0,2}(?:AGENDA|BUSINESS|CALENDAR|ITEMS|HEARINGS|COMMUNICATIONS)$/;

/** What a body did, in the past tense and in capitals, as action minutes open a numbered line with it: "6. APPROVED …". */
export const DONE_VERBS = 'APPROVED|ACCEPTED|ADOPTED|AGREED|NOTED|ENDORSED|CONFIRMED|REJECTED|DENIED|DECLINED|AUTHORI[SZ]ED|DIRECTED|REFERRED|CONTINUED|DEFERRED|RECEIVED|RATIFIED|AWARDED|APPOINTED|DECLARED|TABLED|GRANTED|REFUSED';
/** A numbered line that opens with what the body did: "6. APPROVED", "8. ACCEPTED AND FILED". */
const DONE_FIRST = new RegExp(`^(?:\\d{1,3}[.)]|[A-Z][.)])\\s+(?:${DONE_VERBS})(?:\\s+AND\\s+(?:FILED|REFERRED|DIRECTED|APPROVED|ADOPTED))?(?=\\s)`);

/** How a motion or decision typed in capitals opens. */
const MOTION_OPENS = /^(?:MOTION|MOVED|SECONDED|IT WAS|THAT|RESOLVED|AGREED|(?:ON|UPON) (?:A |THE )?MOTION|THE (?:MOTION|COMMITTEE|COUNCIL|BOARD|COMMISSION)|COUNCILL?OR|CLLR|CR|COUNCILMEMBER|TRUSTEE|DIRECTOR|COMMISSIONER|SUPERVISOR|ALDERMAN|MAYOR)\b/;

/** No lower-case letter and a few capitals. */
function isCaps(text: string): boolean {
  return !/[a-z]/.test(text) && /[A-Z].*[A-Z].*[A-Z]/.test(text);
}

/** The same verb after a list's number inside a line, action minutes run into one: "… AGENDA 4. APPROVED CLAIMS …". */
const DONE_AFTER_NUMBER = new RegExp(`(?<=\\s\\d{1,3}[.)]\\s+)(?:${DONE_VERBS})(?:\\s+AND\\s+(?:FILED|REFERRED|DIRECTED|APPROVED|ADOPTED))?(?=\\s)`, 'g');

/** `cased` with each verb DONE_AFTER_NUMBER finds in `text` kept in capitals, where casing left the line's length as it was. */
function keepDoneVerbs(text: string, cased: string): string {
  if (cased.length !== text.length) return cased;
  let out = cased;
  for (const m of text.matchAll(DONE_AFTER_NUMBER)) out = out.slice(0, m.index) + m[0] + out.slice(m.index + m[0].length);
  return out;
}

/**
 * Lines typed in capitals into ordinary case, each knowing whether a sentence ended above it. A sentence wrapped over
 * several lines is cased whole, so a name cut at a line's end ("… TO THE POLICY AND" / "RESOURCES COMMITTEE.") is
 * still one name.
 */
function recaseRun(lines: Line[], changed: Set<number>): Line[] {
  const out = lines.slice();
  let sentenceEnded = true;
  let pending: number[] = [];
  let pendingStarts = true;
  const flush = (): void => {
    if (!pending.length) return;
    const cased = sentenceCase(pending.map((k) => lines[k].text).join('\n'), pendingStarts).split('\n');
    pending.forEach((k, n) => {
      // "6. APPROVED CLAIMS AS SUBMITTED …": action minutes lead each numbered line with what was done, and mixed-case ones
      // keep that verb in capitals ("6. APPROVED claims …"); so does this reading.
      const done = DONE_FIRST.exec(lines[k].text);
      out[k] = { ...lines[k], text: keepDoneVerbs(lines[k].text, done ? done[0] + cased[n].slice(done[0].length) : cased[n]) };
      changed.add(lines[k].line);
    });
    pending = [];
  };
  lines.forEach((line, k) => {
    // "MANAGER OF TRANSPORTATION PLANNING" or "…; AND FURTHER," over "THAT ADMINISTRATION REPORT BACK …": a motion's clause opens
    // after a short label or a chained clause's end, as "That" opens it in mixed case.
    const above = lines[k - 1];
    const thatOpens = /^THAT\s/.test(line.text) && above !== undefined && ((above.text.length <= 50 && !JOINING_END.test(above.text.trim())) || /;\s*AND(?:\s+FURTHER)?\s*,?$/.test(above.text));
    const starts = sentenceEnded || line.gap || line.heading > 0 || thatOpens || MOVER_OPENS.test(line.text);
    // A line that goes on from an unfinished sentence above is that sentence's, however short; a long line that runs
    // straight on into the next is a paragraph's first line, wrapped, unless a label follows ("OFFICER RECOMMENDATION").
    const next = lines[k + 1];
    const wrapped = line.text.length > 50 && next !== undefined && !next.gap && !ENUMERATOR.test(next.text) && !LABEL_LINE.test(next.text) && !MOVER_OPENS.test(next.text);
    // "… ROAD REPAIR PRIORITIES" / "REGULAR AGENDA": a section's heading stands alone, whether or not a sentence ended above it.
    const heading = line.heading > 0 || (starts && !wrapped && looksLikeHeading(line.text) && !DONE_FIRST.test(line.text)) || SECTION_HEADING.test(line.text.trim());
    // A heading ends what came before it, as a sentence's stop does. So does a mover's line: "SECONDED BY: COUNCILLOR
    // TREMBLAY" over "THAT THE …"; not a wrapped sentence's line that opens with the word ("PROPOSED WIND ENERGY ORDINANCE TO
    // THE PLANNING AND ZONING", "SECONDED BY SUPERVISOR LANGE, THE BOARD AUTHORIZED THE"). And a word or two alone: a label
    // ("MOTION" over "THAT THE MINUTES …").
    sentenceEnded = heading || /[.:;!?]["”’)]*$/.test(line.text) || (line.text.length <= 70 && /^(?:MOVED|SECONDED|PROPOSED|MOVER|SECONDER)(?:\s+BY\b|\s*[:\-–]|\s*$)/.test(line.text) && !JOINING_END.test(line.text.trim()))
      || (starts && /^[A-Z]+(?:\s+[A-Z]+)?$/.test(line.text.trim()) && !JOINING_END.test(line.text.trim()));
    if (starts || heading || ENUMERATOR.test(line.text)) flush();
    if (heading) return;
    if (!pending.length) pendingStarts = starts;
    pending.push(k);
  });
  flush();
  return out;
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
const OPENS_PROSE = /^(?:THAT|TO|THE|IT|A|AN|IN|ON|UPON|WHEREAS|MOVED|SECONDED|CARRIED|RESOLVED|AGREED|NOTED|RECEIVED|APPROVED?|ADOPT(?:ED)?|REFER(?:RED)?|RECOMMEND(?:ED|S)?|AUTHORI[SZ]E[DS]?|ENDORSE[DS]?|DEFER(?:RED)?|REQUEST(?:ED|S)?|DELEGATE[DS]?|DIRECT(?:ED|S)?|ACCEPT(?:ED)?|NOTE|RECEIVE|AGREE|THERE|THIS|MEMBERS|COUNCILLORS?|CLLR|CR|MOTION|AFTER|FOLLOWING|DURING)\b/;

/**
 * "7. APPEAL OF … 1140 HARBOR BOULEVARD" over "MOTION BY COUNCILMEMBER QUAN, SECOND BY …": a US motion opens its own line, so
 * its sentence starts there, under a title too long to pass for a heading.
 */
const MOVER_OPENS = /^(?:MOTION\s+(?:BY|TO|MADE\s+BY|WAS\s+MADE)|(?:IT\s+WAS\s+)?MOVED\s+BY|UPON\s+(?:A\s+)?MOTION)\b/;

/** A label on a line of its own: "OFFICER RECOMMENDATION", "COUNCIL RESOLUTION 2026/211", "MOTION". */
const LABEL_LINE = /^(?:[A-Z’'-]+\s+){0,2}(?:RECOMMENDATIONS?|RESOLUTION|DECISION|MOTION)\b/;

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
