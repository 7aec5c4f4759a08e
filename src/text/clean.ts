import type { Line } from './line.js';

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…', pound: '£', euro: '€',
};

/**
 * Bullet characters seen in converted minutes; "o" is Word's second-level bullet. A PDF of a Word file often gives its
 * bullets as the Symbol or Wingdings font's own code points, in the private use area ("\uf0b7", "\uf0a7", "\uf0d8"):
 * no text is written in that range, so any such glyph before a space is a bullet.
 */
const BULLET = /^(?:[·•▪◦‣∙●○■□➢►✓✔◆♦❖➤*\uf020-\uf0ff]|o(?=\s+[A-Z0-9])|[-–—](?=\s))\s*/u;

/** Lines that are page furniture, not content: they must not split a decision block. */
const FOOTER = [
  /^page\s*\d+(\s*(of|\/)\s*\d+)?$/i,
  // A scan's "Page 1 of 4" with the 1 read as I or l.
  /^page\s*[Il|]\s*of\s*\d+$/i,
  // A word processor's footer naming the file: "G:\Committee\2024\PW-07 Road Salt.docx", "RCA-0 32 40 8. doc".
  /^(?:[A-Za-z]:[\\/])?[A-Z0-9\\/][^.;:!?]{0,120}\.\s?(?:docx?|pdf|rtf|DOCX?|PDF)$/,
  /^-\s*\d+\s*-$/,
  /^\d+\s*\|\s*page$/i,
  /^page\s*\|\s*\d+$/i,
  // A running head or foot with its page number: "Cabinet 14.03.23   Page 7", "Page 7 – Cabinet".
  // Capitalised, and not "as shown on page 4".
  /^(?!.*[.;:!?]\s)[^;!?]{0,59}[^;!?\s](?<!\b(?:on|see|at|in|from|to|of|and))\s(?:Page|PAGE)\s*\d{1,4}(?:\s*(?:of|OF|\/)\s*\d{1,4})?$/,
  // "Hartwell Borough Council – Licensing Committee – 2 December 2026 – Page 3": a long title, its parts set apart by dashes.
  // "Riverbend Borough Council – Environment and Transport Committee – 12.11.25  Page 7 of 12": the dash before the page left out.
  // ("Planning – set out in the report at Page 7" is a sentence: not after "at", "on", "see".)
  /^(?=.{12,160}$)(?!.*[.;:!?]\s)[^;!?]{3,60}\s[-–—|]\s[^;!?]{3,80}(?<!\b(?:on|see|at|in|from|to|of|and))\s(?:[-–—|]\s)?(?:Page|PAGE)\s*\d{1,4}(?:\s*(?:of|OF|\/)\s*\d{1,4})?$/,
  /^(?:Page|PAGE)\s*\d{1,4}(?:\s*(?:of|OF|\/)\s*\d{1,4})?\s+[-–—|]?\s*[^.;:!?]{1,60}$/,
  // The chair's mark at each page's foot in parish and town minutes: "Chairman's initials ........", "Signed (Chair) ______ Date ____".
  /^(?:(?:chair(?:man|person|woman)?|mayor|convene?or|president|cathaoirleach)['’]?s?\s+)?initials?\s*[:.…_\-–—]*\s*$/i,
  // Capitalised: "… be confirmed and" / "signed." is the end of a sentence.
  /^(?:Signed|SIGNED)\s*[:.…_]*\s*(?:\(?\s*(?:the\s+)?(?:[Cc]hair(?:man|person|woman)?|CHAIR(?:MAN)?|[Mm]ayor|MAYOR|[Cc]onvene?or|[Cc]lerk)\s*\)?)?\s*[:.…_]*\s*(?:[Dd]ated?|DATED?)?\s*[:.…_]*\s*$/,
];

/** Noise left by web pages and PDF-to-text services. */
const NOISE = [
  /\bpdf icon\b\s*PDF\s*[\d.,]+\s*[KM]B\b/gi,
  // The same label cut at a wrapped line's end ("… Clothing Banks pdf icon PDF" / "253 KB"), either half.
  /\s\bpdf\s+icon(?:\s+PDF)?\s*$|^(?:(?:pdf\s+)?icon\s+)?PDF\s*[\d.,]+\s*[KM]B\b|^[\d.,]+\s*[KM]B$/gi,
  /\bShare this item\b/gi,
  /\bView the (?:background to|reasons)[^.]*?\b(?:item|restricted)\b/gi,
  /\bPage\s+\d+\s+of\s+\d+\b/g,
  // A running footer a page run into one line left mid-sentence: "… for 2027/28; and Cabinet – 10 December 2026 Page 4 (3) …".
  // Its name may run to a committee's ("Minutes – Finance, Economic Development and Corporate Services OSC – 17 November 2026
  // Page 4"), and a line for the chair's initials may follow it.
  /(?<=\s)[A-Z][\w’'&,-]*\s+(?:(?:[A-Z][\w’'&,-]*|and|of|for|&|[-–—])\s+){0,11}[-–—]\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+Page\s+\d{1,3}\b(?:\s+Chair(?:man|person)?['’]s\s+(?:initials|signature))?/g,
];

export function cleanText(raw: string): string {
  // A table's header rule ("| --- | :---: |") holds nothing.
  if (/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/.test(raw)) return '';
  let s = raw
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, name: string) => decodeEntity(all, name))
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\f\v]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff\u00ad]/g, '')
    // A PDF's ligatures: "conﬁrm" is "confirm" to every pattern that reads it.
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
    // The same font's bullet inside a line, a list run into one paragraph ("… the Committee:  approved …;  agreed …"): one
    // that the list readers know.
    .replace(/(?<=\s)[\uf020-\uf0ff](?=\s)/g, '•')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
  // Most lines hold none of the noise: one look for its words first, not every pattern over every line.
  if (/\b(?:pdf|icon|Share|View|Page)\b|\d\s*[KM]B\b/i.test(s)) for (const pattern of NOISE) s = s.replace(pattern, ' ');
  s = s
    .replace(/\s*\.{4,}\s*\d*\s*(?=$|\s)/g, ' ') // dot leaders and the page number after them
    // "| Decision | That the notice be upheld. |": a label cell names what the next cell holds.
    .replace(/^\s*\|\s*([A-Za-z][A-Za-z’' ]{1,30}?)\s*\|(?=\s*\S)/, (all, label: string) => (label.trim().split(/\s+/).length <= 3 ? `${label}: ` : all))
    .replace(/\s*(?:^|\s)\|(?=\s|$)/g, ' ') // table pipes
    .replace(/^\|\s*|\s*\|$/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return s;
}

/**
 * A bare verdict, all that a line holds: "noted.", "Approved.", "agreed;"; a minutes' pair of them, "approved and signed.",
 * "received and noted", and the record they confirm ("approved as a correct record.").
 */
export const VERDICT_TAIL = /^(?:noted|approved|agreed|deferred|refused|declined|received|accepted|adopted|supported|granted)(?:\s+and\s+(?:signed|noted|agreed|approved|accepted|adopted|filed))?(?:\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record)?[.;]?$/i;

function decodeEntity(all: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  }
  return ENTITIES[name.toLowerCase()] ?? all;
}

export function isFooter(text: string): boolean {
  return FOOTER.some((re) => re.test(text));
}

/**
 * Clean every line, drop page furniture, mark bullets, and record where a blank line
 * or dropped line separates two lines (`gap`), which the extractors use to decide
 * where a clause ends.
 */
export function cleanLines(lines: Line[]): Line[] {
  return dropRunningHeaders(lineCleaner()(lines));
}

/**
 * A cleaner that keeps its place between calls, so a long document can be cleaned
 * chunk by chunk as it is parsed (running headers are dropped at the end, by
 * `dropRunningHeaders`, because they are only known once the whole text is read).
 */
export function lineCleaner(options: { skipIsGap?: boolean } = {}): (lines: Line[]) => Line[] {
  // In text a skipped line is a blank or a footer between paragraphs; a PDF's page
  // break skips its furniture rows but says nothing about paragraphs.
  const skipIsGap = options.skipIsGap ?? true;
  let previous = 0;
  let first = true;
  let broke = false;
  // Lines kept so far in the whole text (Markdown hands it over a paragraph at a time), and whether any was prose, not a title.
  let kept = 0;
  let prose = false;
  return (lines) => {
  const out: Line[] = [];
  let skip = false;
  for (const [k, line] of lines.entries()) {
    if (skip) {
      skip = false;
      continue;
    }
    // A form feed opens a PDF-to-text page: what follows it is the page's head, and no paragraph runs on across it.
    if (line.text.charCodeAt(0) === 12) broke = true;
    let text = cleanText(line.text);
    // "- 14 -", a page number between dashes, reads as a bullet: it is tested as a footer whole.
    const whole = text;
    let bullet = line.bullet;
    const b = BULLET.exec(text);
    // "… receives the report "Biosecurity Update" / "– April 2026". …": a dash inside a title still quoted on the line above is
    // the title's, no bullet.
    const inQuote = b !== null && /^\s*[–—]/.test(b[0]) && !line.gap && out.length > 0 && openQuote(out[out.length - 1].text);
    // "a) Letter from the District Council about the review of polling districts" / "– noted.": a verdict the margin pushed
    // onto the next line after its dash, the row's own end, no bullet.
    const verdictTail = b !== null && /^\s*[–—-]/.test(b[0]) && !line.gap && out.length > 0 && VERDICT_TAIL.test(text.slice(b[0].length)) && !/[.!?:;]["”’)]*$/.test(out[out.length - 1].text);
    if (b && b[0].length < text.length && !inQuote && !verdictTail) {
      bullet = true;
      text = text.slice(b[0].length);
    }
    // "Page 3 of 7" is cleaned away as noise before it can be tested as a footer.
    if (text === '' && !isFooter(line.text.trim())) continue;
    // "City Council Minutes – May 5, 2026 – Page 2 of 5": a running foot whose page number the noise step took, leaving its title;
    // a PDF's "Cabinet – 12 January 2027" and "Page 3 of 9" set apart by a run of spaces are one such foot.
    if (text === '' || isFooter(text) || (whole !== text && isFooter(whole)) || (text !== line.text && /\bPage\s+\d/.test(line.text) && isFooter(line.text.trim().replace(/\s{2,}/g, ' ')))) {
      // "Thornbury Town Council – Full Council – 12 March 2026" over "Page 3 of 7": the footer's first line. At the top of the
      // text, among its first lines and under titles only, it is the first page's head: the title that names the meeting, so
      // it stays.
      const above = out[out.length - 1];
      if (above && !broke && (kept > 4 || prose) && datedFoot(above.text)) {
        out.pop();
        kept--;
      }
      broke = true;
      continue;
    }
    // "Page 14 of 22" then "Thornwick District Council – Cabinet – 12 November 2026": the next page's running head, dated,
    // perhaps wrapped onto a second line.
    if (broke && !first && !/^\(?\d/.test(text)) {
      // "CABINET                 11 NOVEMBER 2026": a text file's running head, its parts set apart by a run of spaces.
      if (pageHead(text) || (/\S {3,}\S/.test(line.text) && text.length <= 100 && !/[.;:!?]/.test(text.replace(DATED, '')) && DATED_END.test(text))) continue;
      const next = lines[k + 1];
      if (next && !next.gap && !/[.;:]$/.test(text) && pageHead(`${text} ${cleanText(next.text)}`)) {
        skip = true;
        continue;
      }
    }
    const gap = line.gap || first || (skipIsGap && line.line - previous > (line.tableBody ? 2 : 1));
    // Always set, so every cleaned line has one shape: a property on some lines only made the later steps measurably slower.
    out.push({ ...line, text, bullet, gap, pageBreak: broke });
    kept++;
    prose ||= /\b[a-z]+\s+[a-z]+\b/.test(text);
    previous = line.line;
    first = false;
    broke = false;
  }
  return out;
  };
}

/** A document's title in a page footer: parts set apart by dashes or bars, no sentence. */
const RUNNING_TITLE = /^(?!.*[.;:!?]$)[^.;!?]{5,100}\s[-–—|]\s[^.;!?]{3,100}$/;
const DATED = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i;

/** A running head's date, last: "… – Cabinet – 12 November 2026" (an item's "Minutes of 6 October 2026 – Approved" ends in its verdict). */
const DATED_END = new RegExp(String.raw`(?:${DATED.source})\s*$`, 'i');
/** A page's dated running head: its title's parts set apart by dashes, its date last. */
const pageHead = (text: string): boolean => RUNNING_TITLE.test(text) && DATED_END.test(text);
/** A page's foot that names the meeting and its date, anywhere in it: "Cabinet – 14 January 2026" over the page number. */
const datedFoot = (text: string): boolean => RUNNING_TITLE.test(text) && DATED.test(text);

/**
 * Words that make a repeated line content, not furniture ("Motion Carried" under every item), and the labels and verdicts
 * of action minutes ("Result: Approved" under every measure; "APPROVED MINUTES – 2 February 2027" is still a running head).
 */
const KEEP = /^(that|to)\b|\b(resolved|agreed|carried|lost|moved|seconded|proposed|decision|recommend)|^(?:result|action(?:\s+taken)?|vote|outcome|disposition|final\s+action|motion)\s*:|^(?:motion\s+)?(?:approved|adopted|passed|failed|defeated|denied|tabled)\.?$/i;

/** A repeated line that may be a running head: no decision words, no sentence's end. */
export const mayBeFurniture = (text: string): boolean => !KEEP.test(text) && !/[.;:]$/.test(text);

/**
 * A line repeated on many pages (a running header) is furniture too, and so is a line that opens a page (after a footer
 * or a form feed) repeating one seen before it: a two-page document prints its running head only twice, the first time
 * as its title, which stays.
 */
export function dropRunningHeaders(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  const heads = new Set<Line>();
  for (const [k, l] of lines.entries()) {
    // "Cabinet – 14 January 2026" over a dropped "Page 4": the page's dated foot, printed once. The cleaner pops it when both
    // come in one piece; Markdown hands each paragraph over on its own, so it is told here, past the document's first lines.
    if (k > 4 && lines[k + 1]?.pageBreak && !l.pageBreak && datedFoot(l.text)) heads.add(l);
    if (l.text.length < 12 || l.text.length > 90) continue;
    const n = (counts.get(l.text) ?? 0) + 1;
    counts.set(l.text, n);
    if (l.pageBreak && n > 1 && mayBeFurniture(l.text)) heads.add(l);
  }
  const repeated = new Set([...counts].filter(([text, n]) => n >= 3 && mayBeFurniture(text)).map(([t]) => t));
  if (repeated.size === 0 && heads.size === 0) return lines;
  const out: Line[] = [];
  let dropped = false;
  for (const l of lines) {
    if (repeated.has(l.text) || heads.has(l)) {
      dropped = true;
      continue;
    }
    out.push(dropped ? { ...l, gap: true, pageBreak: true } : l);
    dropped = false;
  }
  return out;
}

/** A double quotation left open at the line's end. */
function openQuote(text: string): boolean {
  return (text.match(/"/g)?.length ?? 0) % 2 === 1 || text.lastIndexOf('“') > text.lastIndexOf('”');
}
