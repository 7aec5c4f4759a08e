import type { Line } from '../../text/line.js';
import { isNext, parseNumber, RESOLUTION_CODE_START, type ClauseNumber, type ParsedNumber } from '../../text/numbering.js';
import { isIntroOnly, matchLabel, matchMarker, VERDICT_AFTER } from '../markers.js';
import { isClauseStart } from '../bare.js';
import { effectsOf, hasAction } from '../effects.js';
import { itemHeading, numberOnly } from '../items.js';
import { FIELD, OPEN_END } from '../unwrap.js';
import { isShouting } from '../../text/shouting.js';
import { SECTION_HEADING } from '../../text/recase.js';
import { SCORE } from '../../text/split.js';
import { leadsToList, numberedInBlock } from './numbered-in-block.js';
import { evidence } from './clause.js';
import { SUM_AT_END, type Reading } from './state.js';

/**
 * "AND THAT …", "And further that …": the next clause of a motion chained by its conjunction; a northern Ontario board's
 * "…; and" / "FURTHER THAT …", the conjunction left on the clause above.
 */
/** A by-law or an ordinance named by its number at a line's start: "By-law 2026-118, being a by-law to …". */
/** A consent agenda adopted by a lead-in that asks for its list: "… approved the consent agenda as follows:". */
const CONSENT_LEAD = /\bconsent\s+(?:agenda|calendar)\b[^:]*:\s*[-–—]?\s*$/i;
/** A quotation opened and not closed: an odd count of straight double quotes, or a curly one left open. */
const QUOTE_OPEN = /^(?:[^"]*"[^"]*")*[^"]*"[^"]*$|“[^”]*$/;
/** A meeting named by its date alone: "Meeting of December 1, 2026", "Meeting held on 3 December 2026". */
const MEETING_DATE_LINE = /^(?:(?:regular|special|ordinary)\s+)?meeting\s+(?:of|held\s+(?:on\s+)?|on)\s*(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\.?$/i;
const BYLAW_START = /^(?:By-?law|Bylaw|BY-?LAW|BYLAW|Ordinance|ORDINANCE)\s+(?:No\.?\s*)?\d[\w-]*\d,?\s/;
const AND_THAT = /^(?:(?:AND|And)\s+(?:(?:FURTHER|[Ff]urther)\s+)?|(?:FURTHER|Further)\s+)(?:THAT|[Tt]hat)\b/;

/** A clause that states what shall or can be, as a declaration or a recital does, not what is decided. */
const MODAL = /\b(?:shall|will|would|should|must|may|can|could)\b/i;

/** A sentence that opens with its movers: "Upon a motion by Councilor Reyes, seconded by Councilor Obi, …". */
const MOVERS_OPEN = /^(?:Upon|On|UPON|ON)\s+(?:a\s+|the\s+|A\s+|THE\s+)?(?:motion|proposal|MOTION|PROPOSAL)\s+(?:by|of|BY|OF)\s+[^,.;]{2,60},\s+(?:seconded|SECONDED)\b/;

/** A line that is only a minute or resolution reference: "Minute No. 25/112", "Resolution number CC/2025/41", "2020/152", "SC 26/88". */
const REFERENCE_ONLY = /^(?:(?:minute|resolution|item|ref(?:erence)?)\s*(?:no\.?|number|#|ref\.?)?\s*)?[A-Z]{0,6}(?:[-/]|\s)?\d{1,5}(?:[-/.]\d{1,5}){0,2}[A-Za-z]?\.?$/i;

/**
 * A line while a block is open: a clause of it, more of its current clause, or (false)
 * something that does not belong to it, which the caller reads afresh. `parsed` is the
 * line's number read after the current clause's ("(i)" after "(h)" is a letter).
 */
export function inBlock(r: Reading, line: Line, parsed: ParsedNumber | undefined): boolean {
  const block = r.block;
  if (!block) return false;
  const text = line.text;
  const clause = r.current();
  // Item headings ("2. LEAVE OF ABSENCE", "## 6. Budget", "6. Any other business") end a decision.
  if (line.heading > 0 || (parsed && isShouting(parsed.rest) && parsed.rest.length < 100 && !/[.;]$/.test(parsed.rest))) return false;
  const clauseText = clause ? clause.parts.join(' ').trim() : '';
  // "… with the following changes: 1. Additions:" then "6.2 School Safety Program": the items it lists, not the next item.
  // "That the following items BE APPROVED:" / "8.1 Winter Report" / "8.2 Appointments …": under a lead-in, the next number in its list.
  // "… the Police Jury adopted the consent agenda as follows by unanimous vote:" over "1. Minutes of …": a consent agenda's
  // lead-in asks for its list (so does "the following items were approved by the following roll call vote:"), so the first
  // number is the list's, not the next item's (a committee's "recommends as follows:" over "1. Report CS-2026-44 – …" heads
  // items that hold their own clauses).
  const first = !clause && block.intro && block.clauses.length === 0 && parsed?.number.value === 1 && (CONSENT_LEAD.test(block.marker?.text ?? '') || (block.rules[0] === 'marker.following-lead-in' && /:\s*$/.test(block.marker?.text ?? '')));
  const listed = first || (Boolean(clause) && (/:$/.test(clauseText) || (clause?.lastSub?.style === parsed?.number.style && !leaps(clause?.lastSub, parsed?.number)) || Boolean((block.intro || block.lead) && parsed && clause?.number && isNext(clause.number, parsed.number))));
  // "(a) Letter from the County Council … – noted." then "(b) Request for a donation …": a verdict printed after its matter
  // is the whole decision, so the next line is the next matter, with a verdict of its own or none ("Proposed G. Ross, …"
  // under "Minutes of the previous meeting: approved." names its movers). Closed before the next item's heading is
  // tested, so "4. Treasurer's report: balance £2,184.60 – approved." after "3. Letter … – noted." is item 4, no clause of 3.
  if (VERDICT_AFTER.has(block.rules[0] ?? '')) {
    r.close();
    return false;
  }
  // "3. Harbor Committee - mooring fees The Harbor Committee asked …." under item 2: the next item's number and its title, the
  // minute's sentence run on after it (not "6. Whistleblowing policy Decided:", a label the heading would swallow).
  if (parsed && !listed && /^(?:num-dot|bare-num|decimal)$/.test(parsed.number.style) && (!/[.;,:]$/.test(parsed.rest) || (/\.$/.test(parsed.rest) && r.followsItem(parsed.number))) && itemHeading(line)) return false;
  // "… in 2027."" then "13.2" alone: the next item's number after the clause's end, its title on the line below.
  if (parsed && !parsed.rest && !listed && CLAUSE_END.test(clauseText) && r.followsItem(parsed.number)) return false;
  // "… the Board approved Consent Agenda Items 3 through 9:" / "AYES: …" / "10. Health and Human Services – Adopt …": a number
  // past the range the lead-in names is the next item's.
  const past = parsed && !clause && /^(?:num-dot|bare-num)$/.test(parsed.number.style) ? CONSENT_RANGE.exec(block.marker?.text ?? '') : null;
  if (past && parsed!.number.value > Number(past[1]) && consentAlone(r)) return false;
  if (parsed) return numberedInBlock(r, line, parsed, clause, clauseText);
  if (line.bullet) {
    if (!block.level && block.intro && !block.parent) {
      block.level = 'bullet';
      r.start(text, line);
      return true;
    }
    // "• AGREED that a further update be brought …;" then "• ASKED the ICB to provide …": the marker was one bullet of a
    // list of decisions, so the next bullet, after a clause ended by a semicolon or opening with a verb in capitals, is the
    // next decision (after a full stop, "• K. Bares presented …" is the meeting's narrative).
    // A bullet cut from the marker's own line ("…; - agreed to …; and - requested …", a list run into one line) is the next one too.
    const sibling = block.marker?.bullet && (block.marker.line !== line.line || block.marker.column !== line.column) && !block.intro && !leadsToList(clauseText) && (/;\s*(?:and)?$/.test(clauseText) || /^[A-Z]{3,}E?D\b/.test(text));
    if (block.level === 'bullet' || sibling) {
      r.start(text, line);
      return true;
    }
    // "2. That this resolution is subject to the following conditions:" then "• … the Provincial Policy Statement." and "• That
    // the applicant will be responsible …": every bullet of the list the clause opened.
    // "(a) Receives the report "Long Term Plan Amendment" / "- Water Services Delivery Plan"; and": a title's dash wrapped
    // to the margin, inside a quotation still open, is no bullet of a list.
    if (clause && (leadsToList(clauseText) || /[;,]$|\band$/.test(clauseText) || clause.bullets || QUOTE_OPEN.test(clauseText))) {
      clause.parts.push(text);
      clause.bullets = true;
      return true;
    }
    return false;
  }
  // "(Marsh/Obi)" on a line of its own: who moved and seconded, no part of the clause.
  if (/^\(\s*[\p{Lu}][\p{L}’'. -]+\/\s*[\p{Lu}][\p{L}’'. -]+\)$/u.test(text)) return true;
  // "(Unanimously)", "(By 6 votes to 1)" on a line of its own: how the clause above was carried, no part of it.
  if (/^\((?:unanimously|nem\.?\s*con\.?|(?:carried\s+)?unanimously|carried|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}|\d{1,3}\s*[-–]\s*\d{1,3})\)\.?$/i.test(text)) return true;
  // "offered the following Consent Agenda resolutions …:" / "R-2026-188 Authorizing …" / "R-2026-189 …": one resolution a
  // number, the number no part of its words.
  if (block.intro && RESOLUTION_CODE_START.test(text)) {
    const code = /^\S+\s+/.exec(text)![0];
    r.start(text.slice(code.length), { ...line, text: text.slice(code.length), column: line.column + code.length });
    return true;
  }
  if (!clause) return firstUnderMarker(r, line);
  // "That the following by-laws be read a first, second and third time and finally passed:" / "By-law 2026-118, being a by-law
  // to …;" / "By-law 2026-119, being …": one by-law a line, each passed.
  if (block.intro && BYLAW_START.test(text) && BYLAW_START.test(clause.parts[0] ?? '')) {
    r.start(text, line);
    return true;
  }
  // "R-2027-033 Appointing Maria Delgado as Assistant Tax Collector" then "ORDINANCES – INTRODUCTION": a coded resolution's
  // title ends on its line, and a line in capitals under it is the next heading, blank line or none.
  if (RESOLUTION_CODE_START.test(r.previous?.text ?? '') && clause.parts.length === 1 && isShouting(text)) return false;
  if (!clauseText) {
    clause.parts.push(text);
    return true;
  }
  const ended = CLAUSE_END.test(clauseText);
  // "The Committee of the Whole recommends:" / "CW-2026-031" / "That …" / "CW-2026-032" / "That …": each recommendation under
  // its number, the number none of its words and no end to the list.
  if (block.intro && (ended || /;$/.test(clauseText)) && REFERENCE_ONLY.test(text) && /^[A-Z]{1,6}[-/ ]?\d{2,4}[-/]\d{1,5}/.test(text)) return true;
  // "That … BE RECEIVED; and further," then "That Administration REPORT BACK …": Canadian minutes chain their clauses.
  const chained = /(?:;\s*(?:and|AND)(?:\s+(?:further|FURTHER))?\s*,?|[;,]\s*(?:and|AND)\s+(?:further|FURTHER)\s*,?)$/.test(clauseText);
  // Under no marker, only "and further" says so: a notice's "…; and" / "THAT …" recitals stay one.
  if (chained && block.level === 'plain' && /^(?:That|THAT)\b/.test(text) && (!block.bare || /(?:further\s*,?|and\s*,)$/i.test(clauseText))) {
    r.start(text, line);
    return true;
  }
  // "That the Fire Master Plan be endorsed in principle; and" then "That staff report back with …": an Ontario committee's
  // report lists its recommendations under no marker, each a decision by its own shape, where a recital ("That the Council
  // notes …") would not be, nor a chair's declaration ("THAT the Executive Director shall be physically present …; and").
  if (chained && block.bare && block.level === 'plain' && block.rules.includes('reader.bare-clause') && /^(?:That|THAT)\s/.test(clauseText) && /^(?:That|THAT)\s/.test(text) && !MODAL.test(clauseText) && !MODAL.test(text) && (r.qualifies(text, false) || hasAction(text, effectsOf(text)))) {
    r.start(text, line);
    return true;
  }
  // "THAT Council receive Report PW-2026-31;" then "AND THAT Council approve …" and "AND FURTHER THAT staff report back …":
  // an Ontario motion's clauses, each its own decision; the shout says so even where no marker opened the block.
  if (AND_THAT.test(text) && block.level === 'plain' && /(?:[;.]|\b(?:and|AND))$/.test(clauseText) && (!block.bare || /^(?:AND|FURTHER)\b/.test(text))) {
    r.start(text, line);
    return true;
  }
  // "… report back in November 2025." then "(Reference: Report by the Head of Service dated 22 April 2025, submitted)": an
  // aside in brackets after the clause's end is none of it, and the list may go on below it.
  if (ended && /^\([^()]{3,}\)\.?$/.test(text)) return true;
  // "Motion to open the hearing by X, seconded by Y." / "All in favor." / "No one from the public wished to speak.": after the
  // vote, a sentence in the minutes (or the next heading), not more of the decision voted on.
  if (r.voteLine && r.voteLine === r.previous && /^[A-Z]/.test(text) && !/^(?:That|THAT)\b/.test(text)) return false;
  // "Committee decision: Grant subject to conditions" then "Voting: Unanimous": a record of decisions' next field.
  // "Decision: Approved subject to conditions" with its label split from it reads the same.
  // A schedule's "Decision:" / "APPROVED subject to conditions" then "Application No: 26/02140/OUT" (or the label alone, its
  // value wrapped onto the next line): the next application's field.
  if ((block.rules[0] === 'marker.decision-inline' || block.rules[0] === 'marker.upper-outcome' || (block.rules[0] === 'marker.decision-heading' && clause.line === r.regionAt?.line)) && clause.parts.length === 1 && (FIELD.test(text) || /^[A-Z][a-z]+(?:\s+[A-Za-z]+){0,2}\s*:$/.test(text))) return false;
  // "… resolved to award grants as follows:" / "· Bowling Club – £500" / "· Friends of the Library – £250" / "Cllr Hughes left
  // the room for this item.": the list of sums ends with its bullets, and the sentence after it is the minutes' own.
  if (r.previous?.bullet && !line.bullet && SUM_AT_END.test(r.previous.text) && /^[A-Z]/.test(text) && /[.!?]$/.test(text) && !SUM_AT_END.test(text)) return false;
  if (!line.gap) {
    // "That … is approved." then "That … is approved for consultation.", "That Report … be received;" then "That Council
    // approve …": one clause a line when nothing separates them; a Quebec council's "TO award …;" then "TO authorize …" too, and a
    // New Zealand board's "THAT the report be received, and" then "THAT the Board grants …".
    if ((ended || /;\s*(?:and|AND)?$/.test(clauseText) || (/,\s*(?:and|AND)$/.test(clauseText) && /^(?:That|THAT)\b/.test(text))) && block.level === 'plain' && !block.bare && /^(?:That|THAT|(?:To|TO)\s+[a-z]+)\b/.test(text)) {
      r.start(text, line);
      return true;
    }
    if (ended && /^[A-Z]/.test(text) && !/^(?:That|THAT)\b/.test(text)) return false;
    // "… (list attached)." then "131.2 Internal auditor: …": a paragraph's number too long for a list's is the next paragraph.
    if (ended && /^\d{3,4}\.\d{1,2}\.?\s+\S/.test(text)) return false;
    // "RESOLVED: no objection." then "26/1519/FUL Land at Kiln Lane …": the next application, under its reference.
    if (ended && /^(?:[A-Z]{1,4}\/)?\d{1,4}\/\d{1,6}(?:\/[A-Z0-9]{1,6})?\s/.test(text)) return false;
    // "… from Mrs A Quinn." then "2" alone: the next item's number, not more of the clause.
    if (ended && numberOnly(text)) return false;
    // "2. That … for consideration." then "List of Appendices Included": a heading, with no blank line to say so.
    // "… ROAD REPAIR PRIORITIES" then "REGULAR AGENDA": a US agenda's section heading, however the clause above ended.
    if ((ended && looksLikeHeading(text)) || itemHeading(line) || SECTION_HEADING.test(text)) return false;
    // "c. Special event permit - Lantern Walk" then "Upon a motion by Councilor Reyes, seconded by …, the Council voted …": the
    // movers open a sentence of their own, not more of a consent item's title.
    if (MOVERS_OPEN.test(text)) return false;
    clause.parts.push(text);
    return true;
  }
  // "THAT Council award …;" / (blank) / "THAT the Director General be authorized …": a motion's clauses, a blank line apart.
  if (/;$/.test(clauseText) && block.level === 'plain' && !block.bare && /^(?:That|THAT)\b/.test(text)) {
    r.start(text, line);
    return true;
  }
  // "… supply and installation of new" / "Page 3 of 7" / "Christmas lights on the High Street …": cut by the page, not ended.
  // "… be reported to this" / (blank) / "Committee in March 2027; and": cut on any word that cannot end a clause.
  if (!ended && (/^[a-z(]/.test(text) || /[,;:]$|\bbe$/.test(clauseText) || OPEN_END.test(clauseText) || (line.pageBreak && !itemHeading(line)))) {
    clause.parts.push(text);
    return true;
  }
  if (block.level === 'plain' && /^(?:that|to)\b/i.test(text) && !block.bare) {
    r.start(text, line);
    return true;
  }
  return false;
}

/**
 * A list number far past the sub-list's last ("2." then "90. 25/01103/LBC – 4 Market Place"): the next minute, not reason 90.
 * Decimals may leap ("5.3 Snow Clearing" then "6.4 Bylaw 2291" are the agenda items a clause lists).
 */
function leaps(last: ClauseNumber | undefined, next: ClauseNumber | undefined): boolean {
  return Boolean(last && next && next.style !== 'decimal' && next.value > last.value + 1);
}

/** A clause's stop, or "… to Hadley Hospitality Inc. (3-0)": the vote's count in brackets ends a clause as its stop does. */
const CLAUSE_END = new RegExp(String.raw`[.!?]["”’)]*$|\(${SCORE}\)$`);

/** The consent agenda's approval that a lead-in's colon ends: "…, the Board approved Consent Agenda Items 1 through 9:". */
const CONSENT_LEAD_IN = /(?:^|,\s+)((?:the\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:approved|adopted)\s+(?:the\s+)?consent\s+(?:calendar|agenda)\b[^:;]*?)\s*[:;\-–—]*\s*$/i;

/** The range of items a consent lead-in approves: "… Consent Agenda Items 3 through 9:". */
const CONSENT_RANGE = /\b\d{1,3}\s+(?:through|thru|to|[-–])\s+#?(\d{1,3})\s*[:;\-–—]*\s*$/i;

/** A consent lead-in that listed no item of its own, committed as the decision itself; false where the block is none. */
function consentAlone(r: Reading): boolean {
  const block = r.block!;
  const consent = block.intro && block.rules[0] === 'marker.following-lead-in' && block.marker ? CONSENT_LEAD_IN.exec(block.marker.text) : null;
  if (!consent) return false;
  r.block = undefined;
  r.commit({ kind: 'resolution', parts: [consent[1]], line: block.marker!.line, column: block.marker!.column + consent.index + consent[0].indexOf(consent[1]), item: r.item?.id, rules: evidence(...block.rules, 'reader.consent-lead-in-alone') });
  return true;
}

/** "In accordance with the Motion.", "In terms of the Amendment": the decision is the words put under that heading above. */
const IN_ACCORDANCE = /^(?:in\s+(?:accordance\s+with|terms\s+of)\s+the\s+(motion|amendment))\s*\.?$/i;

/**
 * A Scottish committee's "Resolved:" / "In accordance with the Motion.": the words printed under the nearest "Motion (…)" (or
 * "Amendment (…)") heading above, within the item, or undefined where the text says no such thing.
 */
export function inAccordance(r: Reading, text: string): { text: string; line: Line } | undefined {
  const which = IN_ACCORDANCE.exec(text)?.[1];
  if (!which) return undefined;
  const heading = new RegExp(`^${which}\\s*(?:\\([^()]{2,120}\\))?\\s*:?\\s*$`, 'i');
  // The heading and its words run into one line ("Amendment (Councillor Imrie, seconded by …) Grant planning permission …").
  const runIn = new RegExp(`^${which}\\s*\\([^()]{2,120}\\)\\s+(?=[A-Z])`, 'i');
  for (let i = r.at - 1; i > 0 && r.at - i <= 20; i--) {
    const l = r.lines[i];
    if (r.item && l.line < r.item.position.line) return undefined;
    const under = r.lines[i + 1];
    if (heading.test(l.text) && under && under !== r.lines[r.at]) return { text: under.text, line: under };
    const run = runIn.exec(l.text);
    if (run) return { text: l.text.slice(run[0].length), line: { ...l, text: l.text.slice(run[0].length), column: l.column + run[0].length } };
  }
  return undefined;
}

/** The first unnumbered line under a marker that had no clause of its own ("RESOLVED:" then "That …"). */
function firstUnderMarker(r: Reading, line: Line): boolean {
  const block = r.block!;
  const text = line.text;
  // "Resolved (Cr Brown / Cr Carr)" then "That Council:": a shared subject, clauses below. Under a numbered heading ("2. Ngā
  // tūtohunga / Recommendations" / "That the Infrastructure Committee:" / "a) receives …") the list is the subject's own, not
  // the heading's sub-numbers.
  if (block.intro && isIntroOnly(text)) {
    if (block.parent && /^that\b/i.test(text)) block.parent = undefined;
    return true;
  }
  // "Resolved:" / "In accordance with the Motion.": the motion's words above are the decision.
  const put = block.intro && block.kind === 'resolution' && block.clauses.length === 0 ? inAccordance(r, text) : undefined;
  if (put) {
    block.rules = evidence(...block.rules, 'reader.in-accordance-with');
    r.start(put.text, put.line);
    return true;
  }
  // "COUNCIL RESOLUTION" then "Minute No. 25/112": the reference, not the clause.
  if (block.intro && REFERENCE_ONLY.test(text)) return true;
  // A committee report's masthead, "RECOMMENDATIONS TO COUNCIL" over "Meeting of December 1, 2026": the date of the meeting
  // that made them, not the first.
  if (block.intro && block.clauses.length === 0 && MEETING_DATE_LINE.test(text)) return true;
  // "RESOLVED 453/26" / "On the motion of Cr Lund and Cr McPhee" / "That Council place …": who moved it, on its own line.
  if (block.intro && /^on\s+the\s+(?:motion|proposal)\s+of\s+[^.;:]{2,80}$/i.test(text)) return true;
  if (block.listOnly) return false;
  // "… and carried by the following vote, the Board approved Consent Agenda Items 1 through 9:" / "AYES: …" / "NOES: None" /
  // "ITEM 10 – PUBLIC HEARING …": the items stand on the agenda, not here, so the next item's heading ends the lead-in, which
  // is the decision itself; so does the next section's heading in capitals ("REGULAR AGENDA"), no item listed before it.
  if ((itemHeading(line)?.number !== undefined || (block.clauses.length === 0 && SECTION_HEADING.test(text))) && consentAlone(r)) return false;
  // "RESOLUTION NO. 2026-41" / "WHEREAS, the Village has received a grant …": the recitals before "NOW, THEREFORE, BE IT
  // RESOLVED" say why, not what was resolved; so under "… the Board adopted the following resolution by a vote of 5-0:".
  if (block.intro && /^marker\.(?:resolution-label|following-lead-in)$/.test(block.rules[0] ?? '') && /^WHEREAS\b/i.test(text)) return true;
  // "… GRANT – Adopted" / "Resolution No. 2026-98." / (blank) / "PUBLIC HEARINGS": a number cited at a line's start, then the
  // next section's heading after a blank line, is no resolution with that heading for its words.
  if (block.intro && block.rules[0] === 'marker.resolution-label' && line.gap && isShouting(text) && !/[.;:,]$/.test(text) && text.length < 60) {
    r.close();
    return false;
  }
  // "RESOLUTION 2026-11-214" / "Purchase of a snow removal vehicle" / "IT IS PROPOSED BY …": Quebec prints the resolution's
  // title between its number and its movers; the clause is the "THAT …" after them.
  if (block.intro && block.rules[0] === 'marker.resolution-label' && !/^(?:that|to\s+[a-z]+)\b/i.test(text) && !/[.;:]$/.test(text) && titleOverMovers(r, line)) return true;
  // "Part C" (Christchurch: decided under delegation) between the marker and its clauses says who decided, not what.
  if (block.intro && /^Part\s+[A-D]$/.test(text)) return true;
  // "Officer recommendation accepted." then "Member Ward/Member Koroi  Carried": the verdict had no clause printed after it.
  if (block.verdict && !isClauseStart(text)) {
    r.close();
    return false;
  }
  // "agreed the following:" then "Notice of Motion – Clothing Banks" over each decision: a sub-heading, not the first clause.
  if (block.intro && /\s[-–—]\s/.test(text) && looksLikeHeading(text)) return true;
  if (block.parent || block.kind === 'recommendation' && block.origin === 'external') return false;
  if (block.kind === 'recommendation' && block.origin === 'report' && !block.intro) return false;
  if (block.origin === 'report' && !isClauseStart(text) && block.marker && /recommendation/i.test(block.marker.text)) return false;
  // "That (1) a Leader and Cabinet model be adopted;" then "(2) …": the shared "That" opens a list.
  const opened = /^(?:that|THAT|That)\s+(?=\(?(?:1|a|i|A)[.)]\s)/.exec(text);
  const inner = opened ? parseNumber(text.slice(opened[0].length)) : undefined;
  if (inner) {
    block.level = inner.number.style;
    r.start(inner.rest, line, inner.number, line.column + opened![0].length);
    return true;
  }
  block.level = 'plain';
  r.start(text, line);
  return true;
}

/**
 * The line after this one (or after the recitals) names who moved the motion, and a "THAT …" or "and resolved to …" follows
 * them: this line is the resolution's title
 * ("Request to the Ministry of Transport" reads as an order, but the motion is the "THAT …" below). With no "THAT" the
 * title is the resolution, as New Jersey's "RESOLUTION 2027-31" / "AUTHORIZING THE PURCHASE …" / "Offered by: …" are.
 */
function titleOverMovers(r: Reading, line: Line): boolean {
  // "Snow removal contract" / "WHEREAS …" / "It is moved by …": the recitals may stand between the title and its movers.
  const lines = r.following(line, 9);
  // A title in capitals cut at the margin ("… ICE AGREEMENT" / "WITH THE COUNTY") runs on to its movers too.
  const k = lines.findIndex((l) => !/^WHEREAS\b/i.test(l.text) && !(!/[a-z]/.test(l.text) && !l.gap && !matchLabel(l.text, r.lex) && !matchMarker(l.text, r.lex)));
  const next = k === -1 ? undefined : lines[k];
  // "It is moved by …, seconded by …," / "and resolved to adopt the agenda as presented.": the decision after the movers.
  // "On motion of …, the following resolution was ADOPTED  AYES 4  NAYS 1" over "RESOLVED, that …": a New York town board's.
  return next !== undefined && (matchLabel(next.text, r.lex)?.kind === 'moved' || matchMarker(next.text, r.lex)?.rule === 'marker.following-lead-in')
    && lines.slice(k + 1, k + 5).some((l) => /^(?:THAT|That)\b|^(?:and\s+)?(?:it\s+(?:is|was)\s+)?(?:unanimously\s+)?(?:resolved|agreed)\b/i.test(l.text));
}

/** A short line of capitalised words with no closing punctuation: "List of Appendices Included". */
function looksLikeHeading(text: string): boolean {
  if (text.length > 60 || !/^[A-Z]/.test(text) || /[.;:,!?]$/.test(text) || /^(?:That|THAT|To)\b/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => !/^(?:and|of|the|for|to|in|on|at|a|an|by|with|&|-|–)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^[A-Z0-9(]/.test(w)).length / words.length >= 0.75;
}
