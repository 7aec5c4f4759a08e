import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../src/markdown/parse.js';
import { treeLines } from '../src/markdown/lines.js';
import { plainLines } from '../src/markdown/plain.js';
import { lineCleaner } from '../src/text/clean.js';
import { MESSES } from './helpers/messes.js';
import { hardWrap } from './helpers/wrap.js';

/** The cleaned lines of a text, read through remark's tree or directly where a chunk allows. */
function lines(text: string, direct: boolean): { lines: string; direct: number } {
  const chunks = [...parseMarkdown(text.replace(/\r\n?/g, '\n'), direct)];
  const out = lineCleaner()(treeLines(chunks));
  return { lines: out.map((l) => `${l.line}:${l.column} ${l.heading}${l.strong ? 's' : ''}${l.bullet ? 'b' : ''}${l.gap ? 'g' : ''} ${l.text}`).join('\n'), direct: chunks.filter((c) => c.lines).length };
}

const root = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(root).sort().flatMap((name) => {
  const input = ['input.md', 'input.txt'].map((f) => join(root, name, f)).find(existsSync);
  return input ? [[name, readFileSync(input, 'utf8')] as const] : [];
});
const shared = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const corpus = ['seeds', 'dev/raw', 'dev2/raw'].flatMap((set) => {
  const dir = join(shared, set);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => [`${set}/${f}`, readFileSync(join(dir, f), 'utf8')] as const) : [];
});

describe('the direct line reader', () => {
  const copies = fixtures.flatMap(([name, text]) => [
    [name, text] as const,
    [`${name} wrapped at 60`, hardWrap(text, 60)] as const,
    ...Object.entries(MESSES).map(([mess, apply]) => [`${name} with ${mess}`, apply(text)] as const),
  ]);

  it('gives the lines the Markdown tree gives, for every fixture and its messy copies', () => {
    const differ: string[] = [];
    let direct = 0;
    for (const [name, text] of copies) {
      const fast = lines(text, true);
      direct += fast.direct;
      const slow = lines(text, false);
      if (fast.lines !== slow.lines) differ.push(`${name}:\n${diff(slow.lines, fast.lines)}`);
    }
    expect(differ).toEqual([]);
    // Most fixtures are plain text: the comparison must have covered many of them.
    expect(direct).toBeGreaterThan(copies.length / 3);
  });

  it.skipIf(!corpus.length)('gives the lines the Markdown tree gives, for the real texts in ../shared', () => {
    const differ = corpus.filter(([, text]) => lines(text, true).lines !== lines(text, false).lines).map(([name, text]) => `${name}:\n${diff(lines(text, false).lines, lines(text, true).lines)}`);
    expect(differ).toEqual([]);
  });

  it.each([
    ['emphasis', 'That the **report** be noted.'],
    ['an entity', 'Fees &amp; charges'],
    ['a bullet', 'Resolved:\n- that the report be noted'],
    ['a heading', '# Minutes'],
    ['a quote', '> That the report be noted.'],
    ['a setext underline', 'Minutes\n======='],
    ['an indented block after a blank line', 'Minutes\n\n    That the report be noted.'],
    ['a tab', '1.\tThat the report be noted.'],
    ['an empty numbered item', '1.\nThat the report be noted.'],
    ['a table row', '| Item | Decision |'],
    ['an escape', 'Item 4\\. Accounts'],
    ['a link', 'See [the report](https://example.org).'],
  ])('leaves %s to remark', (_, text) => {
    expect(plainLines(text, 0)).toBeUndefined();
  });

  it('reads plain text with numbered items, no-break spaces and indented run-on lines itself', () => {
    const text = '7.  PLAY AREAS\n\nResolved:-  (1)  That the report be noted;\n   (2) That the matter be referred\n\u00a0to Cabinet.\n\n10) Any other business';
    expect(plainLines(text, 4)?.map((l) => [l.line, l.column, l.text])).toEqual([
      [5, 1, '7.  PLAY AREAS'],
      [7, 1, 'Resolved:-  (1)  That the report be noted;'],
      [8, 4, '(2) That the matter be referred'],
      [9, 2, '\u00a0to Cabinet.'],
      [11, 1, '10) Any other business'],
    ]);
  });
});

function diff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const k = x.findIndex((l, i) => l !== y[i]);
  return `  tree:   ${x[k]}\n  direct: ${y[k]}`;
}
