import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshot } from './helpers/store.js';
import { bin } from './helpers/build.js';
// @ts-expect-error plain JavaScript shared with the benchmarks
import { writeCorpus } from '../bench/corpus.js';

const root = join(import.meta.dirname, '..');
// Enough files that a kill lands mid-import (after 40 are written) with most of the run still ahead; fewer keep the suite short.
const FILES = 160;
let dir: string;

function minutes(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-faults-'));
  await writeCorpus(join(dir, 'corpus'), FILES, 4000);
  // The reference: one clean, uninterrupted import.
  expect(minutes(['import', 'corpus', '--store', 'clean', '--jobs', '1', '--quiet']).status).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faults', () => {
  it('survives kill -9 in the middle of an import: the store stays valid and a rerun completes it', async () => {
    const { child, exited } = start(['import', 'corpus', '--store', 'killed', '--jobs', '1', '--quiet']);
    const meetings = join(dir, 'killed', 'meetings');
    const deadline = Date.now() + 60_000;
    // Count finished meeting files only: a temporary file mid-write is not one yet.
    while ((existsSync(meetings) ? readdirSync(meetings).filter((f) => f.endsWith('.yaml')).length : 0) < 40 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBeNull(); // killed, not finished
    const written = readdirSync(meetings).filter((f) => f.endsWith('.yaml')).length;
    expect(written).toBeGreaterThanOrEqual(40);
    expect(written).toBeLessThan(FILES);

    const valid = minutes(['validate', '--store', 'killed', '--quiet']);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);

    const rerun = minutes(['import', 'corpus', '--store', 'killed', '--jobs', '1', '--quiet']);
    expect(rerun.status).toBe(0);
    expect(snapshot(join(dir, 'killed'))).toEqual(snapshot(join(dir, 'clean')));
  }, 120_000);

  it('runs two imports into one store one after the other, never interleaved', async () => {
    const a = start(['import', 'corpus', '--store', 'shared', '--jobs', '1', '--quiet', '--wait', '120']);
    const b = start(['import', 'corpus', '--store', 'shared', '--jobs', '1', '--quiet', '--wait', '120']);
    let outA = '';
    let outB = '';
    a.child.stdout.on('data', (d) => (outA += d));
    b.child.stdout.on('data', (d) => (outB += d));
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    // One did the work; the other waited for the lock and found everything unchanged.
    const outs = [outA, outB];
    expect(outs.filter((o) => o.includes(`${FILES} files: ${FILES} imported, 0 unchanged, 0 failed`))).toHaveLength(1);
    expect(outs.filter((o) => o.includes(`${FILES} files: 0 imported, ${FILES} unchanged, 0 failed`))).toHaveLength(1);
    expect(minutes(['validate', '--store', 'shared', '--quiet']).status).toBe(0);
    expect(snapshot(join(dir, 'shared'))).toEqual(snapshot(join(dir, 'clean')));
  }, 120_000);
});
