import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { runJob, type ParseJob, type ParseOutcome } from './parse-job.js';
import { failureReason } from '../pipeline.js';

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
  const done = new Map<number, ParseOutcome>();
  // Which job each worker holds: a worker that dies (out of memory on one hostile file) costs that file only.
  const holding = new Map<Worker, number>();
  const idle = new Set<Worker>();
  let next = 0;
  let wake: (() => void) | undefined;
  const feed = (w: Worker) => {
    if (next >= jobs.length) return;
    holding.set(w, next);
    w.postMessage(jobs[next++]);
  };
  const settle = (index: number, outcome: ParseOutcome) => {
    done.set(index, outcome);
    wake?.();
  };
  const spawn = (): Worker => {
    // A capped heap makes V8 collect a worker's parse garbage early, keeping a long batch's memory flat.
    const w = new Worker(script, { workerData: { bodies }, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() } });
    w.on('message', (o: ParseOutcome & { crash?: string }) => {
      holding.delete(w);
      settle(o.index, o.crash ? { index: o.index, diagnostics: [crashDiagnostic(jobs[o.index], o.crash)] } : o);
      if (next < jobs.length && done.size < 2 * pool.length) feed(w);
      else idle.add(w);
    });
    let failure: Error | undefined;
    w.on('error', (e) => (failure = e));
    w.on('exit', () => {
      const index = holding.get(w);
      if (pool.includes(w)) pool.splice(pool.indexOf(w), 1);
      idle.delete(w);
      if (index === undefined) return;
      holding.delete(w);
      const death = deathOf(failure);
      settle(index, { index, diagnostics: [crashDiagnostic(jobs[index], death.message, death.code)] });
      if (next < jobs.length) {
        const fresh = spawn();
        pool.push(fresh);
        feed(fresh);
      }
    });
    return w;
  };
  const pool: Worker[] = [];
  for (let k = 0; k < Math.min(workers, jobs.length); k++) pool.push(spawn());
  try {
    for (const w of [...pool]) feed(w);
    for (let i = 0; i < jobs.length; i++) {
      while (!done.has(i)) await new Promise<void>((r) => (wake = r));
      const outcome = done.get(i)!;
      done.delete(i);
      for (const w of idle) { idle.delete(w); feed(w); }
      yield outcome;
    }
  } finally {
    const left = [...pool];
    pool.length = 0;
    await Promise.all(left.map((w) => { holding.delete(w); return w.terminate(); }));
  }
}

/** Why a worker stopped, in words and a code for the file it was reading. */
function deathOf(error: Error | undefined): { message: string; code: 'internal-error' | 'file-too-large' } {
  if (error && /memory/i.test(error.message)) {
    return { message: `Unexpected document that needs more than ${workerHeapMb()} MB of memory to read, expected an ordinary set of minutes`, code: 'file-too-large' };
  }
  return { message: error ? failureReason(error) : 'Unexpected stop of the worker reading this file, expected it to finish', code: 'internal-error' };
}

/**
 * Enough for a 20 MB document; most minutes need a few MB. MINUTES_WORKER_HEAP_MB
 * overrides it (the tests use a small heap to make a worker die quickly).
 */
function workerHeapMb(): number {
  const asked = Number(process.env.MINUTES_WORKER_HEAP_MB);
  return Number.isFinite(asked) && asked >= 8 ? asked : 512;
}

/**
 * The compiled worker. Running from TypeScript sources (the tests), the build the
 * test run made of those sources (MINUTES_BUILD), else the project's dist/.
 */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const build = process.env.MINUTES_BUILD;
  return build ? pathToFileURL(join(build, 'dist', 'import', 'worker.js')) : new URL('../../dist/import/worker.js', import.meta.url);
}

function crashDiagnostic(job: ParseJob, message: string, code: 'internal-error' | 'file-too-large' = 'internal-error') {
  return { file: job.name, line: 1, column: 1, severity: 'error' as const, code, message };
}
