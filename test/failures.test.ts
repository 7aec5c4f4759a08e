import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../src/format/csv.js';
import { run } from './helpers/cli.js';

/** Issue 11: failures a user can fix are named, with a place and what to do; none is "internal error". */

const MINUTES = '# Cabinet\n\n12. Budget\n\nRESOLVED that the budget be approved.\n';
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-fail-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('--config', () => {
  it.each([
    ['a missing file', {}, 'nope.yaml', /^nope\.yaml:1:1: error: Unexpected missing config file, expected a YAML file with `store:` \[bad-config\]/],
    ['broken YAML, at its line', { 'c.yaml': '# settings\nstore: [records\n' }, 'c.yaml', /^c\.yaml:3:1: error: Unexpected YAML syntax/],
    ['a list instead of a mapping', { 'c.yaml': '- records\n' }, 'c.yaml', /^c\.yaml:1:1: error: Unexpected config that is not a mapping/],
    ['a store that is no folder name', { 'c.yaml': 'store:\n  path: records\n' }, 'c.yaml', /^c\.yaml:2:3: error: Unexpected `store` that is not a folder name/],
  ])('stops with exit 2 on %s', async (_, files, config, message) => {
    const dir = folder(files as Record<string, string>);
    for (const argv of [['outstanding', '--config', config], ['import', 'x.md', '--config', config]]) {
      const r = await run(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });

  it('reads a good config file, relative to its own folder', async () => {
    const dir = folder({ 'm.md': MINUTES });
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'c.yaml'), 'store: ../kept\n');
    const r = await run(['import', 'm.md', '--config', 'conf/c.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).store).toBe(join(dir, 'kept'));
  });
});

describe('paths that cannot be used', () => {
  it('says a store path runs through a file, and exits 1', async () => {
    const dir = folder({ 'm.md': MINUTES, 'afile': 'x' });
    const r = await run(['import', 'm.md', '--store', 'afile/records'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^afile\/records\/meetings:1:1: error: Unexpected file in this path where a folder should be/);
    expect(r.stderr).not.toMatch(/internal error|ENOTDIR/);
  });

  it('names the file --out was writing, not its temporary copy', async () => {
    const dir = folder({ 'm.md': MINUTES, 'afile': 'x' });
    const r = await run(['parse', 'm.md', '-o', 'afile/out.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^afile\/out\.json:1:1: error: Unexpected file in this path/);
  });

  it.skipIf(process.getuid?.() === 0)('says a read-only store cannot be written to, and exits 1', async () => {
    const dir = folder({ 'm.md': MINUTES });
    mkdirSync(join(dir, 'locked'), { mode: 0o500 });
    const r = await run(['import', 'm.md', '--store', 'locked/records'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^locked\/records.*error: Unexpected refusal to use this path \(permission denied\)/);
  });

  it('explains a symbolic link that loops instead of printing ELOOP', async () => {
    const dir = folder({});
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const r = await run(['parse', 'loop.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^loop\.md:1:1: error: Unexpected symbolic link that loops back on itself, expected a readable file/);
  });
});

describe('--jobs', () => {
  it('caps workers at the core count, with a warning', async () => {
    const dir = folder({ 'a.md': MINUTES, 'b.md': MINUTES.replace('12.', '13.') });
    const r = await run(['import', '.', '--store', 'records', '--jobs', '10000'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: --jobs 10000 is more than this machine's ${availableParallelism()} cores; using ${availableParallelism()}`);
  });
});

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas, and leaves numbers and prose alone', () => {
    const csv = toCsv(['text', 'owner', 'age'], [['=HYPERLINK("http://x","y")', '@SUM(A1)', -3], ['+44 1234', '-rate', 5], ['\tTab', 'Ann = chair', 0]]);
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows.slice(1)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")","'@SUM(A1)","-3"`,
      `"'+44 1234","'-rate","5"`,
      `"'\tTab","Ann = chair","0"`,
    ]);
  });
});

describe('help examples', () => {
  it('use ids that the worked example (test/chain) really produces', async () => {
    const dir = folder({});
    const chain = join(import.meta.dirname, 'chain');
    expect((await run(['import', chain, '--store', join(dir, 'records'), '-q'], { cwd: dir })).code).toBe(0);
    const help = (await run(['--help'])).stdout + (await run(['status', '--help'])).stdout;
    const ids = [...help.matchAll(/minutes status "?([^\s"]+)"? (?:done|open|closed|superseded)/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of new Set(ids)) {
      const r = await run(['status', id, 'done', '--store', 'records', '--date', '2024-09-01'], { cwd: dir });
      expect(r.stderr, id).toBe('');
    }
  });
});

describe('a newcomer\'s friction', () => {
  it('calls --since after --until a usage error (exit 2)', async () => {
    const dir = folder({ 'm.md': MINUTES });
    await run(['import', 'm.md', '--store', 'records', '-q'], { cwd: dir });
    const r = await run(['outstanding', '--store', 'records', '--since', '2024-05-01', '--until', '2024-01-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since 2024-05-01 is after --until 2024-01-01/);
  });

  it('prints paths relative to the current folder, so they paste', async () => {
    const dir = folder({});
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'agenda.md'), '# Agenda\n\n1. Apologies for absence\n');
    writeFileSync(join(dir, 'in', 'cabinet.md'), MINUTES);
    const imported = await run(['import', 'in', '--store', 'work/records'], { cwd: dir });
    expect(imported.stdout).toContain('store work/records: 2 meetings');
    // Files that gave nothing are named in the summary: an agenda, a scan, or a wording the tool does not know.
    expect(imported.stdout).toContain('1 of them held no decisions: in/agenda.md');
    const valid = await run(['validate', '--store', 'work/records'], { cwd: dir });
    expect(valid.stdout).toMatch(/^work\/records: 0 errors/);
    writeFileSync(join(dir, 'work', 'records', 'meetings', 'cabinet.yaml'), 'id: [\n');
    const out = await run(['outstanding', '--store', 'work/records'], { cwd: dir });
    expect(out.stderr).toMatch(/^work\/records\/meetings\/cabinet\.yaml:\d+:\d+: error/);
  });

  it('shows a second source for a meeting even with -q', async () => {
    const dir = folder({ 'a.md': MINUTES, 'b.md': `${MINUTES}\nRESOLVED that the minutes be signed.\n` });
    const r = await run(['import', 'a.md', 'b.md', '--store', 'records', '-q', '--body', 'Cabinet', '--date', '2024-03-12'], { cwd: dir });
    expect(r.stderr).toMatch(/b\.md:1:1: warning: Unexpected second source for meeting .* \[meeting-conflict\]/);
  });
});

describe('the code under test', () => {
  it('is a build of this run, not whatever dist/ holds', async () => {
    const build = process.env.MINUTES_BUILD;
    expect(build).toMatch(/\.test-build[\\/]\d+$/);
    const { bin } = await import('./helpers/build.js');
    expect(bin.startsWith(build!)).toBe(true);
    expect(readdirSync(join(build!, 'dist', 'import'))).toContain('worker.js');
  });
});
