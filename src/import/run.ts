import { mkdir, readdir, unlink } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/report.js';
import type { ParseOptions } from '../pipeline.js';
import { parserIdentity } from '../store/rules-hash.js';
import { storeLayout } from '../store/layout.js';
import { acquireLock } from '../store/lock.js';
import { loadCache, stampOf, type CacheEntry } from '../store/cache.js';
import { sha256 } from '../store/checksum.js';
import { expandInputs, storedPath } from './files.js';
import type { ParseJob } from './parse-job.js';

export interface ImportOptions {
  store: string;
  inputs: string[];
  cwd: string;
  jobs?: number;
  manifest?: string;
  /** Metadata for every file, beating front matter and manifest alike. */
  defaults?: ParseOptions;
  /** What a manifest row may override: the config file's dialect; and the config's own wordings, for every file. */
  fallback?: ParseOptions;
  /** How long to wait for another import's lock, in ms. */
  waitMs?: number;
  progress?: { write(s: string): unknown; isTTY?: boolean };
}

export interface ImportSummary {
  files: number;
  imported: number;
  unchanged: number;
  failed: number;
  /** Files whose meeting file a person edited outside its staff blocks: left as they were. */
  kept: number;
  /** Files read this run that yielded no resolution or recommendation: worth a look (an agenda, a scan, a new wording). */
  empty: number;
  emptyFiles: string[];
  meetings: number;
  resolutions: number;
  recommendations: number;
  referrals: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

/**
 * Import files into a store. Files are taken in sorted order and results applied in
 * that order whatever the number of workers, so the same inputs always give the same
 * bytes. Records are written atomically; the index and the cache last, so a killed
 * import leaves a valid store and the next run finishes the job.
 */
export async function importFiles(options: ImportOptions): Promise<ImportSummary> {
  const layout = storeLayout(resolve(options.cwd, options.store));
  const base = dirname(layout.root);
  const summary: ImportSummary = { files: 0, imported: 0, unchanged: 0, failed: 0, kept: 0, empty: 0, emptyFiles: [], meetings: 0, resolutions: 0, recommendations: 0, referrals: 0, warnings: 0, diagnostics: [] };
  const note = (d: Diagnostic) => {
    summary.diagnostics.push(d);
    if (d.severity === 'warning') summary.warnings++;
  };

  const { files, missing } = await expandInputs(options.inputs, options.cwd);
  for (const m of missing) {
    note({ file: m, line: 1, column: 1, severity: 'error', code: 'unreadable-file', message: 'Unexpected path that matches no file, expected a file, folder or glob' });
    summary.failed++;
  }
  const manifest = options.manifest ? await (await import('./manifest.js')).loadManifest(resolve(options.cwd, options.manifest)) : new Map<string, ParseOptions>();
  summary.files = files.length;

  await mkdir(layout.meetings, { recursive: true });
  const release = await acquireLock(layout.lock, options.waitMs ?? 30_000);
  try {
    await removeLeftovers(layout.root, layout.meetings, layout.bodies);
    // A different dialect or a council's new wording reads the same bytes differently: the cache is only good for the one it was made with.
    const dialect = options.defaults?.dialect ?? options.fallback?.dialect;
    const local = options.fallback?.local;
    const identity = parserIdentity() + (dialect ? `+${dialect}` : '') + (local ? `+local:${sha256(JSON.stringify(local)).slice(0, 12)}` : '');
    const cache = await loadCache(layout.cache, identity);

    // Unchanged files (same bytes, meeting files as this import left them) cost a hash and a stat.
    const jobs: ParseJob[] = [];
    const names = files.map((f) => storedPath(f, base));
    // Looked for only once a file is new to the cache: an unchanged re-import stats nothing more.
    let gone: Map<string, string> | undefined;
    const moved = new Map<string, string>(); // new source path → the path it had before
    for (const [k, file] of files.entries()) {
      const name = names[k];
      const cached = cache.entries.get(name);
      if (!cached) gone ??= movedAway(cache.entries, new Set(names), base);
      // Synchronous on purpose: one blocking read per file beats four thread-pool round
      // trips, and this loop is all an unchanged re-import does.
      const bytes = cached || gone?.size ? readIfFile(file) : undefined;
      const hash = bytes && sha256(bytes);
      if (cached && hash === cached.sha256 && cached.meetings.every((id, m) => stampOf(join(layout.meetings, `${id}.yaml`)) === cached.stamps?.[m])) {
        summary.unchanged++;
        continue;
      }
      // The same bytes under a path that no longer exists: a moved or renamed folder, the same meeting.
      const before = !cached && hash ? gone?.get(hash) : undefined;
      if (before) {
        gone!.delete(hash!);
        moved.set(name, before);
      }
      const previous = cached ?? (before ? cache.entries.get(before) : undefined);
      jobs.push({ index: jobs.length, path: file, name, options: { ...options.fallback, ...manifest.get(file), ...options.defaults }, ...(previous ? { previousId: previous.meetings[0] } : {}) });
    }

    const indexIntact = cache.index !== undefined && cache.index === stampOf(layout.index);
    if (jobs.length === 0 && cache.totals && indexIntact) {
      // Nothing to do: the store is left exactly as it was, index and all.
      Object.assign(summary, cache.totals);
      return summary;
    }

    // Parsing, rendering and writing load only now: an unchanged re-import never needs them.
    const { applyJobs } = await import('./apply.js');
    await applyJobs({ layout, base, jobs, moved, cache, identity, indexIntact, summary, note, options });
  } finally {
    await release();
  }
  return summary;
}

function readIfFile(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Cached sources whose files are gone, by content hash: where a moved file came from. */
function movedAway(entries: Map<string, CacheEntry>, present: Set<string>, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, entry] of entries) {
    if (!present.has(name) && !existsSync(resolve(base, name)) && !out.has(entry.sha256)) out.set(entry.sha256, name);
  }
  return out;
}

/** Temporary files left by an import that was killed mid-write. */
async function removeLeftovers(...dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (/^\..*\.tmp$/.test(name)) await unlink(join(dir, name)).catch(() => undefined);
    }
  }
}
