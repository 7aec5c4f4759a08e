import type { Due } from '../types.js';
import { findDate } from './dates.js';
import { MONTH_NAME } from '../lexicon/words.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const COUNT = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)`;

const BY_DATE = /\b(?:by|before|no later than|not later than|on or before|by the end of|until|deadline of)\s+(?:the\s+)?(?:\w+day,?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})/;
const BY_MONTH = new RegExp(String.raw`\b(?:by|before|in|during|by the end of|no later than)\s+(?:the\s+end\s+of\s+)?(${MONTH_NAME})\s+(\d{4})\b`);
const WITHIN = new RegExp(String.raw`\b(?:within|in)\s+(?:the\s+next\s+)?${COUNT}\s+(day|week|month|year)s?(?:[’']?\s*time)?\b`, 'i');
const NEXT_MEETING = /\b(?:(?:at|to|for)\s+(?:its|their|the|his|her)\s+next\s+(?:available\s+|scheduled\s+|ordinary\s+)?meeting|next\s+meeting\s+of\s+the\s+[A-Z][\w ]+)/i;
const RECURRING: [RegExp, string][] = [
  [/\b(?:quarterly|every\s+(?:three|3)\s+months|each\s+quarter)\b/i, 'quarterly'],
  [/\b(?:six-monthly|half-yearly|every\s+(?:six|6)\s+months|bi-annually)\b/i, 'six-monthly'],
  // "receive an annual report", not the document "the Annual Report 2025/26" adopted once.
  [/\b(?:annually|every\s+year|each\s+year|(?<!\b(?:the|this|its|their|draft)\s+)annual\s+(?:report|update|review)s?(?!\s*(?:\d{4}|for\s+(?:the\s+)?(?:year\s+)?\d{4})))\b/i, 'annually'],
  [/\b(?:monthly|every\s+month|each\s+month)\b/i, 'monthly'],
];
const IN_DUE_COURSE = /\b(?:in\s+due\s+course|at\s+a\s+(?:future|later)\s+(?:date|meeting)|in\s+the\s+future)\b/i;
const MONTHS_AFTER: Record<string, number> = { quarterly: 3, 'six-monthly': 6, annually: 12, monthly: 1 };

/**
 * When a clause is to be done, from its wording: a date, or a rule relative to the
 * meeting ("at its next meeting", "within six months", "quarterly"), kept with the
 * words it came from. `meetingDate` turns relative rules into a date where it can.
 */
export function findDue(text: string, meetingDate?: string): Due | undefined {
  let m: RegExpExecArray | null;
  if ((m = BY_DATE.exec(text))) {
    const d = findDate(m[1]);
    if (d) return { date: d.iso, words: m[0] };
  }
  if ((m = BY_MONTH.exec(text))) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    return { date: endOfMonth(+m[2], month), words: m[0] };
  }
  if ((m = WITHIN.exec(text))) {
    const n = /^\d+$/.test(m[1]) ? +m[1] : NUMBERS[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    const rule = `within ${n} ${unit}${n === 1 ? '' : 's'}`;
    return { rule, words: m[0], ...(meetingDate ? { date: add(meetingDate, unit, n) } : {}) };
  }
  if ((m = NEXT_MEETING.exec(text))) return { rule: 'next meeting', words: m[0] };
  for (const [re, rule] of RECURRING) {
    if ((m = re.exec(text))) return { rule, words: m[0], ...(meetingDate ? { date: add(meetingDate, 'month', MONTHS_AFTER[rule]) } : {}) };
  }
  if ((m = IN_DUE_COURSE.exec(text))) return { rule: 'in due course', words: m[0] };
  return undefined;
}

function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function add(iso: string, unit: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}
