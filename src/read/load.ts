import { readFile, stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import { fsWords } from '../io/fs-words.js';
import { MAX_BYTES, reportTooLarge } from './decode.js';
import { parseBytes, type ParseOptions, type ParseResult } from '../pipeline.js';

/** Read and parse a file from disk; a file that cannot be read is a message, not an exception. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParseResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed(path, 'Unexpected folder, expected a file', 'Name the files inside it, e.g. `minutes parse folder/*.md`.');
    if (info.size > MAX_BYTES) {
      const file = new VFile({ path });
      reportTooLarge(file, info.size);
      return { file };
    }
    return parseBytes(await readFile(path), path, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const words = fsWords(code);
    const reason = code === 'ENOENT' ? 'Unexpected missing file, expected a readable file'
      : words ? `Unexpected ${words[0]}, expected a readable file`
      : `Unexpected error reading the file (${code ?? (error as Error).message}), expected a readable file`;
    return failed(path, reason, code === 'ENOENT' ? 'Check the path and its spelling.' : words?.[1]);
  }
}

function failed(path: string, reason: string, note?: string): ParseResult {
  const file = new VFile({ path });
  report(file, 'unreadable-file', reason, undefined, note);
  return { file };
}
