#!/usr/bin/env node
// The speed table of issue 12, every row a ratio of two things measured in this run on
// this machine: CPU time unless the row is about wall-clock speed-up; median of REPS runs.
// Run: npm run bench:all   (BENCH_DOCS=2000 BENCH_REPS=3 by default; a few minutes)
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchCorpus } from './real-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const tmp = join(here, '.tmp-all');
const DOCS = Number(process.env.BENCH_DOCS ?? 2000);
const REPS = Number(process.env.BENCH_REPS ?? 3);
rmSync(tmp, { recursive: true, force: true });
const docs = join(tmp, 'docs');
const { bytes, source } = await writeBenchCorpus(docs, DOCS, 10_000);
process.stderr.write(`corpus: ${DOCS} documents, ${(bytes / 1048576).toFixed(1)} MB, ${source}\n`);

function measure(...args) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', join(here, 'measure-child.js'), ...args], { encoding: 'utf8', cwd: tmp, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The median of REPS runs of `fn` (each a fresh measurement), field by field. */
function med(label, fn) {
  process.stderr.write(`  ${label} …`);
  const runs = Array.from({ length: REPS }, fn);
  process.stderr.write(' done\n');
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, typeof runs[0][k] === 'number' ? median(runs.map((r) => r[k])) : runs[0][k]]));
}

const store = (name) => join(tmp, name);
const fresh = (name) => { rmSync(store(name), { recursive: true, force: true }); return store(name); };

process.stderr.write('  library parse and bare remark, taking turns …');
const same = measure('same-text', docs, String(REPS));
process.stderr.write(' done\n');
const bare = med('read + bare remark (process)', () => measure('bare', docs));
const paths = readdirSync(docs).sort().map((f) => join('docs', f));
const cli = med('minutes parse (process)', () => measure('cli', 'parse', ...paths, '--format', 'json', '--quiet'));
const j1 = med('import --jobs 1', () => measure('import', fresh('j1'), docs, '1'));
const j2 = med('import --jobs 2', () => measure('import', fresh('j2'), docs, '2'));
const again = med('unchanged re-import', () => measure('cli', 'import', docs, '--store', store('j1'), '--quiet', '--json'));
const hash = med('read + hash (process)', () => measure('hash', docs));
const yaml = med('yaml.parse of the store', () => measure('yaml', store('j1')));
measure('outstanding', store('j1')); // the first run builds the read cache
const outstanding = med('outstanding (warm)', () => measure('outstanding', store('j1')));
const xref = med('xref', () => measure('xref', store('j1')));
const small = med('2 MB document', () => measure('big', docs, '2'));
const large = med('20 MB document', () => measure('big', docs, '20'));

const x = (v) => `${v.toFixed(2)}×`;
const rows = [
  ['library parse vs bare remark-parse, same text in one process (speed, CPU)', same.remark / same.library, '≥ 1.0×', (v) => v >= 1.0],
  ['whole `minutes parse` on the files vs read + bare remark (speed, CPU)', bare.cpu / cli.cpu, '≥ 1.0×', (v) => v >= 1.0],
  ['`import --jobs 1` vs read + bare remark (speed, CPU)', bare.cpu / j1.cpu, '≥ 0.8×', (v) => v >= 0.8],
  ['`import --jobs 2` vs `--jobs 1` (speed-up, wall clock)', j1.wall / j2.wall, '≥ 1.6×', (v) => v >= 1.6],
  ['unchanged re-import vs reading + hashing the bytes (time, whole command, CPU)', again.cpu / hash.cpu, '≤ 2×', (v) => v <= 2],
  ['`xref` vs `outstanding`, same store (time, CPU)', xref.cpu / outstanding.cpu, '≤ 2×', (v) => v <= 2],
  ['`outstanding` warm vs yaml.parse of every meeting file (time, CPU)', outstanding.cpu / yaml.cpu, '≤ 0.5×', (v) => v <= 0.5],
  ['20 MB / 2 MB parse time (CPU)', large.timed / small.timed, '≤ 10×', (v) => v <= 10],
];
console.log(`\ncorpus: ${DOCS} documents, ${(bytes / 1048576).toFixed(1)} MB (${source}); median of ${REPS}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | now | target | met |');
console.log('| --- | --- | --- | --- |');
for (const [what, value, target, ok] of rows) console.log(`| ${what} | ${x(value)} | ${target} | ${ok(value) ? 'met' : 'NOT met'} |`);
console.log(`\nseconds: library ${same.library.toFixed(1)} CPU, bare remark ${same.remark.toFixed(1)} CPU; parse command ${cli.cpu.toFixed(1)} CPU vs ${bare.cpu.toFixed(1)}; import j1 ${j1.wall.toFixed(1)} wall ${j1.cpu.toFixed(1)} CPU, j2 ${j2.wall.toFixed(1)} wall ${j2.cpu.toFixed(1)} CPU; re-import ${again.cpu.toFixed(2)} vs hash ${hash.cpu.toFixed(2)}; outstanding ${outstanding.cpu.toFixed(2)} (${outstanding.rows} rows), xref ${xref.cpu.toFixed(2)}, yaml ${yaml.cpu.toFixed(2)}; 2 MB ${small.timed.toFixed(2)}, 20 MB ${large.timed.toFixed(2)} (peak RSS ${large.maxRssMB.toFixed(0)} MB)`);
rmSync(tmp, { recursive: true, force: true });
