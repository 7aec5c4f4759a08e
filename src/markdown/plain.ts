import { firstTextColumn, makeLine, type Line } from '../text/line.js';

/**
 * Most minutes are plain text: paragraphs, numbered items and nothing Markdown would
 * make anything of. For such a chunk the tree adds nothing, and building it is most of a
 * parse, so the lines are read directly, the same lines the tree would give (a test reads
 * every fixture both ways). Anything Markdown could read differently sends the chunk to
 * remark: emphasis, code, links, HTML, entities, escapes, tabs, and at any indentation a
 * heading, quote, bullet, rule, table row or setext underline, an indented block, or a
 * numbered item whose number stands alone or before an indented block.
 */

/** Characters that may start inline syntax anywhere in a line. */
const INLINE = /[*_`<\\\t\f\v]|&#?[A-Za-z0-9]+;|\]\s*[(:[]/;
/** What may open a block, once any "1." / "2)" list numbers are taken off the line's start. */
const BLOCK_START = /^(?:[-+](?:[ ]|$)|#{1,6}(?:[ ]|$)|>|\||=+[ ]*$|-+[ ]*$|~~~)/;
/** An ordered list number as Markdown reads one, and the spaces after it. */
const ORDERED = /^(\d{1,9}[.)])( *)/;

/**
 * A cell's edge in a table row without its outer pipes ("27/31 | Grass cutting | Resolved to …"): the tree's reader finds
 * the table (markdown/lines.ts reads rows by the same test, so a chunk it would read as a table never stays here).
 */
export const CELL_EDGE = /\S[^\S\n]+\|[^\S\n]+\S/;

/** The chunk's lines, or undefined when Markdown syntax in it needs the full parser. */
export function plainLines(text: string, lineBase: number): Line[] | undefined {
  if (INLINE.test(text) || CELL_EDGE.test(text)) return undefined;
  const out: Line[] = [];
  let blockStart = true;
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const source = text.slice(start, end);
    start = end + 1;
    let lead = 0;
    while (source.charCodeAt(lead) === 32) lead++;
    if (lead === source.length) {
      blockStart = true;
      continue;
    }
    // After a blank line, four spaces make a code block (or a list item's paragraph).
    if (blockStart && lead >= 4) return undefined;
    if (!plainStart(source.slice(lead))) return undefined;
    // A paragraph's first line starts after its spaces; later lines where the tree's reader takes text to start.
    const column = blockStart ? lead + 1 : firstTextColumn(source);
    out.push(makeLine(source.slice(lead), lineBase + n, column));
    blockStart = false;
    if (end === text.length) break;
  }
  return out;
}

/** The line, its leading spaces gone, opens no block other than a paragraph or a numbered item of one. */
function plainStart(rest: string): boolean {
  for (;;) {
    const first = rest.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const m = ORDERED.exec(rest);
      if (m) {
        const spaces = m[2].length;
        // "1.5 million" is text; "1." alone is an empty item, and five spaces after it code inside one: remark's.
        if (spaces === 0) return m[0].length < rest.length;
        if (spaces > 4 || m[0].length === rest.length) return false;
        rest = rest.slice(m[0].length);
        continue;
      }
      return true;
    }
    return !BLOCK_START.test(rest);
  }
}
