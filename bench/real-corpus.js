// A benchmark corpus of real council text when ../shared holds it, generated text otherwise:
// documents of about `size` bytes, each a different run of the real texts under a title
// line of its own, so every document is a meeting of its own when imported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minutes } from './corpus.js';

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

function realTexts() {
  return ['seeds', 'dev/raw', 'dev2/raw'].flatMap((set) => {
    const dir = join(shared, set);
    return existsSync(dir) ? readdirSync(dir).sort().filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Write `count` documents into `dir`; returns the bytes written and where the text came from. */
export async function writeBenchCorpus(dir, count, size = 10_000) {
  const texts = realTexts();
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let text;
    if (texts.length) {
      const date = `${1 + (i % 28)} ${MONTHS[Math.floor(i / 28) % 12]} ${2000 + Math.floor(i / 336)}`;
      const parts = [`Minutes of the meeting of the Bench Committee ${i} held on ${date}`];
      for (let k = i; parts.join('\n\n').length < size; k++) parts.push(texts[k % texts.length].slice(0, size));
      text = parts.join('\n\n');
    } else text = minutes(i, size);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `${String(i).padStart(6, '0')}.${texts.length ? 'txt' : 'md'}`), text);
  }
  return { bytes, source: texts.length ? `real texts from ../shared (${texts.length} documents, recombined)` : 'generated minutes (../shared absent)' };
}
