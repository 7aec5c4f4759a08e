const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(\d{1,2})\s*(?:st|nd|rd|th)?`;
/** A meeting over two days, "October 28 and 29, 2026", "3 and 4 March 2027", "10–11 June 2026": it opened on the first. */
const SECOND_DAY = String.raw`(?:(?:\s*(?:and|&)\s*|[-–])\d{1,2}(?:st|nd|rd|th)?)?`;

/** "12 NOVEMBER 2014", "Wednesday, 15th June, 2016", "30 th November 2017". */
// "8th day of December, 2026": a US resolution's adoption clause.
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}${SECOND_DAY}\s+(?:day\s+of\s+|of\s+)?${MONTH}\.?,?\s+(\d{4})\b`, 'i');
/** Welsh councils' months, alone or with the English after a slash: "3 Chwefror 2026", "10 Tachwedd / November 2026". */
const WELSH_MONTHS = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];
const DAY_WELSH_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+(${WELSH_MONTHS.join('|')})(?:\s*\/\s*[A-Za-z]+)?,?\s+(\d{4})\b`, 'i');
/** "April 12th 2021", "June 2, 2021", "March 3 and 4, 2027". */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\.?\s+${DAY}${SECOND_DAY},?\s+(\d{4})\b`, 'i');
/** "06/03/2020": councils in the UK, Ireland, Australia and New Zealand write day first; "4/25/2024", which cannot be, is a US date, month first. */
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export interface FoundDate {
  iso: string;
  index: number;
}

/** `monthFirst`: "3/10/2026" is 10 March, as US pages print it (Legistar's "Meeting date/time:"); otherwise day first unless the day cannot be a month. */
export function findDate(text: string, monthFirst = false): FoundDate | undefined {
  const found: FoundDate[] = [];
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) push(found, +m[1], +m[2], +m[3], m.index);
  if ((m = DAY_MONTH_YEAR.exec(text))) push(found, +m[3], monthIndex(m[2]), +m[1], m.index);
  if ((m = MONTH_DAY_YEAR.exec(text))) push(found, +m[3], monthIndex(m[1]), +m[2], m.index);
  if ((m = DAY_WELSH_MONTH_YEAR.exec(text))) push(found, +m[3], WELSH_MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1], m.index);
  if ((m = NUMERIC.exec(text))) {
    const first = monthFirst ? +m[1] <= 12 : +m[2] > 12;
    push(found, +m[3], first ? +m[1] : +m[2], first ? +m[2] : +m[1], m.index);
  }
  found.sort((a, b) => a.index - b.index);
  return found[0];
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return Boolean(m && m[0] === value && valid(+m[1], +m[2], +m[3]));
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((full) => full.startsWith(lower.slice(0, 3))) + 1;
}

function valid(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function push(found: FoundDate[], y: number, mo: number, d: number, index: number): void {
  if (valid(y, mo, d)) found.push({ iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, index });
}
