import type { VFile } from 'vfile';
import { sourceAt, type Line } from '../text/line.js';
import type { DocumentKind, Effect, Item, RecommendationOrigin } from '../types.js';
import { expectedAfter, isChildOf, isNext, parseNumber, type ClauseNumber, type NumberStyle } from '../text/numbering.js';
import { isIntroOnly, matchLabel, matchMarker, MOVER_PAIR, type Marker } from './markers.js';
import { isBareClause, isClauseStart, isMotionText, type Region } from './bare.js';
import { outcomeSentences } from './outcome.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { ACTION_VERBS } from '../lexicon/words.js';
import { isShouting, itemHeading, minuteRefOnly, numberOnly, tidyTitle } from './items.js';
import { report } from '../diagnostics/report.js';
import type { Locator } from '../text/locate.js';

export interface Clause {
  kind: 'resolution' | 'recommendation';
  origin?: RecommendationOrigin;
  number?: ClauseNumber;
  parts: string[];
  line: number;
  column: number;
  item?: string;
  /** The body a committee recommendation is addressed to ("RECOMMENDED to Council"). */
  to?: string;
  /** What the marker word decided ("DEFERRED", "– APPROVED"), when the clause text does not say. */
  effects?: Effect[];
  /** Styles of the sub-lists inside this clause (conditions, bullets of a delegation, nested levels). */
  subStyles?: NumberStyle[];
  /** Style of the last sub-item read into this clause: a "2." right after its "1." goes on that sub-list. */
  lastSub?: NumberStyle;
  /** This clause is a lead-in ("That approval be given to:") whose list items became clauses. */
  lead?: boolean;
  /** The lead-in a list item belongs to: its verb and target apply to the item. */
  leadText?: string;
  /** Ids of the rules that made this clause: the lexicon's (`marker.resolved`) and the reader's own (`reader.list-item`). Shared: see `evidence`. */
  rules: readonly string[];
}

interface Block {
  kind: Clause['kind'];
  origin?: RecommendationOrigin;
  to?: string;
  /** Style of the clause numbers at this block's top level; 'plain' for unnumbered, 'bullet' for bullets. */
  level?: NumberStyle | 'plain' | 'bullet';
  /** "3.5 ... the following recommendations": only 3.5.x belong to the block. */
  parent?: ClauseNumber;
  /** The marker line had no clause of its own: the clauses follow below it. */
  intro: boolean;
  /** No marker word: every clause must qualify on its own. */
  bare: boolean;
  /** A moved motion: its clauses count only once it is carried (or not reported lost). */
  pending?: boolean;
  /** Only numbered or bulleted lines are its clauses ("The Committee:" over "(a) noted …"): plain text below ends it. */
  listOnly?: boolean;
  /** The lead-in whose list items are this block's clauses, and the level it stood at. */
  lead?: { text: string; level: Block['level']; number?: ClauseNumber };
  effect?: Effect;
  marker?: Line;
  /** The rules that opened the block: every clause in it carries these ids. */
  rules: readonly string[];
  clauses: Clause[];
}

export interface ReadResult {
  clauses: Clause[];
  items: Item[];
  /**
   * Lines read that made no record of their own: a clause read again and left out as a copy
   * (ModernGov's Decision and Minutes), a "Carried" that settled a motion read above it.
   */
  claimed: number[];
}

/**
 * Read lines into clauses. A marker opens a block; numbered lines, bullets and
 * continuation lines fill it; a label, a heading, a new item or narrative closes it.
 */
export function readClauses(lines: Line[], kind: DocumentKind, file: VFile, locator?: Locator, lex: Lexicon = lexiconFor()): ReadResult {
  // "4TH REPORT OF THE Audit Committee": a committee reporting to Council, so its recommendations are the committee's.
  const committeeReport = /\breport of the\s+(?:[\w&,'’-]+\s+){0,6}?(?:committee|board|panel|commission)\b/i.test(lines.slice(0, 6).map((l) => l.text).join(' '));
  const clauses: Clause[] = [];
  const items: Item[] = [];
  const seen = new Map<string, number>();
  /** Lines read without a record of their own (see ReadResult): not unclaimed. */
  const claimed: number[] = [];
  // ModernGov's "Minutes:" label under each item, not a document titled "Minutes".
  const hasMinutesLabel = lines.some((l) => /^minutes\s*:$/i.test(l.text)) || lines.filter((l) => /^minutes$/i.test(l.text)).length > 1;
  let item: Item | undefined;
  let region = 'body' as Region;
  /** The heading that made the region a decision block. */
  let regionRule = 'marker.decision-heading';
  let block: Block | undefined;
  let expectTitle = false;
  let pendingNumber: { raw: string; line: Line } | undefined;
  let motion: { held: Clause[] } | undefined;
  /** An amendment to the motion, moved after it: it replaces the motion only if it is the one carried. */
  let amendment: Clause | undefined;
  /** A quoted motion with no mover, waiting for an outcome; `quotedOpen` while its closing quote is still to come. */
  let quoted: Clause | undefined;
  let quotedOpen = false;
  /** The mover label that opened the motion being read. */
  let motionRule = 'reader.motion';
  /** The line before was a vote label with its names to follow ("In Favour:"). */
  let votersNext = false;
  /** The number that opened the paragraph the current line belongs to. */
  let paragraph: ClauseNumber | undefined;

  const current = (): Clause | undefined => block?.clauses[block.clauses.length - 1];

  const close = (): void => {
    if (!block) return;
    if (block.pending) {
      motion = { held: [...(motion?.held ?? []), ...block.clauses] };
      block = undefined;
      return;
    }
    // A "The Committee:" with no list below was only a line that looked like a subject.
    if (block.intro && block.clauses.length === 0 && block.kind === 'resolution' && block.marker && !block.listOnly) {
      report(file, 'empty-marker', `Unexpected \`${block.marker.text.slice(0, 40)}\` with no clause after it, expected the text of the decision`,
        { line: block.marker.line, column: block.marker.column }, 'The decision may have been cut off or left on another page.');
    }
    for (const c of block.clauses) commit(c);
    block = undefined;
  };

  const commit = (c: Clause): void => {
    const text = c.parts.join(' ').replace(/\s+/g, ' ').trim();
    if (!text) return;
    // "That approval be given to:" decides nothing by itself; "the report be noted and:" does.
    if (c.lead && !/\band\s*[:\-–—\s]*$/.test(text)) return;
    // ModernGov prints the decision under "Minutes:" and again under "Decision:".
    const key = `${c.kind}\u0000${c.item ?? ''}\u0000${norm(c.leadText ?? '')}\u0000${norm(text)}`;
    const earlier = seen.get(key);
    // A few words ("Note and file.") recur item after item; only a longer text repeated is a copy.
    if (earlier !== undefined && c.line - earlier < 200 && text.split(/\s+/).length >= 6) {
      claimed.push(c.line);
      return;
    }
    seen.set(key, c.line);
    clauses.push({ ...c, parts: [text] });
  };

  const open = (b: Omit<Block, 'clauses'>): void => {
    close();
    block = { ...b, clauses: [] };
  };

  /** A motion with no outcome recorded stands: only "lost", "withdrawn" or "defeated" undo it. */
  const flushMotion = (): void => {
    close();
    for (const c of motion?.held ?? []) commit(c);
    motion = undefined;
  };

  const start = (text: string, line: Line, number?: ClauseNumber, column?: number): void => {
    if (!block) return;
    // "Decision: None", "Minutes: N/A": an empty cell, not a decision.
    if (!number && /^(?:none|nil|n\/a|not applicable|no (?:decision|items?|urgent items|business)\b[^.]*)\.?$/i.test(text.trim())) return;
    const last = block.clauses[block.clauses.length - 1]?.number;
    if (number && last && !isNext(last, number) && number.style === last.style) checkSequence(last, number, line);
    const effects = block.effect && block.clauses.length === 0 ? { effects: [block.effect] } : {};
    const rules = evidence(...block.rules, ...(block.lead ? ['reader.list-lead-item'] : number ? ['reader.numbered-clause'] : []));
    block.clauses.push({ rules,
      kind: block.kind, origin: block.origin, number, parts: [text], line: line.line,
      column: column ?? line.column, item: item?.id, to: block.to, ...effects, ...(block.lead ? { leadText: block.lead.text } : {}),
    });
  };

  const checkSequence = (last: ClauseNumber, number: ClauseNumber, line: Line): void => {
    const expected = expectedAfter(last);
    const code = number.value === last.value ? 'numbering-repeat' : 'numbering-gap';
    report(file, code, `Unexpected clause number ${number.raw}, expected ${expected}`, { line: line.line, column: line.column },
      `The clause before it is ${last.raw}; a clause may be missing or mis-numbered.`);
  };

  const newItem = (number: string | undefined, title: string, line: Line): void => {
    flushMotion();
    quoted = undefined;
    item = { id: `i${items.length + 1}`, ...(number ? { number } : {}), title, position: { line: line.line, column: line.column } };
    items.push(item);
    region = hasMinutesLabel ? 'agenda' : 'body';
  };

  /** Handle a line inside an open block; false when the line does not belong to it. */
  const inBlock = (line: Line): boolean => {
    if (!block) return false;
    const text = line.text;
    const clause = current();
    const lastNumber = clause?.number;
    const parsed = parseNumber(text, lastNumber);
    // Item headings ("2. LEAVE OF ABSENCE", "## 6. Budget", "6. Any other business") end a decision.
    if (line.heading > 0 || (parsed && isShouting(parsed.rest) && parsed.rest.length < 100 && !/[.;]$/.test(parsed.rest))) return false;
    const clauseText = clause ? clause.parts.join(' ').trim() : '';
    const wantsList = clause ? /[:]$|\bfollowing\b[^.]*$/.test(clauseText) : block.intro;
    // "… with the following changes: 1. Additions:" then "6.2 School Safety Program": the items it lists, not the next item.
    const listed = Boolean(clause) && (/:$/.test(clauseText) || clause?.lastSub === parsed?.number.style);
    if (parsed && !listed && /^(?:num-dot|bare-num|decimal)$/.test(parsed.number.style) && !/[.;,:]$/.test(parsed.rest) && itemHeading(line)) return false;
    if (parsed) {
      const n = parsed.number;
      // "2. That the Committee recommend to Council: (a) …" then "3. …": back to the lead-in's own list.
      // A number that does not follow the lead-in's own, or goes on the sub-list of that style just
      // read inside the clause, is deeper down ("c. … to:" / "i. … that:" / "1. … 2. …").
      if (block.lead && block.lead.level === n.style && block.level !== n.style && (!block.lead.number || isNext(block.lead.number, n)) && clause?.lastSub !== n.style) {
        block.level = block.lead.level;
        block.lead = undefined;
      }
      // "2. Recommendations" / "2.1 It is recommended that Cabinet:" / "(a) … (b) … (c) …": inside a lead-in's
      // list the items follow one another, whatever the heading's number above them.
      const fits = block.lead && block.level === n.style ? true
        : block.parent
          ? isChildOf(block.parent, n) && (!block.level || block.level === n.style)
          : block.level === n.style || (!block.level && block.intro);
      if (fits && block.bare && !qualifies(parsed.rest, true)) return false;
      // "1. That … 2. That … 3. That …" then "4. The purpose of this report is …": the report's own paragraphs go on numbering.
      if (fits && block.clauses.length >= 2 && block.clauses.every((c) => /^(?:that|to)\b/i.test(c.parts[0] ?? '')) && /^(?:the|this|these|a|an|it|in|as)\b/i.test(parsed.rest)) return false;
      if (fits) {
        block.level = n.style;
        start(parsed.rest, line, n);
        return true;
      }
      // "That approval be given to:" then "(1) the Policy; (2) the Strategy": each item is a decision of its own.
      if (clause && n.value === 1 && !clause.subStyles && !clause.lead && !block.lead && isListLead(clauseText)) {
        clause.lead = true;
        block.lead = { text: clauseText, level: block.level, number: clause.number };
        block.level = n.style;
        start(parsed.rest, line, n);
        return true;
      }
      // "(A) notes the outturn;" then "i) approves …": a first sub-number straight under a clause opens its sub-list.
      const opensSubList = n.value === 1 && n.style !== block.level && !line.gap && !/[.!?]["”’)]*$/.test(clauseText);
      if (clause && (wantsList || clause.subStyles?.includes(n.style) || opensSubList)) {
        if (!clause.subStyles?.includes(n.style)) clause.subStyles = [...(clause.subStyles ?? []), n.style];
        clause.lastSub = n.style;
        clause.parts.push(text);
        return true;
      }
      if (clause && block.level === 'plain' && !line.gap && clauseText && !/[.;]$/.test(clauseText)) {
        clause.parts.push(text);
        return true;
      }
      return false;
    }
    if (line.bullet) {
      if (!block.level && block.intro && !block.parent) {
        block.level = 'bullet';
        start(text, line);
        return true;
      }
      if (block.level === 'bullet') {
        start(text, line);
        return true;
      }
      if (clause && (wantsList || /[;,]$|\band$/.test(clauseText))) {
        clause.parts.push(text);
        return true;
      }
      return false;
    }
    // "(Marsh/Obi)" on a line of its own: who moved and seconded, no part of the clause.
    if (/^\(\s*[\p{Lu}][\p{L}’'. -]+\/\s*[\p{Lu}][\p{L}’'. -]+\)$/u.test(text)) return true;
    // "(Unanimously)", "(By 6 votes to 1)" on a line of its own: how the clause above was carried, no part of it.
    if (/^\((?:unanimously|nem\.?\s*con\.?|(?:carried\s+)?unanimously|carried|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}|\d{1,3}\s*[-–]\s*\d{1,3})\)\.?$/i.test(text)) return true;
    if (!clause) {
      // "Resolved (Cr Brown / Cr Carr)" then "That Council:": a shared subject, clauses below.
      if (block.intro && isIntroOnly(text)) return true;
      // "COUNCIL RESOLUTION" then "Minute No. 25/112": the reference, not the clause.
      if (block.intro && REFERENCE_ONLY.test(text)) return true;
      if (block.listOnly) return false;
      // "agreed the following:" then "Notice of Motion – Clothing Banks" over each decision: a sub-heading, not the first clause.
      if (block.intro && /\s[-–—]\s/.test(text) && looksLikeHeading(text)) return true;
      if (block.parent || block.kind === 'recommendation' && block.origin === 'external') return false;
      if (block.kind === 'recommendation' && block.origin === 'report' && !block.intro) return false;
      if (block.origin === 'report' && !isClauseStart(text) && block.marker && /recommendation/i.test(block.marker.text)) return false;
      // "That (1) a Leader and Cabinet model be adopted;" then "(2) …": the shared "That" opens a list.
      const opened = /^(?:that|THAT|That)\s+(?=\(?(?:1|a|i|A)[.)]\s)/.exec(text);
      const inner = opened ? parseNumber(text.slice(opened[0].length)) : undefined;
      if (inner) {
        block.level = inner.number.style;
        start(inner.rest, line, inner.number, line.column + opened![0].length);
        return true;
      }
      block.level = 'plain';
      start(text, line);
      return true;
    }
    if (!clauseText) {
      clause.parts.push(text);
      return true;
    }
    const ended = /[.!?]["”’)]*$/.test(clauseText);
    // "That … BE RECEIVED; and further," then "That Administration REPORT BACK …": Canadian minutes chain their clauses.
    const chained = /(?:;\s*(?:and|AND)(?:\s+(?:further|FURTHER))?\s*,?|[;,]\s*(?:and|AND)\s+(?:further|FURTHER)\s*,?)$/.test(clauseText);
    // Under no marker, only "and further" says so: a notice's "…; and" / "THAT …" recitals stay one.
    if (chained && block.level === 'plain' && /^(?:That|THAT)\b/.test(text) && (!block.bare || /(?:further\s*,?|and\s*,)$/i.test(clauseText))) {
      start(text, line);
      return true;
    }
    if (!line.gap) {
      // "That … is approved." then "That … is approved for consultation.": one clause a line when nothing separates them.
      if (ended && block.level === 'plain' && !block.bare && /^(?:That|THAT|To\s+[a-z]+)\b/.test(text)) {
        start(text, line);
        return true;
      }
      if (ended && /^[A-Z]/.test(text) && !/^(?:That|THAT)\b/.test(text)) return false;
      // "… from Mrs A Quinn." then "2" alone: the next item's number, not more of the clause.
      if (ended && numberOnly(text)) return false;
      // "2. That … for consideration." then "List of Appendices Included": a heading, with no blank line to say so.
      if ((ended && looksLikeHeading(text)) || itemHeading(line)) return false;
      clause.parts.push(text);
      return true;
    }
    if (!ended && (/^[a-z(]/.test(text) || /[,;:]$|\b(?:and|or|the|of|to|be)$/.test(clauseText))) {
      clause.parts.push(text);
      return true;
    }
    if (block.level === 'plain' && /^(?:that|to)\b/i.test(text) && !block.bare) {
      start(text, line);
      return true;
    }
    return false;
  };

  const onMarker = (marker: Marker, line: Line, numbered?: ClauseNumber): void => {
    // "RESOLUTION NO. 2025-88" then "RESOLVED that …": the label only headed the resolution that follows.
    if (block?.intro && block.clauses.length === 0 && block.rules[0] === 'marker.resolution-label' && marker.kind === 'resolved') block = undefined;
    // A motion followed by what the meeting resolved instead ("it was AGREED to refer the
    // motion to …") was never put: the decision recorded is the resolution, not the motion.
    // A label that only heads the next motion ("Resolution number MR/2019/94") leaves the last one standing.
    if (marker.kind === 'resolved' && marker.rest && !isIntroOnly(marker.rest)) {
      if (block?.pending && block.clauses.length > 0) block = undefined;
      if (!block?.pending) motion = undefined;
    } else if (marker.kind === 'resolved' && motionRule === 'label.mover-verb' && (block?.pending || motion)) {
      // "The Chair proposed that …" then "The Board resolved:-" over its own clauses: the resolution is the record, not the proposal.
      if (block?.pending) block = undefined;
      motion = undefined;
    }
    flushMotion();
    // The clause after the marker may begin on the next source line of a joined line.
    const source = sourceAt(line, marker.restAt);
    const restLine = source.line === line.line ? line : { ...line, ...source };
    const restColumn = locator ? locator.column(restLine.line, restLine.column, marker.rest) : line.column + marker.restAt;
    switch (marker.kind) {
      case 'decision':
        close();
        region = 'decision';
        regionRule = marker.rule;
        return;
      case 'external-one':
        close();
        open({ kind: 'recommendation', origin: 'external', intro: false, bare: false, marker: line, rules: evidence(marker.rule) });
        start(marker.rest, line, { raw: marker.number ?? '', style: 'bare-num', value: Number(marker.number) || 0, parts: [] });
        close();
        return;
      case 'following': {
        // "3.5 The Jay Report …" / "The review made the following recommendations:": a
        // sentence on a later line of paragraph 3.5 still makes 3.5.x the list.
        const parent = parseNumber(line.text)?.number ?? (line.gap ? undefined : paragraph);
        open({ kind: 'recommendation', origin: 'external', intro: true, bare: false, parent, marker: line, rules: evidence(marker.rule) });
        return;
      }
      default: {
        const clauseKind = marker.kind === 'resolved' ? 'resolution' : 'recommendation';
        // "Recommended:" over an item of an agenda or report is the officers' proposal, not a committee's view.
        const proposal = marker.kind === 'recommended' && kind === 'report' && !marker.to && !/^RECOMMENDED\b/.test(line.text);
        const committees = committeeReport || /^committee\s+recommendation/i.test(line.text);
        const origin: RecommendationOrigin | undefined = (marker.kind === 'recommended' && !proposal) || (clauseKind === 'recommendation' && committees) ? 'committee' : clauseKind === 'recommendation' ? 'report' : undefined;
        const intro = isIntroOnly(marker.rest);
        const parent = marker.kind === 'recommendations' && numbered && /num-dot|decimal|bare-num/.test(numbered.style) ? numbered : undefined;
        open({ kind: clauseKind, origin, to: marker.to, intro, bare: false, marker: line, parent, effect: marker.effect, rules: evidence(marker.rule), listOnly: marker.listOnly });
        if (!intro) {
          // "That the Manurewa Local Board: a) accept …" / "to: 1. Note …": a shared subject, then the list on the same line.
          // "RESOLVED that (1) the budget be approved and (2) …": a shared "that", then the list.
          const thatList = /^(?:that|THAT|That)\s+(?=\(?(?:1|a|i|A)[.)]\s)/.exec(marker.rest);
          const listAt = introThenList(marker.rest) ?? (thatList ? thatList[0].length : undefined);
          const inner = parseNumber(listAt === undefined ? marker.rest : marker.rest.slice(listAt));
          if (inner) {
            block!.level = inner.number.style;
            start(inner.rest, restLine, inner.number, locator ? locator.column(restLine.line, restLine.column, inner.number.raw) : restColumn);
          } else {
            // "6. APPROVED claims …" then "7. REJECTED the claim …": the item numbers are the list.
            block!.level = numbered && marker.restAt === 0 ? numbered.style : 'plain';
            if (marker.keepWhole) start(marker.rest, line, numbered, line.column);
            else start(marker.rest, restLine, numbered, restColumn);
          }
        }
      }
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    // A quoted motion runs on (bullets, paragraphs) to its closing quote; a quote left open
    // (PDFs drop them) ends at the next marker, label or item instead of taking them in.
    if (quotedOpen && quoted) {
      if (!matchMarker(text, lex) && !matchLabel(text, lex) && !itemHeading(line)) {
        quoted.parts.push(text);
        quotedOpen = !CLOSING_QUOTE.test(text) && quoted.parts.length < 15;
        continue;
      }
      quotedOpen = false;
    }
    const parsed = parseNumber(text);
    const numbered = parsed?.number;
    if (numbered || line.gap) paragraph = numbered;
    // Parish minutes: "Cllr A proposed minutes accepted as a true record, seconded Cllr B, all in favour."
    const favour = /seconded/i.test(text) ? ALL_IN_FAVOUR.exec(text) : null;
    if (favour) {
      const what = favour[1].replace(MOVER_LEAD, '').replace(/^(?:it\s+was\s+)?(?:that|proposed|moved|seconded)?(?:\s+by)?$/i, '').trim();
      if (what && !/^(?:cllr|councillor|cr)\b/i.test(what)) {
        flushMotion();
        commit({ kind: 'resolution', parts: [what], line: line.line, column: line.column + text.indexOf(what), item: item?.id, rules: evidence('reader.all-in-favour') });
        continue;
      }
      // "Proposed Cllr Kirk, seconded Cllr Hidderley, all in favour.": the vote on the motion above.
      if (!what) {
        flushMotion();
        continue;
      }
    }
    // "RECOMMENDATION / That Council: 1. … 2. …" then "COUNCIL DECISION / Officer's recommendation adopted.":
    // the meeting adopted the report's clauses printed above, so they are its resolutions too.
    if (kind === 'minutes' && RECOMMENDATION_ADOPTED.test(text)) {
      close();
      const adopted = clauses.filter((c) => c.kind === 'recommendation' && c.origin === 'report' && c.item === item?.id);
      for (const c of adopted) commit({ ...c, kind: 'resolution', origin: undefined, rules: evidence(...c.rules, 'reader.recommendation-adopted') });
      if (adopted.length) {
        claimed.push(line.line);
        continue;
      }
    }
    // A table row under a decision column is one decision, whatever its words.
    if (line.decisionCell) {
      flushMotion();
      commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column, item: item?.id, rules: evidence('reader.table-decision') });
      continue;
    }
    // "RESOLUTION NO. 2025-37" / "A RESOLUTION SUPPORTING THE GRANT APPLICATION": the instrument's title, no clause of it.
    if (INSTRUMENT_TITLE.test(text)) {
      // Its number above ("RESOLUTION NO. 2025-37") named it; its clauses come with BE IT RESOLVED.
      if (block?.intro && block.clauses.length === 0) block = undefined;
      else close();
      continue;
    }
    // "In Favour:" then "K. Lindqvist, R. Okafor, S. Tremblay": who voted, no part of the motion.
    const voters = votersNext && VOTERS.test(text);
    votersNext = false;
    if (voters) continue;
    const labelled = matchLabel(text, lex);
    const label = labelled?.kind;
    if (labelled) {
      if (label === 'agenda-item') { close(); expectTitle = true; continue; }
      if (label === 'minutes') { close(); region = 'minutes'; continue; }
      if (labelled.rule === 'label.amendment-moved') {
        const that = /\b(?:moved|proposed)\s+([“"]?(?:that|to)\s+.+)$/i.exec(text);
        if (that) amendment = { kind: 'resolution', parts: [that[1]], line: line.line, column: line.column + that.index + that[0].length - that[1].length, item: item?.id, rules: evidence(labelled.rule) };
        continue;
      }
      if (label === 'moved') {
        // "1.2" then "Moved" / "B. Esslinger - M. Banga:": a minute with no title, the motion its text.
        pendingNumber = undefined;
        // "Council Resolution 2023/245" then "Moved Cr Hughes": the motion below carries the decision.
        if (block && !block.pending && block.intro && block.clauses.length === 0) block = undefined;
        if (!block?.pending) close();
        motion = motion ?? { held: [] };
        // "MOVED BY X, SECONDED BY Y, THAT ..." / "Motion by X, seconded by Y, to adopt ..." carry the clause on the line.
        const that = /,?\s+([“"]?(?:that|THAT|That)\s+.+)$/.exec(text);
        const to = /(?:,\s*|\bmoved\s+|\bmoved\s+and\s+seconded\s+)(to\s+[a-z]+\b.+)$/.exec(text);
        // Whichever comes first: "…, to approve staff's recommendation. X stated that …" moves the first.
        const inline = that && to ? (to.index < that.index ? to : that) : that ?? to;
        motionRule = labelled.rule;
        // "Motion to approve the consent agenda by X, second by Y.": the motion stands before its movers.
        if (labelled.rule === 'label.motion-to-by') {
          const first = /^motion\s+(to\s+[a-z]+\b.*?)\s+by\s+[^,.;]{2,60},?\s+second(?:ed)?\s+by\b/i.exec(text);
          if (first) openMotion(first[1], line);
          continue;
        }
        // "Motion: That …" and "X moved to approve …" carry the clause without a seconder on the line.
        if (inline && (/\bsecond(?:ed)?\b|\b(?:moved|proposed)\s+(?:that|to)\b/i.test(text) || MOVER_PAIR.test(text) || labelled.rule === 'label.motion-text' || labelled.rule === 'label.motion-paren')) openMotion(inline[1], line);
        continue;
      }
      if (label === 'carried') {
        // "… and the amendment was accordingly carried": the amendment is the decision, the motion falls.
        if (amendment && /\bamendment\b/i.test(text) && !/\bmotion\b[^.;]*\bcarried\b/i.test(text.replace(/^.*?\bamendment\b/i, ''))) {
          if (block?.pending) block = undefined;
          motion = undefined;
          commit({ ...amendment, rules: evidence(...amendment.rules, labelled.rule) });
          amendment = undefined;
          continue;
        }
        amendment = undefined;
        const before = clauses.length;
        const motionless = motion !== undefined && motion.held.length === 0 && !block?.pending;
        for (const c of [...(motion?.held ?? []), ...(block?.pending ? block.clauses : [])]) c.rules = evidence(...c.rules, labelled.rule);
        flushMotion();
        // A long motion ("… with the following changes:" and thirty lines of agenda items) ends far above its verdict.
        if (clauses.length > before) claimed.push(line.line);
        // "“That this council …”" then "The Motion was put and carried.": the quoted motion above was adopted.
        if (clauses.length === before && quoted && quoted.item === item?.id) commit({ ...quoted, rules: evidence(...quoted.rules, labelled.rule) });
        // BoardDocs: "7.01 Approve Field Trip to Washington, D.C." / "Motion by X, second by Y." / "Final Resolution:
        // Motion Carries": the motion has no words of its own, the item's title says what it did.
        else if (clauses.length === before && motionless && item && ACTION_TITLE.test(item.title)) {
          commit({ kind: 'resolution', parts: [item.title], line: item.position.line, column: item.position.column, item: item.id, rules: evidence(motionRule, 'reader.item-title-motion', labelled.rule) });
        }
        quoted = undefined;
        // "The substantive motion was carried by 31 votes to 29" with no motion text anywhere
        // in the item: the vote is the only record of the decision.
        // An amendment's vote is not the decision: the substantive motion's is.
        if (clauses.length === before && VOTE_COUNT.test(text) && !/\bamendment\b/i.test(text) && !clauses.some((c) => c.item === item?.id)) {
          commit({ kind: 'resolution', parts: [text], line: line.line, column: line.column, item: item?.id, rules: evidence(labelled.rule, 'reader.vote-only-record') });
        }
        continue;
      }
      if (label === 'lost') {
        // "The amendment was lost": the motion it would have changed still stands.
        if (amendment && /\bamendment\b/i.test(text)) {
          amendment = undefined;
          continue;
        }
        if (block?.pending || block?.bare) block = undefined;
        motion = undefined;
        quoted = undefined;
        continue;
      }
      // Votes recorded between clauses do not end the decision.
      if (label === 'vote') {
        votersNext = /:$/.test(text);
        continue;
      }
      flushMotion();
      continue;
    }
    if (expectTitle) {
      expectTitle = false;
      newItem(undefined, tidyTitle(text), line);
      continue;
    }
    const found = matchMarker(text, lex);
    if (pendingNumber) {
      const p = pendingNumber;
      pendingNumber = undefined;
      if (!parsed && text.length < 160 && !/[.;,]$/.test(text) && !found) {
        newItem(p.raw, tidyTitle(text), p.line);
        continue;
      }
    }
    // "That Council:" opens a decision only where nothing else is open: under "Officer
    // Recommendation" or after a mover it is that block's shared subject.
    const own = found?.weak && (block || motion) ? undefined : found;
    if (inBlockFirst(line, own) && inBlock(line)) continue;
    const marker = own ?? (parsed ? markerAfterNumber(parsed.rest, lex) : undefined);
    // "Moved by Crawford, Seconded by Evans" / "It is recommended that the agenda be adopted." / "Carried.":
    // in minutes a moved motion is what the meeting decided, however it is worded.
    if (kind === 'minutes' && motion && !block && marker?.rule === 'marker.asked' && /^it\s+is\s+(?:hereby\s+)?recommended\b/i.test(parsed ? parsed.rest : text)) {
      openMotion(parsed ? parsed.rest : text, line, 'reader.motion-text', parsed?.number);
      continue;
    }
    if (marker && !(kind === 'report' && (marker.kind === 'resolved' || marker.kind === 'decision'))) {
      onMarker(marker, line, parsed?.number);
      continue;
    }
    close();
    const only = numberOnly(text) ?? minuteRefOnly(text);
    if (only) { pendingNumber = { raw: only, line }; continue; }
    const heading = itemHeading(line);
    if (heading && !(parsed && isBareClause(parsed.rest, region, true) && !/:$/.test(text))) {
      newItem(heading.number, heading.title, line);
      if (kind === 'minutes') outcomesAfterTitle(line);
      continue;
    }
    // "Moved by: … / Seconded by: …" then "1. That the report be received; and 2. That …": a numbered motion.
    if (motion && isMotionText(parsed ? parsed.rest : text)) {
      openMotion(parsed ? parsed.rest : text, line, 'reader.motion-text', parsed?.number);
      continue;
    }
    // "“That this council …”" with no mover label: a motion only once an outcome line says it was carried.
    if (QUOTED_MOTION.test(text)) {
      quoted = { kind: 'resolution', parts: [text], line: line.line, column: line.column, item: item?.id, rules: evidence('reader.quoted-motion') };
      quotedOpen = !CLOSING_QUOTE.test(text);
      continue;
    }
    const body = parsed ? parsed.rest : text;
    const proposing = kind === 'report' || region === 'agenda';
    if (qualifies(body, Boolean(parsed))) {
      open({ kind: proposing ? 'recommendation' : 'resolution', origin: proposing ? 'report' : undefined, intro: false, bare: true, level: parsed?.number.style ?? 'plain', rules: region === 'decision' ? evidence(regionRule, 'reader.decision-region') : evidence('reader.bare-clause') });
      start(body, line, parsed?.number);
    } else if (!proposing) {
      // "The minutes were approved as a correct record.": a decision told as a sentence.
      const found = outcomeSentences(text, lex);
      for (const o of found) commitOutcome(o, line, 0);
      if (found.length === 0) outcomesAfterTitle(line);
    }
  }
  flushMotion();
  dropCutClause(clauses, lines, file);
  return { clauses, items, claimed };

  /** Whether a line can be a clause of a block that has no marker word. */
  function qualifies(body: string, numbered: boolean): boolean {
    const proposing = kind === 'report' || region === 'agenda';
    return proposing ? /^that\b/i.test(body) && body.split(/\s+/).length >= 4 : isBareClause(body, region, numbered);
  }

  /** An outcome sentence found at `offset` of the line, as a resolution. */
  function commitOutcome(o: { at: number; text: string; rule: string }, line: Line, offset: number): void {
    const source = sourceAt(line, offset + o.at);
    const column = locator ? locator.column(source.line, source.column, o.text) : line.column + offset + o.at;
    commit({ kind: 'resolution', parts: [o.text], line: source.line, column, item: item?.id, rules: evidence(o.rule) });
  }

  /** "392/02 2 Election of Chairman - RJF was elected chairman.": the outcome printed after an item's title and a dash. */
  function outcomesAfterTitle(line: Line): void {
    const dash = /^(?:[\w/]{1,8}[.)]?\s+){0,2}[^.;:]{3,100}?\s[-–—]\s+(?=[A-Z])/.exec(line.text);
    if (dash) for (const o of outcomeSentences(line.text.slice(dash[0].length), lex)) commitOutcome(o, line, dash[0].length);
  }

  /** `how`: the reader's own evidence when the motion's text stands apart from its mover label. */
  function openMotion(text: string, line: Line, how?: string, number?: ClauseNumber): void {
    const intro = isIntroOnly(text);
    open({ kind: 'resolution', intro, bare: false, pending: true, level: intro ? undefined : number?.style ?? 'plain', rules: how ? evidence(motionRule, how) : evidence(motionRule) });
    if (!intro) start(text, line, number);
  }

  /** Numbered lines and continuations go to the open block before any marker test. */
  function inBlockFirst(line: Line, marker: Marker | undefined): boolean {
    if (!block) return false;
    if (parseNumber(line.text, current()?.number)) return true;
    return !marker;
  }
}

/**
 * One shared, frozen array per combination of evidence ids: a 20 MB document makes tens of
 * thousands of clauses but only a few dozen combinations, and an array each cost 25 MB.
 */
const EVIDENCE = new Map<string, readonly string[]>();
function evidence(...ids: string[]): readonly string[] {
  const key = ids.join('+');
  let found = EVIDENCE.get(key);
  if (!found) EVIDENCE.set(key, (found = Object.freeze(ids)));
  return found;
}

/** A line that is only a minute or resolution reference: "Minute No. 25/112", "Resolution number CC/2025/41", "2020/152". */
const REFERENCE_ONLY = /^(?:(?:minute|resolution|item|ref(?:erence)?)\s*(?:no\.?|number|#|ref\.?)?\s*)?[A-Z]{0,6}[-/]?\d{1,5}(?:[-/.]\d{1,5}){0,2}[A-Za-z]?\.?$/i;

const QUOTED_MOTION = /^[“"]\s*(?:That|THAT|that)\s/;
const CLOSING_QUOTE = /[”"][.;]?$/;

/** "…, seconded Cllr Kirk, all in favour." closing what was proposed; group 1 is what stands before the mover. */
const ALL_IN_FAVOUR = /^(.*?)[,\s]+(?:proposed\s+(?:by\s+)?)?(?:(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+[\w’'-]+,?\s+)?seconded\s+(?:by\s+)?(?:cllr|councillor|cr|mr|mrs|ms)\.?\s+[\w’'-]+(?:\s+(?!and\b)[\w’'-]+)?,?\s+(?:all\s+in\s+favour|unanimously|carried|agreed)\b[^.]*\.?$/i;
/** "Cllr Hidderley proposed (that)": the mover before the matter. */
const MOVER_LEAD = /^(?:cllr|councillor|cr)\.?\s+[\w’'-]+\s+proposed\s+(?!by\b)(?:that\s+)?/i;

/** The title of a US or Canadian resolution, ordinance or by-law, in capitals or as "A Resolution of the …". */
const INSTRUMENT_TITLE = /^(?:A|AN)\s+(?:RESOLUTION|ORDINANCE|BY-?LAW)\b[^a-z]*$|^(?:A|An)\s+(?:Resolution|Ordinance|By-?law)\s+of\s+the\b(?![^.;]*\b(?:be|is|was|were)\s)/;

/** Lists that hold the content of one decision, not decisions: conditions, reasons, amendments, amounts. */
const CONTENT_LIST = /\b(?:conditions?|reasons?|grounds?|changes|amendments|terms|criteria|principles|objectives|priorities|points|comments|areas|payments|amounts|sums|including|includes|namely|being|as follows|consisting|comprising|following\s+(?!be\b|actions?\b|recommendations?\b|resolutions?\b|decisions?\b|motions?\b|items?\b|matters?\b)\w+)\b/i;

/** An item titled by what a motion on it does: "Approve Field Trip to Washington, D.C.". */
const ACTION_TITLE = new RegExp(String.raw`^(?:${ACTION_VERBS})\s`);

/** "Officer's recommendation adopted.", "That the officer recommendation be adopted": the report's clauses above become the decision. */
const RECOMMENDATION_ADOPTED = /^(?:that\s+)?(?:the\s+)?(?:officer|officers|officer['’]s|officers['’]|staff|administration['’]?s?)\s+recommendations?\s+(?:be\s+|was\s+|were\s+|is\s+)?(?:adopted|endorsed|approved|agreed)\b[^.;]*[.;]?$/i;

/** A list of voters' names: "K. Lindqvist, R. Okafor and D. Moreau", "Councillors Ames, Bell". */
const VOTER = String.raw`(?:(?:Crs?|Cllrs?|Councillors?|Mayor|Deputy Mayor)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?`;
const VOTERS = new RegExp(String.raw`^${VOTER}(?:\s*(?:,|\band\b|&)\s*${VOTER})*\.?$`);

/**
 * A clause that only leads into a list of decisions: "That approval be given to:", "to:",
 * "That the Council be recommended to give approval to:", "the report be noted and: -".
 */
function isListLead(text: string): boolean {
  if (!/[:]\s*[-–—]?\s*$/.test(text) || CONTENT_LIST.test(text)) return false;
  return text.split(/\s+/).length <= (/\bfollowing\b/i.test(text) ? 45 : 25);
}

/** Where a numbered list starts after a shared subject on the same line ("That Council: (A) note …"), or undefined. */
function introThenList(rest: string): number | undefined {
  const m = /^(.{0,80}?[:;\-–—])\s*(?=(?:\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)]|\([0-9a-zA-Z]{1,4}\))\s)/.exec(rest);
  return m && isIntroOnly(m[1]) ? m[0].length : undefined;
}

/** A short line of capitalised words with no closing punctuation: "List of Appendices Included". */
function looksLikeHeading(text: string): boolean {
  if (text.length > 60 || !/^[A-Z]/.test(text) || /[.;:,!?]$/.test(text) || /^(?:That|THAT|To)\b/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => !/^(?:and|of|the|for|to|in|on|at|a|an|by|with|&|-|–)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^[A-Z0-9(]/.test(w)).length / words.length >= 0.75;
}

/** "by 31 votes to 29", "(5-0)", "unanimously": how a vote result is printed. */
const VOTE_COUNT = /\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b|\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)|\b(?:unanimously|nem\.?\s*con)\b/i;

/** "2. RECOMMENDATIONS", "5. Resolved:" — a marker after an item or paragraph number. */
function markerAfterNumber(rest: string, lex: Lexicon): Marker | undefined {
  if (!rest) return undefined;
  const m = matchMarker(rest, lex);
  // "6. Proposed resolutions" and "3 Resolution" are item titles: those words make a heading only standing alone.
  return m && m.kind !== 'following' && m.rule !== 'marker.proposal-heading' && !/^resolutions?$/i.test(rest.trim()) ? m : undefined;
}

function norm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** How a clause ends when nothing cut it: a stop, or "…; and" chaining it to the next. */
const FINISHED = /(?:[.;:!?)"”’]|;\s*(?:and|or))$/;

/**
 * A clause that runs to the very end of the file without closing punctuation was cut
 * off by the excerpt or export: reporting half a decision would mislead.
 */
function dropCutClause(clauses: Clause[], lines: Line[], file: VFile): void {
  const last = clauses[clauses.length - 1];
  const end = lines[lines.length - 1];
  // A table's decision cell ends without a stop by nature.
  if (!last || !end || last.rules.includes('reader.table-decision')) return;
  const text = last.parts[0];
  if (FINISHED.test(text)) return;
  // Action summaries print every decision without a full stop: there, no stop is no cut.
  const bare = clauses.filter((c) => c !== last && !FINISHED.test(c.parts[0])).length;
  if (bare >= 2 && bare * 2 >= clauses.length - 1) return;
  // The last line may be only the tail of the clause (its sub-item "iii. issue a separat").
  if (!end.text.endsWith(text.slice(-Math.min(text.length, end.text.length, 30)))) return;
  clauses.pop();
  report(file, 'truncated-clause', 'Unexpected end of file inside a clause, expected it to finish with punctuation',
    { line: last.line, column: last.column }, 'The clause was left out; check whether the document was cut short.');
}
