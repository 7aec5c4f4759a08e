import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { run } from './helpers/cli.js';
import { startPostgres } from './helpers/postgres.js';

/**
 * `minutes export --format postgres` against a real PostgreSQL started for the test
 * (see helpers/postgres.ts: the machine's server binaries; skipped, saying why, without).
 */
const server = startPostgres();
if ('skip' in server) console.warn(`postgres.test.ts skipped: ${server.skip}`);
else console.warn(`postgres.test.ts: ${server.how}`);
const chain = join(import.meta.dirname, 'chain');

describe.skipIf('skip' in server)('export to PostgreSQL', () => {
  const url = 'url' in server ? server.url : '';
  let dir: string;
  let db: pg.Client;
  const count = async (table: string, council = 'barsetshire') => Number((await db.query(`SELECT count(*) FROM ${table} WHERE council = $1`, [council])).rows[0].count);
  const load = (store: string, council: string) => run(['export', '--format', 'postgres', '--database', url, '--store', join(dir, store), '--council', council, '--json'], { cwd: dir });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-pg-'));
    cpSync(chain, join(dir, 'minutes'), { recursive: true });
    for (const store of ['barsetshire', 'wessex']) {
      expect((await run(['import', join(dir, 'minutes'), '--store', join(dir, store), '--jobs', '1', '--quiet'], { cwd: dir })).code).toBe(0);
    }
    expect((await run(['status', 'cabinet-2024-01-16/52/ru1', 'done', '--note', 'Letter sent', '--by', 'J. Smith', '--date', '2024-02-02', '--store', join(dir, 'barsetshire')], { cwd: dir })).code).toBe(0);
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    if ('stop' in server) server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every record with its links, and loading twice changes nothing', async () => {
    const first = await load('barsetshire', 'barsetshire');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ council: 'barsetshire', meetings: 3, removed: 0 });
    // One query at a time: a pg client runs its queries in turn.
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const t of ['meetings', 'items', 'resolutions', 'referrals', 'statuses', 'sources', 'bodies']) out[t] = await count(t);
      return out;
    };
    const before = await counts();
    expect(before).toMatchObject({ meetings: 3, items: 8, resolutions: 11, referrals: 4, statuses: 1, sources: 3 });
    const again = await load('barsetshire', 'barsetshire');
    expect(JSON.parse(again.stdout).removed).toBe(0);
    expect(await counts()).toEqual(before);
    const letter = (await db.query("SELECT r.text, r.owner, r.due_date::text AS due, s.status, s.by, m.body_name FROM resolutions r JOIN meetings m ON (m.council, m.id) = (r.council, r.meeting) JOIN statuses s ON (s.council, s.record_id) = (r.council, r.id) WHERE r.council = 'barsetshire' AND r.id = 'cabinet-2024-01-16/52/ru1'")).rows[0];
    expect(letter).toEqual({ text: expect.stringContaining('National Highways'), owner: 'Head of Highways', due: '2024-03-31', status: 'done', by: 'J. Smith', body_name: 'Cabinet' });
    const referral = (await db.query("SELECT f.from_kind, b.name FROM referrals f JOIN bodies b ON (b.council, b.id) = (f.council, f.to_body) WHERE f.council = 'barsetshire' AND f.id = 'cabinet-2024-01-16/53/ru1>audit-and-governance-committee'")).rows[0];
    expect(referral).toEqual({ from_kind: 'resolution', name: 'Audit and Governance Committee' });
  });

  it('keeps councils apart, and answers a question across them', async () => {
    expect((await load('wessex', 'wessex')).code).toBe(0);
    expect(await count('meetings', 'wessex')).toBe(3);
    expect(await count('meetings', 'barsetshire')).toBe(3);
    // The README's query: open referrals by receiving body across councils.
    const open = (await db.query(`
      SELECT b.name AS body, count(*)::int AS open, count(DISTINCT f.council)::int AS councils
      FROM referrals f JOIN bodies b ON (b.council, b.id) = (f.council, f.to_body)
      WHERE coalesce(f.staff->>'status', 'open') NOT IN ('done', 'closed', 'superseded')
      GROUP BY b.name ORDER BY open DESC, body`)).rows;
    expect(open).toContainEqual({ body: 'Audit and Governance Committee', open: 2, councils: 2 });
  });

  it('removes what the store no longer has, and only that council\'s', async () => {
    rmSync(join(dir, 'wessex', 'meetings', 'cabinet-2024-03-19.yaml'));
    const r = await load('wessex', 'wessex');
    expect(JSON.parse(r.stdout).removed).toBeGreaterThan(0);
    expect(await count('meetings', 'wessex')).toBe(2);
    expect(await count('resolutions', 'wessex')).toBe(await count('resolutions', 'barsetshire') - (await db.query("SELECT count(*)::int AS n FROM resolutions WHERE council = 'barsetshire' AND meeting = 'cabinet-2024-03-19'")).rows[0].n);
    expect(await count('meetings', 'barsetshire')).toBe(3);
  });

  it('says what is wrong when the database cannot be reached, and exits 1', async () => {
    const r = await run(['export', '--format', 'postgres', '--database', 'postgres://minutes:secret@127.0.0.1:1/none', '--store', join(dir, 'barsetshire')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^postgres:\/\/minutes:\*\*\*@127\.0\.0\.1:1\/none:1:1: error: Unexpected database error \(ECONNREFUSED/);
    expect(r.stderr).not.toContain('secret');
  });
});
