import { readFile } from 'node:fs/promises';
import { parseBytes, type ParseOptions } from '../pipeline.js';
import { parseFile } from '../read/load.js';
import { toDiagnostics, type Diagnostic } from '../diagnostics/report.js';
import type { ParsedDocument } from '../types.js';
import { sha256 } from '../store/checksum.js';

export interface ParseJob {
  index: number;
  path: string;
  name: string;
  options: ParseOptions;
}

export interface ParseOutcome {
  index: number;
  document?: ParsedDocument;
  diagnostics: Diagnostic[];
  sha256?: string;
}

/** One file's work, the same in the main thread and in a worker. */
export async function runJob(job: ParseJob): Promise<ParseOutcome> {
  const bytes = await readFile(job.path).catch(() => undefined);
  if (!bytes) {
    const { file } = await parseFile(job.path, job.options);
    file.path = job.name;
    return { index: job.index, diagnostics: toDiagnostics(file) };
  }
  const { document, file } = parseBytes(bytes, job.name, job.options);
  return { index: job.index, ...(document ? { document } : {}), diagnostics: toDiagnostics(file), sha256: sha256(bytes) };
}
