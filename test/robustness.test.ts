import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parseText, type ParsedDocument } from '../src/index.js';

/**
 * The same minutes as different tools save them must read the same: Windows line ends,
 * non-breaking spaces, a four-space indent (which Markdown takes for code), tabs after
 * clause numbers, a running head with a page number every thirty lines, and no blank
 * lines at all.
 */
const MESSES: Record<string, (text: string) => string> = {
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'non-breaking spaces': (t) => t.replace(/ (?=\S)/g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m)),
  'a four-space indent': (t) => t.split('\n').map((l) => (l.trim() ? `    ${l}` : l)).join('\n'),
  'tabs after clause numbers': (t) => t.replace(/^(\s*\(?\w{1,4}[.)])[ ]+/gm, '$1\t'),
  'a running head every thirty lines': (t) => t.split('\n').flatMap((l, i) => (i && i % 30 === 0 ? ['', `Council Minutes 12.03.2024        Page ${i / 30}`, '', l] : [l])).join('\n'),
  'no blank lines': (t) => t.split('\n').filter((l) => l.trim()).join('\n'),
};

const records = (d: ParsedDocument) => [
  ...d.resolutions.map((r) => `R ${r.number ?? ''} ${r.text}`),
  ...d.recommendations.map((r) => `C ${r.number ?? ''} ${r.text}`),
  ...d.referrals.map((r) => `F ${r.from} ${r.to ?? r.to_name} ${r.kind}`),
];
const parse = (text: string, path: string) => parseText(text, new VFile({ path }));

const root = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(root).sort().flatMap((name) => {
  const input = ['input.md', 'input.txt'].map((f) => join(root, name, f)).find(existsSync);
  return input ? [[name, input] as const] : [];
});

describe('messy copies of every fixture read the same', () => {
  for (const [mess, apply] of Object.entries(MESSES)) {
    it(`with ${mess}`, () => {
      const differ: string[] = [];
      for (const [name, input] of inputs) {
        const text = readFileSync(input, 'utf8');
        const want = records(parse(text, input));
        const got = records(parse(apply(text), input));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${name}: ${JSON.stringify(want)} became ${JSON.stringify(got)}`);
      }
      expect(differ).toEqual([]);
    });
  }
});
