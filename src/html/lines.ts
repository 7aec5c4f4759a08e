import { htmlTree } from './tree.js';
import { treeLines } from '../markdown/lines.js';
import { makeLine, type Line } from '../text/line.js';

/**
 * An HTML page as source lines, through the same Markdown tree reader as `.md` files.
 * The page's <title> goes first when the page body does not repeat it: ModernGov item
 * pages name the meeting only there.
 */
export function htmlLines(html: string): Line[] {
  const { tree, title } = htmlTree(html);
  const lines = treeLines([{ tree, text: html, lineBase: 0, markup: 'html' }]);
  if (title && !lines.slice(0, 10).some((l) => l.text.includes(title))) {
    const at = placeOf(html, /<title[^>]*>/i);
    lines.unshift(makeLine(title, at.line, at.column, { heading: 1 }));
  }
  return lines;
}

function placeOf(text: string, pattern: RegExp): { line: number; column: number } {
  const m = pattern.exec(text);
  if (!m) return { line: 1, column: 1 };
  const before = text.slice(0, m.index + m[0].length);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}
