import type { Effect } from '../types.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { foldLatin } from '../text/fold.js';
import { parseNumber } from '../text/numbering.js';
export { MOVER_NUMBERED, MOVER_PAIR } from '../lexicon/labels.js';
export { ACTION_VERBS } from '../lexicon/words.js';
import type { LabelKind } from '../lexicon/labels.js';
import { BODY_NOUNS, NEGATIVE, PERSON_SUBJECT, PRONOUN, PROCEDURAL, VERDICT_EFFECT } from '../lexicon/words.js';

/**
 * Recognise the words that open a decision, a recommendation list or a motion, and
 * the labels that close them. The wordings are the lexicon's `marker.*` and `label.*`
 * rules (src/lexicon/); this file keeps the order they are tried in and the guards
 * around them. Everything here looks at one cleaned line; the block reader
 * (reader.ts) decides what the lines mean together.
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
  /** The lexicon rule that recognised the line (`marker.resolved`): evidence for the records it opens. */
  rule: string;
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
  /** Only a list below it can be its clauses: "The Committee:" is a decision's subject only when numbered clauses follow. */
  listOnly?: boolean;
}

const r = (lex: Lexicon, id: string, text: string): RegExpExecArray | null => lex.byFamily.marker[id].exec(text);
/** The body a recommendation goes to, as a lead-in names it ("TO COUNCIL" in title case), the Council when it names none. */
const recipient = (named: string | undefined): string => titleCase(named ?? 'Council').replace(/^the\s+/i, '');

/** A meeting's own body and its verb of decision, before what it decided: "The Committee agreed ", "The Board resolved ". */
const BODY_AGREED = /^(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Committee|Sub-Committee|Board|Cabinet|Panel|Council|Executive|Forum|Commission)\s+(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\s+/;

/** A wrapped line may start with "resolved by officers": lower case counts only as "resolved:", "resolved (unanimously) that / to". */
const LOWER_CONTINUATION = /^(?:resolved|decided|recommended)\b(?!\s*(?:[:\-–—(,]|(?:unanimously\s+)?(?:that|to)\b|$))/;

export function matchMarker(text: string, lex: Lexicon = lexiconFor()): Marker | undefined {
  const mended = mendMarkerWord(text);
  if (mended !== undefined) {
    const m = readMarker(mended, lex);
    // The mended word is shorter: the clause after it sits that much further on in the line.
    return m && { ...m, restAt: m.restAt + text.length - mended.length, rest: m.restAt === 0 ? text : m.rest };
  }
  return readMarker(text, lex) ?? bilingualHeading(text, lex) ?? folded(text, lex);
}

/**
 * "That the Ōtaki Community Board:": the patterns spell names in ASCII, so a line with accents that matched nothing is read
 * again folded; what the marker keeps is read back from the line itself, at the same places.
 */
function folded(text: string, lex: Lexicon): Marker | undefined {
  const ascii = foldLatin(text);
  if (ascii === text) return undefined;
  const m = readMarker(ascii, lex) ?? bilingualHeading(ascii, lex);
  if (!m) return undefined;
  const at = m.to ? ascii.indexOf(m.to) : -1;
  return { ...m, rest: text.slice(m.restAt, m.restAt + m.rest.length), ...(at >= 0 ? { to: text.slice(at, at + m.to!.length) } : {}) };
}

/** "Tūtohu / Recommendation", "Ngā Tūtohunga | Recommendations", "Penderfyniad / Decision": a heading printed in two languages. */
const TWO_LANGUAGES = /^([^/|]{2,40}?)\s+[/|]\s+([^/|]{2,40})$/;

/** Either half of a two-language heading may be the marker; only a heading with nothing after it counts. */
function bilingualHeading(text: string, lex: Lexicon): Marker | undefined {
  const halves = TWO_LANGUAGES.exec(text.trim());
  if (!halves) return undefined;
  for (const half of [halves[2], halves[1]]) {
    const m = readMarker(half.trim(), lex);
    if (m && !m.rest.trim()) return { ...m, rest: '', restAt: text.length };
  }
  return undefined;
}

/** The body before a verb is a person or a pronoun ("It resolved", "The Chief Executive noted that:"). */
const personal = (name: string): boolean => PRONOUN.test(name.trim().split(/\s+/).pop() ?? '');
const effectOf = (word: string): Effect | undefined => VERDICT_EFFECT[word as keyof typeof VERDICT_EFFECT];

function readMarker(text: string, lex: Lexicon): Marker | undefined {
  if (LOWER_CONTINUATION.test(text)) return undefined;
  let m: RegExpExecArray | null;
  // "RECOMMENDATION I - Review of Polling Districts": ModernGov's heading over a Cabinet recommendation, not one quoted.
  if ((m = r(lex, 'external-one', text)) && !isTitleCase(text.slice(m[0].length))) return at('external-one', 'external-one', text, m, { number: m[1] ?? m[2] });
  if ((m = r(lex, 'recommendation-should', text))) return at('external-one', 'recommendation-should', text, m, { number: '' });
  // "WHEREAS … ; NOW THEREFORE we support the resolution …": the operative words after the recitals.
  if ((m = r(lex, 'now-therefore', text))) return at('resolved', 'now-therefore', text, m);
  if ((m = r(lex, 'be-it-resolved', text))) return at('resolved', 'be-it-resolved', text, m);
  // "The Committee agreed to recommend to the Council:-" over "(a) that … (b) that …": the body's own verb before that lead.
  const body = BODY_AGREED.exec(text);
  // Not "The Panel AGREED to make the following recommendations to Cabinet:", read by marker.own-recommendations.
  const recommends = body && /^to\s+recommend\b/i.test(text.slice(body[0].length)) ? r(lex, 'resolved-to-recommend', text.slice(body[0].length)) : null;
  if (recommends) return { kind: 'resolved', rule: 'marker.resolved-to-recommend', rest: '', restAt: text.length, to: recipient(recommends[1] ?? recommends[2]) };
  const resolved = r(lex, 'resolved', text);
  if (!resolved && (m = r(lex, 'voted', text))) return at('resolved', 'voted', text, m);
  if (!resolved && /^determined/i.test(text) && (m = r(lex, 'determined', text))) return at('resolved', 'determined', text, m);
  if (!resolved && /ordered/i.test(text.slice(0, 40)) && (m = r(lex, 'ordered', text))) return at('resolved', 'ordered', text, m);
  if ((m = resolved ?? r(lex, 'agreed', text))) {
    // "Resolved to RECOMMEND: (to Council)" / "AGREED to recommend to Council that:": the list below goes to that body.
    const lead = r(lex, 'resolved-to-recommend', text.slice(m.index + m[0].length));
    // "RESOLVED TO RECOMMEND TO COUNCIL:": the body in capitals read in title case, as the other markers read theirs.
    if (lead) return { kind: 'resolved', rule: 'marker.resolved-to-recommend', rest: '', restAt: text.length, to: recipient(lead[1] ?? lead[2]) };
    // "AGREED TO RECOMMEND, on the proposal of Councillor Cathcart, seconded by …, that the recommendation be adopted.": one clause.
    const inline = r(lex, 'recommend-movers-that', text.slice(m.index + m[0].length));
    if (inline) {
      const restAt = m.index + m[0].length + inline[0].length;
      return { kind: 'resolved', rule: 'marker.recommend-movers-that', rest: text.slice(restAt), restAt, to: recipient(inline[1]) };
    }
    return at('resolved', resolved ? 'resolved' : 'agreed', text, m);
  }
  if ((m = r(lex, 'body-resolved', text)) && !personal(m[1])) return at('resolved', 'body-resolved', text, m);
  if ((m = r(lex, 'body-verdict', text)) && !personal(m[1])) {
    return { kind: 'resolved', rule: 'marker.body-verdict', rest: text, restAt: 0, keepWhole: true, effect: effectOf(m[2]) };
  }
  if ((m = r(lex, 'resolution-label', text))) return at('resolved', 'resolution-label', text, m);
  if ((m = r(lex, 'passed-by-resolution', text))) return { kind: 'resolved', rule: 'marker.passed-by-resolution', rest: m[0].replace(/[;,]$/, ''), restAt: 0 };
  // "DEFERRED MATTERS/ADDITIONAL BUSINESS" is an agenda heading, not a verdict.
  if ((m = r(lex, 'upper-outcome', text)) && !/^[A-Z][A-Z\s/&,'’-]*$/.test(text.slice(m[0].length).trim() || 'x')) {
    const rest = text.slice(m[0].length).trim();
    const rule = 'marker.upper-outcome';
    // "NOTED." / "RECEIVED" alone under an item: the word is the whole decision, its own text. A colon or dash leads into clauses below.
    if (!rest && !/[:\-–—]\s*$/.test(text)) return { kind: 'resolved', rule, rest: text, restAt: 0, keepWhole: true, effect: effectOf(m[1]) };
    // "APPROVED on a motion by Councilman Reyes, seconded by Councilwoman Abbott, to purchase …": the movers stand between.
    const movers = /^(?:on|upon)\s+(?:a\s+)?motion\s+(?:by|of)\s+[^,;]{2,60},\s*(?:duly\s+)?(?:seconded|second)\s+by\s+[^,;]{2,60}?,?\s+(?=(?:to|that)\s)/i.exec(rest);
    if (movers) return { kind: 'resolved', rule, rest: rest.slice(movers[0].length), restAt: text.indexOf(rest) + movers[0].length, effect: effectOf(m[1]) };
    // "APPROVED claims as submitted": the verb is the decision, the words after it only its object ("CONTINUED THE PUBLIC
    // HEARING … TO APRIL 27, 2027" in minutes typed in capitals).
    if (/^[A-Z ]+\s$/.test(m[0]) && /^(?:[a-z]|the\b|The\b|THE\b)/.test(rest)) return { kind: 'resolved', rule, rest: text, restAt: 0, keepWhole: true, effect: effectOf(m[1]) };
    return { kind: 'resolved', rule, rest, restAt: m[0].length, effect: effectOf(m[1]) };
  }
  if (/^[A-Z][a-z]+\s*:/.test(text) && (m = r(lex, 'outcome-label', text))) {
    return { kind: 'resolved', rule: 'marker.outcome-label', rest: text.slice(m[0].length), restAt: m[0].length, effect: effectOf(m[1].toUpperCase()) };
  }
  if ((m = r(lex, 'suffix-outcome', text)) && m.index > 0) return { kind: 'resolved', rule: 'marker.suffix-outcome', rest: text.slice(0, m.index).trim(), restAt: 0, effect: effectOf(m[1] ?? (m[2] ?? m[3]).toUpperCase()) };
  // "To approve the payments list. Resolved.": the agenda's words, their stop kept, as on a line of their own; a verdict after its
  // matter, read as the suffix-outcome rule's are (VERDICT_AFTER).
  if (/^\S*\s*To\s/.test(text) && (m = r(lex, 'agenda-verdict', text))) return { kind: 'resolved', rule: 'marker.agenda-verdict', rest: m[1].trim(), restAt: 0, effect: effectOf(m[2].toUpperCase()) };
  if (r(lex, 'decision-heading', text)) return { kind: 'decision', rule: 'marker.decision-heading', rest: '', restAt: text.length };
  if ((m = r(lex, 'decision-inline', text))) return at('resolved', 'decision-inline', text, m);
  if ((m = r(lex, 'final-action', text))) return at('resolved', 'final-action', text, m);
  if (r(lex, 'item-deferred', text)) return { kind: 'resolved', rule: 'marker.item-deferred', rest: text, restAt: 0, effect: 'deferred' };
  if ((m = r(lex, 'item-verdict', text))) return { kind: 'resolved', rule: 'marker.item-verdict', rest: text, restAt: 0, keepWhole: true, effect: effectOf(m[1].toUpperCase()) };
  for (const id of ['recommendation-inline', 'recommendation-imperative', 'labelled-recommended']) {
    if ((m = r(lex, id, text))) return at('recommendations', id, text, m);
  }
  if ((m = r(lex, 'recommendation-to-body', text))) return at('recommended', 'recommendation-to-body', text, m, { to: titleCase(m[1].trim()).replace(/^the\s+/i, '') });
  // "RECOMMENDATION I - Review of Polling Districts" is a heading: a title after the dash, not an action.
  if (/\s[-–—]\s+[A-Z]/.test(text) && (m = r(lex, 'title-action', text)) && !isTitleCase(text.slice(m.index + m[0].length))) return at('recommendations', 'title-action', text, m);
  if (/resolution/i.test(text) && (m = r(lex, 'resolution-proposal', text))) return at('recommendations', 'resolution-proposal', text, m);
  // Before RECOMMENDED, which would read "RECOMMENDED MOTION" as the committee's marker.
  if (r(lex, 'recommendations-heading', text)) return { kind: 'recommendations', rule: 'marker.recommendations-heading', rest: '', restAt: text.length };
  if (r(lex, 'consider-and-adopt', text)) return { kind: 'recommendations', rule: 'marker.consider-and-adopt', rest: '', restAt: text.length };
  if (r(lex, 'proposal-heading', text)) return { kind: 'recommendations', rule: 'marker.proposal-heading', rest: '', restAt: text.length };
  if ((m = r(lex, 'body-recommends-to', text)) && !personal(text.slice(0, m[0].search(/\s(?:recommend|RECOMMEND)/)))) {
    // "Resolved (Morrison/Lee)" / "That the Community Board recommends to the Transport Committee that …": under an open
    // marker or motion, the clause it announced, which recommends (a resolution with its referral); alone, or as a lead-in
    // ("That the Committee recommends that Council:"), a marker.
    return at('recommended', 'body-recommends-to', text, m, { to: titleCase((m[1] ?? m[2] ?? m[3] ?? m[4]).trim()).replace(/^the\s+/i, ''), ...(/^that\s/i.test(text) && m[2] && !/:\s*$/.test(text) ? { weak: true } : {}) });
  }
  if ((m = r(lex, 'recommends-to', text))) return at('recommended', 'recommends-to', text, m, { to: titleCase(m[1].trim()) });
  if (r(lex, 'body-recommends-list', text)) return { kind: 'recommended', rule: 'marker.body-recommends-list', rest: '', restAt: text.length };
  // "RECOMMENDED TO COUNCIL": a body's name in capitals is given in title case.
  // "RECOMMENDED TO COUNCIL BY MPAC": the committee that recommends, after "by", is no part of the body it goes to.
  if ((m = r(lex, 'recommended', text))) return at('recommended', 'recommended', text, m, m[1] ? { to: titleCase(m[1]).trim().replace(/^the\s+/i, '').replace(/\s+by\s+(?:the\s+)?\S.*$/i, '') } : {});
  if ((m = r(lex, 'asked', text)) && !PROCEDURAL.test(text)) {
    const rest = text.slice(m[0].length).trim();
    const rule = 'marker.asked';
    if (!rest || isIntroOnly(rest)) return { kind: 'asked', rule, rest: '', restAt: text.length };
    // "It is recommended that X": the clause is X. "Members are asked to note X": the whole sentence.
    if (/^it\s/i.test(text)) return at('asked', 'asked', text, m);
    return { kind: 'asked', rule, rest: text, restAt: 0, keepWhole: true };
  }
  if ((m = r(lex, 'staff-recommends', text))) {
    const rest = text.slice(m[0].length).trim();
    return !rest || isIntroOnly(rest) ? { kind: 'asked', rule: 'marker.staff-recommends', rest: '', restAt: text.length } : at('asked', 'staff-recommends', text, m);
  }
  if ((m = r(lex, 'report-recommended', text))) {
    const rest = text.slice(m[0].length).trim();
    return !rest || isIntroOnly(rest) ? { kind: 'asked', rule: 'marker.report-recommended', rest: '', restAt: text.length } : at('asked', 'report-recommended', text, m);
  }
  if (r(lex, 'ends-with-marker', text) && !/\b(?:not|never)\s+(?:\w+\s+)?(?:resolved|agreed|decided)\b/i.test(text)) {
    // "After discussion the following awards were agreed:" over the groups and their sums: one decision, as below.
    if (SUMS_LISTED.test(text)) return sumsListed(text, 'marker.ends-with-marker');
    return { kind: 'resolved', rule: 'marker.ends-with-marker', rest: '', restAt: text.length };
  }
  // The lead-ins below all end with a colon, semicolon or dash: test that before their long patterns. "The Forum agreed to",
  // cut from the list run on after it (text/split.ts), leads in with no stop.
  const leadsIn = /[:;\-–—]\s*$/.test(text);
  if ((leadsIn || /\s(?:to|that)$/.test(text)) && !NEGATIVE.test(text) && (m = r(lex, 'body-lead-in', text)) && !PERSON_SUBJECT.test(m[1] ?? '')) {
    const rule = 'marker.body-lead-in';
    if (/^recommended$/i.test(m[2])) return { kind: 'recommended', rule, rest: '', restAt: text.length, ...(m[3] ? { to: m[3].replace(/^the\s+/i, '') } : {}) };
    return { kind: 'resolved', rule, rest: '', restAt: text.length };
  }
  if ((/following|as\s+follows/i.test(text) || /\d\s+(?:through|thru|to|[-–])\s+#?[\w.-]*\d/i.test(text)) && !NEGATIVE.test(text) && r(lex, 'following-lead-in', text)) {
    if (SUMS_LISTED.test(text)) return sumsListed(text, 'marker.following-lead-in');
    return { kind: 'resolved', rule: 'marker.following-lead-in', rest: '', restAt: text.length };
  }
  if (leadsIn && /as\s+follows|following\s+recommendation/i.test(text) && r(lex, 'adopted-as-follows', text)) return { kind: 'resolved', rule: 'marker.adopted-as-follows', rest: '', restAt: text.length };
  if (leadsIn && /recommendation/i.test(text) && r(lex, 'recommendations-adopted-namely', text)) return { kind: 'resolved', rule: 'marker.recommendations-adopted-namely', rest: '', restAt: text.length };
  // "That Cabinet:" alone over "1. Approves … 2. Delegates …": the minutes' shared subject, its marker lost.
  if (leadsIn && r(lex, 'shared-subject', text)) return { kind: 'resolved', rule: 'marker.shared-subject', rest: '', restAt: text.length, weak: true };
  if (leadsIn && r(lex, 'body-subject', text)) return { kind: 'resolved', rule: 'marker.body-subject', rest: '', restAt: text.length, weak: true, listOnly: true };
  if (/seconded|recommendation/i.test(text) && !NEGATIVE.test(text) && r(lex, 'adopted-above', text)) return { kind: 'resolved', rule: 'marker.adopted-above', rest: '', restAt: text.length };
  // "The Committee made the following recommendations to the Executive Member …:": the meeting's own, not another body's.
  const own = r(lex, 'own-recommendations', text);
  if (own) return { kind: 'recommended', rule: 'marker.own-recommendations', rest: '', restAt: text.length, ...(own[1] && !PERSON_TITLE.test(own[1]) ? { to: own[1].replace(/^the\s+/i, '') } : {}) };
  if (r(lex, 'following', text)) return { kind: 'following', rule: 'marker.following', rest: '', restAt: text.length };
  if (leadsIn && r(lex, 'outside-recommends', text)) return { kind: 'following', rule: 'marker.outside-recommends', rest: '', restAt: text.length };
  return undefined;
}

/** An office holder, to whom a recommendation goes but who is no body to refer it to (GUIDE). */
const PERSON_TITLE = /\b(?:Member|Holder|Leader|Mayor|Director|Secretary|Minister|Officer|Chair\w*|Manager)\b/i;

/** What a list of sums is called: "the following payments", "the following accounts for payment", "the following grants". */
const SUMS_LISTED = /\bfollowing\s+(?:\w+\s+)?(?:payments|accounts|invoices|cheques|amounts|sums|grants|awards|donations|expenditure)\b/i;

/**
 * "The following payments were approved:" over the payees and their sums: the list is the content of one decision, and
 * the sentence its first words, as "RESOLVED that the following payments be approved:" keeps them. The paragraph's number
 * before it ("5.1 The following payments …") is no number of a list, and the report before it in the same paragraph ("The
 * Treasurer reported that eleven applications had been received.") no part of the decision.
 */
function sumsListed(text: string, rule: string): Marker {
  const numbered = parseNumber(text);
  let restAt = numbered ? text.indexOf(numbered.rest, numbered.number.raw.length) : 0;
  const lead = SUMS_LISTED.exec(text)?.index ?? 0;
  for (const stop of text.slice(0, lead).matchAll(/[.!?]\s+(?=[A-Z])/g)) restAt = Math.max(restAt, stop.index + stop[0].length);
  return { kind: 'resolved', rule, rest: text.slice(restAt), restAt };
}

/** "Review of Polling Districts": a short title with most words capitalised and no sentence end. */
function isTitleCase(text: string): boolean {
  if (/[.;:!?]$/.test(text) || text.length > 100) return false;
  const words = text.split(/\s+/).filter((w) => !/^(?:and|of|the|for|to|in|on|at|a|an|&|-|–)$/i.test(w));
  return words.length > 0 && words.length <= 12 && words.filter((w) => /^[\p{Lu}0-9]/u.test(w)).length / words.length >= 0.75;
}

function at(kind: MarkerKind, id: string, text: string, m: RegExpExecArray, extra: Partial<Marker> = {}): Marker {
  const restAt = m.index + m[0].length;
  return { kind, rule: `marker.${id}`, rest: text.slice(restAt).trim(), restAt, ...extra };
}

/** Ontario's "That the Committee of the Whole recommend to Council:" over its "THAT …" clauses, moved and seconded above. */
const RECOMMEND_TO_INTRO = /^(?:that|That|THAT)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\w’'&-]*\s*(?:(?:and|of|&|of\s+the)\s+)?){1,6}\s*(?:recommends?|RECOMMENDS?)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?((?:\p{Lu}[\p{L}\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,5}):\s*$/u;

/** The body a lead-in with no clause of its own recommends the clauses below to ("… recommend to Council:"), if it names one. */
export function introRecommendsTo(rest: string): string | undefined {
  return RECOMMEND_TO_INTRO.exec(rest)?.[1].trim();
}

/**
 * "that –", "to:", nothing at all, or a shared subject with no verb ("that Cabinet:",
 * "The Committee:"): the clauses are on the lines below.
 */
export function isIntroOnly(rest: string): boolean {
  if (/^(?:that|to|as follows)?\s*[:\-–—]*\s*$/i.test(rest)) return true;
  // "BE IT RESOLVED by the City Council of the City of Pine Hollow as follows:" over its sections.
  if (/^by\s+(?:the\s+)?[^.;:]{3,120}?\s+as\s+follows\s*[:\-–—]*\s*$/i.test(rest)) return true;
  // An Ontario by-law's "NOW THEREFORE the Council of the Corporation of the Town of … enacts as follows:", a US
  // ordinance's "… does ordain as follows:": the body, its verb, and the numbered sections below.
  if (/^(?:the\s+)?[^.;:]{3,160}?\s+(?:hereby\s+)?(?:does\s+(?:hereby\s+)?)?(?:enacts?|ordains?|resolves?)\s+as\s+follows\s*[:\-–—]*\s*$/i.test(rest)) return true;
  // ("RECOMMEND TO COUNCIL:" in capitals is a verb and its body, the lead-in of the list below.)
  if (/^(?!.*\sTO\s)(?:(?:that|That|THAT)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,6}:\s*$/u.test(rest)) return true;
  // "The Panel is asked to consider the report and:": to deliberate is no recommendation; the list below holds them.
  if (/^(?:consider|review|discuss)(?:\s+(?:the|this)\s+(?:report|update|paper|information|proposals?))?\s+and(?:,?\s+if\s+(?:so\s+)?minded,?)?\s*(?:to\s*)?[:\-–—]+\s*$/i.test(rest)) return true;
  // "RESOLVED: The Board" over bullets, "DECISION: The Board AGREED:": a body alone, or its verb and a colon, with the
  // decisions listed below.
  if (BODY_ALONE.test(rest)) return true;
  if (RECOMMEND_TO_INTRO.test(rest)) return true;
  // "Recommendation: That the Committee agrees to" cut from the "(a) note …; (b) approve …" run on after it (text/split.ts).
  if (/^(?:that|That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?:agrees?|resolves?|decides?|(?:is|are)\s+(?:asked|requested|recommended))\s+to\s*$/.test(rest)) return true;
  // An Ontario council's "That the following by-laws be read a first, second and third time and finally passed:" over one
  // by-law a line: each is passed, the lead-in only says how.
  if (/^(?:that\s+)?(?:the\s+)?following\s+(?:by-?laws|ordinances|resolutions)\s+be\s+[^.;:]{2,120}?\s*:\s*[-–—]?\s*$/i.test(rest)) return true;
  // "Resolved: that the Committee" with its lettered clauses below, no colon printed.
  return /^(?:that|That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,5}[\-–—]?\s*$/.test(rest);
}

const BODY_ALONE = new RegExp(String.raw`^(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,4}(?:${BODY_NOUNS})(?:\s+(?:AGREED|RESOLVED|DECIDED|agreed|resolved|decided)(?:\s+(?:that|to|as\s+follows))?\s*[:\-–—]+)?\s*$`);

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

/** A name printed in capitals, in title case; text with any lower case is already cased as its writer meant, and kept. */
export function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  // "BÉAL ÁTHA", "TAUPŌ": a capital of any script opens its word.
  return s.toLowerCase().replace(/(^|[\s(/-])(\p{Ll})/gu, (all, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\b(And|Of|The|For|To|In|On|At)\b(?!$)/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

/** Markers whose line is a matter and its verdict after it: the whole decision, one a line. */
export const VERDICT_AFTER = new Set(['marker.suffix-outcome', 'marker.agenda-verdict']);

/** The label a line is, and the rule that says so; `except` passes over the rules of one kind. */
export function matchLabel(text: string, lex: Lexicon = lexiconFor(), except?: LabelKind): { kind: LabelKind; rule: string } | undefined {
  for (const l of lex.labels) if (l.kind !== except && l.pattern.test(text)) return { kind: l.kind, rule: l.id };
  return undefined;
}

/**
 * "Main Motion as Amended Carried": the verdict on a motion after its amendment (label.main-motion-carried). Every wording of
 * it names the motion, so a line without the word skips the label chain; the reader looks ahead for it after each verdict.
 */
export function isMainMotionVerdict(text: string, lex: Lexicon = lexiconFor()): boolean {
  return /motion/i.test(text) && matchLabel(text, lex)?.rule === 'label.main-motion-carried';
}

/** The match of one label rule (`id`, as matchLabel names it) on `text`: where the label's own words end. */
export function labelMatch(text: string, id: string, lex: Lexicon = lexiconFor()): RegExpExecArray | null {
  return lex.labels.find((l) => l.id === id)?.pattern.exec(text) ?? null;
}
