import { inflateSync } from 'node:zlib';

/**
 * A PDF's compressed streams can hold far more than the file's size: a small file
 * whose page content inflates to gigabytes would take pdf.js, and Node, down with it.
 * Before pdf.js sees the file, every Flate stream it would inflate to read text
 * (page content, fonts, object streams; pictures are never decoded for text) is
 * inflated here once with a hard ceiling on the output. True when the file's
 * streams together inflate past the budget.
 */
export const MAX_INFLATED = 100 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

export function inflatesPast(bytes: Uint8Array, budget = MAX_INFLATED): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = budget;
  for (let at = buffer.indexOf(STREAM); at !== -1; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf(END, start);
    if (end === -1) break;
    const dictionary = buffer.toString('latin1', Math.max(0, at - 400), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (!/\/FlateDecode\b/.test(own) || /\/Subtype\s*\/Image\b/.test(own)) continue;
    try {
      left -= inflateSync(buffer.subarray(start, end), { maxOutputLength: Math.max(1, left), finishFlush: 2 /* Z_SYNC_FLUSH */ }).length;
    } catch (error) {
      // Past the ceiling; any other inflate error is a damaged stream, which pdf.js reports in its own way.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
    }
    at = end;
  }
  return false;
}
