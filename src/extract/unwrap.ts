import type { Line } from '../text/line.js';
import { parseNumber, RESOLUTION_CODE_START, romanValue, toRoman } from '../text/numbering.js';
import { ACTION_VERBS, matchLabel, matchMarker } from './markers.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { BODY_NOUNS, LEGISTAR_FILE, MADE_MOTION, MONTH_NAME, VERDICT_EFFECT } from '../lexicon/words.js';
import { itemHeading, STREET_WORDS } from './items.js';
import { assentsTo } from './outcome.js';
import { FIRST_ITEM_TITLE, PROPOSAL_OPENING, TALLY_IN_BRACKETS } from '../text/split.js';
import { VERDICT_TAIL } from '../text/clean.js';
import { SECTION_HEADING } from '../text/recase.js';

/** A line opening on a title a meeting's first items carry ("CONFIRMATION OF MINUTES"). */
const FIRST_ITEM_START = new RegExp(String.raw`^${FIRST_ITEM_TITLE}`);

/** A verdict in the passive, its colon leading into what it settled: "Four applications were approved:". */
const PASSIVE_COLON = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|supported|agreed|awarded|granted|accepted|allocated|confirmed|made|refused|declined|deferred):$/;

/** A short form's stop at a line's end: a member's title, a time, a company. */
const SHORT_STOP_END = /(?:^|\s)(?:Mr|Mrs|Ms|Cllr|Cr|[ap]\.m|Co|Inc|Ltd|Corp)\.$/;
/** A line that ends a sentence, a clause or an introduction. */
/** A sentence end, or a lead-in's ":-" / ": –" that the list follows. */
const ENDED = /(?:[.;:!?]["”’)]*|:\s*[-–—])$/;
/** "resolved that …", "That …" at a line start open a clause of their own; "WHEREAS …" a recital. */
// Not "… the Empty Homes Premium" / "recommended by the Cabinet be adopted …": a participle, in the middle of its clause.
const OWN_START = /^(?:WHEREAS|Whereas|(?:(?:AND|And)\s+)?(?:FURTHER|Further)\s+(?:THAT|That)|[Rr]esolved|RESOLVED|[Aa]greed|AGREED|[Dd]ecided|DECIDED|Recommended|recommended(?!\s+by\b)|RECOMMENDED|[“"‘']?\s*(?:That|THAT)|(?:It\s+(?:was|is)\s+(?:proposed|moved)|IT\s+IS\s+(?:PROPOSED|MOVED)|Proposed|Seconded|Moved|PROPOSED|SECONDED|MOVED)\s+(?:by|BY)\b)\b/;
const ACTION_START = new RegExp(String.raw`^(?:(?:City|Town|County|Village)\s+)?(?:Council\s+to\s+[a-z]|(?:${ACTION_VERBS})\s)`);
const MONTH_END = new RegExp(String.raw`\b${MONTH_NAME}$`);
const MONTH_START = new RegExp(String.raw`^${MONTH_NAME}\b`);
/** A month and its day before a comma, the year to follow: "November 12,", "NOVEMBER 12,". */
const MONTH_DAY_END = new RegExp(String.raw`\b${MONTH_NAME}\s+\d{1,2},$`, 'i');
/** A line ending where a number must follow: "Appendix", "paragraph", "minute", "clause". */
const REFERENCE_END = /\b(?:appendix|appendices|attachment|annex|schedule|paragraphs?|para|section|item|minute|page|table|recommendation|resolution|option|clauses?|no\.)$/i;
/** A list number alone on its line: "1.", "(b)", "iv)", "2.3". */
const NUMBER_ONLY = /^(?:\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+|\(?[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}[.)])$/;
/** A member's title cut before its last word: "Board" / "Member Ochoa", "Vice" / "Chair Lee", "Mayor Pro" / "Tem Lund". */
const TITLE_END = /(?:^|\s)(?:Board|Council|Assembly|Vice|Deputy|Acting|Pro)$/;
/** A member's title, capitalised, as the last word of a line: the name is on the next. The set is the cheap first test. */
const MEMBER_TITLE = new Set(['Commissioner', 'Councillor', 'Councilor', 'Councilmember', 'Trustee', 'Supervisor', 'Alderman', 'Alderwoman', 'Alderperson', 'Alder', 'Selectman', 'Selectwoman', 'Councilman', 'Councilwoman', 'Committeeman', 'Committeewoman', 'Director', 'Cllr', 'Cr']);
// "… the item. Council Member" / "Ybarra seconded …", "Mayor Pro Tem" / "Garza moved …": a title of two or three words too.
// "… $96,500. CARRIED Cr" / "Douglas voted against.": a member's dissent after the verdict, the title cut from the name.
// "… Moved Cr Papadakis Seconded Cr" / "Nguyen that Council: …": after a movers' label too.
// "… MANAGEMENT PLAN DECISION: Cr" / "Lacey / Cr Tran That …": after a label's colon.
const MEMBER_TITLE_END = new RegExp(String.raw`(?:^|[.;,:]\s+|\b(?:and|by|from|with|CARRIED|Carried|LOST|Lost|Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)\s+)(?:${[...MEMBER_TITLE].join('|')}|(?:Council|Board|Committee)\s+Member|Mayor\s+Pro\s+Tem|(?:Deputy|Vice)\s+Mayor)$`);
/** The last words of those titles, to ask the pattern only where one may end. */
const TITLE_LAST = new Set([...MEMBER_TITLE, 'Member', 'Tem', 'Mayor']);
const TITLE_REST = /^(?:Member|Chair\w*|Mayor|Tem|President)\s+[A-Z]/;
/** A short verdict under an item's title line: "Approved as recommended.", "Council approved the item 5-0.", "Tabled to March 17.", "Motion carried 5-0." */
const VERDICT_UNDER = /^(?:(?:approved|adopted|accepted|tabled|continued|deferred|postponed|denied|carried|passed|received|ratified|awarded|appointed|introduced|waived)\b|(?:(?:city\s+|town\s+)?council|board|commission)\s+(?:unanimously\s+)?(?:approved|adopted|accepted|denied|tabled|continued|voted|received)\b|motion\s+(?:to|carried|passed|failed|by)\b|staff\s+recommendation\s+(?:approved|adopted|accepted)\b)/i;
/**
 * A sentence's opening: a capital, then two lower-case words that are no title's connectors ("The appeal was …", "Ordinance
 * No. 2025-19 was introduced …"); "Analysis The Board will receive …" finishes a title, then opens the sentence. A word and
 * a dash ("Wales – appeal decision at …") is a title's last word before its subject, no sentence's start.
 */
const SENTENCE_START = /^(?![A-Z][\w’'.-]*\s+(?:The|A|An|This|It|Staff|Council)\s)(?![A-Z][\w’'.-]*\s+[-–—]\s)[A-Z][\w’'.-]*(?:\s+\S+){0,3}?\s+(?!(?:and|of|the|for|to|in|on|at|a|an|with|by)\b)[a-z]{2,}\s+(?!(?:and|of|the|for|to|in|on|at|a|an|with|by)\b)[a-z]{2,}\b/;
/** A person's sentence: "Ms. K. Ames presented on behalf of the Association.", "Cllr. Keane asked for an update …", two people's. */
const PERSON = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Cr|Alderman|Mayor|Supervisor|Commissioner|Trustee)\.?\s+(?:[A-Z]\.\s*){0,3}[A-Z][\w’'-]+`;
const PERSON_SENTENCE_START = new RegExp(String.raw`^${PERSON}(?:\s+and\s+${PERSON})?\s+(?!(?:and|for|the|with|from)\b)[a-z]{3,}\s`);
/** An officer named by post and initial: "Fire Chief D. Kowalski provided an overview …", "Director of Finance A. Roy presented …". */
const OFFICER_SENTENCE_START = /^(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+)?){1,5}(?:[A-Z]\.\s*){1,3}[A-Z][\w’'-]+\s+(?:[a-z]{2,}ed|gave|spoke|made|led|took|read|began)\s/;
/**
 * A body's sentence: "The Board received the report …", "The Sub-Committee NOTED …" (a verb in the past, after the name), an
 * officer's "The City Clerk read the ordinance by title." (a past tense of its own).
 */
const BODY_SENTENCE_START = /^(?:The|the)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]{2,}ed|[A-Z]{2,}ED|read|gave|made|took|said|spoke|held|brought|told|led|began)\s/;
/** Legistar's verdict under a file's title: "This Report was Received and Filed.", "The Ordinance was adopted." */
const PASSIVE_START = /^(?:This|The|These)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:was|were|is|are|has\s+been|have\s+been)\s/;
/** A sentence's opening phrase, its comma after at least one lower-case word: "Following discussion, ", "In accordance with the report, " ("Roads, Transport" is a title's list). */
// An Irish "On the proposal of Cllr. Whelan, seconded by …" opens the same way, a member's title inside the phrase.
// "Following a presentation by the Senior Engineer on the Roads" / "Programme and discussion, …": a long one, its comma below.
const OPENING_PHRASE = /^[A-Z][a-z]+(?:\s+[a-z]+){1,4},\s|^(?:On|Upon)\s+(?:the\s+|a\s+)?(?:proposal|motion)\s+(?:of|by)\s|^(?:Following|After)\s+(?:a|an|the|some|further)\s+(?:\w+\s+)?(?:presentation|discussion|debate|consideration|briefing|report|update|question)s?\s+(?:by|from|of|on|and)\s/;
/** "Discussion followed.", "Nothing to report.": a sentence of a few words, its stop on the line. */
const SHORT_SENTENCE = /^[A-Z][a-z]+(?:\s+[a-z]+){1,4}\.(?:\s|$)/;
/** A Legistar row's file number and the star after it: "Res 0112-2026 *", "M 0088-2026 *". */
const FILE_ROW = new RegExp(String.raw`^${LEGISTAR_FILE}\s*\*`);
/** A financial year that runs on in its sentence: "2021/22 – 2025/26, including", "2024/25, the", "2024/25 levels". */
const FINANCIAL_YEAR = /^\d{4}\/\d{2}(?:\s*[-–—]\s*\d{4}\/\d{2}\b|[,;)]|\s+[a-z])/;
/** A matter named after a sentence's stop, no verb yet: "… the Gala. Application from the Youth Club". */
const NAMED_AFTER_STOP = /[a-z)][.;]\s+[A-Z][\w’'-]+(?:\s+[\w’'&-]+){0,8}$/;
/** A vote's count ending a line ("Ayes: 4. Noes: 1."): a sentence end, not a list number left at the margin. */
const VOTE_COUNT_END = /\b(?:ayes?|noes?|nays?|for|against|abstain\w*|absent|yes|no)\s*:\s*\d+\.$/i;
/** A body and its verdict in capitals, the sentence still open: "Thereafter, the Committee NOTED the consultation findings". */
const BODY_VERDICT_OPEN = new RegExp(String.raw`\b(?:${BODY_NOUNS}|Members)\s+(?:NOTED|AGREED|APPROVED|ENDORSED|AUTHORISED|CONSIDERED|RECEIVED)\b[^.;:]*$`);
/** A body's noun, with a word or two of its name, alone before a lead-in's colon: "Committee:", "Scrutiny Panel:". */
const BODY_NOUN_COLON = new RegExp(String.raw`^(?:[A-Z][\w’'&-]*\s+){0,2}(?:${BODY_NOUNS})\s*:$`);
/** A marker word, and perhaps its reference, ending a line: "Decision: RESOLVED", "Minutes: RESOLVED [08/24]". */
const MARKER_END = /\b(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s+\[[\w/.-]{1,12}\])?$/;
/** A legal instrument's title as US and Canadian minutes print it after "entitled:". */
const TITLED = /^(?:AN?|THE|An?|The)\s+(?:ORDINANCE|RESOLUTION|BY-?LAW|ACT|LOCAL\s+LAW|Ordinance|Resolution|By-?law|Act|Local\s+Law)\b/;
/** "Ordinance 2026-19 An Ordinance Amending Chapter 250, Zoning, …": a measure's number and its title, no sentence in it. */
const MEASURE_HEADING = /^(?:Ordinance|Resolution|ORDINANCE|RESOLUTION)\s+(?:No\.?\s*|#\s*)?[A-Z]{0,4}[-/]?\d[\w/-]*\s+[A-Z][^.;:]*$/;
/** "Resolution 2026-284 Referring the Draft Master …": a measure's number and its title worded by its verb, no stop yet. */
const MEASURE_VERBED = /^(?:Resolution|Ordinance)\s+(?:No\.?\s*|#\s*)?[A-Z]{0,4}-?\d[\w/-]*\s+(?:[-–—]\s+)?(?:An?\s+(?:Ordinance|Resolution)\s+)?[A-Z][a-z]+ing\b[^.;:]*$/;
/** "RESOLUTION 2027-088 AUTHORIZING THE PURCHASE OF …": a measure's number and its title in capitals, no stop yet. */
const MEASURE_TITLE_OPEN = /^(?:RESOLUTION|ORDINANCE)\s+(?:NO\.\s*)?\d[\w-]*\s+[A-Z]{3,}ING\b[^a-z.;:]*$/;
/** A US instrument's title cut before its verb: "A RESOLUTION OF THE BOARD OF COMMISSIONERS OF PINE COUNTY, MINNESOTA". */
const INSTRUMENT_MAKER = /\bAN?\s+(?:RESOLUTION|ORDINANCE)\s+(?:OF|BY)\s+THE\b[^.;:a-z]*$/;
/** A schedule's field by its label: "Committee Decision: Refused", "Reason for overturning the recommendation: …". */
const FIELD_LINE = /^(?:[A-Z][a-z]+\s+){0,2}(?:Decision|Recommendation|Reasons?(?:\s+for\s+[^:]{2,60})?|Location|Proposal|Applicant|Agent|Ward|Outcome|Result|Voting|Conditions|Reference)\s*:\s+\S/;
/** A line that is a field and its value: "Officer Recommendation: Grant subject to …". */
const FIELD_ABOVE = /^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*:\s+\S/;
const VERDICT_START = new RegExp(`^(?:${Object.keys(VERDICT_EFFECT).join('|')})\\b`);
/** A street after a house number: "118 Lakeview Road BE APPROVED". */
const HOUSE_NUMBER_REST = new RegExp(String.raw`^(?:[A-Z][\w’'-]*\s+){1,3}(?:${STREET_WORDS}|Crescent|Close|Terrace|Trail|Circle)\b`);
/** A member's own vote after the name, ending a line and opening the next: "Holt, yes;" / "Mayor Hayes, yes". */
const NAMED_VOTE = String.raw`\p{Lu}[\p{L}’'-]+\s*[-–:,]\s*(?:[Aa]ye|[Yy]es|[Yy]ea|[Nn]ay|[Nn]o|[Aa]bstain(?:ed)?|AYE|YES|NAY|NO)`;
const NAMED_VOTE_END = new RegExp(String.raw`\b${NAMED_VOTE}[;,]$`, 'u');
const NAMED_VOTE_START = new RegExp(String.raw`^(?:(?:Mayor|Council\s*Member|Council(?:wo)?man|Councillor|Commissioner|Trustee|Alderman|Supervisor|Mr|Mrs|Ms|Dr)\.?\s+)?${NAMED_VOTE}\b`, 'u');
/** A member's name and the motion's verb opening a line: "Devlin proposed, seconded by …", "Park made a motion …". */
const FIRST_NAME_MOVED = new RegExp(String.raw`^[A-Z][\w’'-]+,?\s+(?:proposed|moved|seconded|${MADE_MOTION})\b`);
/**
 * A line ending on a word no sentence ends with ("… publication of the" / "OfSTED report …"); not a compound's tail ("–
 * Call-in").
 */
export const OPEN_END = /(?<!-)\b(?:the|a|an|of|and|or|to|in|on|for|by|with|from|at|into|between|its|their|this|that|which|as|not|(?<=\band\s)(?:then|also))$/i;

/**
 * Join hard-wrapped lines back into the sentences they were cut from. Plain-text
 * exports and PDFs print a paragraph as several lines, so "… it is estimated" and
 * "that around 1,400 children …" would otherwise read as a new "that" clause, and a
 * "the following recommendations" paragraph would end at its own wrapped tail.
 *
 * Only a line that plainly continues is joined: no blank line before it, a line above
 * that is no heading and has not finished its sentence, and a start that is no clause
 * number ("a.", "(iv)") nor a decision word: lower case, or a capital after a word no
 * sentence ends on ("the", "of") or after a line filled to the margin. The joined line
 * keeps where each piece came from (`joins`), so a clause found inside it is placed
 * on its own source line.
 */
export function unwrapLines(lines: Line[], lex: Lexicon = lexiconFor()): Line[] {
  const out: Line[] = [];
  const full = margin(lines);
  // Lines made here by joining: theirs to extend in place, where copying would make a long run of joins quadratic.
  const made = new WeakSet<Line>();
  // "B. Resolution 26-07 …" then "C. Agreement with …": capital-letter items are not parsed as numbers ("J. Smith"
  // would be one), so the next letter in sequence is what says a line starts an item, however full the line above.
  let letter = '';
  for (const line of lines) {
    const previous = out[out.length - 1];
    const mark = /^([A-Z])\.\s+[A-Z]/.exec(line.text)?.[1];
    const nextLetter = mark !== undefined && letter !== '' && mark.charCodeAt(0) === letter.charCodeAt(0) + 1;
    if (mark !== undefined && (nextLetter || letter === '' || mark === 'A')) letter = mark;
    if (previous && previous.text.length < MAX_JOINED && !nextLetter && continues(previous, line, full, lex)) {
      const broken = brokenAt(previous.text, line.text);
      const head = broken === 'word' ? previous.text.slice(0, -1) : broken === 'hyphen' ? previous.text : `${previous.text} `;
      const join = { at: head.length, line: line.line, column: line.column };
      const joined = made.has(previous) ? previous : { ...previous, joins: [...(previous.joins ?? [])] };
      joined.text = head + line.text;
      joined.strong = previous.strong && line.strong;
      joined.joins!.push(join, ...(line.joins ?? []).map((j) => ({ ...j, at: j.at + join.at })));
      made.add(joined);
      out[out.length - 1] = joined;
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * Text from a typeset PDF breaks words at the margin with a hyphen ("the Overview and Scrutiny Com-" / "mittee", "recom-" /
 * "mended to Council"): the halves are one word again, or no name or verb in it can be read. A lower-case half below is a
 * broken word unless the half above is one that stands before a real hyphen ("long-" / "term", "self-" / "assessment");
 * those, and a capital below ("Sub-" / "Committee"), keep the hyphen and lose only the line break.
 */
function brokenAt(above: string, below: string): 'word' | 'hyphen' | undefined {
  // A report's code broken at its own hyphen: "… Concession Road 4, PW-" / "2027-11".
  if (/(?:^|[\s(])[A-Z]{1,5}-$/.test(above) && /^\d{2,4}(?:-\d{1,4})?\b/.test(below)) return 'hyphen';
  if (!/[a-z]{2}-$/i.test(above) || !/^[a-z]/i.test(below)) return undefined;
  return /^[a-z]/.test(below) && !COMPOUND_HEAD.test(above) ? 'word' : 'hyphen';
}
const COMPOUND_HEAD = /(?:^|[\s(/])(?:sub|non|self|cross|multi|long|short|well|part|full|year|half|mid|post|anti|semi|inter|ex|vice|decision|value|cost|low|high|follow|one|two|three|four|five|six|ten|twelve|first|second|third|top|up|on|in|out|off|over|under|by|all|day|time|place|age|child|older|young|health|e)-$/i;

/**
 * No sentence runs this long: a line past it is a table or a page with no line ends,
 * and joining more onto it would only make every later step slower.
 */
const MAX_JOINED = 8000;

/**
 * How long a line wrapped at the margin is in this document: most of its longer lines
 * run to about the same width, whether the text was wrapped at 50 columns or 95.
 */
function margin(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  return Math.max(30, Math.round(lengths[Math.floor(lengths.length * 0.9)] * 0.7));
}

/**
 * A line of ordinary prose that reaches the margin: wrapped there, so a capital on the
 * next line is a name in the same sentence ("… Safeguarding Children" / "Board's Annual
 * Report"). Bold or capitalised lines are headings, whatever their length.
 */
function filled(line: Line, full: number): boolean {
  if (line.text.length < full || line.strong || TITLE_CASE_LINE.test(line.text)) return false;
  // The line's end decides: "… DIRECTOR OF ENGINEERING RECOMMENDED MOTION 1. That the Sidewalk" runs on, and so does
  // "RECOMMENDATION TO FULL COUNCIL: that Auditing", the words after a label's colon.
  const end = line.text.slice(-30);
  const afterLabel = /:\s+(\S.{7,})$/.exec(end)?.[1];
  // "Decision: Cabinet RECOMMENDS TO COUNCIL that the Local": the verb shouted, the sentence going on in lower case after it.
  const afterShout = /\b[A-Z]{2,}[,;]?\s+((?:[a-z][\w’'-]*\s+)+\S.{0,20})$/.exec(end)?.[1];
  // "… auction. REGULAR AGENDA 4. Vacation Rental": after an item's number the title in title case runs on, whatever heading
  // in capitals stood before it; a lettered item's too ("… V. NEW BUSINESS A. Transportation").
  const afterNumber = /\s(?:\d{1,2}(?:\.\d{1,2})?|[A-H])\.\s+([A-Z][a-z].{4,})$/.exec(end)?.[1];
  // An Ontario clause's "THAT" in capitals is no heading's shout ("… recommend to Council: THAT Report").
  const letters = (afterLabel ?? afterShout ?? afterNumber ?? end).replace(/\b(?:AND\s+)?THAT\b/g, '').replace(/[^A-Za-z]/g, '');
  return letters.replace(/[^A-Z]/g, '').length / letters.length < 0.5;
}

/**
 * "EX/26/73" / "Leisure Centre Management Contract" / "Consideration of this item …": a line in title case, every word
 * capitalised but the joining ones, is a heading however near the margin of a narrow page it reaches; not one that ends on a
 * joining word or opens as a clause does ("That the Fourth Report of the Planning and Development" / "Committee be adopted …").
 */
const TITLE_CASE_LINE = /^(?!(?:That|THAT|The|To|And|A|An|This|It|In|On|At|By|For|From|With|As)\s)(?![A-Z][a-z]+ing\s)[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|\d[\w/.–-]*|and|of|the|for|&|[-–—])){2,5}(?<!\s(?:and|of|the|for|&|[-–—]))$/;

/** A title page's line for the meeting or its date: "Ordinary Council Meeting – Minutes", "Wednesday 18 March 2026, 10.00am". */
const HEAD_FIELD = new RegExp(String.raw`^(?:(?:[A-Z][\w’'-]*\s+){0,4}(?:Meeting|Minutes|Agenda|MEETING|MINUTES|AGENDA)\b(?!\s+(?:of|held|for)\b)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_NAME}))`);

/** A group's proposal, a sentence of its own on the line (text/split.ts keeps its "Agreed." with it). */
const PROPOSAL_LINE = new RegExp(String.raw`^${PROPOSAL_OPENING}[^.;]*[.;]$`);

/** A line that opens on an action minute's tally in brackets: "(5-0) 6. Council reports …". */
const TALLY_START = new RegExp(String.raw`^${TALLY_IN_BRACKETS}(?:\s|$)`);

/**
 * A line that opens on an audit recommendation's priority or rating in brackets: "(High) …", "(Priority 2)" (a bare number in
 * brackets is a list's: "(3) recommends …" starts a clause).
 */
const PRIORITY_START = /^\((?:(?:Priority|Risk|Rating)\s*:?\s*)?(?:High|Medium|Low|Critical|Significant|Moderate|Major|Minor)\)(?:\s|$)|^\((?:Priority|Risk|Rating)\s*:?\s*[1-4]\)(?:\s|$)/i;

function continues(above: Line, line: Line, full: number, lex: Lexicon): boolean {
  if (line.bullet || line.heading > 0 || above.heading > 0 || line.decisionCell || above.decisionCell) return false;
  // "… to adopt Resolution No. 2026-31, entitled:" / "A RESOLUTION OF THE CITY COUNCIL …": the title is the motion's
  // own words, on its own line and often after a blank one.
  if (above.text.endsWith(':') && TITLED.test(line.text) && /\b(?:entitled|titled|ENTITLED|TITLED)\s*:$/.test(above.text.slice(-20))) return true;
  // "(1) That the revised Policy at Appendix A be approved" / (the page's foot) / "for consultation, with a report back …": a
  // clause cut by a page break goes on in lower case on the next page, its line above left without a stop.
  if (line.pageBreak && /^[a-z]/.test(line.text) && !/[.!?:;]["”’)]*$/.test(above.text) && !parseNumber(line.text) && !matchMarker(line.text, lex)) return true;
  if (line.gap) return false;
  // A planning schedule's fields, one a line: "Officer Recommendation: Grant subject to …" / "Committee Decision: Refused": a
  // field's label opens a line of its own under another field, however short the line above.
  if (FIELD_LINE.test(line.text) && FIELD_ABOVE.test(above.text)) return false;
  // "… the quotation of Dyfed Stonework Ltd for £6,240" / "+ VAT.": the sum's tax cut from it at the margin.
  if (/^\+\s*(?:VAT|GST|HST)\b/.test(line.text) && /[£$€]\s?\d[\d,]*(?:\.\d\d)?$/.test(above.text)) return true;
  // "Rheswm dros y penderfyniad / Reason for decision:" / "to set a balanced capital programme.": the label's value cut from it
  // at the margin, in lower case, is no decision of its own.
  if (/\bReasons?\s+for\s+(?:the\s+)?(?:[Dd]ecisions?|[Rr]ecommendations?)\s*:$/.test(above.text) && /^[a-z]/.test(line.text)) return true;
  // "… signed by the Chairperson. 44 :" / "Older People's Day Services – Review …": a Welsh city's minute number and its spaced
  // colon wait for the title.
  if (/(?:^|\s)\d{1,4}\s:$/.test(above.text) && /^[A-Z]/.test(line.text)) return true;
  // "… be adopted as presented. Item No. 7:" / "Speed Limit Review The Senior Engineer …": an item's label after a stop, its
  // title cut from it at the margin (a line that is the label alone is a heading of its own, its title under it).
  if (/[.;!?]\s+(?:Item|ITEM)\s+(?:(?:No|NO)\.?\s*)?\d{1,3}[a-z]?\s*[:.\-–—]?$/.test(above.text) && /^[A-Z]/.test(line.text)) return true;
  // "… (3 for, 6 against). Main motion" / "CARRIED on a recorded vote …": the motion named at the margin, its verdict below.
  if (/\b(?:[Mm]ain|MAIN|[Ss]ubstantive|SUBSTANTIVE)\s+(?:motion|MOTION)$/.test(above.text) && /^(?:CARRIED|LOST|DEFEATED|FAILED|[Cc]arried|[Ll]ost|[Dd]efeated|[Ff]ailed|was\s)/.test(line.text)) return true;
  // "2. Minutes of 10 November:" / "proposed Cllr Owen, seconded Cllr Pritchard, approved.": the movers and the verdict after
  // the topic's colon, in lower case at the margin; "Min 26/143 Minutes of 10 November –" / "agreed and signed.": the verdict
  // after the dash the same.
  if ((/:$/.test(above.text) && /^(?:proposed|moved)\s[^.;:]{2,60}\bseconded\s/.test(line.text)) || (/\s[-–—]$/.test(above.text) && VERDICT_TAIL.test(line.text.split(/(?<=[.;])\s/)[0]))) return true;
  // "7.1 Report from the Commissioner of Public Works re:" / "Winter Maintenance Level of Service": a Canadian report's "re:"
  // waits for its subject.
  if (/\s(?:re|Re|RE):$/.test(above.text) && /^[A-Z\d]/.test(line.text) && !parseNumber(line.text)) return true;
  // "10.1 FOOTPATH CONSTRUCTION PROGRAM 2027/28 RESOLUTION 455/26 (Moved Cr Haddad" / "/ Seconded Cr Price) That Council:": a
  // movers' bracket the margin cut, however the title before it is printed.
  if (/\((?:Moved|MOVED)\b[^()]*$/.test(above.text) && /^[^()]*\)/.test(line.text)) return true;
  // "a) Letter from the District Council about …" / "– noted.": the row's verdict after its dash, pushed over by the margin.
  if (/^[–—-]\s*\S/.test(line.text) && VERDICT_TAIL.test(line.text.replace(/^[–—-]\s*/, '')) && !/[.!?:;]["”’)]*$/.test(above.text)) return true;
  // "9.1 Letter from the … Association requesting funding for a thermal imaging camera" / "Motion 2027-112": a motion's number
  // alone on its line is a label over the movers, whatever the title above reaches.
  // An Ontario committee's "GC146-2026" and a Nova Scotia one's "C26(201)" alone on the line are the same label.
  if (/^(?:Motion|MOTION|Resolution|RESOLUTION)\s+(?:No\.?\s*|#\s*)?[A-Z]{0,4}[-/]?\d[\w/-]*\s*$|^(?:[A-Z]{1,4}-?\d{1,4}-(?:19|20)\d\d|[A-Z]{1,4}\d{2}\(\d{1,4}\))$/.test(line.text)) return false;
  // "… the route review; •" / "agreed that …": a bullet left at the margin belongs to the words below it.
  if (/[;:,]\s+[•·▪●◦]$/.test(above.text) && /^[a-zA-Z(]/.test(line.text)) return true;
  // "1. Senior Center Van Replacement VOTED:" / "(Pereira/Lindholm) 3-0-0 to purchase …": a select board's vote label, its movers
  // in brackets at the margin.
  if (/\b(?:VOTED|Voted)\s*:$/.test(above.text) && /^\([^()]{2,60}\)/.test(line.text)) return true;
  // "… Rates Motion to approve" / "Ordinance 2027-04 on third reading made by …": a motion's verb waits for what it moves.
  if (/\b(?:[Mm]otion|moved)\s+to\s+[a-z]+$/.test(above.text) && /^[A-Z\d]/.test(line.text) && !parseNumber(line.text) && !matchLabel(line.text, lex)) return true;
  // "… Rose Cottage – CONFIRMED WITH" / "MODIFICATIONS …": a verdict in capitals cut inside its own words.
  if (/\b(?:CONFIRMED|GRANTED|APPROVED|REFUSED)\s+(?:WITH|SUBJECT(?:\s+TO)?)$/.test(above.text) && /^[A-Z]{3,}\b/.test(line.text)) return true;
  // A planning row's "… Replacement garage," / "14 Church Street – …": after the proposal's comma, the site's address, though a
  // bare number opens the line.
  if (above.text.endsWith(',') && /^\d{1,4}[A-Za-z]?\s/.test(line.text) && HOUSE_NUMBER_REST.test(line.text.replace(/^\d{1,4}[A-Za-z]?\s+/, ''))) return true;
  // "1. Approve the Official Plan Amendment for 2050" / "Lakeshore Road West as set out …": a site's house number at the
  // margin, its street on the next line, though the line above reads as a title.
  if (/\b(?:for|at|of|on|to|from|near)\s+\d{1,5}[A-Za-z]?$/.test(above.text) && HOUSE_NUMBER_REST.test(line.text)) return true;
  // "… T Walsh, J Pappas 3" / "CONFIRMATION OF MINUTES …": the first item's bare number after the attendance list, its title below.
  if (/[a-z]\s+\d{1,2}$/.test(above.text) && FIRST_ITEM_START.test(line.text)) return true;
  // "8.1 Library Opening Hours RESOLUTION" / "OM2026/303 Moved …": a resolution's label cut from its number; "7 INFRASTRUCTURE
  // SERVICES 7.1" / "Bitumen Reseal Program …", a section's first decimal item cut from its title.
  if ((/\b(?:RESOLUTION|Resolution)$/.test(above.text) && /^[A-Z]{0,4}\d{4}\/\d{2,4}\s/.test(line.text)) || (/(?:^|\s)[A-Z]{3,}\s+\d{1,2}\.\d{1,2}\.?$/.test(above.text) && /^[A-Z][a-z]/.test(line.text))) return true;
  // "… be confirmed. MC" / "42/2025 WATER SERVICES …": a minute reference's letters cut from its number at the margin
  // ("ES 113/26", "OC 114/2025", a health board's "NWHB" / "26/172 Integrated Performance Report").
  if (/(?:^|[.;:!?]\s+)[A-Z]{1,4}$/.test(above.text) && /^\d{1,4}\/\d{2,4}\s/.test(line.text)) return true;
  // "… b. 2028 Budget" / "-- Include the cost …": a double hyphen, a typed dash, sets a topic from its words mid-sentence; no
  // bullet opens on it.
  if (/^--\s/.test(line.text) && !/[.!?:;]$/.test(above.text)) return true;
  // "… siglen newydd. /" / "Agreed that the Clerk …": a Welsh council's two halves of one line, the English cut at the slash.
  if (/\s\/$/.test(above.text) && /^[A-Z]/.test(line.text)) return true;
  // "… / Manawa Iti District Council" over "Ordinary Council Meeting – Minutes" over "Wednesday 18 March 2026, 10.00am": a title
  // page's fields, one a line, however near the margin a short document's lines all reach.
  // ("… at 6:30 pm. 2." / "Consent Agenda Trustee Olsen moved …" is an item's number left at the margin, its title below.)
  // ("… the Board approved" / "Consent Agenda Items 1 through 5: …" is a sentence whose verb waits for its object.)
  if (line.line <= 6 && HEAD_FIELD.test(line.text) && line.text.length < 80 && !OPEN_END.test(above.text) && !/\s\d{1,3}\.$/.test(above.text) && !/\s(?:approved|adopted|accepted|received|ratified|authori[sz]ed|considered)$/.test(above.text)) return false;
  // "… NEW BUSINESS A. Ordinance 2027-11," / "An Ordinance Amending Chapter 14 …": the measure's number, then its title.
  if (/\b(?:Ordinance|Resolution|ORDINANCE|RESOLUTION)\s+(?:No\.?\s*)?[\w-]*\d[\w-]*,$/.test(above.text) && TITLED.test(line.text)) return true;
  // "7.a. RESOLUTION 2027-41, A Resolution" / "Approving a Lease with …": an instrument's title cut before what it does.
  if (/\b(?:A|An)\s+(?:Resolution|Ordinance|By-?law)$/.test(above.text) && /^[A-Z][a-z]+ing\b/.test(line.text)) return true;
  // "… WITH A REPORT ON ROAD REPAIR PRIORITIES" / "REGULAR AGENDA": a US agenda's section heading in capitals, not the words
  // of the line above however they end.
  if (SECTION_HEADING.test(line.text)) return false;
  // "RESOLUTION 2027-088 AUTHORIZING THE PURCHASE OF A DUMP TRUCK" / "THROUGH THE STATE COOPERATIVE PURCHASING PROGRAM Offered by:"
  // / "Committeeman Lutz …": a New Jersey resolution's title in capitals runs on past the margin, and a label's colon to its name.
  if (MEASURE_TITLE_OPEN.test(above.text) && /^[A-Z]{2,}\s+[A-Z]{2,}\b/.test(line.text) && !matchLabel(line.text, lex)) return true;
  // A Virginia board's "… voting no. IN RE:" / "RESOLUTION SUPPORTING …", "IN RE: CONDITIONAL USE" / "PERMIT CUP-27-02, …": the
  // item's heading and its title in capitals, cut at the margin.
  if (/(?:^|\s)IN\s+RE\s*:(?:\s+(?:[A-Z0-9][A-Z0-9’'&,()\/.-]*|[–—]))*$/.test(above.text) && /^[A-Z0-9]{2,}[A-Z0-9’'&,()\/.-]*(?:\s|$)/.test(line.text)) return true;
  // "… links three communities in the County;" / "and NOW, THEREFORE, BE IT RESOLVED …": the recital's conjunction, cut from it.
  if (/;$/.test(above.text) && /^(?:and|AND)\s+(?:NOW|BE\s+IT|WHEREAS)\b/.test(line.text)) return true;
  // "MOTION BY TRUSTEE OSEI, SECONDED BY TRUSTEE PRICE, TO ACCEPT" / "THE 2026 AUDIT AS PRESENTED. …": a motion typed in
  // capitals runs on past the margin until its stop.
  if (/^(?:MOTION|MOVED|IT\s+WAS\s+MOVED)\s+BY\b[^.;:]*[A-Z]$/.test(above.text) && /^[A-Z0-9]/.test(line.text) && !matchLabel(line.text, lex)) return true;
  // "… for review. Motion:" / "Councilmember Park Second: …": so does a mover's label after a sentence, and New Jersey's "…
  // for Review Motion to adopt:" / "Committeewoman Ibsen; …".
  if (/(?:\b(?:Offered|Introduced|OFFERED|INTRODUCED)\s+(?:by|BY)|[.;]\s+(?:Motion|MOTION|Moved|MOVED|Second|SECOND|Seconded|SECONDED)|\b(?:Motion|MOTION)\s+to\s+(?:adopt|approve)(?:\s+on\s+(?:first|second|third)\s+reading)?)\s*:$/.test(above.text) && /^[A-Z]/.test(line.text)) return true;
  // "6.2 Approval of Student Transportation Contract Motion:" / "Trustee Feld Second: Trustee Abara Vote: 4-1 …": a school
  // board's motion label after the item's title, cut from the mover and the seconder's label at the margin.
  if (/\s(?:Motion|MOTION)\s*:$/.test(above.text) && /^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:Second|SECOND)(?:ed|ED)?\s*:/.test(line.text)) return true;
  // "… Seconded by: Mayor Weiss ROLL CALL" / "VOTE: Ayes: …": the roll call's label cut at the margin is one label.
  if (/\b(?:ROLL|Roll)\s+(?:CALL|[Cc]all)$/.test(above.text) && /^(?:VOTE|[Vv]ote)\s*:/.test(line.text)) return true;
  // Granicus fields cut at the margin: "… Tentative Budget RESULT:" / "ADOPTED [4 TO 1] MOVER:" / "Rosa Vidal, …", and "RESULT:
  // REFERRED" / "TO PLANNING AND ZONING BOARD MOVER: …", a field's label from its value or a value in capitals from its rest.
  if (/\b(?:RESULT|MOVER|SECONDER|AYES|NAYS)\s*:$/.test(above.text) && /^[A-Z]/.test(line.text)) return true;
  // "… the short-term rental ordinance. Council Action:" / "Continued to March 24, 2026 …": an action minute's label cut from
  // its verdict at the margin.
  if (/\b(?:(?:Council|Board|Commission)\s+)?Action\s*:$/.test(above.text) && /^[A-Z]/.test(line.text) && !matchLabel(line.text, lex)) return true;
  if (/\bRESULT\s*:(?:\s+[A-Z]{2,}\b)+$/.test(above.text) && /^[A-Z]{2,}(?:\s+[A-Z]{2,})*(?:\s+(?:MOVER|SECONDER|AYES|NAYS)\s*:|$)/.test(line.text)) return true;
  // "ITEM 5 - RESOLUTION NO. 26-104 A RESOLUTION OF THE CITY COMMISSION OF THE CITY OF RIVERTON" / "APPROVING A SITE PLAN …":
  // a US instrument's title names what it does after its maker, on the next line when the first is full. Until that verb
  // the capitals below are still the maker ("… OF THE CITY" / "OF PELHAM SPRINGS, GEORGIA AMENDING …"); after it, only a
  // line cut on an open word ("… OF THE", "… REGARDING") runs on.
  // A line with lower case is none of those capitals: it is told before the line above is searched for a maker.
  // A paragraph run together puts the first recital after the title's last words ("WATER DEVELOPMENT BOARD WHEREAS, the City …").
  const maker = /[a-z]/.test(line.text.replace(/\s+WHEREAS\b.*$/, '')) ? null : INSTRUMENT_MAKER.exec(above.text);
  // "… ADOPTING A DROUGHT" / "CONTINGENCY PLAN …", "… SUBMISSION TO THE TEXAS" / "WATER DEVELOPMENT BOARD": a line cut inside a
  // noun after its article or preposition runs on too.
  if (maker && (/^[A-Z]{3,}ING\s+[A-Z]/.test(line.text) || !/\b[A-Z]{3,}ING\b/.test(maker[0]) || OPEN_END.test(above.text) || /[A-Z]{2,}ING$/.test(above.text) || /\b(?:A|AN|THE|ITS|THEIR|TO|OF|FOR|AND|WITH|ON|IN|BY)\s+[A-Z][A-Z’'-]*$/.test(above.text))) return true;
  // "3. Public Hearing - Comprehensive Plan Amendment CPA-26-07 -" / "CONTINUED to February 9, 2027 (5-0)": the verdict after the
  // matter's dash, cut at the margin.
  if (VERDICT_START.test(line.text) && /\s[-–—]$/.test(above.text)) return true;
  // "… the vote was as follows: Holt, yes;" / "Greer, yes; Palmer, no; …": a roll call by name goes on to its last voter.
  if (NAMED_VOTE_START.test(line.text) && NAMED_VOTE_END.test(above.text)) return true;
  // "… second: Councilman Ruiz. Roll call:" / "Adeyemi, yes; Ruiz, yes; …": the roll call's label waits for its first name.
  if (NAMED_VOTE_START.test(line.text) && /\b(?:[Rr]oll\s+[Cc]all(?:\s+[Vv]ote)?|ROLL\s+CALL(?:\s+VOTE)?)\s*:$/.test(above.text)) return true;
  // "… Kilmory Mains. The CC" / "agreed to object …": a sentence's subject cut from its verb.
  if (/^[a-z]+ed\s/.test(line.text) && /(?:^|[.;]\s+)(?:The|the)\s+[A-Z][\w’'-]*$/.test(above.text)) return true;
  // "… The report recommended:-" / "that the Committee - (a) approve …": a Scottish report's lead-in, its colon and dash, its words
  // going on in lower case below (a motion's "moved:-" stands over its words as printed); "… that the Committee -" / "(a) approve
  // …", the list's first item under the subject and its dash.
  if (/\brecommend(?:ed|s)\s*:-$/.test(above.text) && /^that\s/.test(line.text)) return true;
  if (/\bthat\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*\s+[-–—]$/.test(above.text) && /^\(?(?:[a-z]|1|i)\)\s/.test(line.text)) return true;
  // "… Decision The Committee – (a)" / "agreed to consult …": the list's first letter after the lead-in's dash or colon, left at
  // the margin, its words below in lower case.
  if (/[-–—:]\s*\(?(?:a|1|i)\)$/.test(above.text) && /^[a-z]/.test(line.text)) return true;
  // "RECOMMENDED TO COUNCIL BY THE MUNICIPAL PUBLIC ACCOUNTS" / "COMMITTEE": a recommendation's heading in capitals cut inside
  // the body it names.
  if (/^(?:RECOMMENDED|RESOLVED)\s+(?:TO|BY)\s[A-Z’'&\s]+[A-Z]$/.test(above.text) && /^(?:[A-Z][A-Z’'&]*\s+){0,5}(?:COMMITTEE|COUNCIL|BOARD|CABINET|PANEL|AUTHORITY|COMMISSION)$/.test(line.text)) return true;
  // "RESOLVED that the following recommendations be made to the Executive" / "Committee:": a lead-in cut inside the body it
  // names, the body's noun and the colon left at the margin.
  if (/\bto\s+the\s+(?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w’'&-]*$/.test(above.text) && BODY_NOUN_COLON.test(line.text)) return true;
  // "… HELD NOVEMBER 12," / "2025 AT THE MUNICIPAL OFFICE": a US date cut between its day and its year.
  if (MONTH_DAY_END.test(above.text) && /^(?:19|20)\d\d\b/.test(line.text)) return true;
  // "… for a further report. Motion" / "Carried.": a verdict cut between its two words.
  if (/[.;]\s+(?:Motion|MOTION)$/.test(above.text) && /^(?:[Cc]arried|[Ll]ost|[Dd]efeated|[Ff]ailed|[Pp]assed|CARRIED|LOST|DEFEATED|FAILED|PASSED)\b/.test(line.text)) return true;
  // "… the meeting held on 10th" / "November 2026 were approved …": a date cut between its day and its month.
  if (/\b(?:on|of|dated|held)\s+\d{1,2}(?:st|nd|rd|th)?$/i.test(above.text) && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i.test(line.text)) return true;
  // "…; AND FURTHER" / "THAT staff report back …": a chained clause's conjunction cut from its "THAT" at the margin.
  if (/^(?:THAT|That)\s/.test(line.text) && /;\s*(?:AND|And)(?:\s+(?:FURTHER|further))?$/.test(above.text)) return true;
  // "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF CEDAR FALLS" / "CROSSING, TEXAS, as follows:": the lead-in
  // of a resolution in capitals runs on to its colon, the city's name cut at the margin.
  if (/\bBE\s+IT\s+(?:FURTHER\s+)?RESOLVED\b[^.;:]*$/i.test(above.text) && /^[A-Z]/.test(line.text) && !parseNumber(line.text) && !matchLabel(line.text, lex) && !matchMarker(line.text, lex)) return true;
  // "LU 0021-2026 *Priya Natarajan …": a Legistar table row starts with its file number, never inside the row above.
  if (FILE_ROW.test(line.text)) return false;
  // "… be endorsed and" / "recommended to Cabinet for adoption.": a word in lower case after an open end is the sentence
  // going on, even a marker's word ("RECOMMENDED to Council that" opens a decision in capitals).
  if (/^[a-z]/.test(line.text) && OPEN_END.test(above.text) && !parseNumber(line.text)) return true;
  // "… Moved: Cr Ruiz Seconded:" / "Cr Abbott Lost 2/5 …": a movers' label cut from its member's name at the margin, with its
  // colon or without ("… RESOLUTION OM2026/302 Moved" / "Cr Henare Seconded Cr Pappas That …").
  if (/\b(?:Seconded|SECONDED|Moved|MOVED)\s*:?$/.test(above.text) && /^(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Alderman|Ald|Trustee|Director|Commissioner)\.?\s+[A-Z]/.test(line.text)) return true;
  // "Council Action: Approved 5-0 (Motion: Okonkwo; Second:" / "Ferreira)": the movers' bracket runs on to its close.
  if (/\((?:Motion|MOTION|Moved|MOVED)\s*:[^()]*$/.test(above.text.slice(-200)) && /^[^()]{1,120}\)/.test(line.text)) return true;
  // "… BE PRE-" / "APPROVED, subject to …": a word broken at its hyphen runs on, whatever the half below looks like.
  if (brokenAt(above.text, line.text)) return true;
  // "… DIRECTOR OF ENGINEERING RECOMMENDED" / "MOTION": a label cut at the margin is one label.
  if (/(?:^|\s)(?:RECOMMENDED|Recommended|STAFF|Staff|OFFICER|Officer|OFFICER[’']S|Officer[’']s)$/.test(above.text) && /^(?:MOTIONS?|Motions?|RESOLUTIONS?|Resolutions?|ACTIONS?|Actions?|RECOMMENDATIONS?|Recommendations?)\s*(?::|$|\d{1,2}\.\s)/.test(line.text)) return true;
  // "Motion: Council Member Yoshida / Second: Council Member Barrera" / "Approved Consent Calendar Items 5.1 through 5.7.": the
  // movers' labels fill their line, and the action is a line of its own below them; not where the motion's "That" follows the
  // seconder's name on the line ("… Seconded by: Councillor Harlan That Report" / "REC-2026-04 be received; and …").
  // (A seconder's title cut from the name goes on: "… second: Council" / "Member DiNapoli.", "… second: Councilman" /
  // "Forbes. Roll call: …".)
  if (/^(?:motion|moved(?:\s+by)?)\s*:[^:]{2,60}\bsecond(?:ed)?(?:\s+by)?\s*:\s*\S(?:(?!\s(?:That|THAT)\s)[^:]){1,60}$/i.test(above.text) && /^[A-Z]/.test(line.text) && !(TITLE_END.test(above.text) && TITLE_REST.test(line.text)) && !(MEMBER_TITLE_END.test(above.text) && /^[A-Z][\w’'-]+(?:[.;,]?\s|[.;,]?$)/.test(line.text))) return false;
  // "Resolution 2026-284 Referring the Draft Master" / "Plan Reexamination Report to the Planning Board", "Ordinance 2026-19 An
  // Ordinance Amending Chapter" / "250, Zoning, …": a measure's title worded by its verb, in title case at the margin, runs on
  // until a line of its own (a label, a sentence) comes; small words in lower case ("Ordinance to the Joint Land Use Board").
  if (MEASURE_VERBED.test(above.text) && above.text.length >= full && /^(?:(?!(?:Motion|Moved|Offered|Introduced|Seconded|Roll)\b)[A-Z][\w’'-]*\s+(?:[A-Z\d]|(?:to|of|for|and|the|in|on|at|with|from|under)\s)|\d[\d,]*\b)/.test(line.text) && !matchLabel(line.text, lex) && !matchMarker(line.text, lex) && !parseNumber(line.text)) return true;
  // "… to AquaTech Inc." / "in the amount of …": an abbreviation's stop ends no sentence.
  if (/\b(?:Inc|Ltd|Co|Corp|Bros|No|Nos|St|Mr|Mrs|Ms|Dr|Cllr|Cr)\.$/.test(above.text) && /^[a-z]/.test(line.text)) return true;
  // "… – accepted as a true record;" / "proposed Cllr Ashby, seconded Cllr Mensah.": the movers after a semicolon, cut at the margin.
  if (above.text.endsWith(';') && /^(?:proposed|moved)\s+(?:by\s+)?\S[^;]{0,60}\bseconded\b/.test(line.text) && filled(above, full)) return true;
  // "… it was PROPOSED by Cllr. P. Furlong," / "SECONDED by Cllr. S. Ryan and AGREED that …": the seconder after the mover's
  // comma is the same sentence, though the label opens a line of its own elsewhere ("On the PROPOSAL of Cllr. Heneghan," too).
  if (above.text.endsWith(',') && /\b(?:(?:proposed|moved)\s+by|(?:proposal|motion|proposition)\s+of)\s+[^,;]{2,60},$/i.test(above.text) && /^(?:seconded|SECONDED)\s+(?:by|BY)\b/.test(line.text)) return true;
  // "… in the sum of €86,250 (incl." / "VAT), proposed by …": these abbreviations never close a sentence.
  if (/\b(?:incl|excl|approx|e\.g|i\.e|viz)\.$/i.test(above.text)) return true;
  // "… – Amending Chapter 30 (Signs)" / "Motion to adopt Ordinance 2026-23 on second reading was made": a US motion opens its
  // own line, under an item's title as under anything that ends no phrase.
  if (/^Motion\s+(?:to\s+[a-z]+|by|made\s+by)\b/.test(line.text) && !OPEN_END.test(above.text) && !/\b(?:the|a|an|this|that|of|to|for)$/i.test(above.text)) return false;
  // "6.1 Award of contract … $96,400" / "Approved as recommended.": US action minutes print the verdict under the item's line.
  if (/^[A-Z]/.test(line.text) && VERDICT_UNDER.test(line.text) && line.text.length < 90 && !OPEN_END.test(above.text) && !/\b(?:be|been|was|were|is|are)$/i.test(above.text) && parseNumber(above.text)) return false;
  // "… that the Town" / "Board authorizes the Town Clerk …": a US body's name cut at the margin, in an item's title too ("1.
  // Resolution No. 2027-44 – A Resolution of the City" / "Commission approving …").
  if (/^(?:Board|Council|Commission|Clerk|Manager|Administrator|Supervisor|Attorney|Engineer|Treasurer)\b/.test(line.text) && /\bthe\s+(?:Town|City|County|Village|Township|Borough)$/.test(above.text)) return true;
  // "LC 201/26 Notice of Motion – Rural Broadband Councillor" / "Devlin proposed, seconded by …": a member's title at the end of
  // an item's title line, cut from the name and the motion that follow it.
  if (TITLE_LAST.has(above.text.slice(above.text.lastIndexOf(' ') + 1)) && FIRST_NAME_MOVED.test(line.text)) return true;
  // "7.2 Appeal of Design Review Board Decision - 17 Quarry Lane" / "The appeal was denied on a 4-3 vote.": an item's title
  // line, then the minute's first sentence (two lower-case words in its first few), though the title reaches the margin.
  // "KMD 114/25 Taking in Charge" / "Following discussion, the Members …": so does an opening phrase closed by its comma,
  // and a body's past verb ("BoD/26/118 Integrated Performance Report" / "The Board received the report …").
  // "Discussion followed. Trustee Ames moved …": a short sentence whole before its stop; "Ms. K. Ames presented …": a
  // person's. A line above that ends on a stop ("5. Winter lights. Agreed to …; F." / "Dunbar to order them.") is left to the
  // tests below, and so is a wrapped paragraph joined past any title's length, and one whose title ran into its minute ("4. Common
  // Good Fund – Grant Applications. There had been circulated …"). A New Jersey measure's number and title over its hearing
  // ("Ordinance 2026-19 An Ordinance Amending Chapter 250 …" / "The public hearing was opened.") is a heading too.
  if ((SENTENCE_START.test(line.text) || PERSON_SENTENCE_START.test(line.text) || OFFICER_SENTENCE_START.test(line.text) || OPENING_PHRASE.test(line.text) || BODY_SENTENCE_START.test(line.text) || PASSIVE_START.test(line.text) || SHORT_SENTENCE.test(line.text)) && !OPEN_END.test(above.text) && !/[,;:.]$/.test(above.text) && (above.text.length < 200 || !above.joins) && (titleOnly(above) || MEASURE_HEADING.test(above.text))) return false;
  // "… Queens" / "(C250311ZMQ)Land Use …": an application's code in brackets carries the row on.
  if (/^\([A-Z]\d{5,}[A-Z]*\)/.test(line.text) && filled(above, full)) return true;
  // "1." / "Additions:": a PDF's list number in a column of its own, its text on the next line.
  if (NUMBER_ONLY.test(above.text) && !NUMBER_ONLY.test(line.text) && !above.joins) return !matchLabel(line.text, lex);
  // Every test reads the end of the line above; a long line is read from its last words only.
  const previous = above.text.length > 300 ? { ...above, text: above.text.slice(-300) } : above;
  // "… set out in the plan. 3." / "Agree that …": the clause number was left at the margin; a sub-item's "7.b." and a
  // review's "R2." too.
  // "… Bird, Coles, Dunn. 26/041" / "Apologies: …": a flattened page's minute reference left at the margin after a stop ("File:
  // T26/003" / "Cr Mbeki moved …" is a field, its value whole).
  if (/(?:(?:[.;:]|\s(?:and|or))\s+(?:\(?\d{1,2}[.)]|R\d{1,2}\.|\d{1,3}\.[A-Za-h]\.|\([a-z]\)|[a-z]\))|[a-z)][.;]\s+(?:[A-Z]{1,4}[./]?\d{2,4}|\d{2})\/\d{2,4})$/.test(previous.text) && !VOTE_COUNT_END.test(previous.text) && /^[A-Z“"‘]/.test(line.text)) return true;
  // A US board's Roman item number the same: "… Motion carried 7-0. III." / "CONSENT AGENDA Motion made by …".
  if (/[a-z\d)][.!?]\s+[IVX]{1,5}\.$/.test(previous.text) && /^[A-Z]{3,}\b/.test(line.text)) return true;
  // "… titled "Library Opening Hours Review"; 2." / "approves Sunday opening …": a list run inline whose items open in lower case;
  // "… Resolved That Council: 1." / "endorses the draft …", its first item after the lead-in's colon.
  if (/(?:;\s+(?:and\s+)?|:\s+)\(?\d{1,2}[.)]$/.test(previous.text) && /^[a-z]/.test(line.text) && !VOTE_COUNT_END.test(previous.text)) return true;
  // "…, totalling £412,000; and iii." / "agree that …": a Roman number's item may open in lower case.
  if (/(?:;|;?\s(?:and|or))\s+\(?[ivx]{1,4}[.)]$/.test(previous.text) && /^[a-z]/.test(line.text)) return true;
  // "… as presented. Ayes:" / "all. Motion carried.", "… seconded. Vote:" / "5-0-0.": a roll call's label cut from its count.
  if (/\b(?:ayes?|nays?|noes?|yeas?|against|abstain\w*|absent|votes?)\s*:$/i.test(previous.text) && /^(?:all|none|nil|\d{1,2})\b/i.test(line.text)) return true;
  // A Virginia board's "The vote was: Aye: Marlowe, Tate, Whitcomb; Nay:" / "Banks, Ellery.": a side's label after the other's
  // names, its own names cut to the next line.
  if (/[;,]\s*(?:ayes?|nays?|noes?|yeas?|abstain\w*|absent)\s*:$/i.test(previous.text) && /^[A-Z][\w’'-]+(?:[,;.]|\s+and\s|$)/.test(line.text) && !matchLabel(line.text, lex)) return true;
  // "… seconded by Commissioner Diaz and carried" / "5-0.": the tally of the verdict above.
  if (/\b(?:carried|passed|failed|adopted|approved|lost|defeated)$/i.test(previous.text) && /^\d{1,2}\s*[-–]\s*\d{1,2}\b/.test(line.text)) return true;
  // "… the following resolution was ADOPTED 4 AYES 1 NAY" / "(Councilman Pruitt):": who voted no, in brackets after the count.
  if (/\b(?:ayes?|nays?|noes|\d{1,2}\s*[-–]\s*\d{1,2})$/i.test(previous.text) && /^\([^()]{2,60}\)\s*[:.]?$/.test(line.text)) return true;
  // "… was carried by 33 votes to" / "29.": the count, not clause 29.
  if (/\bvotes?\s+to$/i.test(previous.text) && /^\d{1,3}\b/.test(line.text)) return true;
  // "… and this was" / "agreed.", "The minutes were" / "AGREED as a correct record", "… seconded by X and" /
  // "agreed that …": the verb of the sentence above.
  // "…, which was unanimously" / "agreed.": an adverb may stand between.
  // "… for its summer scheme. All" / "agreed.": the assent cut after its subject.
  // "… the following resolution was" / "ADOPTED  AYES 4  NAYS 1": a New York town board's verdict in capitals.
  // "(c) That the proposed Council Tax base be" / "RECOMMENDED to Council for approval.": the passive's verb, not a marker.
  if (/(?:\b(?:was|were|is|are|be|been|and)(?:\s+\w+ly)?|[.;]\s+All)$/i.test(previous.text) && /^(?:agreed|AGREED|resolved|RESOLVED|approved|APPROVED|noted|NOTED|carried|CARRIED|adopted|ADOPTED|passed|PASSED|recommended|RECOMMENDED)\b/.test(line.text)) return true;
  // "… the Lagan towpath. The Director" / "agreed to look into the matter.", "Trustee Delgado" / "asked that the fee be
  // waived", "…, the Members" / "recommended the disposal to …": the verb of the subject above, in lower case.
  // "The Executive further" / "agreed that …": an adverb may stand between the subject and its verb; "…, the Board" / "voted
  // unanimously to sign …" too; "… for procurement. The Committee" / "recommended: 7.4. That …", a lead-in's colon after the verb.
  if (/\b[A-Z][a-z]+(?:\s+(?:further|also|then|thereafter|\w+ly))?$/.test(previous.text) && /^(?:agreed|resolved|noted|decided|asked|requested|suggested|proposed|moved|recommended|voted)(?:\s+(?:(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2})\s+)?(?:to|that|the)\b|\s*:)/.test(line.text)) return true;
  // "… Grant of £200 to Strathlorne Gala Committee" / "agreed (prop. FB, sec. GK).": a telegraphic verdict in lower case, with
  // no more than its movers after it, ends the sentence above.
  if (/^(?:agreed|approved|noted|accepted|deferred)\s*(?:\([^()]{1,60}\))?\s*[.;]?$/.test(line.text) && /[\w)]$/.test(previous.text)) return true;
  // "A motion that … was" / "moved by Cr Ross, seconded by Cr Tane and carried.", "… the Original motion 'It is" /
  // "recommended that …": a verb's complement, in lower case, though it reads as a marker.
  if (/\b(?:is|are|was|were|be|been|being|has|have|had|will|shall|would|should|must)$/i.test(previous.text) && /^[a-z]/.test(line.text)) return true;
  // "Thereafter, the Committee NOTED the findings" / "and AGREED that a report …": the body's second verdict in the same
  // sentence, not an "AND AGREED" of its own; "The Committee APPROVED the reprofiling … and" / "RECOMMENDED the business case
  // to the Board …" too, the conjunction left above.
  if (/^(?:and\s+)?(?:AGREED|NOTED|APPROVED|ENDORSED|RESOLVED|DECIDED|REQUESTED|INSTRUCTED|RECOMMENDED)\b/.test(line.text) && (/^and\s/.test(line.text) || /\sand$/.test(previous.text)) && BODY_VERDICT_OPEN.test(previous.text)) return true;
  // "a) To approve the schedule of payments … £4,106.12 –" / "Resolved.": the verdict after the matter's dash, cut from it.
  if (/\s[-–—]$/.test(previous.text) && /^(?:Resolved|RESOLVED|Agreed|AGREED|Noted|NOTED|Approved|APPROVED|Deferred|DEFERRED)\.?$/.test(line.text)) return true;
  // "… by the following roll call vote: Ayes:" / "Dwyer, Gallo, Ortega. Nays: None.": the names cut from a roll call's side.
  if (/\b(?:Ayes?|AYES?|Nays?|NAYS?|Noes|NOES|Yeas?|YEAS?)\s*:$/.test(previous.text) && /^(?:(?:Mayor|Council\s*members?|Councilman|Councilwoman|Trustees?|Commissioners?|Supervisors?|Alderm[ae]n|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]+(?:,\s|\s+and\s|\.(?:\s|$)|$)/.test(line.text)) return true;
  // "… the insurance policy with Came" / "& Company at £1,044.50 – Agreed.": an ampersand opens no sentence, only a name.
  if (/^&\s+\S/.test(line.text) && /[\w)]$/.test(previous.text)) return true;
  // "(a) That … from two to four;" / "and (b) That staff …": the list runs on after its conjunction.
  if (/[;,]$/.test(previous.text) && /^(?:and|or),?\s+\(?[a-z0-9]{1,3}[.)]\s/.test(line.text)) return true;
  // "MOVED by Member K" / "Tupou, seconded by …": a member's initial cut from the surname.
  if (/\b(?:Member|Cr|Cllr|Councillor|Mr|Mrs|Ms|Dr|Chair\w*|Mayor|Alderman|Commissioner|Trustee)\s+(?:[A-Z]\s+)?[A-Z]$/.test(previous.text) && /^[A-Z][\w’'-]+\b/.test(line.text) && !OWN_START.test(line.text)) return true;
  // "… Councilman Lindgren; second:" / "Councilwoman Marchetti.": a mover's label cut from the name after it.
  // "Seconded by:" / "Councillor Grant That Council refer …": the name and the motion after it, in a paragraph run into lines.
  // "… Motion: Trustee Feld Second:" / "Trustee Abara Vote: 4-1 …": the seconder and the tally's label after it.
  if (previous.text.endsWith(':') && (line.text.length < 60 || /^\S+\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:That\s|THAT\s|Vote\s*:|VOTE\s*:)/.test(line.text)) && (MEMBER_TITLE.has(line.text.split(/\s/, 1)[0]) || /^(?:(?:Board|Council)\s+)?Member\s+[A-Z]/.test(line.text)) && /\b(?:second(?:ed)?(?:\s+by)?|moved(?:\s+by)?|proposed(?:\s+by)?|mover|seconder)\s*:$/i.test(previous.text)) return true;
  // "… the May 7 meeting. Commissioner" / "Okafor seconded.": a member's title cut from the name after it.
  if (TITLE_LAST.has(previous.text.slice(previous.text.lastIndexOf(' ') + 1)) && MEMBER_TITLE_END.test(previous.text.slice(-40)) && /^[A-Z][\w’'-]+\b/.test(line.text) && !OWN_START.test(line.text) && !parseNumber(line.text)) return true;
  // "Moved by Coun." / "Brandt, seconded …", "That Report No." / "AAC25-004 be received", a title in capitals' "NOTICE OF
  // MOTION – CLLR." / "HYNES", "second by Commissioner Dist." / "1 Harlan, to award …", a parish's "(prop." / "Cllr Dunne, sec.
  // Cllr Orme)": an abbreviation, not a sentence end
  // ("… set out in Appendix A." ends one: the letter names the appendix).
  if (/(?:^|\s)(?:No|Nos|Coun|Con|Cllr|Cr|Clr|Mr|Mrs|Ms|Dr|St|Ald|Supt|Insp|Dist|Pct|CLLR|CLR|CR|MR|MRS|MS|NO|(?:[A-Z]\.)*[A-Z])\.$|(?:^|[\s(])(?:prop|sec)\.$/.test(previous.text) && !/\b(?:Appendix|Annexe?|Attachment|Exhibit|Enclosure|Schedule|Part|Option|Table|Figure|Map|Phase|Stage|Zone|Area|Block|Lot|Unit|Ward|Class|Category|Type|Grade|Level|Plan|Section)\s+[A-Z]\.$/.test(previous.text) && !OWN_START.test(line.text)) return true;
  // "RESOLVED to: 1. Note the outcome … Plan 2." / "Agree the seven …": the next number of a list run inline, left at the margin.
  if (inlineNumberAtEnd(previous.text) && !VOTE_COUNT_END.test(previous.text) && /^[A-Z]/.test(line.text)) return true;
  // "… adopt the following" / "resolution:": the lead-in's noun cut at the margin, not a label of its own.
  if (/\bfollowing$/i.test(previous.text) && /^[a-z][a-z ]{2,30}:/.test(line.text)) return true;
  // "… OFFICER RECOMMENDED MOTION 1." / "That the strategy …": a list's first number left at the margin after its label
  // ("… POLICY RESOLVED (a)" / "That the Fleet Management Policy …", "… Refurbishment Decision 1." / "Cabinet approved …" too).
  if (/(?:\b[A-Z]{3,}|:|\b(?:Decisions?|Resolved|Recommendations?))\s+(?:\(?1[.)]|\((?:a|i)\)|(?:a|i)\))$/.test(previous.text) && !VOTE_COUNT_END.test(previous.text) && /^[A-Z]/.test(line.text)) return true;
  // "… in terms of Section 50A" / "(4) and (5) of the Act", "… the meeting of 6th" / "January were taken as read": a reference or date run on.
  if (/\b(?:section|regulation|paragraph|article|rule|clause|schedule|part)\s+\w{1,5}$/i.test(previous.text) && /^\([\w.]{1,4}\)/.test(line.text)) return true;
  if (/\b\d{1,2}(?:st|nd|rd|th)?$/.test(previous.text) && MONTH_START.test(line.text)) return true;
  // "… Section 50A (4) and" / "(5) of the Act": a pair of references, not clause (5).
  if (/\)\s+(?:and|or|to)$/.test(previous.text) && /^\([\w.]{1,4}\)\s+(?:of|to|and|or|in)\s/.test(line.text)) return true;
  // "The hall working party proposed a hire charge of £12 per hour for 2027." / "Agreed.": the assent to the proposal above, as
  // on its line.
  if (/^(?:Agreed|AGREED)\.?$/.test(line.text) && PROPOSAL_LINE.test(previous.text)) return true;
  // "… Trustee Delgado asked that the fee be waived for the 2025 season." / "The Board concurred.": the assent to the request.
  if (line.text.length < 60 && assentsTo(previous.text, line.text)) return true;
  // "… authorised: Clerk's salary £412.50; HMRC £103.20;" / "Hall hire £25.00.": a list run inline, cut at the margin
  // (a list of one clause a line ends each line with its one semicolon).
  if (/;[^;]{3,80};$/.test(previous.text) && filled(above, full) && /^[A-Z£$€]/.test(line.text) && !OWN_START.test(line.text) && !parseNumber(line.text) && !matchMarker(line.text, lex)) return true;
  // "… payments were approved: Clerk's salary £412.00;" / "HMRC £103.00; Memorial Hall rent £30.00.": the first sum after the
  // colon and the next payee's sum below, a list of payments however few.
  if (/:\s[^;:]{2,60}[£$€]\s?\d[\d,]*(?:\.\d\d)?;$/.test(previous.text) && /^[A-Z][^.;:]{1,60}[£$€]\s?\d/.test(line.text) && !parseNumber(line.text)) return true;
  // "… SECURITY GRANT – Adopted" / "Resolution No. 2026-98.": an action minute's verb, its object cut onto the next line.
  // "…, to adopt" / "Resolution 26-44.": a motion's verb, its instrument cut onto the next line.
  if (/^(?:Resolution|Ordinance|By-?law|Local\s+Law)\s+(?:No\.?\s*)?[\w-]*\d/.test(line.text) && /(?:(?:^|[-–—]\s+)(?:Adopted|Approved|Introduced|Ratified|Accepted)|\bto\s+(?:adopt|approve|pass|introduce|ratify|accept|amend|rescind|repeal|enact|table|deny))$/.test(previous.text)) return true;
  // "… 2027 Resolution number" / "KT/2026/142 MOVED by …": a New Zealand resolution's reference cut from its label.
  if (/\b(?:Resolution|RESOLUTION)\s+(?:[Nn]umber|NUMBER|No\.?)$/.test(previous.text) && /^[A-Z]{2,8}\/\d{4}\/\d{3,6}\b/.test(line.text)) return true;
  // "… be approved;" / "and RECOMMENDED TO COUNCIL – (c) that …": the conjunction belongs to the clause above, and the marker is
  // cut from it again where the lines are split (text/split.ts), as a line printed whole would be.
  // "… for a term ending June 30, 2029." / "(5-0) 6. Council reports …": an action minute's tally in brackets after its stop.
  if (TALLY_START.test(line.text) && /[.;]$/.test(previous.text)) return true;
  // "… signed by the budget holder before payment." / "(High) Management response: …": an audit recommendation's priority in
  // brackets after its stop.
  if (PRIORITY_START.test(line.text) && /[.;]$/.test(previous.text)) return true;
  // "… (proposed Cllr Moss, seconded Cllr Byers;" / "6 for, 1 abstention).": the count inside the movers' bracket, still open.
  if (/^\d{1,2}\s+(?:for|in\s+favou?r|against)\b/.test(line.text) && /\([^()]*$/.test(previous.text)) return true;
  // An Ontario motion's "… be received;" / "and That the policy …" the same: "and" ends the clause above.
  if (previous.text.endsWith(';') && /^(?:and|AND)\s+(?:RESOLVED|RECOMMENDED|That|THAT)\b/.test(line.text)) return true;
  // "… Four applications were approved:" / "Kinloch Gala (£900), Strathbran Shinty Club (£1,500), …": a passive verdict's colon
  // at the margin, what it settled run on after it (a list of one entry a line has no commas).
  if (PASSIVE_COLON.test(previous.text) && filled(above, full) && /^[A-Z£$€][^.;:]*,/.test(line.text) && !parseNumber(line.text) && !matchLabel(line.text, lex) && !matchMarker(line.text, lex)) return true;
  // "c) Invitation from the Lord Lieutenant to the Civic Service:" / "noted.": a row's verdict in lower case after its colon.
  if (previous.text.endsWith(':') && /^(?:noted|agreed|approved|received|accepted|deferred|declined|refused|supported)\.?$/.test(line.text)) return true;
  // "… at its meeting on 4 February 2026," / "recommended that the maximum award …": after a comma, a word in lower case goes on
  // with the sentence, a marker's word and all.
  if (/,$/.test(previous.text) && /^[a-z]/.test(line.text) && !parseNumber(line.text)) return true;
  // "… Vance – no; Mr." / "Ito – yes.", "… between 7 a.m." / "and 6 p.m. only;": the stop of a short form at the margin ends no
  // sentence, before a name after a title, before words in lower case after a time's or a company's.
  if (SHORT_STOP_END.test(previous.text) && (/^[a-z]/.test(line.text) || (/(?:^|\s)(?:Mr|Mrs|Ms|Cllr|Cr)\.$/.test(previous.text) && /^[A-Z][\w’'-]+\b(?!\.)/.test(line.text))) && !parseNumber(line.text)) return true;
  // "… Transfer Station Fees: After discussion the Board" / "agreed by consensus to refer …": a marker's verb in lower case
  // after its subject (or "it was", "and") at the margin is the sentence going on, not a marker of its own.
  if (/^(?:agreed|resolved|decided|recommended)\b/.test(line.text) && SUBJECT_BEFORE_VERB.test(previous.text)) return true;
  // "… that the application be refused contrary to the officer" / "recommendation for the following reasons:": a label's noun
  // in lower case is the sentence going on; a heading of that name opens with its capital.
  if (/^(?:recommendations?|decisions?|resolutions?)\b/.test(line.text) && !/[.;:!?]["”’)]*$/.test(previous.text)) return true;
  if (ENDED.test(previous.text) || OWN_START.test(line.text)) return false;
  // "R-2026-188 Authorizing …" / "R-2026-189 Authorizing …": a consent agenda's resolutions, one a line.
  if (RESOLUTION_CODE_START.test(line.text)) return false;
  // "… report. 63. 26/00502/HOU –" / "8 Church Walk, Ashby …": a planning list's site after its reference's dash, not item 8.
  if (/\s[-–—]$/.test(above.text) && /^\d{1,4}[a-z]?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:,|\s+[-–—]\s|$)/.test(line.text)) return true;
  // "2026-065 Requesting Approval of … Grant" / "PUBLIC COMMENT": the last of them, then the next heading in capitals.
  if (!/[a-z]/.test(line.text) && RESOLUTION_CODE_START.test(above.text)) return false;
  // "… for the period" / "2021/22 – 2025/26, including …": a financial year, not a minute numbered 2021/22.
  if (FINANCIAL_YEAR.test(line.text)) return true;
  // "… Development Management Policies" / "(Appendix 1), together with …", "Minutes: RESOLVED" / "(Cadwallader/Gordon) that …":
  // an aside in brackets carries on the sentence cut at the margin above it.
  // "… to the toddler group" / "(£900) and …": a sum in brackets too.
  if (/^[([][A-Za-z0-9£$€]/.test(line.text) && (OPEN_END.test(previous.text) || filled(above, full) || MARKER_END.test(previous.text)) && !parseNumber(line.text)) return true;
  // "P.88 26/01871/FUL – LAND SOUTH OF STATION ROAD – ERECTION" / "OF 36 DWELLINGS WITH …": a title in capitals goes on where
  // the margin cut it before a small word.
  if (/[A-Z]{3,}$/.test(previous.text) && !/[a-z]/.test(previous.text.replace(/^\S+\s+/, '')) && /^(?:OF|TO|FOR|AND|IN|ON|AT|WITH|BY|FROM)\s+[A-Z\d][^a-z]*$/.test(line.text) && itemHeading(previous)) return true;
  // "Premises licence – The Crown – APPROVED" / "Street trading consent – …": a verdict after a dash ends its row,
  // unless it is cut at the margin ("– CONFIRMED WITH" / "MODIFICATIONS").
  if (/\s[-–—]\s*[A-Z]{4,}(?:\s+[A-Z]{2,}){0,4}$/.test(previous.text)) return /\s(?:WITH|SUBJECT|TO|AS|AND|IN|ON|OF|FOR|BY)$/.test(previous.text) && /^[A-Z]{2,}(?:\s+[A-Z]{2,})*\.?$/.test(line.text);
  // "… for a site visit" / "P/102 Minutes of the previous meeting": a new minute, unless the sentence plainly runs on.
  if (!OPEN_END.test(previous.text) && itemHeading(line)) return false;
  // "(Appendix" / "G) in relation to …": the bracket opened above closes here.
  if (/^[\w.]{1,4}\)/.test(line.text) && unclosed(previous.text)) return true;
  // "… set out in Attachment" / "2.": a reference, not clause 2; "That clause" / "(b) be amended to add …" the same.
  if (REFERENCE_END.test(previous.text) && /^(?:[\w.]{1,6}|\([a-z\d]{1,4}\))(?:$|[\s.,;)]+(?:$|[a-z(]))/.test(line.text) && !/^[A-Za-z]{2}/.test(line.text)) return true;
  // "Minutes of the meeting held on 30th January 2024 –" / "APPROVED": the verdict printed after the matter.
  if (/\s[-–—]$/.test(previous.text) && /^[A-Z]{4,}\b/.test(line.text)) return true;
  // "5. PROFESSIONAL SERVICES AGREEMENT FOR" / "SOLID WASTE ADMINISTRATION -": one title in capitals, its dash still to come.
  if (/^(?:\d{1,2}[.)]?\s+)?[A-Z0-9][A-Z0-9\s’'&(),/.:-]+$/.test(previous.text) && /^[A-Z0-9][A-Z0-9\s’'&(),/.:-]*\s[-–—]$/.test(line.text)) return true;
  // "… SOLID WASTE PROGRAM ADMINISTRATION -" / "Approve the agreement …": a US agenda title, its action below.
  if (/[A-Z]{3,}\s+[-–—]$/.test(previous.text) && ACTION_START.test(line.text)) return true;
  // "… at its meeting on" / "17 September 2024):", "… held" / "1 April 2025, be accepted", "… on Wednesday" / "13 May
  // 2026": a date, not clause 17.
  if (/\b(?:on|of|from|until|to|by|dated|held|before|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(previous.text) && /^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(line.text)) return true;
  // "A. endorses the draft Cultural Strategy for public exhibition for 28 days," / "B. notes that …": the next letter of a list
  // the line above opened, however that item ended (a lone "B." after a comma would read as an initial).
  const lettered = /^([B-Z])\.\s+[a-z]/.exec(line.text);
  if (lettered && previous.text.startsWith(`${String.fromCharCode(lettered[1].charCodeAt(0) - 1)}. `)) return false;
  const number = parseNumber(line.text);
  // "… for Zoning By-law Amendment Z-9101 relating to" / "44 Harbour Street BE APPROVED;": a house number after a preposition.
  // A table's row number after a cell cut on "of" ("The McKinley Foundation at the University of" / "1 Champaign …") is none:
  // the words after the number must name a street.
  if (number?.number.style === 'bare-num' && /\b(?:to|at|of|on|from|near)$/i.test(previous.text) && HOUSE_NUMBER_REST.test(number.rest)) return true;
  // "… as detailed at paragraphs" / "3.19 to 3.24 of the report": a reference, not paragraph 3.19; but "AGREED" / "7.1 the
  // transfer …; and" / "7.2 that the Head of Legal Services …": a Scottish decision's clauses under its marker, or after the
  // clause before.
  if (number) return number.number.style === 'decimal' && /^[a-z]/.test(number.rest) && !MARKER_END.test(previous.text) && !/[;:](?:\s+(?:and|or))?$/.test(previous.text);
  // "that planning permission be" / "GRANTED subject to …": the verdict inside the sentence.
  if (/\b(?:be|been)$/i.test(previous.text)) return true;
  // "… held on Tuesday 5 November" / "2024 at 6.30 pm", "… not to exceed" / "$1,250,000 and …", "… payroll warrant" / "#44 in
  // the amount of …": a number that is no clause number.
  if (/^[#$£€]?\d/.test(line.text) && (OPEN_END.test(previous.text) || MONTH_END.test(previous.text) || filled(above, full))) return true;
  // "… moved by Councillor Price to add" / "\"and report to Council by September\".": the words quoted run on.
  if (/^["“‘][a-z]/.test(line.text)) return true;
  // "… Committee: 1 Receives the report" / "\"Freshwater Farm Plans – Rollout Update\". 2 Notes …": a title quoted after a line
  // that filled the margin.
  if (/^["“‘][A-Z]/.test(line.text) && filled(above, full) && !OWN_START.test(line.text.slice(1))) return true;
  // "8.2 Planning Permit Application PLN25/204 – Dwelling and Shed, 112 Bunyip Creek Road" / "Author: Senior Statutory
  // Planner": a report's field under an item's title, or under another field ("Committee decision: Grant …" / "Voting:
  // Unanimous"), that filled the line is a line of its own.
  if (FIELD.test(line.text) && !OPEN_END.test(previous.text) && (FIELD.test(previous.text) || itemHeading(previous))) return false;
  // "Present: Alasdair Munro (Chair), …, Eilidh Ross (Secretary)" / "Minutes of May meeting – …": a list of who attended ends
  // at its last name's role or stop; a name cut at the margin leaves a comma or a name before it.
  if (ATTENDANCE.test(above.text) && /[).]$/.test(previous.text) && /^[A-Z]/.test(line.text)) return false;
  // "ACTION: Referred to the Transportation Advisory" / "Committee.": a body's name cut before its head noun, however short the
  // line above.
  if (NAME_BEGUN.test(previous.text) && HEAD_NOUN_GOES_ON.test(line.text)) return true;
  if (!/^[a-z]/.test(line.text) && !(/^[A-Z]/.test(line.text) && (OPEN_END.test(previous.text) || filled(above, full)))) return false;
  // "… S. Tremblay, D. Moreau" / "Carried": a label ("Carried", "Moved") starts its own line, whatever the
  // margin; "… CODES AS AMENDED AND" / "ADOPTED BY LOS ANGELES COUNTY" runs on.
  // "… as revised. Board" / "Member Brandt seconded." (an Alaska assembly's "… Assembly" / "Member Ortega seconded."): a title
  // cut at the margin carries on into the name, label or not.
  // "7.1 Bylaw No. 2041 – Electoral Area B Fire Service Establishment" / "Amendment": a numbered title's last word or two at
  // the margin, in title case with no stop, is more of the title, though "Amendment" alone heads an amendment elsewhere.
  // ("Decision", "Council Resolution" and the other labels stand on their own.)
  if (/^[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$/.test(line.text) && filled(above, full) && !/[.;:,]$/.test(previous.text) && itemHeading(previous)?.number && !matchMarker(line.text, lex) && (/^Amendments?\b/.test(line.text) || !matchLabel(line.text, lex))) return true;
  if (/^[A-Z]/.test(line.text) && !OPEN_END.test(previous.text) && !(TITLE_END.test(previous.text) && TITLE_REST.test(line.text)) && matchLabel(line.text, lex)) return false;
  // "… highways reserve. Reason for" / "Decision: To keep …": the reasons' label cut at the margin is one label.
  if (/\bReasons?\s+for$/.test(previous.text) && /^(?:the\s+)?(?:[Dd]ecisions?|[Rr]ecommendations?)\s*:/.test(line.text)) return true;
  // "… siglen newydd. / Agreed" / "that the Clerk seek quotations …": a marker's clause cut from it at the margin.
  if (/^(?:that|to)\s/.test(line.text) && MARKER_END.test(previous.text)) return true;
  // "It was agreed to …" after a sentence cut short still opens the decision; a marker
  // that is the whole sentence ("… were passed by resolution") needs its sentence start,
  // as does "Regional Council, at its meeting on May 14," / "adopted the following:".
  // "A donation of £200 to the Food Bank was moved" / "by Cllr Hurren, seconded by Cllr Moss and agreed.": the movers cut from
  // their verb at the margin, though the line then reads as a verdict on its own.
  if (/\b(?:proposed|moved|seconded)$/i.test(previous.text) && /^by\s+\S/.test(line.text)) return true;
  const marker = matchMarker(line.text, lex);
  // "26/43 Review of Standing Orders and Financial Regulations" / "Deferred to the June meeting.": a status line under a title
  // that filled the line.
  // "… to the Gala. Application from the Youth Club" / "deferred to the January meeting …": the verdict of a matter named after
  // the last stop, in lower case, is that sentence's verb (a status line under a title opens in capitals).
  // "… with the requirement for wheelchair accessible vehicles" / "deferred until 2029.": in lower case after words that end
  // no sentence and no title, the verb of the clause the margin cut.
  if (marker?.rule === 'marker.item-deferred' && !OPEN_END.test(previous.text) && !(/^[a-z]/.test(line.text) && (NAMED_AFTER_STOP.test(previous.text) || (!/[.;:!?]["”’)]*$/.test(previous.text) && !itemHeading(previous))))) return false;
  // "That the Committee recommends that" / "Council:": the lead-in's subject cut at the margin, not a lead-in of its own.
  if (marker?.weak && OPEN_END.test(previous.text) && /^[A-Z][\w’' -]{0,60}:$/.test(line.text)) return true;
  // "… by September 2027. R2 Declarations" / "of interest should be … officers. RESOLVED:": a marker that ends the line opens the
  // clauses below it; the words before it, in lower case, finish the sentence above.
  if (marker?.rule === 'marker.ends-with-marker' && /^[a-z]/.test(line.text)) return true;
  // "… and the relevant representations, the" / "Sub-Committee has resolved to grant …": a determiner wants its noun, so the
  // body's name cut from it runs on, though it opens a marker; so does a name begun after "That the" ("… Moved (Cr Iti/Cr
  // Moana) That the Environment" / "Committee recommends to Council that …").
  // "The Board approved the Board Assurance Framework" / "and agreed that risk 4 … be escalated …": the body's second verb, in
  // lower case after "and", goes on the sentence the margin cut.
  if (/^and\s+(?:also\s+)?(?:agreed|resolved|decided)\s+(?:that|to)\s/.test(line.text) && !/[.;:!?]$/.test(previous.text)) return true;
  // "…, and carried by the following vote, the Board" / "approved Consent Agenda Items 2 through 8:": a body named at the
  // margin waits for its verb, which the lead-in below opens in lower case.
  // "That the Committee notes the Strategic Risk" / "Register and recommends to Council that …": a name begun after its
  // article runs on into the word below it, which is no body opening a sentence of its own.
  return !marker || marker.kind === 'following' || marker.restAt === 0 || /,$/.test(previous.text) || /\b(?:the|a|an|its|their|this)$/i.test(previous.text) || NAME_AFTER_THAT.test(previous.text) || (SUBJECT_AT_END.test(previous.text) && /^[a-z]/.test(line.text)) || (NAME_BEGUN.test(previous.text) && NAME_GOES_ON.test(line.text));
}

const NAME_BEGUN = /\b(?:the|its|their)\s+(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w’'&-]*$/;
const HEAD_NOUN_GOES_ON = new RegExp(String.raw`^(?:${BODY_NOUNS})(?:[.;,:]|\s+(?!(?:of|and)\b|for\s+the\b)[a-z]|$)`);
const NAME_GOES_ON = new RegExp(String.raw`^(?!(?:${BODY_NOUNS})\b)[A-Z][a-z][\w’'-]*\s+(?:and\s+)?[a-z]`);

/** A body named as a sentence's subject at a line's end: "…, the Board", "… and the City Council". */
const SUBJECT_BEFORE_VERB = /(?:\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|\b(?:Members|Councillors|[Ii]t\s+was|and|unanimously))$/;
const SUBJECT_AT_END = /\b(?:the|The)\s+(?:[A-Z][\w’'&-]*\s+){0,3}(?:Board|Council|Committee|Commission|Cabinet|Executive|Panel)$/;

/** A clause's subject begun at the line's end: "… That the Environment", "RESOLVED that the Planning and Licensing". */
const NAME_AFTER_THAT = /\b(?:that|That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w’'&-]*$/;

/** Who attended, as minutes list them under their label. */
const ATTENDANCE = /^(?:present|also\s+present|in\s+attendance|attendees|apologies(?:\s+for\s+absence)?|absent)\s*:/i;

/** A field's label and its value: "Author: Senior Statutory Planner", "File Ref: POL-26-03", "Voting: Unanimous". */
export const FIELD = /^[A-Z][a-z]+(?:\s+[A-Za-z]+){0,2}:\s+\S/;

/** "… Plan 2." after "1. Note …" on the same line: the list's next number, run inline. */
function inlineNumberAtEnd(text: string): boolean {
  // "… totalling £186,400. 3.2" / "That Cabinet raises …": a report's decimal paragraph after the one before it in the line.
  const decimal = /(?<!\b(?:paragraphs?|paras?|sections?|appendix|items?|minutes?|clauses?|and|to|of|see)\s)(?<=\s)(\d{1,2})\.(\d{1,2})\.?$/i.exec(text);
  // "… £5,000. 3. Recommendations 3.1" / "That Cabinet approves …": the first after its section's own number.
  if (decimal) return new RegExp(String.raw`(?:^|\s)${decimal[1]}\.${Number(decimal[2]) > 1 ? Number(decimal[2]) - 1 : ''}\.?\s+[A-Z]`).test(text.slice(0, decimal.index));
  // A parish's running minute number ("… record. 414." / "Planning a) …") has three figures.
  const m = /\s(\d{1,3}|[a-h]|[ivx]{1,4})\.$/.exec(text);
  if (!m || m[1] === '1') return false;
  const before = text.slice(0, m.index);
  // "… Local Board: a. Approves the following grants: i." / "Birkenhead Playcentre …": a lettered list's first number after
  // its lead-in's colon; "… shade sail. ii." / "Glenfield …", "… raised beds. b." / "Declines …": the one after the number before.
  if (m[1] === 'a' || m[1] === 'i') return /:$/.test(before);
  const previous = /^\d/.test(m[1]) ? [String(Number(m[1]) - 1)] : [/^[ivx]+$/.test(m[1]) ? toRoman(romanValue(m[1]) - 1) : '', m[1].length === 1 ? String.fromCharCode(m[1].charCodeAt(0) - 1) : ''].filter(Boolean);
  return previous.some((p) => new RegExp(String.raw`(?:^|[\s:])${p}\.\s+[A-Z]`).test(before));
}

function unclosed(text: string): boolean {
  return text.split('(').length > text.split(')').length;
}

/** A numbered item's heading with no sentence run on after its title ("4. Grants. There had been circulated …" has one). */
function titleOnly(line: Line): boolean {
  const heading = itemHeading(line);
  if (heading?.number === undefined) return false;
  // From the title on: the number before it ("6.a.") has stops of its own.
  const title = line.text.slice(Math.max(0, line.text.indexOf(heading.title.slice(0, 12))));
  // "13. HOMELESSNESS STRATEGY Decision: That the Homelessness" / "Strategy 2027-2032 be recommended …": a marker and its colon
  // after the title say the decision runs on from it, wrapped at the margin.
  if (/\s(?:Decision|DECISION|Resolved|RESOLVED|Agreed|AGREED)\s*[:\-–—]\s+\S/.test(title)) return false;
  // "48. Grants: a donation of £150 to Penrhos Young" / "Farmers Club was approved.": the minute run on after the title's
  // colon, in lower case, goes on below (a dash may join a title's own parts: "… DfI Roads – winter gritting").
  if (/^\s*:\s+[a-z]/.test(title.slice(heading.title.length))) return false;
  return !/(?<=[a-z)])(?<!\b(?:No|Nos|Dr|St|Mt|Mr|Mrs|Ms|Inc|Ltd|Co|Cllr|Cr|vs))[.!?]\s+\S/.test(title);
}
