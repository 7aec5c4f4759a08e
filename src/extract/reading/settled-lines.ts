import { sourceAt, type Line } from '../../text/line.js';
import { matchLabel, matchMarker } from '../markers.js';
import { LEGISTAR_FILE } from '../../lexicon/words.js';
import { isAssentAlone } from '../outcome.js';
import { itemHeading } from '../items.js';
import { evidence } from './clause.js';
import type { Reading } from './state.js';
import { CLOSING_QUOTE } from './unmarked.js';
import { countVotes } from './labels.js';
import { parseNumber } from '../../text/numbering.js';

// Lines whose meaning is settled by their own shape, before any label or marker is tried.
// Each step returns true when it has read the line.

/**
 * "…, seconded Cllr Kirk, all in favour." closing what was proposed; group 1 is what stands before the mover, group 2 the words
 * after an assent that comes first ("Proposed Cllr Amin, seconded Cllr Evans, all in favour: to award £500 to …", "Proposed by
 * Cllr Gale, seconded by Cllr Farrant and unanimously agreed: the contract be renewed", "…, all in favour: the minutes … were
 * approved").
 */
const ALL_IN_FAVOUR = /^(.*?)(?:^|[,\s]+\(?)(?:proposed\s+(?:by\s+)?)?(?:(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+[\w’'-]+,?\s+)?seconded\s+(?:by\s+)?(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+(?:[A-Z]\.\s*){0,3}[\w’'-]+(?:\s+(?!and\b)[\w’'-]+)?,?\s+(?:all\s+in\s+favour|(?:and\s+)?unanimously\s+agreed|unanimously|carried|(?:and\s+)?agreed)\b(?:\s*[:\-–—]+\s*((?:to|that)\s+\S.*|(?:the|this|these|a|an)\s+[^.;:]{2,160}?\s+(?:be|was|were|is|are)\s+\S.*)|[^.]*\.?)$/i;
/** A sub-matter's name before its movers: "Payments:", "b) Grass cutting 2027:" (no sentence: no stop, no verb's "was"). */
const MATTER_NAME = /^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)?[A-Z][^.;:]{1,50}:$/;
/** "Cllr Hidderley proposed (that)": the mover before the matter. */
const MOVER_LEAD = /^(?:cllr|councillor|cr)\.?\s+[\w’'-]+\s+proposed\s+(?!by\b)(?:that\s+)?/i;

/** "Officer's recommendation adopted.", "That the officer recommendation be adopted": the report's clauses above become the decision. */
/**
 * "Officer's recommendation adopted.", and under an item whose recommendation the meeting took with others in one motion,
 * "Adopted en bloc (refer item 9)." / "Carried en bloc".
 */
const RECOMMENDATION_ADOPTED = /^(?:(?:that\s+)?(?:the\s+)?(?:officer|officers|officer['’]s|officers['’]|staff|administration['’]?s?)\s+recommendations?\s+(?:be\s+|was\s+|were\s+|is\s+)?(?:adopted|endorsed|approved|agreed|accepted)\b|(?:(?:the\s+)?(?:officer['’]?s?\s+)?recommendations?\s+(?:was\s+|were\s+)?)?(?:adopted|carried|resolved|endorsed|approved)\s+(?:by\s+)?en\s+bloc\b)[^.;]*[.;]?$/i;

/** The recommendations printed above taken with no word of whose they were: "The recommendation was agreed.", "Following discussion the recommendations were approved unanimously." */
const THE_RECOMMENDATION_ADOPTED = /^(?:(?:following|after)\s+(?:[\w-]+\s+){0,4}?(?:discussion|debate|consideration|questions)\s*,?\s+)?(?:the\s+)?recommendations?\s+(?:(?:was|were|is|are)\s+)?(?:(?:duly|unanimously|then|formally)\s+)?(?:adopted|endorsed|approved|agreed|accepted|carried|supported)\b(?:\s+(?:unanimously|without\s+(?:amendment|change)|as\s+(?:printed|presented|set\s+out(?:\s+in\s+the\s+report)?)))?\s*\.?$/i;

/** The recitals and operative words a resolution printed in full opens with. */
const RESOLVING = /^(?:WHEREAS|NOW,?\s+THEREFORE|(?:AND\s+)?BE\s+IT\s+(?:FURTHER\s+)?RESOLVED)\b/i;

/** The title of a US or Canadian resolution, ordinance or by-law, in capitals ("RESOLUTION AUTHORIZING THE SUPERVISOR …") or as "A Resolution of the …". */
const INSTRUMENT_TITLE = /^(?:A|AN)\s+(?:RESOLUTION|ORDINANCE|BY-?LAW)\b[^a-z]*$|^(?:RESOLUTION|ORDINANCE|BY-?LAW)\s+(?:[A-Z]+ING|TO|OF|FOR)\b[^a-z]*$|^(?:A|An)\s+(?:Resolution|Ordinance|By-?law)\s+of\s+the\b(?![^.;]*\b(?:be|is|was|were)\s)/;

/** A list of voters' names: "K. Lindqvist, R. Okafor and D. Moreau", "Councillors Ames, Bell". */
const VOTER = String.raw`(?:(?:Crs?|Cllrs?|Councillors?|Mayor|Deputy Mayor)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?`;
const VOTERS = new RegExp(String.raw`^${VOTER}(?:\s*(?:,|\band\b|&)\s*${VOTER})*\.?$`);

/**
 * A quoted motion runs on (bullets, paragraphs) to its closing quote; a quote left open
 * (PDFs drop them) ends at the next marker, label or item instead of taking them in.
 */
export function quotedRunOn(r: Reading, line: Line): boolean {
  if (!r.quotedOpen || !r.quoted) return false;
  const text = line.text;
  if (!matchMarker(text, r.lex) && !matchLabel(text, r.lex) && !itemHeading(line)) {
    r.quoted.parts.push(text);
    r.quotedOpen = !CLOSING_QUOTE.test(text) && r.quoted.parts.length < 15;
    return true;
  }
  r.quotedOpen = false;
  return false;
}

/**
 * An Irish council's notice of motion: "Item 10: Motion in the name of Cllr. R. Dwyer" / "“That the Council calls on …”" /
 * "Agreed." (a municipal district's "It was AGREED.", "This was agreed."): the assent on its own line settles the quoted motion
 * above it, as "The motion was agreed." or "Adopted." would.
 */
export function quotedAgreed(r: Reading, line: Line): boolean {
  if (!r.quoted || r.quotedOpen || !isAssentAlone(line.text)) return false;
  const before = r.clauses.length;
  r.flushMotion();
  r.settleQuoted(before, 'reader.quoted-agreed');
  return true;
}

/** Parish minutes: "Cllr A proposed minutes accepted as a true record, seconded Cllr B, all in favour." */
export function allInFavour(r: Reading, line: Line): boolean {
  const text = line.text;
  const favour = /seconded/i.test(text) ? ALL_IN_FAVOUR.exec(text) : null;
  if (!favour) return false;
  // "a) Payments: proposed Cllr Gould, seconded …, all in favour: to approve …": a sub-matter's name and its colon before the
  // movers are no part of what was proposed; its list letter numbers the clause.
  const lead = favour[1].trim();
  const named = favour[2] ? MATTER_NAME.exec(lead) : null;
  if (favour[2] && (!lead || named)) {
    r.flushMotion();
    const number = named ? parseNumber(lead)?.number : undefined;
    r.commit({ kind: 'resolution', number, parts: [favour[2]], line: line.line, column: line.column + text.lastIndexOf(favour[2]), item: r.item?.id, rules: evidence('reader.all-in-favour') });
    return true;
  }
  // "(Proposed Cllr Hale, seconded Cllr Moss, all in favour)": the bracket is no part of what was proposed.
  const what = favour[1].replace(/^\(\s*/, '').replace(MOVER_LEAD, '').replace(/^(?:(?:it|this|the\s+(?:motion|proposal))\s+was\b\s*)?(?:that|proposed|moved|seconded)?(?:\s+by)?$/i, '').trim();
  // "… Cllr Williams introduced the recommendation, seconded by Cllr Griffiths and agreed.": "and agreed" closes a motion
  // read elsewhere; only "Seconded by … and agreed." alone on its line is read here.
  if (what && /\band\s+agreed\b[^.]*\.?$/i.test(text)) return false;
  if (what && !/^(?:cllr|councillor|cr)\b/i.test(what)) {
    r.flushMotion();
    // "It was resolved to adopt the precept … (proposed Cllr Finch, …)": the clause without its marker, as every marked line;
    // "a) Resolved: to approve the payments … (proposed …)" the same under its list's letter.
    const unnumbered = parseNumber(what)?.rest ?? what;
    const marked = /^(?:it\s+was|resolved|agreed|decided)\b/i.test(unnumbered) ? matchMarker(unnumbered, r.lex) : undefined;
    // "The minutes of the meeting held on 21 October were proposed Cllr Ainsworth, seconded Cllr Pryce, all in favour, and signed
    // by the Chairman.": the movers stand inside the sentence, whose verb is on both sides of them; the sentence is the record.
    const whole = /\b(?:was|were|be|been)$/i.test(what) && /\b(?:all\s+in\s+favour|unanimously|carried|agreed),\s+and\s+[a-z]+ed\b/i.test(text);
    const clause = marked?.kind === 'resolved' && marked.rest ? marked.rest : whole ? text.trim() : what;
    r.commit({ kind: 'resolution', parts: [clause], line: line.line, column: line.column + text.indexOf(clause), item: r.item?.id, rules: evidence('reader.all-in-favour') });
    return true;
  }
  // "Proposed Cllr Kirk, seconded Cllr Hidderley, all in favour.": the vote on the motion above.
  // "“That this Council calls on …”" then "Seconded by Cllr. P. Daly and agreed.": on the quoted motion of the item.
  // Not where the motion's words follow the assent ("It was PROPOSED by Cllr. Kenny, SECONDED by Cllr. Walsh and AGREED that
  // …"): the movers' label reads that line.
  if (!what && !/\bagreed\s+(?:that|to)\s+\S/i.test(text)) {
    const before = r.clauses.length;
    r.flushMotion();
    r.settleQuoted(before, 'reader.all-in-favour');
    return true;
  }
  return false;
}

/**
 * "RECOMMENDATION / That Council: 1. … 2. …" then "COUNCIL DECISION / Officer's recommendation adopted.":
 * the meeting adopted the report's clauses printed above, so they are its resolutions too.
 */
export function recommendationAdopted(r: Reading, line: Line): boolean {
  if (r.kind !== 'minutes') return false;
  // "The recommendation was agreed.", "The recommendations were approved unanimously.", "Recommendation agreed.": the report's
  // own, printed above under the item, when there are any (else the sentence is read as it stands).
  if (!RECOMMENDATION_ADOPTED.test(line.text) && !(THE_RECOMMENDATION_ADOPTED.test(line.text) && r.reportRecommendations(true).length > 0)) return false;
  // Christchurch prints "Community Board Resolved CB/2025/4" / "Officer recommendation accepted without change." and then the
  // resolution itself: the verdict waits under its marker, and stands only if no clause follows (see Reading.close).
  const waiting = r.block;
  if (waiting?.intro && waiting.clauses.length === 0 && !waiting.pending && waiting.kind === 'resolution' && !/^that\b/i.test(line.text)) {
    waiting.verdict = line;
    r.claimed.push(line.line);
    return true;
  }
  r.close();
  return r.adoptRecommendations(line);
}

/** A table row under a decision column is one decision, whatever its words. */
export function tableDecision(r: Reading, line: Line): boolean {
  if (!line.decisionCell) return false;
  r.flushMotion();
  r.commit({ kind: 'resolution', parts: [line.text], line: line.line, column: line.column, item: r.item?.id, rules: evidence('reader.table-decision') });
  return true;
}

/**
 * A Legistar meeting table copied as text, its cells run together: "M 0363-2016 *  Rules,
 * Privileges and ElectionsShin-pei Tsay … Referred to Comm by Council  Action details Not
 * available". The file number opens the row and "Action details" closes it; group 1 is the row.
 */
const LEGISTAR_ROW = new RegExp(String.raw`(?<=^|\s)${LEGISTAR_FILE}(?:-[A-Z])?\s*\*?\s*(.+?)\s+Action\s+details\b`, 'g');
/** A line that starts a Legistar row: only these are searched for rows. */
const LEGISTAR_START = new RegExp(String.raw`^${LEGISTAR_FILE}\b`);
/** Legistar's action cell: what the body did with the file ("Rcvd, Ord, Prnt, Fld by Council", "Approved, by Council", "Pass"); "Introduced" and "Hearing Held" decide nothing. */
const LEGISTAR_ACTION = /\b(?:Referred to Comm|Rcvd, Ord, Prnt, Fld|Approved, by|Adopted|Filed by|Laid Over by|Pass(?:ed)?)\b/;

export function legistarRow(r: Reading, line: Line): boolean {
  if (!/\bAction\s+details\b/.test(line.text)) return false;
  // A page flattened to a few long lines holds its table in the middle of one: its rows are read, and the rest of the line
  // (the roll call, the motions above the table) is left to the other steps.
  const inside = !LEGISTAR_START.test(line.text);
  if (inside && (line.text.match(/\bAction\s+details\b/g)?.length ?? 0) < 2) return false;
  // Rows wrapped at the margin are joined into one line: each is read in turn.
  for (const row of line.text.matchAll(LEGISTAR_ROW)) {
    if (!LEGISTAR_ACTION.test(row[1])) continue;
    r.flushMotion();
    // The cells before the title (sponsor, committee, "Received, Ordered, Printed and Filed") end where a word runs into the title's capital: "ElectionsShin-pei Tsay …".
    const found = /^(?:\S+\s+){1,8}?\S*?[a-z](?=[A-Z][a-z])/.exec(row[1]);
    const glued = found && row[1].slice(found[0].length).split(/\s+/).length >= 4 ? found : null;
    const text = glued ? row[1].slice(glued[0].length) : row[1];
    const source = sourceAt(line, row.index + row[0].indexOf(row[1]) + (glued?.[0].length ?? 0));
    r.commit({ kind: 'resolution', parts: [text], line: source.line, column: source.column, item: r.item?.id, rules: evidence('reader.legistar-row') });
  }
  return !inside;
}

/** "RESOLUTION NO. 2025-37" / "A RESOLUTION SUPPORTING THE GRANT APPLICATION": the instrument's title, no clause of it. */
export function instrumentTitle(r: Reading, line: Line): boolean {
  if (!INSTRUMENT_TITLE.test(line.text)) return false;
  // "Member Lindahl introduced the following resolution and moved its adoption:" / "RESOLUTION APPROVING PLANS …" / "The motion
  // for the adoption of the foregoing resolution was duly seconded …": a Minnesota council prints the title alone, no recitals
  // and no BE IT RESOLVED after it, so the title is what was adopted.
  const block = r.block;
  // Its number may stand between ("RESOLUTION NO. 2026-88"), read as a marker of its own.
  const introduced = (): boolean => r.preceding(line, 3).some((l) => /\bintroduced\s+the\s+following\s+resolution\s+and\s+moved\s+its\s+adoption\b/i.test(l.text));
  if (block?.intro && block.clauses.length === 0 && /^marker\.(?:following-lead-in|resolution-label)$/.test(block.rules[0] ?? '') && introduced() && !r.following(line, 3).some((l) => RESOLVING.test(l.text))) {
    r.start(line.text, line);
    return true;
  }
  // Its number above ("RESOLUTION NO. 2025-37") named it; its clauses come with BE IT RESOLVED.
  if (r.block?.intro && r.block.clauses.length === 0) r.block = undefined;
  else r.close();
  return true;
}

/**
 * New Jersey's "Resolution #2027-14 - Authorizing the Payment of Bills" over "Offered by: Committeeman X": the title after the
 * number's dash is what the movers offer, as when it stands on a line of its own under the number. Without a mover line next
 * ("Resolution 2026-14 – Paving Contract" / "Alderman Crockett moved to adopt Resolution 2026-14 …") the line names a motion
 * that carries its own words.
 */
// "RESOLUTION 2027-062 REFERRING THE PROPOSED …": a title in capitals needs no dash after the number, where a page run into
// paragraphs joined the lines.
const NUMBER_DASH_TITLE = /^(?:Resolution|RESOLUTION)\s*(?:#|No\.?|NO\.?)?\s*\d[\w/-]*(?:\s*[-–—:]\s+|\s+(?=[A-Z]{2,}ING\s))((?:[A-Z][a-z]+ing|[A-Z]{2,}ING)\s.{3,})$/;
const OFFERED_BY = /^(?:offered|introduced|moved|proposed|sponsored)\s+by\s*:/i;

export function numberDashTitle(r: Reading, line: Line): boolean {
  const m = NUMBER_DASH_TITLE.exec(line.text);
  const next = m && r.following(line, 1)[0];
  if (!m || !next || !OFFERED_BY.test(next.text)) return false;
  r.flushMotion();
  r.open({ kind: 'resolution', intro: true, bare: false, marker: line, rules: evidence('reader.number-dash-title') });
  r.start(m[1], line, undefined, line.column + line.text.length - m[1].length);
  return true;
}

/** "In Favour:" then "K. Lindqvist, R. Okafor, S. Tremblay": who voted, no part of the motion. */
export function voterList(r: Reading, line: Line): boolean {
  // "AYES:" / "Reinholt. NOES: Tanaka, Vasquez, Obi.": the names are counted with their label.
  if (r.votersNext && r.previous) countVotes(r, `${r.previous.text} ${line.text}`, line.line);
  const voters = r.votersNext && VOTERS.test(line.text);
  r.votersNext = false;
  return voters;
}
