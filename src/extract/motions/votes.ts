import type { Vote } from '../../types.js';
import { PARTICLE, withoutTitle } from './names.js';

/**
 * A vote as printed in any tradition: "by 31 votes to 29", "6 Ayes, 0 Noes", "For: 6
 * Against: 2 Abstentions: 1", "CARRIED 5/0", "Motion carried 4-1", "nem con",
 * "unanimously", and roll calls naming who voted which way.
 */

const FOR = String.raw`(?:for|in\s+favou?r|ayes?|yeas?|yes)`;
const AGAINST = String.raw`(?:against|opposed|opposing|noes?|nays?|no)`;
const ABSTAIN = String.raw`(?:abstentions?|abstained|abstaining|abstain|abstention)`;

/** "by 31 votes to 29 (2 abstentions)", "by 7 votes to 2 with 1 abstention". */
const VOTES_TO = new RegExp(String.raw`\b(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:[\s,(]+(?:with\s+)?(\d{1,3})\s+${ABSTAIN})?`, 'i');
/** "6 for, 2 against, 1 abstention", "6 Ayes, 0 Noes", "(5 in favour and 2 against)", "8 Members voted for and 5 against", "(6 in favour, 1 opposed)", "2 members voted for the motion and 3 against". */
const COUNT_WORD = new RegExp(String.raw`\b(\d{1,3})\s+(?:(?:members|councillors|cllrs)\s+)?(?:voted\s+|voting\s+)?(?:votes?\s+)?${FOR}\b(?:\s+(?:the\s+)?(?:motion|it))?[\s,;]*(?:and\s+|with\s+)?(\d{1,3}|none)\s+(?:votes?\s+)?${AGAINST}\b(?:[\s,;]*(?:and\s+|with\s+)?(\d{1,3})\s+${ABSTAIN})?`, 'i');
/** "3 in favour, 1 abstention": a parish's count with no one against, so none printed. */
const FOR_ABSTAIN = new RegExp(String.raw`\b(\d{1,3})\s+(?:votes?\s+)?${FOR}\b[\s,;]*(?:and\s+|with\s+)?(\d{1,3})\s+${ABSTAIN}`, 'i');
/** An English planning committee's "(Voting: For 5)": every vote cast was for, and the line prints that count alone. */
const FOR_ALONE = new RegExp(String.raw`^\(?\s*(?:voting\s*[:\-–]\s*)?${FOR}\s*[:\-–=]?\s*(\d{1,3})\s*\)?\.?\s*$`, 'i');
/** "(with 3 abstentions)" after RESOLVED: the only count printed, read when no other is. */
const ABSTAIN_ONLY = new RegExp(String.raw`\bwith\s+(\d{1,3})\s+${ABSTAIN}`, 'i');
/** A Scottish division between motion and amendment: "there voted for the motion 9 and for the amendment 5": the amendment's votes are against the motion. */
const DIVISION = new RegExp(String.raw`\bfor\s+the\s+motion\s*[:\-–]?\s*(\d{1,3})[\s,;]*(?:and\s+)?for\s+the\s+amendment\s*[:\-–]?\s*(\d{1,3})(?:[\s,;]*(?:and\s+)?(\d{1,3})\s+${ABSTAIN})?`, 'i');
/** "For: 6 Against: 2 Abstain: 1", "Ayes 5, Noes 0", "In favour - 7", a planning record's "For refusal 8, Against 3", a district's "Ayes 4 – Noes 1". */
const WORD_COUNT = new RegExp(String.raw`\b${FOR}(?:\s+(?:refusal|approval|deferral))?\s*[:\-–=]?\s*(\d{1,3})\b[\s,;.–—-]*(?:votes?\s+)?${AGAINST}\s*[:\-–=]?\s*(\d{1,3}|none|nil)\b(?:[\s,;.–—-]*${ABSTAIN}\s*[:\-–=]?\s*(\d{1,3}|none|nil)\b)?`, 'i');
/**
 * "CARRIED 5/0", "CARRIED BY ABSOLUTE MAJORITY 7/0", "Motion carried 4-1", "Approved 5-0", "(5-0)", "Vote: 6-1-0", "(5 to 2)",
 * "Passed on first reading 6-1": a score next to a verdict, or alone in brackets on its line ("(3-5)" in a sentence is items).
 */
const SCORE = /(?:\b(?:carried|carries|passed|passes|approved|adopted|failed|fails|lost|defeated|vote[sd]?|roll\s+call)\b(?:\s+(?:as\s+a\s+group|en\s+bloc|together|as\s+amended|as\s+presented|on\s+(?:first|second|third|final)\s+reading|by\s+(?:an?\s+)?(?:absolute|simple|special|two[- ]thirds)\s+majority|(?:by\s+a\s+vote\s+)?of(?=\s+\d)))?[\s:,(]*(?:unanimously\s+)?|^\((?=[\d\s\-–/to]+\)$)|^(?=\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:[.,;]|$)))(\d{1,3})(?:\s*[-–/]\s*|\s+to\s+)(\d{1,3})(?:\s*[-–/]\s*\d{1,3})?(?!\s*[-–/]?\s*\d)(?![\w/])/i;
const UNANIMOUS = /\bunanimous(?:ly)?\b|\bunan\.(?!\w)|\ball\s+(?:in\s+favou?r|ayes|voted\s+(?:aye|yes)|(?:members\s+)?(?:present\s+)?voting\s+(?:aye|yes)|(?:members|councillors)(?:\s+present)?\s+(?:were|voted)\s+in\s+favou?r)\b|\b(?:ayes?|yeas?|yes)\s*[:\-–]\s*all\b|\bwithout\s+dissent\b/i;
const NEM_CON = /\bnem\.?\s*con\.?(?![a-z])|\bnemine\s+contradicente\b/i;

/** A roll call's label and the names after it: "AYES: Council Members Ortiz, Hale", "Against: Cr Dunn", Minnesota's "the following voted in favor thereof: Lindahl, Greer; and the following voted against the same: Vogel". */
/** Scotland's division is motion against amendment: "For the Motion (30): Councillors …; For the Amendment (12): …"; an English recorded vote "Against the motion (19): …". */
const ROLL = new RegExp(String.raw`\b(for\s+the\s+(?:motion|amendment)|against\s+the\s+motion|${FOR}|voting\s+${FOR}|${AGAINST}|voting\s+${AGAINST}|opposed|${ABSTAIN}|absent|recused)(?:\s+thereof|\s+the\s+same)?\s*(?:\((\d{1,3})\))?\s*[:\-–]\s*`, 'gi');

/** A verdict, an empty or whole roll ("Voting Yea: All"), or the sentence after the roll ("The Recommendation was DECLARED carried") where names would be. */
const NOT_A_NAME = /^(?:carried|lost|defeated|none|nil|n\/a|unanimous(?:ly)?|all(?:\s+(?:members|councillors|council\s*members))?(?:\s+present)?)$|\b(?:was|were|declared|carried|motion|amendment|recommendation|resolution)\b/i;

/** A surname as the vote lines print it, with the particle some carry: "Te Aho", "De Silva", "van Dyk". */
const SURNAME = String.raw`${PARTICLE}?[A-Z][\w’'-]+`;

/**
 * "Directors Olsen and Petrie OPPOSED", "(Pike opposed)", "(Tan voting no)", "(Ruiz no)", "Councillor Dunn abstained",
 * "… passed 2-1 with Commissioner Lunde voting nay", a Texas court's "Commissioner Pct. 4 Delgado voting nay": who voted against,
 * or abstained, by name.
 */
const NAMED_SIDE = new RegExp(String.raw`(?:^|\(|[.;,]\s+|\bwith\s+)(?:(?:councill?ors?|cllrs?|crs?|directors?|commissioners?|trustees?|members?|supervisors?|alderm[ae]n|alderwom[ae]n|council\s*members?)\s+)?(?:(?:pct\.?|precinct)\s*\d{1,2}\s+)?((?:${SURNAME}(?:\s*,\s*|\s+and\s+|\s*&\s*))*${SURNAME})\s+(OPPOSED|[Oo]pposed|vot(?:ed|ing)\s+(?:against|no|nay)|(?:no|nay)(?=\s*\))|dissenting|abstained|abstaining|ABSTAINED)\b`, 'i');

/**
 * New Zealand and Australian minutes record a dissent on request: "Cr Hong requested that her vote against the resolution be
 * recorded", "Crs Lee and Tane asked for their votes against to be recorded", "Cr Amos recorded his abstention".
 */
const RECORDED_SIDE = new RegExp(String.raw`\b(?:(?:crs?|cllrs?|councill?ors?)\.?\s+)?((?:${SURNAME}(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:(?:cr|cllr|councill?or)\.?\s+)?)*${SURNAME})\s+(?:(?:requested|asked)\s+(?:that|for)\s+|recorded\s+|registered\s+)(?:his|her|their)\s+(votes?\s+against|dissent|abstentions?)\b`, 'i');

/** A Midwestern county's roll call, each name with its vote: "Roll call: Lindquist-aye, Ortmann-aye, Dvorak-nay.", "Mr. Brennan, yes; Ms. Diaz, no". */
// "Roll call: Ferris aye, Grady aye, Voss nay.": a space alone between them where a comma, semicolon or stop ends each vote.
const NAME_VOTE = /\b(\p{Lu}[\p{L}’'-]+)(?:\s*[-–:,]\s*|\s+(?=(?:aye|yes|yea|nay|no|abstain(?:ed)?)\s*(?:[,;.]|$)))(aye|yes|yea|nay|no|abstain(?:ed)?)\b/giu;

/** The vote a line prints, or undefined when it prints none. */
/** "Approved as recommended. (5-0)", "Denied the appeal. (3-2, Supervisors Ramos and Chen voting no)": a tally in brackets closing the line, after its sentence. */
const END_SCORE = /(?<=[.;]\s*)\((\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?=[,)])(?:,[^()]{0,80})?\)\.?\s*$/;

/** New England's "VOTED: (Kelleher/Maguire) 3-0-0 to increase …": the tally after the movers in brackets (the third number, abstentions, left in the words). */
const VOTED_MOVERS_SCORE = /\bvoted\s*[:\-–—]\s*\([^()]{2,60}\)\s*(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?=\s+(?:to|that)\b)/i;

/** "was adopted on a 5-2 vote", "by a 4-1 roll call vote": the score before the word vote. */
const ON_A_VOTE = /\b(?:on|by)\s+an?\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(?:roll[- ]call\s+|recorded\s+)?vote\b/i;

/** "The Board adopted the activity fee schedule as presented, 6-1.": the tally after a comma, closing a verdict's sentence. */
const COMMA_SCORE = /(?<=\b(?:approved|adopted|denied|accepted|awarded|passed|carried|granted|ratified)\b[^.;]{0,200},\s+)(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?=\.?\s*$)/i;

export function readVote(text: string): Vote | undefined {
  const vote: Vote = { words: '' };
  // A score's third number may be abstentions or absences: it is left in the words only.
  let counted = DIVISION.exec(text) ?? VOTES_TO.exec(text) ?? COUNT_WORD.exec(text) ?? WORD_COUNT.exec(text);
  const found = counted ?? SCORE.exec(text) ?? ON_A_VOTE.exec(text) ?? END_SCORE.exec(text) ?? VOTED_MOVERS_SCORE.exec(text) ?? COMMA_SCORE.exec(text);
  if (found) {
    vote.for = Number(found[1]);
    vote.against = count(found[2]);
    if (counted?.[3] !== undefined) vote.abstain = count(counted[3]);
    // "(4 to 1)": the closing bracket goes with the opening one the match took.
    const closing = found[0].includes('(') && text[found.index + found[0].length] === ')' ? ')' : '';
    vote.words = `${found[0]}${closing}`.replace(/^\(\s*(.*)\)$/, '$1').trim();
    // "Roll call vote: Yes: Alvarado, Cho, Ferris, Gupta. No: Hale. Motion carried 4-1.": the names beside the score, when they agree with it.
    const roll: Vote = { words: '' };
    rollCall(text, roll);
    for (const side of ['for', 'against', 'abstain'] as const) {
      const names = roll[`${side}_names`];
      if (names && (vote[side] === undefined || vote[side] === names.length)) vote[`${side}_names`] = names;
    }
  } else if ((counted = FOR_ABSTAIN.exec(text))) {
    vote.for = Number(counted[1]);
    vote.abstain = Number(counted[2]);
    vote.words = counted[0];
  } else if ((counted = FOR_ALONE.exec(text))) {
    vote.for = Number(counted[1]);
    vote.words = text.trim().replace(/^\((.*)\)\.?$/, '$1').trim();
  } else {
    rollCall(text, vote);
    if (vote.for === undefined && vote.against === undefined) namedVotes(text, vote);
  }
  // "Resolved (with 2 abstentions) – That …": carried with no count for or against, only the abstentions.
  const abstained = found || vote.abstain !== undefined ? null : ABSTAIN_ONLY.exec(text);
  if (abstained) {
    vote.abstain = Number(abstained[1]);
    vote.words = abstained[0];
  }
  const named = NAMED_SIDE.exec(text) ?? RECORDED_SIDE.exec(text);
  if (named) {
    const side = /^abst/i.test(named[2]) ? 'abstain' : 'against';
    const names = named[1].split(/\s*(?:,|\band\b|&)\s*/).map(withoutTitle).filter((n) => /^[A-Z]/.test(n) && !NOT_A_NAME.test(n));
    if (names.length && !vote[`${side}_names`]) {
      vote[`${side}_names`] = names;
      if (vote[side] === undefined) vote[side] = names.length;
      if (!vote.words) vote.words = named[0].replace(/^[(.;\s]+/, '').trim();
    }
  }
  if (UNANIMOUS.test(text)) vote.unanimous = true;
  if (NEM_CON.test(text)) vote.nem_con = true;
  if (vote.for === undefined && vote.against === undefined && vote.abstain === undefined && !vote.unanimous && !vote.nem_con && !vote.for_names && !vote.against_names && !vote.abstain_names) return undefined;
  // The words last, as on every other record part.
  return ordered({ ...vote, words: vote.words || ((UNANIMOUS.exec(text) ?? NEM_CON.exec(text))?.[0] ?? text.trim()) });
}

function count(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^(?:none|nil)$/i.test(word) ? 0 : Number(word);
}

/** Names after roll-call labels; a count when the label gives "None" or only a number. */
function rollCall(text: string, vote: Vote): void {
  const labels = [...text.matchAll(ROLL)];
  if (labels.length === 0) return;
  // "For: Cllrs A, B" alone is a roll call only if it is the line's start (or after "Roll Call:", the noes on the next line of a
  // page run into sentences) or another roll label follows; or after the verdict's own lead-in, Legistar's "The motion carried by
  // the following vote: Aye: 5 - …" run into one line.
  if (labels[0].index > 2 && labels.length === 1 && !/^\s*roll[- ]?call(?:\s+vote)?\s*[:\-–]\s*$|\bby\s+the\s+following\s+(?:roll[- ]call\s+)?vote\s*:\s*$/i.test(text.slice(0, labels[0].index))) return;
  for (const [k, m] of labels.entries()) {
    const end = labels[k + 1]?.index ?? text.length;
    // "No: Hale. Motion carried 4-1.": the verdict after the last side's names is none of them.
    let value = text.slice(m.index + m[0].length, end).replace(/\.\s+(?:(?:the\s+)?motion|carried|passed|failed|adopted|approved)\b.*$/i, '').replace(/[.;,\s]+$/, '').trim();
    // "FOR: Cllrs Keane, Hogan, Daly (6)": the count after the names.
    const tally = /\s*\((\d{1,3})\)$/.exec(value);
    if (tally) value = value.slice(0, tally.index);
    // "Aye: 5 Ortiz, Hale, Diaz", Legistar's "Yes: 5 - Ortiz, Hale, Diaz": the count before the names.
    const leading = /^(\d{1,3})\s*(?:[-–]\s*)?(?=\p{Lu})/u.exec(value);
    if (leading) value = value.slice(leading[0].length);
    // "For: 5 (Cllrs. Ó Riain, Keegan, …)": the count, then the names in brackets.
    const bracketed = leading ? null : /^(\d{1,3})\s*\((.+)\)$/.exec(value);
    if (bracketed) value = bracketed[2];
    const given = m[2] ?? tally?.[1] ?? leading?.[1] ?? bracketed?.[1];
    const side = sideOf(m[1]);
    if (!side) continue;
    if (/^\d{1,3}$/.test(value) || /^(?:none|nil|0)$/i.test(value)) {
      vote[side] = count(value);
      continue;
    }
    const names = value.split(/\s*(?:,|;|\band\b|&)\s*/).map(withoutTitle).filter((n) => /^\p{Lu}/u.test(n) && n.length <= 40 && !NOT_A_NAME.test(n));
    if (names.length === 0) continue;
    vote[`${side}_names`] = names;
    vote[side] = given ? Number(given) : names.length;
  }
  if (vote.for !== undefined || vote.against !== undefined || vote.abstain !== undefined) vote.words = text.slice(labels[0].index).trim();
}

/** Each member's own vote after the name; two at least, so "Smith - No" in a sentence is no roll call. */
function namedVotes(text: string, vote: Vote): void {
  const pairs = [...text.matchAll(NAME_VOTE)].filter((m) => !NOT_A_NAME.test(m[1]) && !/^(?:roll|call|vote|motion|ayes?|nays?|yeas?|noes?)$/i.test(m[1]));
  if (pairs.length < 2) return;
  for (const [, name, word] of pairs) {
    // aye/yes/yea, nay/no, abstain(ed): each is a roll label's word, so sideOf always knows it.
    const side = sideOf(word) ?? 'abstain';
    (vote[`${side}_names`] ??= []).push(name);
    vote[side] = (vote[side] ?? 0) + 1;
  }
  vote.words = text.slice(pairs[0].index, pairs[pairs.length - 1].index + pairs[pairs.length - 1][0].length);
}

const SIDES: [RegExp, 'for' | 'against' | 'abstain'][] = [
  [new RegExp(String.raw`^(?:${FOR}|voting\s+${FOR}|for\s+the\s+motion)$`, 'i'), 'for'],
  [new RegExp(String.raw`^(?:${AGAINST}|voting\s+${AGAINST}|opposed|for\s+the\s+amendment|against\s+the\s+motion)$`, 'i'), 'against'],
  [new RegExp(String.raw`^${ABSTAIN}$`, 'i'), 'abstain'],
];

function sideOf(label: string): 'for' | 'against' | 'abstain' | undefined {
  const flat = label.replace(/\s+/g, ' ');
  return SIDES.find(([re]) => re.test(flat))?.[1];
}

/** Both sides counted and more against than for: a roll call the noes won, verdict word or not ("AYES: Reinholt. NOES: Tanaka, Obi."). */
export function noesWon(vote: Vote | undefined): boolean {
  return vote?.for !== undefined && vote.against !== undefined && vote.against > vote.for;
}

/** Two readings of the same vote (the verdict's "5-0", the roll call's names below it) made one. */
export function mergeVotes(a: Vote | undefined, b: Vote | undefined): Vote | undefined {
  if (!a || !b) return a ?? b;
  // Spread drops nothing: a key `a` lacks is absent, not undefined, so `b`'s value stays.
  return ordered({ ...b, ...a, words: a.words === b.words ? a.words : `${a.words} ${b.words}` });
}

const ORDER = ['for', 'against', 'abstain', 'unanimous', 'nem_con', 'for_names', 'against_names', 'abstain_names', 'words'] as const;

/** One key order for every vote, so records read alike and diff cleanly. */
function ordered(vote: Vote): Vote {
  return Object.fromEntries(ORDER.filter((k) => vote[k] !== undefined).map((k) => [k, vote[k]])) as unknown as Vote;
}
