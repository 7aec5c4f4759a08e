import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../src/pipeline.js';
import { buildMeeting, HEADER, renderDocument, renderMeeting, type MeetingRecord } from '../src/store/meeting-file.js';
import { writeYaml } from '../src/store/yaml-writer.js';
import { slug } from '../src/store/ids.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const resolver = { resolve: (name: string) => slug(name) };

async function recordOf(name: string, input: string): Promise<MeetingRecord | undefined> {
  const { document } = await parseBytes(readFileSync(input), input);
  return document && buildMeeting(`${name}-2024-01-01`, document, { path: `fixtures/${name}/input`, sha256: 'ab'.repeat(32) }, resolver);
}

describe('the direct YAML writer', () => {
  it('writes every fixture\'s meeting byte for byte as the yaml package does', async () => {
    const names = readdirSync(root).sort();
    let direct = 0;
    let total = 0;
    for (const name of names) {
      const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'));
      if (!input || !existsSync(join(root, name, input))) continue;
      const record = await recordOf(name, join(root, name, input));
      if (!record) continue;
      total++;
      const written = writeYaml(record as unknown as Record<string, unknown>, HEADER);
      if (written !== undefined) direct++;
      expect(written ?? renderDocument(record), name).toBe(renderDocument(record));
      expect(renderMeeting(record), name).toBe(renderDocument(record));
    }
    // Nearly every fixture must take the direct path, or the comparison proves little.
    expect(direct).toBeGreaterThan(total * 0.9);
  });

  const shared = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const real = ['seeds', 'dev/raw', 'dev2/raw'].flatMap((set) => (existsSync(join(shared, set)) ? readdirSync(join(shared, set)).map((f) => join(shared, set, f)) : []));
  it.skipIf(!real.length)('writes the meetings of the real texts in ../shared as the yaml package does', async () => {
    for (const file of real) {
      const record = await recordOf('real', file);
      if (record) expect(renderMeeting(record), file).toBe(renderDocument(record));
    }
  });

  const awkward = [
    '1', '007', '1.5', '1e3', '0x1F', '0o17', '.inf', '.NaN', 'true', 'False', 'NULL', '~', '', ' ', 'a: b', 'a:b', 'ends:', 'ends ',
    ' starts', '- item', '-item', '-', '?', '? x', '?x', ':x', '#x', 'x #y', 'x#y', "it's", 'say "hi"', 'both \' and "', 'tab\there',
    '\tlead', 'no\u00a0break', '@x', '%x', '`x', '!x', '&x', '*x', '|x', '>x', '[x]', 'x [y]', '{x}', 'a,b', ',a', '\\back', 'é ü ’ – —',
    'emoji 😀', '---', '--- x', '...', 'x\ny', 'x\n', 'bell\u0007', 'next\u0085line', 'sep\u2028x', 'lone \ud800', 'del\u007f', 'Resolved: that (1) …',
    '2024-03-05', '12:30', 'yes', 'no', 'on', '<b>', '"quoted"', "'single'",
  ];

  it.each(awkward.map((s) => [s]))('writes %j as the package does, or leaves it to the package', (value) => {
    const record = { id: 'x', text: value, list: [value, { text: value, n: 3, ok: true }], nested: { text: value, empty: [] } };
    const written = writeYaml(record, HEADER);
    if (written === undefined) return;
    expect(written).toBe(renderDocument(record as unknown as MeetingRecord));
  });

  it('writes plain and quoted strings itself and leaves line breaks to the package', () => {
    expect(writeYaml({ a: 'plain words', b: '1', c: 'a: b', d: '"hi" she said' })).toBe('a: plain words\nb: "1"\nc: "a: b"\nd: \'"hi" she said\'\n');
    expect(writeYaml({ a: 'two\nlines' })).toBeUndefined();
  });
});
