import type { Effect } from '../types.js';

/**
 * Recognise the words that open a decision, a recommendation list or a motion, and
 * the labels that close them. Everything here looks at one cleaned line; the block
 * reader (blocks.ts) decides what the lines mean together.
 */
export type MarkerKind =
  | 'resolved' // RESOLVED, AGREED, DECIDED, It was resolved, Council resolved to:
  | 'decision' // a "Decision" / "DECISION" heading: bare clauses below it are decisions
  | 'recommended' // the meeting's own RECOMMENDED (to Council) that
  | 'asked' // a report's "The Committee is asked to"
  | 'recommendations' // a "Recommendations" heading
  | 'following' // "the following recommendations" of another body
  | 'external-one'; // "Recommendation 4: Improvements in residential care"

export interface Marker {
  kind: MarkerKind;
  /** What follows the marker on the line: a clause, or nothing when clauses follow below. */
  rest: string;
  /** Offset of `rest` in the line text. */
  restAt: number;
  /** The body named in "RECOMMENDED to Council that" / "RECOMMENDS TO Cabinet:". */
  to?: string;
  /** The number printed in "Recommendation 4:". */
  number?: string;
  /** For `asked` with content on the same line, the whole line is the recommendation. */
  keepWhole?: boolean;
  /** What the marker word itself decided: DEFERRED, NOTED, "– APPROVED". */
  effect?: Effect;
  /** No marker word, only a shape ("That Cabinet:"): it yields to a block already open. */
  weak?: boolean;
}

const QUALIFIER = String.raw`(?:\s*\((?!\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\s*\))(?:[^()]|\([^()]*\))*\))*`; // (unanimously), (Cr A / Cr B), (by 6 votes to 1)
const REFERENCE = String.raw`(?:\s*[-–—:]*\s*\[?(?:[A-Z]{1,6}\/)?\d{1,5}\/\d{1,5}(?:[-\/]\d{2,5})?\]?(?=[\s:;,.\-–—]|$))?`; // 20/133, ENV/2017/172, [08/24], BKCB/2024/00047
const MOVERS = String.raw`(?:\s*(?:Crs?|Cllrs?|Clr|Councillors?)\.?\s+[\w’'.-]+\s*\/\s*(?:Crs?|Cllrs?|Clr|Councillors?)?\.?\s*[\w’'.-]+)?`;
/** "MOVED by Chairperson A Dalton, seconded by Member S Cattle:" between a resolution's label and its text. */
const MOVED_SECONDED = String.raw`(?:\s*[-–—:]?\s*(?:moved|proposed)\s+by\s*[^:;]{1,90}?,?\s+seconded\s+by\s*[^:;]{1,90}?(?:\s*[:\-–—]|\s+(?=that\b)))?`;
/** "RESOLVED on the motion of Councillors Hart and Mills that …": the movers, before the clause. */
const ON_MOTION_OF = String.raw`(?:\s+on\s+the\s+motion\s+of\s+[^,;:]{1,80}?(?=\s+that\b))?`;
const TAIL = String.raw`(?:\s+(?:unanimously|accordingly|therefore|as follows)\b)?${QUALIFIER}${REFERENCE}${MOVERS}${QUALIFIER}${MOVED_SECONDED}${ON_MOTION_OF}[\s:;,.\-–—]*`;
const PRONOUN = /^(?:it|he|she|they|this|we|which|who|members|officers|chair|chairman|chairperson|chairwoman|mayor|leader|clerk|officer|director|convener|convenor|executive|manager)$/i;

const RESOLVED_START = new RegExp(
  String.raw`^(?:and\s+)?(?:it\s+(?:was|is|has\s+been)\s+(?:(?:also|further|therefore|then|accordingly|subsequently|thereupon|unanimously)\s+)*)?(?:unanimously\s+)?(?:resolved|decided)\b${TAIL}`,
  'i',
);
const NOW_THEREFORE = /^(?:and\s+)?now,?\s+therefore,?\s+(?!be\s+it\b)(?=\w)/i;
const RECOMMEND_LEAD = /^(?:to\s+)?recommend\b(?:\s+to\s+((?:the\s+)?(?:full\s+)?[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'&-]*){0,6}))?\s*[:\-–—]*\s*(?:\(\s*to\s+((?:the\s+)?[A-Z][^()]{1,60}?)\s*\))?\s*(?:that|as follows)?\s*[:\-–—]*\s*$/i;
/** "The Committee resolved", "Council RESOLVED", "the Mayor and Cabinet resolved". */
const BODY_RESOLVED = new RegExp(
  String.raw`^((?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6})(?:(?:has|have|had)\s+)?(?:unanimously\s+)?(?:resolved|RESOLVED|Resolved|decided|DECIDED|Decided)\b${TAIL}`,
);
const AGREED_START = new RegExp(
  String.raw`^(?:(?:AND\s+|And\s+)?AGREED\b|(?:and\s+)?(?:unanimously\s+)?agreed\b(?=\s+(?:that|to)\b)|Agreed\b(?=\s*(?:[:\-–—,]|that\b|to\b|$))|[Ii]t\s+was\s+(?:(?:also|further|therefore|then|unanimously|duly)\s+)*(?:agreed|AGREED)\b(?=\s*(?:[:\-–—,]|that\b|to\b|$)))${TAIL}`,
);
/** "The Committee NOTED the report", "The Board APPROVED the plan": a verdict in capitals, the sentence is the decision. */
const BODY_VERDICT = /^(?:the\s+)?((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6})(NOTED|APPROVED|ENDORSED|RECEIVED|ACCEPTED|ADOPTED)\b/;
/** "... the Mayor and Cabinet agreed that:" ending a line, with the clauses below. */
const ENDS_WITH_MARKER = /\b(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)(?:\s+(?:that|to|as follows))?\s*[:\-–—]+\s*$/;
/**
 * A lead-in naming who decided, with the decisions listed below it: "Cabinet noted that;",
 * "Cabinet approved;", "The Executive recommended to Full Council (at its meeting on 9 June):",
 * "City Council adopted the following:", "the following was resolved;".
 */
const BODY_LEAD_IN = new RegExp(
  String.raw`^(?:(?:following\s+\w+,\s+)?(?:the\s+)?((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6})|members\s+)(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(noted|approved|agreed|endorsed|adopted|resolved|decided|supported|RESOLVED|AGREED|NOTED|APPROVED|recommended|RECOMMENDED)(?:\s+to\s+((?:the\s+)?(?:full\s+)?[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'&-]*){0,6}))?(?:\s*\([^()]*\))?(?:\s+(?:that|to|as follows|the following(?:\s+(?:recommendations?|resolutions?|decisions?|motions?))?))?\s*[:;\-–—]+\s*$`,
);
/** "Cllr Williams introduced the recommendation, seconded by Cllr Griffiths and agreed.", "Recommendations agreed.": the clauses below were adopted. */
const ADOPTED_ABOVE = /(?:\bseconded\s+by\b[^.;]{1,80}\band\s+(?:was\s+)?(?:agreed|carried|approved)|^(?:the\s+)?recommendations?\s+(?:were\s+|was\s+)?(?:agreed|approved|carried|adopted))\s*[.:]?$/i;
const FOLLOWING_LEAD_IN = /(?:^|\b(?:and|then)\s+|\b(?=the following\s)|\b(?=(?:made|took|reached)\s))(?:the following\s+(?:\w+\s+)?(?:was|were|is|are|has been|have been)\s+(?:resolved|agreed|decided|adopted|approved|RESOLVED|AGREED)|(?:resolved|agreed|decided|adopted|approved)\s+the following(?:\s+(?:resolutions?|decisions?|motions?))?|(?:made|took|reached)\s+the\s+following\s+(?:decisions?|resolutions?))\s*[:;\-–—]*\s*$/i;
const SHARED_SUBJECT = /^(?:That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,5}[:\-–—]+\s*$/;
const RESOLUTION_LABEL = new RegExp(String.raw`^(?:(?:council|committee|board|cabinet|meeting)(?:'s|’s)?\s+)?resolution(?:\s+(?:no\.?|number)?\s*[\w/.-]*\d[\w/.-]*)?${MOVED_SECONDED}\s*[:\-–—]?\s*(?=$|that\b|THAT\b)`, 'i');
/** "With these amendments the minutes were passed by resolution of the council;" */
const PASSED_BY_RESOLUTION = /^[^.;]*?\b(?:was|were)\s+(?:passed|carried|adopted)\s+by\s+(?:a\s+)?resolution\b[^.;]*[.;]?/i;
const UPPER_OUTCOME = /^(NOTED|RECEIVED|APPROVED|ENDORSED|ADOPTED|CONFIRMED|DEFERRED|REFUSED|GRANTED|ACCEPTED|REJECTED|DENIED|RATIFIED|AUTHORI[SZ]ED|AWARDED|REFERRED|CONTINUED|TABLED)\b(?:\s+AND\s+(?:FILED|NOTED|RECEIVED|APPROVED|ADOPTED|REFERRED)\b)?[\s,.:;\-–—]*/;
/** "Minutes of the meeting held on 30th January 2024 – APPROVED": the verdict printed after the matter. */
const SUFFIX_OUTCOME = /\s+[-–—]\s*(APPROVED|AGREED|CARRIED|ADOPTED|NOTED|RESOLVED|DEFERRED|REFUSED|GRANTED)\.?$/;
const OUTCOME_EFFECT: Record<string, Effect> = {
  NOTED: 'noted', RECEIVED: 'received', APPROVED: 'approved', ENDORSED: 'endorsed', ADOPTED: 'adopted',
  CONFIRMED: 'confirmed', DEFERRED: 'deferred', REFUSED: 'rejected', GRANTED: 'approved', AGREED: 'agreed',
  CARRIED: 'approved', RESOLVED: 'agreed', ACCEPTED: 'accepted', REJECTED: 'rejected', DENIED: 'rejected', RATIFIED: 'confirmed',
  AUTHORISED: 'authorised', AUTHORIZED: 'authorised', AWARDED: 'approved', REFERRED: 'referred', CONTINUED: 'deferred', TABLED: 'deferred',
};
const DECISION_HEADING = /^(?:(?:the\s+)?decisions?|decision\s+(?:notice|taken|made|of the \w+))\s*[:\-–—]*\s*$/i;
const DECISION_INLINE = /^decisions?\s*(?::|[-–—](?=\s))\s*(?=\S)/i; // "Decision: …", "Decision – …"; not "decision-makers"
/** A status line standing for the decision: "Item Deferred", "Application deferred to the next meeting." */
const ITEM_DEFERRED = /^(?:this\s+)?(?:item|application|matter|report)\s+(?:was\s+|is\s+)?deferred\b[^.;]*\.?$/i;
/** US minutes' "FINAL ACTION: Approved the contract …", also as OCR prints it ("FlNAL AC710N"). */
const FINAL = String.raw`f[i1l]nal\s+ac[t7][i1l][o0]n`;
const FINAL_ACTION = new RegExp(String.raw`^${FINAL}\s*(?::|[-–—](?=\s))\s*(?=\S)`, 'i');
const RECOMMENDED = new RegExp(
  String.raw`^(?:it\s+was\s+(?:(?:also|further|therefore|subsequently|unanimously)\s+)*)?(?:RECOMMENDED|[Rr]ecommended(?=\s*(?:[:\-–—]|to\b|that\b)))(?:\s+to\s+((?:the\s+)?(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,8}))?${TAIL}`,
);
const RECOMMENDS_TO = /^(?:[A-Z][\w’'&\s-]*?\s)?RECOMMENDS\s+TO\s+((?:THE\s+)?[A-Z][\w’'&\s-]*?)\s*[:\-–—]+\s*/;
const ASKED = /^(?:(?:the\s+)?(?:[\w’'&-]+\s+){0,6}?)(?:is|are)\s+(?:asked|requested|invited|recommended)\b(?:\s+to\b)?\s*[:\-–—]*\s*/i;
/** Every agenda invites members to declare interests: procedure, not a recommendation. */
const PROCEDURAL = /\b(?:declare|declaration|disclos\w*|pecuniary|public comments?|invited to attend)\b/i;
/** "Recommendations", "Staff Recommendation", "RECOMMENDED MOTION", "Suggested Action": what a report asks for, below. */
const RECOMMENDATION_WORDS = String.raw`(?:(?:officer|officers|officer’s|officer's|proposed|summary of|staff|staff's|administration's|committee|suggested)\s+)?(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:motions?|resolutions?|actions?)|(?:suggested|requested|recommended)\s+actions?)`;
const RECOMMENDATIONS_HEADING = new RegExp(String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?${RECOMMENDATION_WORDS}(?:\s+(?:for|to)\s+[\w\s]+?)?\s*[:\-–—]?\s*$`, 'i');
/** US agendas: "Recommendation: Adopt Resolution No. 2022-14 …", "Recommendation: Staff recommends City Council receive and file …". */
export const ACTION_VERBS = 'Adopt|Approve|Authori[sz]e|Receive|Discuss|Note|File|Award|Accept|Introduce|Waive|Direct|Consider|Conduct|Find|Determine|Ratify|Appoint|Reject|Deny|Continue|Review|Establish|Amend|Select|Take|Hold|Set|Confirm|Endorse|Allocate|Execute|Enter|Grant|Provide|Refer|Request|Support';
const RECOMMENDATION_IMPERATIVE = new RegExp(String.raw`^(?:staff\s+)?recommendations?\s*[:\-–—]\s*(?=(?:\d\)\s*)?(?:(?:Staff\s+|The\s+(?:[A-Z][\w-]*\s+){1,4})recommends\b|(?:${ACTION_VERBS})\b))`, 'i');
/**
 * US agendas: "3. AWARD OF CONTRACT FOR STREET SIGNS – Approve the contract …", "2. ANNUAL
 * REVIEW - City Council to receive and file this report.": a title in capitals, a dash, and
 * the action asked for. Case matters: the title is capitals, the action opens with a capital verb.
 */
const TITLE_ACTION = new RegExp(String.raw`^(?:\d{1,2}[.)]?\s+)?[A-Z0-9][A-Z0-9’'&(),/.:]{2,}(?:\s+[A-Z0-9’'&(),/.:-]+)*\s+[-–—]\s+(?=(?:(?:City|Town|County|Village)\s+)?(?:Council|Board|Commission)\s+to\s+(?:${ACTION_VERBS.toLowerCase()})\b|(?:${ACTION_VERBS})\s)`);
/** "Staff Recommendation: It is recommended that the Commission …": the label, then the report's own words for what it asks. */
const LABELLED_RECOMMENDED = /^(?:(?:staff|officer|officers|officer’s|officer's|administration's)\s+)?recommendations?\s*[:\-–—]\s*it\s+is\s+(?:hereby\s+|therefore\s+)?recommended\s+(?=that\b)/i;
const RECOMMENDATION_INLINE = new RegExp(String.raw`^(?:${RECOMMENDATION_WORDS})\s*(?:[:\-–—]\s*(?=that\b|to\b|\(?(?:1|a|i)[.)]\s)|\s(?=\(?(?:1|a|i)[.)]\s+that\b))`, 'i');
const EXTERNAL_ONE = /^recommendation\s+(\d{1,3}[a-z]?|[IVX]{1,5})\s*[:.\-–—]\s*(?=\S)/i;
const FOLLOWING = /\bfollowing\s+(?:\w+\s+){0,2}recommendations\b|\brecommendations\s+(?:\w+\s+){0,3}(?:(?:set out|detailed|listed)\s+below|are as follows|were as follows)\b/i;

/** Who may lead into a list of decisions: a body, not a person ("The Chief Executive noted that:"). */
const PERSON_SUBJECT = /\b(?:it|he|she|they|this|we|which|who|officers?|chair\w*|mayor|leader|clerk|directors?|managers?|chief executive|convenor|convener|councillor\s+\w+|cllr\s+\w+)\s*$/i;
const NEGATIVE = /\b(?:not|never|no)\s+(?:\w+\s+)?(?:resolved|agreed|decided|noted|approved|adopted|recommended)\b/i;

/** "The Ombudsman recommends that the Council:", "The Inspector recommended:": another body's list below. */
const OUTSIDE_RECOMMENDS = /^(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}(?:recommends|recommended|made\s+the\s+following\s+recommendations?)\s*(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,4})?[:\-–—]+\s*$/;

/** A wrapped line may start with "resolved by officers": lower case counts only as "resolved:" or "resolved that". */
const LOWER_CONTINUATION = /^(?:resolved|decided|recommended)\b(?!\s*(?:[:\-–—(,]|that\b|to\b|$))/;

export function matchMarker(text: string): Marker | undefined {
  const mended = mendMarkerWord(text);
  if (mended !== undefined) {
    const m = readMarker(mended);
    // The mended word is shorter: the clause after it sits that much further on in the line.
    return m && { ...m, restAt: m.restAt + text.length - mended.length, rest: m.restAt === 0 ? text : m.rest };
  }
  return readMarker(text);
}

function readMarker(text: string): Marker | undefined {
  if (LOWER_CONTINUATION.test(text)) return undefined;
  let m: RegExpExecArray | null;
  // "RECOMMENDATION I - Review of Polling Districts": ModernGov's heading over a Cabinet recommendation, not one quoted.
  if ((m = EXTERNAL_ONE.exec(text)) && !isTitleCase(text.slice(m[0].length))) return at('external-one', text, m, { number: m[1] });
  // "WHEREAS … ; NOW THEREFORE we support the resolution …": the operative words after the recitals.
  if ((m = NOW_THEREFORE.exec(text))) return at('resolved', text, m);
  if ((m = RESOLVED_START.exec(text)) || (m = AGREED_START.exec(text))) {
    // "Resolved to RECOMMEND: (to Council)" / "AGREED to recommend to Council that:": the list below goes to that body.
    const lead = RECOMMEND_LEAD.exec(text.slice(m.index + m[0].length));
    if (lead) return { kind: 'resolved', rest: '', restAt: text.length, to: (lead[1] ?? lead[2] ?? 'Council').replace(/^the\s+/i, '') };
    return at('resolved', text, m);
  }
  if ((m = BODY_RESOLVED.exec(text)) && !PRONOUN.test(m[1].trim().split(/\s+/).pop() ?? '')) return at('resolved', text, m);
  if ((m = BODY_VERDICT.exec(text)) && !PRONOUN.test(m[1].trim().split(/\s+/).pop() ?? '')) {
    return { kind: 'resolved', rest: text, restAt: 0, keepWhole: true, effect: OUTCOME_EFFECT[m[2]] };
  }
  if ((m = RESOLUTION_LABEL.exec(text))) return at('resolved', text, m);
  if ((m = PASSED_BY_RESOLUTION.exec(text))) return { kind: 'resolved', rest: m[0].replace(/[;,]$/, ''), restAt: 0 };
  // "DEFERRED MATTERS/ADDITIONAL BUSINESS" is an agenda heading, not a verdict.
  if ((m = UPPER_OUTCOME.exec(text)) && !/^[A-Z][A-Z\s/&,'’-]*$/.test(text.slice(m[0].length).trim() || 'x')) {
    const rest = text.slice(m[0].length).trim();
    // "APPROVED claims as submitted": the verb is the decision, the words after it only its object.
    if (/^[A-Z ]+\s$/.test(m[0]) && /^(?:[a-z]|the\b|The\b)/.test(rest)) return { kind: 'resolved', rest: text, restAt: 0, keepWhole: true, effect: OUTCOME_EFFECT[m[1]] };
    return { kind: 'resolved', rest, restAt: m[0].length, effect: OUTCOME_EFFECT[m[1]] };
  }
  if ((m = SUFFIX_OUTCOME.exec(text)) && m.index > 0) return { kind: 'resolved', rest: text.slice(0, m.index).trim(), restAt: 0, effect: OUTCOME_EFFECT[m[1]] };
  if ((m = DECISION_HEADING.exec(text))) return { kind: 'decision', rest: '', restAt: text.length };
  if ((m = DECISION_INLINE.exec(text))) return at('resolved', text, m);
  if ((m = FINAL_ACTION.exec(text))) return at('resolved', text, m);
  if (ITEM_DEFERRED.test(text)) return { kind: 'resolved', rest: text, restAt: 0, effect: 'deferred' };
  if ((m = RECOMMENDATION_INLINE.exec(text)) || (m = RECOMMENDATION_IMPERATIVE.exec(text)) || (m = LABELLED_RECOMMENDED.exec(text))) return at('recommendations', text, m);
  // "RECOMMENDATION I - Review of Polling Districts" is a heading: a title after the dash, not an action.
  if (/\s[-–—]\s+[A-Z]/.test(text) && (m = TITLE_ACTION.exec(text)) && !isTitleCase(text.slice(m.index + m[0].length))) return at('recommendations', text, m);
  // Before RECOMMENDED, which would read "RECOMMENDED MOTION" as the committee's marker.
  if ((m = RECOMMENDATIONS_HEADING.exec(text))) return { kind: 'recommendations', rest: '', restAt: text.length };
  if ((m = RECOMMENDS_TO.exec(text))) return at('recommended', text, m, { to: titleCase(m[1].trim()) });
  if ((m = RECOMMENDED.exec(text))) return at('recommended', text, m, m[1] ? { to: m[1].trim().replace(/^the\s+/i, '') } : {});
  if ((m = ASKED.exec(text)) && !PROCEDURAL.test(text)) {
    const rest = text.slice(m[0].length).trim();
    if (!rest || isIntroOnly(rest)) return { kind: 'asked', rest: '', restAt: text.length };
    // "It is recommended that X": the clause is X. "Members are asked to note X": the whole sentence.
    if (/^it\s/i.test(text)) return at('asked', text, m);
    return { kind: 'asked', rest: text, restAt: 0, keepWhole: true };
  }
  if (ENDS_WITH_MARKER.test(text) && !/\b(?:not|never)\s+(?:\w+\s+)?(?:resolved|agreed|decided)\b/i.test(text)) {
    return { kind: 'resolved', rest: '', restAt: text.length };
  }
  // The lead-ins below all end with a colon, semicolon or dash: test that before their long patterns.
  const leadsIn = /[:;\-–—]\s*$/.test(text);
  if (leadsIn && !NEGATIVE.test(text) && (m = BODY_LEAD_IN.exec(text)) && !PERSON_SUBJECT.test(m[1] ?? '')) {
    if (/^recommended$/i.test(m[2])) return { kind: 'recommended', rest: '', restAt: text.length, ...(m[3] ? { to: m[3].replace(/^the\s+/i, '') } : {}) };
    return { kind: 'resolved', rest: '', restAt: text.length };
  }
  if (/following/i.test(text) && !NEGATIVE.test(text) && FOLLOWING_LEAD_IN.test(text)) return { kind: 'resolved', rest: '', restAt: text.length };
  // "That Cabinet:" alone over "1. Approves … 2. Delegates …": the minutes' shared subject, its marker lost.
  if (leadsIn && SHARED_SUBJECT.test(text)) return { kind: 'resolved', rest: '', restAt: text.length, weak: true };
  if (/seconded|recommendation/i.test(text) && !NEGATIVE.test(text) && ADOPTED_ABOVE.test(text)) return { kind: 'resolved', rest: '', restAt: text.length };
  if (FOLLOWING.test(text) || (leadsIn && OUTSIDE_RECOMMENDS.test(text))) return { kind: 'following', rest: '', restAt: text.length };
  return undefined;
}

/** "Review of Polling Districts": a short title with most words capitalised and no sentence end. */
function isTitleCase(text: string): boolean {
  if (/[.;:!?]$/.test(text) || text.length > 100) return false;
  const words = text.split(/\s+/).filter((w) => !/^(?:and|of|the|for|to|in|on|at|a|an|&|-|–)$/i.test(w));
  return words.length > 0 && words.length <= 12 && words.filter((w) => /^[\p{Lu}0-9]/u.test(w)).length / words.length >= 0.75;
}

function at(kind: MarkerKind, text: string, m: RegExpExecArray, extra: Partial<Marker> = {}): Marker {
  const restAt = m.index + m[0].length;
  return { kind, rest: text.slice(restAt).trim(), restAt, ...extra };
}

/**
 * "that –", "to:", nothing at all, or a shared subject with no verb ("that Cabinet:",
 * "The Committee:"): the clauses are on the lines below.
 */
export function isIntroOnly(rest: string): boolean {
  if (/^(?:that|to|as follows)?\s*[:\-–—]*\s*$/i.test(rest)) return true;
  if (/^(?:(?:that|That|THAT)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,6}:\s*$/u.test(rest)) return true;
  // "Resolved: that the Committee" with its lettered clauses below, no colon printed.
  return /^(?:that|That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,5}[\-–—]?\s*$/.test(rest);
}

/** "R E S O L V E D –": a marker word printed letter-spaced. */
const SPACED = /^((?:[A-Za-z] ){3,}[A-Za-z])\b/;
/** OCR reads O as 0, I as 1 or l, E as 3, S as 5: "RES0LVED", "AGR33D". */
const OCR_WORD = /^(?=[A-Za-z0-9]*[A-Za-z]{3})(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{5,11}\b/;
const OCR_MARKERS = /^(?:RESOLVED|AGREED|DECIDED|DECISION|RECOMMENDED)$/;

/** The line with a letter-spaced or OCR-damaged marker word mended, or undefined. */
function mendMarkerWord(text: string): string | undefined {
  const spaced = SPACED.exec(text);
  if (spaced) return spaced[1].replace(/ /g, '') + text.slice(spaced[1].length);
  const ocr = OCR_WORD.exec(text);
  if (!ocr) return undefined;
  const word = ocr[0].toUpperCase().replace(/0/g, 'O').replace(/[1L]/g, (c, i: number) => (ocr[0][i] === 'L' ? 'L' : 'I')).replace(/3/g, 'E').replace(/5/g, 'S');
  return OCR_MARKERS.test(word) ? word + text.slice(ocr[0].length) : undefined;
}

export function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (all, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\b(And|Of|The|For|To|In|On|At)\b(?!$)/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

const NAME_WORD = String.raw`(?:(?:Crs?|Cllrs?|Clr|Councillors?|Mayor|Deputy\s+Mayor)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+`;
/** A motion's movers printed before it: "R2019-72  L. Moore, T. Marchant: That …", "Cr Ames/Cr Bell That …". */
export const MOVER_PAIR = new RegExp(String.raw`^(?:[A-Z]{0,3}\d{2,4}[-/]\d{1,4}\s+)?${NAME_WORD}\s*[,/&]\s*${NAME_WORD}\s*(?::\s*$|(?::\s*|\s+)(?=(?:That|THAT|WHEREAS|Whereas)\s))`);

export type LabelKind = 'minutes' | 'end' | 'moved' | 'carried' | 'lost' | 'vote' | 'agenda-item';

const LABELS: [LabelKind, RegExp][] = [
  ['agenda-item', /^agenda item$/i],
  ['minutes', /^minutes\s*:?$/i],
  ['moved', /^(?:moved|proposed|seconded)(?:\s+by\s*:?|\s*:)\s*\S/i],
  ['moved', /^(?:moved|seconded)\s+(?:cr|cllr|clr|councillor|mayor|deputy)\b/i],
  ['moved', /^motion\s*:?\s*\(/i],
  ['moved', /^(?:it\s+was\s+)?(?:motion\s+(?:by|from)|moved\s+by)\s+\S/i],
  ['moved', /^(?:a\s+)?motion\s+was\s+made\s+by\s+\S/i],
  // "R2019-72  L. Moore, T. Marchant: That we award …", "Cr Ames/Cr Bell That Council …": movers before the motion.
  ['moved', MOVER_PAIR],
  // "Councillor Moss moved and Councillor Reed seconded that ...", "Councillor Young moved:"
  ['moved', /^(?:(?:the\s+)?(?:chair(?:man|person)?|mayor|deputy mayor|leader)|(?:councillors?|cllrs?|cr|clr)\.?\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+(?:moved|proposed)\b(?!\s+(?:to|from|into|out)\b)/i],
  // "FINAL ACTION: Adopted." after a motion: the verdict on it, not a decision of its own.
  ['carried', new RegExp(String.raw`^${FINAL}\s*[:\-–—]\s*(?:adopted|approved|carried|passed)\.?$`, 'i')],
  ['lost', new RegExp(String.raw`^${FINAL}\s*[:\-–—]\s*(?:denied|failed|lost|rejected|defeated)\.?$`, 'i')],
  ['carried', /^["“]?(?:the\s+)?(?:(?:substantive\s+|original\s+)?(?:motion|amendment|recommendation|resolution)s?\s+(?:was\s+|were\s+)?(?:then\s+|duly\s+|unanimously\s+)?)?(?:(?:declared|duly|unanimously)\s+)?(?:carried|adopted|passed)\b/i],
  // "The recommendation was put to the vote and declared carried"; "was not carried" is lost.
  ['carried', /\b(?:motion|amendment|recommendation|resolution)\b.*\b(?:was|were)\s+(?:(?!not\b)[\w,]+\s+){0,7}(?:carried|CARRIED)\b/i],
  ['carried', /^(?:on being put to the vote|upon a vote|on a vote|following a vote)\b.*\b(?:carried|adopted)\b/i],
  ['lost', /^["“]?(?:the\s+)?(?:(?:substantive\s+|original\s+)?(?:motion|amendment|recommendation)s?\s+(?:was\s+|were\s+)?)?(?:lost|defeated|withdrawn|fell|failed|not carried)\b/i],
  ['lost', /\b(?:motion|amendment)\b.*\b(?:was|were)\s+(?:\w+\s+){0,3}(?:lost|LOST|defeated|withdrawn|not carried)\b/i],
  ['lost', /^(?:on being put to the vote|upon a vote|on a vote|following a vote)\b.*\b(?:lost|defeated|fell|not carried)\b/i],
  ['vote', /^(?:for|against|abstain\w*|absent|ayes?|noes?|in favour|nem\.? con\.?)\b\s*[:\-–]?\s*(?:\(?\d+\)?|nil|none)?\s*$/i],
  ['vote', /^(?:for|against|abstain\w*|ayes?|noes?)\s*[:\-–]\s*(?:\d+|(?:cr|cllr|councillors?)\b)/i],
  ['vote', /^\(?\d{1,3}\s*[-–]\s*\d{1,3}\)?$/],
  ['vote', /^(?:for|ayes?|in favour)\s*[:\-–]?\s*\d+\s*[,;.]?\s*(?:against|noes?)\b/i],
  ['end', /^(?:supporting documents|reasons?(?:\s*\(s\))?(?= *:)|reasons? for (?:the )?(?:decisions?|recommendations?)|alternative options(?: considered)?(?: and rejected)?|publication date|date of (?:decision|publication)|decided at meeting|accompanying documents|decision status|decision maker|is (?:this a )?key decision|is subject to call[- ]in|background papers|list of (?:appendices|attached information)|report author|contact(?: officer)?|wards? affected|(?:financial|legal|equalit\w*|risk|resource|staffing)(?: and \w+)? (?:implications|advice)|attachments?|record of (?:the )?vote|declarations? of interest|present|apologies(?: for absence)?|in attendance|officers? in attendance|action|actions|call-?in|note)\s*(?:\([^)]*\))?\s*(?::|[-–]\s|$)/i],
  ['end', /^supporting documents\b/i],
];

export function matchLabel(text: string): LabelKind | undefined {
  for (const [kind, re] of LABELS) if (re.test(text)) return kind;
  return undefined;
}
