import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordingsPage } from '../src/lexicon/page.js';
import { READER_EVIDENCE } from '../src/lexicon/evidence.js';
import { parseBytes } from '../src/pipeline.js';
import { run } from './helpers/cli.js';
import { ALL_RULES, compileLexicon, lexiconFor, rulesOf } from '../src/lexicon/index.js';
import { matchMarker } from '../src/extract/markers.js';
import { claimedBy } from '../src/extract/claim.js';
import { VFile } from 'vfile';
import { parseText } from '../src/index.js';

const root = join(import.meta.dirname, '..');

/** What the matcher of a rule's family says of a line: the id of the rule that claims it, if any. */
const claim = Object.fromEntries((['marker', 'label', 'outcome', 'referral'] as const).map((f) => [f, (t: string) => claimedBy(f, t, lexiconFor())]));

describe('the lexicon', () => {
  it('gives every rule a unique id under its family, a summary and at least one example', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id.startsWith(`${r.family}.`), r.id).toBe(true);
      expect(r.summary.length, r.id).toBeGreaterThan(10);
      expect(r.examples.match.length, r.id).toBeGreaterThan(0);
    }
  });

  // Each example goes through the whole matcher, so the test also checks the order the rules are tried in.
  describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it.each(rule.examples.match.map((e) => [e]))('claims %j', (example) => {
      expect(claim[rule.family](example)).toBe(id);
    });
    if (rule.examples.not?.length) {
      it.each(rule.examples.not.map((e) => [e]))('leaves %j to no rule', (example) => {
        expect(claim[rule.family](example)).toBeUndefined();
      });
    }
  });

  it('leaves a rule out of a dialect it was not seen in, and keeps the rest', () => {
    const us = 'FINAL ACTION: Approved the contract with Acme Paving.';
    expect(matchMarker(us, lexiconFor('us'))?.rule).toBe('marker.final-action');
    expect(matchMarker(us, lexiconFor('uk'))?.rule).not.toBe('marker.final-action');
    expect(matchMarker('RESOLVED – that the report be noted.', lexiconFor('uk'))?.rule).toBe('marker.resolved');
    expect(compileLexicon('uk').hash).not.toBe(compileLexicon().hash);
    expect(compileLexicon().rules.length).toBe(ALL_RULES.length);
    expect(compileLexicon('scot').rules.length).toBeLessThan(ALL_RULES.length);
  });

  it('has rules in every family the matchers know', () => {
    for (const family of Object.keys(claim)) expect(rulesOf(family as never).length, family).toBeGreaterThan(3);
  });
});

describe('evidence on records', () => {
  it('names the marker, the list and the outcome rules that made each record', () => {
    const document = parseText([
      'RESOLVED – That:',
      '(1) the report be noted;',
      '(2) the scheme be referred to Cabinet.',
      '',
      'The minutes of the meeting held on 4 March were approved as a correct record.',
    ].join('\n'), new VFile({ path: 'x.md' }));
    expect(document.resolutions.map((r) => r.rules)).toEqual([
      ['marker.resolved', 'reader.numbered-clause'],
      ['marker.resolved', 'reader.numbered-clause'],
      ['outcome.passive'],
    ]);
  });

  it('adds the carried label to a motion it adopts', () => {
    const document = parseText(['Moved by Cr Lee, seconded by Cr Ames', 'That the tender from Civil Works Ltd be accepted.', 'CARRIED'].join('\n'), new VFile({ path: 'x.md' }));
    expect(document.resolutions[0].rules).toEqual(['label.moved-by', 'reader.motion-text', 'label.carried']);
  });
});

describe('docs/WORDINGS.md', () => {
  it('is the page the lexicon makes now (run `npm run wordings` after changing a rule)', () => {
    expect(readFileSync(join(root, 'docs', 'WORDINGS.md'), 'utf8')).toBe(wordingsPage());
  });

  it('explains every evidence id a fixture record carries', async () => {
    const known = new Set([...ALL_RULES.map((r) => r.id), ...Object.keys(READER_EVIDENCE)]);
    const seen = new Set<string>();
    for (const name of readdirSync(join(root, 'fixtures'))) {
      const input = readdirSync(join(root, 'fixtures', name)).find((f) => f.startsWith('input'));
      if (!input) continue;
      const { document } = await parseBytes(new Uint8Array(readFileSync(join(root, 'fixtures', name, input))), input);
      for (const r of [...(document?.resolutions ?? []), ...(document?.recommendations ?? [])]) for (const id of r.rules ?? []) seen.add(id);
    }
    expect([...seen].filter((id) => !known.has(id))).toEqual([]);
    // The fixtures exercise most of the lexicon: a rule no fixture reaches is one nobody has seen work in a document.
    expect(seen.size).toBeGreaterThan(40);
  });
});

const MIXED = [
  'PLANNING COMMITTEE',
  '',
  '1. LAND AT MILL LANE',
  '',
  'RESOLVED – That the application be referred to the Cabinet for decision.',
  '',
  '2. CONTRACTS',
  '',
  'FINAL ACTION: Approved the contract with Acme Paving.',
  '',
].join('\n');

describe('parse --explain and --dialect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-lex-'));
  writeFileSync(join(dir, 'm.txt'), MIXED);

  it('prints each record with the rules that made it and its referrals', async () => {
    const r = await run(['parse', 'm.txt', '--explain'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^m\.txt: 2 record\(s\)$/m);
    expect(r.stdout).toMatch(/^ {2}5:12 +r1 +resolution +marker\.resolved$/m);
    expect(r.stdout).toMatch(/referral: refer → Cabinet/);
    expect(r.stdout).toMatch(/r2 +resolution +marker\.final-action/);
  });

  it('says why a signal made no record, in JSON too', async () => {
    writeFileSync(join(dir, 'lost.txt'), 'CABINET\n\n1. BUDGET\n\nRESOLVED:\n\n2. ANY OTHER BUSINESS\n\nNone.\n\n3. CLOSE\n\nThe meeting closed at 8pm.\n');
    const r = await run(['parse', 'lost.txt', '--explain', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.records).toEqual([]);
    const unclaimed = out.missed.find((d: { code: string }) => d.code === 'unclaimed-decision');
    expect(unclaimed).toMatchObject({ line: 5, column: 1 });
    expect(unclaimed.note).toMatch(/^Rule marker\.resolved read the line as a lead-in, but no clause was read below it/);
    // The warnings are in the explanation, not printed twice.
    expect(r.stderr).toBe('');
  });

  it('reads with one tradition\'s wordings when asked, from the flag or the config file', async () => {
    const all = JSON.parse((await run(['parse', 'm.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect(all.resolutions).toHaveLength(2);
    const uk = JSON.parse((await run(['parse', 'm.txt', '--format', 'json', '--dialect', 'uk'], { cwd: dir })).stdout);
    expect(uk.resolutions.map((x: { rules: string[] }) => x.rules[0])).toEqual(['marker.resolved']);
    writeFileSync(join(dir, 'minutes.config.yaml'), 'dialect: uk\n');
    const configured = JSON.parse((await run(['parse', 'm.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect(configured.resolutions).toHaveLength(1);
    // The flag beats the config file.
    const us = JSON.parse((await run(['parse', 'm.txt', '--format', 'json', '--dialect', 'us'], { cwd: dir })).stdout);
    expect(us.resolutions).toHaveLength(2);
    rmSync(join(dir, 'minutes.config.yaml'));
  });

  it('refuses a dialect it does not know: the flag as usage, the config file and a manifest at their line', async () => {
    const flag = await run(['parse', 'm.txt', '--dialect', 'klingon'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Allowed choices are uk, scot, ie, ni, au, nz, us, ca/);
    writeFileSync(join(dir, 'c.yaml'), 'store: records\ndialect: british\n');
    const config = await run(['import', 'm.txt', '--config', 'c.yaml'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^c\.yaml:2:10: error: Unexpected dialect `british`, expected one of uk, scot/);
    writeFileSync(join(dir, 'meetings.csv'), 'file,body,dialect\nm.txt,Planning Committee,uk\nother.txt,Cabinet,mars\n');
    const manifest = await run(['import', 'm.txt', '--manifest', 'meetings.csv', '--store', 's'], { cwd: dir });
    expect(manifest.code).toBe(1);
    expect(manifest.stderr).toMatch(/meetings\.csv:3: Unexpected dialect `mars`/);
  });

  it('imports with a manifest row\'s dialect, and re-reads every file when the dialect changes', async () => {
    writeFileSync(join(dir, 'meetings.csv'), 'file,body,dialect\nm.txt,Planning Committee,uk\n');
    const first = JSON.parse((await run(['import', 'm.txt', '--manifest', 'meetings.csv', '--store', 'd', '--json'], { cwd: dir })).stdout);
    expect(first).toMatchObject({ imported: 1, resolutions: 1 });
    const again = JSON.parse((await run(['import', 'm.txt', '--store', 'd', '--json', '--dialect', 'us'], { cwd: dir })).stdout);
    expect(again).toMatchObject({ imported: 1, unchanged: 0, resolutions: 2 });
  });
});
