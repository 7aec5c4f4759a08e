import { htmlTree } from './tree.js';
import { treeLines } from '../markdown/lines.js';
import { makeLine, type Line } from '../text/line.js';

export interface HtmlLines {
  lines: Line[];
  /** The page's <title> as a line: ModernGov pages often name the meeting only there. */
  title?: Line;
}

/** An HTML page as source lines, through the same Markdown tree reader as `.md` files. */
export function htmlLines(html: string): HtmlLines {
  const { tree, title } = htmlTree(html);
  const lines = treeLines([{ tree, text: html, lineBase: 0, markup: 'html' }]);
  if (!title) return { lines };
  const at = placeOf(html, /<title[^>]*>/i);
  return { lines, title: makeLine(title, at.line, at.column, { heading: 1 }) };
}

function placeOf(text: string, pattern: RegExp): { line: number; column: number } {
  const m = pattern.exec(text);
  if (!m) return { line: 1, column: 1 };
  const before = text.slice(0, m.index + m[0].length);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}
