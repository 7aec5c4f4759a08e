import type { Line } from '../../text/line.js';
import type { ParsedNumber } from '../../text/numbering.js';
import { matchLabel, type Marker } from '../markers.js';
import { AGREED_THE_MOTION, carried, onLabel } from './labels.js';
import { isBareClause, isMotionText } from '../bare.js';
import { outcomeSentences } from '../outcome.js';
import { itemHeading, minuteRefOnly, numberOnly, tidyTitle } from '../items.js';
import { isShouting } from '../../text/shouting.js';
import { evidence } from './clause.js';
import type { Reading } from './state.js';
import { COUNCILLOR } from '../../lexicon/words.js';

/** A body alone before its colon, the lead-in of a motion's list: "Council:", "The Committee:". */
const BODY_LEAD = /^(?:the\s+)?(?:council|committee|board|cabinet|panel|commission|executive)\s*:$/i;

/** A report's label over the papers attached to it: "Attachments:", "Appendices:", "Enclosures:". */
const ATTACHMENTS_LABEL = /^(?:attachments?|appendices|appendix|annex(?:es)?|enclosures?|background\s+papers)\s*:$/i;

/**
 * A motion in quotes: "“That …”", or a Scottish notice of motion's words with no "That", the body and its verb in the present:
 * "“Council agrees to write to the Scottish Government …”", "“This Council calls on …”".
 */
const QUOTED_MOTION = /^[“"]\s*(?:(?:That|THAT|that)\s|(?:(?:This|The)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Council|Committee|Board|Cabinet|Authority|Assembly)\s+(?:\w+ly\s+)?(?:agrees|notes|calls|asks|requests|resolves|instructs|welcomes|supports|condemns|recognises|recognizes|acknowledges|commits|refers|writes|endorses|approves)\b)/;
/** An Irish notice of motion printed with its mover first: "6.1 Cllr. Quirke: “That this Council calls on …”". */
const MOVER_THEN_QUOTE = new RegExp(String.raw`^${COUNCILLOR}\.?\s+(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}(?:(?:proposed|moved)(?:\s+the\s+following(?:\s+motion)?)?\s*)?:\s*(?=[“"]\s*(?:That|THAT|that)\s)`, 'u');
/** Mover labels that name who moved ("a) Motion to adopt the agenda." is a sub-item's title). */
const MOVER_NAMED = /^label\.(?:mover-verb|motion-by|moved-by|moved-councillor|made-motion|mover-pair)$/;
/** A measure's verdict told alone: "Ordinance adopted.", "Resolution passed." */
const MEASURE_VERDICT_ALONE = /^(?:the\s+)?(?:ordinance|resolution|by-?law|motion)\s+(?:was\s+)?(?:adopted|passed|approved|carried)\.?$/i;
/** A motion's words with no quotes: "That", a capital, and four words more at least. */
const THAT_MOTION = /^That\s+\p{Lu}?\S*(?:\s+\S+){4}/u;
/** A quoted motion's last line: its closing quote. */
export const CLOSING_QUOTE = /[”"][.;]?$/;

/** "7" or "Minute 52" alone on the line above: this line, if it reads as a title, names that item. */
export function pendingTitle(r: Reading, line: Line, parsed: ParsedNumber | undefined, found: Marker | undefined): boolean {
  const p = r.pendingNumber;
  if (!p) return false;
  r.pendingNumber = undefined;
  const text = line.text;
  // "ENV/2017/172" / "That the report be noted.": a resolution's reference over its clause, which names no item.
  if (/^(?:That|THAT)\s/.test(text)) return false;
  // A title may end in a stop only under a labelled number ("AGENDA ITEM 7" / "Consider and take action on the burn ban."):
  // under a bare "7" a sentence is more likely a page's.
  if (parsed || text.length >= 160 || (/[.;,]$/.test(text) && !(p.labelled && /\.$/.test(text))) || found) return false;
  // "ER/27/41" (a resolution's number under its "CARRIED") then "Item 4.2 Gravel Extraction Consents": a heading with a number
  // of its own is its own item.
  if (itemHeading(line)?.number) return false;
  // "43" / "STAFF REPORT PLN022-18 September 10, 2018 Page: 1 File: …": a page's number over its running head names no item.
  if (/\bPage\s*:?\s*\d/i.test(text)) return false;
  // "AGENDA ITEM 12.4" over "REPORT TITLE: Urban Heat Strategy": the report's own label is no part of the title.
  r.newItem(p.raw, tidyTitle(p.labelled ? text.replace(/\.$/, '').replace(/^(?:report\s+)?(?:title|subject)\s*:\s*/i, '') : text), p.line);
  return true;
}

/**
 * A line outside any block with no marker word: an item's number or heading, a motion's
 * text, a quoted motion, a clause that decides by its own shape, or an outcome sentence.
 */
export function unmarkedLine(r: Reading, line: Line, parsed: ParsedNumber | undefined): void {
  const text = line.text;
  const only = numberOnly(text) ?? minuteRefOnly(text);
  if (only) {
    r.pendingNumber = { raw: only, line, labelled: /^\D/.test(text) };
    return;
  }
  const heading = itemHeading(line);
  // Under "COUNCIL DECISION", "1) Approve the Pay Policy;" is a clause whatever its shape, but "10.2 REQUEST FOR FEE WAIVER"
  // (a section number, a title in capitals) is the next item, as is "11.2 Request to Waive Hall Hire Fees" under item 11.1.
  const nextSection = parsed?.number.style === 'decimal' && parsed.number.parts.length >= 2 && (isShouting(parsed.rest) || r.followsItem(parsed.number));
  // "Attachments:" / "1. Draft Road Safety Strategy" / "2. Consultation plan": a report's list of its attachments, each
  // numbered, names no item.
  const attached = heading && parsed && !nextSection && ATTACHMENTS_LABEL.test(r.preceding(line, 8).reverse().find((l) => !/^\d{1,2}[.)]\s/.test(l.text))?.text ?? '');
  if (heading && !attached && (nextSection || !(parsed && isBareClause(parsed.rest, r.region, true) && !/:$/.test(text)))) {
    r.newItem(heading.number, heading.title, line);
    if (r.kind === 'minutes') r.outcomesAfterTitle(line, heading.title);
    return;
  }
  if (motionTitle(r, line, parsed)) return;
  const body = parsed ? parsed.rest : text;
  // "b) Cllr Singh proposed and Cllr Marsh seconded that the Council …": a parish's lettered sub-item told as its motion, read
  // as the mover's line it would be without its letter.
  if (parsed && r.kind === 'minutes' && MOVER_NAMED.test(matchLabel(body, r.lex)?.rule ?? '') && onLabel(r, { ...line, text: body, column: line.column + text.length - body.length })) return;
  // "Moved by: … / Seconded by: …" then "1. That the report be received; and 2. That …": a numbered motion; a New South Wales
  // council's "Moved: … Seconded: …" then "Council:" over "A. endorses …", the body alone leading into its list.
  if (r.motion && (isMotionText(body) || (r.motion.held.length === 0 && !r.block && !parsed && BODY_LEAD.test(body)))) {
    r.openMotion(body, line, 'reader.motion-text', parsed?.number);
    return;
  }
  // "Cllr Osborne moved the following motion, seconded by Cllr Mistry:" / "“This Council declares a climate emergency …”": the
  // quoted words the label announced are the motion, however they open.
  if (r.motion && r.motion.held.length === 0 && !r.block && /^[“"]\s*[A-Z]/.test(text) && r.previous && /(?:\bthe\s+following\b[^.;]*|:)\s*$/i.test(r.previous.text)) {
    r.openMotion(text, line, 'reader.motion-text', parsed?.number);
    return;
  }
  // "“That this council …”" with no mover label: a motion only once an outcome line says it was carried.
  const named = MOVER_THEN_QUOTE.exec(body);
  const quoted = named ? body.slice(named[0].length) : QUOTED_MOTION.test(text) ? text : undefined;
  if (quoted) {
    r.quoted = { kind: 'resolution', parts: [quoted], line: line.line, column: line.column + text.length - quoted.length, item: r.item?.id, rules: evidence('reader.quoted-motion') };
    r.quotedOpen = !CLOSING_QUOTE.test(quoted);
    return;
  }
  const proposing = r.proposing();
  if (r.qualifies(body, Boolean(parsed))) {
    const rules = r.region === 'decision' ? evidence(r.regionRule, 'reader.decision-region') : evidence('reader.bare-clause');
    const origin = proposing ? (r.reportSendsTo ? 'committee' : 'report') : undefined;
    r.open({ kind: proposing ? 'recommendation' : 'resolution', origin, to: proposing ? r.reportSendsTo : undefined, intro: false, bare: true, level: parsed?.number.style ?? 'plain', rules });
    r.start(body, line, parsed?.number);
  } else if (!proposing) {
    // "The minutes were approved as a correct record.": a decision told as a sentence.
    // "i. Payments for May … were approved.": the sentence after its number ("i." would read as an initial).
    // "C. The Council directed the City Attorney to return with …": a US agenda's letter, not read as a number (it could be an
    // initial), before a sentence that plainly starts.
    const letter = parsed ? null : /^[A-Z]\.\s+(?=(?:The|Council|Members|It)\s)/.exec(text);
    const at = parsed ? Math.max(0, text.lastIndexOf(body)) : letter ? letter[0].length : 0;
    // "2026/91 Finance:" / "(a) payments of £1,214.60 as listed were approved;": a lettered row under its topic's colon opens
    // in lower case, read as it would be capitalised at a sentence's start.
    const told = text.slice(at);
    const lower = parsed !== undefined && /^[a-z]/.test(told);
    const found = (lower ? outcomeSentences(told[0].toUpperCase() + told.slice(1), r.lex) : outcomeSentences(told, r.lex)).map((o) => (lower && o.at === 0 ? { ...o, text: told[0] + o.text.slice(1) } : o));
    // "The following Notice of Motion by Councillor Forbes, seconded by …, was considered:-" / "“That the Council asks …”" / "The
    // Council agreed the Notice of Motion.": the sentence names the motion moved above, so it is that motion's verdict, not a
    // decision of its own.
    // "“That the Council requests the Department …”" / "The Members supported the motion.": the quoted motion, with no movers.
    const moved = r.motion && !r.motion.lost && (r.motion.held.length > 0 || r.block?.pending);
    if (found.length === 1 && at === 0 && (moved || (r.quoted && !r.quotedOpen)) && AGREED_THE_MOTION.test(found[0].text)) {
      carried(r, line, found[0].rule);
      return;
    }
    // "Roll call: Ayes: 5. Nays: 1 (Councilman Hobbs)." then "Ordinance adopted.": the tally settled the motion, and the
    // measure's verdict under it says so again.
    if (found.length === 1 && at === 0 && r.voteLine && r.voteLine === r.previous && MEASURE_VERDICT_ALONE.test(found[0].text)) {
      r.claimed.push(line.line);
      return;
    }
    // "45. Apologies: Cllr T. Bowen." then "46. Minutes of the meeting of 3 November 2026 were approved …": a parish minute's
    // next number heads only the sentence that records its decision, as a minute reference's does; words before that sentence
    // ("8. Election of Vice-Chairman - PK was elected …") are its title.
    if (found.length && parsed && at > 0 && r.kind === 'minutes' && parsed.number.style === 'num-dot' && r.followsItem(parsed.number)) {
      const before = body.slice(0, found[0].at).replace(/[\s,;:.–—-]+$/, '');
      r.newItem(parsed.number.raw, tidyTitle(before || body), line);
    }
    for (const o of found) r.commitOutcome(o, line, at);
    // "That the Council writes to the HSE …" then "Carried.": a motion printed without its quotes, kept as a quoted one is,
    // only once a verdict below says it was carried; it decides by no shape of its own ("writes", not "be written").
    if (found.length === 0 && !parsed && !r.quoted && r.kind === 'minutes' && THAT_MOTION.test(text)) {
      r.quoted = { kind: 'resolution', parts: [text], line: line.line, column: line.column, item: r.item?.id, rules: evidence('reader.that-motion') };
      r.quotedOpen = false;
    } else if (found.length === 0) r.outcomesAfterTitle(line);
  }
}

/**
 * A mover's words opening a line: "Moved by Councillor Comeau, seconded by …", "Moved: Cr Hale", "It was moved by …"; or a
 * New Zealand board's "Resolution number WT/2026/188" over its movers.
 */
const MOVER_OPENS = /^(?:it\s+was\s+)?(?:moved|proposed)\b|^resolution\s+(?:number|no\.?)\s*:?\s*[A-Z]{0,6}[\/-]?\d/i;

/**
 * "6.1 By-law 2026-04, being a By-law to amend the Zoning By-law (Harbour Road)" over "Moved by Councillor Comeau, …" (or
 * over "Resolution number WT/2026/188"): a numbered line that ends no sentence, with a motion straight under it, is the
 * item the motion decides, though its words are too long or too lower-case to read as a title alone.
 */
function motionTitle(r: Reading, line: Line, parsed: ParsedNumber | undefined): boolean {
  // "11 Local board grants, round two 2026/2027": a bare number too, as New Zealand minutes print theirs.
  if (r.kind !== 'minutes' || !parsed || !/^(?:num-dot|decimal|bare-num)$/.test(parsed.number.style) || parsed.number.parts.length > 3) return false;
  const rest = parsed.rest;
  if (rest.length < 8 || rest.length > 160 || /[.;:,]$/.test(rest) || !/^\p{Lu}/u.test(rest) || /^(?:that|to|it)\b/i.test(rest)) return false;
  const [next] = r.following(line, 1);
  if (!next || !MOVER_OPENS.test(next.text)) return false;
  r.newItem(parsed.number.raw, tidyTitle(rest), line);
  return true;
}
