import { VFile } from 'vfile';
import type { DocumentKind, Meeting, ParsedDocument } from './types.js';
import { decode } from './read/decode.js';
import { readFrontMatter, type FrontMatter } from './read/frontmatter.js';
import type { Line } from './text/line.js';
import { parseMarkdown } from './markdown/parse.js';
import { treeLines } from './markdown/lines.js';
import { pacer } from './markdown/collect.js';
import { dropRunningHeaders, lineCleaner } from './text/clean.js';
import { splitLines } from './text/split.js';
import { Locator } from './text/locate.js';
import { inferKind } from './extract/kind.js';
import { inferMeeting } from './extract/meeting.js';
import { readClauses } from './extract/reader.js';
import { buildRecords } from './extract/records.js';
import { isIsoDate } from './extract/dates.js';
import { report } from './diagnostics/report.js';

export interface ParseOptions {
  /** Deciding body: beats front matter and the text. */
  body?: string;
  /** ISO meeting date: beats front matter and the text. */
  date?: string;
  kind?: DocumentKind;
}

export interface ParseResult {
  /** Undefined when the file could not be used; the reason is in `file.messages`. */
  document?: ParsedDocument;
  file: VFile;
}

/**
 * Parse one document. Each step reads the previous step's output; a problem becomes
 * a message on `file` and the remaining steps still run where they can.
 */
export function parseBytes(bytes: Uint8Array, path: string, options: ParseOptions = {}): ParseResult {
  const file = new VFile({ path });
  const text = decode(file, bytes);
  if (text === undefined) return { file };
  return { file, document: parseText(text, file, options) };
}

export function parseText(input: string, file: VFile, options: ParseOptions = {}): ParsedDocument {
  const text = input.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  file.value = text;
  let front: FrontMatter = {};
  const locator = new Locator(text);
  const clean = lineCleaner();
  const collected: Line[] = [];
  const pace = pacer(text.length);
  // Chunk by chunk: a chunk's tree and raw lines are garbage before the next is parsed.
  for (const chunk of parseMarkdown(text)) {
    pace(chunk.text.length);
    if (chunk.lineBase === 0) front = readFrontMatter(chunk.tree, file);
    for (const line of splitLines(clean(treeLines([chunk])), locator)) collected.push(line);
  }
  const lines = dropRunningHeaders(collected);
  const kind = options.kind ?? asKind(front.kind) ?? inferKind(lines);
  const inferred = inferMeeting(lines);
  const frontDate = front.date && isIsoDate(front.date) ? front.date : undefined;
  if (front.date && !frontDate) {
    report(file, 'bad-front-matter', `Unexpected date \`${front.date}\` in front matter, expected YYYY-MM-DD`, { line: 1, column: 1 },
      'The date was taken from the text instead.');
  }
  const meeting: Meeting = {
    ...pick('body', options.body ?? front.body ?? inferred.body),
    ...pick('date', options.date ?? frontDate ?? inferred.date),
    kind,
    ...pick('title', front.title ?? inferred.title),
  };
  const { clauses, items } = readClauses(lines, kind, file, locator);
  const records = buildRecords(clauses, items);
  return { file: file.path ?? '<stdin>', meeting, items, ...records };
}

function asKind(value: string | undefined): DocumentKind | undefined {
  return value === 'minutes' || value === 'report' ? value : undefined;
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
