import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';

/** Refuse files larger than this: minutes are kilobytes, a 100 MB "minutes" file is a mistake. */
export const MAX_BYTES = 100 * 1024 * 1024;

/**
 * An HTML page costs about 200 bytes of memory per byte in its DOM, Markdown tree and
 * lines (5 MB of table rows peaked at 1 GB), so pages are held to less than text.
 */
export const MAX_HTML_BYTES = 10 * 1024 * 1024;

/** Both the loader (from the file's size, before reading) and the decoder (from bytes) refuse with this. */
export function reportTooLarge(file: VFile, size: number, limit = MAX_BYTES, what = 'file'): void {
  report(file, 'file-too-large', `Unexpected ${what} of ${megabytes(size)}, expected at most ${megabytes(limit)}`,
    undefined, limit === MAX_BYTES ? 'Split the file into one document per meeting.'
      : 'Split the page into one document per meeting, or save it as plain text.');
}

/** One decimal place, so 105 MB over a 100 MB limit does not print as "100 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * Turn the bytes of `file.value` into text, or leave a fatal message on the file.
 *
 * Council documents arrive as UTF-8, UTF-8 with a BOM, UTF-16 from Word's "Unicode
 * text", and Windows-1252 from older systems. Undecodable UTF-8 is read as
 * Windows-1252 with a warning at the first bad byte, so a stray smart quote does not
 * lose a whole set of minutes.
 */
export function decode(file: VFile, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || isWhitespaceOnly(bytes)) {
    report(file, 'empty-file', 'Unexpected empty file, expected the text of minutes or a report', undefined,
      'Check that the export finished; a file of only spaces counts as empty.');
    return undefined;
  }
  if (bytes.length > MAX_BYTES) {
    reportTooLarge(file, bytes.length);
    return undefined;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul !== -1 || looksBinary(bytes)) {
    const place = placeOfByte(bytes, nul === -1 ? 0 : nul);
    report(file, 'binary-file', 'Unexpected binary data, expected text, HTML, DOCX or PDF', place,
      'Images and other binary files need converting to text first.');
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    report(file, 'invalid-encoding',
      `Unexpected byte 0x${bytes[bad].toString(16).padStart(2, '0')} that is not UTF-8, expected UTF-8 text; read the file as Windows-1252`,
      placeOfByte(bytes, bad), 'Re-save the file as UTF-8 to be sure of every character.');
    return decodeMixed(bytes);
  }
}

/**
 * Files stitched together from several exports mix UTF-8 with Windows-1252, even
 * within a line: keep every valid UTF-8 sequence, read each stray byte as
 * Windows-1252, so a good "–" is not turned into "â€“" beside a bad "£".
 */
function decodeMixed(bytes: Uint8Array): string {
  const cp1252 = new TextDecoder('windows-1252');
  const utf8 = new TextDecoder('utf-8');
  let out = '';
  let run = 0; // start of the current valid UTF-8 run
  let i = 0;
  while (i < bytes.length) {
    const need = sequenceLength(bytes, i);
    if (need > 0) {
      i += need;
      continue;
    }
    out += utf8.decode(bytes.subarray(run, i)) + cp1252.decode(bytes.subarray(i, i + 1));
    i += 1;
    run = i;
  }
  return out + utf8.decode(bytes.subarray(run));
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return 0;
  return need + 1;
}

function isWhitespaceOnly(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 4096);
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xa0 && b !== 0xc2) return false;
  }
  return bytes.length <= 4096;
}

/** Control bytes other than tab, newline, carriage return and form feed mark binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > limit * 0.01;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return 0;
}

/** Line and column of a byte, counting characters as the byte's own line would show them. */
function placeOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, index));
  return { line, column: [...before].length + 1 };
}
