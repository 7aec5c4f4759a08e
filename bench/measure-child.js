// One measured job in a process of its own, so its CPU time and peak RSS are its own.
// Prints {wall, cpu, maxRssMB, ...} as JSON on stdout. process.cpuUsage counts every
// thread of the process, workers included.
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const started = process.hrtime.bigint();
const [what, ...args] = process.argv.slice(2);
const files = (dir) => readdirSync(dir).sort().map((f) => join(dir, f));
let extra = {};
if (what === 'bare') {
  // Read every file and parse it with bare remark: the least a Markdown tool does.
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const bare = unified().use(remarkParse);
  for (const f of files(args[0])) bare.parse(readFileSync(f, 'utf8'));
} else if (what === 'hash') {
  for (const f of files(args[0])) createHash('sha256').update(readFileSync(f)).digest('hex');
} else if (what === 'cli') {
  const { main } = await import('../dist/cli/main.js');
  let out = 0;
  const sink = { write: (s) => { out += s.length; return true; } };
  const code = await main({ argv: args, stdout: sink, stderr: { write: () => true }, env: {}, cwd: process.cwd() });
  extra = { code, out };
} else if (what === 'import') {
  const { importFiles } = await import('../dist/import/run.js');
  const s = await importFiles({ store: args[0], inputs: [args[1]], cwd: process.cwd(), jobs: Number(args[2]) });
  extra = { imported: s.imported, unchanged: s.unchanged, failed: s.failed };
} else if (what === 'yaml') {
  const { parse } = await import('yaml');
  for (const f of files(join(args[0], 'meetings'))) parse(readFileSync(f, 'utf8'));
} else if (what === 'outstanding' || what === 'xref') {
  const { crossReferenceIn, outstandingIn } = await import('../dist/index.js');
  if (what === 'outstanding') extra = { rows: (await outstandingIn(args[0], { asOf: '2030-01-01' })).rows.length };
  else extra = { bodies: (await crossReferenceIn(args[0])).xref.bodies.length };
} else if (what === 'same-text') {
  // In one process, the text already read: the library's parse and bare remark take turns
  // on the same strings, so neither is measured on a heap the other left behind.
  const texts = files(args[0]).map((f) => readFileSync(f, 'utf8'));
  const { VFile } = await import('vfile');
  const { parseText } = await import('../dist/index.js');
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const bare = unified().use(remarkParse);
  const runs = { library: (t) => parseText(t, new VFile({ path: 'x.txt' })), remark: (t) => bare.parse(t) };
  for (const run of Object.values(runs)) for (const t of texts.slice(0, 50)) run(t); // warm the JIT first
  const took = { library: [], remark: [] };
  for (let round = 0; round < Number(args[1] ?? 3); round++) {
    for (const [name, run] of Object.entries(runs)) {
      const before = process.cpuUsage();
      for (const t of texts) run(t);
      const used = process.cpuUsage(before);
      took[name].push((used.user + used.system) / 1e6);
    }
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  extra = { library: mid(took.library), remark: mid(took.remark) };
} else if (what === 'big') {
  // One document of `mb` megabytes made of the corpus files end to end: the parse alone is timed.
  const parts = [];
  let size = 0;
  for (let k = 0; size < Number(args[1]) * 1048576; k++) {
    const all = files(args[0]);
    const t = readFileSync(all[k % all.length], 'utf8');
    parts.push(t);
    size += t.length + 2;
  }
  const text = parts.join('\n\n');
  parts.length = 0;
  const { VFile } = await import('vfile');
  const { parseText } = await import('../dist/index.js');
  const before = process.cpuUsage();
  parseText(text, new VFile({ path: 'big.txt' }));
  const used = process.cpuUsage(before);
  extra = { timed: (used.user + used.system) / 1e6 };
} else throw new Error(`unknown measure ${what}`);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }));
