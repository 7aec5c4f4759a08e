import type { VFile } from 'vfile';
import type { Line } from '../text/line.js';
import type { DocumentKind } from '../types.js';
import { parseNumber, type ParsedNumber } from '../text/numbering.js';
import { matchMarker, VERDICT_AFTER, type Marker } from './markers.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { itemHeading, tidyTitle } from './items.js';
import type { Locator } from '../text/locate.js';
import { evidence, type Clause, type ReadResult } from './reading/clause.js';
import { Reading } from './reading/state.js';
import { allInFavour, instrumentTitle, legistarRow, numberDashTitle, quotedAgreed, quotedRunOn, recommendationAdopted, tableDecision, voterList } from './reading/settled-lines.js';
import { carried, onLabel } from './reading/labels.js';
import { inAccordance, inBlock } from './reading/in-block.js';
import { externalBelow, onMarker } from './reading/on-marker.js';
import { pendingTitle, unmarkedLine } from './reading/unmarked.js';
import { dropCutClause } from './reading/cut-clause.js';
import { passTabled } from './reading/tabled-motion.js';

export type { ReadResult } from './reading/clause.js';

/**
 * Read lines into clauses. A marker opens a block; numbered lines, bullets and
 * continuation lines fill it; a label, a heading, a new item or narrative closes it.
 * The state between lines is `Reading`'s; each step below reads one kind of line.
 */
export function readClauses(lines: Line[], kind: DocumentKind, file: VFile, locator?: Locator, lex: Lexicon = lexiconFor()): ReadResult {
  const r = new Reading(lines, kind, file, locator, lex);
  for (const [i, line] of lines.entries()) {
    r.at = i;
    readLine(r, line);
    r.previous = line;
  }
  r.flushMotion();
  dropCutClause(r.clauses, lines, file);
  return { clauses: withoutStandIns(r.clauses, lines), items: r.items, claimed: r.claimed };
}

/**
 * "The substantive motion was then put and carried nem con." stood for the decision only
 * while nothing else in its item did: a "RESOLVED – That …" printed just after it is the record.
 * So did a Scottish motion ("Councillor Mackie, seconded by Councillor Doyle, moved that the
 * recommendations be approved.") with clauses of its own under the "Decision" heading below it.
 * A planning status line ("Planning permission GRANTED subject to conditions.") after the
 * item's carried motion repeats it, and a US verdict line ("Ordinance 2024-12 adopted.") the
 * motion it names.
 */
// "The motion was accordingly carried and the Committee" / "resolved:-": a Scottish lead wrapped before its verb, bare.
const DECIDED_LEAD = /^(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}(?:resolved|agreed|decided)\s*(?::-?|[-–—])|(?:resolved|agreed|RESOLVED|AGREED|Resolved|Agreed)\s*:-)\s*$/;

function withoutStandIns(clauses: Clause[], lines: Line[]): Clause[] {
  // The "Decision" headings' line numbers, found once: a document may hold thousands of motions.
  // So are a Scottish committee's "The Committee resolved:-" over its lettered decisions after the division.
  // By line and column: a page run into one line holds the motion, the heading and the clauses under it on one line.
  const decisions = lines.filter((l) => /^decisions?\s*[:.]?$/i.test(l.text) || DECIDED_LEAD.test(l.text)).map((l) => ({ line: l.line, column: l.column }));
  // The last clause kept: a motion dropped for the "Decision" below it leaves that decision's status line standing.
  let kept: Clause | undefined;
  return clauses.filter((c, i) => {
    const keep = standsAlone(c, i);
    if (keep) kept = c;
    return keep;
  });

  function standsAlone(c: Clause, i: number): boolean {
    // The motion is read in full only at its end, so it may stand after the verdict in `clauses`: a few either side suffice.
    // "Proposed by Cllr. D. Kiely …" / "“That … approves the disposal of the property …”" / "The disposal was approved.": a
    // passive sentence gives the quoted motion's fate in its own words only with the motion's verb among them.
    const verdict = c.rules[0] === 'outcome.telegraphic' || c.rules[0] === 'outcome.passive';
    if (verdict && clauses.slice(Math.max(0, i - 8), i + 9).some((d) => echoesMotion(c, d) && (c.rules[0] === 'outcome.telegraphic' || sameVerb(c, d)))) return false;
    if (c.item === undefined) return true;
    if (c.rules[0] === 'marker.item-verdict' && kept?.item === c.item && c.line - kept.line <= 12) return false;
    // The motion's own lettered clauses are no decision below it: "(a) approve …" / "(b) instruct …" / "Decision" / "(a) approved …".
    if (c.rules[0] === 'label.mover-verb') {
      let k = i + 1;
      while (clauses[k]?.rules[0] === 'label.mover-verb' && clauses[k].item === c.item) k++;
      const after = clauses[k];
      if (after?.item === c.item && after.line >= c.line && decisions.some((n) => below(n, c) && below(after, n))) return false;
    }
    if (restated(c, clauses, i) || titleRestated(c, clauses, i) || overtaken(c, clauses, i)) return false;
    if (!c.rules.includes('reader.vote-only-record')) return true;
    for (let k = i + 1; k < clauses.length && clauses[k].item === c.item; k++) {
      const d = clauses[k];
      // Below it, by line and column: a paragraph joined into one line holds both on one source line.
      if (below(d, c) && d.line - c.line <= 12 && d.rules.some((id) => DECIDED.test(id))) return false;
    }
    return true;
  }
}

/**
 * A motion that adopts another body's recommendation without printing it: "that the recommendation of the Cabinet be adopted".
 */
const ADOPTS_RECOMMENDATION = /^that\s+the\s+(?:[\w’'-]+\s+){0,3}recommendations?\b[^.;]{0,80}\bbe\s+(?:adopted|approved|agreed|accepted|endorsed)\.?$/i;

/**
 * "Councillor Ward moved that the strategy be approved, seconded by Councillor Lee." / "On being put to the vote the motion
 * was carried." / "RESOLVED: That the Tenancy Strategy 2025-2030 be approved.": the carried motion and the resolution
 * printed just below it are one decision, and the resolution is its record. Only when the resolution's words hold most of
 * the motion's: "… moved that the report be noted. Carried." then "RESOLVED: That the Director report back" is two.
 */
function restated(c: Clause, clauses: Clause[], i: number): boolean {
  // A Scottish mover's "moved that …" with no verdict printed stood unopposed; the sentence below may restate it too.
  const unopposed = c.rules[0] === 'label.mover-verb' && c.rules.length === 1;
  if (!(c.rules.some((id) => CARRIED.test(id)) || unopposed) || !c.rules.some((id) => MOVED.test(id))) return false;
  const later: string[] = [];
  // A motion with no verdict word is read in full only at its end, after the sentence below it: look either side.
  for (let k = unopposed ? Math.max(0, i - 8) : i + 1; k < clauses.length; k++) {
    const d = clauses[k];
    // Counted in source lines, which a page hard-wrapped at the margin doubles: 24 of them hold a dozen printed ones.
    if (k > i && (d.item !== c.item || d.line - c.line > 24)) break;
    if (k === i || d.item !== c.item || !below(d, c)) continue;
    // "… moved that the Committee approve the allocation …" / "The Committee approved the allocation …": an outcome sentence
    // restates it as a marker's clause does.
    if (DECIDED.test(d.rules[0]) || /^outcome\.(?:active|passive)$/.test(d.rules[0])) later.push(d.parts.join(' '));
  }
  if (!later.length) return false;
  const text = c.parts.join(' ');
  // "… seconded …, that the recommendation of the Cabinet be adopted." / "… declared carried." / "RESOLVED: That the Council
  // Tax Support Scheme … be adopted …": the resolution below prints what the recommendation moved was, in its own words.
  if (ADOPTS_RECOMMENDATION.test(text)) return true;
  const theirs = new Set(contentWords(later.join(' ')));
  const ours = contentWords(text);
  if (ours.length > 0 && ours.filter((w) => theirs.has(w)).length / ours.length >= 0.6) return true;
  // "… moved that the application be refused on the grounds of …" then "RESOLVED: That planning permission be REFUSED for the
  // following reasons: 1. …": a planning decision restated with its reasons in other words, the same verdict on the application.
  const verdict = disposal(text);
  return verdict !== undefined && later.some((t) => (disposal(t) ?? bareDisposal(t)) === verdict);
}

/**
 * "Motion (Councillor Kerr, seconded by Councillor Ritchie): That the application be granted in full." / "Amendment (…): That
 * £1,500 be awarded." / "… The Convener used her casting vote for the amendment." / "Resolved: That an award of £1,500 be
 * made …": a Scottish committee's motion with no verdict of its own, then the decision under its marker in the same item; the
 * marker's words are the record, whichever side won.
 */
function overtaken(c: Clause, clauses: Clause[], i: number): boolean {
  if (c.rules[0] !== 'label.motion-paren' || c.rules.some((id) => CARRIED.test(id))) return false;
  for (let k = i + 1; k < clauses.length; k++) {
    const d = clauses[k];
    if (d.item !== c.item || d.line - c.line > 24) break;
    if (below(d, c) && DECIDED.test(d.rules[0])) return true;
  }
  return false;
}

/** "DECISION: REFUSED for the reason set out above.": the verdict alone, on the application the motion named. */
function bareDisposal(text: string): string | undefined {
  const m = /^(refus|grant|approv|defer)(?:e|ed)\b/i.exec(text);
  return m && text.split(/\s+/).length <= 12 ? verdictOf(m[1]) : undefined;
}

/**
 * "5.2 Approval of 2027-28 Instructional Calendar" / "Motion: Trustee Morrison  Second: Trustee Chen" / "Vote: 4-1" / "The
 * 2027-28 Instructional Calendar was approved.": the item's title stood in for a motion printed without words, and the outcome
 * sentence just below names the same matter in the words of a decision: that sentence is the record.
 */
function titleRestated(c: Clause, clauses: Clause[], i: number): boolean {
  if (!c.rules.includes('reader.item-title-motion')) return false;
  const title = new Set(contentWords(c.parts.join(' ')));
  for (let k = i + 1; k < clauses.length && clauses[k].item === c.item && clauses[k].line - c.line <= 8; k++) {
    const d = clauses[k];
    if (/^outcome\.(?:passive|active)$/.test(d.rules[0]) && contentWords(d.parts.join(' ')).some((w) => title.has(w))) return true;
  }
  return false;
}

/** `d` printed after `c`: on a later line, or further along the same one where a paragraph was joined into one line. */
const below = (d: { line: number; column: number }, c: { line: number; column: number }): boolean => d.line > c.line || (d.line === c.line && d.column > c.column);

/** A verdict's stem as one word: approval is a grant. */
function verdictOf(stem: string): string {
  return stem.toLowerCase().replace('approv', 'grant');
}

/**
 * "Motion to adopt Ordinance 2024-12 on second reading was made by …, seconded by …" / a roll call / "Ordinance 2024-12
 * adopted.": the verdict line names the matter of the motion just above it, and is that motion's result, not a second decision.
 * Only when every word of the verdict's matter is in the motion: "Motion to approve the minutes …" then "Warrant approved." is two.
 */
function echoesMotion(c: Clause, motion: Clause): boolean {
  if (motion.item !== c.item || c.line <= motion.line || c.line - motion.line > 6) return false;
  if (!motion.rules.some((id) => MOVED.test(id) || id === 'label.motion-to-by')) return false;
  const matter = contentWords(c.parts.join(' ')).slice(0, -1);
  const words = new Set(contentWords(motion.parts.join(' ')));
  return matter.length > 0 && matter.every((w) => words.has(w)) && /\d|\s\S+\s/.test(c.parts.join(' '));
}

/** The verdict's verb ("was approved") in the motion too ("approves the disposal"), by its first five letters. */
function sameVerb(c: Clause, motion: Clause): boolean {
  const verb = /(\w{5})\w*[.;]?\s*$/.exec(c.parts.join(' '))?.[1].toLowerCase();
  return verb !== undefined && motion.parts.join(' ').toLowerCase().includes(verb);
}

/** What a planning (or licensing) decision is about, and what it does to it. */
const PERMISSION = /\b(?:application|permission|consent|licen[cs]e)\b/i;
const DISPOSAL = /\b(refus|grant|approv|defer)(?:e|ed|al|ing)?\b/i;

/** The verdict a planning decision gives ("refus", "grant", "defer"; approval is a grant), or undefined for any other decision. */
function disposal(text: string): string | undefined {
  const stem = PERMISSION.test(text) ? DISPOSAL.exec(text)?.[1] : undefined;
  return stem ? verdictOf(stem) : undefined;
}

const CARRIED = /^label\.(?:carried|carried-sentence|carried-on-vote|declared-carried|motion-carries|seconded-and-agreed|this-was-agreed|main-motion-carried)$/;
const MOVED = /^label\.(?:moved-by|moved-alone|moved-councillor|seconded-after-name|motion-by|made-motion|mover-verb)$/;

function contentWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !/^(?:that|this|these|those|with|from|which|will|shall|have|been|into|their|there)$/.test(w));
}

/** Markers that print the decision itself, as "RESOLVED – That …" and a committee's "RECOMMENDED to Council that …" do. */
const DECIDED = /^marker\.(?:resolved|agreed|decision|be-it-resolved|now-therefore|body-resolved|resolution-label|voted|determined|ordered|recommended)\b/;

/** One line through the steps, in order; the first step that reads it ends its turn. */
function readLine(r: Reading, line: Line): void {
  if (passTabled(r, line)) return;
  if (quotedRunOn(r, line) || quotedAgreed(r, line)) return;
  const parsed = parseNumber(line.text);
  if (parsed || line.gap) r.paragraph = parsed?.number;
  if (line.gap && r.aside) r.aside = undefined;
  if (externalBelow(r, line) || allInFavour(r, line) || recommendationAdopted(r, line) || tableDecision(r, line) || legistarRow(r, line) || instrumentTitle(r, line) || numberDashTitle(r, line) || voterList(r, line) || onLabel(r, line)) return;
  // "Alternative options considered and rejected:" / "Not to run a scheme – rejected as …": an argument, not a decision,
  // until the next item or decision, where no blank line came first (text taken from a PDF).
  const found = matchMarker(line.text, r.lex);
  if (r.aside !== undefined) {
    const decides = DECIDED.test(found?.rule ?? '');
    if (line.heading || decides || itemHeading(line)?.number || (parsed && r.followsItem(parsed.number))) r.aside = undefined;
    else {
      r.aside++;
      r.close();
      return;
    }
  }
  if (r.expectTitle) {
    r.expectTitle = false;
    r.newItem(undefined, tidyTitle(line.text), line);
    return;
  }
  if (pendingTitle(r, line, parsed, found)) return;
  // "That Council:" opens a decision only where nothing else is open: under "Officer
  // Recommendation" or after a mover it is that block's shared subject.
  // "a) agree to fund or decline each application, as follows:" / "LG2705-205 Ridge Rugby League Club – Declined": under a
  // clause that announced its list, a verdict after its matter is a row of that list, not a decision of its own.
  const listed = found?.rule === 'marker.suffix-outcome' && !line.gap && r.current()?.parts.some((p) => /:\s*$/.test(p));
  // "The audit made the following recommendations:" / "1. …" / "2. …" / "The Committee:" / "(a) noted …": an outside body's list
  // is no block for the meeting's subject to yield to.
  const outsideList = r.block?.kind === 'recommendation' && r.block.origin === 'external' && !r.motion;
  const own = (found?.weak && (r.block || r.motion) && !outsideList) || listed ? undefined : found;
  // Numbered lines and continuations go to the open block before any marker test.
  // A capital and a stop starts a list under an intro, or under a clause that asks for one ("… to approve the consent agenda as
  // follows:" / "A. Approve minutes …"); elsewhere "A." is an initial.
  const current = r.block ? r.current() : undefined;
  const listStart = Boolean(r.block && (current ? /^[A-Z]\.\s/.test(line.text) && !current.subStyles && /:\s*[-–—]?\s*$/.test(current.parts[current.parts.length - 1] ?? '') : r.block.intro));
  const inner = r.block ? parseNumber(line.text, current?.number, listStart) : undefined;
  if (r.block && (own === undefined || inner) && inBlock(r, line, inner)) return;
  const marker = own ?? (parsed ? markerAfterNumber(parsed.rest, r.lex) : undefined);
  if (movedRecommendation(r, line, parsed, marker)) return;
  // A Scottish planning committee's "Motion (Councillor Duff, seconded by …)" / "Refuse, for the reasons …" / "Amendment (…)" /
  // "Grant, subject to …" / the roll call / "Resolved:" / "In accordance with the Motion.": the words put under that heading
  // are the decision.
  const words = marker?.kind === 'resolved' ? inAccordance(r, marker.rest) : undefined;
  if (words) {
    r.close();
    r.commit({ kind: 'resolution', parts: [words.text], line: words.line.line, column: words.line.column, item: r.item?.id, rules: evidence(marker!.rule, 'reader.in-accordance-with') });
    return;
  }
  // "Proposal: That …" / "Proposer: …" / "Seconder: …" / "Outcome: Agreed": an Irish district's fields, the outcome a bare
  // verdict on the motion they name, which is the decision.
  // An Irish notice of motion printed in quotes, its proposer, seconder and the executive's reply, then "Resolved: Adopted.":
  // the marker's bare verdict carries the quoted motion.
  const quotedHeld = r.quoted !== undefined && !r.quotedOpen && !r.block && marker?.kind === 'resolved';
  if ((marker?.rule === 'marker.decision-inline' || quotedHeld) && (quotedHeld || (r.motion && (r.block?.pending || (r.motion.held.length > 0 && !r.block)))) && BARE_OUTCOME.test(marker!.rest)) {
    carried(r, line, 'label.carried');
    return;
  }
  // "Outcome: Lost" / "Decision: Withdrawn": a verdict that the motion fell is no decision, with or without a motion open.
  if (marker?.rule === 'marker.decision-inline' && BARE_FELL.test(marker.rest)) {
    const at = line.text.lastIndexOf(marker.rest);
    if (onLabel(r, { ...line, text: marker.rest, column: line.column + Math.max(at, 0) })) return;
  }
  if (marker && !(r.kind === 'report' && (marker.kind === 'resolved' || marker.kind === 'decision')) && !(marker.rule === 'marker.decision-inline' && DECISION_TITLE.test(line.text))) {
    // "78. RECOMMENDATIONS FROM THE CABINET": a council's item that takes another body's recommendations is an item still.
    const heading = marker.rule === 'marker.recommendations-heading' && r.kind === 'minutes' && parsed && /\b(?:from|of)\s/i.test(parsed.rest) ? itemHeading(line) : undefined;
    if (heading?.number) {
      r.close();
      r.newItem(heading.number, heading.title, line);
    }
    // The number of a line that is an item and its verdict is the item's, not a clause's.
    const item = verdictItem(r, line, parsed, marker);
    onMarker(r, item ? { ...marker, rest: item } : marker, line, item ? undefined : parsed?.number);
    return;
  }
  r.close();
  unmarkedLine(r, line, parsed);
}

/**
 * "Decision – Objection to Menacing Dog Classification": a decision notice's title, the word and a dash before what the paper
 * decides, in title case with no verb and no stop; not "DECISION – That the licence be granted." nor "Decision – Refused".
 */
const DECISION_TITLE = /^(?:[Dd]ecisions?|DECISIONS?|[Dd]etermination|DETERMINATION)\s*[-–—]\s+(?!(?:[Aa]pproved|[Rr]efused|[Gg]ranted|[Dd]eferred|[Aa]greed|[Nn]oted|[Rr]ejected|[Ww]ithdrawn|[Dd]ismissed|[Uu]pheld|[Aa]llowed|APPROVED|REFUSED|GRANTED|DEFERRED|AGREED|NOTED|REJECTED|WITHDRAWN|DISMISSED|UPHELD|ALLOWED)\b)[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|to|for|and|the|on|at|in|a|an|&|[-–—]|\d[\w/-]*)){1,12}$/;

/** A verdict that the motion fell, alone after an "Outcome:" label: "Lost", "Defeated", "Not carried", "Withdrawn". */
const BARE_FELL = /^(?:lost|defeated|fell|failed|withdrawn|not\s+carried)\.?$/i;

/** A verdict alone after an "Outcome:" label: "Agreed", "Carried unanimously". */
const BARE_OUTCOME = /^(?:agreed|carried|approved|adopted|passed)(?:\s+(?:unanimously|by\s+(?:a\s+)?majority))?\.?$/i;

/**
 * "1. Apologies: none." then "2. Minutes of the previous meeting: approved.": a community council's item and its verdict on
 * one line, numbered next after the item before, is that item (a numbered list of letters noted under "5. Correspondence"
 * starts at 1, so heads no item). Returns the matter's words, the decision's text, when it is.
 */
function verdictItem(r: Reading, line: Line, parsed: ParsedNumber | undefined, marker: Marker): string | undefined {
  if (!VERDICT_AFTER.has(marker.rule)) return undefined;
  // "F26/19 Minutes of the Annual Town Meeting – Approved.": a minute's reference numbers an item wherever it falls.
  const minute = parsed ? undefined : itemHeading({ ...line, text: marker.rest });
  // The first such line ("2026/101 To receive apologies. Cllr Gibbs – accepted.") has no minute before it to follow: a plain
  // running number ("2026/101", "134/26", a parish's "1/27") numbers the meeting's first item.
  if (minute?.number && (nextMinute(r.item?.number, minute.number) || (!r.item && /^(?:\d{2,4}\/\d{1,4}|\d\/\d{2})$/.test(minute.number)))) {
    r.close();
    r.newItem(minute.number, minute.title, line);
    return minute.title;
  }
  if (!parsed || !/^(?:num-dot|bare-num|decimal)$/.test(parsed.number.style)) return undefined;
  // "204. War memorial:" / "agreed to obtain …" / "205. Correspondence: noted.": the next item's number and title end the
  // decision still open above; any other number in a block is its clause's.
  if (r.block && !(r.followsItem(parsed.number) && itemHeading(line))) return undefined;
  const title = (marker.rest.startsWith(parsed.number.raw) ? marker.rest.slice(parsed.number.raw.length) : marker.rest).trim();
  // "1. Minutes of October meeting: approved. Proposed GM, seconded SR." as the minutes' first line: the first item, before
  // any, as a community council opens on its last minutes or its apologies (a summary of actions' "1. Consent Agenda – APPROVED"
  // is a list of verdicts, no items).
  const first = !r.item && parsed.number.style === 'num-dot' && parsed.number.value === 1 && /^(?:minutes?|apologies)\b/i.test(title);
  if (!r.followsItem(parsed.number) && !first) return undefined;
  r.close();
  r.newItem(parsed.number.raw, tidyTitle(title), line);
  return title;
}

/**
 * "F26/19" after "F26/18": the same run of minute numbers, further on ("TPO 12/2026" under "P26/31" is a tree's order); a
 * parish's "80/26" after "79/26", the number before the year.
 */
function nextMinute(before: string | undefined, number: string): boolean {
  const a = /^(.*\/)(\d{1,4})$/.exec(before ?? '');
  const b = /^(.*\/)(\d{1,4})$/.exec(number);
  if (a && b && a[1] === b[1] && Number(b[2]) > Number(a[2])) return true;
  const c = /^(\d{1,4})\/(\d{2,4})$/.exec(before ?? '');
  const d = /^(\d{1,4})\/(\d{2,4})$/.exec(number);
  return Boolean(c && d && c[2] === d[2] && Number(d[1]) > Number(c[1]) && Number(d[1]) - Number(c[1]) <= 20);
}

/**
 * "Moved by Crawford, Seconded by Evans" / "It is recommended that the agenda be adopted." / "Carried.":
 * in minutes a moved motion is what the meeting decided, however it is worded.
 */
function movedRecommendation(r: Reading, line: Line, parsed: ParsedNumber | undefined, marker: Marker | undefined): boolean {
  const text = parsed ? parsed.rest : line.text;
  if (r.kind !== 'minutes' || !r.motion || r.block || marker?.rule !== 'marker.asked' || !/^it\s+is\s+(?:hereby\s+)?recommended\b/i.test(text)) return false;
  r.openMotion(text, line, 'reader.motion-text', parsed?.number);
  return true;
}

/** "2. RECOMMENDATIONS", "5. Resolved:" — a marker after an item or paragraph number. */
function markerAfterNumber(rest: string, lex: Lexicon): Marker | undefined {
  if (!rest) return undefined;
  const m = matchMarker(rest, lex);
  // "6. Proposed resolutions" and "3 Resolution" are item titles: those words make a heading only standing alone. An outside
  // body's list under a report's paragraph number opens as it would unnumbered ("2.2 The Ombudsman recommended that the
  // Council:").
  return m && (m.kind !== 'following' || m.rule === 'marker.outside-recommends') && m.rule !== 'marker.proposal-heading' && !/^resolutions?$/i.test(rest.trim()) ? m : undefined;
}
