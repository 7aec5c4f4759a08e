import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { ParseOptions } from '../pipeline.js';
import { isIsoDate } from '../extract/dates.js';
import { DIALECTS, isDialect } from '../lexicon/index.js';

import { ManifestError } from './manifest-error.js';

/**
 * Metadata for archives whose files carry no heading: a CSV with a header row
 * (`file,body,date,kind,dialect`) or YAML (a list of `{file, body, date, kind, dialect}`
 * or a map from file to `{body, date, kind, dialect}`). File paths are relative to the manifest.
 */
export async function loadManifest(path: string): Promise<Map<string, ParseOptions>> {
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new ManifestError(`${path}:1:1: Unexpected ${e.code === 'ENOENT' ? 'missing file' : e.message}, expected a manifest (.csv or .yaml)`);
  });
  const base = dirname(resolve(path));
  let rows: Record<string, unknown>[];
  try {
    if (/\.csv$/i.test(path)) {
      rows = parseCsv(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
    } else {
      const data = parseYaml(text) as unknown;
      rows = Array.isArray(data) ? data : data && typeof data === 'object'
        ? Object.entries(data as Record<string, Record<string, unknown>>).map(([file, v]) => ({ file, ...v })) : [];
    }
  } catch (error) {
    throw new ManifestError(`${path}: Unexpected content (${(error as Error).message.split('\n')[0]}), expected CSV with a header row or YAML`);
  }
  const out = new Map<string, ParseOptions>();
  rows.forEach((row, i) => {
    const file = row.file ?? row.path;
    if (typeof file !== 'string' || !file) throw new ManifestError(`${path}:${i + 2}: Unexpected row without a file, expected a \`file\` column`);
    const date = row.date === undefined || row.date === '' ? undefined : row.date instanceof Date ? row.date.toISOString().slice(0, 10) : String(row.date);
    if (date && !isIsoDate(date)) throw new ManifestError(`${path}:${i + 2}: Unexpected date \`${date}\`, expected YYYY-MM-DD`);
    const kind = row.kind === 'minutes' || row.kind === 'report' ? row.kind : undefined;
    const dialect = row.dialect === undefined || row.dialect === '' ? undefined : String(row.dialect);
    if (dialect !== undefined && !isDialect(dialect)) throw new ManifestError(`${path}:${i + 2}: Unexpected dialect \`${dialect}\`, expected one of ${DIALECTS.join(', ')}`);
    out.set(resolve(base, file), {
      ...(row.body ? { body: String(row.body) } : {}),
      ...(date ? { date } : {}),
      ...(kind ? { kind } : {}),
      ...(dialect ? { dialect } : {}),
    });
  });
  return out;
}
