import { basename } from 'node:path';
import type { ClientBase } from 'pg';
import { loadStore, type LoadedStore, type StoredClause, type StoredMeeting, type StoredSource } from '../track/load.js';
import { MEETING_TABLES, SCHEMA } from './postgres-schema.js';

export interface PostgresExport {
  council: string;
  meetings: number;
  /** Rows written per table in this run. */
  rows: Record<string, number>;
  /** Rows of this council's meetings that the store no longer has, deleted. */
  removed: number;
  diagnostics: LoadedStore['diagnostics'];
}

/**
 * Load a store into PostgreSQL: create the tables if they are missing, then, meeting by
 * meeting in one transaction each, upsert every row by (council, id) and delete the
 * rows of that meeting the store no longer has. Loading twice changes nothing; another
 * council's rows are never touched. `council` defaults to the store folder's name.
 */
export async function exportPostgres(root: string, url: string, council = basename(root)): Promise<PostgresExport> {
  const store = await loadStore(root);
  // The driver loads only for this command.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  let removed = 0;
  try {
    await client.query(SCHEMA);
    await client.query('INSERT INTO councils (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET loaded_at = now()', [council]);
    for (const [id, name] of bodiesOf(store)) {
      await upsert(client, 'bodies', ['council', 'id'], { council, id, name }, rows);
    }
    // A meeting file deleted from the store goes, with everything under it (ON DELETE CASCADE).
    const gone = await client.query('DELETE FROM meetings WHERE council = $1 AND NOT (id = ANY($2::text[]))', [council, store.meetings.map((m) => m.id)]);
    removed += gone.rowCount ?? 0;
    for (const meeting of store.meetings) {
      await client.query('BEGIN');
      try {
        removed += await loadMeeting(client, council, meeting, rows);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.end();
  }
  return { council, meetings: store.meetings.length, rows, removed, diagnostics: store.diagnostics };
}

/** Every body a row points at: the store's body files, and any name a hand edit left without one. */
function bodiesOf(store: LoadedStore): Map<string, string> {
  const out = new Map(store.bodies);
  for (const m of store.meetings) {
    if (m.meeting.body && !out.has(m.meeting.body)) out.set(m.meeting.body, m.meeting.body_name ?? m.meeting.body);
    for (const f of m.referrals) if (!out.has(f.to)) out.set(f.to, f.to_name);
  }
  return out;
}

async function loadMeeting(client: ClientBase, council: string, m: StoredMeeting, rows: Record<string, number>): Promise<number> {
  const meeting = m.id;
  const { body, body_name, date, kind, title } = m.meeting;
  await upsert(client, 'meetings', ['council', 'id'], { council, id: meeting, body: body ?? null, body_name: body_name ?? null, date: day(date), kind, title: title ?? null }, rows);
  const keep: Record<string, string[]> = { items: [], resolutions: [], recommendations: [], referrals: [] };
  for (const i of m.items) {
    await upsert(client, 'items', ['council', 'id'], { council, id: i.id, meeting, number: i.number ?? null, title: i.title, ...at(i.source, false) }, rows);
    keep.items.push(i.id);
  }
  for (const r of m.resolutions) {
    const c = r as StoredClause & Record<string, unknown>;
    await upsert(client, 'resolutions', ['council', 'id'], {
      council, id: r.id, meeting, item: r.item ?? null, number: r.number ?? null, text: r.text, effects: r.effects ?? [], action: Boolean(r.action),
      owner: r.owner?.name ?? null, due_date: day(r.due?.date), due_rule: r.due?.rule ?? null,
      mover: name(c.mover), seconder: name(c.seconder), vote: json(c.vote), outcome: value(c.outcome),
      call_in: json(r.call_in), effective: day(r.effective?.date), ...at(r.source), staff: json(r.staff),
    }, rows);
    keep.resolutions.push(r.id);
  }
  for (const r of m.recommendations) {
    await upsert(client, 'recommendations', ['council', 'id'], {
      council, id: r.id, meeting, item: r.item ?? null, number: r.number ?? null, text: r.text, origin: r.origin ?? 'report', ...at(r.source), staff: json(r.staff),
    }, rows);
    keep.recommendations.push(r.id);
  }
  const resolutions = new Set(keep.resolutions);
  for (const f of m.referrals) {
    await upsert(client, 'referrals', ['council', 'id'], {
      council, id: f.id, meeting, from_id: f.from, from_kind: resolutions.has(f.from) ? 'resolution' : 'recommendation',
      to_body: f.to, to_name: f.to_name, kind: f.kind, ...at(f.source), staff: json(f.staff),
    }, rows);
    keep.referrals.push(f.id);
  }
  // Statuses and sources are wholly the meeting file's: written afresh each time.
  await client.query('DELETE FROM statuses WHERE council = $1 AND meeting = $2', [council, meeting]);
  for (const record of [...m.resolutions, ...m.recommendations, ...m.referrals]) {
    for (const [seq, h] of (record.staff?.history ?? []).entries()) {
      await upsert(client, 'statuses', ['council', 'record_id', 'seq'], { council, record_id: record.id, seq, meeting, status: h.status, date: day(h.date), by: h.by ?? null, note: h.note ?? null }, rows);
    }
  }
  await client.query('DELETE FROM sources WHERE council = $1 AND meeting = $2', [council, meeting]);
  for (const s of m.sources) await upsert(client, 'sources', ['council', 'meeting', 'path'], { council, meeting, path: s.path, sha256: s.sha256 ?? null }, rows);
  let removed = 0;
  for (const table of MEETING_TABLES.filter((t) => t in keep)) {
    const gone = await client.query(`DELETE FROM ${table} WHERE council = $1 AND meeting = $2 AND NOT (id = ANY($3::text[]))`, [council, meeting, keep[table]]);
    removed += gone.rowCount ?? 0;
  }
  return removed;
}

/** INSERT … ON CONFLICT DO UPDATE: the row as the store has it now. */
async function upsert(client: ClientBase, table: string, key: string[], row: Record<string, unknown>, rows: Record<string, number>): Promise<void> {
  const columns = Object.keys(row);
  const values = columns.map((c) => row[c]);
  const update = columns.filter((c) => !key.includes(c)).map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`);
  await client.query(
    `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES (${columns.map((_, k) => `$${k + 1}`).join(', ')}) `
      + `ON CONFLICT (${key.join(', ')}) DO ${update.length ? `UPDATE SET ${update.join(', ')}` : 'NOTHING'}`,
    values,
  );
  rows[table] = (rows[table] ?? 0) + 1;
}

function quote(column: string): string {
  return `"${column}"`;
}

function at(source: StoredSource, withPath = true): Record<string, unknown> {
  return { ...(withPath ? { source_path: source.path } : {}), source_line: source.line, source_column: source.column };
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function name(person: unknown): string | null {
  return person && typeof person === 'object' && typeof (person as { name?: unknown }).name === 'string' ? (person as { name: string }).name : null;
}

function value(outcome: unknown): string | null {
  return outcome && typeof outcome === 'object' && typeof (outcome as { value?: unknown }).value === 'string' ? (outcome as { value: string }).value : null;
}

/** A date column takes a day or nothing: a hand-edited "last week" in a status is kept in the YAML, not loaded as a date. */
function day(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
