/**
 * A table of one kind of record in a meeting: the columns every record has (council, id,
 * meeting, where it came from, its staff block, its links) around the kind's own.
 */
function recordTable(name: string, own: string, link: string): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (
  council text NOT NULL,
  id text NOT NULL,
  meeting text NOT NULL,${own}
  source_path text NOT NULL,
  source_line integer NOT NULL,
  source_column integer NOT NULL,
  staff jsonb,
  PRIMARY KEY (council, id),
  FOREIGN KEY (council, meeting) REFERENCES meetings(council, id) ON DELETE CASCADE,
  ${link}
);`;
}

/**
 * The tables stores load into. Many councils share one database: every row carries its
 * `council` and is keyed by (council, the store's stable id), so loading a store again
 * updates its rows in place and never touches another council's. Foreign keys tie items,
 * clauses, referrals and statuses to their meeting, and meetings and referrals to bodies;
 * a referral's `from_id` names a resolution or a recommendation (`from_kind` says which).
 * Provenance: `sources` holds the file each meeting was read from and its content hash;
 * every record keeps its own line and column.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS councils (
  id text PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS bodies (
  council text NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (council, id)
);
CREATE TABLE IF NOT EXISTS meetings (
  council text NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
  id text NOT NULL,
  body text,
  body_name text,
  date date,
  kind text NOT NULL,
  title text,
  PRIMARY KEY (council, id),
  FOREIGN KEY (council, body) REFERENCES bodies(council, id)
);
CREATE TABLE IF NOT EXISTS sources (
  council text NOT NULL,
  meeting text NOT NULL,
  path text NOT NULL,
  sha256 text,
  PRIMARY KEY (council, meeting, path),
  FOREIGN KEY (council, meeting) REFERENCES meetings(council, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS items (
  council text NOT NULL,
  id text NOT NULL,
  meeting text NOT NULL,
  number text,
  title text NOT NULL,
  source_line integer NOT NULL,
  source_column integer NOT NULL,
  PRIMARY KEY (council, id),
  FOREIGN KEY (council, meeting) REFERENCES meetings(council, id) ON DELETE CASCADE
);
${recordTable('resolutions', `
  item text,
  number text,
  text text NOT NULL,
  effects text[] NOT NULL,
  action boolean NOT NULL,
  owner text,
  due_date date,
  due_rule text,
  mover text,
  seconder text,
  vote jsonb,
  outcome text,
  call_in jsonb,
  effective date,`, 'FOREIGN KEY (council, item) REFERENCES items(council, id)')}
${recordTable('recommendations', `
  item text,
  number text,
  text text NOT NULL,
  origin text NOT NULL,`, 'FOREIGN KEY (council, item) REFERENCES items(council, id)')}
${recordTable('referrals', `
  from_id text NOT NULL,
  from_kind text NOT NULL CHECK (from_kind IN ('resolution', 'recommendation')),
  to_body text NOT NULL,
  to_name text NOT NULL,
  kind text NOT NULL,`, 'FOREIGN KEY (council, to_body) REFERENCES bodies(council, id)')}
CREATE TABLE IF NOT EXISTS statuses (
  council text NOT NULL,
  record_id text NOT NULL,
  seq integer NOT NULL,
  meeting text NOT NULL,
  status text NOT NULL,
  date date,
  by text,
  note text,
  PRIMARY KEY (council, record_id, seq),
  FOREIGN KEY (council, meeting) REFERENCES meetings(council, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS referrals_to_body ON referrals (council, to_body);
`;

/** Tables whose rows belong to one meeting, children first. */
export const MEETING_TABLES = ['statuses', 'referrals', 'resolutions', 'recommendations', 'items', 'sources'] as const;
