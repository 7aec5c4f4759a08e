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
 * soon as its lines are read: trees are ~50 times the size of their text. Within a chunk,
 * the parts with no Markdown syntax are read line by line (markdown/plain.ts) and only the
 * rest goes through remark (`direct`: off only to compare the two readings).
 */
export function* parseMarkdown(text: string, direct = true): Generator<Chunk> {
  let start = 0;
  let lineBase = 0;
  while (start < text.length) {
    const end = cutPoint(text, start);
    const piece = text.slice(start, end);
    const processor = start === 0 ? withFrontmatter : plain;
    if (direct) yield* parts(piece, lineBase, processor);
    else yield remarkChunk(piece, lineBase, processor);
    lineBase += countNewlines(piece);
    start = end;
  }
}

/**
 * What makes remark read one part of a chunk by what stands in another across a blank
 * line: a fence, an HTML block that may hold blank lines, a link definition, front matter.
 */
const SPANNING = /```|~~~|<(?:script|pre|style|textarea|!--|\?|!\[?[A-Za-z])|\]:|^---/i;
/** A line at column 1 after a blank line: every list, quote and code block has ended before it. */
const FRESH_START = /\n(?:[ \t]*\n)+(?=[^\s])/g;

/** The chunk in parts, each read directly when it can be, the runs between through remark. */
function* parts(piece: string, lineBase: number, processor: typeof plain): Generator<Chunk> {
  if (SPANNING.test(piece)) {
    yield remarkChunk(piece, lineBase, processor);
    return;
  }
  const cuts = [...piece.matchAll(FRESH_START)].map((m) => m.index + m[0].length);
  let from = 0;
  let base = lineBase;
  let run = -1; // where the parts waiting for remark start
  let runBase = 0;
  for (const to of [...cuts, piece.length]) {
    const part = piece.slice(from, to);
    const lines = plainLines(part, base);
    if (lines) {
      if (run >= 0) yield remarkChunk(piece.slice(run, from), runBase, run === 0 ? processor : plain);
      run = -1;
      yield { tree: EMPTY, text: part, lineBase: base, lines };
    } else if (run < 0) {
      run = from;
      runBase = base;
    }
    base += countNewlines(part);
    from = to;
  }
  if (run >= 0) yield remarkChunk(piece.slice(run), runBase, run === 0 ? processor : plain);
}

function remarkChunk(text: string, lineBase: number, processor: typeof plain): Chunk {
  const complex = tooComplex(text);
  return complex ? { tree: plainTree(text), text, lineBase, plain: complex } : { tree: processor.parse(text) as Root, text, lineBase };
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
