import type { Outcome, Vote } from '../../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import { matchLabel, MOVER_NUMBERED, MOVER_PAIR } from '../markers.js';
import { hasSlashPair, readMovers, type Movers } from './names.js';
import { readVote } from './votes.js';
import { BARE_MOTION, MADE_MOTION, SCORE_AT_END } from '../../lexicon/words.js';
import { isAssentAlone } from '../outcome.js';

/** What one line says about a motion: who moved it, how the vote went, what became of it. */
export interface LineFacts extends Movers {
  vote?: Vote;
  outcome?: Outcome;
  /** The line is about an amendment to the motion, not the motion. */
  amendment: boolean;
  /** The line carries the text of its own motion ("Moved by X that …"), so its movers are that motion's. */
  ownMotion: boolean;
  /** "Motion to approve the change of manager failed for lack of a second.": the verdict names its own motion's words. */
  ownVerdict?: boolean;
  /** "(Proposed Cllr A, seconded Cllr B)": printed after the decision it belongs to. */
  after: boolean;
  /** "AMENDMENT" alone: the motion moved next is an amendment. */
  heading?: boolean;
}

const TRAILING_SCORE = new RegExp(SCORE_AT_END);

/** Lines without one of these word stems say nothing about a motion: most lines skip every pattern below. */
const ANY = /^\s*(?:(?:for|yes)\b|no\s*:)|^\s*\(?\d{1,3}\s*[-–]\s*\d|\(\d{1,2}\s*[-–]\s*\d{1,2}[,)]|voting|absent|oppos|mov|propos|offered|second|support|carri|lost|defeat|fail|withdr|pass|vote|aye|yea|nay|noe|unanim|nem|favou?r|against|abstain|abstent|motion|approv|\byes\b|roll\s*-?\s*call|adopt|accept|amend|^\s*(?:all\s+)?agreed\b|^\s*outcome\s*:|^\s*(?:this|it)\s+was\s+/i;

const MOVER_WORD = /mov|propos|offered|second|support|motion|\/|:/i;
const VERDICT_STEM = /carri|pass|adopt|approv|accept|agree|lost|defeat|withdr|fell|fail|died|lapsed|so\s+voted|all\s+in\s+favou?r/i;
const VOTE_STEM = /\d|unan|nem|favou?r|dissent|aye|yea|nay|noe|against|abstain|abstent|absent|oppos|\bfor\b|\byes\b|^\s*no\s*:|vote/i;

/** A verdict inside a longer line: "seconded by Cr Bell and carried", "(Carried unanimously)", "… put to the meeting and CARRIED". */
const INLINE_VERDICT = /(?:\(\s*|[;,]\s*|\b(?:and|was|were|duly|motion|amendment)\s+(?:(?:then\s+)?put\s+(?:to\s+the\s+(?:vote|meeting)\s+)?and\s+)?(?:declared\s+)?(?:unanimously\s+)?)(carried|CARRIED|Carried|passed|PASSED|lost|LOST|Lost|defeated|DEFEATED|withdrawn|WITHDRAWN|Withdrawn)\b(?!\s+(?:out|forward|over|through)\b)/;
/** New Zealand minutes print the verdict in a right-hand column after the movers: "Cr Brooke/Cr Hill          Carried". */
const VERDICT_COLUMN = /(?:\s{2,}|\/[^/]{2,40}\s)(carried|CARRIED|Carried|lost|LOST|Lost)\s*\.?$/;
/** Irish and English minutes close a motion on its seconder's line: "Seconded by Cllr. A. Considine and agreed." */
const SECONDED_AGREED = /\b(?:[Ss]econded|SECONDED)\b[^;]{0,60}?\band\s+(agreed|AGREED)\b/;
/** A parish's assent closing its movers' sentence: "… seconded that the Council …; all in favour.", "…, seconded Cllr Pascoe, all agreed." */
const ASSENT_END = /[;,]\s*(?:all\s+(?:in\s+favou?r|agreed)|(?:unanimously\s+)?agreed(?:\s+unanimously)?)\s*\.?\s*$/i;
/** A community council's seconder in a sentence, then the assent: "… (max £600). Seconded NR. Agreed." */
const SECONDED_THEN_AGREED = /\b(?:[Ss]econded|SECONDED)\b[^;]{0,60}?[.;]\s+(Agreed|AGREED|Approved|APPROVED)\.?\s*$/;
/**
 * "… Mr. Hale, yes. Resolution 27-12 adopted.": the resolution just moved, adopted by its number after the roll call. Read as
 * the verdict on the motion only; a line that says no more is a record of its own (extract/outcome.ts).
 */
const NUMBERED_ADOPTED = /(?:^|[.;]\s+)(?:Resolution|Ordinance|RESOLUTION|ORDINANCE)\s+(?:No\.?\s*)?[\w./-]*\d[\w./-]*\s+(adopted|passed|ADOPTED|PASSED)\b/;
/** New York's "On motion of Trustee X, seconded by Trustee Y, the following resolution was ADOPTED 5-0:": the verdict on the resolutions printed below. */
// New Jersey's "The following resolutions were offered by X, seconded by Y, and adopted …:", "Resolutions 2026-061 through
// 2026-065 were offered by X … and adopted …": the movers between the resolutions and their verdict.
const FOLLOWING_ADOPTED = /\b(?:[Tt]he\s+following\s+(?:resolutions?|motions?)|[Rr]esolutions\s+#?[\w.-]*\d[\w.-]*\s+(?:through|thru|to|[-–])\s+#?[\w.-]*\d[\w.-]*)\s+(?:was|were)\s+(?:(?:duly|unanimously)\s+)?(?:(?:offered|moved|introduced)\s+by\s+[^:;]{2,120}?,?\s+and\s+(?:(?:duly|unanimously)\s+)?)?(adopted|passed|carried|ADOPTED|PASSED|CARRIED)\b/;
/** Louisiana's "…, the Police Jury passed the following resolution by a vote of 6-1:": the same verdict, the verb first. */
const ADOPTED_FOLLOWING = /\b(adopted|passed|ADOPTED|PASSED)(?=\s+the\s+following\s+(?:resolutions?|motions?)\b)/;
/** A town meeting's marker word before its verdict on the motion: "VOTED: Motion passed by majority vote." */
const VOTED_VERDICT = /^(?:VOTED|Voted)\s*[:\-–—]\s*(?=(?:the\s+)?(?:motion|Motion|MOTION)\b)/;
/** The verdict word of a line the lexicon calls a verdict. */
const VERDICT_WORD = /\b(carried|carries|passed|passes|adopted|approved|agreed|lost|defeated|withdrawn|fell|failed|fails|died|lapsed|not\s+carried)\b/i;
/** An amendment, not the matter "the amendment to the Local Plan" a motion decides, nor a division's "For the Amendment (5):". */
// Case-sensitive: the capital that marks a named matter ("to the Local Plan") is no capital under /i, where "an amendment to
// delete …" read as one.
const AMENDMENT = /(?:^|\b(?<!\b[Ff]or\s)(?:[Tt]he|[Aa]n|[Tt]his|[Ff]urther|[Ff]ollowing|[Ss]econd|[Ff]irst|THE|AN|THIS|FURTHER)\s+)(?:[Aa]mendment|AMENDMENT)\b(?!\s+to\s+(?:the\s+)?(?!motion|recommendation|resolution|proposal)[a-z]*\s*[A-Z])|\b[Aa]s\s+an\s+[Aa]mendment\b|\b(?:[Aa]mendment|AMENDMENT)\s+(?:was|moved|proposed|put|lost|carried|withdrawn|fell|defeated|WAS)\b|\b(?:[Mm]otion|MOTION)\s+(?:to|TO)\s+(?:amend|AMEND)\b/;
/** The line goes on to its own motion's words ("…, to approve." names none: the item's title is the motion). */
// "Council Member Dill moved to approve the request." names none either: the motion is the item's, so the movers are the
// record's made from its title above.
const OWN_MOTION = new RegExp(String.raw`\b(?:that|THAT|That)\s+(?!the\s+motion\b|the\s+amendment\b)\S|\b(?:moved|motion|${MADE_MOTION})\s+(?!${BARE_MOTION}\s*(?:[.;,]|$))to\s+[a-z]+\b|,\s+(?!${BARE_MOTION}\s*(?:[.;]|$))to\s+[a-z]+\b`);

/** A verdict on a motion whose words it names first: "Motion to approve the change of manager failed for lack of a second.". */
// "Motion to refer passed by majority vote." names the motion above by its verb only, and is its verdict.
// "2.3 Motion No. 4 in the name of Cllr. M. Daly was withdrawn.": a notice of motion named by its number, or under a number of
// its own, the same ("The motion in the name of Cllr. Daly was agreed." under the motion's words is that motion's verdict).
const OWN_VERDICT = new RegExp(String.raw`^(?:a\s+|the\s+)?motion\s+(?:was\s+made\s+)?(?!${BARE_MOTION}\s*(?:[.;,]|$))to\s+[a-z]+\s+(?!(?:back\s+|over\s+)?(?:carried|passed|failed|lost|defeated|died|lapsed|was|is|were)\b)\S+\s+\S|^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+(?:the\s+)?(?:notice\s+of\s+)?motion\s+(?:(?:no\.?\s*)?\d{1,3}\s+)?|(?:the\s+)?(?:notice\s+of\s+)?motion\s+no\.?\s*\d{1,3}\s+)in\s+the\s+names?\s+of\b`, 'i');

/** Read one line; undefined when it says nothing about a motion. */
export function readFacts(text: string, lex: Lexicon): LineFacts | undefined {
  if (!ANY.test(text) && !MOVER_PAIR.test(text) && !MOVER_NUMBERED.test(text) && !hasSlashPair(text)) return undefined;
  // An amendment's heading ("AMENDMENT", "Amendment: C-2025-089"), its movers and text on the lines below; a New South Wales
  // heading carries its minute number and movers ("214/26 AMENDMENT (Clr Moore/Clr Hartley)").
  // A Victorian council's "PROCEDURAL MOTION" ("That the matter lie on the table …") is put the same way, the motion standing.
  if (/^(?:\d{1,4}\/\d{2,4}\s+)?(?:(?:an?\s+|the\s+)?amendment|procedural\s+motion)\b/i.test(text) && matchLabel(text, lex)?.rule === 'label.amendment-heading') {
    return { ...(/\(/.test(text) ? readMovers(text) : {}), amendment: true, ownMotion: false, after: false, heading: true };
  }
  // A Toronto page's "1 - Motion to Amend Item moved by Councillor Matlow (Carried)": how the decision above was reached, its
  // words dropped or already in that decision (reading/labels.ts), so its mover and result are no record's.
  if (/\)$/.test(text) && /\bmoved\s+by\b/i.test(text) && matchLabel(text, lex)?.rule === 'label.motion-headline') return undefined;
  // Each reading only where its own words are: the label rules and name patterns cost most.
  const movers = MOVER_WORD.test(text) ? readMovers(text) : {};
  const outcome = VERDICT_STEM.test(text) ? readOutcome(text, lex) : undefined;
  const vote = VOTE_STEM.test(text) ? readVote(text) : undefined;
  // "M/S/C (Lee/Ross) to approve … (5-0)": the C is the verdict, the score at the end its tally.
  const shorthand = /^(?:[Ii]t\s+was\s+)?(?:M\/S\/C|MSC)\b/.exec(text.trim());
  const verdict = outcome ?? (shorthand ? { value: 'carried' as const, words: shorthand[0] } : undefined);
  const score = shorthand && !vote ? TRAILING_SCORE.exec(text) : null;
  const tally = vote ?? (score ? { for: Number(score[1]), against: Number(score[2]), words: `${score[1]}-${score[2]}` } : undefined);
  if (!movers.mover && !movers.seconder && !verdict && !tally) return undefined;
  return {
    ...movers, ...(tally ? { vote: tally } : {}), ...(verdict ? { outcome: verdict } : {}),
    amendment: AMENDMENT.test(text),
    ownMotion: Boolean(movers.mover ?? movers.seconder) && OWN_MOTION.test(text),
    after: /^\(/.test(text.trim()),
    ...(verdict && OWN_VERDICT.test(text) ? { ownVerdict: true } : {}),
  };
}

/** An outcome field with the motion's verdict alone: "Outcome: Agreed" (not "Outcome: Approved", a decision of its own). */
const OUTCOME_FIELD = /^outcome\s*:\s*(agreed|carried|lost|defeated|fell|withdrawn)\b/i;

function readOutcome(text: string, lex: Lexicon): Outcome | undefined {
  const voted = VOTED_VERDICT.exec(text);
  const label = matchLabel(voted ? text.slice(voted[0].length) : text, lex);
  let word: RegExpExecArray | null = null;
  let value: Outcome['value'] | undefined;
  // "Agreed." or "All agreed." alone under a motion is its verdict, though the word opens a decision elsewhere ("Agreed: to write …").
  if (isAssentAlone(text)) return { value: 'carried', words: text.trim() };
  if (label?.kind === 'carried' || label?.kind === 'lost') {
    word = VERDICT_WORD.exec(text);
    value = label.kind;
  } else if (label?.kind === 'action' && /^result\s*:/i.test(text)) {
    // Granicus' "RESULT: ADOPTED [4 TO 1]", "RESULT: FAILED [2 TO 3]"; "CONTINUED" is no verdict on the motion.
    word = /\b(approved|adopted|passed|accepted|carried|failed|defeated|withdrawn)\b/i.exec(text);
    if (word) value = /^(?:failed|defeated)$/i.test(word[1]) ? 'lost' : 'carried';
  } else if ((word = OUTCOME_FIELD.exec(text))) {
    // An Irish district's "Outcome: Agreed" under its "Proposal:", "Proposer:" and "Seconder:" fields.
    value = /^(?:lost|defeated|fell)$/i.test(word[1]) ? 'lost' : 'carried';
  } else {
    word = INLINE_VERDICT.exec(text) ?? SECONDED_AGREED.exec(text) ?? SECONDED_THEN_AGREED.exec(text) ?? VERDICT_COLUMN.exec(text) ?? NUMBERED_ADOPTED.exec(text) ?? FOLLOWING_ADOPTED.exec(text) ?? ADOPTED_FOLLOWING.exec(text);
    if (word) value = /^(?:carried|passed|agreed|adopted|approved)$/i.test(word[1]) ? 'carried' : 'lost';
    else if ((word = ASSENT_END.exec(text))) value = 'carried';
  }
  if (!value) return undefined;
  if (word && /^withdrawn$/i.test(word[1])) value = 'withdrawn';
  const words = text.length <= 120 ? text.trim() : (word?.[0] ?? text.slice(0, 120)).trim();
  return { value, ...(/\bas\s+amended\b/i.test(text) ? { as_amended: true } : {}), words: /^\(.*\)$/.test(words) ? words.slice(1, -1).trim() : words };
}
