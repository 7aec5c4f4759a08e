// One measured import, in its own process so peak RSS is its own: prints JSON.
import { importFiles } from '../dist/import/run.js';

const [store, input, jobs] = process.argv.slice(2);
const t = process.hrtime.bigint();
const summary = await importFiles({ store, inputs: [input], cwd: process.cwd(), jobs: Number(jobs) });
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
process.stdout.write(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, imported: summary.imported, unchanged: summary.unchanged, failed: summary.failed }));
