import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runJob, type ParseJob, type ParseOutcome } from './parse-job.js';

/**
 * Runs parse jobs on N worker threads (or in this thread when N is 1) and hands the
 * outcomes back in job order, so what is written never depends on which worker was
 * faster. At most `2 × N` jobs are in flight, which keeps memory flat on big batches.
 */
export async function* parseAll(jobs: ParseJob[], workers: number, bodies: Record<string, string>): AsyncGenerator<ParseOutcome> {
  if (workers <= 1 || jobs.length < 2) {
    for (const job of jobs) yield await runJob(job, bodies);
    return;
  }
  const script = workerScript();
  // A capped heap makes V8 collect a worker's parse garbage early, keeping a long batch's memory flat.
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(script, { workerData: { bodies }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
  const done = new Map<number, ParseOutcome>();
  let next = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const feed = (w: Worker) => {
    if (next < jobs.length) w.postMessage(jobs[next++]);
  };
  for (const w of pool) {
    w.on('message', (o: ParseOutcome & { crash?: string }) => {
      done.set(o.index, o.crash ? { index: o.index, diagnostics: [crashDiagnostic(jobs[o.index], o.crash)] } : o);
      wake?.();
      if (next < jobs.length && done.size < 2 * pool.length) feed(w);
      else idle.add(w);
    });
    w.on('error', (e) => { failure = e; wake?.(); });
  }
  const idle = new Set<Worker>();
  try {
    for (const w of pool) feed(w);
    for (let i = 0; i < jobs.length; i++) {
      while (!done.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((r) => (wake = r));
      }
      const outcome = done.get(i)!;
      done.delete(i);
      for (const w of idle) { idle.delete(w); feed(w); }
      yield outcome;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Enough for a 20 MB document; most minutes need a few MB. */
const WORKER_HEAP_MB = 512;

/** The compiled worker; when running from TypeScript sources (tests), the built copy in dist/. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/import/worker.js', import.meta.url);
}

function crashDiagnostic(job: ParseJob, message: string) {
  return { file: job.name, line: 1, column: 1, severity: 'error' as const, code: 'unreadable-file' as const, message: `Unexpected internal error (${message}), expected the file to parse` };
}
