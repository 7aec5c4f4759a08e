import { sourceAt, type Line } from '../../text/line.js';
import { parseNumber, type ClauseNumber } from '../../text/numbering.js';
import type { RecommendationOrigin } from '../../types.js';
import { introRecommendsTo, isIntroOnly, matchLabel, titleCase, type Marker } from '../markers.js';
import { evidence } from './clause.js';
import { MOVER_VERB_FIRST } from '../../lexicon/words.js';
import { itemHeading } from '../items.js';
import { carried, onLabel } from './labels.js';
import { leadsIn, type Reading } from './state.js';

/**
 * New Jersey's "Resolution adopted." / "RESOLUTION 2027-15" / its title / "Offered by: …": a title (on a line or, wrapped, on
 * three) and then a mover after the number make it the next resolution's heading.
 */
function headsNext(r: Reading, line: Line): boolean {
  let titled = false;
  for (const next of r.following(line, 4)) {
    // "RESOLUTION 45/26" / "12.4 NOTICE OF MOTION …" / "MOTION" / "Moved: …": the next item's motion, the number the last one's.
    if (itemHeading(next)) return false;
    const label = matchLabel(next.text, r.lex);
    if (label) return label.kind === 'moved' && titled;
    // "Resolution" / "#C-77-1584" / "Moved by …": a number on its own line is no title.
    titled ||= /\p{L}{3,}\s+\p{L}{2,}/u.test(next.text);
  }
  return false;
}

/** What a marker says when it holds no clause: the assent alone, or how it was given. */
const ASSENT_ONLY = /^(?:(?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?majority|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}|(?:with\s+)?all\s+in\s+favou?r)\s*)?[.;]?$/i;

/**
 * "i. Rotherlea in Bloom – £750. Proposed Cllr Adebayo, seconded Cllr Finch. RESOLVED unanimously.": a town council's list of
 * grants, each matter, its movers and the assent run on together. The assent holds no clause, so the matter just before its
 * movers is what was resolved (not the next line, which is the next matter).
 */
function matterBefore(r: Reading, marker: Marker, line: Line): boolean {
  if (marker.kind !== 'resolved' || r.kind !== 'minutes' || !ASSENT_ONLY.test(marker.rest) || /:\s*$/.test(line.text)) return false;
  if (agendaBefore(r, marker, line)) return true;
  // The matter, its movers and the assent run on, one sentence after another, with no blank line between.
  const [matter, movers] = r.preceding(line, 2);
  if (!matter || !movers || line.gap || movers.gap || !MOVER_VERB_FIRST.test(movers.text) || MOVER_VERB_FIRST.test(matter.text)) return false;
  if (!/[.;]$/.test(matter.text) || r.clauses.some((c) => c.line === matter.line && c.column === matter.column)) return false;
  const parsed = parseNumber(matter.text);
  const text = parsed?.rest ?? matter.text;
  settleMotion(r, marker, line.text);
  r.flushMotion();
  r.commit({ kind: 'resolution', parts: [text], line: matter.line, column: matter.column + matter.text.length - text.length, item: r.item?.id, number: parsed?.number, rules: evidence(marker.rule, 'reader.matter-before') });
  return true;
}

/** A parish agenda's words for a matter: "To approve the payments list.", "b) To note the budget monitoring report". */
const AGENDA_TO = /^To\s+(?:approve|agree|accept|adopt|note|receive|ratify|confirm|consider|resolve|authori[sz]e|award|appoint|renew|pay|sign)\b/;

/**
 * "a) To approve the payments list." / "RESOLVED" / "b) To approve the bank reconciliation.": the parish prints its agenda's
 * words and the assent below them, with nothing after, so the words are what was resolved (an assent that leads into a
 * clause on the next line is no verdict on the line before).
 */
function agendaBefore(r: Reading, marker: Marker, line: Line): boolean {
  const [matter] = r.preceding(line, 1);
  if (!matter || line.gap) return false;
  const parsed = parseNumber(matter.text);
  // "2026/89 To approve the minutes …" over "Resolved.": the item's own line, its minute number none of the words.
  const text = parsed?.rest ?? matter.text.replace(/^\d{2,4}\/\d{1,4}\s+(?=To\s)/, '');
  if (!AGENDA_TO.test(text) || /:$/.test(text) || r.clauses.some((c) => c.line === matter.line)) return false;
  const [next] = r.following(line, 1);
  if (next && !next.gap && !parseNumber(next.text) && !itemHeading(next)) return false;
  r.close();
  r.commit({ kind: 'resolution', parts: [text], line: matter.line, column: matter.column + matter.text.length - text.length, item: r.item?.id, number: parsed?.number, rules: evidence(marker.rule, 'reader.matter-before') });
  return true;
}

/** A marker word ("RESOLVED", "Recommendations", "Decision:") opens a block, or a decision region. */
export function onMarker(r: Reading, marker: Marker, line: Line, numbered?: ClauseNumber): void {
  // "The Motion on being put was declared CARRIED." then "RESOLUTION 45/26": the number given to the motion just carried.
  if (marker.rule === 'marker.resolution-label' && !marker.rest && r.previous && matchLabel(r.previous.text, r.lex)?.kind === 'carried' && !headsNext(r, line)) {
    r.claimed.push(line.line);
    return;
  }
  // "Motion: Mr. Harrington moved that the Town raise …" then "VOTED: Motion passed by majority vote.": the marker's
  // words are only the verdict on the motion above.
  if (marker.kind === 'resolved' && marker.rest && (r.motion || r.block?.pending) && matchLabel(marker.rest, r.lex)?.kind === 'carried') {
    onLabel(r, { ...line, text: marker.rest, column: line.column + marker.restAt });
    return;
  }
  // "3. ANALYSIS" / "Staff recommend a 3% increase for adult groups …": a report whose recommendations were read above explains
  // them further down, and the staff's word there asks nothing new of the meeting.
  if (marker.rule === 'marker.staff-recommends' && r.kind === 'report' && r.clauses.some((c) => c.kind === 'recommendation' && c.origin === 'report')) {
    r.close();
    return;
  }
  if (matterBefore(r, marker, line)) return;
  // "Cllr Howells proposed that the precept be set at £186,400, seconded by Cllr Evans." / "All in favour." / "RESOLVED.": the
  // marker alone with its stop is the verdict on the proposal above (or its echo, once a vote settled it), never a lead-in to
  // the next item's heading below.
  if (marker.kind === 'resolved' && /^RESOLVED\.$|^Resolved\.$/.test(line.text.trim())) {
    if (r.motion || r.block?.pending || r.quoted) carried(r, line, marker.rule);
    r.claimed.push(line.line);
    return;
  }
  // "It was moved … that: "This Council asks …"" / "RESOLVED accordingly.": the marker is the verdict on the motion above, and
  // holds no words of its own.
  if (marker.kind === 'resolved' && /^accordingly\s*\.?$/i.test(marker.rest)) {
    carried(r, line, marker.rule);
    r.claimed.push(line.line);
    return;
  }
  // "the following resolutions were adopted (6-1):" over "RESOLVED, that …" lines: the lead-in's list is printed
  // marker by marker, so the lead-in closes with no clause of its own and nothing missing. So does a "RESOLVED" over
  // "That the Finance and Audit Committee recommends that Council approve …", the recommendation it resolved.
  const lead = r.block;
  // Its recitals may stand between ("… adopted the following resolution by a vote of 5-0:" / "WHEREAS, …" / "NOW, THEREFORE, BE
  // IT RESOLVED …").
  if (lead?.intro && lead.clauses.length === 0 && lead.kind === 'resolution' && (marker.kind === 'resolved' || marker.kind === 'recommended') && lead.marker && (r.previous?.line === lead.marker.line || /^WHEREAS\b/i.test(r.previous?.text ?? ''))) lead.listOnly = true;
  // "Moved by: …" / "Seconded by: …" then "BE IT RESOLVED THAT …" and "Defeated": the operative words of the motion moved,
  // kept only once it is not lost, as a motion's words are. "BE IT FURTHER RESOLVED" goes on the same motion.
  // So is a numbered council's "Res. 415/26 Kowalchuk - Ferland" / "BE IT RESOLVED that …" / "Defeated.", whose movers no
  // label read: the operative words are always a motion's, held for its verdict (pending below).
  const operative = OPERATIVE.test(marker.rule);
  // "… to adopt the following resolution:" / "RESOLUTION 2025-45" / "WHEREAS …" / "BE IT RESOLVED …": the resolution's own
  // number over its recitals leaves the motion that leads in to it open.
  const titled = marker.rule === 'marker.resolution-label' && !marker.rest.trim() && leadsInOnly(r);
  if (titled) return;
  // "Motion" / "Amendment" / a roll call / "Decision" over "The amendment was carried and …": with an amendment put against the
  // motion, the decision heading does not settle the motion; the verdict below it says which of the two was carried.
  const undecided = marker.kind === 'decision' && r.amendment !== undefined && r.motion !== undefined && r.following(line, 2).some((l) => WHICH_CARRIED.test(l.text));
  if (!undecided && (!operative || (r.motion === undefined && r.block?.pending !== true))) {
    settleMotion(r, marker, line.text);
    r.flushMotion();
  }
  // The clause after the marker may begin on the next source line of a joined line.
  const source = sourceAt(line, marker.restAt);
  const restLine = source.line === line.line ? line : { ...line, ...source };
  const restColumn = r.locator ? r.locator.column(restLine.line, restLine.column, marker.rest) : line.column + marker.restAt;
  switch (marker.kind) {
    case 'decision':
      r.close();
      r.region = 'decision';
      r.regionRule = marker.rule;
      r.regionAt = line;
      return;
    case 'external-one':
      r.close();
      if (!marker.rest.trim()) {
        r.externalNext = { number: marker.number ?? '', marker: line, rule: marker.rule };
        return;
      }
      externalOne(r, marker.rest, line, line, marker.number ?? '', marker.rule);
      return;
    case 'following': {
      // "3.5 The Jay Report …" / "The review made the following recommendations:": a
      // sentence on a later line of paragraph 3.5 still makes 3.5.x the list.
      // "41. Internal Audit Report – Fleet Management" over the sentence is the item's heading, not a paragraph whose
      // sub-numbers the list would carry: its "1." "2." "3." are the list.
      const paragraph = r.paragraph && r.item?.number === r.paragraph.raw ? undefined : r.paragraph;
      // "2.2 The Ombudsman recommended that the Council:" over "(a) apologise …": a list in letters is the list, whatever the
      // paragraph's number.
      // So is one that starts again at "1." ("2.1 The Payroll audit made five recommendations:" / "1. Starters and leavers …").
      const lettered = /^\(?(?:[a-h]|[ivx]{1,4}|1)[.)]\s/i.test(r.following(line, 1)[0]?.text ?? '');
      const parent = lettered ? undefined : parseNumber(line.text)?.number ?? (line.gap ? undefined : paragraph);
      r.open({ kind: 'recommendation', origin: 'external', intro: true, bare: false, parent, marker: line, rules: evidence(marker.rule) });
      return;
    }
  }
  const clauseKind = marker.kind === 'resolved' ? 'resolution' : 'recommendation';
  // "Recommended:" over an item of an agenda or report is the officers' proposal, not a committee's view.
  // So is "That the Committee recommends that Council:" under a report's "Recommendation" heading: the officers
  // propose what the committee should recommend, each item still going on to Council.
  const underHeading = lead?.kind === 'recommendation' && lead.origin === 'report' && lead.clauses.length === 0;
  // "The General Committee recommends:" heading a committee's report to council names whose recommendations follow.
  const proposal = marker.kind === 'recommended' && r.kind === 'report' && (!marker.to || underHeading || /^that\s/i.test(line.text)) && !/^RECOMMENDED\b/.test(line.text) && marker.rule !== 'marker.body-recommends-list';
  // "Recommendation to Council" over "That Council approves …" and its movers, in minutes: the committee's, sent on to Council.
  // An Australian committee's "RECOMMENDATION TO COUNCIL" in capitals names the body the same ("Council").
  // An officer's "RECOMMENDATION TO COMMITTEE" addresses the meeting itself: no committee sends its view to a bare "Committee".
  const headingTo = marker.rule === 'marker.recommendations-heading' && r.kind === 'minutes' ? HEADING_TO.exec(line.text)?.[1] : undefined;
  const sentOn = headingTo && !SELF_ADDRESSED.test(headingTo) ? titleCase(headingTo) : undefined;
  // "Recommendation from Cabinet:" in council minutes: a committee's recommendation, put to the council.
  const fromBody = marker.rule === 'marker.recommendations-heading' && r.kind === 'minutes' && HEADING_FROM.test(line.text);
  const committees = r.committeeReport || /^committee\s+recommendation/i.test(line.text) || sentOn !== undefined || fromBody;
  const origin: RecommendationOrigin | undefined = (marker.kind === 'recommended' && !proposal) || (clauseKind === 'recommendation' && committees) ? 'committee' : clauseKind === 'recommendation' ? 'report' : undefined;
  const intro = isIntroOnly(marker.rest);
  if (intro && r.kind === 'report' && marker.rule === 'marker.body-recommends-to' && marker.to) r.reportSendsTo = marker.to;
  const parent = marker.kind === 'recommendations' && numbered && /num-dot|decimal|bare-num/.test(numbered.style) ? numbered : undefined;
  // "RESOLVED that Cabinet recommends to Council:" over "(i) …" "(ii) …": the lead-in names where each clause goes.
  const introTo = intro && !marker.to && !sentOn ? introRecommendsTo(marker.rest) : undefined;
  r.open({ kind: clauseKind, origin, to: marker.to ?? sentOn ?? introTo, intro, bare: false, marker: line, parent, effect: marker.effect, rules: evidence(marker.rule), listOnly: marker.listOnly, ...(operative ? { pending: true } : {}) });
  if (intro) return;
  const block = r.block!;
  // "That the Manurewa Local Board: a) accept …" / "to: 1. Note …": a shared subject, then the list on the same line.
  // "RESOLVED that (1) the budget be approved and (2) …": a shared "that", then the list.
  const thatList = /^(?:that|THAT|That)\s+(?=\(?(?:1|a|i|A)[.)]\s)/.exec(marker.rest);
  const listAt = introThenList(marker.rest) ?? (thatList ? thatList[0].length : undefined);
  const inner = parseNumber(listAt === undefined ? marker.rest : marker.rest.slice(listAt));
  if (inner) {
    block.level = inner.number.style;
    r.start(inner.rest, restLine, inner.number, r.locator ? r.locator.column(restLine.line, restLine.column, inner.number.raw) : restColumn);
    return;
  }
  // "6. APPROVED claims …" then "7. REJECTED the claim …": the item numbers are the list.
  block.level = numbered && marker.restAt === 0 ? numbered.style : 'plain';
  if (marker.keepWhole) r.start(marker.rest, line, numbered, line.column);
  else r.start(marker.rest, restLine, numbered, restColumn);
}

/** What a new marker does to the motion read above it: a resolution recorded instead of it replaces it. */
function settleMotion(r: Reading, marker: Marker, text: string): void {
  // "Ms. Okafor moved to award the contract …" / "Mr. Lindgren seconded." / "VOTED: 3-0." then the next matter's "VOTED: to
  // place an article …": a tally the ayes won settled the motion before the marker, though no verdict word followed it.
  if ((r.tally?.for ?? 0) > 0 && r.motion && !r.amendment && !r.amendmentNext && marker.kind === 'resolved' && marker.rest && !isIntroOnly(marker.rest)) r.flushMotion();
  // Kept aside: the resolution's words may only name the motion or the amendment it adopts (state.ts commit).
  if (marker.kind === 'resolved') {
    const held = [...(r.motion?.held ?? []), ...(r.block?.pending ? r.block.clauses : [])];
    if (held.length || r.amendment) r.setAside = { motion: held, amendment: r.amendment, item: r.item?.id };
  }
  // "It was proposed by Cllr. Walsh … that the Budget be adopted." / "… declared the proposal carried and the following
  // resolution was adopted:" over the resolution's words in quotes: those words are the record of the motion, not a second
  // decision.
  if (marker.rule === 'marker.following-lead-in' && r.motion && !r.block?.pending && ADOPTED_BELOW.test(text)) r.motion = undefined;
  // "RESOLUTION NO. 2025-88" then "RESOLVED that …": the label only headed the resolution that follows.
  if (r.block?.intro && r.block.clauses.length === 0 && r.block.rules[0] === 'marker.resolution-label' && marker.kind === 'resolved') r.block = undefined;
  // A motion followed by what the meeting resolved instead ("it was AGREED to refer the
  // motion to …") was never put: the decision recorded is the resolution, not the motion.
  // A label that only heads the next motion ("Resolution number MR/2019/94") leaves the last one standing.
  if (marker.kind === 'resolved' && marker.rest && !isIntroOnly(marker.rest)) {
    if (r.block?.pending && r.block.clauses.length > 0) r.block = undefined;
    if (!r.block?.pending) r.motion = undefined;
  } else if (marker.kind === 'resolved' && r.motionRule === 'label.mover-verb' && (r.block?.pending || r.motion)) {
    // "The Chair proposed that …" then "The Board resolved:-" over its own clauses: the resolution is the record, not the proposal.
    r.dropMotion();
  }
}

/** "The amendment was carried and …", "The motion was accordingly carried.": a verdict that names which was put and won. */
const WHICH_CARRIED = /\b(?:amendment|motion)\s+(?:was|were)\s+(?:\w+\s+){0,2}?(?:carried|agreed|adopted|passed)\b/i;

/**
 * A chair's declaration that the motion carried and the resolution printed below is what was adopted: "… declared the proposal
 * carried and the following resolution was adopted:" (a lead-in alone may head a resolution of its own after a motion).
 */
const ADOPTED_BELOW = /\b(?:carried|passed|agreed|adopted)\s+and\s+the\s+following\s+resolutions?\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:adopted|passed|carried)\b/i;

/** Markers that are a motion's own operative words, not the record of its adoption. */
const OPERATIVE = /^marker\.(?:be-it-resolved|now-therefore)$/;

/**
 * Where a numbered list starts after a shared subject on the same line ("That Council: (A) note …"), or undefined; also after
 * a lead-in with no stop that runs into the list's first letter or number: "That Cabinet agrees to (a) note …; (b) approve …".
 */
function introThenList(rest: string): number | undefined {
  const m = /^(.{0,80}?[:;\-–—])\s*(?=(?:\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)]|\([0-9a-zA-Z]{1,4}\))\s)/.exec(rest);
  if (m && isIntroOnly(m[1])) return m[0].length;
  const run = /^(?:that|THAT|That)\s[^.;:]{2,100}?\s(?:to|that)\s+(?=\(?(?:1|a|i)\)\s)/.exec(rest);
  if (run) return run[0].length;
  // "RESOLVED that the Committee 1) notes …; 2) approves …": the shared subject, no colon, then the list.
  const subject = /^(?:that|THAT|That)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?=\(?(?:1|a|i)[.)]\s)/.exec(rest);
  return subject ? subject[0].length : undefined;
}

/** The body a recommendations heading names: "Recommendation to Council", "Recommendations to the Cabinet:". */
const HEADING_TO = /\b(?:to|TO|To)\s+(?:the\s+|THE\s+)?((?:Full\s+|FULL\s+)?[A-Z][\w’'&-]*(?:\s+(?:and\s+|of\s+|AND\s+|OF\s+)?[A-Z][\w’'&-]*){0,5})\s*[:\-–—]?\s*$/;
const SELF_ADDRESSED = /^(?:sub-?)?(?:committee|panel)$/i;
/** A recommendations heading that names the body they came from: "Recommendation from Cabinet:", "RECOMMENDATIONS OF THE EXECUTIVE COMMITTEE". */
const HEADING_FROM = /\b(?:of|from|OF|FROM)\s+(?:the\s+|THE\s+)?[A-Z]/;

/**
 * The line under "Recommendation 1 (Priority: High)" or a bare "Recommendation 1": the recommendation itself ("The Finance
 * Manager should ensure …"), one line (the management response and target date below it are the body's answer, not more of it).
 */
export function externalBelow(r: Reading, line: Line): boolean {
  const next = r.externalNext;
  if (!next) return false;
  r.externalNext = undefined;
  if (matchLabel(line.text, r.lex) || !/^[A-Z“"]/.test(line.text)) return false;
  // "Recommendation 3" alone heads a report's own recommendation as readily: an outside one says what should be done.
  if (/^recommendation\s+\S+\s*$/i.test(next.marker.text) && !/\b(?:should|must|needs?\s+to)\b/.test(line.text)) return false;
  externalOne(r, line.text, line, next.marker, next.number, next.rule);
  return true;
}

/** One numbered recommendation of an outside report, a block of its own: `text` read from `line`, under `marker`'s line. */
function externalOne(r: Reading, text: string, line: Line, marker: Line, number: string, rule: string): void {
  r.open({ kind: 'recommendation', origin: 'external', intro: false, bare: false, marker, rules: evidence(rule) });
  r.start(text, line, { raw: number, style: 'bare-num', value: Number(number) || 0, parts: [] });
  r.close();
}

/** The motion open is only "to adopt the following resolution:", its words still to come. */
function leadsInOnly(r: Reading): boolean {
  const clauses = r.block?.pending ? r.block.clauses : r.block ? [] : r.motion?.held ?? [];
  return clauses.length > 0 && clauses.every(leadsIn);
}
