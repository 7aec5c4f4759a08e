import type { Line } from '../../text/line.js';
import { isChildOf, isNext, parseNumber, type ParsedNumber } from '../../text/numbering.js';
import type { Clause } from './clause.js';
import type { Reading } from './state.js';
import { matchMarker } from '../markers.js';

/** Lists that hold the content of one decision, not decisions: conditions, reasons, amendments, amounts. */
const CONTENT_LIST = /\b(?:subject\s+to|conditions?|reasons?|grounds?|changes|amendments|terms|criteria|principles|objectives|priorities|points|comments|concerns?|responses|observations|areas|payments|amounts|sums|including|includes|namely|being|as follows|consisting|comprising|following\s+(?!be\b|actions?\b|recommendations?\b|resolutions?\b|decisions?\b|motions?\b|items?\b|matters?\b)\w+)\b/i;

/**
 * "THAT the recommendations of the Committee of the Whole … be adopted as follows:", a town council's "To adopt the
 * recommendations of the Finance Committee, namely:": another meeting's decisions taken up one by one, so "as follows" leads
 * into decisions here, not into the content of one ("the recommendations in the report be approved, namely:" over what the
 * report proposed is one decision's content).
 */
const ADOPTS_LIST = /\b(?:recommendations|resolutions|decisions|motions)\b[^:;]*\bas\s+follows\s*:\s*[-–—]?\s*$/i;
const ADOPTS_NAMED = /\b(?:recommendations|resolutions|decisions)\s+of\s+(?:the\s+)?[A-Z][^:;]*\bnamely\s*:\s*[-–—]?\s*$/;

/** A heading's words: each capitalised (or a year, or a joining word), no verb in lower case, no stop. */
const TITLE_ONLY_ITEM = /^(?:[A-Z][\w’'&/-]*|\d{4}(?:\/\d{2,4})?)(?:\s+(?:[A-Z][\w’'&/-]*|\d[\w/-]*|of|and|for|the|to|in|on|&|[-–]))*$/;

/** A body or officer the decision asks to act: "The Scrutiny Committee is asked to …", "The Director is requested to …". */
const BODY_ASKED = /^The\s+(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:is|are)\s+(?:asked|requested|instructed)\s+to\b/;

/**
 * A numbered line while a block is open: the block's next clause, the first item of a
 * lead-in's list, a sub-item inside the current clause, or (false) none of these.
 */
export function numberedInBlock(r: Reading, line: Line, parsed: ParsedNumber, clause: Clause | undefined, clauseText: string): boolean {
  const block = r.block!;
  const n = parsed.number;
  // "b) RESOLVED to approve the payments listed below:" then "c) RESOLVED to accept …": a decision of its own, read afresh.
  // Under "The Integration Joint Board:" the list's verbs are all in the past ("a) Noted …", "c) Agreed to issue …", "d)
  // Requested that …"): "Agreed" there is one of them, and the list goes on after it.
  if (!(block.listOnly && /^(?:Agreed|Resolved|Decided)\b/.test(parsed.rest)) && opensDecision(r, parsed.rest)) return false;
  // "2. Overtime claims should be authorised …" then "3. Conclusion" over "3.1 …": after an outside report's list, the report's
  // next section, its title with no stop and its own first paragraph under it, though its number follows the list's.
  const below = block.origin === 'external' && TITLE_ONLY_ITEM.test(parsed.rest) ? parseNumber(r.following(line, 1)[0]?.text ?? '')?.number : undefined;
  if (below && isChildOf(n, below)) return false;
  // "2. That the Committee recommend to Council: (a) …" then "3. …": back to the lead-in's own list.
  // A number that does not follow the lead-in's own, or goes on the sub-list of that style just
  // read inside the clause, is deeper down ("c. … to:" / "i. … that:" / "1. … 2. …").
  if (block.lead && block.lead.level === n.style && block.level !== n.style && (!block.lead.number || isNext(block.lead.number, n)) && clause?.lastSub?.style !== n.style) {
    block.level = block.lead.level;
    block.lead = undefined;
  }
  // "2. Recommendations" / "2.1 It is recommended that Cabinet:" / "(a) … (b) … (c) …": inside a lead-in's
  // list the items follow one another, whatever the heading's number above them.
  const fits = block.lead && block.level === n.style ? true
    : block.parent
      ? isChildOf(block.parent, n) && (!block.level || block.level === n.style)
      : block.level === n.style || (!block.level && block.intro);
  // A bare block's clauses each qualify on their own, except the items of a lead-in that qualified
  // ("That the Environment Committee:" / "a) Receives …" / "b) Approves …"): the lead speaks for them.
  // A sibling "That …" in the list of one that qualified is a decision too, whatever its verb ("1. That the fees be increased
  // by 3%." / "1. That the concessions remain unchanged.").
  const sibling = block.clauses.length > 0 && /^that\s+(?!is\b|was\b|means\b|said\b)/i.test(parsed.rest);
  if (fits && block.bare && !block.lead && !sibling && !r.qualifies(parsed.rest, true)) return false;
  // "1. That … 2. That … 3. That …" then "4. The purpose of this report is …": the report's own paragraphs go on numbering. Not
  // under a meeting's own decision: "(3) The Overview and Scrutiny Committee is asked to review …" is the third decision.
  const asksBody = r.kind === 'minutes' && block.kind === 'resolution' && BODY_ASKED.test(parsed.rest);
  if (fits && block.clauses.length >= 2 && block.clauses.every((c) => /^(?:that|to)\b/i.test(c.parts[0] ?? '')) && /^(?:the|this|these|a|an|it|in|as)\b/i.test(parsed.rest) && !asksBody) return false;
  // "The Council considered the following recommendations from the Cabinet" / "(a) Treasury Management Strategy 2028/29": an
  // outside list's first item is a sentence; a title in title case with no stop heads the matter that its own decision follows.
  if (fits && block.origin === 'external' && block.clauses.length === 0 && r.kind === 'minutes' && TITLE_ONLY_ITEM.test(parsed.rest)) {
    r.close();
    return true;
  }
  if (fits) {
    block.level = n.style;
    r.start(parsed.rest, line, n);
    return true;
  }
  // "That approval be given to:" then "(1) the Policy; (2) the Strategy": each item is a decision of its own.
  if (clause && n.value === 1 && !clause.subStyles && !clause.lead && !block.lead && isListLead(clauseText)) {
    clause.lead = true;
    block.lead = { text: clauseText, level: block.level, number: clause.number };
    block.level = n.style;
    r.start(parsed.rest, line, n);
    return true;
  }
  const wantsList = leadsToList(clauseText);
  // "(A) notes the outturn;" then "i) approves …": a first sub-number straight under a clause opens its sub-list.
  const opensSubList = n.value === 1 && n.style !== block.level && !line.gap && !/[.!?]["”’)]*$/.test(clauseText);
  if (clause && (wantsList || clause.subStyles?.includes(n.style) || opensSubList)) {
    if (!clause.subStyles?.includes(n.style)) clause.subStyles = [...(clause.subStyles ?? []), n.style];
    clause.lastSub = n;
    clause.parts.push(line.text);
    return true;
  }
  // "5.1 The following payments were approved:" over its payees, then "5.2 Grant applications:": the marker's paragraph ends
  // where the next paragraph's number comes, though the list's last sum ended with no stop.
  const paragraph = block.marker ? parseNumber(block.marker.text)?.number : undefined;
  if (clause && block.level === 'plain' && !line.gap && clauseText && !/[.;]$/.test(clauseText) && !(paragraph && isNext(paragraph, n))) {
    clause.parts.push(line.text);
    return true;
  }
  return false;
}

/** A numbered line that is a decision of its own by its marker word: "c) RESOLVED to accept …". */
function opensDecision(r: Reading, rest: string): boolean {
  const m = /^(?:AND\s+)?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed)\b/.test(rest) ? matchMarker(rest, r.lex) : undefined;
  return Boolean(m && !m.weak && m.kind === 'resolved');
}

/**
 * "Councilor Dahl moved to approve the consent agenda consisting of the following:": a consent agenda's items are each a
 * decision (minutes approved, a licence renewed, a resolution adopted), whatever word leads into them.
 */
const CONSENT_ITEMS = /\bconsent\s+(?:agenda|calendar|items?)\b/i;

/** Words saying a list holds one decision's content, not decisions of their own. */
function holdsContent(text: string): boolean {
  return CONTENT_LIST.test(text) && !ADOPTS_LIST.test(text) && !ADOPTS_NAMED.test(text) && !CONSENT_ITEMS.test(text);
}

/** A sentence that ends asking for the content of its one decision below it: "… subject to the following modifications:". */
export function asksForContent(text: string): boolean {
  return /:\s*[-–—]?\s*$/.test(text) && holdsContent(text);
}

/** A clause that ends asking for a list below it: "… the following conditions", "… as follows:". */
export function leadsToList(clauseText: string): boolean {
  return /:\s*[-–—]?$|\bfollowing\b[^.]*$/.test(clauseText);
}

/**
 * A clause that only leads into a list of decisions: "That approval be given to:", "to:",
 * "That the Council be recommended to give approval to:", "the report be noted and: -".
 */
function isListLead(text: string): boolean {
  if (!/[:]\s*[-–—]?\s*$/.test(text) || holdsContent(text)) return false;
  return text.split(/\s+/).length <= (/\bfollowing\b/i.test(text) ? 45 : 25);
}
