import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from './helpers/cli.js';
import { snapshot } from './helpers/store.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
let dir: string;
let corpus: string;

/** A small corpus of our own fixtures, copied so tests can change files. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-store-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const name of ['resolved-numbered-paren', 'referrals-and-negatives', 'shared-subject-inline', 'decision-notice', 'report-recommendations', 'numbering-gap']) {
    const input = readdirSync(join(fixtures, name)).find((f) => f.startsWith('input'))!;
    cpSync(join(fixtures, name, input), join(corpus, `${name}.${input.split('.').pop()}`));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const imp = (store: string, ...args: string[]) => run(['import', ...args, '--store', store, '--quiet'], { cwd: dir });

describe('minutes import', () => {
  it('imports a folder, then re-imports it without changing a byte', async () => {
    const first = await imp('s1', 'corpus');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/6 files: 6 imported, 0 unchanged, 0 failed/);
    const before = snapshot(join(dir, 's1'));
    expect(Object.keys(before).filter((f) => f.startsWith('meetings/'))).toHaveLength(6);
    const second = await imp('s1', 'corpus');
    expect(second.stdout).toMatch(/6 files: 0 imported, 6 unchanged, 0 failed/);
    expect(snapshot(join(dir, 's1'))).toEqual(before);
  });

  it('re-reads every file when the rules changed since the last import', async () => {
    expect((await imp('rules', 'corpus')).code).toBe(0);
    const cacheFile = join(dir, 'rules', '.minutes-cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { parser: string };
    expect(cache.parser).toMatch(/^\d+\.\d+\.\d+\+rules\.[0-9a-f]{16}$/);
    // The same version with other rules: what was cached was read by code that no longer runs.
    writeFileSync(cacheFile, JSON.stringify({ ...cache, parser: cache.parser.replace(/rules\.\w+/, 'rules.0000000000000000') }));
    expect((await imp('rules', 'corpus')).stdout).toMatch(/6 files: 6 imported, 0 unchanged, 0 failed/);
    expect((await imp('rules', 'corpus')).stdout).toMatch(/6 files: 0 imported, 6 unchanged, 0 failed/);
  });

  it('writes the same bytes whatever the input order and the number of workers', async () => {
    const files = readdirSync(corpus).map((f) => join('corpus', f));
    await imp('s-order', ...[...files].reverse(), '--jobs', '1');
    await imp('s-jobs', ...files, '--jobs', '2');
    const a = snapshot(join(dir, 's1'));
    expect(snapshot(join(dir, 's-order'))).toEqual(a);
    expect(snapshot(join(dir, 's-jobs'))).toEqual(a);
  });

  it('builds ids a clerk recognises and links referrals to body files', async () => {
    const meeting = parse(readFileSync(join(dir, 's1', 'meetings', 'cabinet-2023-03-14.yaml'), 'utf8'));
    expect(meeting.resolutions.map((r: { id: string }) => r.id)).toEqual([
      'cabinet-2023-03-14/112/r1', 'cabinet-2023-03-14/112/r2', 'cabinet-2023-03-14/112/r3',
    ]);
    const line = readFileSync(join(corpus, 'resolved-numbered-paren.txt'), 'utf8').split('\n').findIndex((l) => l.startsWith('(3)')) + 1;
    expect(meeting.referrals[0]).toMatchObject({
      from: 'cabinet-2023-03-14/112/r3', to: 'improving-places-select-commission', kind: 'refer',
      source: { path: 'corpus/resolved-numbered-paren.txt', line, column: 1 },
    });
    expect(meeting.referrals[0].source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const body = parse(readFileSync(join(dir, 's1', 'bodies', 'improving-places-select-commission.yaml'), 'utf8'));
    expect(body).toEqual({ id: 'improving-places-select-commission', name: 'Improving Places Select Commission', aliases: [] });
    const index = parse(readFileSync(join(dir, 's1', 'index.yaml'), 'utf8'));
    expect(index.meetings.map((m: { id: string }) => m.id)).toContain('cabinet-2023-03-14');
  });

  it('passes validate, with a warning for each action that has no owner', async () => {
    const r = await run(['validate', '--store', 's1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 0 errors, \d+ warnings/);
    expect(r.stderr).toMatch(/s1\/meetings\/standards-committee-2024-01-10\.yaml:\d+:5: warning: Unexpected action without an owner in standards-committee-2024-01-10\/7\/r2/);
    // A clause that refers the matter on is answered for by the body it went to.
    expect(r.stderr).not.toContain('cabinet-2023-03-14/112/r3');
  });

  it('writes how each decision was made (mover, seconder, vote, outcome, amendments), and validate accepts it', async () => {
    const motions = join(dir, 'motions');
    mkdirSync(motions);
    cpSync(join(fixtures, 'au-motion-movers-division-amendment', 'input.txt'), join(motions, 'warragul.txt'));
    expect((await imp('votes', 'motions')).code).toBe(0);
    const file = readdirSync(join(dir, 'votes', 'meetings'))[0];
    const meeting = parse(readFileSync(join(dir, 'votes', 'meetings', file), 'utf8'));
    const tender = meeting.resolutions.find((r: { text: string }) => r.text.includes('Tender T2026-07'));
    expect(tender.mover).toEqual({ name: 'Banks', words: 'Moved Cr Banks' });
    expect(tender.seconder).toEqual({ name: 'Ivey', words: 'seconded Cr Ivey' });
    expect(tender.vote).toMatchObject({ for: 6, against: 1, against_names: ['Lee'] });
    expect(tender.outcome).toEqual({ value: 'carried', words: 'The motion was put and CARRIED 6/1' });
    expect(tender.amendments).toEqual([expect.objectContaining({
      mover: { name: 'Lee', words: 'Moved Cr Lee' }, text: 'That the tender be deferred to the April meeting.',
      outcome: { value: 'lost', words: 'The amendment was LOST 2/5' },
    })]);
    const r = await run(['validate', '--store', 'votes'], { cwd: dir });
    expect(r.stdout).toMatch(/: 0 errors/);
  });

  it('keeps staff blocks (and their comments) through a re-import of a changed file, and the ids of clauses that kept their numbers', async () => {
    await imp('s-edit', 'corpus');
    const path = join(dir, 's-edit', 'meetings', 'cabinet-2023-03-14.yaml');
    const text = readFileSync(path, 'utf8').replace(
      /(- id: cabinet-2023-03-14\/112\/r3\n(?: {4}.*\n)*?)( {4}source:)/,
      '$1    staff:\n      owner: Head of Housing # agreed at officer meeting\n      due: 2023-06-30\n$2',
    );
    expect(text).toContain('owner: Head of Housing');
    writeFileSync(path, text);
    const source = join(corpus, 'resolved-numbered-paren.txt');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, original.replace('be approved.', 'be approved, subject to the changes agreed at the meeting.'));
    try {
      const r = await imp('s-edit', 'corpus');
      expect(r.stdout).toMatch(/1 imported, 5 unchanged/);
      const after = readFileSync(path, 'utf8');
      expect(after).toContain('owner: Head of Housing # agreed at officer meeting');
      const meeting = parse(after);
      expect(meeting.resolutions[1]).toMatchObject({ id: 'cabinet-2023-03-14/112/r2', text: expect.stringContaining('subject to the changes agreed') });
      expect(meeting.resolutions[2]).toMatchObject({ id: 'cabinet-2023-03-14/112/r3', staff: { owner: 'Head of Housing', due: '2023-06-30' } });
      expect((await run(['validate', '--store', 's-edit', '--quiet'], { cwd: dir })).code).toBe(0);
    } finally {
      writeFileSync(source, original);
    }
  });

  it('keeps the staff block of a clause that disappeared, under orphaned_staff', async () => {
    await imp('s-orphan', 'corpus');
    const path = join(dir, 's-orphan', 'meetings', 'cabinet-2023-03-14.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(- id: cabinet-2023-03-14\/112\/r3\n)/, '$1    staff:\n      status: done\n'));
    const source = join(corpus, 'resolved-numbered-paren.txt');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, original.replace(/\(3\)[^\n]*\n/, ''));
    try {
      await imp('s-orphan', 'corpus');
      const meeting = parse(readFileSync(path, 'utf8'));
      expect(meeting.resolutions).toHaveLength(2);
      expect(meeting.orphaned_staff).toEqual({ 'cabinet-2023-03-14/112/r3': { status: 'done' } });
    } finally {
      writeFileSync(source, original);
    }
  });

  it('leaves a file edited outside its staff blocks alone, and says so', async () => {
    await imp('s-hand', 'corpus');
    const path = join(dir, 's-hand', 'meetings', 'cabinet-2023-03-14.yaml');
    const edited = readFileSync(path, 'utf8').replace('That the report be received.', 'That the report be received and welcomed.');
    writeFileSync(path, edited);
    const source = join(corpus, 'resolved-numbered-paren.txt');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, `${original}\n`);
    try {
      const r = await run(['import', 'corpus', '--store', 's-hand'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('s-hand/meetings/cabinet-2023-03-14.yaml:1:1: warning: Unexpected edits outside the staff blocks of cabinet-2023-03-14');
      expect(r.stdout).toContain('1 kept as hand-edited');
      expect(readFileSync(path, 'utf8')).toBe(edited);
      const v = await run(['validate', '--store', 's-hand'], { cwd: dir });
      expect(v.stderr).toMatch(/cabinet-2023-03-14\.yaml:\d+:\d+: warning: Unexpected edits outside the staff blocks, expected changes only under `staff:` \[hand-edited\]/);
    } finally {
      writeFileSync(source, original);
    }
  });

  it('reports two sources claiming one meeting and keeps both', async () => {
    const extra = join(dir, 'dupes');
    mkdirSync(extra, { recursive: true });
    cpSync(join(corpus, 'decision-notice.md'), join(extra, 'a-notice.md'));
    writeFileSync(join(extra, 'b-notice.md'), readFileSync(join(corpus, 'decision-notice.md'), 'utf8').replace('2. To delegate', '2. To ask'));
    const r = await run(['import', 'dupes', '--store', 's-dupe'], { cwd: dir });
    expect(r.stderr).toContain('dupes/b-notice.md:1:1: warning: Unexpected second source for meeting cabinet-member-for-environment-2024-02-19 (already imported from dupes/a-notice.md)');
    expect(readdirSync(join(dir, 's-dupe', 'meetings')).sort()).toEqual([
      'cabinet-member-for-environment-2024-02-19.yaml', 'cabinet-member-for-environment-2024-02-19~b-notice.yaml',
    ]);
  });

  it('takes body, date and kind from a manifest for files with no heading', async () => {
    const archive = join(dir, 'archive');
    mkdirSync(archive, { recursive: true });
    writeFileSync(join(archive, 'm1.txt'), 'RESOLVED – that the report be noted.\n');
    writeFileSync(join(archive, 'meetings.csv'), 'file,body,date,kind\nm1.txt,Licensing Committee,2019-05-07,minutes\n');
    const r = await run(['import', 'archive/m1.txt', '--manifest', 'archive/meetings.csv', '--store', 's-man', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 1, imported: 1, failed: 0, resolutions: 1 });
    expect(existsSync(join(dir, 's-man', 'meetings', 'licensing-committee-2019-05-07.yaml'))).toBe(true);
  });

  it('imports everything it can, then exits 1 naming what failed', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    cpSync(join(corpus, 'decision-notice.md'), join(mixed, 'good.md'));
    writeFileSync(join(mixed, 'empty.md'), '');
    const r = await run(['import', 'mixed', 'missing-folder', '--store', 's-mixed'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('mixed/empty.md:1:1: error: Unexpected empty file');
    expect(r.stderr).toContain('missing-folder:1:1: error: Unexpected path that matches no file');
    expect(r.stdout).toMatch(/2 files: 1 imported, 0 unchanged, 2 failed/);
  });

  it('says clearly that the store is busy when another import holds the lock', async () => {
    await imp('s-busy', 'corpus/decision-notice.md');
    writeFileSync(join(dir, 's-busy', '.lock'), `pid ${process.pid} on ${(await import('node:os')).hostname()} since now\n`);
    const r = await run(['import', 'corpus', '--store', 's-busy', '--wait', '0'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/s-busy\/\.lock:1:1: error: Unexpected lock on the store \(pid \d+ .*\), expected no other import to be running \[store-busy\]/);
    rmSync(join(dir, 's-busy', '.lock'));
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    await imp('s-stale', 'corpus/decision-notice.md');
    writeFileSync(join(dir, 's-stale', '.lock'), `pid 999999 on ${(await import('node:os')).hostname()} since then\n`);
    const r = await run(['import', 'corpus', '--store', 's-stale', '--wait', '0', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 's-stale', '.lock'))).toBe(false);
  });

  it('reads the store folder from minutes.config.yaml', async () => {
    const project = join(dir, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'minutes.config.yaml'), 'store: council-records\n');
    cpSync(join(corpus, 'decision-notice.md'), join(project, 'notice.md'));
    const r = await run(['import', 'notice.md', '--quiet'], { cwd: project });
    expect(r.code).toBe(0);
    expect(existsSync(join(project, 'council-records', 'index.yaml'))).toBe(true);
    expect((await run(['validate', '--quiet'], { cwd: project })).code).toBe(0);
  });
});

describe('minutes validate', () => {
  it('finds schema errors, broken links, duplicate ids and YAML errors, each at its line', async () => {
    await imp('s-bad', 'corpus');
    const meetings = join(dir, 's-bad', 'meetings');
    const cabinet = join(meetings, 'cabinet-2023-03-14.yaml');
    const text = readFileSync(cabinet, 'utf8');
    writeFileSync(cabinet, text.replace('to: improving-places-select-commission', 'to: nowhere-committee').replace('action: false', 'action: maybe'));
    writeFileSync(join(meetings, 'copy.yaml'), readFileSync(join(meetings, 'standards-committee-2024-01-10.yaml'), 'utf8'));
    writeFileSync(join(meetings, 'broken.yaml'), 'id: broken\nitems: [unclosed\n');
    const r = await run(['validate', '--store', 's-bad'], { cwd: dir });
    expect(r.code).toBe(1);
    const lineOf = (needle: string) => text.replace('action: false', 'action: maybe').split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(r.stderr).toContain(`s-bad/meetings/cabinet-2023-03-14.yaml:${lineOf('action: maybe')}:13: error: Unexpected value at /resolutions/0/action, expected it to be boolean [schema]`);
    // copy.yaml sorts first, so the original is the one reported as the duplicate.
    expect(r.stderr).toMatch(/standards-committee-2024-01-10\.yaml:\d+:5: error: Unexpected duplicate id `standards-committee-2024-01-10`, expected ids unique across the store \[duplicate-id\]\n  First used at s-bad\/meetings\/copy\.yaml:\d+:5\./);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: error: Unexpected YAML: .* \[yaml-syntax\]/);
    expect(r.stderr).toMatch(/copy\.yaml:1:1: warning: Unexpected meeting file missing from index\.yaml/);
  });

  it('reports a referral to a body that has no file', async () => {
    await imp('s-link', 'corpus');
    rmSync(join(dir, 's-link', 'bodies', 'cabinet.yaml'));
    const r = await run(['validate', '--store', 's-link', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ code: 'broken-link', message: 'Unexpected body `cabinet`, expected the id of a file in bodies/' }));
  });

  it('exits 1 for a store that does not exist', async () => {
    const r = await run(['validate', '--store', 'no-such-store'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: Unexpected missing store folder');
  });
});
