import JSZip from 'jszip';

/**
 * The text parts of a Word file, unpacked within a budget. A .docx is a zip, and a
 * zip can declare or hold far more than its size suggests: 533 KB that inflate to
 * 200 MB of XML took Node to 4.8 GB and a crash. Sizes are checked twice: the sizes
 * the archive declares, before anything is inflated, and the bytes actually inflated,
 * counted as they stream out, because a damaged or hostile archive can lie.
 * Pictures, fonts and embedded files are never inflated: the text needs none of them.
 */
export const MAX_UNZIPPED = 50 * 1024 * 1024;

export type Unzipped = { parts: Map<string, string> } | { tooLarge: number } | { damaged: string };

const TEXT_PART = /\.(?:xml|rels)$/i;

export async function unzipText(bytes: Uint8Array, budget = MAX_UNZIPPED): Promise<Unzipped> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    return { damaged: plain((error as Error).message) };
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir && TEXT_PART.test(e.name));
  const declared = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  if (declared > budget) return { tooLarge: declared };
  const parts = new Map<string, string>();
  let left = budget;
  for (const entry of entries) {
    const read = await readBounded(entry, left).catch((error: Error) => ({ damaged: plain(error.message) }));
    if ('damaged' in read) return read;
    if ('over' in read) return { tooLarge: budget - left + read.over };
    left -= read.bytes.length;
    parts.set(entry.name, read.bytes.toString('utf8'));
  }
  return { parts };
}

/** The size the archive's directory claims (JSZip keeps it on an internal field). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
}

type Read = { bytes: Buffer } | { over: number } | { damaged: string };

/** Inflate one entry, giving up as soon as it passes `limit` bytes. */
function readBounded(entry: JSZip.JSZipObject, limit: number): Promise<Read> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        stream.pause();
        stream.removeAllListeners('data');
        resolve({ over: total });
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => resolve({ damaged: plain(error.message) }));
    stream.on('end', () => resolve({ bytes: Buffer.concat(chunks) }));
  });
}

/** JSZip's own words ("Bug : uncompressed data size mismatch") are no help to a clerk. */
function plain(message: string): string {
  if (/size mismatch|corrupted|invalid|end of (?:central|data)|signature/i.test(message)) return 'the zip archive inside it is damaged';
  return 'it could not be unpacked';
}
