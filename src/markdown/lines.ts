import type { Nodes, Paragraph, Parents, PhrasingContent, RootContent, Table } from 'mdast';
import type { Chunk } from './parse.js';
import { firstTextColumn, makeLine, type Line } from '../text/line.js';
import { CELL_EDGE } from './plain.js';

/**
 * Flatten Markdown trees into source lines. The tree is used for what it knows
 * (headings, list markers, bold, escapes, entities, inline HTML); the extractors
 * then read lines, because real minutes put clause structure in line breaks that
 * Markdown folds into one paragraph.
 */
export function treeLines(chunks: Iterable<Chunk>, out: Line[] = []): Line[] {
  for (const chunk of chunks) {
    if (chunk.lines) {
      for (const line of chunk.lines) out.push(line);
      continue;
    }
    const source = chunk.text.split('\n');
    const ctx: Ctx = { out, source, base: chunk.lineBase, chunk: chunk.text, html: chunk.markup === 'html' };
    for (const node of chunk.tree.children) block(node, ctx, null);
  }
  return out;
}

interface Ctx {
  out: Line[];
  source: string[];
  base: number;
  chunk: string;
  /** The tree came from HTML: list numbers are in the tree, not in the source text. */
  html: boolean;
}

type Prefix = { marker: string; bullet: boolean; line: number; column: number; gap?: boolean } | null;

function block(node: RootContent, ctx: Ctx, prefix: Prefix): void {
  const start = node.position?.start;
  if (!start) return;
  // In HTML every block is its own paragraph, whatever lines it sits on; Markdown says so with blank lines.
  const gap = ctx.html && (!prefix || prefix.gap === true);
  switch (node.type) {
    case 'heading': {
      // A text file's rule of dashes under a paragraph makes it a setext heading to Markdown: "(b) the Indicators be
      // recommended to Council" / "for approval." / "--------". A title is one line and ends in no stop; anything else
      // above the rule is a paragraph.
      const end = node.position?.end.line ?? start.line;
      const setext = end > start.line && /^\s*(?:=+|-+)\s*$/.test(ctx.source[end - 1] ?? '');
      const body = inline(node.children);
      const paragraph = setext && (end - start.line > 1 || /[.;,]\s*$/.test(body));
      emitText(body, start.line, start.column, ctx, prefix, paragraph ? { gap } : { heading: node.depth, gap });
      return;
    }
    case 'paragraph': {
      // Without the GFM extension a pipe table is a paragraph of "| a | b |" lines.
      const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
      const tables = only === undefined ? undefined : pipeTables(only, start.line) ?? tabTable(only, start.line);
      if (tables) {
        for (const rows of tables) emitTable(rows, ctx);
        return;
      }
      if (!prefix && node.children.some((c) => c.type === 'text' && c.value.includes('|')) && tableInParagraph(node, ctx, gap)) return;
      const strong = node.children.length > 0 && node.children.every((c) => c.type === 'strong' || isBlankText(c));
      emitText(inline(node.children), start.line, start.column, ctx, prefix, { strong, gap });
      return;
    }
    case 'code': {
      const fenced = /^\s*(```|~~~)/.test(ctx.source[start.line - 1] ?? '');
      // An indented pipe or tab table is a code block to Markdown, and still a table to a clerk: read block by block.
      if (!prefix && (node.value.split('\n').some((l) => DELIMITER_ROW.test(l)) || node.value.split(/\n\s*\n/).some((part) => pipeTables(part, 0) ?? tabTable(part, 0)))) {
        let at = start.line + (fenced ? 1 : 0);
        for (const part of node.value.split(/(\n\s*\n)/)) {
          const tables = /\S/.test(part) ? pipeTables(part.replace(EMPHASIS, ''), at) ?? tabTable(part, at) : undefined;
          if (tables) for (const rows of tables) emitTable(rows, ctx);
          else if (/\S/.test(part)) emitText(part, at, 0, ctx, null, {});
          at += part.split('\n').length - 1;
        }
        return;
      }
      // Minutes indented by accident are code to Markdown, and their "<br />" tags end lines all the same.
      emitText(listItems(node.value, BR).replace(/<br\s*\/?>/gi, BR), start.line + (fenced ? 1 : 0), 0, ctx, prefix, {});
      return;
    }
    case 'html':
      emitText(listItems(node.value, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''), start.line, start.column, ctx, prefix, {}, false);
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const itemStart = item.position?.start;
        if (!itemStart) return;
        const offset = itemStart.offset ?? 0;
        const raw = ctx.chunk.slice(offset, offset + 16);
        // "… for £6,240" / "+ VAT.": a sum's tax cut at the margin onto a line of its own is no bullet; its plus sign stays.
        const taxed = !node.ordered && !ctx.html && TAX_AFTER_PLUS.test(raw);
        const marker = taxed ? '+'
          : !node.ordered ? ''
          : ctx.html ? `${(node.start ?? 1) + index}.`
          : (/^\s*(\d{1,9}[.)])/.exec(raw)?.[1] ?? '');
        const own: Prefix = { marker, bullet: !node.ordered && !taxed, line: itemStart.line, column: itemStart.column, gap: ctx.html && index === 0 };
        if (item.children.length === 0) {
          emitText('', itemStart.line, itemStart.column, ctx, own, {});
          return;
        }
        item.children.forEach((child, i) => block(child, ctx, i === 0 ? merge(prefix, own) : null));
      });
      return;
    case 'blockquote':
      node.children.forEach((child, i) => block(child, ctx, i === 0 ? prefix : null));
      return;
    case 'table':
      if (isLayout(node)) {
        layoutTable(node, ctx);
        return;
      }
      emitTable(node.children.map((row) => ({
        cells: row.children.map((cell) => inline(cell.children).replace(/[\n\u2028]/g, ' ').trim()),
        at: row.position?.start ?? start,
      })), ctx);
      return;
    default:
      // yaml front matter, definitions, thematic breaks: nothing for the extractors.
      return;
  }
}

/** Whose decision a column holds, before the word: "Committee decision", "Council's resolution". */
const WHOSE_WORDS = String.raw`(?:committee|council|board|cabinet|panel|meeting)(?:['’]s)?\s+`;
const WHOSE = new RegExp(`^${WHOSE_WORDS}`, 'i');

/**
 * A table's column saying what was decided on each row (Legistar's "Action", a register's "Decision"). "Decision / Action",
 * "Decisions and actions", "Outcome/Action": a column of both still says what was decided; so does a parish's "Resolution",
 * and a register's "Committee decision".
 */
const DECISION_COLUMN = new RegExp(String.raw`^(?:${WHOSE_WORDS})?(?:(?:decisions?|outcomes?|resolutions?)(?:\s*(?:\/|&|and|or)\s*actions?)?(?:\s+(?:taken|agreed))?|actions?(?:\s*(?:\/|&|and|or)\s*(?:decisions?|outcomes?))?(?:\s+taken)?|final\s+action|council\s+action|result|disposition)\s*:?$`, 'i');
/** A column that says who does the work and by when ("Action by", "Owner", "Deadline"): none of the matter's words. */
const OWNER_COLUMN = /^(?:action\s+(?:by|owner)|owner|lead|responsible|responsibility|who|officer|deadline|due(?:\s+date)?|by\s+when|target\s+date|status)\s*:?$/i;
/** Cells that record no decision (GUIDE: "Recorded"/"Information" cells do not count), or a motion that failed. */
const NOT_DECIDED = /^(?:recorded|information(?:\s+only)?|for\s+information(?:\s+only)?|(?:received|noted)\s+(?:as|for)\s+information|n\/a|none|nil|-|–|—|failed|lost|defeated|withdrawn)\.?$/i;
/**
 * A cell that reads as a verdict: a past-tense disposition ("Adopted", "Referred to …",
 * "Laid over for 30 days") or one in capitals. An action tracker's "Action" column holds
 * tasks ("Clerk to write to …"), and those rows are not decisions.
 */
const VERDICT_CELL = /^(?:adopted|approved|referred|laid|deferred|carried|passed|received|noted|rejected|denied|tabled|filed|continued|accepted|agreed|granted|refused|held|amended|postponed|recommended|resolved|confirmed|endorsed|ratified|awarded|authori[sz]ed|introduced|removed|returned|sent|forwarded)\b/i;
const isVerdict = (cell: string): boolean => VERDICT_CELL.test(cell) || /^[A-Z][A-Z\s,.'’-]{3,}(?:\s|$)/.test(cell);
/**
 * A decision cell that is a clause with its own marker: "RESOLVED to award …", "Agreed that …", "RECOMMENDED TO COUNCIL – That
 * …", "That the …" (not a verdict's "Recommended to Council for adoption").
 */
const MARKED_CELL = /^(?:resolved|agreed|decided|recommended(?=(?:\s+to\s+(?:the\s+)?[\w ]{2,40}?)?\s*(?:[:\-–—]\s*)?that\b)|it\s+was\s+(?:resolved|agreed)|that)\b/i;
/** A minute's running number in a row's cell: "26/16", "P/102", "CAB.12". */
const MINUTE_ID = /^(?:[A-Z]{1,4}[./]?\s?)?\d{1,4}\/\d{2,4}$|^[A-Z]{1,4}[./]\d{1,4}$/;
/** A Legistar file number: "28-0041", "2027-0412". */
const FILE_ID = /^(?:\d{2}|\d{4})-\d{3,5}$/;
/** A row's number or file id ("24-101", "5."): not part of the matter's words. */
const ROW_ID = /^(?:\(?\d{1,4}[a-z]?[.)]?|[A-Z]{0,4}\d{2,4}[-/]\d{1,5})$/;

/** A task for someone, not a decision: "Clerk to write to the owner", "Cllr Hart and the Clerk to meet the contractor". */
const TASK_CELL = /^(?![Rr]efer|[Ff]orward|[Ss]end|[Ss]ubmit|[Rr]ecommend|[Dd]elegate|[Rr]eport|[Dd]efer)(?:[\w’'.]+\s+){0,3}?(?<![a-z]ed\s)to\s+(?!remain\b|stay\b|be\b)[a-z]+/;

/** A cell that holds some of the matter's words: not empty, no row number or minute id, no dash for "none". */
const words = (c: string): boolean => Boolean(c) && !ROW_ID.test(c) && !MINUTE_ID.test(c) && !/^[-–—]$/.test(c);

interface Row {
  cells: string[];
  at: { line: number; column: number };
}

/** One line a row; a row under a decision column ("5 | Annual accounts | ADOPTED") is a decision by itself, "Information" cells excepted. */
function emitTable(rows: Row[], ctx: Ctx): void {
  const header = rows[0]?.cells ?? [];
  // "Action | Owner | Decision": an action tracker's task column beside its decision column; the decision column is the verdict.
  const decided = header.findIndex((h) => DECISION_COLUMN.test(h) && /^(?:decisions?|outcomes?|resolutions?)\b/i.test(h.replace(WHOSE, '')));
  const decisionAt = decided >= 0 ? decided : header.findIndex((h) => DECISION_COLUMN.test(h));
  // Legistar's "Action | Result": "approved" beside "Fail" is a motion that failed.
  const resultAt = header.findIndex((h, k) => k !== decisionAt && /^result\s*:?$/i.test(h));
  rows.forEach(({ cells, at }, r) => {
    // A row under the header: the delimiter row ("|---|---|") between them is no blank line.
    const row: Partial<Line> = r > 0 ? { tableBody: true } : {};
    // "Min | Subject | Decision | Action by": column labels, no line of the text (run into the first row, "by" would join them).
    if (r === 0 && decisionAt >= 0) return;
    const decision = r > 0 && decisionAt >= 0 ? cells[decisionAt] ?? '' : '';
    // Legistar prints "Action" and "Result" ("Pass") side by side: neither is the matter. A minute's number ("FC/26/88") heads
    // the row's item below, so it is no part of the matter either.
    // With no other column of words, the tracker's "Action" column is the matter the decision column decided.
    const matter = cells.filter((c, k) => !DECISION_COLUMN.test(header[k] ?? '') && !OWNER_COLUMN.test(header[k] ?? '') && words(c)).join(' ') ||
      cells.filter((c, k) => k !== decisionAt && !OWNER_COLUMN.test(header[k] ?? '') && words(c)).join(' ');
    // "26/14 | Grant to Youth Club | RESOLVED to award a grant of £500.": the cell holds a marked clause of its own, read
    // as the minute's text would be, under the row's number and matter as its title. A "Resolution" column's sentence
    // ("Apologies from Cllr Hurst were accepted.") is read so too: the minute's words, whatever their form.
    const column = (header[decisionAt] ?? '').replace(WHOSE, '');
    const sentence = /^resolutions?\b/i.test(column) && !isVerdict(decision) && !NOT_DECIDED.test(decision);
    if (decision && (MARKED_CELL.test(decision) || sentence)) {
      // A tracker's "Action" column beside it ("Clerk") names who acts, no part of the title.
      emitText(cells.filter((c, k) => k !== decisionAt && !DECISION_COLUMN.test(header[k] ?? '') && !OWNER_COLUMN.test(header[k] ?? '') && c).join(' '), at.line, at.column, ctx, null, row);
      return emitText(decision, at.line, at.column, ctx, null, row);
    }
    // Under a column headed "Decision" any words are the decision ("Rents to remain at £35 for 2026"); under "Action", only a
    // verdict is (a tracker's tasks are not decisions).
    // "Refer to Cabinet for review" is the decision's verb before "to", not a task's owner; so is a participle's ("Contract
    // awarded to Green Acre Ltd"), and a name or month after "to" is no task's verb ("Defer to January pending quotes").
    const decided = isVerdict(decision) || (/^decisions?\b/i.test(column) && !TASK_CELL.test(decision));
    const failed = resultAt >= 0 && /^(?:fail(?:ed)?|lost|defeated)\.?$/i.test(cells[resultAt] ?? '');
    if (decision && matter && !NOT_DECIDED.test(decision) && decided && !failed) {
      // "26/16 | Play area | Noted.": the row's minute number heads its item, as a minute's own line would.
      // "5 | Minutes of 8 July | Approved.": so does an item's plain number, where a marked row's number heads its item too.
      // A Legistar file number ("28-0041") heads its row's item the same.
      const id = cells.find((c, k) => k !== decisionAt && (MINUTE_ID.test(c) || ITEM_NUMBER.test(c) || FILE_ID.test(c)));
      // The row's matter is a title whatever its words ("7 | Grant request – Carnival | DEFERRED"): it heads its item as a
      // bold heading line does.
      if (id) emitText(`${id} ${matter}`, at.line, at.column, ctx, null, { ...row, strong: true });
      return emitText(`${matter} – ${decision}`, at.line, at.column, ctx, null, { ...row, decisionCell: true });
    }
    // "RECEIVED AS INFORMATION" beside a title would read as a verdict: an information row keeps its other cells only.
    const shown = decision ? cells.filter((c, k) => k !== decisionAt) : cells;
    emitText(shown.filter(Boolean).join(' | '), at.line, at.column, ctx, null, row);
  });
}

/** Bold and underline marks, which a table read from its source lines still holds. */
const EMPHASIS = /\*\*|__/g;

/**
 * "| 3. | Dredging | **AGREED** to award … |": bold inside a cell splits the paragraph into several nodes, and a line
 * with no blank line under it ("**Minutes of meeting held on …**") joins the table's paragraph. The table is read from its
 * source lines, emphasis marks dropped, and the lines above it as the paragraph they would be alone. False when there is
 * no table.
 */
function tableInParagraph(node: Paragraph, ctx: Ctx, gap: boolean): boolean {
  const first = node.position!.start.line;
  const lines = ctx.source.slice(first - 1, node.position!.end.line);
  const delimited = lines.findIndex((l, k) => k > 0 && DELIMITER_ROW.test(l)) - 1;
  // No delimiter row: rows without outer pipes, from a header row over a decision column ("Minute | Item | Resolution").
  const at = delimited >= 0 ? delimited : lines.findIndex((l) => CELL_EDGE.test(l) && headsDecisions(l.split('|')));
  const row = delimited >= 0 ? TABLE_ROW : CELL_EDGE;
  const end = at < 0 ? -1 : lines.findIndex((l, k) => k > at && !row.test(l));
  const rows = at < 0 ? [] : lines.slice(at, end < 0 ? undefined : end);
  const tables = rows.length ? pipeTables(rows.join('\n').replace(EMPHASIS, ''), first + at) : undefined;
  if (!tables) return false;
  // The lines above and below the table, each as the paragraph it would be with blank lines around the table.
  const around = (part: string[], line: number) => {
    const text = part.join('\n');
    if (text.trim()) emitText(text.replace(EMPHASIS, ''), line, 1, ctx, null, { strong: /^\s*\*\*[^*]+\*\*\s*$/.test(text), gap });
  };
  around(lines.slice(0, at), first);
  for (const found of tables) emitTable(found, ctx);
  if (end >= 0) around(lines.slice(end), first + end);
  return true;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A header row's cells that head a decision column ("Item | Subject | Decision"). */
const headsDecisions = (cells: string[]): boolean => cells.length >= 2 && cells.some((h) => DECISION_COLUMN.test(h.trim()));

const DELIMITER_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;

/**
 * The pipe tables in a block of text ("| Item | Decision |" over "|---|---|"), each a list
 * of rows headed by its header row; undefined when the block is not all table rows. Rows
 * without outer pipes or a delimiter row count under a decision column only.
 * Two tables with no blank line between split at the second delimiter row.
 */
function pipeTables(value: string, line: number): Row[][] | undefined {
  const lines = value.split('\n');
  // "27/31 | Grass cutting | Resolved to accept …": a text export's rows may drop the outer pipes, and its delimiter row.
  const outer = lines.every((l) => /^\s*\|.*\|\s*$/.test(l));
  if (lines.length < 2 || !(outer || lines.every((l) => DELIMITER_ROW.test(l) || CELL_EDGE.test(l)))) return undefined;
  const cellsOf = (l: string) => (outer ? l.trim().slice(1, -1) : l.trim()).split('|').map((c) => c.trim());
  const at = (l: string, k: number) => ({ line: line + k, column: (outer ? l.indexOf('|') : l.length - l.trimStart().length) + 1 });
  if (!DELIMITER_ROW.test(lines[1])) {
    // Without a delimiter row the rows are a table only under a decision column, as a tab table's are.
    if (lines.some((l) => DELIMITER_ROW.test(l)) || !headsDecisions(cellsOf(lines[0]))) return undefined;
    return [lines.map((l, k) => ({ cells: cellsOf(l), at: at(l, k) }))];
  }
  if (lines.length < 3) return undefined;
  const tables: Row[][] = [];
  lines.forEach((l, k) => {
    if (DELIMITER_ROW.test(l)) return;
    const row = { cells: cellsOf(l), at: at(l, k) };
    // The row above a delimiter row heads a new table.
    if (k + 1 < lines.length && DELIMITER_ROW.test(lines[k + 1])) tables.push([row]);
    else tables[tables.length - 1]?.push(row);
  });
  return tables;
}

/**
 * A Word table saved as text: cells split by tabs, one row a line. Read as a table only
 * when its first row heads a decision column ("Item⇥Subject⇥Decision"): tabs elsewhere
 * are only spacing.
 */
function tabTable(value: string, line: number): Row[][] | undefined {
  const lines = value.split('\n');
  // A title with no blank line under it ("DECISION LOG" over the header row) stays a line of its own.
  const first = lines.findIndex((l) => l.includes('\t'));
  if (first < 0 || lines.length - first < 2 || !lines.slice(first).every((l) => l.includes('\t'))) return undefined;
  const cellsOf = (l: string) => l.trim().split(/\t+/).map((c) => c.trim());
  // "1.⇥Decisions" is a numbered heading with a tab after its number, not a header row.
  const header = cellsOf(lines[first]).filter((h) => !ITEM_NUMBER.test(h));
  if (!headsDecisions(header)) return undefined;
  const rows = lines.map((l, k) => ({ cells: cellsOf(l), at: { line: line + k, column: l.length - l.trimStart().length + 1 } }));
  return first > 0 ? [rows.slice(0, first), rows.slice(first)] : [rows];
}

/** Web pages lay out text with tables whose cells hold paragraphs and lists: not data. */
function isLayout(table: Table): boolean {
  return table.children.some((row) => row.children.some((cell) => (cell.children as Nodes[]).some((c) => !isPhrasing(c))));
}

const ITEM_NUMBER = /^\(?\d{1,4}[a-z]?[.)]?$/i;

/**
 * Read a layout table cell by cell. A row whose first cell is only an item number
 * ("112." beside the item's title, as ModernGov sets agenda items) reads as one line.
 */
function layoutTable(table: Table, ctx: Ctx): void {
  for (const row of table.children) {
    let prefix: Prefix = null;
    row.children.forEach((cell, k) => {
      const children = cell.children as Nodes[];
      const text = inline(children).trim();
      const at = cell.position?.start;
      if (k === 0 && row.children.length > 1 && ITEM_NUMBER.test(text) && at) {
        prefix = { marker: text, bullet: false, line: at.line, column: at.column };
        return;
      }
      if (children.every(isPhrasing)) {
        if (at && text) emitText(inline(children), at.line, at.column, ctx, prefix, {});
        prefix = null;
        return;
      }
      children.forEach((child) => {
        block(child as RootContent, ctx, prefix);
        prefix = null;
      });
    });
  }
}

function isPhrasing(node: Nodes): boolean {
  return !['paragraph', 'heading', 'list', 'table', 'blockquote', 'code', 'thematicBreak'].includes(node.type);
}

/**
 * "<ol><li>the finding be accepted;</li><li>the member be censured; and</li>" left in a text: each item keeps its place as
 * a list item when the tags go, numbered as a browser numbers it, or a bullet in an unordered list, as the HTML reader has it.
 * In code, where each "\n" counts a source line, the item's line is ended with a break that counts none.
 */
function listItems(html: string, lineEnd: string): string {
  if (!/<li\b/i.test(html)) return html;
  const lists: { ordered: boolean; next: number }[] = [];
  return html.replace(/<(\/?)(ol|ul|li)\b([^>]*)>/gi, (_tag, close: string, name: string, attrs: string) => {
    const kind = name.toLowerCase();
    if (kind !== 'li') {
      if (close) lists.pop();
      else lists.push({ ordered: kind === 'ol', next: Number(/\bstart\s*=\s*"?(\d+)/i.exec(attrs)?.[1] ?? 1) });
      return '';
    }
    if (close) return '';
    const list = lists[lists.length - 1];
    return `${lineEnd}${list?.ordered ? `${list.next++}.` : '•'} `;
  });
}

/** An outer bullet around an inner numbered item ("- 1) to consider"): the number wins. */
function merge(outer: Prefix, inner: Prefix): Prefix {
  if (!outer) return inner;
  if (!inner) return outer;
  return { ...outer, marker: [outer.marker, inner.marker].filter(Boolean).join(' '), bullet: outer.bullet || inner.bullet, gap: outer.gap || inner.gap };
}

function emitText(text: string, line: number, column: number, ctx: Ctx, prefix: Prefix, extra: Partial<Line>, breaksAreLines = !ctx.html): void {
  const parts = text.split(/(?<=\n)|(?=\u2028)/);
  let here = line;
  let ends = 0;
  parts.forEach((piece, k) => {
    const inLine = piece.startsWith(BR);
    const part = piece.replace(/^\u2028|\n$/g, '');
    // In Markdown each break is a source line end. A <br> is not: the part is looked for on the lines ahead,
    // or further along the same line when the "<br />" stood in the text.
    here = k === 0 ? line : breaksAreLines && !inLine ? Math.min(line + ends, ctx.source.length) : lineOf(part, here, ctx.source);
    if (piece.endsWith('\n')) ends++;
    const at = ctx.base + here;
    const src = ctx.source[here - 1] ?? '';
    const found = inLine ? src.indexOf(part.trim().slice(0, 24)) : -1;
    const col = k === 0 && column > 0 ? column : found >= 0 && part.trim() ? found + 1 : firstTextColumn(src);
    if (k === 0 && prefix) {
      const joined = prefix.marker ? `${prefix.marker} ${part}` : part;
      ctx.out.push(makeLine(joined, ctx.base + prefix.line, prefix.column, { ...extra, bullet: prefix.bullet }));
      return;
    }
    // A <br> ends a line inside the paragraph, as a source line end does in text: only the block's first line follows a gap
    // (a "<br><br>" leaves an empty line, which the cleaner reads as one).
    ctx.out.push(makeLine(part, at, col, k > 0 && extra.gap ? { ...extra, gap: false } : extra));
  });
}

const TAX_AFTER_PLUS = /^\s*\+\s+(?:VAT|GST|HST)\b/;

/** What inline() puts for a "<br />" written in the text: a line end that is not a source line end. */
const BR = '\u2028';

/** The first source line from `from` on that holds the start of `part`; `from` when none does. */
function lineOf(part: string, from: number, source: string[]): number {
  // A list item's number or bullet put for its "<li>" tag is not in the source.
  const probe = part.trim().replace(/^(?:\d{1,4}\.|•)\s+/, '').slice(0, 24);
  if (!probe) return from;
  const last = Math.min(source.length, from + 50);
  for (let l = from; l <= last; l++) if (source[l - 1]?.includes(probe)) return l;
  // "<p><strong>RESOLVED</strong> that …": the part's words stand between tags in the source.
  for (let l = from; l <= last; l++) if (source[l - 1]?.includes('<') && source[l - 1].replace(/<[^>]*>/g, '').includes(probe)) return l;
  return from;
}

/** Inline content as plain text, keeping line breaks (mdast-util-to-string drops hard breaks). */
export function inline(nodes: PhrasingContent[] | Nodes[]): string {
  let s = '';
  for (const node of nodes as Nodes[]) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        s += node.value;
        break;
      case 'break':
        s += '\n';
        break;
      case 'html':
        // A tag spanning lines still spans them in the source: keep its newlines. A "<br />"
        // left in text exported from a scan ("… ACTION <br />1.1 Consider …") ends a line.
        s += /^<br\s*\/?>$/i.test(node.value) ? BR : node.value.replace(/[^\n]/g, '');
        break;
      case 'image':
        s += node.alt ?? '';
        break;
      default:
        if ('children' in node) s += inline((node as Parents).children as Nodes[]);
    }
  }
  return s;
}

function isBlankText(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}
