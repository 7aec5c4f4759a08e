import type { Root, RootContent } from 'mdast';

/**
 * Work bounds for remark. Two shapes of text make it blow up: containers nested
 * thousands deep (`>>>>…`, `- - - …`) overflow the call stack, and thousands of
 * unmatched emphasis or link openers in one chunk (`*_*_…`, `[a](…`) take time
 * quadratic in their number (200 KB of `*_` took over two minutes). No minutes look
 * like either, so a chunk past these bounds is read line by line as plain text.
 */
export const MAX_NESTING = 32;
export const MAX_OPENERS = 1000;

const DEEP = new RegExp(`^[ \\t]*(?:(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*){${MAX_NESTING}}`, 'm');
// Runs of emphasis or code marks, and link and image openers.
const OPENERS = /\*+|_+|`+|!?\[/g;

/** Why this chunk should not go through remark, or undefined when it may. */
export function tooComplex(text: string): string | undefined {
  if (DEEP.test(text)) return `containers (\`>\`, list markers) nested more than ${MAX_NESTING} deep`;
  let openers = 0;
  OPENERS.lastIndex = 0;
  while (OPENERS.exec(text)) {
    if (++openers > MAX_OPENERS) return `more than ${MAX_OPENERS} emphasis, code or link marks in ${Math.round(text.length / 1024)} KB`;
  }
  return undefined;
}

/** The chunk as a tree with one paragraph per non-blank line, text taken as it stands. */
export function plainTree(text: string): Root {
  const children: RootContent[] = [];
  let offset = 0;
  text.split('\n').forEach((value, i) => {
    const lead = /^[ \t]*/.exec(value)![0].length;
    if (lead < value.length) {
      const start = { line: i + 1, column: lead + 1, offset: offset + lead };
      const end = { line: i + 1, column: value.length + 1, offset: offset + value.length };
      children.push({ type: 'paragraph', children: [{ type: 'text', value: value.slice(lead), position: { start, end } }], position: { start, end } });
    }
    offset += value.length + 1;
  });
  return { type: 'root', children };
}
