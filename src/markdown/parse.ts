import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { plainTree, tooComplex } from './guard.js';
import { plainLines } from './plain.js';
import type { Line } from '../text/line.js';

/** A piece of the document parsed on its own, and where it starts in the whole. */
export interface Chunk {
  tree: Root;
  /** Source text of this chunk only. */
  text: string;
  /** 0-based line of the whole document at which this chunk starts. */
  lineBase: number;
  /** Set when the tree came from HTML rather than from Markdown `text`. */
  markup?: 'html';
  /** Set when the chunk was past remark's work bounds and read line by line: why. */
  plain?: string;
  /** The chunk's lines, read directly because it holds no Markdown syntax (`tree` is then empty). */
  lines?: Line[];
}

/**
 * Bare remark-parse grows much faster than linearly with document size (a 20 MB file
 * took ~100 s and 2.6 GB). Minutes are made of short blocks, so cutting the text at
 * blank lines into pieces of at most this size costs nothing in meaning and keeps
 * parsing linear.
 */
export const CHUNK_BYTES = 32 * 1024;

const EMPTY: Root = { type: 'root', children: [] };

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const plain = unified().use(remarkParse);

/**
 * Parse the text chunk by chunk. A generator, so each chunk's tree can be dropped as
 * soon as its lines are read: trees are ~50 times the size of their text. A chunk with
 * no Markdown syntax is read line by line instead (`direct`: off only to compare the two).
 */
export function* parseMarkdown(text: string, direct = true): Generator<Chunk> {
  let start = 0;
  let lineBase = 0;
  while (start < text.length) {
    const end = cutPoint(text, start);
    const piece = text.slice(start, end);
    const processor = start === 0 ? withFrontmatter : plain;
    const lines = direct ? plainLines(piece, lineBase) : undefined;
    const complex = lines ? undefined : tooComplex(piece);
    yield lines ? { tree: EMPTY, text: piece, lineBase, lines }
      : complex ? { tree: plainTree(piece), text: piece, lineBase, plain: complex }
      : { tree: processor.parse(piece) as Root, text: piece, lineBase };
    lineBase += countNewlines(piece);
    start = end;
  }
}

/** End of the chunk that starts at `start`: the last blank line before the size limit. */
function cutPoint(text: string, start: number): number {
  if (text.length - start <= CHUNK_BYTES) return text.length;
  const limit = start + CHUNK_BYTES;
  const blank = text.lastIndexOf('\n\n', limit);
  if (blank > start) return blank + 1;
  // No blank line in a whole chunk (a PDF dump with one line per page): cut at a line end.
  const newline = text.lastIndexOf('\n', limit);
  if (newline > start) return newline + 1;
  // A single enormous line: cut at a space so no word is split.
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space + 1 : limit;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
