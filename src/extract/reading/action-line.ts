import type { Line } from '../../text/line.js';
import type { Item } from '../../types.js';
import { parseNumber, type ClauseNumber } from '../../text/numbering.js';
import { EFFECT_NAMES } from '../effects.js';
import { MINUTES_READ, MOVERS_AFTER_VERDICT, MOVERS_BEFORE_VERDICT } from '../../lexicon/words.js';
import { evidence, readFrom, type Clause } from './clause.js';
import type { Reading } from './state.js';

/**
 * The vote printed after the action: "Vote: 5-0.", "(4-1, Chen no)", Granicus' "[UNANIMOUS]", "[4 TO 1]", and a city's action
 * minutes' score and movers, "Approved 5-0 (Motion: Ruelas; Second: Whitaker)", a planning commission's "(Vote: 6-0-1, …)".
 */
const VOTE_TAIL = /\s*(?:\(\s*Vote\s*:[^()]*\)\.?|\bVote\s*:\s*[^.]*\.?|\(\s*\d{1,2}\s*[-–]\s*\d{1,2}\b[^)]*\)\.?|\[[^\]]{1,40}\]\.?|\(\s*(?:motion|moved|mover)\s*:[^()]*\)\.?)\s*$/i;
/** "Approved, proposed K. Munro, seconded S. Walker.": the movers after the verdict; the motion reader names them. */
const MOVERS_TAIL = new RegExp(String.raw`${MOVERS_AFTER_VERDICT}\s*[.;]?$`, 'i');
/** "Proposed G. Munro, seconded L. Fyfe. Approved.": the movers before the verdict, dropped the same way. */
const MOVERS_HEAD = new RegExp(`^${MOVERS_BEFORE_VERDICT}`);
/** A bare score after the verdict's word: "Approved 5-0", "Approved 4-0-1". */
const SCORE_AFTER = /(?<=[a-z])\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?$/;
/**
 * "… with a capital plan. Supervisor Okafor voting no.": who voted against, after the action; the vote reader counts it. So
 * in brackets after the score: "Adopted 6-1 (Councilmember Dela Cruz voting no)."
 */
const DISSENTER = String.raw`(?:Supervisor|Commissioner|Trustee|Director|Member|Council\s*member|Councilmember|Councilor|Councillor|Alderman|Alderwoman)s?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:(?:,\s*|\s+and\s+)[A-Z][\w’'-]+)*\s+(?:voting\s+(?:no|nay|against)|dissenting|opposed|abstaining|recused)`;
const DISSENT_TAIL = new RegExp(String.raw`(?:(?<=[.;])\s+${DISSENTER}\.?|\s*\(\s*${DISSENTER}\s*\)\.?)\s*$`);
/** The item was put off: its title is what was deferred ("CONTINUED Next: 3/16/2026 6:00 PM", "CONTINUED [4 TO 1] Next: …"). */
const DEFERRAL = /^(?:tabled|continued|postponed|deferred|laid\s+over)(?:\s*\[[^\]]{1,40}\])?(?:\s+next\s*:.*)?\s*[.;]?$/i;
/** Granicus' "REFERRED [4 TO 1] Next: 1/11/2027 6:00 PM": the item was sent on, to come back; its title is what was referred. */
const REFERRED_ON = /^referred(?:\s*\[[^\]]{1,40}\])?(?:\s+next\s*:.*)?\s*[.;]?$/i;
/** The action only says the item passed: its title is what was decided. */
// "Passed on first reading; second reading set for January 6, 2027.": an ordinance's verdict with its next reading's date.
// "Approved as amended on first reading": the reading named after how it was approved.
// A school board's "Action: Approve" (the motion and its vote below) names only what the title asks, as a verdict does.
// A planning commission's "Approved with conditions." / "Approved subject to the recommended conditions.": the permit the title
// names was granted, the conditions in the report.
/** "Read and agreed.": the minutes read before their verdict. */
const READ_FIRST = new RegExp(`^${MINUTES_READ}`, 'i');
/** "Report received and filed.": the item's paper named before its verdict. */
const PAPER = String.raw`(?:report|item)\s+(?=received\b)`;
const PAPER_FIRST = new RegExp(`^${PAPER}`, 'i');
const VERDICT = new RegExp(String.raw`^(?:${PAPER})?(?:${MINUTES_READ})?(?:approved?|adopt(?:ed)?|accept(?:ed)?|passed|carried|ratif(?:y|ied)|award(?:ed)?|authori[sz]ed?|received(?:\s+and\s+(?:filed|noted)|\s+(?:for|as)\s+information|\s+for\s+the\s+record)?|noted|agreed|confirmed|introduced)(?:\s+and\s+signed)?(?:\s+on\s+(?:first|second|third|final)\s+reading(?:\s*;\s*(?:second|third|final)\s+reading\s+(?:set|scheduled)\s+for\s+[^.;]+)?)?(?:\s+(?:as\s+(?:amended|presented|submitted|recommended|revised|printed|circulated)|on\s+(?:the\s+)?consent(?:\s+(?:agenda|calendar))?|unanimously|(?:with|subject\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?conditions(?:\s+of\s+approval)?))?(?:\s+on\s+(?:first|second|third|final)\s+reading)?\s*[.;]?$`, 'i');
/** What was done, with what it was done to: "Approved Consent Calendar Items 4.1 through 4.6", "Adopted Resolution No. 2026-211". */
const DONE_WITH_OBJECT = /^(?:approved|adopted|accepted|passed|ratified|awarded|authori[sz]ed|introduced|directed|referred|continued|tabled|denied|appointed|received)\s+\S+\s+\S/i;
/** Who is to do what, as English parish minutes note it under a decision. */
// "Appointed Maria Ortiz to a three-year term" is what was done ("Recommended approval to the City Council" too); "Fred Jones
// to obtain quotes" is a task.
const TASK_NOTE = /^(?!(?:Appointed|Reappointed|Nominated|Elected|Approved|Adopted|Authori[sz]ed|Awarded|Directed|Referred|Requested|Granted|Continued|Deferred|Agreed|Voted|Moved|Recommended)\s)(?:(?:the|all)\s+)?(?:[A-Z][\w’'.&-]*\s+){0,3}[\w’'-]+(?<!ed)\s+to\s+[a-z]/;
/**
 * "Action: Clerk", "Action: Chair/RFO", "Action: Cllr Pike", a community council's "Action: Secretary": only who is to act, a
 * parish's note of the owner under a decision.
 */
const OWNER_ONLY = /^(?:(?:the\s+)?(?:Clerk|Chair(?:man)?|Vice[- ]Chair|RFO|Proper\s+Officer|Secretary|Treasurer|Cllrs?\.?\s+[A-Z][\w’'-]+|Councillors?\s+[A-Z][\w’'-]+|[A-Z]{2,3})(?:\s*(?:\/|,|&|and)\s*|\s*\.?$))+$/;
/**
 * Nothing was decided, or the motion failed. The item's type ends at a stop ("Report. Staff …"): "Report received; staff
 * directed to return …" is what was done.
 */
// A school board's "Action: First reading, no action", "Action: Information": the item's type, with nothing done under it.
const NOTHING = /^(?:(?:first\s+reading|presentation|discussion|report)\s*[,;:\-–—]\s*)?(?:(?:no\s+action(?:\s+(?:was\s+)?taken)?|none|n\/a|failed|defeated|lost|motion\s+failed)\b|(?:discussion|information(?:al)?|presentation|report)(?:\s+only)?\s*(?:[.;]?$|[.;]\s+(?=\S)))/i;

/**
 * "2.1 Approve minutes of the February 17 meeting." then "ACTION: Approved. Vote: 5-0.":
 * US action minutes print under each item's title line what the body did ("RESULT: ADOPTED
 * [4 TO 1]" in Granicus' minutes). A verdict makes the title the decision, "TABLED" a
 * deferred one; a sentence ("Staff directed to return with …", "Continued to the April 7
 * meeting.") is the decision itself. Anywhere else (false) the line is left to the other
 * labels: "Action: Clerk to obtain quotes" ends a decision, "Action: approved …" is read
 * for its words.
 */
export function actionLine(r: Reading, line: Line, rule: string): boolean {
  // "ACTION: Approved.", or the verdict alone (label.verdict-under-title): what follows the label's colon, if any.
  const rest = (rule === 'label.verdict-under-title' ? line.text : line.text.replace(/^[^:]*:\s*/, '')).replace(VOTE_TAIL, '').replace(DISSENT_TAIL, '').replace(MOVERS_TAIL, '').replace(MOVERS_HEAD, '').trim();
  // "Resolved: to renew the pads and battery …" then "Action: Clerk": who is to act on the decision just above, no decision of
  // its own.
  if (OWNER_ONLY.test(rest) && rule !== 'label.verdict-under-title') {
    r.flushMotion();
    r.close();
    const last = r.clauses[r.clauses.length - 1];
    const prev = r.previous;
    if (last && prev && last.item === r.item?.id && last.line <= prev.line && prev.line - last.line <= 3) last.assignee = { name: rest.replace(/\.$/, ''), words: line.text };
    return true;
  }
  // "Action: Clerk to obtain quotes", "Action: Cllr Leone to draft a newsletter": a parish's task note, not what was decided.
  const task = TASK_NOTE.test(rest);
  const title = task ? undefined : titleAbove(r) ?? movedOnItem(r);
  // "Recommendation: Authorize the City Manager to …" / "Council Action: Approved 5-0": what the item put was adopted.
  const put = !title && !task && r.item ? itemPut(r, r.item) : [];
  // "CONSENT CALENDAR" / "ACTION: Approved Consent Calendar Items 4.1 through 4.6 (Motion: …)": under a heading with no
  // number there is no title to stand for, but an action told with its object is the decision itself.
  const told = !title && put.length === 0 && !task && DONE_WITH_OBJECT.test(rest) && !VERDICT.test(rest.replace(SCORE_AFTER, ''));
  if (!title && put.length === 0 && !told) return false;
  r.flushMotion();
  // "No action taken; staff directed to return in April with options.": the direction given is the decision.
  const after = title ? /^no\s+(?:formal\s+)?action(?:\s+(?:was\s+)?taken)?\s*[;,:]\s*(?=\S)/i.exec(rest) : null;
  if (after && /\b(?:directed|asked|requested|instructed|to\s+return|to\s+report)\b/i.test(rest.slice(after[0].length))) {
    const text = rest.slice(after[0].length);
    r.commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column + line.text.indexOf(text), item: r.item?.id, rules: evidence(rule) });
    return true;
  }
  // "Result: Failed" under "c. Resolution No. 2026-R-79, supporting …": the measure was read, and lost.
  if (!rest || NOTHING.test(rest)) {
    if (title) r.claimed.push(title.line.line);
    return true;
  }
  const deferred = title !== undefined && DEFERRAL.test(rest);
  const referred = title !== undefined && REFERRED_ON.test(rest);
  const verdict = VERDICT.test(rest.replace(SCORE_AFTER, ''));
  if (title && (deferred || referred || verdict)) {
    // "Received.", "Approved as recommended.": the verdict's word is the effect, the title has none.
    // "Action: Adopt" names the verdict by its verb: the effect is its past ("adopted").
    // "Read and agreed.": the verdict's word after the reading.
    const word = pastOf(rest.replace(READ_FIRST, '').replace(PAPER_FIRST, '').split(/[\s.;]/)[0].toLowerCase());
    // "REFERRED … Next: 1/25/2027": sent on and due back on the date given, as a deferral is.
    const effects = { effects: deferred ? ['deferred' as const] : referred ? (/\bnext\s*:/i.test(rest) ? ['referred' as const, 'deferred' as const] : ['referred' as const]) : EFFECT_NAMES.filter((e) => e === word) };
    r.commit({ kind: 'resolution', parts: [title.text], line: title.line.line, column: title.line.column + title.at, item: r.item?.id, ...(title.number ? { number: title.number } : {}), rules: evidence(rule, 'reader.action-title'), ...effects });
  } else if (verdict) {
    for (const p of put) r.commit({ ...p, kind: 'resolution', origin: undefined, rules: evidence(rule, 'reader.action-recommendation') });
  } else {
    r.commit({ kind: 'resolution', parts: [rest], line: line.line, column: line.column + line.text.indexOf(rest), item: r.item?.id, rules: evidence(rule) });
  }
  return true;
}

const pastOf = (verb: string): string => /ed$/.test(verb) ? verb : /e$/.test(verb) ? `${verb}d` : /y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;

/** The words an action line stands for, where they are, and the clause number printed before them. */
interface Title {
  text: string;
  line: Line;
  at: number;
  number?: ClauseNumber;
}

/** The recommendations the item put, the list just read above the action line among them. */
function itemPut(r: Reading, item: Item): Clause[] {
  if (r.block && !r.block.pending && r.block.kind === 'recommendation' && r.block.origin === 'report') r.close();
  return r.recommendationsPut(item);
}

/**
 * "Motion: Council Member Lee" / "Second: …" / "Ayes: …" between the item and its action line: the movers named no words,
 * so the action speaks for the item, whose title stands for it (or the recommendation the item put, when it put one).
 */
function movedOnItem(r: Reading): Title | undefined {
  const item = r.item;
  const previous = r.previous;
  if (!previous || !r.motion || r.motion.held.length > 0 || r.block?.pending) return undefined;
  // "a. Resolution No. 2026-R-77, authorizing …" over "Motion: …": the measure on the line over the movers, not the section's title.
  if (r.motion.above) return r.motion.above;
  if (!item) return undefined;
  const origin = r.recommendationPut(item);
  // Any other record in the item already answers for it.
  if (!origin && r.recorded(item.id)) return undefined;
  const where = origin ? { line: origin.line, column: origin.column } : { line: item.position.line, column: item.position.column };
  return { text: origin ? origin.parts.join(' ') : item.title, line: { ...previous, ...where }, at: 0 };
}

const NARRATIVE = /^(?:There\s+(?:was|were)|It\s+was)\s/;

/** The item's title on the line above ("2.1 Approve minutes …", "Item 4.1 Library hours pilot."), when no clause was read from it. */
function titleAbove(r: Reading): Title | undefined {
  const prev = r.previous;
  // By line and column: a page run into one line holds every piece on line 1.
  if (!prev || r.block || r.clauses.some((c) => readFrom(c, prev))) return undefined;
  if (r.item && r.item.position.line === prev.line && r.item.position.column === prev.column) return { text: r.item.title, line: prev, at: Math.max(0, prev.text.indexOf(r.item.title)) };
  // "Item 16. 26-1203" / "Receive report on homeless encampment response." / "Received and filed.": the title on a line of its
  // own under the item's number.
  if (r.item && r.item.position.line < prev.line && prev.text.replace(/[.:]$/, '') === r.item.title) return { text: r.item.title, line: prev, at: 0 };
  const text = prev.text.replace(/^item\s+/i, '');
  // "A. 26-0112 Approval of Minutes …", "B. Appointment to the Library Board": a section letter (no list number elsewhere,
  // where it could be an initial; over an action line it is the item's) and Legistar's file number before the title.
  const parsed = parseNumber(text);
  const rest = (parsed?.rest ?? /^[A-Z]\.\s+(?=[A-Z0-9])(.+)$/.exec(text)?.[1])?.replace(/^\d{2,4}-\d{2,5}\s+(?=[A-Z])/, '');
  // "4. There was submitted a report by the Chief Officer …": a Scottish minute's numbered narrative, no title.
  if (!rest || !/^[A-Z]/.test(rest) || rest.length > 200 || NARRATIVE.test(rest)) return undefined;
  // "b) To note the bank reconciliation …" over "Noted.": a letter or a bracketed number under an item is the clause's own.
  const number = parsed?.number;
  const own = number && /^(?:paren-|alpha-paren|roman-paren|num-paren)/.test(number.style) ? number : undefined;
  return { text: rest, line: prev, at: prev.text.indexOf(rest), ...(own ? { number: own } : {}) };
}

/** "Noted.", "Received and noted.", "Received for information.": the verdict's word alone, in sentence case. */
const LONE_VERDICT = /^(?:noted|received|approved|adopted|accepted|endorsed|ratified|confirmed)(?:\s+and\s+(?:noted|received|filed|approved)|(?<=received)\s+(?:for|as)\s+information)?\s*\.?$/i;

/**
 * "9. Police report" / "PCSO Hale reported three incidents in the parish." / "Noted.": the verdict closing an item's narrative,
 * not under its title line, is the item's decision in its own words, as "NOTED." in capitals is. Not where the item has a
 * record already, nor after a motion, a block or a quoted motion, whose verdict it is.
 */
export function verdictAlone(r: Reading, line: Line): boolean {
  const item = r.item;
  const text = line.text.trim();
  const prev = r.previous;
  if (r.kind !== 'minutes' || !prev || r.motion || r.block || r.quoted || r.amendment || !LONE_VERDICT.test(text)) return false;
  // With no item read (a Scottish minute's numbered paragraphs under titles in capitals), no record just above it.
  if (item ? r.recorded(item.id) : r.clauses.some((c) => c.line >= prev.line - 1)) return false;
  r.commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column + line.text.indexOf(text), item: item?.id, rules: evidence('label.verdict-under-title', 'reader.verdict-alone') });
  return true;
}
