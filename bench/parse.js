#!/usr/bin/env node
// Benchmarks for `minutes parse`, each measured against bare remark-parse on the same
// text in the same run (ratios, never absolute targets). Run: npm run bench
// Prints: throughput ratio on ~10 KB documents; 2 MB vs 20 MB time ratio (target <= 12x);
// peak RSS of parsing the 20 MB document (target < 400 MB).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseText } from '../dist/index.js';
import { minutes } from './corpus.js';

const self = fileURLToPath(import.meta.url);

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/** Child mode: parse one generated document of `mb` megabytes, print seconds and peak RSS. */
function child(mb) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const doc = minutes(i, 10_000);
    parts.push(doc);
    size += doc.length + 2;
  }
  const text = parts.join('\n\n');
  parts.length = 0; // only the document itself should be live, as when the CLI reads a file
  const seconds = time(() => parseText(text, new VFile({ path: 'big.md' })));
  process.stdout.write(JSON.stringify({ seconds, bytes: text.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function main() {
  const docs = Array.from({ length: 400 }, (_, i) => minutes(i, 10_000));
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  const bare = unified().use(remarkParse);
  // Warm both paths so neither pays for JIT alone.
  for (const d of docs.slice(0, 20)) { bare.parse(d); parseText(d, new VFile()); }
  const tBare = time(() => { for (const d of docs) bare.parse(d); });
  const tParse = time(() => { for (const d of docs) parseText(d, new VFile()); });
  const mb = bytes / 1048576;
  console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB`);
  console.log(`bare remark-parse: ${(mb / tBare).toFixed(2)} MB/s`);
  console.log(`minutes parse:     ${(mb / tParse).toFixed(2)} MB/s`);
  console.log(`ratio parse/bare time: ${(tParse / tBare).toFixed(2)}x`);

  const run = (size) => JSON.parse(spawnSync(process.execPath, ['--max-old-space-size=4096', self, '--child', String(size)], { encoding: 'utf8' }).stdout);
  const small = run(2);
  const large = run(20);
  console.log(`2 MB document:  ${small.seconds.toFixed(2)} s, peak RSS ${small.maxRssMB.toFixed(0)} MB`);
  console.log(`20 MB document: ${large.seconds.toFixed(2)} s, peak RSS ${large.maxRssMB.toFixed(0)} MB`);
  console.log(`ratio 20 MB / 2 MB time: ${(large.seconds / small.seconds).toFixed(1)}x (target <= 12x; linear is 10x)`);
  console.log(`peak RSS at 20 MB: ${large.maxRssMB.toFixed(0)} MB (target < 400 MB)`);
}

if (process.argv[2] === '--child') child(Number(process.argv[3]));
else main();
