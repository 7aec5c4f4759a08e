import { VFile } from 'vfile';
import type { DocumentKind, Item, Meeting, ParsedDocument, Recommendation, Resolution } from './types.js';
import { decode, MAX_BYTES, MAX_HTML_BYTES, reportTooLarge } from './read/decode.js';
import { readFrontMatter, type FrontMatter } from './read/frontmatter.js';
import type { Line } from './text/line.js';
import { parseMarkdown } from './markdown/parse.js';
import { treeLines } from './markdown/lines.js';
import { pacer } from './markdown/collect.js';
import { dropRunningHeaders, lineCleaner } from './text/clean.js';
import { dropMarginNumbers } from './text/margin.js';
import { closeDoubleSpacing } from './text/double-spaced.js';
import { recaseShouting } from './text/recase.js';
import { unwrapLines } from './extract/unwrap.js';
import { splitLines } from './text/split.js';
import { pipeLayoutTables } from './text/layout-table.js';
import { Locator } from './text/locate.js';
import { inferKind } from './extract/kind.js';
import { inferMeeting } from './extract/meeting.js';
import { readClauses } from './extract/reader.js';
import { attachMotions } from './extract/motions/attach.js';
import { attachInForce } from './extract/in-force.js';
import { checkUnclaimed } from './extract/unclaimed.js';
import { bodyName, buildRecords } from './extract/records.js';
import { dropWelshCopies } from './extract/bilingual.js';
import { report } from './diagnostics/report.js';
import { sniff } from './read/sniff.js';
import { lexiconFor, type Dialect, type LocalLexicon } from './lexicon/index.js';
import type { PdfText } from './pdf/read.js';
import { toPages } from './pdf/pages.js';

export interface ParseOptions {
  /** Deciding body: beats front matter and the text. */
  body?: string;
  /** ISO meeting date: beats front matter and the text. */
  date?: string;
  kind?: DocumentKind;
  /** The tradition whose wordings to use (lexicon rules tagged for it, and those for all); every rule when unset. */
  dialect?: Dialect;
  /** The council's own wordings, body names and effects, from its config file. */
  local?: LocalLexicon;
  /** Keep the lines the reader took in `file.data.lines`, for a caller that reads the text again (matters arising). */
  keepLines?: boolean;
}

export interface ParseResult {
  /** Undefined when the file could not be used; the reason is in `file.messages`. */
  document?: ParsedDocument;
  file: VFile;
}

/**
 * Parse one document of any format `minutes` reads. Each step reads the previous
 * step's output; a problem becomes a message on `file` and the remaining steps
 * still run where they can.
 */
export async function parseBytes(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<ParseResult> {
  const file = new VFile({ path });
  try {
    return await readAny(bytes, file, path, options);
  } catch (error) {
    // A failure inside one file's reading costs that file only: it becomes a message, the other files still print.
    report(file, 'internal-error', failureReason(error), undefined,
      'The other files were read. Please report this with the file that caused it.');
    return { file };
  }
}

/** Words for an exception thrown while reading one file. */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RangeError && /call stack/i.test(message)
    ? 'Unexpected structure nested too deeply to read (the call stack ran out), expected a document of ordinary depth'
    : `Unexpected internal error (${message}), expected the file to parse`;
}

async function readAny(bytes: Uint8Array, file: VFile, path: string, options: ParseOptions): Promise<ParseResult> {
  if (bytes.length > MAX_BYTES) {
    reportTooLarge(file, bytes.length);
    return { file };
  }
  const format = sniff(bytes, path);
  if (typeof format === 'object') {
    report(file, 'unsupported-format', `Unexpected ${format.unsupported}, expected Markdown, plain text, HTML, DOCX or PDF`, undefined, format.note);
    return { file };
  }
  // The format readers (pdf.js, mammoth, the HTML parser) load only when a file needs them: most of start-up otherwise.
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf/read.js');
    const pdf = await readPdf(bytes, file);
    return pdf ? { file, document: fromPdf(pdf, file, options) } : { file };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx/read.js');
    const html = await readDocx(bytes, file);
    if (html === undefined) return { file };
    if (html.length > MAX_HTML_BYTES) {
      reportTooLarge(file, html.length, MAX_HTML_BYTES, 'Word document with text');
      return { file };
    }
    return { file, document: await parseHtml(html, file, options) };
  }
  if (format === 'html' && bytes.length > MAX_HTML_BYTES) {
    reportTooLarge(file, bytes.length, MAX_HTML_BYTES, 'HTML page');
    return { file };
  }
  const text = decode(file, bytes);
  if (text === undefined) return { file };
  return { file, document: format === 'html' ? await parseHtml(text, file, options) : parseText(text, file, options) };
}

/** Parse HTML text (a ModernGov page, a saved web page, Word's HTML): positions are in the HTML. */
export async function parseHtml(input: string, file: VFile, options: ParseOptions = {}): Promise<ParsedDocument> {
  // Loaded on first use: the HTML parser is a quarter of a second of start-up that Markdown never needs.
  const { htmlLines } = await import('./html/lines.js');
  const text = normalise(input);
  file.value = text;
  const locator = new Locator(text);
  const { lines, title } = htmlLines(text);
  // The <title> tells who met and when, but is no part of the minutes: metadata only.
  const head = title ? lineCleaner()([title]) : [];
  return extract(readable(lineCleaner()(lines), locator, options), locator, file, options, {}, head);
}

function fromPdf(pdf: PdfText, file: VFile, options: ParseOptions): ParsedDocument {
  file.value = pdf.text;
  const locator = new Locator(pdf.text);
  const document = extract(readable(lineCleaner({ skipIsGap: false })(pdf.lines), locator, options), locator, file, options, {});
  return toPages(document, file, pdf.pageStarts);
}

/** Parse Markdown or plain text. */
export function parseText(input: string, file: VFile, options: ParseOptions = {}): ParsedDocument {
  const text = normalise(input);
  file.value = text;
  let front: FrontMatter = {};
  const locator = new Locator(text);
  const clean = lineCleaner();
  const collected: Line[] = [];
  const pace = pacer(text.length);
  // Chunk by chunk: a chunk's tree and raw lines are garbage before the next is parsed. A table laid out with spaces is read
  // with pipes between its cells; the locator still reads the file's own text, and finds each piece's words in it.
  for (const chunk of parseMarkdown(pipeLayoutTables(text))) {
    pace(chunk.text.length);
    if (chunk.lineBase === 0) front = readFrontMatter(chunk.tree, file);
    if (chunk.plain && !file.messages.some((m) => m.ruleId === 'too-complex')) {
      report(file, 'too-complex', `Unexpected ${chunk.plain}, expected ordinary Markdown or text; read these lines as plain text`,
        { line: chunk.lineBase + 1, column: 1 }, 'Headings, lists and bold in this part were not recognised; check its records by hand.');
    }
    for (const line of clean(treeLines([chunk]))) collected.push(line);
  }
  return extract(readable(collected, locator, options), locator, file, options, front);
}

/**
 * Cleaned lines into the lines the reader takes: running heads out first, a document typed
 * in capitals read in ordinary case (margin line numbers are told by prose running on in
 * lower case), margin numbers out (so none is joined into a sentence), the blank lines of
 * a double-spaced page closed up, then wrapped sentences joined, then
 * lines holding several clauses or a decision that starts mid-line cut apart.
 */
function readable(lines: Line[], locator: Locator, options: ParseOptions): Readable {
  const { lines: recased, whole, changed } = recaseShouting(dropRunningHeaders(lines));
  return { lines: splitLines(unwrapLines(closeDoubleSpacing(dropMarginNumbers(recased)), lexiconFor(options.dialect, options.local)), locator), whole, changed };
}

interface Readable {
  lines: Line[];
  /** The document was typed all in capitals and read in ordinary case: its quoted words go back into capitals. */
  whole: boolean;
  /** Source lines typed in capitals and read in ordinary case: the records read from them go back into capitals. */
  changed: Set<number>;
}

/** The steps every format shares once it is lines. */
function extract({ lines, whole, changed }: Readable, locator: Locator, file: VFile, options: ParseOptions, front: FrontMatter, head: Line[] = []): ParsedDocument {
  const kind = options.kind ?? asKind(front.kind) ?? inferKind(lines);
  const inferred = inferMeeting(head.length ? [...head, ...lines] : lines);
  const lex = lexiconFor(options.dialect, options.local);
  const body = options.body ?? front.body ?? inferred.body;
  const meeting: Meeting = {
    ...pick('body', body && bodyName(body, lex)),
    ...pick('date', options.date ?? front.date ?? inferred.date),
    kind,
    ...pick('title', front.title ?? inferred.title),
  };
  if (options.keepLines) file.data.lines = lines;
  const { clauses, items, claimed } = readClauses(lines, kind, file, locator, lex);
  if (kind === 'minutes') checkUnclaimed(lines, clauses, items, file, claimed, lex);
  const records = buildRecords(dropWelshCopies(clauses), items, meeting.date, lex, meeting.body);
  attachMotions(lines, records.resolutions, items, lex);
  attachInForce(lines, records.resolutions, items, meeting.date, records.recommendations);
  const document = { file: file.path ?? '<stdin>', meeting, items, ...records };
  return whole || changed.size ? inCapitals(document, whole ? undefined : changed) : document;
}

function normalise(input: string): string {
  return input.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
}

function asKind(value: string | undefined): DocumentKind | undefined {
  return value === 'minutes' || value === 'report' ? value : undefined;
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/**
 * Text typed in capitals is read in ordinary case (text/recase.ts); what the records quote from it goes back into
 * capitals, as the clerk typed it: everything when the whole document was, else the records that start on a line that
 * was. Names the tool made (bodies, members, the meeting's body) keep ordinary case.
 */
function inCapitals(document: ParsedDocument, lines?: Set<number>): ParsedDocument {
  const quoted = new Set(['text', 'words', 'title']);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, typeof v === 'string' && quoted.has(key) ? v.toUpperCase() : walk(v)]));
  };
  const record = <T extends { position: { line: number } }>(r: T): T => (!lines || lines.has(r.position.line) ? walk(r) as T : r);
  return { ...document, meeting: lines ? document.meeting : walk(document.meeting) as Meeting, items: lines ? document.items : walk(document.items) as Item[],
    resolutions: document.resolutions.map(record), recommendations: document.recommendations.map(record) };
}
