import type { Line } from '../../text/line.js';
import { ACTION_VERBS, ASSENT_ALONE, BARE_MOTION, MADE_MOTION, MEMBER_TITLE, MOVED_THAT, SCORE_AT_END, SECONDED_THAT } from '../../lexicon/words.js';
import { isMainMotionVerdict, labelMatch, matchLabel, matchMarker, MOVER_NUMBERED, MOVER_PAIR } from '../markers.js';
import type { LabelKind } from '../../lexicon/index.js';
import { evidence, readFrom } from './clause.js';
import type { Reading } from './state.js';
import { actionLine, verdictAlone } from './action-line.js';
import { namesPaper, outcomeSentences } from '../outcome.js';
import { mergeVotes, noesWon, readVote } from '../motions/votes.js';

/** A motion's own words after its movers or verb: "… seconded by X", "moved that …", "made a substitute motion to …". */
const OWN_WORDS = new RegExp(String.raw`\bsecond(?:ed)?\b|\bsupported\s+by\b|\b(?:moved|proposed|${MADE_MOTION})(?:\s+(?:that|to)\b|\s*:\s*[“"])`, 'i');

/** A motion offered in place of the one before it: "made a substitute motion to …". */
const SUBSTITUTE = /\bsubstitute\s+motion\b/i;
/** Where a motion's words start after its movers or verb: "… seconded by X, to approve …", "made a motion to …". */
const MOTION_TO = new RegExp(String.raw`(?:,\s*|\bmoved\s+|\bmoved\s+and\s+seconded\s+|\b${MADE_MOTION}\s+|\b(?:[Ss]econd(?:ed)?|[Ss]upported|[Mm]oved|[Pp]roposed)\s+by\s+(?:[A-Z][\w’'.-]*\s+|(?<=\b(?:Pct|Precinct|Dist|District)\.?\s+)\d{1,2}\s+){1,5}|\b[Ss]econded\s+|\band\s+(?:\w+ly\s+)?(?:carried|passed)(?:\s+by\s+an?\s+[^,;()]{1,30}?\bvote(?:\s*\([^()]{1,60}\))?|\s+\d{1,2}\s*[-–]\s*\d{1,2})?\s+)(to\s+[a-z]+\b.+|TO\s+[A-Z]{2,}\b.+)$`);

/** The tally after a motion's words, with the space or stop before it: "… as presented. 5-0." */
const SCORE_AFTER = new RegExp(String.raw`(?:\.\s+|\s+)${SCORE_AT_END}`);

/** A verdict label before the motion it carried: "MOTION CARRIED: To transfer …", "Carried: That the …". */
// A CivicPlus page's "MOTION CARRIED to approve the Consent Agenda, including …" under its movers and roll call: no colon.
const VERDICT_FIRST = /^(?:(?:the\s+)?motion\s+)?(?:carried|passed|approved)(?:\s+unanimously)?(?:\s*[:\-–—]\s*|\s+(?=to\s+[a-z]))((?:to|that)\s+\S.{8,})$/i;
/** "… Street Maintenance. (Dunn/Reyes) 5-0.": the movers in brackets and the tally after the motion's words. */
const MOVERS_SCORE_AFTER = /\s*\([^()]{2,60}\/[^()]{2,60}\)\s*(?:\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?)?\.?\s*$/;

/** A sentence that opens on its verb in the imperative: "Approve the purchase of …". */
const ACTION_VERB_FIRST = new RegExp(String.raw`^(?:${ACTION_VERBS})\s`);

/** An item titled by what a motion on it does: "Approve Field Trip to Washington, D.C.". */
// A school board's "Adoption of Resolution No. 25-26-18, …", "Award of Bid …": the same action named by its noun.
// "Resolution 26-27-09 Declaring Surplus Property", "Ordinance No. 2026-14 Amending Chapter 5": a numbered measure is what a
// motion with no words of its own moves. So does an Illinois village's "Consideration of a Resolution Approving …", a Texas
// council's "Discussion and possible action on an Ordinance …", "Consider and act upon a Resolution …": the measure put.
const ACTION_TITLE = new RegExp(String.raw`${ACTION_VERB_FIRST.source}|^(?:Consideration\s+(?:of|on)|Consider(?:\s+and\s+(?:act|take\s+action)\s+(?:up)?on)?|Discussion\s+and\s+(?:possible\s+)?action\s+(?:on|upon)|Discuss\s+and\s+(?:possibly\s+)?(?:act\s+(?:up)?on|consider))\s+(?:an?\s+|the\s+)?(?:[Rr]esolution|[Oo]rdinance|[Mm]otion|[Bb]y-?law)\b|^(?:Approval|Adoption|Acceptance|Ratification|Authori[sz]ation|Award|Renewal|Appointment|Designation|Declaration|Confirmation|Extension)\s+(?:of|to|for)\s|^(?:Resolution|Ordinance|RESOLUTION|ORDINANCE)\s+(?:No\.?\s*|#\s?)?[\w.-]*\d[\w.-]*\s+[-–—:]?\s*[A-Z]`);

/** "by 31 votes to 29", "(5-0)", "unanimously": how a vote result is printed. */
const VOTE_COUNT = /\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b|\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)|\b(?:unanimously|nem\.?\s*con)\b/i;

/** A verdict that names what it was on, a report's recommendation: "Recommendation adopted as printed.", "The proposal was put to the meeting and carried." */
const VERDICT_ON_RECOMMENDATION = /^(?:the\s+)?(?:(?:officer|officers|staff|chief\s+executive)['’]?s?\s+|report(?:['’]s)?\s+)?(?:recommendations?|proposals?)\s+(?:was\s+|were\s+)?(?:(?:then|duly|unanimously|put\s+to\s+the\s+(?:meeting|vote|committee|council)\s+and|declared)\s+){0,3}(?:carried|adopted|agreed|approved)\b/i;

/** A label line ("Moved by …", "Carried", "Lost", "Item:", "In Favour:"): it moves the state, and makes no clause of its own words. */
export function onLabel(r: Reading, line: Line): boolean {
  const labelled = matchLabel(line.text, r.lex);
  if (labelled) return readLabel(r, line, labelled);
  // "R26/412 It was Moved and Seconded", "RES. 26-414 Moved by Councillor Ames, …": the resolution's own number, then its movers.
  const numbered = NUMBERED_MOVERS.exec(line.text);
  const movers = numbered ? matchLabel(line.text.slice(numbered[0].length), r.lex) : undefined;
  if (!numbered || movers?.kind !== 'moved') return false;
  return readLabel(r, { ...line, text: line.text.slice(numbered[0].length), column: line.column + numbered[0].length }, movers);
}

/**
 * A resolution number before its movers, as British Columbia and Saskatchewan councils print it: "R26/412 ", "RES. 26-414 ",
 * "2026-415 "; an Alberta town's "MOTION 27-401 Councillor Lavoie moved that …". Not a parish's bare minute number
 * ("45/26 "), which heads its item.
 */
const NUMBERED_MOVERS = /^(?:(?:Res\.|RES\.|Resolution|RESOLUTION|Motion|MOTION)\s*(?:No\.?\s*|#\s*)?[A-Z]{0,3}\d{2,4}[-/]\d{1,4}|[A-Z]{1,3}\d{2,4}[-/]\d{1,4}|(?:19|20)\d\d[-/]\d{1,4})\s+(?=\S)/;

function readLabel(r: Reading, line: Line, labelled: { kind: LabelKind; rule: string }): boolean {
  const text = line.text;
  const label = labelled.kind;
  if (label === 'agenda-item') {
    r.close();
    r.expectTitle = true;
  } else if (label === 'minutes') {
    r.close();
    r.region = 'minutes';
  } else if (labelled.rule === 'label.amendment-moved') {
    // "… moved as an amendment:- “Council notes the motion and …”": a paragraph run into one line keeps the quoted words on it.
    const that = MOVED_THAT.exec(text) ?? SECONDED_THAT.exec(text) ?? /\bamendment\s*:\s*[-–—]?\s*([“"]\s*\S.{8,})$/.exec(text);
    // "Councillor Grant, seconded by Councillor Yuill, moved as an amendment:-" over "that the Committee defer …": the words
    // below. "Amendment - Moved by Councillor Tremblay, seconded by Councillor Lau" over "THAT the … project be removed …":
    // the same.
    if (!that && (/:-?\s*$/.test(text) || /\bseconded\s+by\s+[^.;:]{2,60}$/i.test(text))) expectAmendment(r, true);
    if (that) r.amendment = { kind: 'resolution', parts: [that[1]], line: line.line, column: line.column + that.index + that[0].length - that[1].length, item: r.item?.id, rules: evidence(labelled.rule) };
  } else if (label === 'moved') {
    // "4. Minutes of the special meeting." / "Proposed by G. Munro, seconded by L. Fyfe and approved.": movers with nothing of
    // their own to move, and the verdict, straight under the item's title line, are the item's verdict, as "Approved." is.
    if (straightUnderTitle(r) && labelMatch(text, 'label.verdict-under-title', r.lex) && actionLine(r, line, 'label.verdict-under-title')) return true;
    moved(r, line, labelled.rule);
  } else if (label === 'carried') {
    carried(r, line, labelled.rule);
  } else if (label === 'lost') {
    // "The amendment was lost": the motion it would have changed still stands, whether or not its words were read.
    const sentence = verdictSentence(r, line);
    // "On being put to the vote the amendment was lost.": the amendment named after the words of the vote.
    const amendmentLost = /^(?:the\s+)?(?:(?:first|second|third|further|said)\s+)?amendment\b|^(?:the\s+)?motion\s+to\s+amend\b/i.test(sentence) || /\bthe\s+amendment\s+(?:was|were)\s+(?:\w+\s+){0,2}?(?:lost|defeated|withdrawn|not\s+carried|fell|failed)\b|\bwithdr(?:ew|aws)\s+(?:the|his|her|their|its)\s+amendment\b/i.test(sentence);
    // Under an "Amendment: C-2025-089" heading a bare "Defeated" is the amendment's, though a paragraph run into one line puts
    // the amendment's words ("That the main motion be amended …") before it in the same sentence.
    const headed = r.amendment?.rules.includes('label.amendment-heading') && !/\bmotion\b/i.test(line.text);
    if (((r.amendment || amendmentLost) && /\bamendment\b|\bmotion\s+to\s+amend\b/i.test(sentence)) || headed) {
      r.amendment = undefined;
      r.settledRoll = line.line;
    } else {
      // "The following motion was moved by Councillor Dale and seconded by Councillor Ede:" over the motion, then "the motion
      // was declared lost": what the lead-in opened was only moved, and it fell.
      const movedOnly = r.block?.rules.includes('marker.following-lead-in') && MOVED_LEAD.test(r.block.marker?.text ?? '');
      if (r.block?.pending || r.block?.bare || movedOnly) r.block = undefined;
      // "RESOLUTION NO. 2027-09 – APPROVING A LEASE …" / "MOTION: …" / "MOTION FAILED FOR LACK OF A SECOND": the measure the
      // names moved was put and fell, so its heading is answered for.
      const above = r.motion && r.motion.held.length === 0 ? r.motion.above ?? proposalAbove(r, line) : undefined;
      if (above) r.claimed.push(above.line.line);
      if (!r.motion && !r.quoted) dropUnmarkedAbove(r, line);
      r.motion = undefined;
      r.quoted = undefined;
    }
  } else if (label === 'action') {
    if (labelled.rule === 'label.verdict-under-title' && assentToRequestAbove(r, line)) return true;
    // "ACTION: It was moved by X, seconded by Y, to adopt …": the label over a motion told in full, read as the motion;
    // "ACTION: Failed 3-4." under "MOTION: … moved to pass Bill 141 …", the verdict that it fell.
    const head = /^[^:]{1,30}:\s*/.exec(text);
    const inner = head ? matchLabel(text.slice(head[0].length), r.lex) : undefined;
    if (head && (inner?.kind === 'moved' || (inner?.kind === 'lost' && (r.motion || r.block?.pending)))) return readLabel(r, { ...line, text: text.slice(head[0].length), column: line.column + head[0].length }, inner);
    if (actionLine(r, line, labelled.rule)) return true;
    if (labelled.rule === 'label.verdict-under-title' && verdictAlone(r, line)) return true;
    // Not under an item's title: whatever the other labels make of it ("Action: Clerk to …" ends a decision).
    const other = matchLabel(text, r.lex, 'action');
    return other ? readLabel(r, line, other) : false;
  } else if (label === 'vote') {
    // Votes recorded between clauses do not end the decision.
    countVotes(r, text, line.line);
    r.votersNext = /:$/.test(text);
    r.voteLine = line;
    // "3. Minutes of October 22, 2026" / "Motion by Fiske, seconded by Okoro, to approve as written." / "Vote: 4-0-1": a tally
    // the ayes won settles a motion that names only its verb, and the item's title says what it approved.
    settleByTally(r, line, labelled.rule);
  } else {
    r.flushMotion();
    // "Decision:" / "1. To amend …" / "Reasons for the decision:" / "To enable business to continue …": the reasons and the
    // options rejected are not decisions because they follow one.
    if (label === 'end' && r.region === 'decision') r.region = r.hasMinutesLabel ? 'agenda' : 'body';
    if (label === 'end' && ASIDE.test(text)) r.aside = 0;
  }
  return true;
}

/** The movers of a New Zealand motion by slash on their own line, after its words: "Collins/Ngata", "Crs Te Awe / Hollis". */
const SLASH_MOVERS_LINE = /^(?:(?:Crs?|Cllrs?)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*\/\s*(?:(?:Cr|Cllr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$/;
/** What reads a motion's own words as a clause with no marker over them. */
const UNMARKED = new Set(['reader.bare-clause', 'marker.body-recommends-to']);

/**
 * "That the Committee approves the fees." / "Collins/Ngata" / "LOST": a New Zealand motion printed with no marker, its movers
 * by slash and its verdict after its words. The words were read as a clause; lost, they decide nothing.
 */
function dropUnmarkedAbove(r: Reading, line: Line): void {
  const [movers] = r.preceding(line, 1);
  if (!movers || !SLASH_MOVERS_LINE.test(movers.text)) return;
  // Only the clauses after the last verdict that settled anything: a motion carried above in the item stands.
  const settled = r.claimed.reduce((m, n) => (n < line.line && n > m ? n : m), -1);
  let k = r.clauses.length;
  while (k > 0) {
    const c = r.clauses[k - 1];
    if (c.item !== r.item?.id || !UNMARKED.has(c.rules[0]) || c.line > movers.line || c.line <= settled) break;
    k--;
  }
  if (k === r.clauses.length) return;
  for (const c of r.clauses.splice(k)) r.claimed.push(c.line);
  r.claimed.push(line.line);
}

/** A roll call's side with its names on the next line: "Voting Nay:", "NOES:". */
const ROLL_SIDE_ALONE = /^(?:voting\s+)?(?:yeas?|nays?|ayes?|noes?|against|opposed)\s*:$/i;
/** A motion's verdict in a line, at its start or after the names of a roll call: "… Trustee Dreyer The motion failed." */
const VERDICT_AHEAD = /(?:^|\s)(?:the\s+)?motion\s+(?:carried|failed|passed|was\s+(?:carried|defeated|lost|adopted))\b|^(?:carried|lost|defeated)\b/i;

/** Outcome sentences that tell, on the line under a tally, what the motion with no words of its own did. */
const TOLD_BELOW = new Set(['outcome.active', 'outcome.passive']);

/** "… Second: Member Beltran   Vote: 4-1 (Member Ruiz no)": the vote printed after the names, on their line. */
const TALLY_AFTER_NAMES = /\s((?:vote|VOTE|Vote)\s*[:\-–]\s*\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\b.*)$/;

/**
 * A tally the ayes won settles a motion that names only its verb, or no words at all: "3. Minutes of October 22, 2026" /
 * "Motion by Fiske, seconded by Okoro, to approve as written." / "Vote: 4-0-1", where the item's title says what it approved;
 * "9.2 Adoption of Resolution 24-25-12 …" / "Motion: Trustee Nguyen  Second: Trustee Alvarez" / "Vote: 4-0-1", a title that
 * names an action; "8.1 Approve the purchase of …" / "Motion: Member Okafor" / "Second: …" / "Vote: 5-0", the line above.
 */
function settleByTally(r: Reading, line: Line, rule: string): void {
  const item = r.item;
  const motion = r.motion;
  // "All in favor.", "Ayes – all.": no count, but no one against either.
  // A tie ("Ayes: Reyes, Torres. Nays: Stein, Ulrich.") carries nothing; the verdict below ("Resolution failed.") decides.
  if (!motion || motion.held.length > 0 || r.block?.pending || ((r.tally?.for ?? 0) === 0 && !r.tally?.unanimous) || noesWon(r.tally) || (r.tally?.against !== undefined && r.tally.against === r.tally.for)) return;
  // "Voting Yea: Trustee Gorski, Trustee Lindahl" over "Voting Nay: Trustee Baptiste, …": the roll call goes on below, and
  // the noes may yet win it.
  // "Voting Nay:" at a line's end, its names and the verdict on the next line ("Trustee Mbeki, … The motion failed."): the
  // verdict printed there settles it.
  const [next, after] = r.following(line, 2);
  if (next && (matchLabel(next.text, r.lex)?.kind === 'vote' || ROLL_SIDE_ALONE.test(next.text))) return;
  if (/:\s*$/.test(line.text) && [next, after].some((l) => l && VERDICT_AHEAD.test(l.text))) return;
  // "MOTION: Trustee Holt  SECOND: Trustee Iverson  VOTE: 5-0" over "Adopted Resolution No. 2026-27-11.": an action minute's
  // line below tells what the motion did, and is read as the record; the agenda's line above is none. So too "The Board
  // approved the First Interim Report …" and "Resolution No. 2026-27-14 was adopted." below a school board's tally.
  const told = next ? outcomeSentences(next.text, r.lex)[0] : undefined;
  if (told?.rule === 'outcome.bare-verb' && told.at === 0) return;
  // The sentence below is read on its own, as the record, with no motion open for it to settle.
  if (told && told.at === 0 && TOLD_BELOW.has(told.rule)) {
    r.motion = undefined;
    r.tally = undefined;
    return;
  }
  const above = motion.above;
  if (above && !r.clauses.some((c) => readFrom(c, above.line))) commitAbove(r, above, r.motionRule, 'reader.proposal-above', rule);
  else if (item && (motion.ofItem || ACTION_TITLE.test(item.title)) && !r.recorded(item.id)) commitItemTitle(r, item, rule);
  else return;
  r.motion = undefined;
  r.tally = undefined;
}

/** The proposal printed on the line above (proposalAbove) as the item's resolution. */
function commitAbove(r: Reading, above: { text: string; line: Line; at: number }, ...rules: string[]): void {
  r.commit({ kind: 'resolution', parts: [above.text], line: above.line.line, column: above.line.column + above.at, item: r.item?.id, rules: evidence(...rules) });
}


/** "Moved and seconded as printed in the warrant.": a town meeting's motion that adopts the article's own words. */
const AS_IN_WARRANT = /\b(?:moved|seconded)\s+(?:that\s+the\s+\w+\s+vote\s+)?as\s+(?:printed|written|set\s+out)\s+in\s+the\s+warrant\s*\.?$/i;

const ELECTED_AFTER_MOVERS = /^(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+was\s+(?:proposed|nominated)\s+by\b[^.;]{2,80}?\bseconded\s+by\b[^.;]{2,80}?,?\s+and\s+(?:was\s+)?(?:(?:duly|unanimously)\s+)?(?:elected|re-?elected|appointed|co-?opted)\b/;

/** A lead-in that says its motion was moved, and not that it was adopted. */
const MOVED_LEAD = /\b(?:moved|offered|introduced|proposed)\s+by\b(?![^:]*\b(?:adopted|approved|passed|carried)\b)/i;

/** Sections that argue for a decision already read: the options turned down, the reasons given. */
const ASIDE = /^(?:(?:alternative|other)\s+options|options\s+(?:considered|rejected)|reasons?\s+for\s+(?:the\s+)?decisions?\b|reasons?(?:\s*\(s\))?\s*:?\s*$)/i;

/** The item's title as the resolution its movers moved, settled by the verdict `rule` read. */
function commitItemTitle(r: Reading, item: NonNullable<Reading['item']>, rule: string): void {
  r.commit({ kind: 'resolution', parts: [item.title], line: item.position.line, column: item.position.column, item: item.id, rules: evidence(r.motionRule, 'reader.item-title-motion', rule) });
}

/**
 * "AYES: Chen. NOES: Morales, Becker, Singh.": a roll call the noes won defeats the motion (or amendment) it follows, though
 * no verdict word is printed. A roll call cut across lines ("AYES: Reinholt." / "NOES: Tanaka, Vasquez, Obi.") counts whole.
 */
export function countVotes(r: Reading, text: string, at: number): void {
  if (!r.motion && !r.block?.pending && !r.amendment) return;
  if (r.settledRoll !== undefined && r.settledRoll === r.previous?.line) {
    r.settledRoll = at;
    return;
  }
  r.tally = mergeVotes(r.tally, readVote(text));
  if (!noesWon(r.tally)) return;
  r.tally = undefined;
  if (r.amendment) r.amendment = undefined;
  else r.dropMotion();
}

/** The motion above is held while the words read next are put as an amendment (or, under "PROCEDURAL MOTION", a procedural one). */
function expectAmendment(r: Reading, kind: true | 'procedural'): void {
  r.close();
  r.motion = r.motion ?? { held: [] };
  r.amendmentNext = kind;
}

/**
 * "Motion by …, seconded by …, to adopt the Consent Agenda." / "Roll Call: Ayes: Alvarez, Brennan … Nays: None." / "Motion by
 * …, to adopt.": the roll call the ayes won carried the motion's own words, which are done when the next movers' line comes (a
 * tie fails, and noes not yet printed decide nothing).
 */
function carriedByRoll(r: Reading, rule: string): void {
  const motion = r.motion;
  const tally = r.tally;
  if (!motion || !tally || r.amendment || motion.lost || tally.against === undefined || (tally.for ?? 0) <= tally.against) return;
  const words = [...motion.held, ...(r.block?.pending ? r.block.clauses : [])];
  if (words.length === 0) return;
  const vote = r.voteLine ? matchLabel(r.voteLine.text, r.lex)?.rule : undefined;
  for (const c of words) c.rules = evidence(...c.rules, vote ?? rule);
  r.flushMotion();
}

/** A public hearing's account, a sentence a line: "The public hearing was opened.", "No member of the public spoke." */
const HEARING_TOLD = /^(?=[^.;]*\b(?:hearing|spoke|comments?|public)\b)[A-Z][^;:]{5,160}\.$/;

/**
 * "Ordinance 2026-19 An Ordinance Amending Chapter 250 …" / "The public hearing was opened." / "The hearing was closed." /
 * "Motion to adopt on second reading: …": the measure's heading over its hearing is what the motion's bare verb moves.
 */
function measureOverHearing(r: Reading): { text: string; line: Line; at: number } | undefined {
  for (let i = r.at - 1, told = 0; i >= 0 && told <= 4; i--, told++) {
    const l = r.lines[i];
    if (r.clauses.some((c) => readFrom(c, l))) return undefined;
    const measure = RESOLUTION_NUMBERED.exec(l.text)?.[1];
    if (measure) return told > 0 && measure.length <= 300 ? { text: measure, line: l, at: l.text.indexOf(measure) } : undefined;
    if (!HEARING_TOLD.test(l.text)) return undefined;
  }
  return undefined;
}

/** A motion's words, or, where they are only its verb ("to adopt"), the measure named on the line above it, which it moves. */
function openOrAbove(r: Reading, words: string, line: Line): void {
  // "Motion to approve the consent agenda: …" / "Roll call: all ayes." then "Motion to adopt on second reading: …" under the
  // next measure: the first motion was settled by its roll call before this one names its measure.
  if (r.motion && r.motion.held.length > 0) r.settleTallied();
  const bare = BARE_MOTION_ONLY.test(words);
  const above = bare ? proposalAbove(r, line, true) ?? measureOverHearing(r) : undefined;
  // "A. Resolution 2026-214 – Award of Contract for Snow Removal" / "Motion to adopt by …": the measure the item's title on the
  // line just above names is the motion.
  const heading = r.item?.position && r.previous && r.previous.line === r.item.position.line && MEASURE_NAMED.test(r.item.title) ? r.item : undefined;
  if (!above && bare && heading) {
    r.motion = r.motion ?? { held: [] };
    r.motion.ofItem = true;
    return;
  }
  if (!above) return r.openMotion(words, line);
  r.motion = r.motion ?? { held: [] };
  r.motion.ofItem = true;
  r.motion.above = above;
}

/** A mover label: a motion opens, its text on this line or the lines below. */
function moved(r: Reading, line: Line, rule: string): void {
  const text = line.text;
  // "1.2" then "Moved" / "B. Esslinger - M. Banga:": a minute with no title, the motion its text.
  r.pendingNumber = undefined;
  // "AMENDMENT" over "Moved: Cr X" / "That …": the motion above is held while the amendment is put.
  if (rule === 'label.amendment-heading') {
    expectAmendment(r, /^procedural\b/i.test(text) ? 'procedural' : true);
    return;
  }
  // "Council Resolution 2023/245" then "Moved Cr Hughes": the motion below carries the decision, and answers for the label
  // (a motion defeated below it leaves nothing unclaimed).
  if (r.block && !r.block.pending && r.block.intro && r.block.clauses.length === 0) {
    if (r.block.marker) r.claimed.push(r.block.marker.line);
    r.block = undefined;
  }
  // "RESOLUTION NO. 2027-12" / "IN THE MATTER OF REFERRING …" / "Commissioner Lindgren moved to adopt Resolution No. 2027-12.": the
  // title under the label is what the motion adopts by its number, so the motion is the record, not the title as well.
  const number = r.block && !r.block.pending && r.block.clauses.length === 1 && r.block.marker ? /\d[\w-]*\d/.exec(r.block.marker.text)?.[0] : undefined;
  if (number && r.block && !/[a-z]/.test(r.block.clauses[0].parts.join(' ')) && new RegExp(String.raw`\b(?:adopt|approve|pass)\s+(?:Resolution|Order|Ordinance)\s+(?:No\.?\s*)?${number}\b`, 'i').test(text)) {
    r.claimed.push(r.block.clauses[0].line);
    r.block = undefined;
  }
  carriedByRoll(r, rule);
  if (!r.block?.pending) r.close();
  // Each headline starts a motion of its own: the one above, with its result, is done.
  if (rule === 'label.motion-headline') r.flushMotion();
  r.motion = r.motion ?? { held: [] };
  r.motionRule = rule;
  // "(Lost)", "(Withdrawn)": its words decide nothing. "(Carried)" under the item's "Council Decision" above: the decision
  // already holds its words, as adopted.
  if (rule === 'label.motion-headline' && (!/\(carried\)$/i.test(text) || r.clauses.some((c) => c.item === r.item?.id && c.kind === 'resolution'))) r.motion.lost = true;
  // "Motion to approve the consent agenda by X, second by Y.": the motion stands before its movers, and a Florida
  // commission's "Motion to approve Resolution 2026-88 made by …" says it was made before who made it.
  if (rule === 'label.motion-to-by') {
    // A Florida commission's "…; seconded by …": a semicolon after the mover. A school board's "…, made by X, seconded by Y"
    // sets the mover off with a comma.
    const first = /^motion\s+(to\s+[a-z]+\b.*?)(?:,?\s+(?:was\s+)?(?:made|moved|offered))?\s+by\s+(?:(?:mr|mrs|ms|dr)\.\s*)?[^,.;]{2,60}[,;]?\s+second(?:ed)?\s+by\b/i.exec(text);
    // "Resolution 2027-58 – Awarding a contract …" over "Motion to adopt made by …": the verb alone moves the measure above,
    // where the line above names one.
    if (first) openOrAbove(r, first[1], line);
    return;
  }
  // "Motion to approve the consent agenda." over "Motion by X, second by Y.": the motion's words, its movers below.
  // A New Jersey clerk's "Motion to adopt on second reading: Councilman Feld. Second: Councilman Ruiz.": the mover after a
  // colon, the seconder after him; neither is part of the motion.
  if (rule === 'label.motion-to') {
    // A Florida commission's "Motion to approve Resolution 2026-R-88 made by Commissioner Vance;" / "seconded by …": the mover
    // named after the motion, its seconder cut onto a line of its own.
    // "Resolution No. 2026-214 – Referring the Proposed Amendment …" over "Motion to adopt: Councilman Dwyer; Second: …": the
    // verb alone moves the measure above, as with the movers after it.
    openOrAbove(r, text.replace(/^(?:action\s*[:\-–—]\s*)?motion\s+/i, '').replace(MOVER_AFTER_COLON, '').replace(MADE_BY_AFTER, ''), line);
    return;
  }
  // "M/S/C (Lee/Ross) to approve …", "Lee/Ross – to approve …", "MOTION: Lee SECOND: Ross to adopt …": the motion after the names.
  const namesFirst = rule === 'label.msc' || rule === 'label.slash-movers-to' || rule === 'label.motion-second-labels';
  if (namesFirst || rule === 'label.motion-paren') {
    const afterNames = namesFirst ? /(?:^|\s)(to\s+[a-z]+\b.+)$/.exec(text) : /\)\s*[-–—:]?\s*(to\s+[a-z]+\b.+)$/.exec(text);
    // "… as presented. 5-0.": the tally printed after the motion is none of its words.
    if (afterNames) r.openMotion(afterNames[1].replace(SCORE_AFTER, ''), line);
    // "R-2026-301 Authorizing the award …" over "Motion: Councilwoman Liang  Second: …": the resolution the names moved.
    // A school board's "8.1 Approve the purchase of …" over "Motion: Member Okafor   Second: Member Beltran   Vote: 5-0": the
    // agenda line worded as the motion, and the tally printed after the names on the same line.
    else if (namesFirst) {
      r.motion.above = r.motion.above ?? proposalAbove(r, line, false, true);
      const tally = TALLY_AFTER_NAMES.exec(text);
      if (tally && r.motion.above) {
        countVotes(r, tally[1], line.line);
        settleByTally(r, line, rule);
      }
    }
    if (afterNames || namesFirst) return;
  }
  // "MOTION: To table the item to the January meeting …", "MOTION: To recommend that City Council extend …": the words after
  // the label are the motion, its verb and all. The rule looks ahead at them, so its match is the label alone.
  const labelled = rule === 'label.motion-text' ? labelMatch(text, rule, r.lex) : null;
  if (labelled) {
    r.openMotion(motionWords(text.slice(labelled[0].length)), { ...line, column: line.column + labelled[0].length });
    return;
  }
  // "MOVED BY X, SECONDED BY Y, THAT ..." / "Motion by X, seconded by Y, to adopt ..." carry the clause on the line; a "that" in
  // a sentence after the movers' is someone else's words ("… seconded by Cllr. Kennedy. The District Engineer advised that …").
  const thatAnywhere = /,?\s+([“"]?(?:that|THAT|That)\s+.+)$/.exec(text);
  const that = thatAnywhere && !/[a-z)]\.\s+(?:The|This|It|He|She|They|Members|Councillors|An?)\s/.test(text.slice(0, thatAnywhere.index)) ? thatAnywhere : null;
  // "It was moved by Member Farrah and seconded by Member Quist to approve …", "Trustee Marsh moved, Trustee Lund seconded
  // to award …", a county board's "Motion by Sup. Meyer, second by Sup. Kranz to refer …", a Michigan board's "It was moved by
  // Trustee Lee and supported by Trustee Hale to table …": the seconder's name, then the motion (in capitals too: "MOTION BY
  // TRUSTEE HALE, SECONDED BY TRUSTEE LEE, TO ACCEPT THE 2026 AUDIT …"); a California board's "… seconded by Director Kim,
  // and unanimously carried to approve …", "… and carried by a 4-1 vote (Director Hughes opposed) to award …", its verdict first.
  // A Texas court's "… second by Commissioner Pct. 3 Haynes to extend …": the precinct's number is part of the name.
  const to = MOTION_TO.exec(text);
  // "Motion made by Commissioner Diaz to approve …", "A motion was made by Supervisor Ito to adopt …": the mover, then the
  // motion; an Indiana board's "EMS Agreement: Motion by Sowers to approve …, second by Perkins." after its topic.
  const madeBy = /^(?:(?=[A-Z])(?:[\w’'&/-]+\s+){0,3}[\w’'&/-]+:\s+)?(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\s+[^,.;]{2,60}?\s+(to\s+[a-z]+\b.+)$/i.exec(text);
  // "Member Kwan moved and Member Ruiz seconded approval of the calendar.": the motion named by its noun. A parish's "Cllr
  // Moss proposed a precept of £24,500, seconded by Cllr Kaur.": the sum proposed. An Alberta county's "Councillor Haldorsen
  // moved first reading of Bylaw No. 2026/19.": the reading given, named the same way.
  const noun = /\b(?:moved|seconded|proposed)\s+(?:the\s+)?((?:approval|adoption|acceptance|ratification|denial|rejection|deferral|postponement|tabling|(?:first|second|third|final)(?:\s+and\s+(?:second|third|final))?\s+readings?)\s+of\s+.+)$/i.exec(text) ??
    /\b(?:moved|proposed)\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:precept|budget|grant|donation|contribution|payment|sum|fee|charge|increase|allocation)\s+of\s+[£$€]\s?\d.+)$/i.exec(text) ??
    // "Councillor Haldorsen moved Bylaw No. 2026/19 be given first reading.", "Cllr Ray proposed the minutes be approved.": the
    // order with its "that" left out.
    /\b(?:moved|proposed)\s+((?:the\s+)?(?!(?:by|that|to|and|as|the)\b)(?:[A-Z][\w’'./-]*|(?<=the\s)[a-z][\w’'-]*)(?:\s+[\w’'./()-]+){0,10}?\s+be\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|t)\b.*)$/.exec(text);
  // "Member Park moved approval; Member Dominguez seconded.": the motion is the item's, its title says what it did.
  // A town meeting's "MOTION: Moved and seconded as printed in the warrant.": the article's own words are the motion.
  if (!noun && (/\b(?:moved|proposed)\s+(?:the\s+)?(?:approval|adoption|acceptance)\s*(?:[;,.]|$)/i.test(text) || AS_IN_WARRANT.test(text))) r.motion.ofItem = true;
  // Whichever comes first: "…, to approve staff's recommendation. X stated that …" moves the first.
  // "Councillor A moved and Councillor B seconded the following motion: “This Council asks …”": the quote is the motion, whatever
  // "that" or "to" stands inside it. So is "It was moved by Councillor A and seconded by Councillor B that: "This Council …"".
  const quoted = /\b(?:the\s+following\s+(?:motion|amendment)|that)\s*[:\-–—]\s*([“"]\s*\S.+)$/i.exec(text);
  let inline = madeBy ?? quoted ?? (that && to ? (to.index < that.index ? to : that) : that ?? to ?? noun);
  // "Motion by Commissioner Alvarez, second by Commissioner Whitfield, to approve.": a verb and no object, so the item's
  // title says what was approved, as after "moved approval".
  // "Motion to adopt by Councilman Ferris, second by Councilwoman Diaz." the same, its movers after the verb.
  if (inline && BARE_MOTION_ONLY.test(inline[1].replace(MOVERS_AFTER_VERB, ''))) {
    r.motion.ofItem = true;
    inline = null;
  }
  // "Mayor Lowe called for a motion to adopt the urban forest plan." / "Councilmember Hill so moved, …": the chair named the
  // motion, and "so moved" moves those words.
  const called = !inline && SO_MOVED.test(text) ? calledFor(line) ?? (r.previous && calledFor(r.previous)) : undefined;
  // "Motion: That …" and "X moved to approve …" carry the clause without a seconder on the line; so does a British Columbia
  // board's "MOVED Director Okafor THAT the meeting be adjourned …", a motion no one needed to second.
  // "Councillor Ward moved that the strategy be approved, seconded by Councillor Lee.": the seconder is no part of the motion.
  // An Irish district's "4.2 Cllr. Collins proposed: “That this Municipal District calls on …”": the quoted words after its
  // colon.
  if (inline && (madeBy || inline === noun || OWN_WORDS.test(text) || MOVED_BY_NAME.test(text) || MOVER_PAIR.test(text) || MOVER_NUMBERED.test(text) || FOLLOWING_MOTION.test(text) || rule === 'label.motion-text' || rule === 'label.motion-paren' || rule === 'label.moved-councillor')) {
    // "Councilmember Haines made a substitute motion to …": the motion before it is replaced, never put.
    if (SUBSTITUTE.test(text)) r.dropMotion();
    r.openMotion(motionWords(inline[1]), line);
    // "It was moved, seconded and carried that …": the verdict before the motion's words settles it on its own line, so no
    // marker below ("… it was RESOLVED to award …") replaces it as a motion never put.
    if (SETTLED_BEFORE.test(text.slice(0, inline.index))) r.flushMotion();
  }
  else if (called) r.openMotion(called.text, called.at);
  else if (!inline) {
    // A parish's annual meeting: "Cllr Mirza was proposed by Cllr Pearce, seconded by Cllr Hart, and elected unanimously.": the
    // nomination and the election in one sentence, which is the record.
    const elected = r.kind === 'minutes' ? ELECTED_AFTER_MOVERS.exec(text) : null;
    if (elected) {
      // "… and was duly elected Chairman for the ensuing year. Cllr Rose signed the Declaration …": the election's sentence only.
      const end = /[.;](?=\s+[A-Z])/.exec(text.slice(elected[0].length));
      const sentence = end ? text.slice(0, elected[0].length + end.index + 1) : text;
      r.commit({ kind: 'resolution', parts: [sentence], line: line.line, column: line.column, item: r.item?.id, rules: evidence(rule, 'reader.elected-after-movers') });
      r.motion = undefined;
      return;
    }
    // "Cllr. T. Dunne proposed Cllr. M. Foley, seconded by Cllr. E. Walsh. Cllr. M. Foley was elected Leas-Chathaoirleach.": a
    // nomination's movers, then what came of it in a sentence of its own on the line.
    const told = r.kind === 'minutes' ? outcomeSentences(text, r.lex).filter((o) => o.at > 0) : [];
    // "Cllr. Lynch seconded the motion. The motion was agreed.": the verdict on the motion, quoted above or moved here.
    const verdict = told.length === 1 ? matchLabel(told[0].text, r.lex) : undefined;
    // "Commissioner Rios moved approval; Commissioner Yates seconded. The resolution was adopted unanimously.": the same.
    if (verdict?.kind === 'carried' && /^(?:the|this)\s+(?:motion|proposal|resolution|ordinance)\b/i.test(told[0].text)) {
      carried(r, { ...line, text: told[0].text, column: line.column + told[0].at }, verdict.rule);
      return;
    }
    // "Cllr. Ryan proposed the motion which was seconded by Cllr. Morris. The Members supported the motion and it was agreed to
    // forward it to TII.": the verdict names the motion quoted above, and what was agreed after it is a decision of its own.
    const named = r.quoted && !r.quotedOpen ? told.findIndex((o) => AGREED_THE_MOTION.test(o.text)) : -1;
    if (named >= 0) carried(r, { ...line, text: told[named].text, column: line.column + told[named].at }, 'reader.quoted-agreed');
    if (told.length) {
      for (const o of told.filter((_, k) => k !== named)) r.commitOutcome(o, line, 0);
      r.motion = undefined;
      return;
    }
    // An Irish district's quoted notice of motion, then "Proposed by Cllr. S. Smith, seconded by Cllr. P. Farrelly and agreed.":
    // the movers and the verdict on the motion quoted above, in one sentence.
    if (r.quoted && /\bseconded\b[^;:]{2,80}?\s(?:and\s+)?(?:agreed|carried|adopted)\.?$/i.test(text)) {
      carried(r, line, rule);
      return;
    }
    // "Commissioner Dunleavy moved approval;" / "seconded by Vice Mayor Ortega.": the seconder's line keeps what the mover's found.
    // "R-2026-188 Authorizing the award …" over "Offered by: Committeewoman Reyes": a label and a name alone move the
    // resolution above, its title with no stop.
    r.motion.above = r.motion.above ?? proposalAbove(r, line, r.motion.ofItem, NAME_ONLY.test(text));
  }
}

/**
 * A school board's agenda line worded as the motion, its movers under it with no words of their own: "8.1 Approve the change
 * order for the roof in the amount of $42,310." / "Motion by Member Tran, seconded by Member Morales. Motion carried 5-0."
 * `ofItem`: the movers moved its approval ("Commissioner Dunleavy moved approval; seconded by …"), so a line that names the
 * matter without a verb ("8.A. Resolution No. 2026-R-145, approving an agreement with …") says what was approved, when no
 * item title above does.
 */
function proposalAbove(r: Reading, line: Line, ofItem = false, namesOnly = false): { text: string; line: Line; at: number } | undefined {
  const prev = r.previous;
  // "8.1 Approve … $214,800. Motion: Member Okafor   Second: …": a paragraph run into one line holds both, cut apart.
  if (!prev || (prev.line === line.line && prev.column === line.column) || r.block?.pending || r.clauses.some((c) => readFrom(c, prev))) return undefined;
  // BoardDocs: "Motion & Voting" / "Approve the 2027-28 instructional calendar with the winter break …" / "Motion by X, second by
  // Y.": the words under the heading (dropped as a running head where every item repeats it) are the motion as moved, which may
  // differ from the item's recommended action above; an unnumbered sentence in the imperative, its stop and all.
  if (ACTION_VERB_FIRST.test(prev.text) && /[.]$/.test(prev.text) && prev.text.length <= 400 && !matchLabel(prev.text, r.lex)) return { text: prev.text, line: prev, at: 0 };
  // "ITEM 8.B - RESOLUTION 2026-118" / "A RESOLUTION OF THE CITY OF … AUTHORIZING THE CITY MANAGER TO APPLY FOR …" / "MOTION: …
  // moved to approve.": the measure's long title in capitals, under the item that names only its number, is what was moved.
  if (!/[a-z]/.test(prev.text) && MEASURE_LONG_TITLE.test(prev.text) && prev.text.length <= 400) return { text: prev.text, line: prev, at: 0 };
  // The same title wrapped before its last words ("… FOR THE BOARD OF DIRECTORS OF THE HILL COUNTY" / "APPRAISAL DISTRICT").
  const wrapped = !/[a-z]/.test(prev.text) && !matchLabel(prev.text, r.lex) ? titleWrappedAbove(r, prev, MEASURE_LONG_TITLE) : undefined;
  if (wrapped) return wrapped;
  if (ofItem && r.item) return undefined;
  // Unnumbered, a heading in capitals that names its measure: "ORDINANCE NO. 1187 – AMENDING CHAPTER 12 …" over "MOTION: …" /
  // "SECOND: …" (in title case, "Resolution No. 2027-48 – Referring …" is read by its number below).
  const rest = /^(?:(?:[Ii]tem\s+)?\d{1,2}(?:\.(?:\d{1,2}|[A-Z])){0,2}\.?|[A-Za-z]\.)\s+(.+)$/.exec(prev.text)?.[1] ?? (!/[a-z]/.test(prev.text) && INSTRUMENT_TITLE.test(prev.text) ? prev.text : undefined);
  // The same heading wrapped before its bracket: "ORDINANCE NO. 902 – AMENDING CHAPTER 9 REGARDING FIREWORKS" / "(SECOND READING)".
  const up = !rest && /^\([^()a-z]{2,60}\)$/.test(prev.text) ? titleWrappedAbove(r, prev, INSTRUMENT_TITLE) : undefined;
  if (up) return up;
  // "R-2026-214 Authorizing the award of a contract …": a New Jersey resolution's number, then what it does; with no stop
  // over movers who name no words ("Motion: Council Member Fiorentino; second: …"), nothing else is what they moved.
  const resolution = rest ? undefined : RESOLUTION_NUMBERED.exec(prev.text)?.[1];
  if (resolution && (/[.]$/.test(resolution) || ofItem || namesOnly) && resolution.length <= 300) return { text: resolution, line: prev, at: prev.text.indexOf(resolution) };
  if (!rest || rest.length > 300) return undefined;
  // A measure's title may have lost its stop to a page run into one line, where the title was cut from what follows it.
  const instrument = INSTRUMENT_TITLE.test(rest);
  if (!(ofItem || ACTION_TITLE.test(rest) || instrument) || !(/[.]$/.test(rest) || instrument)) return undefined;
  return { text: rest, line: prev, at: prev.text.indexOf(rest) };
}

/** A measure's title in capitals on the line over `prev`, which holds its last words: the two read as one, if none is read yet. */
function titleWrappedAbove(r: Reading, prev: Line, title: RegExp): { text: string; line: Line; at: number } | undefined {
  const up = r.lines[r.at - 2];
  if (!up || /[a-z]/.test(up.text) || !title.test(up.text) || r.clauses.some((c) => readFrom(c, up))) return undefined;
  return { text: `${up.text} ${prev.text}`, line: up, at: 0 };
}

/** A US measure's long title: "A RESOLUTION OF THE CITY OF … AUTHORIZING …", "AN ORDINANCE … AMENDING CHAPTER 22 …". */
const MEASURE_LONG_TITLE = /^AN?\s+(?:RESOLUTION|ORDINANCE)\s+(?:OF|BY)\s+THE\s+[A-Z][^.;:]{3,160}?\s[A-Z]{3,}ING\b/;

/**
 * "a. Resolution No. 2026-R-77, authorizing the City Manager to …", "Ordinance No. 2026-14, amending Chapter 22 …": a measure
 * named by its number and what it does, over movers who name no words: that measure is what they moved.
 */
// A CivicPlus page's heading in capitals: "ORDINANCE NO. 1187 – AMENDING CHAPTER 12 REGARDING SOLAR ENERGY SYSTEMS".
const INSTRUMENT_TITLE = /^(?:Resolution|Ordinance|By-?law|Local\s+Law|Order)\s+(?:No\.?\s*)?[\w-]*\d[\w.-]*,?\s+(?:[-–—:]\s+)?(?:being\s+)?(?:an?\s+(?:resolution|ordinance|by-?law)\s+)?[a-z]+ing\b/i;

/** "… made by Commissioner Vance;" at the end of a motion's line: its mover, the seconder cut onto the next line. */
const MADE_BY_AFTER = /\s+(?:was\s+)?(?:made|moved|offered)\s+by\s+[^,.;]{2,60}[;,]$/i;

/** A member's title and a name of up to three words: "Committeewoman Reyes", "Trustee Mary Ann Marsh". */
const TITLED_NAME = String.raw`${MEMBER_TITLE}\.?\s+[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,2}`;
/**
 * A mover's label and a name, nothing else: "Offered by: Committeewoman Reyes", "Moved by: Trustee Marsh"; the seconder's after
 * it on the line ("Offered by Committeeman Ridgway, seconded by Committeewoman Batts.", "… Seconded by: Mayor Weiss").
 */
const NAME_ONLY = new RegExp(String.raw`^(?:offered|moved|introduced)\s+by\s*:?\s*${TITLED_NAME}(?:\s*[,;]?\s+(?:and\s+)?seconded\s+by\s*:?\s*${TITLED_NAME})?\s*\.?$`, 'iu');
const MOVER_AFTER_COLON = new RegExp(String.raw`\s*:\s*${TITLED_NAME}[.;,]?(?:\s+second(?:ed)?\s*:.*)?$`, 'iu');

/**
 * A resolution's number, then its title worded as what it does: "R-2026-214 Authorizing …", "Res. 2026-88 Approving …", a
 * county board's "Resolution 26-73: Authorizing …" and "Ordinance 26-09: Amending Chapter 12 …"; a township's "R-2026-245
 * Resolution Referring the Proposed Redevelopment Plan … to the Planning Board", the measure's kind named before its verb
 * ("Ordinance 2026-19 – An Ordinance Amending Chapter 145 …" too).
 */
const RESOLUTION_NUMBERED = /^(?:R|Res\.?|Resolution(?:\s+No\.?|\s+#)?|Ord\.|Ordinance(?:\s+No\.?|\s+#)?|Order(?:\s+No\.?|\s+#)?)\s*-?\s*#?\d{2,4}-\d{1,4}(?:\s*:\s*|\s+(?:[-–—]\s+)?)((?:(?:An?\s+)?(?:Resolution|Ordinance)\s+)?[A-Z][a-z]+ing\b.+)$/;

/** A measure named by its number at a title's start: "Resolution 2026-214 – …", "Ordinance No. 1742 …". */
const MEASURE_NAMED = /^(?:Resolution|Ordinance|By-?law|Local\s+Law)\s+(?:No\.?\s*)?[A-Z]{0,3}-?\d[\w.-]*/i;
/** The movers after a bare motion's verb: "to adopt| by Councilman Ferris, second by Councilwoman Diaz.". */
const MOVERS_AFTER_VERB = new RegExp(String.raw`\s+by\s+${MEMBER_TITLE}\.?\s[^.;]*[.;]?$`, 'i');
const BARE_MOTION_ONLY = new RegExp(String.raw`^${BARE_MOTION}\s*[.;]?$`, 'i');

/** "Councilmember Hill so moved": the mover of the motion the chair called for. */
const SO_MOVED = /\bso\s+moved\b/i;
/** The chair naming the motion it wants: "called for a motion to adopt …", "would entertain a motion to approve …" (group 1). */
const CALLED_FOR = /\b(?:called\s+for|asked\s+for|requested|entertained|would\s+entertain|sought)\s+a\s+motion\s+(to\s+[a-z]+\b[^.;]*\.?)(?:$|\s+(?=[^.;]*\bso\s+moved\b))/i;
/** The words of the motion a chair called for on `line`, and where they stand. */
function calledFor(line: Line): { text: string; at: Line } | undefined {
  const m = CALLED_FOR.exec(line.text);
  return m ? { text: m[1], at: { ...line, column: line.column + m.index + m[0].length - m[1].length } } : undefined;
}

/**
 * The verdict told with the movers, before the motion's words: "moved, seconded and carried", "seconded and unanimously agreed",
 * an Irish district's "SECONDED by Cllr. Walsh and AGREED that …", a California board's "… seconded by Director Kim, and
 * unanimously carried to approve …".
 */
const SETTLED_BEFORE = /\bseconded(?:,?\s+|\s+by\s+[^,;:]{2,60}?,?\s+)and\s+(?:duly\s+|unanimously\s+)?(?:carried|agreed|adopted)\b/i;

/**
 * An Irish council's "Cllr. Nolan proposed the following motion: “That this Council calls on …”", an English one's "Councillor A
 * moved and Councillor B seconded the following motion: “…”": the motion after the colon.
 */
const FOLLOWING_MOTION = /\b(?:moved|proposed|tabled|submitted|seconded)\s+the\s+following\s+motion\s*[:\-–—]/i;

/**
 * Alberta's councils second no motion: "Moved by Councillor Szabo that Council approve …", the mover's name, then the motion
 * (an Ontario committee's "Moved by: M. Nakamura THAT the hearing be adjourned …", with the label's colon).
 */
const MOVED_BY_NAME = /^(?:[Mm]oved|[Pp]roposed|MOVED|PROPOSED)\s+(?:by|BY)\s*:?\s+(?:[A-Z][\w’'.-]*\s+){1,5}(?:that|THAT|That|to)\s/;

const SECONDER_AFTER = /,?\s+(?:and\s+)?(?:seconded|supported|second(?=\s+by\s))\s+(?:by\s+|(?=[A-Z]{2,3}\.?$))(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w’'-]*(?:\.(?=\s))?\s*){1,4}?(\.?)$/;
/** The stop the seconder's words ended with, unless the motion's own last word has one ("… at 8:40 p.m., seconded by …"). */
const keepStop = (_: string, stop: string, at: number, text: string): string => (text.slice(0, at).endsWith('.') ? '' : stop);
/**
 * "… to approve the consent items. Director Kim seconded the motion.", "…; Director Fielding seconded.", a community council's
 * "… for the Secretary. Seconded SM.": the seconder's own sentence. A name has no digits: "… to adopt Ordinance No. FY2027-09.
 * Assembly Member Sampson seconded." keeps the ordinance's number.
 */
const SECONDER_SENTENCE = /(?:(\.)|;)\s+(?:(?:[A-Z][A-Za-zÀ-ÿ’'-]*\.?\s+){1,4}seconded(?:\s+the\s+motion)?|Seconded\s+(?:by\s+)?(?:[A-Z][\w’'.-]*\s*){1,3}?)\s*\.?$/;
/** "The Chair proposed that pilotage charges rise by 3.5%. This was agreed.": the assent is the verdict, no word of the motion. */
const ASSENT_SENTENCE = /(?<=\.)\s+(?:This|That|It)\s+was\s+(?:(?:then|duly|unanimously)\s+)?(?:agreed|carried|approved|adopted)(?:\s+(?:unanimously|by\s+all(?:\s+members)?))?\s*\.?$/;
/** "… proposed a contribution of £500; this was seconded by Cllr Tyson and carried unanimously.": the seconder and verdict in a clause. */
const SECONDED_CLAUSE = /[;,]\s+(?:this|which|it)\s+was\s+(?:duly\s+)?seconded\s+by\s+[^;.]{2,60}?(?:,?\s+and\s+(?:\w+ly\s+)?(?:carried|agreed|approved)(?:\s+\w+ly)?)?\s*\.?$/;
/** A parish's assent after a semicolon: "…; all in favour.", "…; all agreed.", "…; carried unanimously." */
// A dash or a bracket the same: "… be reappointed for 2026/27 – carried unanimously.", "… be approved (Carried)."
const ASSENT_AFTER = /(?:;\s*|\s+[-–—]\s+)(?:all\s+(?:in\s+favour|agreed)|(?:unanimously\s+)?(?:agreed|carried)(?:\s+unanimously)?)\s*\.?$|\s*\(\s*(?:unanimously\s+)?(?:agreed|carried)(?:\s+unanimously)?\s*\)\s*\.?$/i;
/** The motion's own words on its mover's line: the seconder and the assent told after them are not. */
const motionWords = (text: string): string => text.replace(ASSENT_AFTER, '.').replace(SECONDER_AFTER, keepStop).replace(SECONDER_SENTENCE, '$1').replace(ASSENT_SENTENCE, '').replace(SECONDED_CLAUSE, '');

const VERDICT_ON_MOTION = String.raw`^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:agreed|approved|adopted|supported|carried)\s+the\s+(?:notice\s+of\s+)?motion`;
/** An outcome that names only the motion it adopted: "The Council agreed the Notice of Motion.", "Members approved the motion." */
export const AGREED_THE_MOTION = new RegExp(String.raw`${VERDICT_ON_MOTION}\.?$`, 'i');
/** The same verdict, then more: "The Members supported the motion and it was agreed to …". */
const AGREED_THE_MOTION_AND = new RegExp(String.raw`${VERDICT_ON_MOTION}\s+and\s+(?=(?:it\s+was\s+)?(?:agreed|resolved|decided)\s+(?:to|that)\s)`, 'i');

/**
 * "Councillor Kerr asked that the Council write to the Permanent Secretary …" then "Agreed." on a line of its own: with nothing
 * moved, the bare assent agrees to the request above it, as it would at the end of the request's own line.
 */
function assentToRequestAbove(r: Reading, line: Line): boolean {
  const above = r.previous;
  if (r.motion || r.block || r.quoted || r.kind !== 'minutes' || !above || (above.line === r.item?.position.line && above.column === r.item.position.column) || !ASSENT_ALONE.test(line.text)) return false;
  const agreed = outcomeSentences(`${above.text} ${line.text}`, r.lex).filter((o) => o.rule === 'outcome.trailing' && o.at < above.text.length);
  for (const o of agreed) r.commitOutcome(o, above, 0);
  return agreed.length > 0;
}

// The markers that open a decision's full text below the verdict: "Decision", or the body as the list's subject ("The
// Committee therefore:-").
const RESTATES = new Set(['marker.decision-heading', 'marker.body-subject']);

/**
 * A Scottish committee's "Motion" / "To approve …" / "Amendment" / "To note …" / "The Amendment was carried by 7 votes to 4 and
 * the Committee resolved accordingly." then "Decision" / "The Committee noted …": the decision block below says in full what
 * was resolved, so the motion or amendment carried is not a second record of it. Its words are answered for. So it is where
 * "The motion was accordingly carried." is followed by "The Committee therefore:-" and the decisions listed.
 */
function restatedBelow(r: Reading, line: Line): boolean {
  const words = r.amendment ? [r.amendment] : r.motion && !r.motion.lost ? r.motion.held : [];
  if (words.length === 0) return false;
  // "… and the Committee resolved accordingly", "… and the amendment was accordingly carried": the formula that a Decision
  // follows, its last words wrapped onto a line of their own at times ("… and the Committee" / "resolved accordingly.").
  const ahead = r.following(line, 3);
  const tail = ahead[0] && /^(?:[\w-]+\s+){0,2}accordingly\b[^.;]{0,20}\.?$/i.test(ahead[0].text) ? ahead[0] : undefined;
  if (!(/\baccordingly\b/i.test(line.text) || tail)) return false;
  if (!ahead.slice(0, tail ? 3 : 2).some((l) => RESTATES.has(matchMarker(l.text, r.lex)?.rule ?? ''))) return false;
  for (const c of words) r.claimed.push(c.line);
  r.claimed.push(line.line);
  // "Councillor A, seconded by Councillor B, moved that …" / "… and the motion was accordingly carried.": the verdict on the
  // line after the amendment leaves the motion's clauses open, and the decision below is not more of them.
  if (r.block?.pending) {
    for (const c of r.block.clauses) r.claimed.push(c.line);
    r.block = undefined;
  }
  r.amendment = undefined;
  r.motion = undefined;
  return true;
}

/** An amendment carried in place of the motion: "… and became the motion", "became the substantive motion". */
const BECAME_MOTION = /\bbecame\s+the\s+(?:substantive\s+|main\s+)?motion\b/i;

/** The line above is the item's title, and nothing moved, opened or quoted waits for a verdict. */
const straightUnderTitle = (r: Reading): boolean => !r.motion && !r.block && !r.quoted && !r.amendment && r.item !== undefined && r.previous?.line === r.item.position.line;

/** "Carried": the motion, amendment or quoted motion above is the decision. */
export function carried(r: Reading, line: Line, rule: string): void {
  const text = line.text;
  // "2. Minutes of February meeting" / "Approved.": with nothing moved, a bare verdict straight under the item's title line is
  // the item's verdict, as "Accepted." there is.
  if (straightUnderTitle(r) && BARE_VERDICT.test(text) && actionLine(r, line, 'label.verdict-under-title')) return;
  // "MOTION CARRIED: To transfer $12,000 from … (Dunn/Reyes) 5-0.": the verdict first, the motion's words after it.
  // "MOTION: Council Member Liu" / "SECOND: …" / "MOTION CARRIED to approve …": movers with no words of their own yet.
  const first = (!r.motion || r.motion.held.length === 0) && !r.block?.pending ? VERDICT_FIRST.exec(text) : null;
  if (first) {
    if (!r.motion) r.motionRule = rule;
    r.openMotion(first[1].replace(MOVERS_SCORE_AFTER, '').replace(SCORE_AFTER, ''), { ...line, column: line.column + text.indexOf(first[1]) });
  }
  // A page run into one line puts the amendment's own quoted words ("… notes the motion …") before a verdict that names the
  // amendment itself: the verdict's own words say which was carried.
  const said = /\bamendment\b/i.test(line.text) ? line.text : verdictSentence(r, line);
  const open = r.motion !== undefined || r.block?.pending === true || r.quoted !== undefined;
  // "… and the amendment was accordingly carried": the amendment is the decision, the motion falls.
  if (restatedBelow(r, line)) return;
  // A bare "CARRIED" under a "PROCEDURAL MOTION" ("That the matter lie on the table …") is that motion's: it is put and decided
  // before the motion it interrupts.
  const procedural = r.amendment?.rules.includes('reader.procedural-motion') && !/\bmotion\b/i.test(said);
  if (r.amendment && (procedural || (/\bamendment\b/i.test(said) && !/\bmotion\b[^.;]*\bcarried\b/i.test(said.replace(/^.*?\bamendment\b/i, ''))))) {
    // "Amendment Carried" then "Main Motion as Amended Carried": a Canadian council amends the motion and then carries it,
    // so the motion stays open for its own verdict.
    const mainFollows = r.following(line, 4).some((l) => isMainMotionVerdict(l.text, r.lex));
    // "The amendment was CARRIED and became the motion." then "The motion as amended was put and CARRIED.": the amendment's
    // words replaced the motion's, so the motion carried is the amendment, not the words first moved.
    if (!mainFollows || BECAME_MOTION.test(said)) r.dropMotion();
    r.commit({ ...r.amendment, rules: evidence(...r.amendment.rules, rule) });
    r.amendment = undefined;
    return;
  }
  r.amendment = undefined;
  const before = r.clauses.length;
  const motionless = r.motion !== undefined && r.motion.held.length === 0 && !r.block?.pending;
  const ofItem = r.motion?.ofItem;
  const above = r.motion?.above;
  for (const c of [...(r.motion?.held ?? []), ...(r.block?.pending ? r.block.clauses : [])]) c.rules = evidence(...c.rules, rule);
  r.flushMotion();
  const item = r.item;
  // A long motion ("… with the following changes:" and thirty lines of agenda items) ends far above its verdict.
  if (r.clauses.length > before) r.claimed.push(line.line);
  // "“That this council …”" then "The Motion was put and carried.": the quoted motion above was adopted.
  r.settleQuoted(before, rule);
  // BoardDocs: "7.01 Approve Field Trip to Washington, D.C." / "Motion by X, second by Y." / "Final Resolution:
  // Motion Carries": the motion has no words of its own, the item's title says what it did.
  if (r.clauses.length === before && motionless && above) {
    commitAbove(r, above, r.motionRule, 'reader.proposal-above', rule);
  } else if (r.clauses.length === before && motionless && item && !r.recorded(item.id) && (ofItem || ACTION_TITLE.test(item.title) || (namesPaper(item.title) && !r.block))) {
    // "2. Minute of Previous Meeting" / "Proposed: A. Shearer" / "Seconded: M. Baird" / "Approved.": the paper the item names
    // is what the movers moved, while nothing else in the item (a motion's words read above the movers) says what they did.
    // An item already decided by a motion with words of its own is not decided again by its title: movers with no words
    // after it belong to an item whose heading was not read.
    commitItemTitle(r, item, rule);
  } else if (r.clauses.length === before && motionless && item) {
    // "Recommendation: Deny the appeal …" / "Motion: Council Member Park" / "Second: …" / "Motion carried 3-2.": the names
    // moved what the item put to the meeting, one recommendation or a list of them, while the item has no decision yet.
    for (const put of r.recommendationsPut(item)) r.commit({ ...put, kind: 'resolution', origin: undefined, rules: evidence(r.motionRule, 'reader.recommendation-motion', rule) });
  }
  // "1. Resolution No. 2026-84 authorizing the submission of a grant application …" / "On motion of Commissioner Hayes, seconded
  // by …, the Resolution was adopted 6-1.": the verdict names the measure printed on the line above, which is the decision.
  if (r.clauses.length === before && !open && THE_MEASURE_VERDICT.test(text)) {
    const measure = proposalAbove(r, line);
    if (measure) commitAbove(r, measure, rule, 'reader.proposal-above');
  }
  // "The substantive motion was carried by 31 votes to 29", "The recommendation was put to the
  // meeting and declared carried." with no motion text anywhere in the item: the verdict is the
  // only record of the decision. An amendment's vote is not the decision: the substantive motion's is.
  // Not "CARRIED UNANIMOUSLY" alone under movers whose words were not read: the verdict says nothing of what was carried.
  if (r.clauses.length === before && (VOTE_COUNT.test(text) || VERDICT_ON_RECOMMENDATION.test(text)) && !/\bamendment\b/i.test(text) && !r.recorded(item?.id) && !(motionless && VERDICT_WORDS_ONLY.test(text))) {
    r.commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column, item: item?.id, rules: evidence(rule, 'reader.vote-only-record') });
  }
  // "Adopted Resolution No. 2026-04 approving the lease. (4-1)": US action minutes open with the verdict and name the matter
  // after it. With no motion above for the verdict to close, the line is the decision.
  // Only that shape: "The substantive motion … was carried." after its amendment is the verdict, however it reads.
  // "Ordinance 2026-19 was adopted on second reading." closes the motion above it, and with none it is the decision.
  // A California board's "On motion of Supervisor Lin, seconded by Supervisor Walsh, Resolution No. 2026-118 was adopted by the
  // following vote:": the movers first, the measure named in the sentence after them.
  // A Missouri city's "Bill No. 26-120 was read a second time by title and passed by the following vote:", no outcome's shape
  // but the measure's: the line is the decision.
  if (r.clauses.length === before && !open) {
    const told = outcomeSentences(text, r.lex);
    for (const o of told) if (o.rule === 'outcome.bare-verb' || MEASURE_VERDICT.test(text) || MEASURE_VERDICT.test(o.text)) r.commitOutcome(o, line, 0);
    if (told.length === 0 && /^bill\b/i.test(text) && MEASURE_VERDICT.test(text)) r.commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column, item: r.item?.id, rules: evidence(rule) });
  }
  // "The Members supported the motion and it was agreed to forward it to TII.": the verdict on the motion above, then a
  // decision of its own in the same line.
  const more = AGREED_THE_MOTION_AND.exec(text);
  const marker = more ? matchMarker(text.slice(more[0].length), r.lex) : undefined;
  if (more && marker?.kind === 'resolved' && marker.rest) {
    const at = text.length - marker.rest.length;
    r.commit({ kind: 'resolution', parts: [marker.rest], line: line.line, column: line.column + at, item: r.item?.id, rules: evidence(marker.rule) });
  }
}

const BARE_VERDICT = /^(?:approved|agreed|carried|adopted)\.?$/i;
const VERDICT_WORDS_ONLY = /^(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|agreed|adopted|passed)\s+(?:unanimously|nem\.?\s*con\.?)\.?$/i;
/** A verdict that names the measure it was on: "… the Resolution was adopted 6-1.", "The Ordinance was passed unanimously." */
const THE_MEASURE_VERDICT = /\bthe\s+(?:resolution|ordinance|by-?law)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:adopted|approved|passed|enacted|carried)\b/i;
/**
 * A measure named by its number, first in the line or after the roll call: "Ordinance 2026-19 …",
 * "Upon roll call vote, Bill No. 26-121 …".
 */
const MEASURE_VERDICT = /^(?:(?:on|upon)\s+(?:a\s+)?roll[- ]call(?:\s+vote)?,?\s+)?(?:ordinance|resolution|by-?law|local\s+law|bill)\s+(?:no\.?\s*|#\s*)?[A-Z]{0,3}-?\d/i;

/** "The Amendment on being put was declared" / "CARRIED.": a verdict cut off its own sentence is read with it. */
function verdictSentence(r: Reading, line: Line): string {
  return r.previous?.line === line.line ? `${r.previous.text} ${line.text}` : line.text;
}
