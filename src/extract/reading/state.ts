import type { VFile } from 'vfile';
import { sourceAt, type Line } from '../../text/line.js';
import type { DocumentKind, Item, Vote } from '../../types.js';
import { APPLICATION_START, expectedAfter, isNext, numberOf, parseNumber, type ClauseNumber } from '../../text/numbering.js';
import { introRecommendsTo, isIntroOnly } from '../markers.js';
import { isBareClause, type Region } from '../bare.js';
import { outcomeSentences } from '../outcome.js';
import type { Lexicon } from '../../lexicon/index.js';
import { report } from '../../diagnostics/report.js';
import type { Locator } from '../../text/locate.js';
import { evidence, type Block, type Clause } from './clause.js';
import { asksForContent } from './numbered-in-block.js';
import { namedMotion, tabledFor } from '../motions/tabled.js';


/** A line that marks its decision with a word: such a record is read by its markers, not as one Decision block an item. */
const DECISION_WORD = /^(?:decisions?|resolved|agreed|decided|resolution)\b/i;

/** A motion that only leads in to the resolution printed after it: "to adopt the following resolution:", its number or recitals run on in a joined page. */
const LEADS_IN = /^(?:[Tt]o|[Tt]hat|TO|THAT)\s+(?:adopt|approve|pass)\s+the\s+following\s+(?:resolutions?|ordinances?)\s*:?\s*(?:$|(?=(?:RESOLUTION|ORDINANCE|Resolution|Ordinance)\s+(?:No\.?\s*)?[\w-]*\d|WHEREAS\b|Whereas\b))/;
/** The clause is only such a lead-in: its first line's words. */
export const leadsIn = (c: Clause): boolean => LEADS_IN.test(c.parts[0] ?? '');
/** An item's number ("26/95", "7.", "3.2") and title, before what ends the title. */
const TITLE = String.raw`^(?:[\w/]{1,8}(?:\.\d{1,2})*[.)]?\s+){0,2}[^.;:]{3,100}?`;
/**
 * An item's title and the dash after it, before the sentence that records its outcome; a community council's sentence may
 * open in lower case after the dash ("3.2 Christmas lights – the CC agreed to contribute £300 …", a parish's "26/152 Minutes –
 * the minutes of the meeting held on 5th November were approved …", "3. Minutes of May meeting – proposed by C. Bell, seconded
 * by D. Grieve and approved.", "107/26 Correspondence – a letter from … was referred to …"), or with its body left out
 * ("26/150 Precept – deferred to the January meeting.").
 */
const AFTER_TITLE_DASH = String.raw`\s[-–—]\s+(?=[A-Z]|(?:the|an?|this|these|all|members|councillors|it)\s+\w|(?:proposed|moved)\s|(?:noted|approved|endorsed|accepted|adopted|ratified|confirmed|deferred|postponed|referred)\s+(?:the|that|its|to|until|back)\s)`;
const TITLE_DASH = new RegExp(String.raw`${TITLE}${AFTER_TITLE_DASH}`);
/** A number, a title of a few capitalised words, then a sentence's first word: "26/96 Correspondence A letter from …". */
const TITLE_RUN_IN = /^(?:[\w/]{1,8}[.)]?\s+){1,2}(?:[A-Z][\w’'&-]*\s+(?:(?:of|and|for|the|to|in|on|&)\s+)*){1,6}?(?=(?:The|A|An|It|Members|Councillors|Council|Resolved|RESOLVED|Agreed|AGREED)\s)/;
/**
 * The same, or a title and its colon: read so only on a line taken as an item's heading, where the words after a colon may
 * open in lower case before the sentence that decides ("6. Treasurer's report: balance £4,212.17. The CC agreed to pay …"),
 * and so may those after a dash ("7. Finance – payments of £1,043.20 were approved (prop. …).").
 */
const TITLE_DASH_OR_COLON = new RegExp(String.raw`${TITLE}(?:${AFTER_TITLE_DASH}|(?::|\s[-–—])\s+(?=\S))`);

/**
 * What the reader knows between lines, and the moves every step makes on it. The steps
 * (one file each) decide what a line means; only this class opens, fills and closes blocks,
 * so how a clause becomes a record is written once.
 *
 * The reader is in one of these states, possibly with a held motion beside it:
 * - no block: lines are tested for markers, items, motions and bare clauses;
 * - a block open (`block`): numbered lines, bullets and continuations fill it;
 * - a pending block (`block.pending`): a moved motion, kept only once it is carried or not lost;
 * - a held motion (`motion`): a closed pending block waiting for its outcome;
 * - a quote open (`quotedOpen`): a quoted motion running on to its closing quote;
 * - an amendment (`amendment`, or `amendmentNext` under an "AMENDMENT" heading): it stands only if carried.
 */
export class Reading {
  readonly clauses: Clause[] = [];
  readonly items: Item[] = [];
  /** Lines read without a record of their own (see ReadResult): not unclaimed. */
  readonly claimed: number[] = [];
  /** "4TH REPORT OF THE Audit Committee": a committee reporting to Council, so its recommendations are the committee's. */
  readonly committeeReport: boolean;
  /**
   * The body a committee's report sends its recommendations to, named once over them all ("The General Committee recommends the
   * following to Council:"): the "That …" clauses under each item below are the committee's, sent on to it.
   */
  reportSendsTo: string | undefined;
  /** ModernGov's "Minutes:" label under each item, not a document titled "Minutes". */
  readonly hasMinutesLabel: boolean;
  /**
   * An executive's "RECORD OF DECISIONS" that prints each item's decisions under its title with no "Decision" or "RESOLVED"
   * word: every item's lines are read as under a Decision heading.
   */
  readonly decisionRecord: boolean;
  private readonly seen = new Map<string, number>();
  /** The clauses of a quoted motion, by their text alone. */
  private readonly quotedClauses = new Map<string, number>();

  item: Item | undefined;
  region: Region = 'body';
  /** The heading that made the region a decision block, and its line. */
  regionRule = 'marker.decision-heading';
  regionAt: Line | undefined;
  block: Block | undefined;
  /** An "Item:" label was read: the next line is the item's title. */
  expectTitle = false;
  /** A number alone on its line ("7" or "Minute 52"): the title may follow on the next. */
  pendingNumber: { raw: string; line: Line; labelled?: boolean } | undefined;
  /** "Recommendation 1 (Priority: High)" alone on its line: the outside report's recommendation is the next line. */
  externalNext: { number: string; marker: Line; rule: string } | undefined;
  /**
   * The motion being read; `ofItem` when it names no words but the item ("Member Park moved approval."); `above` when it names
   * none but the proposal printed on the line over its movers ("8.1 Approve the change order …" / "Motion by X, seconded by Y.");
   * `lost` when its headline printed its result first ("… moved by Councillor Bradford (Lost)"), so its words, when they come,
   * decide nothing.
   */
  motion: { held: Clause[]; ofItem?: boolean; above?: { text: string; line: Line; at: number }; lost?: boolean } | undefined;
  /** An amendment to the motion, moved after it: it replaces the motion only if it is the one carried. */
  amendment: Clause | undefined;
  /** An "AMENDMENT" heading was read: the next motion's text is the amendment, not a new motion ('procedural' under a
   * "PROCEDURAL MOTION" heading, whose bare verdict is its own). */
  amendmentNext: boolean | 'procedural' = false;
  /** A quoted motion with no mover, waiting for an outcome; `quotedOpen` while its closing quote is still to come. */
  quoted: Clause | undefined;
  quotedOpen = false;
  /** The mover label that opened the motion being read. */
  motionRule = 'reader.motion';
  /** The roll call read since that motion opened. */
  tally: Vote | undefined;
  /**
   * The line of a verdict on an amendment, or of the roll call printed straight under it: "The MOTION TO AMEND FAILED by the
   * following vote:" / "Yes: Tikhonov, Cox" / "No: Halvorsen, Bjornstad, Ellis" is the amendment's vote, not the open motion's.
   */
  settledRoll: number | undefined;
  /** The vote line read last ("All in favor."): the sentence after it is the minutes going on, not more of the motion. */
  voteLine: Line | undefined;
  /** Index of the last line of a tabled motion or amendment being passed over (see tabled-motion.ts). */
  tabledUntil: number | undefined;
  /**
   * The motion and amendment a "resolved" marker set aside (see on-marker.ts settleMotion), in case its words only name one:
   * Aberdeen's "The Committee resolved:-" / "to adopt the motion.".
   */
  setAside: { motion: Clause[]; amendment?: Clause; item?: string } | undefined;
  /** The item (its id, or '' before the first) where a tabled motion was passed over. */
  tabledIn: string | undefined;
  /** The index of the line being read. */
  at = 0;
  /** The line before was a vote label with its names to follow ("In Favour:"). */
  votersNext = false;
  /** The number that opened the paragraph the current line belongs to. */
  paragraph: ClauseNumber | undefined;
  /** The line read before this one. */
  previous: Line | undefined;
  /**
   * Under "Alternative options considered and rejected:" or "Reasons for decision:", the lines of that paragraph argue for the
   * decision ("Not to run a scheme – rejected as …") and decide nothing: how many have been read, until a blank line.
   */
  aside: number | undefined;

  constructor(
    readonly lines: Line[],
    readonly kind: DocumentKind,
    readonly file: VFile,
    readonly locator: Locator | undefined,
    readonly lex: Lexicon,
  ) {
    // "Report of the Director of Resources to the Audit Committee" is an officer's, to the committee.
    this.committeeReport = /\breport of the\s+(?:(?!to\b)[\w&,'’-]+\s+){0,6}?(?:committee|board|panel|commission)\b/i.test(lines.slice(0, 6).map((l) => l.text).join(' '));
    this.hasMinutesLabel = lines.some((l) => /^minutes\s*:$/i.test(l.text)) || lines.filter((l) => /^minutes$/i.test(l.text)).length > 1;
    this.decisionRecord = kind === 'minutes' && lines.slice(0, 8).some((l) => /(?:^|\s)record of (?:the )?decisions\b/i.test(l.text)) && !lines.some((l) => DECISION_WORD.test(l.text));
  }

  /** The `count` lines read before this one, in order ("i. Grant – £750." / "Proposed …" before "RESOLVED."). */
  preceding(line: Line, count: number): Line[] {
    const k = this.indexOf(line);
    return k < 0 ? [] : this.lines.slice(Math.max(0, k - count), k);
  }

  /** The `count` lines read after this one (fewer at the document's end, none for a line not in the document). */
  following(line: Line, count: number): Line[] {
    const k = this.indexOf(line);
    return k < 0 ? [] : this.lines.slice(k + 1, k + 1 + count);
  }

  /**
   * Where a line stands in the document: the line being read, found at once (a document may hold a million lines, and
   * a search from the top for each would make reading it quadratic), else searched for.
   */
  private indexOf(line: Line): number {
    const here = this.lines[this.at];
    if (here && here.line === line.line && here.column === line.column) return this.at;
    return this.lines.findIndex((l) => l.line === line.line && l.column === line.column);
  }

  current(): Clause | undefined {
    return this.block?.clauses[this.block.clauses.length - 1];
  }

  close(): void {
    const block = this.block;
    if (!block) return;
    this.block = undefined;
    if (block.pending) {
      // "Moved by …, supported by …, to adopt the following resolution:" then "NOW, THEREFORE, BE IT RESOLVED that …": the
      // words it led in to are the motion; the lead-in alone decides nothing.
      const held = block.clauses.length ? (this.motion?.held ?? []).filter((c) => !leadsIn(c)) : this.motion?.held ?? [];
      this.motion = { held: [...held, ...block.clauses], ...(this.motion?.lost ? { lost: true } : {}) };
      return;
    }
    if (block.verdict && block.clauses.length === 0) {
      this.adoptRecommendations(block.verdict);
      return;
    }
    // A "The Committee:" with no list below was only a line that looked like a subject.
    if (block.intro && block.clauses.length === 0 && block.kind === 'resolution' && block.marker && !block.listOnly) {
      report(this.file, 'empty-marker', `Unexpected \`${block.marker.text.slice(0, 40)}\` with no clause after it, expected the text of the decision`,
        { line: block.marker.line, column: block.marker.column }, 'The decision may have been cut off or left on another page.');
    }
    for (const c of block.clauses) this.commit(c);
  }

  commit(c: Clause): void {
    // The last item of a quoted motion ("2. invite the Post Office to …."): its closing quote belongs to the whole motion.
    const text = c.parts.join(' ').replace(/\s+/g, ' ').trim().replace(/^([^"“”]*)["”]$/, '$1');
    if (!text) return;
    // "The Committee agreed in terms of the motion.": the decision is the motion's words, tabled above under its heading.
    const tabled = c.kind === 'resolution' && !c.rules.includes('reader.tabled-motion') ? tabledFor(text, this.lines, this.item?.position.line ?? 0, c.line) : undefined;
    if (tabled) {
      for (const p of tabled.parts) this.commit({ ...c, number: undefined, parts: [p.text], line: p.line.line, column: p.line.column, rules: evidence(...c.rules, 'reader.tabled-motion') });
      return;
    }
    // With no headings, the motion or amendment the marker set aside: "… moved:-" / "that …" / "… moved as an amendment:-" /
    // "that …" / "The Committee resolved:-" / "to adopt the motion.".
    const named = c.kind === 'resolution' && this.setAside && this.setAside.item === c.item && !c.rules.includes('reader.named-motion') ? namedMotion(text) : undefined;
    const adopted = named === 'amendment' ? (this.setAside?.amendment ? [this.setAside.amendment] : []) : named === 'motion' ? this.setAside?.motion ?? [] : [];
    if (adopted.length) {
      this.setAside = undefined;
      for (const a of adopted) this.commit({ ...a, rules: evidence(...a.rules, ...c.rules, 'reader.named-motion') });
      return;
    }
    // "That approval be given to:" decides nothing by itself; "the report be noted and:" does.
    if (c.lead && !/\band\s*[:\-–—\s]*$/.test(text)) return;
    // ModernGov prints the decision under "Minutes:" and again under "Decision:".
    const key = `${c.kind}\u0000${c.item ?? ''}\u0000${norm(c.leadText ?? '')}\u0000${norm(text)}`;
    // A motion on notice quoted under its own lead-in ("\"This Council … resolves to: 1. ask …") and printed again under
    // "RESOLVED – That this Council … resolves to: 1. ask …": a long clause of the quoted motion is copied under any
    // lead-in.
    // (The Council approving "(1) the Treasury Management Policy …" and the Cabinet's recommending it are two decisions.)
    const unled = `${c.kind}\u0000${c.item ?? ''}\u0000${norm(text)}`;
    const words = text.split(/\s+/).length;
    const earlier = this.seen.get(key) ?? (words >= 8 ? this.quotedClauses.get(unled) : undefined);
    // A few words ("Note and file.") recur item after item; only a longer text repeated is a copy.
    if (earlier !== undefined && c.line - earlier < 200 && words >= 6) {
      this.claimed.push(c.line);
      return;
    }
    this.seen.set(key, c.line);
    if (/^["“]/.test(c.leadText ?? '')) this.quotedClauses.set(unled, c.line);
    this.clauses.push({ ...c, parts: [text] });
  }

  /** The report's recommendations printed under the current item so far; `open`: those of the block still open too. */
  reportRecommendations(open = false): Clause[] {
    return [...this.clauses, ...(open ? this.block?.clauses ?? [] : [])].filter((c) => c.kind === 'recommendation' && c.origin === 'report' && c.item === this.item?.id);
  }

  /**
   * "Officer's recommendation adopted.": the report's recommendations printed above in this item become resolutions; with
   * none printed and no other record, the verdict is the record. False when the line settled nothing.
   */
  adoptRecommendations(line: Line): boolean {
    const printed = this.reportRecommendations();
    // "Summary" / "Council is requested to consider a new lease …" then "OFFICER RECOMMENDATION" / "That Council: 1. Approves
    // …": the recommendation adopted is the one under its heading, not the summary's ask above it.
    const headed = printed.filter((c) => c.rules.includes('marker.recommendations-heading'));
    const adopted = headed.length ? headed : printed;
    for (const c of adopted) this.commit({ ...c, kind: 'resolution', origin: undefined, rules: evidence(...c.rules, 'reader.recommendation-adopted') });
    if (!adopted.length && !/^that\b/i.test(line.text) && !this.recorded(this.item?.id)) {
      this.commit({ kind: 'resolution', parts: [line.text], line: line.line, column: line.column, item: this.item?.id, rules: evidence('reader.vote-only-record') });
    } else if (!adopted.length) return false;
    this.claimed.push(line.line);
    return true;
  }

  /**
   * "“That this council …”" then "The Motion was put and carried." or "Seconded by Cllr. P. Daly and agreed.": a verdict
   * that settled no motion of its own (`before`: the clause count before it) adopts the item's quoted motion; either way
   * the quote is settled.
   */
  settleQuoted(before: number, rule: string): void {
    if (this.clauses.length === before && this.quoted && this.quoted.item === this.item?.id) this.commit({ ...this.quoted, rules: evidence(...this.quoted.rules, rule) });
    this.quoted = undefined;
  }

  open(b: Omit<Block, 'clauses'>): void {
    this.close();
    this.block = { ...b, clauses: [] };
  }

  /** A motion with no outcome recorded stands: only "lost", "withdrawn" or "defeated" undo it. */
  flushMotion(): void {
    this.tally = undefined;
    this.close();
    if (!this.motion?.lost) for (const c of this.motion?.held ?? []) this.commit(c);
    this.motion = undefined;
  }

  /** A motion never put, or lost: neither its held words nor a block waiting on its verdict make a record. */
  dropMotion(): void {
    if (this.block?.pending) this.block = undefined;
    this.motion = undefined;
  }

  /** A new clause in the open block. */
  start(text: string, line: Line, number?: ClauseNumber, column?: number): void {
    const block = this.block;
    if (!block) return;
    // "Decision: None", "Minutes: N/A": an empty cell, not a decision.
    if (!number && /^(?:none|nil|n\/a|not applicable|no (?:decision|items?|urgent items|business)\b[^.]*)\.?$/i.test(text.trim())) return;
    // "PENDERFYNWYD /" or "PENDERFYNWYD ARGYMELL I'R CABINET /" before "RESOLVED TO RECOMMEND …": the Welsh half of a
    // bilingual marker, cut off at its slash; the English half after it is the decision.
    if (!number && (!/[\p{L}\d]/u.test(text) || /\s\/$/.test(text.trim()))) return;
    // "A. RESOLUTION (26-051) Approve the handbooks" in an agenda's list: the resolution's number is no part of what it asks.
    const label = /^(?:RESOLUTION|Resolution)\b/.test(text) ? this.lex.byFamily.marker['resolution-proposal'].exec(text) : null;
    if (label) text = text.slice(label[0].length);
    const last = block.clauses[block.clauses.length - 1]?.number;
    if (number && last && !isNext(last, number) && number.style === last.style) this.checkSequence(last, number, line);
    const effects = block.effect && block.clauses.length === 0 ? { effects: [block.effect] } : {};
    const rules = evidence(...block.rules, ...(block.lead ? ['reader.list-lead-item'] : number ? ['reader.numbered-clause'] : []));
    block.clauses.push({ rules,
      kind: block.kind, origin: block.origin, number, parts: [text], line: line.line,
      column: column ?? line.column, item: this.item?.id, to: block.to, ...effects, ...(block.lead ? { leadText: block.lead.text } : {}),
    });
  }

  private checkSequence(last: ClauseNumber, number: ClauseNumber, line: Line): void {
    const expected = expectedAfter(last);
    const code = number.value === last.value ? 'numbering-repeat' : 'numbering-gap';
    report(this.file, code, `Unexpected clause number ${number.raw}, expected ${expected}`, { line: line.line, column: line.column },
      `The clause before it is ${last.raw}; a clause may be missing or mis-numbered.`);
  }

  newItem(number: string | undefined, title: string, line: Line): void {
    this.flushMotion();
    this.quoted = undefined;
    this.amendmentNext = false;
    this.item = { id: `i${this.items.length + 1}`, ...(number ? { number } : {}), title, position: { line: line.line, column: line.column } };
    this.items.push(this.item);
    this.aside = undefined;
    this.region = this.decisionRecord ? 'decision' : this.hasMinutesLabel ? 'agenda' : 'body';
    if (this.decisionRecord) this.regionRule = 'reader.decision-record';
  }

  /** Whether any record was read under the item with this id (undefined: under no item). */
  recorded(item: string | undefined): boolean {
    return this.clauses.some((c) => c.item === item);
  }

  /** Whether `number` comes straight after the item being read ("11.2" under item 11.1, "8." under 7.). */
  followsItem(number: ClauseNumber): boolean {
    const before = this.item?.number ? numberOf(this.item.number) : undefined;
    return Boolean(before && isNext(before, number));
  }

  /**
   * The one recommendation an item put to the meeting, while it has no other record ("Recommendation: Adopt Ordinance No.
   * 1187." above movers who name no words of their own): what those movers moved.
   */
  recommendationPut(item: Item): Clause | undefined {
    const put = this.recommendationsPut(item);
    return put.length === 1 ? put[0] : undefined;
  }

  /**
   * Every recommendation an item put to the meeting, while it has no other record: "RECOMMENDATION / That the Committee: 1.
   * Receives …; 2. Notes …" then "Moved: … Seconded: …" and "CARRIED" moved the list printed above.
   */
  recommendationsPut(item: Item): Clause[] {
    const put = this.clauses.filter((c) => c.item === item.id);
    return put.every((c) => c.kind === 'recommendation' && c.origin === 'report') ? put : [];
  }

  /** Lines here propose (a report, an agenda's item) rather than record what was decided. */
  proposing(): boolean {
    return this.kind === 'report' || this.region === 'agenda';
  }

  /** Whether a line can be a clause of a block that has no marker word. */
  qualifies(body: string, numbered: boolean): boolean {
    return this.proposing() ? /^that\b/i.test(body) && body.split(/\s+/).length >= 4 : isBareClause(body, this.region, numbered);
  }

  /** An outcome sentence found at `offset` of the line, as a resolution. */
  commitOutcome(o: { at: number; text: string; rule: string }, line: Line, offset: number): void {
    const source = sourceAt(line, offset + o.at);
    const column = this.locator ? this.locator.column(source.line, source.column, o.text) : line.column + offset + o.at;
    // "The Sub-Committee has determined to grant the variation subject to the following modifications:" over "(a) …" "(b) …":
    // the list is the decision's content, so the sentence stays open for it as a clause would. Only a numbered list: bullets
    // under a US board's "… for the following eight use categories:" are a PDF's table, not words of the decision.
    // "The following accounts for payment were authorised:" over payees and sums, one a line: a list of sums, numbered or not;
    // and "… RESOLVED to make the responses shown:" over one application a line, its reference first.
    const [next] = asksForContent(o.text) ? this.following(line, 1) : [];
    if (next && (parseNumber(next.text, undefined, true) || SUM_AT_END.test(next.text) || APPLICATION_START.test(next.text))) {
      this.open({ kind: 'resolution', intro: false, bare: true, level: 'plain', rules: evidence(o.rule) });
      this.start(o.text, { ...line, line: source.line }, undefined, column);
      return;
    }
    this.commit({ kind: 'resolution', parts: [o.text], line: source.line, column, item: this.item?.id, rules: evidence(o.rule) });
  }

  /**
   * "392/02 2 Election of Chairman - RJF was elected chairman.": the outcome printed after an item's title and a dash.
   * "80/25 Minutes of the meeting held on 14 July were approved and signed.": a parish minute whose number heads no title,
   * only the sentence that records the decision (`title`: what the heading read as the title).
   */
  outcomesAfterTitle(line: Line, title?: string): void {
    // "6. Precept 2012/2013: The proposed budget was … agreed by all councillors.": on an item's heading, after a colon
    // too ("Reason for amendment: Council wished to …" is no heading).
    // "3. Minutes. Minutes of 2nd November approved …": the title the heading read after its number, then its stop.
    const ended = title !== undefined && /[.!]$/.test(title);
    const titleAt = title && !ended ? line.text.indexOf(`${title}. `) : -1;
    const stopped = titleAt > 0 && /^[\w/]{1,8}[.)]?\s+$/.test(line.text.slice(0, titleAt)) ? titleAt + title!.length + 2 : 0;
    const dash = stopped ? null : (title === undefined ? TITLE_DASH : TITLE_DASH_OR_COLON).exec(line.text);
    // "26/95 Finance The payments list … was approved.": a short title run into the sentence, no stop or dash between.
    const runIn = !stopped && !dash && ended ? TITLE_RUN_IN.exec(line.text) : null;
    const sentence = !stopped && !dash && !runIn && ended && title.split(/\s+/).length >= 6 ? line.text.indexOf(title.slice(0, 12)) : -1;
    // "6.1 Purchase of Street Sweeper Three quotes were received …. The purchase … was approved …": the heading took its title
    // from the line's start, and the minute runs on after it with no stop or dash between.
    const spacedAt = !stopped && !dash && !runIn && sentence < 0 && title && !ended ? line.text.indexOf(`${title} `) : -1;
    const spaced = spacedAt > 0 && /^[\w/.]{1,10}\s+$/.test(line.text.slice(0, spacedAt)) ? spacedAt + title!.length + 1 : 0;
    const at = stopped || (dash ? dash[0].length : runIn ? runIn[0].length : sentence > 0 ? sentence : spaced);
    if (at <= 0) return;
    const rest = line.text.slice(at);
    // "6. Finance: payments totalling £1,214.60 were approved.": after a title's colon the sentence may open in lower case,
    // which the outcome rules read as the middle of one; read it as a sentence's start, and keep its words as they stand.
    const found = outcomeSentences(rest, this.lex);
    const opened = found.length === 0 && /^[a-z]/.test(rest) ? outcomeSentences(rest[0].toUpperCase() + rest.slice(1), this.lex).map((o) => (o.at === 0 ? { ...o, text: rest[0] + o.text.slice(1) } : o)) : found;
    for (const o of opened) this.commitOutcome(o, line, at);
  }

  /**
   * "… Ms. Ostrowski seconded. Vote 3-0." / "Ms. Ostrowski moved to place Article 13 …": a tally the ayes won settled the
   * motion before this one, though no verdict word followed it (a tally the noes won undid it already); so did a roll call
   * of "all ayes".
   */
  settleTallied(): void {
    if (((this.tally?.for ?? 0) > 0 || this.tally?.unanimous) && !this.amendmentNext && !this.amendment) this.flushMotion();
  }

  /** `how`: the reader's own evidence when the motion's text stands apart from its mover label. */
  openMotion(text: string, line: Line, how?: string, number?: ClauseNumber): void {
    // BoardDocs' "Member Woodley Moved, Member Barbur seconded to approve the Original motion 'It is recommended that the Board
    // approve the consent agenda, as presented.'.": the words quoted are the motion.
    const quoted = QUOTED_MOTION_NAMED.exec(text);
    if (quoted) {
      line = { ...line, column: line.column + text.indexOf(quoted[1]) };
      text = quoted[1];
    }
    this.settleTallied();
    this.tally = undefined;
    if (this.amendmentNext) {
      const procedural = this.amendmentNext === 'procedural' ? ['reader.procedural-motion'] : [];
      this.amendmentNext = false;
      this.amendment = { kind: 'resolution', parts: [text], line: line.line, column: line.column, item: this.item?.id, rules: evidence('label.amendment-heading', how ?? this.motionRule, ...procedural) };
      return;
    }
    const intro = isIntroOnly(text);
    // "That the Committee of the Whole recommend to Council:": each clause below goes on to Council.
    const to = intro ? introRecommendsTo(text) : undefined;
    const rules = evidence(this.motionRule, ...(how ? [how] : []), ...(quoted ? ['reader.quoted-recommendation'] : []));
    this.open({ kind: 'resolution', intro, bare: false, pending: true, level: intro ? undefined : number?.style ?? 'plain', ...(to ? { to } : {}), rules });
    if (!intro) this.start(text, line, number);
  }
}


const QUOTED_MOTION_NAMED = /^to\s+(?:approve|adopt|pass)\s+(?:the\s+)?(?:(?:original|amended|substitute|main)\s+)?motion\s*[:,]?\s*['‘"“](\S.{8,}?)['’"”](?=\.?\s*$|\.?\s+[A-Z])/i;

/** A line of a list of sums: "Wren Electrical – bus shelter light  £96.50". */
export const SUM_AT_END = /[£$€]\s?\d[\d,]*(?:\.\d{2})?\s*$/;

function norm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
