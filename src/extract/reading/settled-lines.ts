import type { Line } from '../../text/line.js';
import { matchLabel, matchMarker } from '../markers.js';
import { itemHeading } from '../items.js';
import { evidence } from './clause.js';
import type { Reading } from './state.js';
import { CLOSING_QUOTE } from './unmarked.js';

// Lines whose meaning is settled by their own shape, before any label or marker is tried.
// Each step returns true when it has read the line.

/** "…, seconded Cllr Kirk, all in favour." closing what was proposed; group 1 is what stands before the mover. */
const ALL_IN_FAVOUR = /^(.*?)[,\s]+(?:proposed\s+(?:by\s+)?)?(?:(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+[\w’'-]+,?\s+)?seconded\s+(?:by\s+)?(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+[\w’'-]+(?:\s+(?!and\b)[\w’'-]+)?,?\s+(?:all\s+in\s+favour|unanimously|carried|agreed)\b[^.]*\.?$/i;
/** "Cllr Hidderley proposed (that)": the mover before the matter. */
const MOVER_LEAD = /^(?:cllr|councillor|cr)\.?\s+[\w’'-]+\s+proposed\s+(?!by\b)(?:that\s+)?/i;

/** "Officer's recommendation adopted.", "That the officer recommendation be adopted": the report's clauses above become the decision. */
const RECOMMENDATION_ADOPTED = /^(?:that\s+)?(?:the\s+)?(?:officer|officers|officer['’]s|officers['’]|staff|administration['’]?s?)\s+recommendations?\s+(?:be\s+|was\s+|were\s+|is\s+)?(?:adopted|endorsed|approved|agreed)\b[^.;]*[.;]?$/i;

/** The title of a US or Canadian resolution, ordinance or by-law, in capitals or as "A Resolution of the …". */
const INSTRUMENT_TITLE = /^(?:A|AN)\s+(?:RESOLUTION|ORDINANCE|BY-?LAW)\b[^a-z]*$|^(?:A|An)\s+(?:Resolution|Ordinance|By-?law)\s+of\s+the\b(?![^.;]*\b(?:be|is|was|were)\s)/;

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

/** Parish minutes: "Cllr A proposed minutes accepted as a true record, seconded Cllr B, all in favour." */
export function allInFavour(r: Reading, line: Line): boolean {
  const text = line.text;
  const favour = /seconded/i.test(text) ? ALL_IN_FAVOUR.exec(text) : null;
  if (!favour) return false;
  // "(Proposed Cllr Hale, seconded Cllr Moss, all in favour)": the bracket is no part of what was proposed.
  const what = favour[1].replace(/^\(\s*/, '').replace(MOVER_LEAD, '').replace(/^(?:it\s+was\s+)?(?:that|proposed|moved|seconded)?(?:\s+by)?$/i, '').trim();
  if (what && !/^(?:cllr|councillor|cr)\b/i.test(what)) {
    r.flushMotion();
    r.commit({ kind: 'resolution', parts: [what], line: line.line, column: line.column + text.indexOf(what), item: r.item?.id, rules: evidence('reader.all-in-favour') });
    return true;
  }
  // "Proposed Cllr Kirk, seconded Cllr Hidderley, all in favour.": the vote on the motion above.
  if (!what) {
    r.flushMotion();
    return true;
  }
  return false;
}

/**
 * "RECOMMENDATION / That Council: 1. … 2. …" then "COUNCIL DECISION / Officer's recommendation adopted.":
 * the meeting adopted the report's clauses printed above, so they are its resolutions too.
 */
export function recommendationAdopted(r: Reading, line: Line): boolean {
  if (r.kind !== 'minutes' || !RECOMMENDATION_ADOPTED.test(line.text)) return false;
  r.close();
  const adopted = r.clauses.filter((c) => c.kind === 'recommendation' && c.origin === 'report' && c.item === r.item?.id);
  for (const c of adopted) r.commit({ ...c, kind: 'resolution', origin: undefined, rules: evidence(...c.rules, 'reader.recommendation-adopted') });
  if (!adopted.length) return false;
  r.claimed.push(line.line);
  return true;
}

/** A table row under a decision column is one decision, whatever its words. */
export function tableDecision(r: Reading, line: Line): boolean {
  if (!line.decisionCell) return false;
  r.flushMotion();
  r.commit({ kind: 'resolution', parts: [line.text], line: line.line, column: line.column, item: r.item?.id, rules: evidence('reader.table-decision') });
  return true;
}

/** "RESOLUTION NO. 2025-37" / "A RESOLUTION SUPPORTING THE GRANT APPLICATION": the instrument's title, no clause of it. */
export function instrumentTitle(r: Reading, line: Line): boolean {
  if (!INSTRUMENT_TITLE.test(line.text)) return false;
  // Its number above ("RESOLUTION NO. 2025-37") named it; its clauses come with BE IT RESOLVED.
  if (r.block?.intro && r.block.clauses.length === 0) r.block = undefined;
  else r.close();
  return true;
}

/** "In Favour:" then "K. Lindqvist, R. Okafor, S. Tremblay": who voted, no part of the motion. */
export function voterList(r: Reading, line: Line): boolean {
  const voters = r.votersNext && VOTERS.test(line.text);
  r.votersNext = false;
  return voters;
}
