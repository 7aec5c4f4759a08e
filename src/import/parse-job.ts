import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseBytes, type ParseOptions } from '../pipeline.js';
import { parseFile } from '../read/load.js';
import { toDiagnostics, type Diagnostic } from '../diagnostics/report.js';
import { sha256 } from '../store/checksum.js';
import { meetingId } from '../store/ids.js';
import { buildMeeting, renderMeeting, type MeetingRecord } from '../store/meeting-file.js';
import { snapshotResolver } from '../store/gazetteer.js';

export interface ParseJob {
  index: number;
  path: string;
  name: string;
  options: ParseOptions;
  /** The meeting id this source had before (from the cache), kept for stable ids. */
  previousId?: string;
}

export interface ParseOutcome {
  index: number;
  diagnostics: Diagnostic[];
  sha256?: string;
  /** The record and its YAML, built where the parsing happened to spare the main thread. */
  record?: MeetingRecord;
  text?: string;
}

/**
 * One file's work, the same in the main thread and in a worker: read, hash, parse,
 * build the meeting record and render it. Body ids come from a snapshot of the
 * gazetteer, which gives the same ids the main thread would.
 */
export async function runJob(job: ParseJob, bodies: Record<string, string>): Promise<ParseOutcome> {
  const bytes = await readFile(job.path).catch(() => undefined);
  if (!bytes) {
    const { file } = await parseFile(job.path, job.options);
    file.path = job.name;
    return { index: job.index, diagnostics: toDiagnostics(file) };
  }
  const hash = sha256(bytes);
  const { document, file } = await parseBytes(bytes, job.name, job.options);
  const diagnostics = toDiagnostics(file);
  if (!document) return { index: job.index, diagnostics, sha256: hash };
  const id = job.previousId ?? defaultMeetingId(document.meeting.body, document.meeting.date, job.name);
  const record = buildMeeting(id, document, { path: job.name, sha256: hash }, snapshotResolver(bodies));
  return { index: job.index, diagnostics, sha256: hash, record, text: renderMeeting(record) };
}

export function defaultMeetingId(body: string | undefined, date: string | undefined, name: string): string {
  return meetingId(body, date, stem(name));
}

export function stem(name: string): string {
  return basename(name).replace(/\.[^.]+$/, '');
}
