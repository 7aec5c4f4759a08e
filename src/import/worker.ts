import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type ParseJob } from './parse-job.js';
import { failureReason } from '../pipeline.js';

// A parse worker: takes jobs, sends back outcomes. Parsing and rendering are the CPU-bound part of an import.
const bodies = (workerData as { bodies: Record<string, string> }).bodies;
parentPort?.on('message', (job: ParseJob) => {
  runJob(job, bodies).then(
    (outcome) => parentPort?.postMessage(outcome),
    (error: Error) => parentPort?.postMessage({ index: job.index, diagnostics: [], crash: failureReason(error) }),
  );
});
