import type { Line } from '../text/line.js';
import { findDate } from './dates.js';
import { isMunicipalName, readBodies, readBody } from './bodies.js';
import { titleCase } from './markers.js';
import { MONTH_NAME } from '../lexicon/words.js';

export interface InferredMeeting {
  body?: string;
  date?: string;
  title?: string;
}

/** An action plan's "Target date: 28 February 2027", "Review date:": when the work is due, not when the meeting was. */
const DUE = String.raw`(?:target|due|completion|implementation|review|expiry|end|start)`;
const DATED_BEFORE = new RegExp(String.raw`\b(?:dated|${DUE}\s+date\s*:?)\s*$`, 'i');
const LABELLED_DATE = new RegExp(String.raw`\b(?:date of (?:decision|meeting)|meeting date(?:\/time)?|decided at meeting|(?<!\b${DUE}\s+)date(?:\/time)?)\s*[:|]\s*`, 'i');
/** "Minutes of the meeting held ... on 7th February", "Audit Committee meeting held on September 25, 2014": narrative "At the meeting held on" dates another meeting. */
const HELD_ON = /\bminutes\s+(?:of|from|for)\b[^.]{0,160}?\bon\s+|^(?!(?:at|following|to|from|in|on|since|after|before|by|during)\b)(?:[\w’'&,-]+\s+){0,8}?meeting\s+(?:was\s+)?held\s+(?:on\s+)?/i;
const HELD_LINE = /^held\s+(?:on\s+)?/i;
const ADOPTED_THIS = /^(?:(?:duly\s+)?(?:passed|approved|adopted|enacted)(?:\s*,\s*|\s+and\s+|,\s+and\s+)?){1,3}\s*(?:this|on\s+(?:this|the))\s+/i;
// Words that tell of an earlier meeting's minutes; not a title's "Approved Minutes – Regular City Council Meeting Tuesday, …",
// which names this one.
const PREVIOUS = /\b(?:confirm\w*|approv\w*|sign\w*|adopt\w*|agree\w*|accept\w*|receiv\w*|not(?:e|ed|ing)|amend\w*|correct\w*|consider\w*)\b(?!\s+minutes\s*[-–—:])[^.]{0,40}\bminutes?\b|\bminutes?\b[^.]{0,80}\b(?:confirm|approv|sign|adopt|agree|accept|submitted)\w*|\bminutes?\s+of\s+the\s+meeting\b[^.]{0,160}\b(?:was|were)\s+(?:submitted|approved|confirmed|signed|agreed)\b|\b(?:previous|last) meeting\b|^(?:that|to(?!\s*:)|resolved|agreed|recommended)\b|^\d{1,3}[.)]?\s+(?:(?:confirmation|approval|adoption)\s+of\s+)?(?:the\s+)?minutes\b/i;
/** "Parish Council – Minutes of the meeting ...", "Cabinet: Decisions", "CITY COUNCIL ACTION MINUTES", a Minnesota "CITY COUNCIL PROCEEDINGS", a Scottish board's "… LICENSING BOARD Minute of Meeting", a New Zealand board's "… Community Board OPEN MINUTES". */
const BODY_BEFORE_LABEL = /^(.{3,80}?)\s+(?:[-–—:]\s+)?(?:(?:action|summary|draft|approved|unapproved|official|regular|special|adjourned|joint|meeting|(?:work|study)\s+session|workshop|session|open|unconfirmed)\s+)*(?:minutes?|agenda|decisions?|notes|record|proceedings)\b(?!\s*:)/i;
/** ModernGov page titles: "Minutes for Cabinet on Tuesday, 14th March, 2023, 10.00 am". */
const MODERNGOV_TITLE = /^(?:draft\s+)?(?:agenda|minutes|(?:record\s+of\s+)?decisions?)\s+(?:for\s+|of\s+|[-–—]\s+)(?:the\s+)?(.{3,80}?)\s+(?:on|[-–—])\s+(?:\w+day,?\s+)?\d/i;
/**
 * A decisions page's title: "Decisions: Overview and Scrutiny Management Board, Thursday 3 December 2026"; not a decision's own
 * label over its clause ("DECISION: THAT Consent Application B-09/26 be DEFERRED to the January 21, 2027 hearing …"), nor
 * over its verdict ("DECISION: Continued to December 21, 2026 at the applicant's request").
 */
const VERDICT_FIRST = '(?:approved|adopted|continued|deferred|tabled|postponed|denied|granted|refused|carried|noted|agreed|received|rejected|withdrawn)';
const DECISIONS_TITLE = new RegExp(String.raw`^(?:record\s+of\s+)?decisions?\s*:\s+(?:the\s+)?(?!(?:that|to)\b|[^,]*\bbe\b|${VERDICT_FIRST}\b)([A-Z][^,]{2,80}?),\s+(?:\w+day,?\s+)?\d`, 'i');
/** ModernGov item and issue pages: "Meeting: 14/03/2023 - Cabinet (Item 112)". */
/** "Minutes – Strathbeg Community Council", "Record of Decisions – Cabinet": the label first, then whose, nothing after. */
const LABEL_THEN_BODY = /^(?:draft\s+|approved\s+)?(?:minutes|agenda|(?:record\s+of\s+)?decisions)\s*[-–—:]\s*(?:the\s+)?(.{3,80})$/i;
const MODERNGOV_MEETING = /^meeting\s*:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]\s*(.+?)\s*(?:\(item\s+[\w.]+\))?$/i;
// A page run into one line may put the council's name first: "GLANNANT COUNTY BOROUGH COUNCIL REPORT TO CABINET 9 MARCH 2027 …".
const LABELLED_BODY = /^(?:(?:decision[- ](?:maker|taker)|decided by|committee|meeting(?:\s+name)?|body)\s*:|(?:[^:]{0,120}?\b(?:council|authority)\s+)?report to(?: the)?\s*:?|report for\s*:)\s*(.+)$/i;
/** A report's addressee: "Report of the Head of Planning to the Planning Committee, 2 June 2026", a staff report's "… TO: GENERAL COMMITTEE SUBJECT: …". */
const ADDRESSED = /^(?:(?:[Rr]eport|[Pp]aper)\s+(?:of|by|from)\s+[^,;:]{3,80}?\s+to\s+(?:the\s+)?|.*?\bTO\s*:\s*)(.+)$/;
/** A staff report's addressee in sentence case, "To: Mayor and Members of Council": trusted below the title lines. */
const ADDRESSED_TO = /^To\s*:\s*(.+)$/;
// "BRAZOS BEND COUNTY COMMISSIONERS COURT Regular Session – November 23, 2026": the month's name, a US date's first word.
const BODY_BEFORE_DATE = new RegExp(String.raw`^(.{3,80}?)\s+[-–—]\s+(?:\w+day,?\s+)?(?:\d|(?:${MONTH_NAME})\s+\d)`, 'i');
/** An agenda item's number at a line's start: "B.1 ", "8.2 ", "12. ". */
const ITEM_NUMBER_FIRST = /^(?:[A-Z]|\d{1,3})(?:\.\d{1,2})+\.?\s|^\d{1,3}\.\s/;
/** "Minutes of the …", a Scottish "Minute of …", "Meeting of …": a body's name follows; not in "Minute of Previous Meeting". */
const MEETING_OF = /\b(?:[Mm]eeting|[Mm]inutes?)\s+of\s+(?!(?:[Tt]he\s+|[Ii]ts\s+)?(?:[Pp]revious|[Ll]ast|[Pp]rior|PREVIOUS|LAST|PRIOR)\b)(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?(?=\p{Lu})/gu;
const BEFORE_MEETING = /\b((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6})(?:Meeting|meeting)\b/g;
// "Scrutiny Considerations The Committee noted": a heading run into the sentence; "The" starts the subject, it is inside no name.
// "25.1 The Cabinet considered …", "That Cabinet noted …", "Having considered …, the Mayor and Cabinet agreed that:", "The City Council met in session …".
const SUBJECT = /^(?:\d{1,3}(?:\.\d{1,2})*\.?\s+|[Tt]hat\s+|(?:Having|Following|After|As|In|On|Upon|At|With|Further)\b[^.;]{0,200}?,\s+(?=the\s))?(?:[Tt]he\s+)?((?:(?!The\s)[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,7})(?:considered|resolved|RESOLVED|agreed|AGREED|received|noted|is asked|are asked|met|convened)\b/;

/**
 * The deciding body, the meeting date and a title, from the text alone. Front matter
 * and command-line flags override these (see pipeline.ts).
 */
export function inferMeeting(lines: Line[]): InferredMeeting {
  const head = lines.slice(0, 40);
  const out: InferredMeeting = {};
  const title = head.find((l) => l.text.length > 3 && !/^\d+$/.test(l.text));
  if (title) out.title = title.text.slice(0, 160);

  for (const l of lines.slice(0, 80)) {
    const m = LABELLED_DATE.exec(l.text);
    if (m && !/publication/i.test(l.text.slice(0, m.index + m[0].length))) {
      // Legistar's "Meeting date/time: 3/10/2026 9:30 AM" is a US page: month first.
      const d = findDate(l.text.slice(m.index), /\bdate\/time\s*:/i.test(l.text));
      if (d) { out.date = d.iso; break; }
    }
  }
  if (!out.date) {
    for (const [i, l] of lines.slice(0, 80).entries()) {
      // "MINUTES OF THE MEETING OF THE COMBINED AUTHORITY BOARD" / "HELD ON THURSDAY 12 NOVEMBER 2026": the title's second
      // line dates it, ahead of any later "Minutes of the meeting held on …" item.
      const m = HELD_ON.exec(l.text) ?? (i > 0 && i < 20 && /\b(?:minutes|meeting)\b/i.test(lines[i - 1].text) ? HELD_LINE.exec(l.text) : null);
      // "that the minutes of the meeting held on 1 August be confirmed" dates the last meeting, not this one.
      // A page flattened into one line holds the previous minutes' approval too: only the sentence that says "held on" is read.
      if (!m || PREVIOUS.test(sentenceAt(l.text, m.index))) continue;
      const d = findDate(l.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (d && d.index < 20) { out.date = d.iso; break; }
    }
  }
  if (!out.date) {
    // Twenty lines: a page flattened into one line is cut into more of them before its first page header's date.
    for (const [i, l] of head.slice(0, 20).entries()) {
      // A heading joined to its date line ("Minutes of the Scrutiny Committee Dydd Mawrth 3 Chwefror 2026 / Tuesday …") runs long; prose does too.
      const heading = l.text.length <= 100 || (l.text.length <= 200 && /\b(?:minutes|meeting|agenda)\b/i.test(l.text.slice(0, 80)));
      // "STAFF REPORT ENG014-26 March 2, 2026 Page: 1 File: … TO: GENERAL COMMITTEE …": a report's header flattened into one line, its date near the start.
      const header = !heading && /^(?:staff\s+|council\s+|committee\s+)?(?:report|minutes|agenda)\b/i.test(l.text);
      // "CHARTER TOWNSHIP OF OAK HOLLOW BOARD OF TRUSTEES REGULAR MEETING MINUTES July 6, 2027. Supervisor Kaminski called …": the
      // whole page in one line, its heading and date before the first sentence ends.
      // A hard-wrapped title's first line ("STRATHLORN COUNCIL COMMUNITIES, HOUSING AND ENVIRONMENT") may stand above it alone.
      if (!heading && !header && (i === 0 || (i < 3 && head.slice(0, i).every((h) => h.text.length <= 100 && !/[.!?:]$/.test(h.text))))) {
        // "Record of Decisions – Cabinet Tuesday 10 November 2026 …": a decision record's heading the same.
        // A report's "… BOROUGH COUNCIL REPORT TO CABINET 9 MARCH 2027 REPORT OF …" too.
        const named = /\b(?:minutes|meeting|agenda|decisions|report\s+to)\b/i.exec(l.text.slice(0, 160));
        // "ARGYLE AND BRAE COUNCIL EDUCATION, CHILDREN AND FAMILIES COMMITTEE MINUTE of MEETING of the … held in the Council
        // Chambers, Kilbrae on Thursday, 26 November 2026": a Scottish title names the committee twice before its date.
        const d = named ? findDate(l.text.slice(0, 260)) : undefined;
        // "People and Communities Committee Tuesday, 8th December, 2026 MEETING OF …": a Belfast page names the day before the
        // meeting word; no sentence ends before either.
        // "PINE HOLLOW SCHOOL DISTRICT NO. 12 BOARD OF EDUCATION …": an abbreviation's stop in a heading ends no sentence.
        if (d && (d.index > named!.index || d.index < 120) && !/(?<!\b(?:NO|ST|MT))[.!?]\s/.test(l.text.slice(0, Math.max(d.index, named!.index)))) { out.date = d.iso; break; }
      }
      // A recital ("WHEREAS, the City issued a request for proposals on August 4, 2026") dates what led to the decision.
      // "Date of next meeting: 7th April 2026" dates the next one.
      // A clause's "that …" / "to …" opens PREVIOUS's match too; a report's "TO: PLANNING COMMITTEE – 27 JANUARY 2028" field does not.
      if (!(heading || header) || /^whereas\b/i.test(l.text) || /\bnext\s+meeting\b/i.test(l.text)) continue;
      // "… MINUTES TUESDAY, NOVEMBER 17, 2026 CONSENT CALENDAR Item 5.1 Approval of Minutes of November 3, 2026": the heading's
      // date stands before the last meeting's, which a line read from its start reaches second.
      const previous = PREVIOUS.exec(l.text);
      if (previous?.index === 0) continue;
      const d = findDate(header ? l.text.slice(0, 80) : previous ? l.text.slice(0, previous.index) : l.text);
      // "… the Budget Policy handout dated November 14, 1985": a paper's date, not the meeting's; nor is an action plan's
      // "Target date: 28 February 2027".
      if (d && !DATED_BEFORE.test(l.text.slice(0, d.index))) { out.date = d.iso; break; }
    }
  }
  if (!out.date) {
    // A US resolution printed alone says when it was made at its foot: "PASSED, APPROVED AND ADOPTED this 8th day of December, 2026".
    for (const l of lines) {
      const m = ADOPTED_THIS.exec(l.text);
      const d = m ? findDate(l.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : undefined;
      if (d && d.index === 0) { out.date = d.iso; break; }
    }
  }
  out.body = inferBody(lines);
  return out;
}

function inferBody(lines: Line[]): string | undefined {
  let bare: string | undefined;
  let municipal: string | undefined;
  // Only the page's own head line names the municipality that met ("… the City of Sydney Code of Meeting Practice" does not).
  const top = lines.slice(0, 3).map((l) => l.text.toLowerCase()).join('\n');
  for (const candidate of bodyCandidates(lines)) {
    const name = named(candidate);
    // "TOWN OF LAKEVIEW SHORES" over the minutes of its Council: whose minutes, not who met. A Western Australian "SHIRE OF
    // WANDERING HILLS" over "MINUTES – ORDINARY COUNCIL MEETING" names the council itself when nothing else names a body.
    if (name && isMunicipalName(name) && top.includes(name.toLowerCase())) municipal = municipal ?? name;
    if (!name || isMunicipalName(name)) continue;
    // "Minutes of the Board Meeting held …" under the title "FENLAND MARSH INTERNAL DRAINAGE BOARD": the bare word is that
    // board's, so its full name, found further on, is the better answer.
    // "Te Kaunihera o Waikōura / Waikōura District Council" over "Ordinary Council Meeting – Minutes": so of a bare "Council",
    // though only the page's own head names the council that met ("That the County Council be asked …" names another).
    if (bare === undefined && /^(?:board|committee|commission|panel|forum|council)$/i.test(name)) {
      bare = name;
      continue;
    }
    if (bare === undefined) return name;
    if (new RegExp(String.raw`\s${bare}$`, 'i').test(name) && (!/^council$/i.test(bare) || top.includes(name.toLowerCase()))) return name;
  }
  return bare ?? municipal;
}

/**
 * A body that meets as part of a council: its meeting, not the council's, is the one minuted (an English district's Executive,
 * an Irish county's municipal district and a Scottish council's Local Review Body too). "Board of Water Commissioners",
 * "Commission of Inquiry": a board named for its members or its charge, and an NHS trust's "Council of Governors"
 * ("Nominations Committee of High Life Highland" is whose the committee is, read elsewhere).
 */
const COMMITTEE = /\b(?:municipal\s+district|local\s+review\s+body|(?:committee|sub-committee|subcommittee|panel|board|cabinet|executive|forum|group|commission)(?:\s+of\s+(?:the\s+whole|adjustment))?|(?:board|commission)\s+of\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+|council\s+of\s+governors)$/i;

/** A line's last word that names a body: "City Council", "Planning Commission". */
const BODY_LAST = /\b(?:Council|Committee|Sub-Committee|Board|Cabinet|Panel|Commission|Authority|Trust|Forum|Review\s+Body)$/;
/** The word before a "meeting of" that is no meeting held: "No meeting of …". */
const NOT_THIS_MEETING = /\bno\s+\S$/i;

/**
 * The bodies named after "meeting of" or "minutes of" in a line, read in title case
 * ("MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON …"). In "Minutes of the March
 * Ordinary Meeting of Westport Municipal District" the last "of" names the body.
 */
function* meetingOf(line: string): Generator<string> {
  // "MINUTE of MEETING of the COMMUNITIES COMMITTEE held in …": each run of shouted words in title case.
  const text = /[a-z]/.test(line) ? line.replace(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}’'&-]+(?:\s+\p{Lu}[\p{Lu}’'&-]+)*(?![\p{L}\p{N}])/gu, (run) => (run.length > 3 ? titleCase(run) : run)) : titleCase(line);
  for (const m of text.matchAll(MEETING_OF)) {
    // "No meeting of the Public Financing Authority will be held on this date.": a body that does not meet. ("The next meeting
    // of the Committee" is the same body's, and names it.)
    if (NOT_THIS_MEETING.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    // "… of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE": a name with commas is read as the list reader reads it.
    // "Minutes of the Baltinglass Municipal District Meeting held on …": the body before the word "Meeting".
    const name = (readBody(text, m.index + m[0].length)?.name ?? readBodies(text, m.index + m[0].length).find((n) => n.includes(',')))?.replace(/\s+meeting$/i, '');
    // "Minutes of the Public Board Meeting": a board sitting in public, whose name is the trust's or health board's above.
    if (name && !/\bmeeting\b/i.test(name) && !IN_PUBLIC.test(name)) yield name;
  }
}

/** How a board sat, not its name: "Public Board", "Private Board". */
const IN_PUBLIC = /^(?:the\s+)?(?:public|private|confidential)\s+(?:board|session)$/i;

/**
 * A title in capitals that runs onto the next line ("MINUTES OF THE ORDINARY MEETING OF KOORINGAL" / "SHIRE COUNCIL HELD
 * ON 17 MARCH 2026"), read whole: the head is never joined by the unwrapping step, which leaves headings alone.
 */
function titleLine(head: Line[], k: number): string {
  const l = head[k];
  const next = head[k + 1];
  if (!next || next.line !== l.line + 1 || next.gap || /[.;:]$/.test(l.text) || /[a-z]/.test(l.text) || /[a-z]/.test(next.text) || !/\b(?:MEETING|MINUTES?)\s+OF\b/.test(l.text) || /\bHELD\b/.test(l.text)) return l.text;
  // "… MEETING OF THE GOVERNING BOARD" over "SIERRA VISTA … DISTRICT", "… OF THE BOARD OF TRUSTEES" over "VILLAGE OF …": the name
  // was whole, the next line is whose it is.
  // "… OF THE BOARD OF EDUCATION" over "HARBOR HEIGHTS UNIFIED SCHOOL DISTRICT": a board named for its charge, whole too.
  if (/\b(?:COUNCIL|COMMITTEE|BOARD|CABINET|COMMISSION|PANEL|AUTHORITY|FORUM|TRUST|ASSEMBLY|DISTRICT|TRUSTEES|COMMISSIONERS|SUPERVISORS|ALDERMEN|SELECTMEN)$|\b(?:BOARD|COMMISSION|COMMITTEE)\s+OF\s+[A-Z]+$/.test(l.text)) return l.text;
  return `${l.text} ${next.text}`;
}

const MONTH_START = new RegExp(String.raw`^${MONTH_NAME}\b`, 'i');
/**
 * A body's name after a minutes label and before the meeting's date: " City Council Tuesday, November 17, 2026"; or after a
 * record's "… OF DECISIONS TAKEN BY THE CABINET Tuesday 8 December 2026" (or at the line's end, the date below it).
 */
const BODY_AFTER_LABEL = new RegExp(String.raw`^\s+(?:of\s+decisions?\s+(?:taken|made)\s+by\s+(?:the\s+)?)?((?:[A-Z][\w’'&-]*\s+){0,4}(?:Council|Commission|Board|Committee|Cabinet|[A-Z]+\s+(?:Committee|Board|Panel)))(?:\s+(?:[A-Z][a-z]+day,?\s+)?(?:${MONTH_NAME}|\d)|\s*$)`, 'i');

/** Names that may be the deciding body's, most trusted first. */
function* bodyCandidates(lines: Line[]): Generator<string> {
  const head = lines.slice(0, 40);
  for (const l of head) {
    const m = MODERNGOV_MEETING.exec(l.text) ?? MODERNGOV_TITLE.exec(l.text) ?? DECISIONS_TITLE.exec(l.text);
    // "Minutes of the meeting held on ...": no body named there; "agenda of mt liebig local authority - 2 00 2021", a file's
    // name in lower case, names it less well than the text does.
    if (m && !/\b(?:meeting|held)\b/i.test(m[1]) && /^\p{Lu}/u.test(m[1])) yield m[1];
  }
  for (const l of head) {
    const m = LABELLED_BODY.exec(l.text);
    // "Meeting: 27 January 2027" dates the meeting; a name never starts with a number, nor a month ("Meeting: February 2028
    // Plenary Meeting" names which of the council's meetings; BoardDocs' "Meeting: Nov 10, 2026 - Regular Meeting of the Board
    // of Education" opens on the date, its month cut short).
    if (m && !/^\d/.test(m[1]) && !MONTH_START.test(m[1]) && findDate(m[1])?.index !== 0) yield labelledName(m[1]);
  }
  for (const l of head.slice(0, 12)) yield* addressee(ADDRESSED.exec(l.text)?.[1]);
  for (const l of head) {
    // "… COMMISSIONERS COURT Regular Session – …": the kind of sitting after the name is no part of it.
    const whole = BODY_BEFORE_DATE.exec(l.text)?.[1];
    // "ANGUS COUNCIL – DEVELOPMENT STANDARDS COMMITTEE – 19 November 2026": the body last before the date met, not the council.
    const before = whole?.split(/\s+[-–—]\s+/).pop()?.trim().replace(/\s+(?:regular|special|called|adjourned)\s+(?:session|meeting)$/i, '');
    // "… COMMITTEE OF ADJUSTMENT MINUTES OF HEARING – THURSDAY, …": a label's line is read by the label's rule below.
    // "B.1 Greater Vernon Water – 2027 Rates": an item's number and title, a year in it, not a body and its meeting's date.
    const name = whole && before && !/\b(?:minutes?|agenda|notes)\b/i.test(whole) && !ITEM_NUMBER_FIRST.test(whole) && titleCase(before);
    const body = name && readBody(name, 0);
    if (body && body.end >= name.length - 1) yield body.name;
  }
  for (const l of head.slice(0, 10)) {
    // "ITEM 10 - APPEAL OF PLANNING COMMISSION DECISION": an item's title, the body it names not the one that met.
    if (/^(?:agenda\s+)?item\s+\d/i.test(l.text)) continue;
    const m = BODY_BEFORE_LABEL.exec(l.text);
    // "OPEN MINUTES", "Confidential Minutes": which part of the minutes, not who met.
    const before = m && !/^(?:open|public|confidential|unconfirmed|confirmed|signed|final|part\s+[ab12i]+)$/i.test(m[1].trim()) ? (m[1].split(/\s+[-–—]\s+/).pop() ?? '').trim() : '';
    // "OFFICER RECOMMENDATION AND COUNCIL DECISION": an Australian council's heading over a motion, not a body's decisions.
    // In capitals, read in title case as other title lines are: "WORK AND PUBLIC SESSION MINUTES" names a session, not a body.
    const body = before && !/\brecommendations?\b/i.test(before) ? readBody(titleCase(before), 0) : undefined;
    // "BF/12/26 Confirmation of Minutes" is an item's title: the body must be all that stands before the label. A US district's
    // "PINE HOLLOW SCHOOL DISTRICT NO. 12 BOARD OF EDUCATION – REGULAR MEETING MINUTES", its head run into one line, names the
    // board that met at the end, after the district's name or number (not in "Audit, Risk and Improvement Committee": a name
    // with commas is read whole elsewhere).
    if (!body || body.end < before.length - 1) {
      const recased = titleCase(before);
      for (const word of before.includes(',') ? [] : recased.matchAll(/(?<=\b(?:(?:No|NO)\.?\s*\d{1,4}|District|Township|County|City|Village|Town)\s+)(?=[A-Z])/g)) {
        const tail = readBody(recased.slice(word.index), 0);
        if (tail && tail.end >= recased.length - word.index - 1 && COMMITTEE.test(tail.name)) {
          yield tail.name;
          break;
        }
      }
      continue;
    }
    // "THE NORTH STRATHCLYDE COUNCIL Minute of Meeting of the Education … Committee held …", a title run into one line: the
    // committee met, not the council before the label.
    // "Taranui Regional Council Minutes of the Regional Transport Committee meeting held …": the committee's name before "meeting";
    // "CYNGOR SIR DYFNANT COUNTY COUNCIL Minutes of the Cabinet held on …", before "held".
    // An NHS trust's "… Foundation Trust Minutes of the Board of Directors meeting held in public …", the board named for its
    // members.
    if (/^\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?meeting\s+of\s|(?:[\w’'-]+\s+){0,6}?(?:committee|sub-committee|board|panel|cabinet|forum|commission|council(?=\s+of\s+governors\b))(?:\s+of\s+[\w’'-]+)?\s+(?:meeting|held)\b)/i.test(l.text.slice(m![0].length))) {
      for (const name of meetingOf(`Minutes${l.text.slice(m![0].length)}`)) if (COMMITTEE.test(name)) yield name;
    }
    // A Legistar head run into one line, "City of Harbor Bluff Meeting Minutes City Council Tuesday, November 17, 2026 …": the
    // city's name is whose minutes; the body after the label, before the date, met. So does the decision maker in "ROTHERFORD
    // BOROUGH COUNCIL RECORD OF DECISIONS TAKEN BY THE CABINET Tuesday 8 December 2026".
    const rest = l.text.slice(m![0].length);
    const after = isMunicipalName(body.name) || /^\s+of\s+decisions?\s+(?:taken|made)\s+by\b/i.test(rest) ? BODY_AFTER_LABEL.exec(rest) : null;
    if (after) yield titleCase(after[1]);
    // "TOWNSHIP OF PINE HOLLOW REGULAR MEETING OF THE TOWNSHIP COMMITTEE MINUTES – …", a head run into one line: the body the
    // meeting was of, named before the label.
    if (/\bmeeting\s+of\b/i.test(body.name)) for (const name of meetingOf(before)) if (COMMITTEE.test(name) || /\bcouncil$/i.test(name)) yield name;
    yield body.name;
  }
  // "BRECON TOWN COUNCIL" over "Minutes of the meeting of the Finance Committee held on …" (Scottish "MINUTE of MEETING of the …"): the committee met.
  for (const [k, l] of head.slice(0, 6).entries()) {
    if (!/^(?:minutes?|notes|record)\s+of\b/i.test(l.text)) continue;
    for (const name of meetingOf(titleLine(head, k))) if (COMMITTEE.test(name)) yield name;
  }
  // "REPORT OF THE CORPORATE SERVICES COMMITTEE" over "TO THE COUNCIL OF THE CITY OF …": a committee's report to council, whose
  // name follows "of", not "Report of the …".
  for (const l of head.slice(0, 6)) {
    const of = /^report\s+of\s+(?:the\s+)?/i.exec(l.text);
    const rest = of ? l.text.slice(of[0].length) : '';
    const name = rest && readBody(titleCase(rest), 0)?.name;
    if (name && COMMITTEE.test(name)) yield name;
  }
  // A line that is nothing but a body's name, as title pages set it; not the subject cut from "The Board AGREED that …".
  // "Pwyllgor Craffu Addysg / Education Scrutiny Committee": a Welsh council's title in both languages, each half read alone;
  // "Kilbride Ward Forum – Note of Meeting": the body before a dash and the kind of paper; "City of Palmetto Shores – City
  // Commission" and "Charter Township of Pinecrest Lake – Board of Trustees": the place before a dash and the body that met;
  // "Westbury Borough Council – Licensing and Regulatory Committee": the council before it; "Hearings Panel – Draft Alcohol
  // Control Bylaw": the body before what it heard.
  const titles = head.slice(0, 6).flatMap((l, k) => (l.text.length <= 120 && head[k + 1]?.line !== l.line ? titleLine(head, k).split(/\s+\/\s+|\s+[–—]\s+(?=Note\s+of\s+(?:the\s+)?Meeting\b|Minutes\b|Action\s+Notes\b|Record\s+of\s+Decisions\b)|(?<=^(?:Charter\s+)?(?:City|Town|Village|County|Township|Borough|Municipality)\s+of\s+[^–—]{2,60}?|^[^–—]{2,60}?\b(?:Council|COUNCIL|Panel|PANEL|Committee|COMMITTEE|Board|BOARD|Forum|FORUM))\s+[–—]\s+/i) : [])).filter((t) => t.length <= 80).map((half) => {
    // "CITY COUNCIL WORK SESSION": the kind of meeting after the body's name, which reads as no name of a body.
    const text = titleCase(half).replace(/\s+(?:(?:work|study)\s+session|workshop)(?:\s+minutes)?$/i, '');
    const body = readBody(text, 0);
    // "Audit, Risk and Improvement Committee Meeting": commas inside one name, read as the list reader reads it.
    const [listed] = body ? [] : readBodies(text, 0);
    const whole = body && body.end >= text.length - 1 ? body.name : listed && text.replace(/^the\s+/i, '').replace(/\s+meeting$/i, '') === listed ? listed : undefined;
    return { text, body, whole };
  });
  // "Minutes – Quality and Resources Committee" over "Northfold Community Health NHS Trust": the committee named after the
  // label met, not the organisation on the line below.
  const labelled = afterLabel(head);
  for (const name of labelled) if (COMMITTEE.test(name)) yield name;
  // "Dumfries and Galloway Council" over "Communities Committee": of two such lines, the committee met; so
  // of "Lakeville Water District" over "Board of Water Commissioners", the board.
  // "Dun Laoghaire Rathdown County Council meeting 9th July 2007" over "Liaison Committee": the council's line says it met, and
  // the line below is the first item's title.
  // ("Minutes for Parish Council meeting 12th April 2021" is read by the ModernGov title's pattern, its label no part of the name.)
  const meets = (t: { text: string; body?: { end: number } }): boolean => t.body !== undefined && !/^(?:minutes|agenda|notes|record|draft)\b/i.test(t.text) && MEETING_THEN_DATE.test(t.text.slice(t.body.end)) && findDate(t.text.slice(t.body.end)) !== undefined;
  // "Fenmarsh Community Health NHS Foundation Trust" over "Council of Governors": the trust's body met.
  if (!titles.some(meets) && titles.some((t) => /\b(?:council|district|county|city|town|village|township|borough|trust)\b/i.test(t.body?.name ?? ''))) {
    for (const t of titles) if (t.whole && COMMITTEE.test(t.whole)) yield t.whole;
  }
  for (const { text, body, whole } of titles) {
    if (whole) yield whole;
    if (body && meets({ text, body })) yield body.name;
    // "Ordinary Council 21 July 2014", "Planning Committee Tuesday 3 March": a title with its date and no dash between.
    const rest = body && !whole ? text.slice(body.end) : '';
    if (body && rest && findDate(rest)?.index === /^\s*(?:[A-Za-z]+day,?\s+)?/.exec(rest)![0].length) yield body.name;
  }
  // After the title lines: "MINUTES - Barkly Shire Council" over "ALPURRURULAM LOCAL AUTHORITY" is the council's page head.
  yield* labelled;
  for (const l of head.slice(0, 12)) yield* addressee(ADDRESSED_TO.exec(l.text)?.[1]);
  for (const k of head.keys()) yield* meetingOf(titleLine(head, k));
  for (const l of head.slice(0, 12)) {
    if (/[a-z]/.test(l.text) || l.text.length > 80) continue;
    const body = readBody(titleCase(l.text), 0);
    if (body) yield body.name;
  }
  // A Legistar agenda sets "City Council" on a line of its own under the city's address and the meeting's date.
  for (const [k, l] of head.slice(0, 20).entries()) {
    // A whole line of the page, in title case, that ends in a body's noun ("Police" or a council's name cut from its date is not one).
    if (l.column !== 1 || head[k + 1]?.line === l.line || l.text.length > 60 || !/^[A-Z]/.test(l.text) || !/[a-z]/.test(l.text) || !BODY_LAST.test(l.text)) continue;
    const body = readBody(l.text, 0);
    if (body && body.end >= l.text.length - 1) yield body.name;
  }
  for (const l of head) {
    for (const m of l.text.matchAll(BEFORE_MEETING)) {
      const body = readBody(m[1], 0);
      if (body && !/^(?:ordinary|annual|special|extraordinary|informal)$/i.test(body.name)) yield body.name;
    }
  }
  for (const l of lines) {
    const m = SUBJECT.exec(l.text);
    const body = m && readBody(m[1], 0);
    if (body) yield body.name;
  }
  // A page with no head at all: "It is resolved that Council:", "RESOLVED (Cadwallader/Gordon) that Council …" says who decided.
  for (const l of lines) {
    const m = RESOLVED_THAT_BODY.exec(l.text);
    if (m) yield m[1];
  }
}

/** The body a report is addressed to: "TO: Honorable Mayor and City Council", through the courtesy to the body. */
function* addressee(to: string | undefined): Generator<string> {
  const text = to?.replace(/\s+(?:SUBJECT|FROM|RE|DATE|WARD|FILE|ITEM|PREPARED\s+BY|MEETING(?:\s+DATE)?)\s*:.*$/i, '').replace(/^(?:the\s+)?(?:honou?rable\s+)?(?:mayor|chair\w*|president)\s+and\s+(?:members\s+of\s+(?:the\s+)?)?/i, '');
  const body = text && readBody(titleCase(text), 0);
  if (body) yield body.name;
}

/** The sentence of `text` that holds the place `at`: from the stop before it to the stop after it. */
function sentenceAt(text: string, at: number): string {
  // "36.   Minutes of the Meeting held on 17 September 2026": the item's number opens the sentence, it ends none.
  const stop = text.lastIndexOf('. ', at);
  const start = /^\s*\d{1,3}$/.test(text.slice(0, Math.max(stop, 0))) ? 0 : stop + 1;
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? undefined : end + 1);
}

/** What follows a body's name on a line that titles its meeting: "… County Council meeting 9th July 2007". */
const MEETING_THEN_DATE = /^\s*(?:(?:ordinary|monthly|special|annual|full)\s+)?meeting\b/i;
/** The body a resolution's words say decided: "It is resolved that Council:", "RESOLVED that the City Council …". */
const RESOLVED_THAT_BODY = /\b(?:resolved|RESOLVED)\b(?:\s*\([^()]{1,60}\))?\s*(?:that|THAT)\s+(?:the\s+)?((?:City\s+|Town\s+|County\s+|District\s+|Shire\s+|Borough\s+)?(?:Council|Cabinet|Board)(?:\s+of\s+(?:Trustees|Directors|Education|Supervisors|Commissioners))?)\b(?!\s+(?:of|for|to|and)\b)(?![\w’'-])/;

/**
 * The bodies a title line names after its label: "MINUTES - Barkly Shire Council", "Minutes – Quality and Resources Committee".
 * Read once: the committees among them are tried before the title lines, the rest after them.
 */
function afterLabel(head: Line[]): string[] {
  const names: string[] = [];
  for (const l of head.slice(0, 6)) {
    const m = LABEL_THEN_BODY.exec(l.text);
    const body = m && readBody(m[1], 0);
    if (body && body.end >= m[1].length - 1) names.push(body.name);
    // "Minutes – Finance, Audit and Risk Committee": commas inside one name, read as the list reader reads it.
    const [listed, more] = m && !body ? readBodies(m[1], 0) : [];
    if (listed && !more && listed === m![1].trim()) names.push(listed);
  }
  return names;
}

/**
 * The name after "Decision maker:" in a flattened ModernGov page: up to the next label
 * ("… Decision status: …"), and of "Executive, Council" the first body.
 */
function labelledName(text: string): string {
  // "Report to the Audit Committee, 9 December 2026", "REPORT TO CABINET 9 MARCH 2027", "REPORT TO: Housing Committee DATE: 2
  // December 2026 REPORT OF: …" (a header's fields run into one line): the date and the next field's label end the name.
  const date = findDate(text);
  const undated = date && date.index > 0 && /(?:,|\bon|\S\s)\s*$/.test(text.slice(0, date.index)) ? text.slice(0, date.index).replace(/(?:,|\s+on|\s+[-–—])?\s*$/, '') : text;
  const name = undated.replace(/\s+[-–—]\s+.*$/, '').replace(/\s+[A-Z][a-z]+(?:\s+[a-z?]+){0,3}\s*\??:(?:\s.*)?$/, '').replace(/\s+[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*:(?:\s.*)?$/, '');
  const [first, ...rest] = name.split(/\s*,\s*/);
  return rest.length && readBody(first, 0)?.name === first && readBody(rest.join(', '), 0) ? first : name;
}

/** The cleaned name, or undefined when what is left names no body ("Opening of Meeting", "Minutes of"). */
function named(name: string): string | undefined {
  // "Planning Committee of Ards and North Down Borough Council": the committee met, the council is whose it is ("Executive of
  // Tamsworth Borough Council" the same).
  const n = clean(name).replace(/^(.*?\b(?:Committee|Sub-Committee|Board|Panel|Cabinet|Executive|Forum|Commission))\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:and\s+)?){1,6}(?:Council|Authority)$/, '$1');
  // "PDF 265 KB Meeting held …": a file size before "Meeting" is no body either, nor the
  // section number of "VII. CONSENT AGENDA".
  // "The Corporation of the Municipality of North Alder" is an Ontario municipality's legal name: its Council meets.
  // "INFORMAL MEETING OF COUNCILLORS": a kind of meeting, whoever attends it.
  // "Cofnodion y Cabinet / Minutes of the Cabinet": a Welsh paper's own word for its minutes names no body.
  return n && !/(?:^|\s)(?:of|and|for|the|&)$/i.test(n) && !/^(?:cofnodion|rhaglen|penderfyniadau)\b/i.test(n) && !/^corporation\s+of\b/i.test(n) && !/\bmeetings?\s+of\b/i.test(n) && !/^(?:minutes|agenda|notes|decisions?|meeting|action|summary|draft|record|pdf|[kmg]b|docx?|page|[ivxlc]{1,6}|(?:decision\s+)?notices?)$/i.test(n) ? n : undefined;
}

/** "Regular Meeting of the Town Council", "Minutes of the Cabinet" and "Council Meeting" name the Council and the Cabinet. */
function clean(name: string): string {
  return titleCase(name
    // "To the Cathaoirleach and Members of Ballymore County Council", "To: Mayor and Members of Council": whom a report is addressed to.
    .replace(/^to\s*:?\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?and\s+(?:the\s+)?members\s+of\s+(?:the\s+)?/i, '')
    // "General Committee" is an Ontario committee's name; "General Meeting of …" a kind of meeting; "Proceedings of the Common
    // Council" (Wisconsin) are its minutes; Quebec's "Regular Sitting of the Municipal Council" is a meeting too. So is a
    // "Public Meeting of …", but the "Public Health Committee" is a body.
    .replace(/^(?:(?:minutes|agenda|notes|decisions?|record|proceedings)\s+of\s+(?:the\s+)?)?(?:(?:ordinary|annual|special|extraordinary|regular|full|monthly|public(?=\s+(?:meeting|sitting|session)\b)|general(?=\s+meeting\b))\s+)*(?:(?:meeting|sitting|session)\s+of\s+(?:the\s+)?)?/i, '')
    // "Meeting of the Members of Kilbrannan Municipal District": the district's members are the district meeting.
    .replace(/^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=[A-Z])/i, '')
    // A New England "Town Meeting" and an English "Parish Meeting" are the bodies that decide, not occasions ("TOWN OF NORTH
    // HADLEY ANNUAL TOWN MEETING": the town's name before it).
    .replace(/^(?:town|city)\s+of\s+(?:[\w’'-]+\s+){1,4}?(?:(?:annual|special|adjourned|regular)\s+)?(?=town\s+meeting$)/i, '')
    .replace(/(?<!^(?:the\s+)?(?:town|parish))\s+(?:meeting|minutes)$/i, '')
    // "City Council Regular Meeting Minutes", "City Council Work Session": the kind of meeting is no part of the name.
    // "COMMITTEE OF THE WHOLE REPORT": the committee's report to Council is no part of its name.
    .replace(/\s+(?:(?:work|study)\s+session|workshop|session)$|(?<=\b(?:committee|commission|board|panel)(?:\s+of\s+the\s+whole)?)\s+report$/i, '')
    .replace(/\s+(?:ordinary|annual|special|extraordinary|regular|monthly|general|adjourned)$/i, '')
    // "INVERBRAE CITY COUNCIL Finance and Resources Committee Minute of Meeting", a head run into one line: the council's name in
    // capitals, then its committee's, which met.
    .replace(/^[A-Z][A-Z’'&\s-]*\b(?:COUNCIL|AUTHORITY)\s+(?=[A-Z][a-z].*\b(?:Committee|Sub-Committee|Board|Panel|Cabinet|Forum|Commission)$)/, '')
    // "WESTMERE DISTRICT COUNCIL PLANNING COMMITTEE Minutes of the meeting held …": both names in capitals (read in title case),
    // the committee's own words after the council's.
    // A New Zealand community board's name in te reo Māori ("… District Council Ōpaki Community Board"): a capital of any script.
    // A Welsh council's "CAERWERN COUNTY COUNCIL CABINET" the same, its cabinet named by the one word.
    .replace(/^(?:\p{Lu}[\p{L}\d’'-]*\s+){1,4}(?:District|County|City|Borough|Town|Regional|Shire|Metropolitan\s+Borough|County\s+Borough)\s+Council\s+(?=(?:\p{Lu}[\p{L}\d’'&-]*\s+(?:(?:and|of|&)\s+)?){1,5}(?:Committee|Sub-Committee|Panel|Board|Forum|Commission)$|Cabinet$)/u, '')
    // "RURAL MUNICIPALITY OF PEMBINA FLATS REGULAR MEETING OF COUNCIL MINUTES", a head run into one line: its council met.
    .replace(/^.*?\b(?:regular|special|ordinary)\s+meeting\s+of\s+(?:the\s+)?(?=council$)/i, '')
    // "MUNICIPALITY OF THE COUNTY OF KINGSHAVEN REGULAR COUNCIL MEETING MINUTES": a Nova Scotia municipality's legal name before
    // its council, which met.
    .replace(/^(?:the\s+)?(?:(?:rural\s+)?municipality|township|district)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?(?:(?:regular|special|ordinary)\s+)?(?=council$)/i, '')
    // "LAKEVIEW UNIFIED SCHOOL DISTRICT BOARD OF EDUCATION": the district, then its board.
    .replace(/^(?:[\w’'-]+\s+){1,5}?(?:(?:unified|independent|consolidated|public|community|union|elementary|high)\s+)?school\s+district\s+(?=board\s+of\s+(?:education|trustees|directors)$)/i, '')
    // "City of Westlake Harbor City Council Meeting Minutes", a Legistar head run into one line: the city's council.
    .replace(/^(?:city|town|village|county|borough)\s+of\s+(?:[\w’'-]+\s+){1,4}?(?=(?:city|town|village|county|borough)\s+(?:council|commission)$)/i, '')
    // "BOARD OF SUPERVISORS COUNTY OF SIERRA VISTA MINUTES – REGULAR MEETING", "… BOARD OF COUNTY COMMISSIONERS PALMETTO SHORES
    // COUNTY NOVEMBER 17, 2026": the board, then whose board it is.
    .replace(/^(board\s+of\s+(?:county\s+)?(?:supervisors|commissioners|trustees|education|directors|selectmen|aldermen))\s+(?:(?:county|city|town|township|village|borough)\s+of\s+[\w’'\s-]{2,40}|(?!of\s)[\w’'\s-]{2,40}\s+(?:county|parish))$/i, '$1')
    // "TOWNSHIP OF SEVERN RIDGE COMMITTEE OF ADJUSTMENT MINUTES …", "Village of Elm Park Board of Trustees": the place, then its
    // board named for its charge (a New England town's "Select Board" too; an Ontario town's "The Corporation of the Town of
    // Beaverhill Committee of the Whole").
    .replace(/^(?:(?:the\s+)?corporation\s+of\s+(?:the\s+)?)?(?:city|town|township|village|county|borough|municipality)\s+of\s+(?:[\w’'-]+\s+){1,4}?(?=(?:committee|board|court)\s+of\s+(?:adjustment|trustees|education|appeals|supervisors|commissioners|selectmen|aldermen|revision|the\s+whole)$|select\s+board$)/i, '')
    // "CITY OF SAN BENITO HEIGHTS PLANNING COMMISSION MINUTES …", a head run into one line: the place, then its board named for
    // what it oversees.
    // "CITY OF BRAMSTON AUDIT AND RISK COMMITTEE", "LONDON BOROUGH OF HAVERBRIDGE LICENSING SUB-COMMITTEE" the same.
    .replace(/^(?:city|town|township|village|county|(?:london\s+)?borough|municipality)\s+of\s+(?:(?!(?:planning|zoning|parks|library|historic(?:al)?|preservation|utilities|water|housing|arts|recreation|conservation|design|civil|audit|finance|licensing|heritage|transport)\b)[\w’'-]+\s+){1,4}?(?=(?:planning|zoning|parks|library|historic(?:al)?|preservation|utilities|water|housing|arts|recreation|conservation|design|civil\s+service|audit|finance|licensing|heritage|transport)\b(?:\s+(?:and\s+)?[\w’'&-]+){0,3}?\s+(?:commission|board|committee|sub-committee)$)/i, '')
    // "COUNTY OF RED WILLOW REGULAR COUNCIL MEETING MINUTES" run into one line: the kind of meeting between place and council.
    .replace(/(?<=\S)\s+(?:ordinary|special|extraordinary|regular)(?=\s+council$)/i, '')
    // "Rangitoto Coast District Council Ordinary Council Meeting - 15 December 2026": the council named, then the kind of its
    // meeting, so the second "Council" is no more of its name.
    .replace(/(?<=\bcouncil)\s+council$/i, '')
    // "MEETING OF PEOPLE AND COMMUNITIES COMMITTEE Members present: …" run into one line: the attendance list's label is no
    // part of the name.
    .replace(/(?<=\b(?:committee|commission|board|panel|council|cabinet|forum))\s+(?:members|councillors)$/i, '')
    // "Report to the Meeting of the Strategic Policy Committee for Climate Action held on 3rd May 2027": the verb before the
    // date.
    .replace(/\s+(?:held|convened)$/i, '')
    // "RECORD OF DECISIONS TAKEN BY THE CABINET", "RECORD OF DECISIONS OF THE CABINET": the decision maker after the record's
    // own title.
    .replace(/^(?:record\s+of\s+)?decisions?\s+(?:(?:taken|made)\s+(?:by|at)|of)\s+(?:the\s+)?(?=\S)/i, '')
    // "CYNGOR TREF LLANGOLWG TOWN COUNCIL": a Welsh council's name in both languages on one line, the place between them; the
    // English name is the one the rest of the record uses.
    .replace(/^cyngor\s+(?:tref|cymuned|sir|dinas|bwrdeistref\s+sirol)\s+(?=(?:[\w’'-]+\s+){1,3}?(?:town|community|county|city|county\s+borough)\s+council$)/i, '')
    // An Irish council's "COMHAIRLE CONTAE CHILL MHAOLÁIN" over "KILMOLAN COUNTY COUNCIL", its two title lines read as one: the
    // Irish name, then the English, whose place is its last word before "County Council".
    .replace(/^comhairle\s+(?:contae|cathrach|baile|ceantair)\s+(?:[\p{L}’'-]+\s+){1,4}(?=[\p{L}’'-]+\s+(?:county|city|town|city\s+and\s+county)\s+council$)/iu, '')
    .trim());
}
