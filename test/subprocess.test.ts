import { bin } from './helpers/build.js';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const root = join(import.meta.dirname, '..');

/** The real launcher against the built library: what a user's shell runs. */
function minutes(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/minutes.js (subprocess)', () => {
  it('stops quietly when the reader of its output goes away (`| head`)', () => {
    // Enough output to outlast the pipe's buffer after `head` has gone.
    const files = Array.from({ length: 60 }, () => 'fixtures/resolved-numbered-paren/input.txt').join(' ');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" parse ${files} | head -c 10 > /dev/null; echo "rc=\${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('rc=0\n');
  });

  it('parses a fixture to JSON and exits 0', () => {
    const r = minutes('parse', 'fixtures/shared-subject-inline/input.md', '--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.resolutions).toHaveLength(5);
    expect(doc.referrals).toEqual([
      expect.objectContaining({ from: 'r3', to: 'Cabinet', kind: 'report-back' }),
      expect.objectContaining({ from: 'r5', to: 'Council', kind: 'recommend' }),
    ]);
  });

  it('reads standard input for `-`, naming it by --stdin-name and sniffing its format', () => {
    const html = readFileSync(join(root, 'fixtures', 'moderngov-item-page', 'input.html'));
    const r = spawnSync(process.execPath, [bin, 'parse', '-', '--stdin-name', 'item-112.txt', '--format', 'json'], { cwd: root, input: html, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.file).toBe('item-112.txt');
    // A .txt name, but the bytes are a web page: read as HTML, so the page's navigation is gone.
    expect(doc.resolutions.map((x: { text: string }) => x.text)).toEqual(
      JSON.parse(minutes('parse', 'fixtures/moderngov-item-page/input.html', '--format', 'json').stdout).resolutions.map((x: { text: string }) => x.text),
    );
    expect(doc.resolutions.length).toBeGreaterThan(0);
  });

  it('exits 1 with a positioned error for a missing file', () => {
    const r = minutes('parse', 'fixtures/no-such/input.md');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fixtures/no-such/input.md:1:1: error: Unexpected missing file');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('exits 2 for bad usage', () => {
    const r = minutes('parse', '--format', 'xml', 'fixtures/decision-notice/input.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are yaml, json');
  });
});
