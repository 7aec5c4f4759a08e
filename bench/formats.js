#!/usr/bin/env node
// Throughput of each reader against the Markdown path, on the same minutes written out
// in every format (ratios measured in one run, never absolute targets). Run: npm run bench:formats
// Prints, per format: source MB/s, and time per document relative to the .md version.
import { parseBytes } from '../dist/index.js';
import { toDocx, toHtml, toMarkdown, toPdf } from '../test/helpers/formats.js';

const BODIES = ['Cabinet', 'Planning Committee', 'Overview and Scrutiny Management Board', 'Licensing Committee'];

/** A meeting of several items, each with a preamble and a numbered decision. */
function meeting(i) {
  const blocks = [];
  for (let item = 1; item <= 8; item++) {
    blocks.push({ heading: `${100 + item}. ITEM ${item} OF MEETING ${i}` });
    blocks.push({ para: `Consideration was given to the report of the Strategic Director which set out the proposals for item ${item}, the consultation responses received and the financial implications for the authority over the medium term.` });
    blocks.push({ para: 'Resolved:-' });
    blocks.push({ list: [
      'That the report be received and the consultation responses be noted.',
      `That the proposals set out in Appendix ${item} be approved, subject to the comments of the ward members being incorporated before implementation.`,
      `That the report be referred to the ${BODIES[(i + item) % BODIES.length]} for consideration of the implementation arrangements.`,
    ], style: item % 2 ? 'paren' : 'letter' });
  }
  return { title: `${BODIES[i % BODIES.length]} – Minutes of the meeting held on ${1 + (i % 28)} March 2024`, blocks };
}

async function timed(inputs) {
  for (const [path, bytes] of inputs.slice(0, 3)) await parseBytes(bytes, path); // warm up
  const t = process.hrtime.bigint();
  for (const [path, bytes] of inputs) {
    const { document } = await parseBytes(bytes, path);
    if (!document || document.resolutions.length !== 24) throw new Error(`${path}: expected 24 resolutions`);
  }
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const docs = Array.from({ length: Number(process.env.BENCH_DOCS ?? 40) }, (_, i) => meeting(i));
const writers = {
  md: async (d) => new TextEncoder().encode(toMarkdown(d)),
  html: async (d) => new TextEncoder().encode(toHtml(d)),
  docx: toDocx,
  pdf: (d) => toPdf(d),
};
const results = {};
for (const [ext, write] of Object.entries(writers)) {
  const inputs = [];
  for (let i = 0; i < docs.length; i++) inputs.push([`m${i}.${ext}`, await write(docs[i])]);
  const bytes = inputs.reduce((n, [, b]) => n + b.length, 0);
  results[ext] = { seconds: await timed(inputs), mb: bytes / 1048576 };
}
console.log(`${docs.length} meetings, 8 items and 24 resolutions each`);
for (const [ext, r] of Object.entries(results)) {
  console.log(`${ext.padEnd(5)} ${r.mb.toFixed(2).padStart(6)} MB  ${(r.mb / r.seconds).toFixed(2).padStart(6)} MB/s  ${(r.seconds / docs.length * 1000).toFixed(1).padStart(6)} ms/doc  ${(r.seconds / results.md.seconds).toFixed(2)}x the .md time`);
}
