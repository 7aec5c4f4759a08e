import { isFooter, mayBeFurniture } from '../text/clean.js';

export interface PageLine {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  size: number;
  /** Extra space above: a new paragraph. */
  gap: boolean;
  /** Line number through the whole document, counting every line on the page. */
  row: number;
}

/** Lines this close to the top or bottom of a page are where running heads and footers sit. */
const ZONE = 3;

/**
 * Drop running headers, footers and page numbers. A line counts as furniture when it
 * sits in the top or bottom lines of its page and, with digits ignored, recurs there
 * on at least half the pages in type no larger than the text, or when it is a page
 * number on its own.
 */
export function dropFurniture(pages: PageLine[][]): PageLine[][] {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(zone(page).map((l) => key(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const body = bodySize(pages);
  return pages.map((page) => {
    const edge = new Set(zone(page));
    // A title set larger than the text is content even when the running head repeats its words.
    // "RESOLVED:" near the top of every page of a short document is content, as running text is.
    // Smaller type than the text is a running head whatever it says ("Record of Decision").
    const small = (l: PageLine) => l.size < body * 0.9;
    const repeated = (l: PageLine) => l.size <= body && (small(l) || mayBeFurniture(l.text)) && (seen.get(key(l.text)) ?? 0) >= needed;
    const furniture = (l: PageLine) => isFooter(l.text) || /^\d{1,4}$/.test(l.text) || repeated(l);
    return page.filter((l) => !(edge.has(l) && furniture(l)));
  });
}

function bodySize(pages: PageLine[][]): number {
  const sizes = pages.flat().map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

function zone(page: PageLine[]): PageLine[] {
  return page.length <= ZONE * 2 ? page : [...page.slice(0, ZONE), ...page.slice(-ZONE)];
}

function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * Mend words broken at a line end ("recom-" / "mendations"), also across a page break.
 * A capital or digit after the break means a real hyphen ("Sub-" / "Committee").
 */
export function dehyphenate(pages: PageLine[][]): PageLine[][] {
  const flat = pages.flat();
  for (let i = 0; i + 1 < flat.length; i++) {
    const line = flat[i];
    const next = flat[i + 1];
    if (next.gap || !/[A-Za-z]-$/.test(line.text) || !/^[a-z]/.test(next.text)) continue;
    const [word, ...rest] = next.text.split(' ');
    line.text = line.text.slice(0, -1) + word;
    next.text = rest.join(' ');
  }
  return pages.map((page) => page.filter((l) => l.text !== ''));
}
