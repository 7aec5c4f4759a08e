import { parentPort } from 'node:worker_threads';
import { runJob, type ParseJob } from './parse-job.js';

// A parse worker: takes jobs, sends back outcomes. Parsing is the CPU-bound part of an import.
parentPort?.on('message', (job: ParseJob) => {
  runJob(job).then(
    (outcome) => parentPort?.postMessage(outcome),
    (error: Error) => parentPort?.postMessage({ index: job.index, diagnostics: [], crash: error.message }),
  );
});
