import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers/cli.js';

/** Issue 11, defects 5-7: a moved folder, a damaged store and a bad record are each noticed, repaired or named. */

const MEETINGS: Record<string, string> = {
  'cabinet-2024-03-12.md': '# Cabinet\n\nMinutes of the meeting held on 12 March 2024\n\n52. Library opening hours\n\nRESOLVED that the Director of Communities report back to the next meeting.\n',
  'planning-2024-04-02.md': '# Planning Committee\n\nMinutes of the meeting held on 2 April 2024\n\n7. Local Plan\n\nRESOLVED that the Local Plan be referred to Cabinet.\n',
};

function store(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-repair-'));
  mkdirSync(join(dir, 'minutes'));
  for (const [name, text] of Object.entries(MEETINGS)) writeFileSync(join(dir, 'minutes', name), text);
  return dir;
}
const meetings = (dir: string) => readdirSync(join(dir, 'records', 'meetings')).sort();
const importAll = (dir: string, folder = 'minutes') => run(['import', folder, '--store', 'records', '--json'], { cwd: dir });

describe('a moved or renamed folder', () => {
  it('is the same meetings with new provenance, not a second copy of each', async () => {
    const dir = store();
    await importAll(dir);
    const before = meetings(dir);
    const [row] = JSON.parse((await run(['outstanding', '--store', 'records', '--format', 'json'], { cwd: dir })).stdout) as { id: string }[];
    expect((await run(['status', row.id, 'done', '--store', 'records', '--date', '2024-03-20', '--note', 'letter sent'], { cwd: dir })).code).toBe(0);
    renameSync(join(dir, 'minutes'), join(dir, 'archive'));
    const r = await importAll(dir, 'archive');
    expect(JSON.parse(r.stdout)).toMatchObject({ meetings: 2, imported: 2 });
    expect(r.stderr).not.toMatch(/meeting-conflict/);
    expect(meetings(dir)).toEqual(before);
    const cabinet = readFileSync(join(dir, 'records', 'meetings', 'cabinet-2024-03-12.yaml'), 'utf8');
    expect(cabinet).toContain('path: archive/cabinet-2024-03-12.md');
    expect(cabinet).not.toContain('path: minutes/');
    expect(cabinet).toContain('note: letter sent');
    expect((await run(['validate', '--store', 'records'], { cwd: dir })).code).toBe(0);
    // And the next run is a no-op.
    expect(JSON.parse((await importAll(dir, 'archive')).stdout)).toMatchObject({ unchanged: 2, imported: 0 });
  });
});

describe('re-import repairs what the cache vouched for', () => {
  it('rebuilds a truncated index.yaml', async () => {
    const dir = store();
    await importAll(dir);
    const index = join(dir, 'records', 'index.yaml');
    const whole = readFileSync(index, 'utf8');
    writeFileSync(index, whole.slice(0, 40));
    expect((await run(['validate', '--store', 'records'], { cwd: dir })).stderr).toMatch(/not-indexed/);
    await importAll(dir);
    expect(readFileSync(index, 'utf8')).toBe(whole);
    expect((await run(['validate', '--store', 'records'], { cwd: dir })).stderr).not.toMatch(/not-indexed/);
  });

  it.each([
    ['truncated mid-line', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['of the wrong type', (t: string) => t.replace(/^resolutions:/m, 'resolutions: 7\nold:')],
  ])('writes again a meeting file %s, keeping the damaged copy and saying so', async (_, damage) => {
    const dir = store();
    await importAll(dir);
    const path = join(dir, 'records', 'meetings', 'planning-committee-2024-04-02.yaml');
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, damage(whole));
    const r = await importAll(dir);
    expect(r.stderr).toMatch(/planning-committee-2024-04-02\.yaml:\d+:\d+: warning: Unexpected damaged meeting file .* \[damaged-record\]/);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    expect(readFileSync(`${path}.damaged`, 'utf8')).toBe(damage(whole));
    expect((await run(['validate', '--store', 'records'], { cwd: dir })).code).toBe(0);
  });

  it('still leaves a valid hand edit alone', async () => {
    const dir = store();
    await importAll(dir);
    const path = join(dir, 'records', 'meetings', 'planning-committee-2024-04-02.yaml');
    const edited = readFileSync(path, 'utf8').replace('be referred to Cabinet', 'be referred to Full Cabinet');
    writeFileSync(path, edited);
    const r = await importAll(dir);
    expect(r.stderr).toMatch(/hand-edited/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });
});

describe('reports check what they load', () => {
  it.each(['outstanding', 'xref'])('%s names a record that fails the schema, leaves it out and exits 1', async (command) => {
    const dir = store();
    await importAll(dir);
    const path = join(dir, 'records', 'meetings', 'cabinet-2024-03-12.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/date: 2024-03-12/, 'date: last Tuesday'));
    const r = await run([command, '--store', 'records'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cabinet-2024-03-12\.yaml:\d+:\d+: error: Unexpected value at \/meeting\/date/);
    expect(r.stdout).not.toMatch(/NaN/);
  });

  it('outstanding warns, and still counts the file, when its content no longer matches its checksum', async () => {
    const dir = store();
    await importAll(dir);
    const path = join(dir, 'records', 'meetings', 'cabinet-2024-03-12.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('report back to the next meeting', 'report back soon'));
    const r = await run(['outstanding', '--store', 'records', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/cabinet-2024-03-12\.yaml:\d+:\d+: warning: Unexpected content that does not match its checksum/);
    expect(r.stdout).toContain('report back soon');
  });

  it('status refuses to write into a record that fails the schema', async () => {
    const dir = store();
    await importAll(dir);
    const path = join(dir, 'records', 'meetings', 'cabinet-2024-03-12.yaml');
    const bad = readFileSync(path, 'utf8').replace(/date: 2024-03-12/, 'date: [2024]');
    writeFileSync(path, bad);
    const r = await run(['status', 'cabinet-2024-03-12/52/ru1', 'done', '--store', 'records'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cabinet-2024-03-12\.yaml:\d+:\d+: error: Unexpected value at \/meeting\/date.*\[schema\]/);
    expect(readFileSync(path, 'utf8')).toBe(bad);
  });
});

