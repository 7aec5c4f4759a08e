// Synthetic minutes for benchmarks: varied items, decisions, narrative and noise,
// generated from a seed so every run measures the same text.

const bodies = ['Cabinet', 'Planning Committee', 'Audit and Governance Committee', 'Health Scrutiny Panel', 'Licensing Sub-Committee'];
const verbs = ['noted', 'approved', 'received', 'agreed', 'endorsed'];
const topics = ['the Housing Revenue Account', 'the Local Plan', 'fees and charges', 'the capital programme', 'youth services', 'the waste contract'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** One set of minutes of about `size` bytes. */
export function minutes(seed, size = 10_000) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const body = pick(bodies);
  // A date of its own for every seed, so generated meetings do not collide.
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const date = `${1 + (seed % 28)} ${months[Math.floor(seed / 28) % 12]} ${2000 + Math.floor(seed / 336)}`;
  const out = [`${body.toUpperCase()}`, '', date, ''];
  let n = 1;
  while (out.join('\n').length < size) {
    const topic = pick(topics);
    out.push(`${n}. ${topic.replace(/^the /, '').toUpperCase()}`, '');
    out.push(`Consideration was given to a report on ${topic}. Members asked about the timetable, the budget\u00a0and the consultation, and the officer answered each question in turn.`, '');
    if (r() < 0.5) {
      out.push('Resolved:-  (1)  That the report be ' + pick(verbs) + '.', '');
      out.push(`(2)  That the matter be referred to the ${pick(bodies)} for consideration.`, '');
    } else {
      out.push(`RESOLVED – that the update on ${topic} be ${pick(verbs)} and a further report be brought back to the Committee.`, '');
    }
    if (r() < 0.2) out.push(`Page ${n} of 40`, '');
    n++;
  }
  return out.join('\n');
}

/** Write `count` generated minutes of about `size` bytes into `dir`. */
export async function writeCorpus(dir, count, size = 10_000) {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = minutes(i, size);
    bytes += text.length;
    await writeFile(join(dir, `${String(i).padStart(6, '0')}.md`), text);
  }
  return bytes;
}
