import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Table } from 'mdast';
import { run } from './helpers/cli.js';

/**
 * A chain of minutes written for these tests (test/chain): Cabinet refers the fleet
 * report to the Overview and Scrutiny Board, which deals with it and forwards its
 * comments back, which Cabinet accepts; a report-back to Cabinet never comes (one later
 * Cabinet item only looks like it); a letter is to be written by a date; a policy goes
 * to a committee whose minutes the store does not have.
 */
const chain = join(import.meta.dirname, 'chain');
const shared = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const AS_OF = ['--as-of', '2024-09-01'];

const OPEN = [
  'cabinet-2024-01-16/51/r2>cabinet', // report-back that never happened: only possibly dealt with
  'cabinet-2024-01-16/52/ru1', // the letter to National Highways
  'cabinet-2024-01-16/53/ru1>audit-and-governance-committee', // a body with no minutes here
  'cabinet-2024-03-19/71/ru1', // Cabinet's own action on the scrutiny comments
];

function storeOf(docs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-track-'));
  for (const d of docs) cpSync(d, join(dir, 'minutes'), { recursive: true });
  return dir;
}

/** A copy of the chain imported into `records` beside it: the folder, once the import exited 0. */
async function importedChain(): Promise<string> {
  const dir = storeOf([chain]);
  const r = await run(['import', join(dir, 'minutes'), '--store', join(dir, 'records'), '--jobs', '1', '--quiet'], { cwd: dir });
  expect(r.code).toBe(0);
  return dir;
}

async function json(args: string[], cwd: string) {
  const r = await run([...args, '--store', join(cwd, 'records')], { cwd });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('outstanding, xref and status on a chain of meetings', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await importedChain();
  });

  it('lists exactly the open actions and referrals, with owner, due, age and evidence', async () => {
    const rows = await json(['outstanding', '--json', ...AS_OF], dir);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(OPEN);
    const [reportBack, letter, audit] = rows;
    expect(reportBack).toMatchObject({
      kind: 'report-back', to: 'Cabinet', owner: 'Director of Communities', owner_from: 'the Director of Communities be asked',
      due: '2024-07-16', due_rule: 'within 6 months', due_from: 'within six months', age_days: 229, overdue: true, state: 'possible',
      possible: { meeting: 'cabinet-2024-03-19', title: 'COMMUNITY HUB OPENING HOURS' },
    });
    expect(reportBack.possible.confidence).toBeLessThan(0.6);
    expect(letter).toMatchObject({ kind: 'resolution', owner: 'Head of Highways', due: '2024-03-31', overdue: true, state: 'open', item: '52. STREET LIGHTING ENERGY COSTS' });
    expect(letter.source).toMatch(/cabinet-2024-01-16\.md:27$/);
    expect(audit).toMatchObject({ kind: 'refer', to: 'Audit and Governance Committee', overdue: false, state: 'open' });
  });

  it('filters by body, kind, owner, dates and overdue, and sorts', async () => {
    const ids = async (...args: string[]) => (await json(['outstanding', '--json', ...AS_OF, ...args], dir)).map((r: { id: string }) => r.id);
    expect(await ids('--kind', 'resolution')).toEqual([OPEN[1], OPEN[3]]);
    expect(await ids('--kind', 'referral')).toEqual([OPEN[0], OPEN[2]]);
    expect(await ids('--overdue')).toEqual([OPEN[0], OPEN[1]]);
    expect(await ids('--owner', 'highways')).toEqual([OPEN[1]]);
    expect(await ids('--since', '2024-02-01')).toEqual([OPEN[3]]);
    expect(await ids('--until', '2024-02-01')).toEqual(OPEN.slice(0, 3));
    expect(await ids('--body', 'Audit and Governance Committee')).toEqual([OPEN[2]]);
    expect(await ids('--body', 'overview-and-scrutiny-board')).toEqual([]);
    expect(await ids('--sort', 'due')).toEqual([OPEN[1], OPEN[0], OPEN[2], OPEN[3]]);
    expect(await ids('--overdue', '--as-of', '2024-04-15')).toEqual([OPEN[1]]);
  });

  it('shows the chain both ways in xref', async () => {
    const x = await json(['xref', '--format', 'json'], dir);
    const cabinet = x.bodies.find((b: { id: string }) => b.id === 'cabinet');
    const board = x.bodies.find((b: { id: string }) => b.id === 'overview-and-scrutiny-board');
    expect(cabinet.sent.map((r: { id: string; state: string }) => `${r.id} ${r.state}`)).toEqual([
      'cabinet-2024-01-16/50/r2>overview-and-scrutiny-board closed',
      'cabinet-2024-01-16/51/r2>cabinet possible',
      'cabinet-2024-01-16/53/ru1>audit-and-governance-committee open',
    ]);
    expect(board.received.map((r: { id: string }) => r.id)).toEqual(['cabinet-2024-01-16/50/r2>overview-and-scrutiny-board']);
    expect(board.received[0].evidence).toMatchObject({ meeting: 'overview-and-scrutiny-board-2024-02-20', item: 'overview-and-scrutiny-board-2024-02-20/12' });
    expect(board.received[0].evidence.words).toEqual(expect.arrayContaining(['fleet', 'replacement', 'charging']));
    expect(board.sent.map((r: { id: string; state: string }) => `${r.id} ${r.state}`)).toEqual(['overview-and-scrutiny-board-2024-02-20/12/rb>cabinet closed']);
    const doc = (id: string) => x.documents.find((d: { meeting: string }) => d.meeting === id);
    expect(doc('overview-and-scrutiny-board-2024-02-20').closes.map((r: { id: string }) => r.id)).toEqual(['cabinet-2024-01-16/50/r2>overview-and-scrutiny-board']);
    expect(doc('cabinet-2024-03-19').closes.map((r: { id: string }) => r.id)).toEqual(['overview-and-scrutiny-board-2024-02-20/12/rb>cabinet']);
    expect(doc('cabinet-2024-03-19').possibly.map((r: { id: string }) => r.id)).toEqual(['cabinet-2024-01-16/51/r2>cabinet']);
    expect(doc('cabinet-2024-01-16').led_to).toHaveLength(3);
    expect(x.dangling.map((d: { referral: { id: string }; reason: string }) => [d.referral.id, d.reason.split(':')[0]])).toEqual([
      ['cabinet-2024-01-16/53/ru1>audit-and-governance-committee', 'no minutes of Audit and Governance Committee in the store'],
    ]);
    const mermaid = await run(['xref', '--format', 'mermaid', '--store', join(dir, 'records')], { cwd: dir });
    expect(mermaid.stdout).toContain('cabinet -->|1 closed| overview_and_scrutiny_board');
    expect(mermaid.stdout).toContain('overview_and_scrutiny_board -->|1 closed| cabinet');
    const dot = await run(['xref', '--format', 'dot', '--store', join(dir, 'records')], { cwd: dir });
    expect(dot.stdout).toMatch(/^digraph referrals \{/);
    expect(dot.stdout).toContain('"cabinet" -> "audit-and-governance-committee" [label="1 open", color=red];');
    const md = await run(['xref', '--store', join(dir, 'records')], { cwd: dir });
    expect(md.stdout).toContain('## Links that lead nowhere');
  });

  it('closes one by hand with status, keeps a history, and survives re-import of a changed source', async () => {
    const local = storeOf([chain]);
    const records = join(local, 'records');
    await run(['import', join(local, 'minutes'), '--store', records, '--jobs', '1', '--quiet'], { cwd: local });
    const first = await run(['status', OPEN[1], 'done', '--note', 'Letter sent 2 February', '--date', '2024-02-02', '--by', 'J. Smith', '--store', records], { cwd: local });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`${OPEN[1]}: done on 2024-02-02 (1 change recorded in records/meetings/cabinet-2024-01-16.yaml)\n`);
    const ids = async () => (await json(['outstanding', '--json', ...AS_OF], local)).map((r: { id: string }) => r.id);
    expect(await ids()).toEqual([OPEN[0], OPEN[2], OPEN[3]]);
    // Closing a referral by hand, then reopening the letter: the history keeps both changes.
    expect((await run(['status', OPEN[2], 'closed', '--note', 'Withdrawn', '--date', '2024-03-01', '--store', records], { cwd: local })).code).toBe(0);
    expect((await run(['status', OPEN[1], 'open', '--note', 'No reply yet', '--date', '2024-04-10', '--store', records], { cwd: local })).code).toBe(0);
    expect(await ids()).toEqual([OPEN[0], OPEN[1], OPEN[3]]);
    // The source is corrected and re-imported: the staff block and its history stay.
    const source = join(local, 'minutes', 'cabinet-2024-01-16.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('trunk road lighting', 'trunk road street lighting'));
    const again = await run(['import', join(local, 'minutes'), '--store', records, '--jobs', '1', '--json'], { cwd: local });
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 1, unchanged: 2 });
    const meeting = parseYaml(readFileSync(join(records, 'meetings', 'cabinet-2024-01-16.yaml'), 'utf8'));
    const letter = meeting.resolutions.find((r: { id: string }) => r.id === OPEN[1]);
    expect(letter.text).toContain('trunk road street lighting');
    expect(letter.staff).toEqual({
      status: 'open',
      history: [
        { status: 'done', date: '2024-02-02', by: 'J. Smith', note: 'Letter sent 2 February' },
        { status: 'open', date: '2024-04-10', note: 'No reply yet' },
      ],
    });
    expect((await run(['validate', '--store', records, '--quiet'], { cwd: local })).code).toBe(0);
    expect(await ids()).toEqual([OPEN[0], OPEN[1], OPEN[3]]);
  });

  it('refuses an unknown id with the ids it could have meant', async () => {
    const r = await run(['status', 'cabinet-2024-01-16/52/r9', 'done', '--store', join(dir, 'records')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: Unexpected id `cabinet-2024-01-16/52/r9`, expected the id of a record in the store [unknown-id]');
    expect(r.stderr).toContain('cabinet-2024-01-16/52/ru1');
    const bad = await run(['status', OPEN[1], 'finished', '--store', join(dir, 'records')], { cwd: dir });
    expect(bad.code).toBe(2);
  });

  it('writes CSV that reads back with the right columns and characters', async () => {
    const r = await run(['outstanding', '--format', 'csv', ...AS_OF, '--store', join(dir, 'records')], { cwd: dir });
    expect(r.stdout.startsWith('\ufeff"id","kind","body"')).toBe(true);
    expect(r.stdout).toContain('\r\n');
    const rows = parseCsv(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.id)).toEqual(OPEN);
    expect(Object.keys(rows[0])).toEqual(['id', 'kind', 'body', 'to', 'meeting', 'date', 'item', 'text', 'owner', 'due', 'due_rule', 'effective', 'overdue_after', 'overdue_rule', 'age_days', 'overdue', 'state', 'source', 'possible_match']);
    expect(rows[3].item).toBe('71. FLEET REPLACEMENT PROGRAMME – SCRUTINY COMMENTS');
    expect(rows[0]).toMatchObject({ overdue: 'true', age_days: '229', state: 'possible' });
  });

  it('writes a Markdown table that remark reads as a table of the same rows', async () => {
    const r = await run(['outstanding', '--format', 'markdown', ...AS_OF, '--store', join(dir, 'records')], { cwd: dir });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(r.stdout);
    const table = tree.children.find((n) => n.type === 'table') as Table;
    expect(table.children).toHaveLength(OPEN.length + 1);
    const cell = (row: number, col: number) => (table.children[row].children[col].children[0] as { value: string } | undefined)?.value ?? '';
    expect(table.children[0].children.map((_, k) => cell(0, k))).toEqual(['ID', 'Body', 'Date', 'Item', 'Decision', 'Owner', 'Due', 'Age (days)', 'Status']);
    expect(OPEN.map((_, i) => cell(i + 1, 0))).toEqual(OPEN);
    expect(cell(3, 1)).toBe('Cabinet → Audit and Governance Committee');
  });

  it('prints a table on a terminal, coloured only where colour is allowed', async () => {
    const tty = await run(['outstanding', ...AS_OF, '--store', join(dir, 'records')], { cwd: dir, tty: true, env: {} });
    expect(tty.stdout).toContain('\u001b[31m'); // overdue rows in red
    expect(tty.stdout).toContain('4 outstanding, 2 overdue, 1 possibly dealt with');
    const plain = await run(['outstanding', ...AS_OF, '--store', join(dir, 'records')], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('reports a meeting file broken by hand and still lists the rest', async () => {
    const local = storeOf([chain]);
    const records = join(local, 'records');
    await run(['import', join(local, 'minutes'), '--store', records, '--jobs', '1', '--quiet'], { cwd: local });
    writeFileSync(join(records, 'meetings', 'cabinet-2024-03-19.yaml'), 'id: cabinet-2024-03-19\nresolutions: [unclosed\n');
    const r = await run(['outstanding', '--json', ...AS_OF, '--store', records], { cwd: local });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/meetings\/cabinet-2024-03-19\.yaml:3:1: error: Unexpected YAML: .*\[yaml-syntax\]/);
    // Without the later Cabinet minutes, the Board's comments to Cabinet are no longer dealt with.
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual([...OPEN.slice(0, 3), 'overview-and-scrutiny-board-2024-02-20/12/rb>cabinet']);
    // Valid YAML edited into nonsense: records without ids, a referral without a target, no source.
    const osb = join(records, 'meetings', 'overview-and-scrutiny-board-2024-02-20.yaml');
    const edited = parseYaml(readFileSync(osb, 'utf8'));
    edited.resolutions.push('just a note', { text: 'no id' });
    delete edited.referrals[0].to;
    delete edited.resolutions[0].source;
    edited.meeting.date = 20240220;
    writeFileSync(osb, JSON.stringify(edited));
    for (const command of [['outstanding', '--json'], ['xref', '--format', 'json']]) {
      const again = await run([...command, ...AS_OF.slice(0, command[0] === 'outstanding' ? 2 : 0), '--store', records], { cwd: local });
      expect(again.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(() => JSON.parse(again.stdout)).not.toThrow();
    }
    const missing = await run(['outstanding', '--store', join(local, 'nowhere')], { cwd: local });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Unexpected missing store folder');
  });

  it('keeps what it read as JSON beside the store, yet sees a hand edit and shrugs off a damaged copy', async () => {
    const local = storeOf([chain]);
    const records = join(local, 'records');
    await run(['import', join(local, 'minutes'), '--store', records, '--jobs', '1', '--quiet'], { cwd: local });
    const ids = async () => (await json(['outstanding', '--json', ...AS_OF], local)).map((x: { id: string }) => x.id);
    expect(await ids()).toEqual(OPEN);
    const cache = join(records, '.minutes-read-cache.json');
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).entries)).toHaveLength(3);
    // A clerk marks the letter done by editing the file itself, not through `minutes status`.
    const file = join(records, 'meetings', 'cabinet-2024-01-16.yaml');
    const doc = parseYaml(readFileSync(file, 'utf8'));
    doc.resolutions.find((r: { id: string }) => r.id.endsWith('52/ru1')).staff = { status: 'done' };
    writeFileSync(file, stringifyYaml(doc));
    const withoutLetter = OPEN.filter((id) => !id.endsWith('52/ru1'));
    expect(await ids()).toEqual(withoutLetter);
    writeFileSync(cache, '{"version": 1, "entries": {"x": ');
    expect(await ids()).toEqual(withoutLetter);
    expect(JSON.parse(readFileSync(cache, 'utf8')).version).toBe(1);
  });

  it('has help with examples for every command', async () => {
    for (const command of ['outstanding', 'status', 'xref']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ minutes ${command}`);
    }
  });
});

describe('a body that names itself', () => {
  it('links "reported to the Committee" in a committee\'s own minutes to that committee', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-self-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'moderngov-decision-notice', 'input.html'), join(dir, 'minutes', 'local-plan.html'));
    await run(['import', join(dir, 'minutes'), '--store', join(dir, 'records'), '--jobs', '1', '--quiet'], { cwd: dir });
    const meeting = parseYaml(readFileSync(join(dir, 'records', 'meetings', 'planning-policy-committee-2023-06-06.yaml'), 'utf8'));
    expect(meeting.referrals.map((r: { id: string; to: string; to_name: string }) => [r.id, r.to, r.to_name])).toEqual([
      ['planning-policy-committee-2023-06-06/local-plan-review-issues-and-o/r3>planning-policy-committee', 'planning-policy-committee', 'Committee'],
    ]);
    const rows = await json(['outstanding', '--json', '--as-of', '2023-09-01'], dir);
    expect(rows.map((r: { id: string; owner?: string; due_rule?: string }) => [r.id, r.owner, r.due_rule])).toEqual([
      ['planning-policy-committee-2023-06-06/local-plan-review-issues-and-o/r2', 'Head of Planning Policy', undefined],
      ['planning-policy-committee-2023-06-06/local-plan-review-issues-and-o/r3>planning-policy-committee', undefined, 'next meeting'],
    ]);
  });
});

describe('outside reports in xref', () => {
  it('lists each quoted recommendation with the resolutions that cite or answer it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-external-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'external-recommendations', 'input.md'), join(dir, 'minutes', 'hasc-2023-09-12.md'));
    writeFileSync(join(dir, 'minutes', 'hasc-2023-11-14.md'), [
      '# Health and Adult Social Care Scrutiny Commission', '', 'Minutes of the meeting held on 14 November 2023', '',
      '## 20. CARE QUALITY COMMISSION REVIEW – ACTION PLAN', '',
      'RESOLVED – that', '',
      '(1) the action plan in response to Recommendation 2 of the review be endorsed;', '',
      '(2) unpaid carers be offered an assessment within 28 days of asking from April 2024.', '',
    ].join('\n'));
    await run(['import', join(dir, 'minutes'), '--store', join(dir, 'records'), '--jobs', '1', '--quiet'], { cwd: dir });
    const x = await json(['xref', '--format', 'json'], dir);
    // The report's own list (item 1) and the areas picked out of it (item 2).
    expect(x.external.map((e: { title: string }) => e.title)).toEqual(['Summary', 'Areas needing further work']);
    const answered = Object.fromEntries(x.external.flatMap((e: { recommendations: unknown[] }) => e.recommendations).map((r: { number: string; answered_by: { id: string; how: string }[] }) => [r.number, r.answered_by.map((a) => `${a.id}: ${a.how.split(':')[0]}`)]));
    expect(answered['2']).toEqual(['health-and-adult-social-care-scrutiny-commission-2023-11-14/20/r1: cites recommendation 2']);
    expect(answered['1.1.3']).toEqual(['health-and-adult-social-care-scrutiny-commission-2023-11-14/20/r2: same words']);
    expect(answered['3']).toEqual(['health-and-adult-social-care-scrutiny-commission-2023-11-14/20/r2: same words']);
    expect(answered['1.1.1']).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(shared, 'seeds')))('the chain among the shared real documents', () => {
  it('lists the same open items of the chain when the real minutes are in the store too', async () => {
    const dir = storeOf([chain, join(shared, 'seeds'), join(shared, 'dev', 'raw')]);
    const r = await run(['import', join(dir, 'minutes'), '--store', join(dir, 'records'), '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    const all = await json(['outstanding', '--json', ...AS_OF], dir);
    const chainRows = all.filter((x: { source: string }) => /(?:cabinet|overview-and-scrutiny-board)-2024-\d\d-\d\d\.md:/.test(x.source));
    expect(chainRows.map((x: { id: string }) => x.id)).toEqual(OPEN);
    expect(all.length).toBeGreaterThan(OPEN.length);
    const x = await json(['xref', '--format', 'json'], dir);
    expect(x.documents.length).toBeGreaterThan(20);
  });
});

describe('outstanding counts nothing due before the decision is in force', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-in-force-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'uk-decision-notice-call-in-effective', 'input.md'), join(dir, 'notice.md'));
    const extra = [
      '', '### 88. Pothole Backlog', '',
      'RESOLVED – That the Head of Highways be asked to report on the pothole backlog by 20 March 2026.', '',
    ].join('\n');
    writeFileSync(join(dir, 'notice.md'), readFileSync(join(dir, 'notice.md'), 'utf8') + extra);
    const r = await run(['import', join(dir, 'notice.md'), '--store', join(dir, 'records'), '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('holds an action back until its call-in period ends, then counts it overdue', async () => {
    const at = async (day: string) => (await json(['outstanding', '--json', '--as-of', day], dir)).find((r: { text: string }) => r.text.includes('pothole'));
    // Due 20 March, but call-in runs to 21 March: on the 21st nothing in it can be overdue yet.
    expect(await at('2026-03-21')).toMatchObject({ due: '2026-03-20', effective: '2026-03-22', pending: true, overdue: false });
    const after = await at('2026-03-23');
    expect(after.pending).toBeUndefined();
    expect(after.overdue).toBe(true);
  });

  it('says so in the table, and an urgent decision has no wait', async () => {
    const r = await run(['outstanding', '--as-of', '2026-03-21', '--store', join(dir, 'records')], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('not in force until 2026-03-22');
    const rows = await json(['outstanding', '--json', '--as-of', '2026-03-21'], dir);
    const bridge = rows.find((row: { text: string }) => row.text.includes('Millbrook') || row.text.includes('emergency repairs'));
    expect(bridge.pending).toBeUndefined();
    expect(bridge.effective).toBeUndefined();
  });
});

describe('staleness rules from the config file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await importedChain();
  });
  const rows = async (config: string) => {
    writeFileSync(join(dir, 'minutes.config.yaml'), config);
    return json(['outstanding', '--json', ...AS_OF], dir);
  };

  it('makes an action with no due date overdue after its kind\'s days, per body, and says which rule', async () => {
    const none = await rows('store: records\n');
    expect(none.find((r: { id: string }) => r.id === OPEN[2])).toMatchObject({ overdue: false });
    expect(none.find((r: { id: string }) => r.id === OPEN[2]).overdue_rule).toBeUndefined();
    const found = await rows('staleness:\n  refer: 60\n  default: 400\n  bodies:\n    Cabinet: { resolution: 30 }\n');
    expect(found.find((r: { id: string }) => r.id === OPEN[2])).toMatchObject({ overdue_after: '2024-03-16', overdue_rule: 'refer, 60 days', overdue: true });
    expect(found.find((r: { id: string }) => r.id === OPEN[3])).toMatchObject({ overdue_after: '2024-04-18', overdue_rule: 'resolution, 30 days (Cabinet)', overdue: true });
    // A due date in the words beats every rule.
    expect(found.find((r: { id: string }) => r.id === OPEN[1])).toMatchObject({ due: '2024-03-31', overdue: true });
    expect(found.find((r: { id: string }) => r.id === OPEN[1]).overdue_rule).toBeUndefined();
    const ids = (await json(['outstanding', '--json', '--overdue', ...AS_OF], dir)).map((r: { id: string }) => r.id);
    expect(ids).toEqual(OPEN);
    // The default holds where no kind is named: 400 days have not passed.
    const later = await rows('staleness:\n  default: 400\n');
    expect(later.find((r: { id: string }) => r.id === OPEN[3])).toMatchObject({ overdue_after: '2025-04-23', overdue_rule: 'default, 400 days', overdue: false });
  });

  it('stops at a kind it does not know, or days that are not a number, naming the place', async () => {
    writeFileSync(join(dir, 'minutes.config.yaml'), 'staleness:\n  report-bak: 90\n');
    const typo = await run(['outstanding', '--store', join(dir, 'records')], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/minutes\.config\.yaml:2:3: error: Unexpected kind of action `report-bak`.*\[bad-config\]/);
    writeFileSync(join(dir, 'minutes.config.yaml'), 'staleness:\n  request: soon\n');
    const words = await run(['outstanding', '--store', join(dir, 'records')], { cwd: dir });
    expect(words.code).toBe(2);
    expect(words.stderr).toMatch(/minutes\.config\.yaml:2:12: error: Unexpected `soon` for request, expected a whole number of days/);
  });
});

describe('outstanding through a committee template', () => {
  let dir: string;
  const template = join(import.meta.dirname, '..', 'docs', 'templates', 'action-log.md');
  beforeAll(async () => {
    dir = await importedChain();
    expect((await run(['status', 'cabinet-2024-01-16/52/ru1', 'done', '--note', 'Letter sent 2 February', '--by', 'J. Smith', '--store', join(dir, 'records')], { cwd: dir })).code).toBe(0);
  });
  const render = (file: string) => run(['outstanding', ...AS_OF, '--template', file, '--store', join(dir, 'records')], { cwd: dir });

  it('fills the README example with open rows and what closed them', async () => {
    const r = await render(template);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Action log — as at 2024-09-01');
    expect(r.stdout).toContain('3 open, 1 overdue.');
    expect(r.stdout).toMatch(/\| cabinet-2024-01-16\/51\/r2>cabinet \| 2024-01-16 51\. LIBRARIES STRATEGY 2024-2029 \| .* \| Director of Communities \| 2024-07-16 \(within 6 months\) \| OVERDUE; possibly dealt with/);
    expect(r.stdout).toMatch(/\*\*cabinet-2024-01-16\/52\/ru1\*\* \(2024-01-16\): .*\n {2}closed: done on \d{4}-\d{2}-\d{2} by J\. Smith: Letter sent 2 February/);
    expect(r.stdout).toMatch(/closed: dealt with on 2024-02-20 at overview-and-scrutiny-board-2024-02-20, "FLEET REPLACEMENT PROGRAMME – CHARGING INFRASTRUCTURE" \(100% match: charging/);
  });

  it('escapes values in an HTML template, not in a Markdown one', async () => {
    writeFileSync(join(dir, 'log.html'), '<ul>{{#each open}}<li>{{owner}}: {{text}}</li>{{/each}}</ul>');
    const html = await render('log.html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<ul><li>Director of Communities: That the Director/);
    // A referral id's ">" is escaped for the page, and left alone in Markdown.
    writeFileSync(join(dir, 'q.html'), '<p>{{as_of}} & {{#each open}}{{id}} {{/each}}</p>');
    const q = await render('q.html');
    expect(q.stdout).toContain('cabinet-2024-01-16/51/r2&gt;cabinet');
    writeFileSync(join(dir, 'q.md'), '{{#each open}}{{id}} {{/each}}');
    expect((await render('q.md')).stdout).toContain('cabinet-2024-01-16/51/r2>cabinet');
  });

  it('stops with exit 2 at the line and column of a template mistake, or a missing file', async () => {
    writeFileSync(join(dir, 'bad.md'), '# Log\n{{#each open}}\n{{id}}\n{{/eahc}}\n');
    const bad = await render('bad.md');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.md:2:\d+: error: Unexpected template \(each doesn't match eahc\), expected a Handlebars template \[bad-template\]/);
    const missing = await render('nowhere.md');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nowhere\.md:1:1: error: Unexpected missing template file/);
  });
});

describe('matters arising', () => {
  let dir: string;
  const later = [
    '# Cabinet', '', 'Minutes of the meeting of the Cabinet held on Tuesday 16 April 2024', '',
    '## 80. MATTERS ARISING', '',
    'Minute 52 (Street Lighting Energy Costs) refers. The Head of Highways reported that the letter to National Highways had been sent on 2 February 2024 and a reply was expected shortly.', '',
    'Minute 71 refers. Work on the charging infrastructure for the electric fleet is in progress.', '',
    'The Audit and Governance Committee has not yet considered the Discretionary Rate Relief Policy award process.', '',
    'Minute 12 refers. Members asked about the bus shelter contract.', '',
    '## 81. PARKING STRATEGY', '', 'Resolved: That the Parking Strategy be approved.', '',
  ].join('\n');
  beforeAll(async () => {
    dir = await importedChain();
    writeFileSync(join(dir, 'cabinet-2024-04-16.md'), later);
  });
  const arising = (...args: string[]) => run(['arising', 'cabinet-2024-04-16.md', '--store', join(dir, 'records'), ...args], { cwd: dir });

  it('finds earlier actions by minute number or subject, with the passage that mentions them, and proposes done only where it says so', async () => {
    const r = await arising('--json');
    expect(r.code).toBe(0);
    const proposals = JSON.parse(r.stdout);
    expect(proposals.map((p: { id: string; proposed?: string; by: string }) => [p.id, p.proposed ?? null, p.by])).toEqual([
      ['cabinet-2024-01-16/52/ru1', 'done', 'minute-reference'],
      ['cabinet-2024-03-19/71/ru1', null, 'minute-reference'],
      ['cabinet-2024-01-16/53/ru1>audit-and-governance-committee', null, 'subject'],
    ]);
    expect(proposals[0].evidence).toMatchObject({ line: 7, column: 1, words: expect.stringContaining('the letter to National Highways had been sent') });
    // "Minute 12" is the scrutiny board's numbering, not Cabinet's: nothing of Cabinet's is minute 12.
    expect(r.stdout).not.toContain('overview-and-scrutiny-board-2024-02-20/12');
  });

  it('writes nothing without --apply, and with it records done with the passage as the note, history kept', async () => {
    const dry = await arising();
    expect(dry.stdout).toContain('3 earlier actions mentioned, 1 reported done');
    expect(dry.stdout).toContain('Nothing written. Run again with --apply');
    expect(readFileSync(join(dir, 'records', 'meetings', 'cabinet-2024-01-16.yaml'), 'utf8')).not.toContain('status: done');
    const applied = await arising('--apply', '--by', 'J. Smith', '--date', '2024-04-17');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('cabinet-2024-01-16/52/ru1: done on 2024-04-17');
    const meeting = parseYaml(readFileSync(join(dir, 'records', 'meetings', 'cabinet-2024-01-16.yaml'), 'utf8'));
    const letter = meeting.resolutions.find((c: { id: string }) => c.id === 'cabinet-2024-01-16/52/ru1');
    expect(letter.staff).toMatchObject({ status: 'done', history: [{ status: 'done', date: '2024-04-17', by: 'J. Smith', note: expect.stringMatching(/^Matters arising, cabinet-2024-04-16\.md:7: “Minute 52/) }] });
    const open = (await json(['outstanding', '--json', ...AS_OF], dir)).map((row: { id: string }) => row.id);
    expect(open).not.toContain('cabinet-2024-01-16/52/ru1');
    expect((await run(['validate', '--store', join(dir, 'records')], { cwd: dir })).stdout).toMatch(/0 errors/);
  });

  it('exits 1 naming a file that is not there', async () => {
    const r = await run(['arising', 'nowhere.md', '--store', join(dir, 'records')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^nowhere\.md:1:1: error: Unexpected missing file/);
  });
});
