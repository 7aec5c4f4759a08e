#!/usr/bin/env node
// Score `minutes parse` on every gold set under ../shared/corpus with the shared scorer.
// A gold set is a folder of NNN.yaml files whose `file:` keys name texts in a sibling
// raw folder (seeds-gold → seeds, dev/gold → dev/raw). Skips cleanly when ../shared is absent.
// After each set's SUMMARY: records and precision per rule family (which rules made wrong records).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const scorer = join(root, '..', 'shared', 'tools', 'score.py');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.log('eval: ../shared/corpus or ../shared/tools/score.py not found; nothing to score.');
  process.exit(0);
}

/** Gold folders and the raw folders they point at. */
function goldSets(dir) {
  const sets = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const raw = name.endsWith('-gold') ? join(dir, name.slice(0, -5)) : name === 'gold' ? join(dir, 'raw') : undefined;
    if (raw && existsSync(raw)) sets.push({ gold: path, raw });
    else sets.push(...goldSets(path));
  }
  return sets;
}

const cmd = `node ${join(root, 'bin', 'minutes.js')} parse {file} --format json`;
let failed = false;
for (const { gold, raw } of goldSets(corpus)) {
  const r = spawnSync('python3', [scorer, '--gold', gold, '--raw', raw, '--cmd', cmd, ...process.argv.slice(2)], { encoding: 'utf8' });
  console.log(`== ${relative(corpus, gold)}`);
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    failed = true;
    process.stderr.write(r.stderr);
  }
  // Which rule families make right records and which make wrong ones (scripts/eval_rules.py).
  const rules = spawnSync('python3', [join(root, 'scripts', 'eval_rules.py'), '--gold', gold, '--raw', raw, '--bin', join(root, 'bin', 'minutes.js')], { encoding: 'utf8' });
  process.stdout.write(rules.status === 0 ? rules.stdout : `(per-rule figures failed: ${rules.stderr.trim().split('\n').pop()})\n`);
}
process.exit(failed ? 1 : 0);
