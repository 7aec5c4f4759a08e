#!/usr/bin/env node
// Benchmarks for `minutes import`, each a ratio against a baseline measured in the same
// run. Run: npm run bench:import  (takes a few minutes: it imports 22,000 generated documents)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { writeCorpus } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const tmp = join(here, '.tmp');
rmSync(tmp, { recursive: true, force: true });

const SIZE = 3000; // bytes a document: committee minutes run from 2 to 20 KB
const small = join(tmp, 'corpus-2000');
const large = join(tmp, 'corpus-20000');
const bytes = await writeCorpus(small, 2000, SIZE);
await writeCorpus(large, 20000, SIZE);

function timed(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function files(dir) {
  return readdirSync(dir).sort().map((f) => join(dir, f));
}

function importRun(store, input, jobs) {
  const r = spawnSync(process.execPath, [join(here, 'import-child.js'), join(tmp, store), input, String(jobs)], { encoding: 'utf8', cwd: tmp });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const bare = unified().use(remarkParse);
const tBare = timed(() => { for (const f of files(small)) bare.parse(readFileSync(f, 'utf8')); });
const tHash = timed(() => { for (const f of files(small)) createHash('sha256').update(readFileSync(f)).digest('hex'); });

const one = importRun('store-j1', small, 1);
const two = importRun('store-j2', small, 2);
const again = importRun('store-j1', small, 1);
const big = importRun('store-big', large, 2);

const mb = bytes / 1048576;
console.log(`corpus: 2,000 documents, ${mb.toFixed(1)} MB; 20,000 documents for memory`);
console.log(`bare remark-parse:        ${(mb / tBare).toFixed(2)} MB/s`);
console.log(`import --jobs 1:          ${(mb / one.seconds).toFixed(2)} MB/s  ratio to bare ${(tBare / one.seconds).toFixed(2)}x (target >= 0.5x)`);
console.log(`import --jobs 2:          ${(mb / two.seconds).toFixed(2)} MB/s  speed-up over --jobs 1 ${(one.seconds / two.seconds).toFixed(2)}x (target >= 1.6x)`);
console.log(`unchanged re-import:      ${again.seconds.toFixed(2)} s (${again.unchanged} unchanged) vs hashing ${tHash.toFixed(2)} s: ${(again.seconds / tHash).toFixed(2)}x (target <= 2x)`);
console.log(`peak RSS, 2,000 documents:  ${two.maxRssMB.toFixed(0)} MB (--jobs 2)`);
console.log(`peak RSS, 20,000 documents: ${big.maxRssMB.toFixed(0)} MB (--jobs 2; target: flat, < 300 MB)`);
rmSync(tmp, { recursive: true, force: true });
