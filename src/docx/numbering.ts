/**
 * Word keeps list numbers out of the text: a paragraph says "level 0 of list 3" and
 * word/numbering.xml says how to count and print it. mammoth turns such lists into
 * <ol>, which restarts at 1 whenever a list is interrupted and loses "(a)" and "(iv)".
 * So the numbers are worked out here, the way Word shows them, and written into the
 * paragraphs as text before mammoth sees them.
 *
 * The XML is read with patterns rather than a DOM: the vocabulary is small and fixed,
 * and the document must be changed in place without re-serialising it.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Num {
  abstractId: string;
  /** Level -> start value that this list instance restarts at. */
  overrides: Map<number, number>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** Paragraph style id -> the list its paragraphs belong to ("List Number" styles). */
  styles: Map<string, { numId: string; level: number }>;
}

export function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [open, body] of elements(numberingXml, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const [lvlOpen, lvl] of elements(body, 'w:lvl')) {
      levels.set(Number(attr(lvlOpen, 'w:ilvl') ?? 0), {
        format: valueOf(lvl, 'w:numFmt') ?? 'decimal',
        text: valueOf(lvl, 'w:lvlText') ?? '',
        start: Number(valueOf(lvl, 'w:start') ?? 1),
      });
    }
    abstracts.set(attr(open, 'w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, Num>();
  for (const [open, body] of elements(numberingXml, 'w:num')) {
    const overrides = new Map<number, number>();
    for (const [oOpen, o] of elements(body, 'w:lvlOverride')) {
      const start = valueOf(o, 'w:startOverride');
      if (start !== undefined) overrides.set(Number(attr(oOpen, 'w:ilvl') ?? 0), Number(start));
    }
    nums.set(attr(open, 'w:numId') ?? '', { abstractId: valueOf(body, 'w:abstractNumId') ?? '', overrides });
  }
  const styles = new Map<string, { numId: string; level: number }>();
  for (const [open, body] of elements(stylesXml, 'w:style')) {
    const numId = valueOf(body, 'w:numId');
    const id = attr(open, 'w:styleId');
    if (numId && id) styles.set(id, { numId, level: Number(valueOf(body, 'w:ilvl') ?? 0) });
  }
  return { abstracts, nums, styles };
}

/** Counts list paragraphs in document order and prints each one's number as Word would. */
export class ListCounter {
  private readonly values = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  label(numId: string, level: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstractId);
    const def = levels?.get(level);
    if (!num || !levels || !def) return undefined;
    // Lists made from one definition continue each other unless a list restarts itself.
    const values = this.values.get(num.abstractId) ?? [];
    this.values.set(num.abstractId, values);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) {
        values[l] = start - 1;
        values.length = Math.min(values.length, l + 1);
      }
    }
    values[level] = values[level] === undefined ? def.start : values[level] + 1;
    values.length = level + 1;
    if (def.format === 'bullet') return '•';
    if (def.format === 'none') return undefined;
    return def.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const at = levels.get(l);
      return format(values[l] ?? at?.start ?? 1, at?.format ?? 'decimal');
    }).trim() || undefined;
  }
}

function format(n: number, kind: string): string {
  switch (kind) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return String(n).padStart(2, '0');
    default: return String(n);
  }
}

function letters(n: number): string {
  // Word repeats the letter after z: aa, bb, ...
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) for (; n >= value; n -= value) out += digits;
  return out;
}

/** Each `<tag ...>...</tag>` (or self-closed `<tag/>`) in `xml`: its opening tag and its content. */
export function* elements(xml: string, tag: string): Generator<[string, string, number, number]> {
  const re = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === '/') {
      yield [m[0], '', m.index, re.lastIndex];
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, re.lastIndex);
    const end = close === -1 ? xml.length : close;
    yield [m[0], xml.slice(re.lastIndex, end), m.index, close === -1 ? end : end + tag.length + 3];
    re.lastIndex = close === -1 ? end : end + tag.length + 3;
  }
}

export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The `w:val` of the first `<name .../>` in `xml`. */
export function valueOf(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?=[\\s/>])[^>]*>`).exec(xml);
  return m ? attr(m[0], 'w:val') : undefined;
}
