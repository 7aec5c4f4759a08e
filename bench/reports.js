#!/usr/bin/env node
// `minutes outstanding` and `minutes xref` on a large store, as ratios to a baseline
// measured in the same run: parsing every meeting file with the yaml package, the least
// any reader of the store must do. Run: npm run bench:reports (imports 2,000 meetings first).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const tmp = join(here, '.tmp-reports');
rmSync(tmp, { recursive: true, force: true });
const COUNT = Number(process.env.BENCH_MEETINGS ?? 2000);
await writeCorpus(join(tmp, 'docs'), COUNT, 6000);

function child(script, ...args) {
  const r = spawnSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', cwd: tmp, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const store = join(tmp, 'store');
child('import-child.js', store, join(tmp, 'docs'), '2');
const readCache = join(store, '.minutes-read-cache.json');
const yaml = child('reports-child.js', 'yaml', store);
rmSync(readCache, { force: true });
const cold = child('reports-child.js', 'outstanding', store);
const warm = child('reports-child.js', 'outstanding', store);
const xref = child('reports-child.js', 'xref', store);

const ratio = (t) => `${(t / yaml.seconds).toFixed(2)}x`;
console.log(`store: ${COUNT} meetings, ${yaml.count} resolutions`);
console.log(`baseline, yaml.parse of every meeting file: ${yaml.seconds.toFixed(2)} s`);
console.log(`outstanding, first run (no read cache):     ${cold.seconds.toFixed(2)} s  ${ratio(cold.seconds)} the baseline, ${cold.count} rows, peak RSS ${cold.maxRssMB.toFixed(0)} MB`);
console.log(`outstanding, later runs (read cache):       ${warm.seconds.toFixed(2)} s  ${ratio(warm.seconds)} the baseline (target < 0.5x), peak RSS ${warm.maxRssMB.toFixed(0)} MB`);
console.log(`xref, later runs:                           ${xref.seconds.toFixed(2)} s  ${ratio(xref.seconds)} the baseline, peak RSS ${xref.maxRssMB.toFixed(0)} MB`);
rmSync(tmp, { recursive: true, force: true });
