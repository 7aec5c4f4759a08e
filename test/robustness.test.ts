import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parseText, type ParsedDocument } from '../src/index.js';
import { MESSES } from './helpers/messes.js';

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

// Each fixture read clean once, not once for every kind of mess: the clean reading is half of this file's time.
const clean = new Map<string, { text: string; want: string[] }>();
const cleanReading = (input: string) => {
  let found = clean.get(input);
  if (!found) {
    const text = readFileSync(input, 'utf8');
    found = { text, want: records(parse(text, input)) };
    clean.set(input, found);
  }
  return found;
};

describe('messy copies of every fixture read the same', () => {
  for (const [mess, apply] of Object.entries(MESSES)) {
    it(`with ${mess}`, () => {
      const differ: string[] = [];
      for (const [name, input] of inputs) {
        const { text, want } = cleanReading(input);
        const got = records(parse(apply(text), input));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${name}: ${JSON.stringify(want)} became ${JSON.stringify(got)}`);
      }
      expect(differ).toEqual([]);
    });
  }
});
