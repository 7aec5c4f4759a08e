import { APPLICATION_REF, APPLICATION_START, parseNumber } from '../text/numbering.js';
import type { Line } from '../text/line.js';
import { findDate } from './dates.js';
import { isShouting } from '../text/shouting.js';
import { DONE_VERBS } from '../text/recase.js';

export interface ItemHeading {
  number?: string;
  title: string;
}

/**
 * Minute references printed before the item number: 392/02, C/152, CW001-2023, 2020/152, a committee's letters and a space
 * (Northern Ireland's "LC 21/26", "RC/112/2025:"), an NHS board's mixed-case letters before a slash ("BoD/26/118",
 * "Cab/24/12") or a space ("BoD 27/031"), an English cabinet's "Cab 26/08" (not "In 2025/26 …"), a South African council's
 * "C 88/2026" (one letter, the year in full, or a Northern Irish council's "C 45/26 Minutes of Committees", its title after it, in
 * capitals too: "E 141/26 CEMETERY REGULATIONS REVIEW"),
 * an Irish municipal district's dotted "BA.22.26" and a strategic policy committee's longer letters with number and year
 * ("TMSPC/42/26"); a Western Australian council's minute, its number before the month and year ("C92-11/26"); Legistar's file
 * numbers (24-0012).
 */
const MINUTE_REF = /^((?:[A-Z]{1,4}\/|[A-Z]{5,6}\/(?=\d{1,4}\/\d{2,4}\s)|[A-Z][A-Za-z]{1,3}\/(?=\d{1,4}\/)|[A-Z][a-z][A-Z]{1,2}\s(?=\d{1,4}\/\d{2,4}\s)|[A-Z]{1,4}\.?|[A-Z]{2,4}\s|[A-Z]\s(?=\d{1,4}\/(?:19|20)\d\d\s|\d{1,4}\/\d{2}\s+[A-Z](?:[a-z]|[A-Z]{2,}\b))|(?!(?:Page|Tel|Fax|No|Ref|In|On|At|By|For|To|Of|The|And|From|Our|Its|Each|Per|Up|Till?|Year|Item|Min)\s)[A-Z][a-z]{1,3}\s)?\d{1,4}\/\d{2,4}|[A-Z]{1,3}\d{1,3}-\d{1,2}\/\d{2}|[A-Z]{1,4}\/\d{1,4}|[A-Z]{1,4}\.\d{1,4}\.\d{2}(?!\d)|[A-Z]{1,4}\d{1,4}-\d{4}|\d{2}-(?!(?:19|20)\d\d\b)\d{4}):?\s+(?:\d{1,2}\.?\s+)?(?![&,;:])([^\sa-z].*)$/;
/** The word a parish prints before its minute's reference: "Min 26/003", "Minute No. 45/26", "MIN. 112/26". */
const MINUTE_WORD = /^(?:Min(?:ute)?|MIN(?:UTE)?)\.?\s+(?:No\.?\s*)?(?=(?:[A-Z]{1,4}\/?)?\d{1,4}\/\d|\d{1,4}(?:\s*:)?\s+(?:[-–—]\s+)?[A-Z])/;
/**
 * "Item 7. Contract award", "Agenda Item 4: Budget", "ITEM 12 – Zoning amendment", a section's letter "ITEM 6.A  Ordinance
 * No. …", a Wisconsin council's file number "Item 26-1107. Petition of …".
 */
const ITEM_LABEL = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})*(?:\.[a-z](?![a-z]))?|\d{2}-\d{3,5})\.?\s*(?:[:.\-–—]\s*)?\s(\S.*)$/i;
/** Virginia boards head each matter "IN RE: REZONING REQUEST – RZ-26-04", with no number. */
const IN_RE = /^IN\s+RE\s*:\s*([A-Z][^.;]{2,150})$/;
/**
 * A New England town meeting's warrant: "ARTICLE 4. To see if the Town will vote to raise …", Vermont's question "ARTICLE 5.
 * Shall the voters authorize …?", "Article 12: Community Preservation Budget".
 */
const WARRANT_ARTICLE = /^(?:ARTICLE|Article)\s+(\d{1,3}[A-Z]?)\s*[.:\-–—]\s+((?:To\s+see\s+if|Shall)\b.*|[A-Z][^.;]{2,100}?)\.?$/;
/** US agendas: "C-1 PUBLIC HEARING …", "3-B PICNIC SHELTER RENTAL FEES": a section letter and number before a title in capitals. */
const LETTER_NUMBER = /^([A-Z]-\d{1,2}|\d{1,2}-[A-Z])\.?\s+([A-Z][A-ZÀ-ÖØ-Þ\d\s’'&(),/.:–-]{3,})$/;
/**
 * Toronto's decision documents head each item with its code, a dash and the title: "MM27.4 - Making Main Streets Safer - by
 * Councillor Nandakumar, seconded by …", "EX27.9 - 2027 Water Rate Increase" (a committee's letters, the meeting, the item).
 */
const CODED_ITEM = /^([A-Z]{2,4}\d{1,3}\.\d{1,3}[a-z]?)\s+[-–—]\s+(\S.{2,200}?)(?:\s+[-–—]\s+by\s+(?:Councillor|Deputy\s+Mayor|Mayor)\b.*)?$/;
/** Granicus and Legistar rows: "A. 26-0112 Approval of Minutes …", "3.2 26-0415 Resolution No. 2026-18 …": a list mark, the file number, the title. */
const FILE_ROW = /^(?:[A-Z]\.|\d{1,2}(?:\.\d{1,2})?\.?)\s+(\d{2,4}-\d{3,5})\s+([A-Z].{3,})$/;
/**
 * "P.71 25/01877/FUL - LAND AT ORCHARD WAY", "CAB.12 BUDGET", "CAB 88 HOUSING REVENUE ACCOUNT": a committee's letters and a
 * minute number before a title in capitals ("PART 2 EXEMPT ITEMS" is a part of the agenda, not a minute; "OF 48 DWELLINGS" is a
 * title in capitals cut at the margin, its small word no committee's letters).
 */
const LETTERED_MINUTE = /^((?:[A-Z]{1,4}\.\s?|(?!(?:PART|ITEM|PAGE|ROOM|WARD|AREA|NO|TAB|OF|TO|IN|ON|AT|BY|FOR|AND|THE|WITH|FROM)\s)[A-Z]{2,4}\s)\d{1,4}(?:\/\d{2,4})?)\.?\s+([A-Z\d][A-ZÀ-ÖØ-Þ\d\s’'&(),/.:–-]{3,})$/;
/**
 * Quebec and other Canadian minutes number each resolution by year: "2025-06-119 TENDER FOR GRAVEL ROAD MAINTENANCE",
 * "2024-153 ADOPTION OF THE AGENDA" ("RESOLUTION NO." / "2022-44 THAT SETS THE SALARY …" is a title cut at the margin, not
 * resolution 2022-44). Quebec's titles keep their accents: "2026-12-303 REQUEST TO THE MINISTÈRE DES TRANSPORTS".
 */
const YEAR_NUMBER = /^((?:19|20)\d\d-\d{2,3}(?:-\d{1,4})?)\.?\s+(?!(?:THAT|WHEREAS|AND|OR|OF|TO|BE)\b)([A-Z][A-ZÀ-ÖØ-Þ\d\s’'&(),/.:–-]{3,})$/;
/** A planning case's code before its site: "PLN26-0142, 1180 Alder Way. …", "ZC-26-03, Northgate Specific Plan". */
const CASE_TITLE = /^[A-Z]{1,6}[-\s]?\d{2}[\w-]*,\s+[A-Z\d][^;:]{3,200}$/;
/** "G.1 Adopt Resolution No. 26-27-31, Authorizing …": the stop of an abbreviation ends no title. */
const ABBREVIATION_STOP = String.raw`(?<=\b(?:No|Nos|Dr|St|Mt|Inc|Ltd|Co))\.`;
/** The same letters and number before a title in title case: "CAB 112  Revenue Budget Monitoring – Quarter 2", "E.123 Recycling Centre Opening Hours". */
// A Scottish committee's "P42. 26/0611/FUL – Erection of 12 Dwellinghouses …": its letter glued to the number, a stop after it,
// and an application's reference may open the title.
const LETTERED_TITLED = new RegExp(String.raw`^((?:[A-Z]{1,4}\.\s?|(?!(?:PART|ITEM|PAGE|ROOM|WARD|AREA|NO|TAB|VAT|NHS|PO|BOX|OF|TO|IN|ON|AT|BY|FOR|AND|THE|WITH|FROM)\s)[A-Z]{2,4}\s|[A-Z](?=\d{1,3}\.\s))(?!(?:19|20)\d\d\b)\d{1,4})\.?\s+((?:[A-Z]|${APPLICATION_REF}\s)(?:[^.;:]|${ABBREVIATION_STOP}){2,120}?)\s*$`);
/** A report or a letter and its subject after "re:": "Report from the City Clerk re: Appointment of Members to …". */
const REPORT_RE = /^(?!(?:That|THAT|To)\s)[A-Z][^:.;]{2,80}\s(?:re|Re|RE):\s+[A-Z\d][^:;]{2,160}(?<![.!?])$/;
const SPACED_COLON = /^(\d{1,4})\s:\s+(\p{Lu}.*)$/u;
/** "810     MINUTES –": a long minute number before a title in capitals. */
const LONG_NUMBER = /^(\d{3,4})\s+([A-Z][A-Z\d\s’'&(),/–-]{3,})$/;
/**
 * A parish's running minute number before a title in title case: "1234 Open Spaces", "1235. Car Park". Not a year ("2026
 * Budget") and not a street address ("1234 Main Street").
 */
// "112   26/00433/OUT  Land at Fernhill Farm, Ashcombe": a planning committee's minute number, then the application's reference.
const LONG_TITLED = new RegExp(String.raw`^((?!(?:19|20)\d\d\b)\d{3,4}\.?)\s+((?:[A-Z]|${APPLICATION_REF}\s)[^.;:]{2,80}?)\s*$`);
/** The same number, a short title and a dash, the minute run on after it: "1216. Minutes – The minutes of …". */
const LONG_RUN_IN = /^((?!(?:19|20)\d\d\b)\d{3,4}\.?)\s+([A-Z][^:.;–—]{2,60}?)\s+[-–—]\s+\S/;
/** The words a street's name ends with, as US and English addresses print them. */
export const STREET_WORDS = 'Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy';
const STREET = new RegExp(`\\b(?:${STREET_WORDS}|Suite|Floor)\\.?$`);

/**
 * An agenda item or minute heading: "1. APOLOGIES", "810 MINUTES –", "392/02 2 Election
 * of Chairman - RJF was elected", "## 5. Budget", "1. To approve the Minutes of ...:".
 */
export function itemHeading(line: Line): ItemHeading | undefined {
  const text = line.text;
  // "14 MARCH 2023" is a date, not item 14; so is a shire's "HELD 19 NOVEMBER 2026" under its title, a word before it.
  if (findDate(text)?.index === 0 || (/\d{4}$/.test(text) && findDate(text.replace(/^[A-Z]{2,6}\s+(?=\d)/, ''))?.index === 0)) return undefined;
  // "Min 26/003 – Precept 2026/27: …", "Minute No. 45/26 Budget": the word before a minute's reference names no part of it.
  const minute = MINUTE_WORD.exec(text);
  if (minute) {
    const inner = itemHeading({ ...line, text: text.slice(minute[0].length) });
    if (inner?.number) return inner;
    // "Minute 4 - Finance Report", a cabinet's "Minute 88  Recommendations from the Economy Scrutiny Panel - High Street
    // Review", a full council's "Minute 71: Motion on Notice – Local Bus Services".
    const bare = /^(\d{1,4})(?:\s*:)?\s+([-–—]\s+)?([A-Z][^.;:]{2,120})$/.exec(text.slice(minute[0].length));
    if (bare && (bare[2] || isTitle(bare[3]))) return { number: bare[1], title: tidyTitle(bare[3]) };
  }
  const labelled = ITEM_LABEL.exec(text);
  // "Item 12. Consider and take action on a resolution authorizing …": a Texas court's agenda wording, a stop and all.
  // "Item 5B Approve Resolution No. 2026-14 authorizing the purchase …." too: an agenda's item in capitals and its stop, not
  // the minutes' sentence about it ("Item 7 was continued to May.").
  // "Item 15. 26-1190 Introduce and waive first reading …": Legistar's file number before the title is none of it.
  const asked = labelled?.[2].replace(/^\d{2}-\d{3,5}\s+(?=\p{Lu})/u, '');
  if (labelled && asked && (/[.;]$/.test(asked) ? (AGENDA_WORDING.test(asked) || AGENDA_STOPPED.test(asked)) && asked.length < 240 : asked.length < 160)) return { number: labelled[1], title: tidyTitle(asked) };
  const inRe = IN_RE.exec(text);
  if (inRe) return { title: tidyTitle(inRe[1]) };
  // The article's whole question is its title: it is what the town votes on.
  const article = WARRANT_ARTICLE.exec(text);
  if (article) return { number: `Article ${article[1]}`, title: tidyTitle(article[2]) };
  const coded = CODED_ITEM.exec(text);
  if (coded) return { number: coded[1], title: tidyTitle(coded[2]) };
  const row = FILE_ROW.exec(text);
  if (row && row[2].length < 240) return { number: row[1], title: tidyTitle(row[2]) };
  const ref = MINUTE_REF.exec(text);
  const long = LONG_NUMBER.exec(text) ?? YEAR_NUMBER.exec(text) ?? LETTER_NUMBER.exec(text) ?? LETTERED_MINUTE.exec(text);
  if (long) return { number: long[1], title: tidyTitle(long[2]) };
  if (ref) {
    // "PL/61 26/01922/FUL – Land East of Cherry Tree Lane – Erection of 34 dwellings": a code alone names no matter, so the
    // title runs on to the site.
    const [first, second] = ref[2].replace(/^[-–—]\s+/, '').split(/\s+[-–—]\s+/);
    // "LC/89/2026 LECALE WAY – PATH REPAIRS": a title in capitals is one heading, its dash no run-in's.
    const title = second && /^[A-Z]{0,4}\/?\d[\w/.-]*$/.test(first) ? `${first} – ${second}` : second && !/\p{Ll}/u.test(ref[2]) ? ref[2].replace(/^[-–—]\s+/, '') : first;
    // "26/003 – Precept 2026/27: After discussion it was resolved …": a parish's topic, its colon, then the minute's sentence.
    // "27/06 Correspondence: a letter from the County Council … was read.": a topic of a word or two may run into a sentence
    // that opens in lower case.
    const topic = /^([^:]{2,80}?):\s+(?:[A-Z]\S*|(?<=^[^:\s]+(?:\s[^:\s]+)?:\s+)[a-z]+)\s+\S/.exec(title);
    if (topic && shortTopic(topic[1], 8)) return { number: ref[1], title: tidyTitle(topic[1]) };
    // "26/108 Planning. 26/03318/HOUSE – 4 Orchard Close …": a paragraph's short title and its stop, the minute run on.
    return { number: ref[1], title: tidyTitle(stoppedTitle(title) ?? title) };
  }
  // "34 : APOLOGIES FOR ABSENCE", "37 : Flood Risk Management Strategy": a Welsh city's minute number, a space and a colon.
  const spacedColon = SPACED_COLON.exec(text);
  if (spacedColon && ((isShouting(spacedColon[2]) && spacedColon[2].length < 160) || isTitle(spacedColon[2]))) return { number: spacedColon[1], title: tidyTitle(spacedColon[2]) };
  // "a. Consideration of a Resolution Authorizing the Town Manager to …": a US agenda's sub-item in a lower-case letter, worded
  // as agendas word them; a lettered clause ("a. consideration of the lease be deferred") has a verb of its own.
  const lowerLettered = /^([a-h])\.\s+(.{8,240})$/.exec(text);
  if (lowerLettered && AGENDA_WORDING.test(lowerLettered[2]) && !/\b(?:be|is|are|was|were)\b/.test(lowerLettered[2])) return { number: `${lowerLettered[1]}.`, title: tidyTitle(lowerLettered[2]) };
  const parsed = parseNumber(text);
  const titled = parsed ? null : LONG_TITLED.exec(text);
  // An address ends a site's title ("26/00611/HOU  12 Vicarage Road"), not a title with no application before it.
  if (titled && isTitle(titled[2]) && (!STREET.test(titled[2]) || APPLICATION_START.test(titled[2]))) return { number: titled[1], title: tidyTitle(titled[2]) };
  // "1216. Minutes – The minutes of the meeting held on 9th November were agreed …": the running number, a short title and
  // the minute run on after a dash.
  const longRunIn = parsed ? null : LONG_RUN_IN.exec(text);
  if (longRunIn && shortTopic(longRunIn[2], 6) && isTitle(longRunIn[2]) && !STREET.test(longRunIn[2])) return { number: longRunIn[1], title: tidyTitle(longRunIn[2]) };
  const letteredTitle = parsed ? null : LETTERED_TITLED.exec(text);
  if (letteredTitle && isTitle(letteredTitle[2])) return { number: letteredTitle[1], title: tidyTitle(letteredTitle[2]) };
  if (line.heading > 0) {
    if (parsed && /num|decimal/.test(parsed.number.style) && parsed.rest) return { number: parsed.number.raw, title: tidyTitle(parsed.rest) };
    // A level-one heading is the document's title, not an item; "Purpose:", "Decision:"
    // headings are labels inside an item. So is a Legistar page's "City Council - Regular Meeting Minutes" under the city's name.
    return line.heading > 1 && !/:$/.test(text) && !MEETING_TITLE_HEADING.test(text) ? { title: tidyTitle(text) } : undefined;
  }
  // "A. Approval of the 2025-26 School Calendar", "B. CONSENT AGENDA": US agendas letter their items; a capital and a
  // stop before a title (not before a sentence, as "J. Smith reported …" is) numbers one.
  const lettered = /^([A-Z])\.\s+(?=[A-Z0-9])(.+)$/.exec(text);
  // "S. McKeen, M. Nickel, A. Paquette": a list of names, each with its initial, is no item.
  // (A parsed number here is a Roman "I." or "V.": parseNumber reads a lone capital and a stop as no number.)
  if (lettered && !parsed && !/,\s*[A-Z]\.\s/.test(lettered[2]) && ((isShouting(lettered[2]) && lettered[2].length < 160) || isTitle(lettered[2]))) return { number: `${lettered[1]}.`, title: tidyTitle(lettered[2]) };
  // "9.A. Ordinance 2026-44 – Rezoning 410 Bayshore Dr. (Second Reading)", "10.B. CONSENT AGENDA": a Florida commission's
  // section number, then the item's letter; no sentence is numbered so, so any line that ends none is a title.
  // A California agenda's "7a. MINUTES OF THE JANUARY 20 MEETING", "12.b. Award of Contract …" the same, the letter in lower case.
  // "7.c Agreement with Summit Fleet Services …": the letter after the section's stop needs no stop of its own.
  const numberLetter = /^(\d{1,3}\.[A-Z]\.?|\d{1,3}\.[a-z]\.?|\d{1,3}[a-z]\.)\s+(\p{Lu}.{2,158})$/u.exec(text);
  // "9.A. Resolution 2026-R-88 – Approving an interlocal agreement …." names its measure and what it does, its stop and all.
  // "8.A. Approval of the minutes of the March 9, 2026 regular meeting." names the action asked for, its stop and all.
  if (numberLetter && (!/[.;:!?]$/.test(numberLetter[2].replace(/\b(?:Dr|St|Ave|Blvd|Rd|Inc|Ltd|Co)\.$/, '')) || MEASURE_TITLE.test(numberLetter[2]) || (ACTION_NOUN_TITLE.test(numberLetter[2]) && AGENDA_STOPPED.test(numberLetter[2])))) return { number: numberLetter[1], title: tidyTitle(numberLetter[2]) };
  // "VIII. ACTION ITEMS", "IX. ADJOURNMENT": US minutes number their sections in capital Roman numerals, titled in capitals.
  if (parsed?.number.style === 'roman-dot' && /^[IVXL]+\.$/.test(parsed.number.raw) && parsed.rest.length < 80 && isShouting(parsed.rest) && !DECIDING.test(parsed.rest)) return { number: parsed.number.raw, title: tidyTitle(parsed.rest) };
  if (!parsed || !/^(num-dot|bare-num|decimal)$/.test(parsed.number.style) || parsed.number.parts.length > 3) return undefined;
  const rest = parsed.rest;
  if (!rest) return undefined;
  // "6. APPROVED CLAIMS AS SUBMITTED BY THE AUDITOR-CONTROLLER": action minutes in capitals tell what was done, no title.
  if (isShouting(rest) && rest.length < 160 && !SHOUTED_VERDICT.test(rest)) return { number: parsed.number.raw, title: tidyTitle(rest) };
  if (line.strong && rest.length < 100) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "1. To approve the Minutes of the Meeting held 8th March 2021:" / "1. Councillor changes: Cllr Bradley - resignation"
  if (/:$/.test(rest) && rest.length < 120) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "3. Footpaths: After discussion" / "it was agreed that …": the sentence's opening phrase, cut from its decision, is no
  // part of the title before the colon.
  const opening = /^([A-Z][^:.;]{2,60}):\s+(?:After|Following|Further\s+to|In\s+response\s+to)\b/.exec(rest);
  if (opening) return { number: parsed.number.raw, title: tidyTitle(opening[1]) };
  if (isTitle(rest)) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "10.1 Ordinance No. 2026-19, an ordinance amending Chapter 12.20 …": a measure and what it does, its stop and all, numbered
  // under its section (a township's "1. Resolution No. 2027-09 authorizing …" under "RESOLUTIONS" is the clause voted on).
  if (parsed.number.style === 'decimal' && MEASURE_TITLE.test(rest) && AGENDA_STOPPED.test(rest) && rest.length < 240) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "2. PLN26-0142, 1180 Alder Way. Conditional Use Permit for a daycare facility.": a planning case's number, its site and
  // what is asked, its stops and all.
  if (CASE_TITLE.test(rest) && !TOLD.test(rest) && rest.length < 240) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "10. Health and Human Services – Adopt Resolution No. 2026-144 accepting grant funding …; authorize the Director to sign
  // the agreement.": a California board's department, then the action its agenda asks for, a stop and all.
  const deptAsks = DEPARTMENT_ASKS.exec(rest);
  if (deptAsks && shortTopic(deptAsks[1], 6) && isTitle(deptAsks[1]) && AGENDA_STOPPED.test(deptAsks[2]) && rest.length < 300) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "5. Consider and act on a resolution approving a development agreement with …": an agenda's wording, a stop and all.
  if (AGENDA_WORDING.test(rest) && AGENDA_STOPPED.test(rest) && rest.length < 240) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "7. To consider the Clerk's report on the defibrillator.", "9. To receive reports from County Councillors.": a community
  // council prints its agenda's wording as the minute's title, the stop and all (not "To note …", a decision's own wording).
  if (/^To\s+(?:consider|receive|discuss)\s/.test(rest) && !TOLD.test(rest) && rest.length < 200) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "4.2 Consider bids for roof replacement at Lakeview Elementary", "7.3 Consider the 2027-28 activity fee schedule (Exhibit D)":
  // a US board's agenda names the matter it will consider, in sentence case and with no stop.
  if (AGENDA_CONSIDER.test(rest) && !/[.;:,]$/.test(rest) && rest.length < 160) return { number: parsed.number.raw, title: tidyTitle(rest) };
  // "3. Minutes. Minutes of 2nd November approved …": a community council's short title and its stop, the minute run on.
  // "3. Minutes of the Special Meeting of 24 November." over its verdict: the minutes named by their date, however many words.
  const stopped = stoppedTitle(rest) ?? (/\.$/.test(rest) && MINUTES_OF_DATE.test(rest.slice(0, -1)) ? rest.slice(0, -1) : undefined);
  if (stopped) return { number: parsed.number.raw, title: tidyTitle(stopped) };
  // "1. Ymddiheuriadau / Apologies Cyng. H. Pugh.": a Welsh council's title in both languages, the minute run on after it.
  const bilingual = BILINGUAL_RUN_IN.exec(rest);
  if (bilingual) return { number: parsed.number.raw, title: tidyTitle(bilingual[1]) };
  // "7.2 Report from the City Clerk re: Appointment of Members …": a Canadian report's "re:" leads its subject, no topic's
  // colon; the whole line is the title.
  if (REPORT_RE.test(rest)) return { number: parsed.number.raw, title: tidyTitle(rest) };
  const colon = /^([A-Z][^:.;]{2,60})(?<!\s(?:re|Re|RE)):\s+\S/.exec(rest);
  if (colon && colon[1].split(/\s+/).length <= 6 && !/^(?:that|to)\b/i.test(colon[1])) return { number: parsed.number.raw, title: tidyTitle(colon[1]) };
  // "89. Bus shelter, Heol y Dwr – the Clerk reported …": a community council's short title run into the minute's first
  // sentence after a dash.
  // "2. Wind farm community benefit fund -" over "After discussion members agreed …": the title left with its dash when the
  // sentence after it was cut onto a line of its own.
  const dashEnd = /^([A-Z][^:.;–—]{2,60}?)\s+[-–—]$/.exec(rest);
  if (dashEnd && shortTopic(dashEnd[1], 7) && !TOLD.test(dashEnd[1])) return { number: parsed.number.raw, title: tidyTitle(dashEnd[1]) };
  // "8.2 Bid Award - Well No. 4 Rehabilitation Bids were opened on September 18, 2025": a title, then the minute's sentence in
  // the passive, no stop between, a page run into one line.
  const toldAfter = TITLE_THEN_TOLD.exec(rest);
  if (toldAfter && isTitle(toldAfter[1]) && !TOLD.test(toldAfter[1])) return { number: parsed.number.raw, title: tidyTitle(toldAfter[1]) };
  const runIn = RUN_IN_TITLE.exec(rest);
  if (runIn && shortTopic(runIn[1], 6) && !TOLD.test(runIn[1])) return { number: parsed.number.raw, title: tidyTitle(runIn[1]) };
  return undefined;
}

/**
 * A heading that names the meeting and its paper: "City Council - Regular Meeting Minutes", "Planning Board Agenda"; a town
 * council's "Minutes of the Planning and Environment Committee, 3 December 2026" under its name, the paper named first.
 */
const MEETING_TITLE_HEADING = /\b(?:Council|Committee|Board|Commission|Cabinet|Authority)\b.*\b(?:Minutes|Agenda)$|^(?:(?:Draft|Confirmed|Unconfirmed|Approved)\s+)?(?:Minutes|Agenda)\s+of\s+(?:the\s+)?(?:[\w’'&,-]+\s+){0,8}?(?:Council|Committee|Sub-Committee|Board|Commission|Cabinet|Authority|Panel|Meeting)\b/i;

/**
 * A measure's number, a dash or none, then what it does: "Resolution 2026-R-88 – Approving …", "Ordinance 2026-07 – An
 * Ordinance amending …", "Ordinance No. 1102 amending Chapter 17.40 …", "Ordinance No. 2026-19, an ordinance amending …".
 */
const MEASURE_TITLE = /^(?:Resolution|Ordinance|RESOLUTION|ORDINANCE)\s+(?:No\.?\s*)?[\w-]*\d[\w-]*(?:,\s*|\s+(?:[-–—:]\s+)?)(?:(?:An?|AN?|an?)\s+(?:Ordinance|Resolution|ORDINANCE|RESOLUTION|ordinance|resolution)\s+)?[A-Za-z][a-z]+ing\b/;

/**
 * An agenda title that names the action it asks for by its noun: "Approval of the minutes …", "Award of Contract …",
 * "Appointment to the Code Enforcement Board.", "Request from the Historical Society for a fee waiver …".
 */
const ACTION_NOUN_TITLE = /^(?:(?:Approval|Adoption|Acceptance|Authori[sz]ation|Award|Ratification|Appointments?|Confirmation)\s+(?:of|to)|Requests?\s+(?:from|for))\s/;

const SHOUTED_VERDICT = new RegExp(`^(?:${DONE_VERBS})(?:\\s+AND\\s+[A-Z]{3,}ED)?\\s+[A-Z0-9]`);

/** A topic run into its minute ("Bus shelter, Heol y Dwr – the Clerk reported …"): a few words, no decision's verb first. */
// A dash between a title's parts ("Common Good Fund – Grant Applications") is no word of it. A plural noun alone ("Grants")
// names a topic, though its verb would decide.
const shortTopic = (title: string, most: number): boolean => title.split(/\s+/).filter((w) => !/^[-–—]$/.test(w)).length <= most && (!DECIDING.test(title) || /^[A-Z][a-z]+s$/.test(title));
/** A verb that tells what happened, so the words before a stop or dash are a sentence, not a topic. */
const TOLD = /\b(?:was|were|is|are|be|been|has|have|had)\b/i;

/** A title of a few words and its stop, a sentence after it; not an abbreviation's stop ("Mr. Jones reported …"). */
const STOPPED_TITLE = /^((?!(?:Mr|Mrs|Ms|Dr|St|Cllr|Cr|Clr|No|Rev|Prof|Hon|Messrs)\.)(?!(?:The|A|An|This|It|Members|We|They|There)\s)(?!(?:Carried|Lost|Noted|Agreed|Approved|Deferred|Received|Withdrawn)\.?$)[A-Z][\w’'&/-]{2,}(?:\s+(?:[-–—]\s+)?(?![a-z]+ed\b)[\w’'&/-]+){0,6})(?<!\b(?:No|Nos|NO|NOS|St|Co|Inc|Ltd|vs|None|Nil|Cyng|Cllr|Cr|Mr|Mrs|Ms|Dr|[A-Z]))\.(?:\s+(?=[A-Z£$€\d])|$)/;

/** A notice of motion's title with its member and its stop: "Notice of Motion – Cllr. M. Rafferty.", a sentence after it. */
const NOTICE_TITLE = /^((?:Notice\s+of\s+)?Motion\s+[-–—]\s+(?:Cllr|Cr|Clr|Councillor)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)\.(?:\s+(?=[A-Z£$€\d])|$)/;

/** The short title before a stop that a sentence follows ("Planning. 26/03318/HOUSE …", "Minutes. Minutes of …"), if the words are one. */
function stoppedTitle(text: string): string | undefined {
  // "3. Notice of Motion – Cllr. M. Rafferty. Cllr. Rafferty proposed …": an Irish notice of motion's title naming its member.
  const notice = NOTICE_TITLE.exec(text)?.[1];
  if (notice) return notice;
  // "2. Schedule of Municipal District Works 2027. The District Engineer …": seven words at most.
  const stopped = STOPPED_TITLE.exec(text)?.[1];
  // "4. Grants. The committee agreed …": one plural noun is a topic, though "Grants" opens a decision as a verb.
  return stopped && (shortTopic(stopped, 7) || /^[A-Z][a-z]+s$/.test(stopped)) && isTitle(stopped) && !TOLD.test(stopped) ? stopped : undefined;
}

/**
 * A title, then a sentence that opens on its subject and a passive verb: "… Rehabilitation Bids were opened on …", "… Three
 * quotes were received …".
 */
const TITLE_THEN_TOLD = /^(?!(?:A|An|The)\s)(\S.{2,100}?)\s+(?=(?:(?:The|These|This|All|Two|Three|Four|Five|Six|Several)\s+[a-z]+|[A-Z][a-z]+s)\s+(?:was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b)/;

/** A title in Welsh and English, the English half a capital and words in lower case, then a capital that starts the minute. */
const BILINGUAL_RUN_IN = /^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+\/\s+[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s+(?=[A-Z])/;

/**
 * A title, a dash, then the minute run on: in lower case, an outcome's or motion's opening, a sentence that tells what was
 * done ("Police report - PC Fraser reported two break-ins …", "Wind farm fund - Three applications were considered.", its stop
 * cut off with the next sentence where a page was run into one line), an
 * application's reference ("Planning - 26/04412/FUL erection of …: no objection.", a district's shorter "26/01587 Rose
 * Cottage …", its year and serial alone), or who sent apologies.
 */
const RUN_IN_TITLE = new RegExp(String.raw`^([A-Z][^:.;–—]{2,60}?)\s+[-–—]\s+(?=[a-z]|It\s+was\b|(?:Proposed|Moved)\s|(?:After|Following)\s+(?:discussion|debate)\b|(?:[\w’'-]+\s+|(?:[A-Z]\.\s*)+){1,4}?(?:was|were|has\s+been|have\s+been|[a-z]{3,}ed)\s[^;]*?[a-z\d)](?:\.(?:\s|$)|$)|${APPLICATION_REF}|\d{2}\/\d{4,6}\s+(?=[A-Z\d])|(?<=^Apologies(?:\s+for\s+absence)?\s+[-–—]\s+)\S)`);

/** An agenda item's words that end in a stop: opened by a capital, with no verb of a sentence telling what became of it. */
const AGENDA_STOPPED = /^(?=\p{Lu})(?!.*\b(?:was|were|is|are|has|have|had|will)\b)/u;

// "Consider and act on …", "Discuss and take action on …", "Consider approval of …": a Texas agenda's wording for an item.
const AGENDA_WORDING = /^(?:consider(?:ation)?\s+(?:and\s+(?:take\s+)?(?:possible\s+)?act(?:ion)?\s+on|approval\s+of|of)|discuss(?:ion)?\s+and\s+(?:take\s+)?(?:possible\s+)?act(?:ion)?\s+on)\b/i;

/** "Consider bids for …", "Discuss the 2027-28 fee schedule": the matter an agenda item puts before the board, by its noun. */
const AGENDA_CONSIDER = /^(?:Consider|Discuss)\s+(?:the\s+)?(?:bids?|quotes?|quotations?|proposals?|revisions?|amendments?|adoption|approval|renewal|requests?|resolution|ordinance|contract|agreement|purchase|award|appointment|acceptance|changes|updates?|(?:19|20)\d\d(?:[-–]\d{2,4})?)\b/;

/** Where a heading's te reo Māori half starts: "Te …", "Ngā …", or a capitalised word with a macron ("Whakaāe"). */
const REO_HALF = /\s(?=(?:Te|Ngā|Nga)\s+\p{Lu}|\p{Lu}[\p{L}]*[āēīōū][\p{L}]*\b)/u;
/** A planning application's reference and a dash at a title's start: "26/00502/HOU – …". */
const PLANNING_REF = new RegExp(String.raw`^${APPLICATION_REF}\s+[-–—]\s+\S`);
/** A permit or development application's label and reference before what it proposes: "Development Application DA2026/88 – …". */
const APPLICATION_TITLE = /^(?:Planning\s+(?:Permit\s+)?|Development\s+|Permit\s+)Application\s+(?:No\.?\s*)?[A-Z]{0,4}\d[\w/.-]*\s+[-–—]\s+\S/;

/**
 * "Minutes of the meeting held on 22 September 2026", "Minutes of the previous meeting of 3rd March 2027", a community
 * council's "Minutes of the Special Meeting of 24 November": the minutes' date ends the title, its year left out too.
 */
const MINUTES_OF_DATE = /^(?:Minutes|Notes)\s+of\s+(?:the\s+)?(?:(?:previous|last|special|Special|ordinary|Ordinary|extraordinary|Extraordinary|annual|Annual|general|General)\s+){0,2}(?:meeting|Meeting)\s+(?:held\s+)?(?:on|of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)$/;

/** "Medium Term Financial Strategy": short, no closing punctuation, most words capitalised. */
function isTitle(title: string): boolean {
  // "Confirmation of Previous Minutes Te Whakaāe o te hui o mua": a New Zealand heading in English, then in te reo Māori, whose
  // small words are in lower case; the English half says whether it is a title.
  const reo = REO_HALF.exec(title);
  if (reo && reo.index > 0) return isTitle(title.slice(0, reo.index));
  // "Maes chwarae / Play area": a Welsh council's title in both languages, each half a title of its own in sentence case.
  const halves = title.split(/\s+\/\s+/);
  if (halves.length === 2) return halves.every((half) => isTitle(half));
  // "Overnight field trip - FFA State Convention": a topic in sentence case, a dash, then the name it is about; each part a
  // title of its own is one title (read whole, its capitals are too few for its length).
  // Not a mover's pair before a motion ("Moved P. Dube - L. Wiebe: That …"). After a department's name, the action asked for by
  // its noun ("Public Works - Award of contract for the Bear Creek bridge deck replacement") is the other part.
  const parts = title.split(/\s+[-–—]\s+/);
  // A part that tells what was done is the minute run on ("Hall roof – Three quotations were considered").
  if (parts.length === 2 && !/:|^(?:Moved|Proposed|Seconded)\b/i.test(title) && parts.every((part, k) => part.split(/\s+/).length <= 12 && !/\b(?:was|were)\s/.test(part) && (isTitle(part) || (k === 1 && ACTION_NOUN_TITLE.test(part))))) return true;
  // "… to Washington, D.C.", "… with Keystone Paving Inc.": the stop of an abbreviation ends no sentence.
  const text = title.replace(/\b((?:[A-Z]\.){1,3}[A-Z]|Inc|Ltd|Co|Corp|Bros|Jr|Sr)\.$/, '$1');
  // "24/01234/FUL - Land north of Mill Lane": a planning application reference leads the title.
  // "Ōrākei Basin boardwalk renewal": a capital of any script opens a title.
  // A US instrument's title in title case runs past that ("ORDINANCE NO. 27-04, An Ordinance Amending Title 10 … (Second
  // Reading)"): the test below for every word capitalised decides it.
  // "2027 Water and Sewer Rates": a year may open one.
  if (/[.;:,]$|;|\s(?:and|or)$/.test(text) || text.length > 200 || !/^(?:\p{Lu}|\d+\/[\w/]+\s|(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+\p{Lu})/u.test(text)) return false;
  // "Planning Permit Application PA2026/141 – Use and development of a dwelling – 402 Ridge Road, Campbelltown": an Australian
  // application's label and reference, then what is proposed and where, in sentence case however long.
  if (APPLICATION_TITLE.test(text)) return true;
  // "Ordinance No. 1102 amending Chapter 17.40 of the Municipal Code regarding accessory dwelling units (First Reading)": a US
  // agenda's measure, its number and what it does, in sentence case however long, closed by its stage in brackets (a line
  // cut at the margin ends on a word).
  if (MEASURE_TITLE.test(text) && /\)$/.test(text)) return true;
  // "Minutes of the meeting held on 22 September 2026": the minutes the item confirms, named by their date in sentence case.
  if (MINUTES_OF_DATE.test(text)) return true;
  // "Letter from the Kingshaven Curling Club requesting a grant of $5,000", "Email from a resident regarding speeding on Shore
  // Road": correspondence named by its sender, in sentence case, and another council's resolution sent for support ("Resolution
  // from the Town of Bellmore regarding OPP policing costs").
  if (/^(?:Letter|Correspondence|E-?mail|Petition|Request|Invitation|Submission|Deputation|Delegation|Resolution)s?\s+(?:from|by)\s+(?:(?:the\s+)?\p{Lu}|(?:a\s+)?(?:local\s+)?residents?\b|(?:a\s+)?members?\s+of\s+the\s+public\b)/u.test(text) && text.length <= 120) return true;
  // A long line is a title only in title case: one word in lower case beyond the joining words ends the test.
  // "… Declaring the Week of January 11 as School Board Recognition Week": "as" joins a title's words too.
  if (text.length > 90 && /\s(?!(?:and|of|the|for|to|in|on|at|from|with|by|as|a|an)\s)[a-z]/.test(text)) return false;
  // "City Council request the General Manager, Transportation Services to report …": a body and its verb make a clause.
  // "1. Awards Tender T26-08 to CleanAway Regional Pty" (the margin cut the rest): "That Council:" and its verb in the third
  // person make one too; an agenda's title asks in the plain form ("Award Tender …").
  if (BODY_VERB.test(text) || THIRD_PERSON_VERB.test(text)) return false;
  // "26/00502/HOU – 8 Church Walk, Ashby Two storey side extension": an application's reference, its site and what is proposed
  // there, in sentence case as planning lists print it.
  if (PLANNING_REF.test(text)) return true;
  // "Bylaw 1422-26 – Land Use Bylaw Amendment (Lot 4, Block 9, Plan 872 0415)": a bracketed legal description adds no words to the title.
  // "Election of Roads Inspector – Vingtaine de la Rue": a place's particles are joining words too.
  const words = text.replace(/\s*\([^()]{1,60}\)/g, '').split(/\s+/).filter((w) => !/^(?:and|of|the|for|to|in|on|at|from|with|by|as|a|an|de|la|le|du|des|van|von|der|&|-|–)$/i.test(w));
  const capitals = words.filter((w) => /^[\p{Lu}0-9]/u.test(w)).length;
  // Past twelve words only the instrument's title, every word capitalised and not a list of names run on with commas.
  // A contents page's entries run together ("9.1 Action Register 9.2 Local Authority Projects …") are no one title.
  if (words.length === 0 || (words.length > 12 && (text.length <= 90 || capitals < words.length || (text.match(/,/g)?.length ?? 0) > 2 || words.length > 30 || /\s\d{1,2}\.\d{1,2}\s/.test(text)))) return false;
  // "Approve the budget" is a clause; "Grants" or "Grant aid" is a title, and so is BoardDocs'
  // "Approve Field Trip to Washington" in title case.
  // "Request from the Historical Society", "Support for the Food Bank": the verb's word as a noun names a matter, as a plural
  // before its preposition does ("Grants to local groups", "Requests for funding").
  if (DECIDING.test(text) && text.split(/\s+/).length > 2 && !/^\w+\s+(?:from|for)\s+(?:the\s+)?[A-Z]/.test(text) && !/^\w+s\s+(?:from|for|to)\s+(?!the\b)[a-z]/.test(text)) return capitals >= 3 && capitals / words.length >= 0.9;
  // "Resolution 26-R-48 Authorizing an Intergovernmental Agreement with Cedar Township for Snow Removal": a US agenda's long
  // title, every word capitalised; a line as long in sentence case is a sentence.
  if (text.length > 90 || words.length > 10) return capitals === words.length;
  // "Constitution review" is a title too: short lines in sentence case count; so does a community council's longer topic
  // ("Wind farm community benefit fund"), where no verb makes it a clause, and no article opens it as a sentence's subject
  // ("The mutual aid agreement with the County of Mesa", a clause cut at the margin).
  return words.length <= 4 || capitals / words.length >= 0.75 || (words.length <= 6 && !SENTENCE_VERB.test(text) && !SUBJECT_FIRST.test(text));
}

/** A sentence's subject opening a line: "The mutual aid agreement …", "A grant of …". */
const SUBJECT_FIRST = /^(?:The|A|An|This|That|These|Those|It|Its|There|Their|Our)\s+[a-z]/;

/** A verb's form that makes a line in sentence case a clause, not a title: "… was agreed", "… considered for funding". */
const SENTENCE_VERB = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|should|can|could|may|must|shall|taken|given|made|done|sent|paid|[a-z]{2,}ed)\b/;

/**
 * A department's name, a dash, then the action its agenda asks for: "Public Works – Adopt Resolution No. 2026-31 …", "Parks –
 * Discussion of …", "Planning – Hearing to consider an appeal of …".
 */
const DEPARTMENT_ASKS = /^([A-Z][^.;:–—]{2,60}?)\s+[-–—]\s+((?:Adopt|Approve|Authori[sz]e|Accept|Award|Ratify|Appoint|Introduce|Receive|Conduct|Hold|Consider|(?:Public\s+)?Hearing\s+(?:to\s+consider|on|regarding)|Discussion\s+(?:of|on|regarding)|Presentation\s+(?:of|on|by)|Update\s+on|Report\s+on)\s.*)$/;

/** A body's name, then a decision verb in lower case: the clause's subject and verb, whatever its capitals. */
const BODY_VERB = /\b(?:Council|Committee|Board|Cabinet|Commission|Staff)\s+(?:request|approve|adopt|note|receive|endorse|agree|authori[sz]e|direct|refer|defer|delegate|ask|instruct|support|accept)s?\b/;

/** A decision verb in the third person opening a clause under "That Council:"; those that are nouns too only before their object. */
const THIRD_PERSON_VERB = /^(?:(?:Approve|Adopt|Authori[sz]e|Endorse|Receive|Accept|Confirm|Agree|Instruct|Rescind|Resolve|Refer|Defer|Decline|Reject|Refuse|Appoint|Allocate|Determine|Direct)s|(?:Award|Note|Request|Grant|Support|Delegate)s(?=\s+(?:the|that|a|an|its|this|these|Tender|Contract)\b))\s/;

/** Lines that open with a decision verb are clauses, not titles: "1. Approve the budget". */
const DECIDING = /^(?:that|to|it|(?:approve|agree|note|endorse|accept|receive|adopt|support|confirm|delegate|authori[sz]e|request|refer|recommend|amend|defer|reject|refuse|appoint|grant|instruct|ask|exclude|write|seek|decline|deny|rescind)(?:s|d|ed)?)\b/i;

export function tidyTitle(title: string): string {
  return title.replace(/\s*[:\-–—]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** A minute reference alone on its line ("ENV/2023/061"), the title on the next. */
export function minuteRefOnly(text: string): string | undefined {
  const m = /^((?:[A-Z]{1,4}\/|[A-Z]{5,6}\/(?=\d{1,4}\/\d{2,4}$)|[A-Z][A-Za-z]{1,3}\/(?=\d{1,4}\/)|[A-Z]{1,4}\.?)?\d{1,4}\/\d{2,4}(?:\/\d{1,4})?|[A-Z]{1,4}\/\d{1,4})$/.exec(text);
  return m ? m[1] : undefined;
}

/**
 * A number alone on its line ("1." then the title on the next line, as ModernGov prints items), or with its label, as a
 * Texas commissioners court prints "AGENDA ITEM 7" over "Consider and take action on …"; a county's action summary prints
 * Legistar's file number after it ("Item 14. 26-1187"), which names no matter either.
 */
export function numberOnly(text: string): string | undefined {
  const m = /^(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?)?(\d{1,3}(?:\.\d{1,2})?\.?)(?:\s+(?:File\s*(?:No\.?|#)?\s*:?\s*)?\d{2}-\d{3,5})?\s*:?$/i.exec(text);
  return m ? m[1] : undefined;
}
