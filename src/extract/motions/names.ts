import type { Person } from '../../types.js';
import { MOVER_NUMBERED, MOVER_PAIR, NAMES_THEN_SECOND, NUMBER_BEFORE_MOVERS } from '../../lexicon/labels.js';
import { MADE_MOTION, MEMBER_TITLE } from '../../lexicon/words.js';

/**
 * Who moved and who seconded a motion, read from the words around it. A name is taken
 * only where a mover word points at it ("Moved by", "seconded", "On the motion of",
 * "Cr Ames/Cr Bell"), so a capitalised word elsewhere in the minutes is never a mover.
 */

/** Titles printed before a member's name, in any council's style; case is read loosely, so "COUNCILLOR" counts. */
/**
 * Texas commissioners courts name each commissioner's precinct after the title: "Commissioner Pct. 2 Garza", "Commissioner
 * Precinct 4 Lee"; Oklahoma boards the district: "Commissioner Dist. 1 Harlan".
 */
const TITLE = String.raw`(?:(?:the\s+)?(?:${MEMBER_TITLE}|members|pct\.?\s*\d{1,2}|precinct\s+\d{1,2}|dist\.?\s*\d{1,2}|district\s+\d{1,2})\.?\s+)`;
const TITLE_START = new RegExp(`^${TITLE}+`, 'i');
/** A title standing alone as the name: "Moved by the Mayor". */
const TITLE_ONLY = /^(?:the\s+)?((?:deputy\s+)?leader(?:\s+of\s+the\s+council\b|\b(?!\s+of\b))|(?:deputy|vice|acting)[- ]chair(?:man|person|woman)?|mayor\s+pro\s+tem(?:pore)?|deputy\s+mayor|vice[- ]mayor|mayor|deputy\s+reeve|reeve|deputy\s+warden|warden|vice[- ]chair(?:man|person)?|chair(?:man|person|woman)?|cathaoirleach|convener|lord\s+mayor|provost)\b/i;
/** Words that end a name: the next part of the mover line. */
const STOP = /^(?:seconded|second|seconder|supported|support|mover|ayes?|nays?|noes?|absent|abstain|vote|result|that|and|to|the|carried|moved|motion|proposed|with|who|was|be|by|as|for|in|on|of|it|all|this|resolved|agreed|unanimously)$/i;
/** One word of a name: "J.", "O'Neil", "McAllister", "Ruiz-Diaz", "JONES", "Ní Bhriain", "Ó Súilleabháin", with "van", "de", "St." inside a name. */
const TOKEN = /^(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}\d_’'-]*|van|von|de|der|den|la|le|da|di|du|del|St\.)$/u;

/** The name at the start of `text` (after any title), without the title; undefined when none stands there. */
export function nameAt(text: string): { name: string; length: number } | undefined {
  const title = TITLE_START.exec(text);
  const rest = title ? text.slice(title[0].length) : text;
  const words: string[] = [];
  let used = 0;
  for (const m of rest.matchAll(/\S+/g)) {
    // A word may carry the punctuation that ends the name: "Hale," "Moss;" "Lee)".
    // "Sinclair)." loses both; an initial keeps its stop.
    const word = m[0].replace(/[,;:)\].]+$/, (tail, at: number) => (tail.startsWith('.') && /[A-Z]$/.test(m[0].slice(0, at)) ? '.' : ''));
    if (!word || !TOKEN.test(word) || STOP.test(word) || words.length === 4) break;
    words.push(word);
    used = m.index + word.length;
    if (word !== m[0]) break;
  }
  // "van" or "de" alone is no name.
  while (words.length && /^[a-z]/.test(words[words.length - 1])) words.pop();
  if (words.length === 0) {
    const only = TITLE_ONLY.exec(text);
    if (only) return { name: tidy(only[1]), length: only[0].length };
    // "seconded by Councillor Reeve that …": a surname that is also a title ("Reeve", "Warden") after a member's title.
    const surname = title && /^\S+\s+\S/.test(title[0].trim()) ? /(\p{Lu}[\p{L}’'-]+)\s*$/u.exec(title[0]) : null;
    return surname ? { name: surname[1], length: title![0].trimEnd().length } : undefined;
  }
  return { name: words.join(' '), length: (title?.[0].length ?? 0) + used };
}

/** A name as a roll call prints it, without its title: "Coun. Martens" is Martens, "the Convener" is Convener. */
export function withoutTitle(name: string): string {
  return (name.replace(TITLE_START, '').trim() || name).replace(/^the\s+(?=[A-Z])/, '');
}

function tidy(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Where the mover's name follows: "Moved by", "Proposed:", an election's "nominated by", "Motion by", a school board's "Motion by:", Irish "Motion in the name of", "On the motion of", "Mover:", "Motion to approve:", "Motion to adopt on second reading: Councilman Feld", a city's "(Motion: Ruelas; Second: Whitaker)", "Motion to approve … by X, second by Y" (the last "by" before the seconder), a Florida commission's "Motion to approve … made by Commissioner Delacroix;" (its seconder cut onto the next line), "Motion: Council Member Soto" alone on its line. */
const MOVER_BEFORE = new RegExp(String.raw`\b(?:(?:moved|proposed|offered|nominated)\s+by\s*[:\-–]?\s*|(?:notice\s+of\s+)?motion\s+in\s+(?:the\s+)?names?\s+of\s+|(?:moved|proposed)\s*[:\-–]\s*|motion\s+(?:was\s+)?(?:made\s+)?(?:by|from)(?:\s*:\s*|\s+)|(?:on|upon)\s+(?:the\s+|a\s+)?(?:motion|proposal|proposition)\s+(?:of|by)\s+|(?:mover|proposer)\s*:\s*|motion\s+to\s+[a-z]+(?:\s+[^:.;]{1,120}?)?\s*:\s*(?=\S)|^motion\s*:\s*(?=${NAMES_THEN_SECOND})|^motion\s*:\s*(?=(?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+\.?$)|(?<=\(\s*)motion\s*:\s*(?=(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+\s*[;,]\s*second)|(?<=^motion\s+to\s+[a-z]+\b[^;]*?\s)by\s+(?=(?:(?!\bby\b)[^,;]){2,60},?\s+second(?:ed)?\s+by\b)|(?<=^motion\s+to\s+[a-z]+\b[^;]*?\s)(?:was\s+)?made\s+by\s+(?=[^,;.]{2,60}[;,]?\s*$))(?=\S)`, 'gi');
/** Where the seconder's name follows: "seconded by", "Seconded:", "second by", "Second:", "Seconder:"; a Michigan board's "supported by". */
const SECONDER_BEFORE = /\b(?:(?:seconded|supported)\s+by\s*[:\-–]?\s*|(?:seconded|supported)\s*[:\-–]\s*|second(?:\s+by\s+|\s*:\s*)|seconder\s*:\s*)(?=\S)/gi;
/**
 * The verb alone before a titled name: "Moved Cr Hughes", "Proposed Cllr Hale, seconded Cllr Moss" ("the proposed Pay Policy"
 * is no mover), or before an initial and a surname, as community councils name their members: "Proposed G. Ross, seconded K. Sinclair".
 */
const NAMED = String.raw`(?=${TITLE}[A-Z]|\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}’'])`;
const BARE_MOVER = new RegExp(String.raw`\b(?:moved|proposed)\s+${NAMED}`, 'giu');
const BARE_SECONDER = new RegExp(String.raw`\bseconded\s+${NAMED}`, 'giu');
/** A community council's members by their initials, in capitals: "EG proposed that … . Seconded SM. Agreed." */
const INITIALS_SECONDER = /\b(?:[Ss]econded|SECONDED)\s+([A-Z]{2,3})(?=[.,;]|\s*$)/;

function initialsSeconder(text: string): Person | undefined {
  const m = INITIALS_SECONDER.exec(text);
  return m ? { name: m[1], words: m[0] } : undefined;
}

/** The mover the same way, before the seconder: "Accepted. Proposed AC, seconded FL." (not "MOVED AND SECONDED", no name at all). */
const INITIALS_MOVER = /\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED)\s+(?!AND\b)([A-Z]{2,3})(?=[.,;]?\s+(?:and\s+)?(?:[Ss]econded|SECONDED)\b)/;

function initialsMover(text: string): Person | undefined {
  const m = INITIALS_MOVER.exec(text);
  return m ? { name: m[1], words: m[0] } : undefined;
}
/**
 * The verb after a name: "Councillor Hidderley proposed", "Council Member Diaz made a motion", "Cr Bell seconded", New
 * Jersey's "Councilman Petrillo offered", "CLLR WEBB PROPOSED". In lower case or capitals only: a title-case heading's
 * "Police and Crime Commissioner's Proposed Precept" holds the adjective.
 */
// BoardDocs' "Member Dana Ruiz Moved, Member Carl Obi seconded …": the verb capitalised, a comma after it.
// "Councilmember Hill so moved": the motion the chair named, the member before the verb all the same; so does "Councilmember
// Park then made a motion", a motion after a failed one.
const VERB_AFTER_NAME = new RegExp(String.raw`(?<=\S)\s+(?:so\s+(?=moved\b)|(?:then|also|subsequently|next)\s+(?=(?:moved|made|proposed|offered)\b))?(moved|proposed|offered|${MADE_MOTION}|seconded|MOVED|PROPOSED|OFFERED|MADE\s+(?:A|THE)\s+MOTION|SECONDED|(?:Moved|Seconded)(?=\s*,))\b`, 'g');
/** Capitalised words that name a body or a group, not a member: "The Council moved into closed session". */
const NOT_A_MEMBER = /^(?:the\s+)?(?:council|committee|board|cabinet|commission|panel|authority|city|county|town|officers?|staff|members|meeting|motion|report|item|it|this|he|she|they)$/i;
/** The particle some surnames carry: "Te Aho", "De Silva", "van Dyk". */
export const PARTICLE = String.raw`(?:(?:Te|De|Di|Da|Du|Le|La|Van|Von|St\.?)\s+)`;
/** A member's second name, where a title stands before both: "Cr Kahu Tangitu/Cr Mark Adams MOVED" (not the motion's "That"). */
const SECOND_WORD = String.raw`(?:\s+(?!(?:that|to|moved|carried|lost)\b)(?<=\b(?:Crs?|Cllr|Councillor)\.?\s+\S+\s+)\p{Lu}[\p{L}\p{M}\d’'-]+)`;
/**
 * "Cr Ames/Cr Bell That …", "Motion (Ames/Bell):", "(Cllrs Kirk/Moss)", "RESOLVED - 26/133 Cr Amos/Cr Bell That …", "Crs Te Awe /
 * Hollis", "Motion/Second: Director Haskell/Director Ngata to approve …": mover and seconder joined by a slash.
 */
const SLASH_PAIR = new RegExp(String.raw`(?:^motion\s*\/\s*second(?:ed)?\s*:\s*|^|\(|motion\s*:?\s*\(?|moved\s*:?\s*|^M\/S(?:\/[CP])?\s*\(?|^(?:resolved|agreed)\s*[-–—:]*\s*(?:[A-Z]{0,4}\/?\d{1,5}\/\d{1,5}\s+)?)\s*(${TITLE}?${PARTICLE}?\p{Lu}[\p{L}\p{M}\d’'-]+${SECOND_WORD}?)\s*/\s*(${TITLE}?${PARTICLE}?\p{Lu}[\p{L}\p{M}\d’'-]+${SECOND_WORD}?)\s*(?:\)|:|\s+(?=that\b|to\s)|\s*[-–—]\s*(?=to\s)|\s+(?=(?:carried|lost|moved)\b)|$)`, 'iu');

const LEADING_NUMBER = new RegExp(`^${NUMBER_BEFORE_MOVERS}`);

export interface Movers {
  mover?: Person;
  seconder?: Person;
}

/** The mover and seconder a line names, each with the words that name them. */
/** Lines with a slash pair of names and none of the mover words: "RESOLVED (Cr Smith / Cr Jones) that …". */
export function hasSlashPair(text: string): boolean {
  return text.includes('/') && SLASH_PAIR.test(text);
}

export function readMovers(text: string): Movers {
  const out: Movers = {};
  // "R2019-64  T. Marchant, L. Moore:  That …": the pair the reader already took for movers ("Moved" before it is no name).
  // A minute's number may stand before them, where a paragraph was joined: "2.1 Moved K. Olafson - P. Dube: That …".
  const listed = MOVER_PAIR.exec(text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+(?=Moved\s)/, ''));
  if (listed) {
    const names = listed[0].replace(LEADING_NUMBER, '').replace(/^Moved\s+/, '').replace(/[:\s]+$/, '').split(/\s*[,/&]\s*|\s+[-–]\s+/);
    const [a, b] = names.map((n) => nameAt(n.trim()));
    if (names.length === 2 && a && b) return { mover: { name: a.name, words: names[0].trim() }, seconder: { name: b.name, words: names[1].trim() } };
  }
  // "245-2026 Councillor Dyck: That …": one mover, no seconder.
  const numbered = MOVER_NUMBERED.exec(text)?.[0].replace(LEADING_NUMBER, '');
  const one = numbered ? nameAt(numbered) : undefined;
  if (numbered && one) return { mover: { name: one.name, words: numbered.replace(/[:\s]+$/, '') } };
  const pair = SLASH_PAIR.exec(text);
  if (pair) {
    const a = nameAt(pair[1]);
    const b = nameAt(pair[2]);
    if (a && b) return { mover: { name: a.name, words: pair[1].trim() }, seconder: { name: b.name, words: pair[2].trim() } };
  }
  out.mover = after(text, MOVER_BEFORE) ?? after(text, BARE_MOVER, true) ?? moverBeforeSeconder(text) ?? introducedAndMoved(text) ?? initialsMover(text);
  out.seconder = after(text, SECONDER_BEFORE) ?? after(text, BARE_SECONDER) ?? initialsSeconder(text) ?? secondOfPair(text);
  for (const m of text.matchAll(VERB_AFTER_NAME)) {
    const role = /^second/i.test(m[1]) ? 'seconder' : 'mover';
    if (out[role]) continue;
    const found = nameBefore(text.slice(Math.max(0, m.index - 80), m.index));
    if (found) out[role] = { name: found.name, words: `${found.words} ${m[1]}` };
  }
  // "The bid, supported by the Town Council, was approved": Michigan's word seconds only beside a mover, whichever way
  // the mover is named ("Trustee Vasquez moved, supported by Trustee Kim, …"), or as a line's label.
  if (out.seconder && /^supported\b/i.test(out.seconder.words) && !out.mover && !/^supported\b/i.test(text.trim())) delete out.seconder;
  return out;
}

/** "RESOLVED on the motion of Councillors Hart and Mills that …", "On the motion of Cr Lee and Cr Ross it was resolved": the second name seconded. */
const MOTION_OF_PAIR = /\b(?:on|upon)\s+the\s+(?:motion|proposal)\s+of\s+[^,;:]{2,60}?\s+and\s+([^,;:]{2,60}?)(?=\s+(?:it\s+was|that)\b|\s*[,:;]|$)/i;

function secondOfPair(text: string): Person | undefined {
  const m = MOTION_OF_PAIR.exec(text);
  const found = m ? nameAt(m[1]) : undefined;
  return found && found.length === m![1].length ? { name: found.name, words: m![1] } : undefined;
}

/** Scottish and Irish minutes name the mover first and the verb last: "Councillor Reid, seconded by Councillor Mackay, moved that …". */
const MOVER_SECONDED_MOVED = /(?:^|,\s*)([^,]{2,60}),\s+seconded\s+by\s+[^,]{2,60},\s+(?:moved|proposed)\b/i;

function moverBeforeSeconder(text: string): Person | undefined {
  const m = MOVER_SECONDED_MOVED.exec(text);
  const found = m ? nameBefore(m[1]) : undefined;
  return found ? { name: found.name, words: found.words } : undefined;
}

/** Minnesota's resolutions name their mover in a formula: "Member Lindahl introduced the following resolution and moved its adoption:". */
const INTRODUCED_AND_MOVED = /^(.{2,60}?)\s+introduced\s+the\s+following\s+(?:resolution|ordinance)\s+and\s+moved\s+its\s+adoption\b/i;

function introducedAndMoved(text: string): Person | undefined {
  const m = INTRODUCED_AND_MOVED.exec(text);
  const found = m ? nameAt(m[1]) : undefined;
  return found && found.length === m![1].length ? { name: found.name, words: m![0] } : undefined;
}

/** The longest run of words ending `text` that is a whole name: "At this point Councillor Hidderley" gives "Hidderley". */
function nameBefore(text: string): { name: string; words: string } | undefined {
  // "the Police and Crime Commissioner's Proposed Precept": a possessive says whose the thing is, not who moved it.
  if (/['’]s\s*$/.test(text)) return undefined;
  const words = text.split(/\s+/).filter(Boolean);
  for (let k = Math.min(6, words.length); k >= 1; k--) {
    const candidate = words.slice(words.length - k).join(' ');
    const found = nameAt(candidate);
    if (found && found.length === candidate.length && !NOT_A_MEMBER.test(candidate)) return { name: found.name, words: candidate };
  }
  return undefined;
}

/**
 * The name after an anchor. `unnamed`: only where no name stands before the verb, for "Cllr. E. Walsh proposed Cllr. J. Power
 * as Cathaoirleach" names the mover first and the one nominated after.
 */
function after(text: string, anchor: RegExp, unnamed = false): Person | undefined {
  for (const m of text.matchAll(anchor)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (unnamed && !/[.,;:)]\s*$/.test(before) && nameBefore(before.trimEnd())) continue;
    const found = nameAt(text.slice(m.index + m[0].length));
    if (found) return { name: found.name, words: text.slice(m.index, m.index + m[0].length + found.length).trim() };
  }
  return undefined;
}
