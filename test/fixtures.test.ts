import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseBytes, type ParseOptions } from '../src/index.js';
import { toDiagnostics } from '../src/diagnostics/report.js';
import { normalise, project, restrict, type Expected } from './helpers/project.js';

/**
 * Each folder under fixtures/ is a case: input.md (or .txt, .html) and expected.yaml,
 * what a clerk would extract. `UPDATE_FIXTURES=1 npm run fixtures:update` rewrites
 * expected.yaml from the parser's output; review the diff before committing it.
 */
const root = join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('fixtures', () => {
  it('has at least twenty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(root, name);
      const input = ['input.md', 'input.txt', 'input.html'].map((f) => join(dir, f)).find(existsSync);
      if (!input) throw new Error(`${name}: no input.md, input.txt or input.html`);
      const optionsFile = join(dir, 'options.yaml');
      const options: ParseOptions = existsSync(optionsFile) ? parse(readFileSync(optionsFile, 'utf8')) : {};
      const { document, file } = await parseBytes(readFileSync(input), input, options);
      if (!document) throw new Error(`${name}: ${file.messages.map(String).join('; ')}`);
      const actual = project(document, toDiagnostics(file));
      const expectedFile = join(dir, 'expected.yaml');
      if (process.env.UPDATE_FIXTURES) {
        writeFileSync(expectedFile, stringify(actual, { lineWidth: 0 }));
        return;
      }
      const expected = normalise(parse(readFileSync(expectedFile, 'utf8')) as Expected);
      expect(normalise(restrict(actual, expected))).toEqual(expected);
    });
  }
});
