import type { Line } from '../text/line.js';
import type { DocumentKind } from '../types.js';

/**
 * Minutes record what a meeting decided; a report (or agenda) proposes. The kind
 * decides whether unmarked "That ..." clauses are decisions or recommendations, and
 * whether a "Council resolved ..." sentence is this meeting's decision or background.
 */
const REPORT_SIGNS = [
  /^public report$/i,
  /\breport (?:title|author|summary)\b/i,
  // A title in capitals ("REPORT OF THE DIRECTOR", "4TH REPORT OF THE …") or "Report to Cabinet": not
  // "That the report of the City Engineer … be received" inside a clause, which every set of minutes has.
  /\bREPORT OF THE\b/,
  /^report to\b/i,
  // A front sheet's field run into its page, "… Report to: Cabinet, 5 May 2026 Summary of Recommendations …".
  /\b(?:Report|REPORT)\s+(?:to|TO)\s*:\s*[A-Z]/,
  /\bSummary of [Rr]ecommendations\b|\bSUMMARY OF RECOMMENDATIONS\b/,
  /^report of\b/i,
  /\bpurpose of (?:the |this )?report\b/i,
  /\b(?:LEADER|CHIEF EXECUTIVE|DIRECTOR)['’]?S? REPORT\b/,
  // Not "AGENDA ITEM 12 – HOMELESS SERVICES CONTRACTS", a US board's item heading in its minutes as in its agenda.
  /^(?:agenda\b(?!\s+item)|AGENDA\b(?!\s+ITEM\b))/,
  /\bagenda of\b/i,
  // Not a decision's "… are approved …, and are recommended to Council": "recommended to" a body, not to do something.
  /\b(?:is|are|Is|Are|IS|ARE)\s+(?:asked|recommended|invited|ASKED|RECOMMENDED|INVITED)\s+(?:to|TO)(?:\s*[:\-–—]|\s+(?:the\s+|THE\s+)?(?:[a-z]|(?!(?:FULL\s+)?(?:COUNCIL|CABINET|EXECUTIVE|BOARD|COMMITTEE|ASSEMBLY)\b)[A-Z]{2,}\b))/,
  /^executive summary$/i,
  /^(?:the )?recommendations?:?$/i,
  // North American front sheets and agendas: "STAFF REPORT ENG014-25", "Meeting Agenda", "Request for Council Action".
  // Not minutes' "Planning Manager Reyes presented the staff report.": the report a meeting heard.
  /(?<!\b(?:presented|reviewed|summari[sz]ed|introduced|discussed|gave|outlined)\s+(?:the|a|an|his|her|their|its)\s+)\bstaff report\b/i,
  /\b(?:meeting|council|committee|board|commission)\s+agenda\b|\bagenda\s+[-–—]\s/i,
  /\brequest for (?:council|board|commission) action\b/i,
  /\brecommended (?:motion|resolution|action(?:s|\s*\(s\))?:?$)/i,
  // "BOARD OF SUPERVISORS AGENDA REPORT", "Council Agenda Report": a California front sheet; a county's "AGENDA ITEM SUMMARY",
  // and the "SUGGESTED MOTION:" a memo puts to its board.
  /\bagenda report\b|^agenda item summary$|^suggested motions?:?$/i,
  /^decisions?\s*(?:\(s\)\s*)?(?:required|sought|requested)\b/i,
];

const MINUTES_SIGNS = [
  /^minutes\b/i,
  // Not "Approval of the minutes of the regular meeting": every agenda has that item.
  /(?<!\b(?:approv\w*|confirm\w*|adopt\w*|read|receiv\w*|waive)\s+(?:of\s+)?(?:the\s+)?)\bminutes of (?:the|a|an)?\s*(?:\w+\s+)?meeting\b/i,
  /^minutes:$/i,
  /^present\b/i,
  /^apologies\b/i,
  // Not a report's "Decision required:" heading, which asks for the decision.
  /^(?:resolved|agreed|decided|decision(?!s?\s*(?:\(s\)\s*)?(?:required|sought|requested|needed)\b)|resolution)\b/i,
  /\b(?:it was|the \w+) resolved\b/i,
  /\bit was (?:\w+\s+)?(?:agreed|decided)\b/i,
  /^it was (?:proposed|moved) by\b/i,
  /^decision details$/i,
  // An executive's "RECORD OF DECISIONS", "Record of Decisions taken by the Cabinet": what was decided, item by item.
  /^record of (?:the )?decisions\b/i,
  // A US board's "SUMMARY OF ACTIONS", "Action Minutes": what was done, item by item.
  /\bsummary of actions\b|\baction minutes\b/i,
  // Legistar's meeting page: "Meeting date/time: … Minutes status: Final".
  /\bminutes status:\s*final\b/i,
  /\bmotion (?:was )?(?:carried|agreed|adopted|passed)\b|\bmotion,? which (?:carried|passed|failed)\b|^carried\b/i,
  // "PLANNING COMMISSION MINUTES", "Regular Meeting Minutes": a title that says so; not an agenda's
  // item "3. Receipt of the Minutes" or "Approval of Minutes".
  /^(?![\d(])(?!.*\b(?:approv\w*|confirm\w*|adopt\w*|draft|receipt|reading)\b)(?!.*\bof\s+(?:the\s+)?(?:\w+\s+)?minutes$)(?:[A-Za-z][\w’'&-]*\s+){1,6}minutes$/i,
  /\bmeeting (?:was )?adjourned at\b/i,
  // The title run into the date line of text taken from a PDF, "REGULAR MEETING MINUTES TUESDAY, NOVEMBER 17, 2026"; not an
  // agenda's "Approval of Regular Meeting Minutes of November 3".
  /(?<!\b(?:approv\w*|confirm\w*|adopt\w*|read|receiv\w*|waive)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2})\b(?:meeting|session)\s+minutes\b(?!\s+(?:of|from|for|dated)\b)/i,
  // "BOARD OF SUPERVISORS … MINUTES – NOVEMBER 17, 2026": a title in capitals run into its date, a page flattened into one
  // paragraph; not an agenda's "APPROVAL OF MINUTES – NOVEMBER 3, 2026".
  /(?<!\b(?:APPROV\w*|CONFIRM\w*|ADOPT\w*|RECEIPT|READING|OF)\s+(?:THE\s+)?)\bMINUTES\s*[-–—,:]?\s*(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+)?(?:(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d|\d{1,2}(?:ST|ND|RD|TH)?\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b)/,
  /^agenda item$/i,
  /^supporting documents\b/i,
  /\b(?:the\s+)?(?:committee|cabinet|board|council|panel|commission|sub-committee)\s+(?:considered|discussed|debated|received)\b/i,
];

export function inferKind(lines: Line[]): DocumentKind {
  const head = lines.slice(0, 60);
  const score = (signs: RegExp[], within: Line[]) => signs.filter((re) => within.some((l) => re.test(l.text))).length;
  const report = score(REPORT_SIGNS, head);
  // "6.1 That the minutes of the meeting held on 7 March be approved" is on every agenda too.
  const minutes = score(MINUTES_SIGNS, lines.filter((l) => !/^(?:[\d.()a-z]{1,6}\s+)?that\b/i.test(l.text)));
  return report > minutes ? 'report' : 'minutes';
}
