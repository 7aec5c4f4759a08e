// One measured report, in its own process so peak RSS is its own: prints JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { crossReferenceIn, outstandingIn } from '../dist/index.js';

const [what, store] = process.argv.slice(2);
const t = process.hrtime.bigint();
let count = 0;
if (what === 'yaml') {
  // The baseline: what any script that reads the store must do at least.
  const dir = join(store, 'meetings');
  for (const f of readdirSync(dir)) count += parse(readFileSync(join(dir, f), 'utf8')).resolutions.length;
} else if (what === 'outstanding') {
  count = (await outstandingIn(store, { asOf: '2030-01-01' })).rows.length;
} else {
  count = (await crossReferenceIn(store)).xref.bodies.length;
}
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
process.stdout.write(JSON.stringify({ seconds, count, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
