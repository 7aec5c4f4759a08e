import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/report.js';
import type { StoreLayout } from '../store/layout.js';
import { Gazetteer } from '../store/gazetteer.js';
import { indexFromMeetings, loadIndex, saveIndex, type IndexEntry } from '../store/index-file.js';
import { saveCache, stampOf, type Cache } from '../store/cache.js';
import { slug } from '../store/ids.js';
import { readExisting, renderMeeting, renameMeeting, type MeetingRecord } from '../store/meeting-file.js';
import { writeAtomic } from '../io/atomic.js';
import { storedPath } from './files.js';
import { parseAll } from './pool.js';
import { Progress } from './progress.js';
import { stem, type ParseJob } from './parse-job.js';
import type { ImportOptions, ImportSummary } from './run.js';

export interface Work {
  layout: StoreLayout;
  base: string;
  jobs: ParseJob[];
  /** New source path → the path it had before. */
  moved: Map<string, string>;
  cache: Cache;
  identity: string;
  /** The index is as the last import left it (else it is rebuilt from the meeting files). */
  indexIntact: boolean;
  summary: ImportSummary;
  note: (d: Diagnostic) => void;
  options: ImportOptions;
}

/**
 * Parse the files that changed and write their meetings, in job order, then the index
 * and the cache: the part of an import that has work to do.
 */
export async function applyJobs({ layout, base, jobs, moved, cache, identity, indexIntact, summary, note, options }: Work): Promise<void> {
  // An index changed since the last import (truncated, edited) is rebuilt from the meeting files.
  const index = indexIntact ? await loadIndex(layout.index) : await indexFromMeetings(layout.meetings);
  const bodies = await Gazetteer.load(layout.bodies);
  const claims = new Map<string, string>(); // meeting id → the source path that owns it
  for (const e of index.values()) for (const s of e.sources) if (!claims.has(e.id)) claims.set(e.id, s);

  const progress = new Progress(options.progress ?? { write: () => undefined }, jobs.length, Boolean(options.progress));
  const workers = Math.max(1, Math.min(options.jobs ?? Infinity, availableParallelism()));
  let n = 0;
  for await (const outcome of parseAll(jobs, workers, bodies.snapshot())) {
    const job = jobs[outcome.index];
    progress.tick(++n, job.name);
    outcome.diagnostics.forEach(note);
    if (!outcome.record || !outcome.text || !outcome.sha256) {
      summary.failed++;
      continue;
    }
    if (outcome.record.resolutions.length + outcome.record.recommendations.length === 0) {
      summary.empty++;
      summary.emptyFiles.push(job.name);
    }
    let record = outcome.record;
    let text: string | undefined = outcome.text;
    const owner = claims.get(record.id);
    const was = moved.get(job.name);
    if (was) cache.entries.delete(was);
    if (owner && owner !== job.name && owner !== was) {
      // Two sources claim one meeting: keep both, say so, never overwrite.
      const other = record.id;
      record = renameMeeting(record, `${other}~${slug(stem(job.name))}`);
      text = undefined;
      note({ file: job.name, line: 1, column: 1, severity: 'warning', code: 'meeting-conflict',
        message: `Unexpected second source for meeting ${other} (already imported from ${owner}), expected one source a meeting; imported as ${record.id}` });
    }
    claims.set(record.id, job.name);
    // The worker resolved bodies from a snapshot; registering the names here gives the
    // same ids and records new bodies and aliases.
    if (record.meeting.body_name) bodies.resolve(record.meeting.body_name);
    for (const f of record.referrals) bodies.resolve(String(f.to_name));
    // Bodies first: a meeting file must never link to a body file not yet written,
    // whenever the import is killed.
    await bodies.save();
    const path = join(layout.meetings, `${record.id}.yaml`);
    const existing = await readExisting(path);
    if (existing?.damaged) {
      // Not valid YAML, or not a meeting any more: keep the damaged copy beside it, then write the record again.
      const copy = await keepDamaged(path);
      note({ file: storedPath(path, base), line: existing.damaged.line, column: existing.damaged.column, severity: 'warning', code: 'damaged-record',
        message: `Unexpected damaged meeting file (${existing.damaged.reason}), expected a valid record; written again from ${job.name}`,
        note: `The damaged file was kept as ${storedPath(copy, base)}; copy any staff notes it held back by hand.` });
    }
    if (existing?.handEdited && !existing.damaged) {
      summary.kept++;
      note({ file: storedPath(path, base), line: 1, column: 1, severity: 'warning', code: 'hand-edited',
        message: `Unexpected edits outside the staff blocks of ${record.id}, expected changes only under \`staff:\`; the file was left as it is`,
        note: `Move the edits into staff: blocks, or delete the file to regenerate it from ${job.name}.` });
    } else {
      if (text === undefined || existing?.staff.size) text = renderMeeting(record, existing?.staff);
      if (text !== existing?.text || existing?.damaged) await writeAtomic(path, text);
    }
    index.set(record.id, indexEntry(record, `meetings/${record.id}.yaml`));
    cache.entries.set(job.name, { sha256: outcome.sha256, meetings: [record.id], stamps: [stampOf(path) ?? ''] });
    summary.imported++;
  }
  progress.done();
  await bodies.save();
  await saveIndex(layout.index, index);
  cache.index = stampOf(layout.index);
  const totals = { meetings: 0, resolutions: 0, recommendations: 0, referrals: 0 };
  for (const e of index.values()) {
    totals.meetings++;
    totals.resolutions += e.resolutions;
    totals.recommendations += e.recommendations;
    totals.referrals += e.referrals;
  }
  Object.assign(summary, totals);
  await saveCache(layout.cache, identity, { entries: cache.entries, totals, ...(cache.index ? { index: cache.index } : {}) });
}

function indexEntry(record: MeetingRecord, file: string): IndexEntry {
  return {
    id: record.id,
    file,
    ...(record.meeting.body ? { body: record.meeting.body } : {}),
    ...(record.meeting.date ? { date: record.meeting.date } : {}),
    kind: record.meeting.kind,
    sources: record.sources.map((s) => s.path),
    resolutions: record.resolutions.length,
    recommendations: record.recommendations.length,
    referrals: record.referrals.length,
  };
}

/** `<id>.yaml.damaged` (or `.damaged-2`, …): never over an earlier copy. */
async function keepDamaged(path: string): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = `${path}.damaged${n === 1 ? '' : `-${n}`}`;
    if (!existsSync(copy)) {
      await copyFile(path, copy);
      return copy;
    }
  }
}
