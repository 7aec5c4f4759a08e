import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import { megabytes } from '../read/decode.js';
import { inflatesPast, MAX_INFLATED } from './streams.js';
import { makeLine, type Line } from '../text/line.js';
import { dehyphenate, dropFurniture, type PageLine } from './furniture.js';

export interface PdfText {
  lines: Line[];
  /** Every line on every page, furniture included, one per line: what positions count. */
  text: string;
  /** 1-based line of `text` at which each page starts. */
  pageStarts: number[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/**
 * The text of a PDF in reading order, with page furniture removed and words broken
 * at line ends mended, so a decision list that runs over a page break stays whole.
 */
export async function readPdf(bytes: Uint8Array, file: VFile): Promise<PdfText | undefined> {
  let pages: Item[][];
  if (inflatesPast(bytes)) {
    report(file, 'file-too-large', `Unexpected PDF whose text streams unpack to more than ${megabytes(MAX_INFLATED)}, expected at most ${megabytes(MAX_INFLATED)}`,
      undefined, 'Split the PDF into one document per meeting, or print it to a new PDF.');
    return undefined;
  }
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    // verbosity 0: pdf.js would otherwise print its own warnings on our stderr.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractTextItems(pdf)).items;
    await pdf.destroy();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const locked = /password/i.test(message);
    report(file, 'unreadable-document', locked ? 'Unexpected password-protected PDF, expected a PDF that opens without a password'
      : `Unexpected damaged PDF (${message}), expected a readable PDF`, undefined,
      locked ? 'Ask for an unprotected copy, or print it to a new PDF.' : 'Open it in a PDF reader and save or print it to a new PDF.');
    return undefined;
  }
  const perPage = pages.map(pageLines);
  // Number the lines as they stand on the page, furniture included: that is what a person counts.
  const all = perPage.flat();
  all.forEach((l, i) => (l.row = i + 1));
  const pageStarts: number[] = [];
  for (let p = 0, row = 1; p < perPage.length; row += perPage[p].length, p++) pageStarts.push(row);
  const kept = dehyphenate(dropFurniture(perPage));
  // A scan stamped by a portal has a page number and nothing else: still no text to read.
  if (kept.every((p) => p.length === 0)) {
    report(file, 'no-text-layer', `Unexpected PDF with no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images), expected a PDF with selectable text`,
      undefined, 'It is probably scanned: run it through OCR (for example `ocrmypdf in.pdf out.pdf`) and parse the result.');
    return undefined;
  }
  const lines: Line[] = [];
  const body = medianSize(kept.flat());
  const largest = Math.max(...kept.flat().map((l) => l.size));
  let last = '';
  kept.forEach((page, p) => {
    page.forEach((l, i) => {
      // Over a page break, spacing says nothing: a finished sentence above makes it a new paragraph.
      const gap = i > 0 ? l.gap : p > 0 && /[.;:!?]["”’)]*$/.test(last);
      last = l.text;
      // Type larger than the text is a heading; the largest near the top of page one is the title.
      const title = p === 0 && i < 5 && l.size === largest;
      const heading = l.size >= body * 1.2 && l.text.length < 120 ? (title ? 1 : 2) : 0;
      lines.push(makeLine(l.text, l.row, 1, { gap, heading }));
    });
  });
  return { lines, text: all.map((l) => l.text).join('\n'), pageStarts };
}

/** Group a page's text items into lines, top to bottom, left to right. */
function pageLines(items: Item[]): PageLine[] {
  const visible = items.filter((it) => it.str.trim() !== '');
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - it.y) < Math.max(2, row[0].fontSize * 0.5)) row.push(it);
    else rows.push([it]);
  }
  const out: PageLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of row) {
      const space = text !== '' && !/\s$/.test(text) && !/^\s/.test(it.str) && it.x - end > it.fontSize * 0.15;
      text += (space ? ' ' : '') + it.str;
      end = it.x + it.width;
    }
    const size = Math.max(...row.map((it) => it.fontSize));
    const prev = out[out.length - 1];
    // A blank line's worth of space above marks a new paragraph.
    const gap = prev ? prev.y - row[0].y > Math.max(prev.size, size) * 1.75 : false;
    out.push({ text: text.replace(/\s+/g, ' ').trim(), y: row[0].y, size, gap, row: 0 });
  }
  return out;
}

function medianSize(lines: PageLine[]): number {
  if (lines.length === 0) return 0;
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}
