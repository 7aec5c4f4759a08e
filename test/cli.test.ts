import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from './helpers/cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('minutes parse (in-process)', () => {
  it('prints YAML records for a set of minutes and exits 0', async () => {
    const r = await run(['parse', join(fixtures, 'resolved-numbered-paren', 'input.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = parse(r.stdout);
    expect(doc.meeting).toMatchObject({ body: 'Cabinet', date: '2023-03-14', kind: 'minutes' });
    expect(doc.resolutions.map((x: { number: string }) => x.number)).toEqual(['(1)', '(2)', '(3)']);
    expect(doc.resolutions[0].position).toEqual({ line: 13, column: 13 });
    expect(doc.referrals[0]).toMatchObject({ from: 'r3', to: 'Improving Places Select Commission', kind: 'refer' });
  });

  it('prints JSON with --format json, one object for one file and a list for several', async () => {
    const one = await run(['parse', join(fixtures, 'decision-notice', 'input.md'), '--format', 'json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).resolutions).toHaveLength(2);
    const two = await run(['parse', join(fixtures, 'decision-notice', 'input.md'), join(fixtures, 'three-levels', 'input.md'), '-f', 'json']);
    const list = JSON.parse(two.stdout);
    expect(Array.isArray(list)).toBe(true);
    expect(list.map((d: { meeting: { body: string } }) => d.meeting.body)).toEqual(['Cabinet Member for Environment', 'Cabinet']);
  });

  it('lets --body and --date beat front matter and the text', async () => {
    const r = await run(['parse', join(fixtures, 'frontmatter-and-crlf', 'input.md'), '-f', 'json', '--body', 'Schools Forum (Special)', '--date', '2024-02-01']);
    expect(JSON.parse(r.stdout).meeting).toMatchObject({ body: 'Schools Forum (Special)', date: '2024-02-01' });
  });

  it('writes --out atomically and leaves no temporary file', async () => {
    const out = join(dir, 'out', 'records.yaml');
    mkdirSync(join(dir, 'out'), { recursive: true });
    const r = await run(['parse', join(fixtures, 'three-levels', 'input.md'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parse(readFileSync(out, 'utf8')).resolutions).toHaveLength(3);
    expect(readdirSync(join(dir, 'out'))).toEqual(['records.yaml']);
  });

  it('exits 1 for a missing file, names it, and still prints the others', async () => {
    const missing = join(dir, 'nope.md');
    const r = await run(['parse', missing, join(fixtures, 'decision-notice', 'input.md'), '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${missing}:1:1: error: Unexpected missing file, expected a readable file [unreadable-file]`);
    expect(JSON.parse(r.stdout).resolutions).toHaveLength(2);
  });

  it('reads `-` from standard input, once, and says so when it is empty', async () => {
    const text = 'Cabinet – 14 March 2023\n\nRESOLVED: That the report be referred to the Audit Committee.\n';
    const r = await run(['parse', '-', '--format', 'json'], { stdin: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '<stdin>', referrals: [{ to: 'Audit Committee', kind: 'refer' }] });
    const twice = await run(['parse', '-', '-'], { stdin: text });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input (`-`) can be read only once');
    const empty = await run(['parse', '-', '--stdin-name', 'piped.md'], { stdin: '' });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^piped\.md:1:1: error: Unexpected empty file/m);
  });

  it('exits 1 for a folder', async () => {
    const r = await run(['parse', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: Unexpected folder, expected a file \[unreadable-file\]/);
  });

  it('exits 1 for an empty file and for one of only spaces', async () => {
    for (const content of ['', ' \n\u00a0\n\t\n']) {
      const path = file('empty.md', content);
      const r = await run(['parse', path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${path}:1:1: error: Unexpected empty file`);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 1 for binary data, pointing at the first NUL byte', async () => {
    const path = file('scan.md', Buffer.concat([Buffer.from('Cabinet\nMinutes\nab'), Buffer.from([0, 1, 2, 3])]));
    const r = await run(['parse', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:3:3: error: Unexpected binary data, expected text, HTML, DOCX or PDF [binary-file]`);
  });

  it('exits 1 for a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 101 * 1024 * 1024);
    const r = await run(['parse', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: Unexpected file of 101.0 MB, expected at most 100.0 MB \[file-too-large\]/);
  });

  it('reads Windows-1252 bytes with a warning at the first bad byte, and exits 0', async () => {
    const bytes = Buffer.concat([Buffer.from('Cabinet\n\nRESOLVED – that a grant of '), Buffer.from([0xa3]), Buffer.from('500 be approved.\n')]);
    const path = file('latin.txt', bytes);
    const r = await run(['parse', path, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path}:3:28: warning: Unexpected byte 0xa3 that is not UTF-8`);
    expect(r.stderr).toContain('[invalid-encoding]');
    expect(JSON.parse(r.stdout).resolutions[0].text).toBe('that a grant of £500 be approved.');
  });

  it('warns about a numbering gap at the clause, and exits 0', async () => {
    const path = join(fixtures, 'numbering-gap', 'input.md');
    const r = await run(['parse', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path}:13:1: warning: Unexpected clause number (4), expected (3) [numbering-gap]`);
  });

  it('warns about a repeated number', async () => {
    const r = await run(['parse', join(fixtures, 'repeated-numbers-warning', 'input.md')]);
    expect(r.stderr).toMatch(/:11:1: warning: Unexpected clause number 1\., expected 2\. \[numbering-repeat\]/);
  });

  it('warns about a marker with no clause after it', async () => {
    const path = file('empty-marker.md', 'Cabinet\n\n5. Budget\n\nRESOLVED:\n\n6. Any other business\n');
    const r = await run(['parse', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path}:5:1: warning: Unexpected \`RESOLVED:\` with no clause after it, expected the text of the decision [empty-marker]`);
  });

  it('warns about a clause cut off at the end of the file and leaves it out', async () => {
    const path = file('cut.md', 'Cabinet\n\nRESOLVED:\n\n(1) That the report be noted.\n\n(2) That the budget be referred to the Scrutiny\n');
    const r = await run(['parse', path, '-f', 'json']);
    expect(r.stderr).toContain(`${path}:7:1: warning: Unexpected end of file inside a clause`);
    expect(JSON.parse(r.stdout).resolutions.map((x: { number: string }) => x.number)).toEqual(['(1)']);
  });

  it('warns about front matter that is not YAML, at its line, and still reads the text', async () => {
    const path = file('front.md', '---\nbody: Cabinet\ndate: [2024\n---\n\nRESOLVED – that the report be noted.\n');
    const r = await run(['parse', path, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: warning: Unexpected YAML in front matter`));
    expect(JSON.parse(r.stdout).resolutions).toHaveLength(1);
  });

  it('warns about a front-matter date that is not a date and takes the text date', async () => {
    const path = file('front-date.md', '---\ndate: next Tuesday\n---\n\nCabinet – 4 March 2024\n\nRESOLVED – that the report be noted.\n');
    const r = await run(['parse', path, '-f', 'json']);
    expect(r.stderr).toContain(':2:1: warning: Unexpected date `next Tuesday` in front matter, expected a date as YYYY-MM-DD [bad-front-matter]');
    expect(JSON.parse(r.stdout).meeting.date).toBe('2024-03-04');
  });

  it('warns, at each line, about front-matter values of the wrong shape and reads the text instead', async () => {
    const path = file('front-shapes.md', '---\nbody: {name: Cabinet}\ndate: [2024, 3, 4]\nkind: bogus\n---\n\nCabinet – 4 March 2024\n\nRESOLVED – that the report be noted.\n');
    const r = await run(['parse', path, '-f', 'json']);
    expect(r.stderr).toContain(':2:1: warning: Unexpected mapping as body in front matter, expected text [bad-front-matter]');
    expect(r.stderr).toContain(':3:1: warning: Unexpected list as date in front matter, expected a date as YYYY-MM-DD [bad-front-matter]');
    expect(r.stderr).toContain(':4:1: warning: Unexpected kind `bogus` in front matter, expected `minutes` or `report` [bad-front-matter]');
    const doc = JSON.parse(r.stdout);
    expect(doc.meeting).toMatchObject({ date: '2024-03-04', kind: 'minutes' });
  });

  it('prints only errors with --quiet', async () => {
    const r = await run(['parse', join(fixtures, 'numbering-gap', 'input.md'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('colours diagnostics on a terminal, and not under NO_COLOR', async () => {
    const path = join(fixtures, 'numbering-gap', 'input.md');
    const tty = await run(['parse', path], { tty: true });
    expect(tty.stderr).toContain('\u001b[');
    const plain = await run(['parse', path], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
    const piped = await run(['parse', path], { tty: false });
    expect(piped.stderr).not.toContain('\u001b[');
  });
});

describe('usage (exit code 2)', () => {
  it('exits 2 with no command and with no file', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['parse']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'file'");
  });

  it('exits 2 for an unknown option, a bad --format and a bad --date', async () => {
    const fixture = join(fixtures, 'decision-notice', 'input.md');
    expect((await run(['parse', fixture, '--frobnicate'])).code).toBe(2);
    const format = await run(['parse', fixture, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Allowed choices are yaml, json/);
    const date = await run(['parse', fixture, '--date', '12/03/2024']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('expected a date as YYYY-MM-DD');
    expect(date.stdout).toBe('');
  });

  it('prints help with examples and the version, exiting 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes:');
    const sub = await run(['parse', '--help']);
    expect(sub.stdout).toContain('minutes parse cabinet-minutes.md');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
