/**
 * Clause numbers as printed: (1) 1. 1) (a) a) a. (i) i) i. I. (A) A: 3.5.1 and a bare
 * "1 Title". A style is what makes two numbers siblings; a value orders them.
 */
export type NumberStyle =
  | 'paren-num' | 'num-paren' | 'num-dot' | 'decimal' | 'bare-num'
  | 'paren-alpha' | 'alpha-paren' | 'alpha-dot'
  | 'paren-roman' | 'roman-paren' | 'roman-dot'
  | 'paren-upper' | 'upper-mark';

export interface ClauseNumber {
  /** As printed, e.g. "(1)", "3.5.1". */
  raw: string;
  style: NumberStyle;
  /** Position in its sequence: 1 for (1), (a), (i), A and for the last part of 3.5.1. */
  value: number;
  /** For decimal numbers, every part: 3.5.1 → [3, 5, 1]. */
  parts: number[];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function romanValue(s: string): number {
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN[lower[i]] ?? 0;
    const next = ROMAN[lower[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// Spaces inside a number ("1 .", "( a )") are a PDF's or a converter's; upper-case Roman
// numerals ("II.") number a list as the lower-case ones do. A US resolution numbers its
// operative clauses "Section 1.", "Section 2.": the same list as "1.", "2.".
// A scrutiny review numbers its recommendations "R1.", "R2." or "Rec 1:", "Rec 2:": a list of its own kind, read as "1."; so
// does a task group's "R1 Increases …" with no stop, a sentence after it.
/**
 * A planning application's reference, "26/00433/OUT", "P/24/01877/FUL", a Welsh county's "C26/0388": a council's code for the
 * matter a minute decides.
 */
export const APPLICATION_REF = String.raw`(?:(?:[A-Z]{1,4}\/)?\d{2,4}\/\d{3,6}\/[A-Z]{2,6}|[A-Z]{1,2}\d{2}\/\d{4}(?:\/[A-Z]{2,6})?)\b`;
/** The same reference opening a text: "26/00433/OUT Land at Fernhill Farm". */
export const APPLICATION_START = new RegExp(`^${APPLICATION_REF}`);

const PATTERN =
  /^(?:\(\s?(\d{1,3})\s?\)|(\d{1,3})\)|(\d{1,2}(?:\.\d{1,3}){1,3})\.?|(\d{1,3}) ?\.|\(\s?([ivx]{1,5})\s?\)|([ivx]{1,5}|[IVX]{1,5})\)|([ivx]{1,5}|[IVX]{1,5})\.|\(\s?([a-z])\s?\)|([a-z])\)|([a-z])\.|\(\s?([A-Z])\s?\)|([A-Z])[:)]|([A-Z])\.|(\d{1,2})|(?:Section|SECTION)\s(\d{1,2})\.|(?:R|Rec\.?\s?|REC\.?\s?)(\d{1,2})[.:]|R(\d{1,2})(?=\s+[A-Z][a-z]+\s+[a-z]))(?:(?=\s|$)|(?<=\))(?=[A-Za-z]{2}))/;

/** A clause number read off the start of a line, and the text after it. */
export interface ParsedNumber {
  number: ClauseNumber;
  rest: string;
}

/**
 * Read a clause number at the start of `text`. `previous` resolves (i)/(v)/(x), which
 * are letters after (h)/(u)/(w) and Roman numerals otherwise.
 */
export function parseNumber(text: string, previous?: ClauseNumber, listStart = false): ParsedNumber | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  const raw = m[0];
  const g = m.slice(1);
  let number: ClauseNumber | undefined;
  const num = (style: NumberStyle, v: string): ClauseNumber => ({ raw, style, value: Number(v), parts: [Number(v)] });
  const alpha = (style: NumberStyle, v: string): ClauseNumber => ({ raw, style, value: v.toLowerCase().charCodeAt(0) - 96, parts: [] });
  const roman = (style: NumberStyle, alphaStyle: NumberStyle, v: string): ClauseNumber => {
    if (v.length === 1 && previous?.style === alphaStyle && previous.value === v.charCodeAt(0) - 97) return alpha(alphaStyle, v);
    return { raw, style, value: romanValue(v), parts: [] };
  };
  if (g[0]) number = num('paren-num', g[0]);
  else if (g[1]) number = num('num-paren', g[1]);
  else if (g[2]) {
    const parts = g[2].split('.').map(Number);
    number = { raw, style: 'decimal', value: parts[parts.length - 1], parts };
  } else if (g[3]) number = num('num-dot', g[3]);
  else if (g[4]) number = roman('paren-roman', 'paren-alpha', g[4]);
  else if (g[5]) number = roman('roman-paren', 'alpha-paren', g[5]);
  else if (g[6]) number = roman('roman-dot', 'alpha-dot', g[6]);
  else if (g[7]) number = alpha('paren-alpha', g[7]);
  else if (g[8]) number = alpha('alpha-paren', g[8]);
  else if (g[9]) number = alpha('alpha-dot', g[9]);
  else if (g[10]) number = alpha('paren-upper', g[10]);
  else if (g[11]) number = alpha('upper-mark', g[11]);
  else if (g[12]) {
    // "B. Resolution 26-07 …": a capital and a stop is an initial ("J. Smith") unless it follows the letter before it
    // in a list, or starts one where the caller expects a list ("The following items were approved:" / "A. Minutes …").
    const v = g[12].charCodeAt(0) - 64;
    const follows = previous?.style === 'upper-mark' && previous.raw.endsWith('.') && previous.value === v - 1;
    if (!follows && !(listStart && v === 1)) return undefined;
    number = alpha('upper-mark', g[12]);
  } else if (g[13]) {
    // A bare "1 Title" is a number only before a capitalised word; "14" alone is a page number. A planning committee's
    // "42  24/01877/FUL – Land rear of Mill Lane" numbers the application its reference opens.
    if (!/^[\p{Lu}‘“"']/u.test(rest) && !APPLICATION_START.test(rest)) return undefined;
    number = num('bare-num', g[13]);
  } else if (g[14] || g[15] || g[16]) number = num('num-dot', g[14] ?? g[15] ?? g[16]);
  if (!number) return undefined;
  // "a. N. Other" and "I. Smith" are initials, not numbers.
  if ((number.style === 'alpha-dot' || number.style === 'roman-dot') && /^[A-Z]\.\s/.test(rest)) return undefined;
  // "V. Patel seconded": one capital and a stop before a name is an initial; "I. approves", "V. CONSENT AGENDA" are numbers.
  if (/^[IVX][.)]$/.test(raw) && !/^(?:[a-z]|(?:That|THAT)\b|[A-Z]{2,}\b)/.test(rest)) return undefined;
  return { number, rest };
}

/** A number stored alone, as an item's "11.1" or "7.": read as if a line opened with it. */
export function numberOf(raw: string): ClauseNumber | undefined {
  return parseNumber(`${raw} x`)?.number;
}

/** The number that should follow `a` in the same list. */
export function expectedAfter(a: ClauseNumber): string {
  if (a.style === 'decimal') return [...a.parts.slice(0, -1), a.value + 1].join('.');
  const v = a.value + 1;
  const label = a.style.includes('alpha') || a.style.includes('upper')
    ? String.fromCharCode((a.style.includes('upper') ? 64 : 96) + v)
    : a.style.includes('roman') ? toRoman(v) : String(v);
  switch (a.style) {
    case 'paren-num': case 'paren-alpha': case 'paren-roman': case 'paren-upper': return `(${label})`;
    case 'num-paren': case 'alpha-paren': case 'roman-paren': return `${label})`;
    case 'upper-mark': return `${label}${a.raw.slice(-1)}`;
    case 'bare-num': return label;
    default: return /^(?:section|rec?)\b|^r\d/i.test(a.raw) ? a.raw.replace(/\d+(?=[.:]$)/, label) : `${label}.`;
  }
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** True when `b` can follow `a` as the next clause of the same list. */
export function isNext(a: ClauseNumber, b: ClauseNumber): boolean {
  if (a.style !== b.style) return false;
  if (a.style === 'decimal') {
    return a.parts.length === b.parts.length && b.value === a.value + 1 && a.parts.slice(0, -1).join('.') === b.parts.slice(0, -1).join('.');
  }
  return b.value === a.value + 1;
}

/** True when `child` is numbered under `parent` (3.5 → 3.5.1, 2 → 2.1, and a section's "2.0" → 2.1). */
export function isChildOf(parent: ClauseNumber, child: ClauseNumber): boolean {
  if (child.style !== 'decimal') return false;
  const whole = parent.style === 'decimal' || parent.style === 'num-dot' || parent.style === 'bare-num' ? parent.parts : [];
  // "2.0 RECOMMENDATIONS" heads section 2: its paragraphs are 2.1, 2.2, not 2.0.1.
  const p = parent.style === 'decimal' && whole.length > 1 && whole[whole.length - 1] === 0 ? whole.slice(0, -1) : whole;
  return p.length > 0 && child.parts.length === p.length + 1 && p.every((v, i) => child.parts[i] === v);
}

/**
 * A line that opens with a resolution's own number, its title after: New Jersey's consent agenda "R-2026-188 Authorizing a
 * shared services agreement …". Each such line is one resolution, whatever the line above it left open. Without the letters
 * ("2026-214 Authorizing Payment of Bills") the number could be a span of years ("2026-27 Housing Budget", "2026-28
 * Planning Fees"), so the title must open on a verb that resolutions are named by. A borough's "#2026-312 Authorizing …" too.
 */
/** The verbs a New Jersey resolution's title opens with after its number: "2024-142 Authorizing …". */
export const RESOLUTION_VERBS = 'Authorizing|Authorising|Approving|Appointing|Reappointing|Awarding|Accepting|Adopting|Amending|Designating|Establishing|Granting|Renewing|Extending|Cancell?ing|Refunding|Ratifying|Confirming|Endorsing|Supporting|Opposing|Requesting|Urging|Declaring|Certifying|Rescinding|Executing|Transferring|Referring|Directing|Releasing|Rejecting|Appropriating|Recognizing|Honoring|Commending|Congratulating|Introducing|Setting|Fixing|Acknowledging|Entering|Applying|Reducing|Increasing|Waiving';
export const RESOLUTION_CODE_START = new RegExp(String.raw`^(?:#\s?)?(?:[A-Z]{1,3}-(?:19|20)\d\d-\d{1,4}\s+[A-Z]|(?:19|20)\d\d-\d{1,4}\s+(?:${RESOLUTION_VERBS})\b)`);
