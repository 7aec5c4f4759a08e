import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBytes, serialize, type ParsedDocument } from '../src/index.js';
import { run } from './helpers/cli.js';

/**
 * Property tests (issue 11). Random and mutated documents through parse; random
 * damage to a store through validate, outstanding, status and import. Seeded, so a
 * failure reproduces: the seed and path are in the failure message. `npm test` runs
 * a short pass; `npm run fuzz` runs for FUZZ_SECONDS (default 600).
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 0);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const budget = (short: number) => (SECONDS ? { numRuns: 1e9, interruptAfterTimeLimit: (SECONDS * 1000) / 3 } : { numRuns: short });
const timeout = SECONDS ? SECONDS * 1000 + 120_000 : 120_000;

const root = join(import.meta.dirname, '..', 'fixtures');
const samples = readdirSync(root).sort().flatMap((name) => {
  const input = ['input.md', 'input.txt', 'input.html'].map((f) => join(root, name, f)).find(existsSync);
  return input ? [{ name: input.slice(root.length + 1), text: readFileSync(input, 'utf8') }] : [];
});

// Pieces real conversions leave behind, and pieces that have broken parsers before.
const PIECES = ['\n', '\n\n', '**', '__', '*_', '[a](', '> ', '- ', '1) ', '(iv) ', 'a. ', '·\t', '\u00a0', '\u200b', '\ufeff', '\r', '\t',
  '<p>', '</td><td>', '<br>', '&nbsp;', '&#x2013;', '|', '---', '```', 'RESOLVED – that ', 'RECOMMENDED to Council that ', 'Carried.',
  'be referred to the Cabinet', 'Page 3 of 12', '\u0000', '\ud800', '"', 'That:- ', 'R2024-107 ', 'Moved by Cr A, seconded by Cr B'];

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom('insert', 'delete', 'repeat'),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })),
  length: fc.integer({ min: 1, max: 400 }),
});

function mutate(text: string, steps: { at: number; op: string; piece: string; length: number }[]): string {
  let t = text;
  for (const s of steps) {
    const i = Math.floor(s.at * t.length);
    if (s.op === 'insert') t = t.slice(0, i) + s.piece + t.slice(i);
    else if (s.op === 'delete') t = t.slice(0, i) + t.slice(i + s.length);
    else t = t.slice(0, i) + t.slice(i, i + s.length).repeat(3) + t.slice(i);
  }
  return t;
}

/** A run slower than this is a failure too: the bound on work is part of what is tested. */
const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? 20_000);

/** What every parse must give, whatever the input: no crash, valid output, positions inside the file. */
async function checkParse(bytes: Uint8Array, name: string): Promise<void> {
  const started = Date.now();
  const { document, file } = await parseBytes(bytes, name);
  expect(Date.now() - started, `parse took over ${SLOW_MS} ms`).toBeLessThan(SLOW_MS);
  const crashes = file.messages.filter((m) => m.ruleId === 'internal-error');
  expect(crashes.map((m) => m.reason)).toEqual([]);
  const lines = typeof file.value === 'string' ? file.value.split('\n').length : Infinity;
  for (const m of file.messages) expect(m.line ?? 1).toBeGreaterThanOrEqual(1);
  if (!document) return;
  expect(() => JSON.parse(serialize([document], 'json'))).not.toThrow();
  serialize([document], 'yaml');
  for (const r of records(document)) {
    expect(r.position.line).toBeGreaterThanOrEqual(1);
    expect(r.position.line).toBeLessThanOrEqual(lines);
    expect(r.position.column).toBeGreaterThanOrEqual(1);
  }
}

function records(d: ParsedDocument) {
  return [...d.items, ...d.resolutions, ...d.recommendations, ...d.referrals];
}

describe('fuzz: parse', () => {
  it('never crashes on mutated real-looking documents, and keeps output valid', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(samples.length - 1), fc.array(mutation, { maxLength: 12 }), fc.constantFrom('.md', '.txt', '.html'),
      async (k, steps, ext) => checkParse(new TextEncoder().encode(mutate(samples[k].text, steps)), `${samples[k].name}${ext}`)),
    { seed: SEED, ...budget(60) });
  }, timeout);

  it('never crashes on random bytes under any name', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('x.md', 'x.txt', 'x.html', 'x.docx', 'x.pdf'),
      async (bytes, name) => checkParse(bytes, name)),
    { seed: SEED, ...budget(60) });
  }, timeout);
});

/** Damage that hand edits, bad copies and full disks do to YAML files. */
const damage = fc.record({
  file: fc.nat(),
  kind: fc.constantFrom('truncate', 'flip', 'value', 'drop-line', 'indent', 'empty'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  value: fc.constantFrom('[', '{a: 1}', '- x', 'null', '"', '2024-13-45', '-1', '~', 'yes', '&a *a', '!!binary x'),
});

function applyDamage(text: string, d: { kind: string; at: number; value: string }): string {
  const i = Math.floor(d.at * text.length);
  const lines = text.split('\n');
  const l = Math.floor(d.at * lines.length);
  switch (d.kind) {
    case 'truncate': return text.slice(0, i);
    case 'flip': return text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) || 32) ^ 0x20) + text.slice(i + 1);
    case 'value': lines[l] = lines[l].replace(/:\s.*$/, `: ${d.value}`); return lines.join('\n');
    case 'drop-line': lines.splice(l, 1); return lines.join('\n');
    case 'indent': lines[l] = ` ${lines[l]}`; return lines.join('\n');
    default: return '';
  }
}

describe('fuzz: damaged stores', () => {
  const base = mkdtempSync(join(tmpdir(), 'minutes-fuzz-'));
  const chain = join(import.meta.dirname, 'chain');
  let prepared = false;
  async function fresh(n: number): Promise<string> {
    if (!prepared) {
      await run(['import', chain, '--store', join(base, 'pristine'), '-q'], { cwd: base });
      // A person's note, which nothing may lose.
      await run(['status', 'cabinet-2024-01-16/52/ru1', 'done', '--store', join(base, 'pristine'), '--note', 'KEEP-THIS-NOTE', '--date', '2024-02-02'], { cwd: base });
      prepared = true;
    }
    const dir = join(base, `s${n}`);
    cpSync(join(base, 'pristine'), dir, { recursive: true });
    return dir;
  }
  let n = 0;

  it('never exits 2, names the damaged file, and never loses a staff note', async () => {
    await fc.assert(fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
      const started = Date.now();
      const dir = await fresh(n++);
      const files = [join(dir, 'index.yaml'), ...readdirSync(join(dir, 'meetings')).map((f) => join(dir, 'meetings', f)), ...readdirSync(join(dir, 'bodies')).map((f) => join(dir, 'bodies', f))];
      for (const d of damages) {
        const path = files[d.file % files.length];
        writeFileSync(path, applyDamage(readFileSync(path, 'utf8'), d));
      }
      for (const argv of [['validate'], ['outstanding', '--format', 'json'], ['xref'], ['status', 'cabinet-2024-01-16/52/ru1', 'done']]) {
        const r = await run([...argv, '--store', dir], { cwd: base });
        expect(r.code, `${argv[0]}: ${r.stderr}`).not.toBe(2);
        if (r.code === 1 && argv[0] !== 'status') expect(r.stderr).toMatch(/\.yaml:\d+:\d+: (?:error|warning)/);
        if (argv[0] === 'outstanding' && r.code !== 1) expect(() => JSON.parse(r.stdout)).not.toThrow();
      }
      const imported = await run(['import', chain, '--store', dir, '-q'], { cwd: base });
      expect(imported.code, imported.stderr).not.toBe(2);
      // The note survives: in the record, or in the damaged copy kept beside it, or the damage itself removed it.
      const everywhere = readdirSync(join(dir, 'meetings')).map((f) => readFileSync(join(dir, 'meetings', f), 'utf8')).join('\n');
      const damagedCabinet = damages.some((d) => files[d.file % files.length].endsWith('cabinet-2024-01-16.yaml'));
      if (!damagedCabinet) expect(everywhere).toContain('KEEP-THIS-NOTE');
      expect(Date.now() - started, `one round took over ${3 * SLOW_MS} ms`).toBeLessThan(3 * SLOW_MS);
    }), { seed: SEED, ...budget(12) });
  }, timeout);
});
