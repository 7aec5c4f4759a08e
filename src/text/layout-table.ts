/**
 * A table laid out with spaces, as text taken from a PDF keeps one: a decision sheet's "Item   Subject   Decision" over
 * "12   Council Tax Base 2027/28   Approved". Its rows are rewritten with pipes between the cells, so the Markdown reader
 * reads them as the table they are (markdown/lines.ts reads a decision column beside its matter); without them a row reads
 * as one title, its verdict run on as a word of it.
 *
 * Only a table whose header names a decision column is rewritten: a page's other aligned text (a list of members and their
 * wards, a budget's figures) is left as it was. Each line keeps its place, so line numbers still point into the file.
 */

/** A header cell that names what was decided on each row. */
const DECISION_HEADER = /^(?:decisions?(?:\s+taken|\s+made)?|resolutions?|outcomes?|results?|action\s+taken|agreed\s+actions?)$/i;
/** The space between two cells: two spaces or more, or a tab. A sentence's words have one space between them. */
const GAP = /[ \u00a0]{2,}|\t+/;
/** The cheap test: no line with a wide gap between words, no table. */
const ANY_GAP = /\S(?:[ \u00a0]{2,}|\t)\S/;

/** The text with each decision table laid out with spaces rewritten with pipes; the text itself where it has none. */
export function pipeLayoutTables(text: string): string {
  if (!ANY_GAP.test(text) || !/decision|resolution|outcome|result|action/i.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const header = cells(lines[i]);
    if (!header || header.length > 5 || header.some((c) => c.length > 30) || !header.some((c) => DECISION_HEADER.test(c))) continue;
    const rows = tableRows(lines, i + 1, starts(lines[i]));
    // A header with no row under it is a heading line that happens to hold the word, not a table.
    if (rows.length === 0) continue;
    lines[i] = header.join(' | ');
    for (const [at, row] of rows) lines[at] = row.join(' | ');
    changed = true;
    i = rows[rows.length - 1][0];
  }
  return changed ? lines.join('\n') : text;
}

/** The line's cells, where it has two or more; undefined for a blank line or one run of words. */
function cells(line: string): string[] | undefined {
  const parts = line.trim().split(GAP).filter(Boolean);
  return parts.length >= 2 ? parts : undefined;
}

/** Where each cell of a line starts. */
function starts(line: string): number[] {
  return [...line.matchAll(CELL)].map((m) => m.index);
}
// A line's first cell may stand after an indent of any width, as the header's cells() reads it trimmed.
const CELL = /(?<=^[ \u00a0\t]*|[ \u00a0]{2}|\t)\S.*?(?=[ \u00a0]{2,}|\t|$)/g;

/**
 * The rows under a header, each where it stands and its cells, as many as the header's: blank lines between rows are passed
 * over, and the table ends at the first line that is not such a row (a wrapped cell's second line, the next paragraph).
 * A row's cells go to the header's columns by where they start, so a cell whose own words hold a wide gap ("PA26/04411  Land
 * at Tregolls Farm" under "Application") stays one cell; every column must have words.
 */
function tableRows(lines: string[], from: number, columns: number[]): [number, string[]][] {
  const rows: [number, string[]][] = [];
  for (let j = from; j < lines.length; j++) {
    if (lines[j].trim() === '') continue;
    const found = [...lines[j].matchAll(CELL)];
    const row = columns.map(() => [] as string[]);
    for (const m of found) {
      // A cell may start a little left of its header: "Approved" under "Decision", set by a longer cell above.
      const k = columns.findLastIndex((c) => c <= m.index + 3);
      row[Math.max(0, k)].push(m[0].trim());
    }
    if (found.length < 2 || row.some((c) => c.length === 0)) break;
    rows.push([j, row.map((c) => c.join(' '))]);
  }
  return rows;
}
