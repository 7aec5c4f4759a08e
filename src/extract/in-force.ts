import type { Line } from '../text/line.js';
import type { CallIn, Effective, Item, Resolution } from '../types.js';
import { findDate } from './dates.js';
import { add } from './due.js';
import { setFields } from './set-fields.js';

/**
 * When a decision may be acted on: its call-in ("not subject to call-in (urgency)",
 * "Call-in expiry: 5pm on 21 March 2024") and the day it takes effect ("will come into
 * force on 1 April 2026", "effective immediately", "shall take effect thirty days after
 * its adoption"). A statement in a resolution's own words is that resolution's; one in
 * an item is every resolution of the item's; one before the first item, or one about
 * "these decisions", is the whole document's.
 */

const CALL_IN_WORD = /call[- ]?in|called\s+in/i;
const NOT_SUBJECT = /\b(?:not\s+(?:be\s+)?subject\s+to\s+(?:the\s+)?call[- ]?in|exempt(?:ed)?\s+from\s+(?:the\s+)?call[- ]?in|call[- ]?in\s+(?:procedures?\s+)?(?:does|do|shall|will)\s+not\s+apply|call[- ]?in\s*(?:[:\-–]\s*)?(?:waived|not\s+applicable|n\/a|no)\b|cannot\s+be\s+called\s+in)/i;
const EXPIRES = /\b(?:call[- ]?in\s+(?:period\s+)?(?:expires?|expiry|deadline|ends?|closes?)|(?:deadline|last\s+(?:date|day))\s+for\s+(?:the\s+)?call[- ]?in|unless\s+(?:they\s+are\s+|it\s+is\s+)?called\s+in\s+(?:by|before)|(?:may|can)\s+be\s+called\s+in\s+(?:until|by|before|up\s+to))/i;
/** ModernGov's decision page: "Is subject to call in?: Yes". */
const SUBJECT_ANSWER = /\bsubject\s+to\s+call[- ]?in\s*\??\s*[:\-–]?\s*(yes|no)\b/i;
const CAN_BE_CALLED_IN = /\b(?:can|may)\s+be\s+called\s+in\b|\bsubject\s+to\s+(?:the\s+)?call[- ]?in\b(?!\s+(?:procedure\s+)?(?:rules|arrangements))/i;
/** "5pm", "5.00 p.m.", "17:00", "noon". */
const TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\.?\b|\b(\d{2}):(\d{2})\b|\b(noon|midday)\b/i;

/**
 * The words that say a decision takes effect, then at once the date: "will come into force on 1 April 2026",
 * "Effective date: 22 March 2024", "may be implemented from Friday 22 March 2024". "be implemented by 31
 * March" is a due date, not this.
 */
const IN_FORCE = /\b(?:come\s+into\s+(?:force|effect|operation)|comes?\s+into\s+(?:force|effect)|takes?\s+effect|become\s+effective|(?:be|is|are|becomes?)\s+effective|(?:^|\b(?:decision|resolution)\s+)effective|effective\s+date|date\s+(?:of\s+)?effect(?:ive)?|(?:may|can)\s+be\s+implemented|implementation\s+date|with\s+effect)\s*(?:(?:on|from|as\s+(?:of|from))\b\s*[:\-–]?|[:\-–])\s*(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?/i;
const IMMEDIATE = /\b(?:effective\s+immediately|with\s+immediate\s+effect|take[s]?\s+effect\s+immediately|come[s]?\s+into\s+(?:force|effect)\s+immediately|immediately\s+upon\s+(?:its\s+)?(?:adoption|passage))\b/i;
const DAYS_AFTER = /\b(?:take[s]?\s+effect|become[s]?\s+effective|(?:be\s+)?in\s+force|come[s]?\s+into\s+force)[^.]{0,40}?\b(\d{1,3}|thirty|sixty|ninety|fifteen|ten|fourteen|twenty-one|twenty-eight)\s+days\s+(?:after|following|from)\s+(?:its\s+|the\s+(?:date\s+of\s+)?(?:its\s+)?)?(?:passage|adoption|final\s+passage|publication|enactment)/i;
const WORD_NUMBERS: Record<string, number> = { ten: 10, fourteen: 14, fifteen: 15, 'twenty-one': 21, 'twenty-eight': 28, thirty: 30, sixty: 60, ninety: 90 };
/** "These decisions will come into force …", "All decisions in this notice …": the whole document's. */
const ALL_DECISIONS = /\b(?:these|all|the\s+above)\s+(?:\w+\s+){0,2}decisions\b|\bdecisions?\s+(?:in|of|set\s+out\s+in)\s+this\s+(?:notice|record|document)\b/i;

/** What one sentence says about call-in, if anything. */
export function readCallIn(text: string): CallIn | undefined {
  if (!CALL_IN_WORD.test(text)) return undefined;
  const words = text.trim().slice(0, 200);
  if (NOT_SUBJECT.test(text)) return { subject: false, ...(/\burgen/i.test(text) ? { reason: 'urgency' } : {}), words };
  const answer = SUBJECT_ANSWER.exec(text);
  if (answer) return { subject: /^y/i.test(answer[1]), words };
  const expires = EXPIRES.exec(text);
  const after = expires ? text.slice(expires.index) : '';
  const date = expires ? findDate(after) : undefined;
  if (!date) return CAN_BE_CALLED_IN.test(text) ? { subject: true, words } : undefined;
  const time = clock(after);
  return { subject: true, expires: date.iso, ...(time ? { time } : {}), words };
}

/** What one sentence says about when the decision takes effect, if anything. */
export function readEffective(text: string, meetingDate?: string): Effective | undefined {
  const words = text.trim().slice(0, 200);
  if (IMMEDIATE.test(text)) return { ...(meetingDate ? { date: meetingDate } : {}), rule: 'immediately', words };
  const later = DAYS_AFTER.exec(text);
  if (later) {
    const n = /^\d+$/.test(later[1]) ? Number(later[1]) : WORD_NUMBERS[later[1].toLowerCase()];
    return { ...(meetingDate ? { date: add(meetingDate, 'day', n) } : {}), rule: `${n} days after adoption`, words };
  }
  const force = IN_FORCE.exec(text);
  if (!force) return undefined;
  const date = findDate(text.slice(force.index + force[0].length, force.index + force[0].length + 40));
  return date && date.index <= 3 ? { date: date.iso, words } : undefined;
}

function clock(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  if (m[6]) return '12:00';
  if (m[4]) return `${m[4]}:${m[5]}`;
  const hour = (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

type Statement = { call_in?: CallIn; effective?: Effective };

/** Give each resolution the call-in and effective date that apply to it. */
export function attachInForce(lines: Line[], resolutions: Resolution[], items: Item[], meetingDate?: string, recommendations: { item?: string }[] = []): void {
  const perItem = new Map<string, Statement>();
  let whole: Statement = {};
  const starts = items.map((i) => i.position.line);
  let at = -1;
  for (const line of lines) {
    while (at + 1 < starts.length && starts[at + 1] <= line.line) at++;
    const call = readCallIn(line.text);
    const effective = CALL_IN_WORD.test(line.text) || /\beffect|\bforce\b|implement/i.test(line.text) ? readEffective(line.text, meetingDate) : undefined;
    if (!call && !effective) continue;
    const found = { ...(call ? { call_in: call } : {}), ...(effective ? { effective } : {}) };
    // The first statement of each kind holds: a later "unless called in" does not undo "Call-in expiry: …".
    if (at < 0 || ALL_DECISIONS.test(line.text)) whole = { ...found, ...whole };
    else perItem.set(items[at].id, { ...found, ...perItem.get(items[at].id) });
  }
  const byLabel = new Map(items.map((i) => [i.number ?? i.title, i.id]));
  // A recommendation's "with effect from 1 July 2027" is its own, not the notice's.
  const decided = new Set([...resolutions, ...recommendations].map((r) => (r.item !== undefined ? byLabel.get(r.item) : undefined)));
  // A heading the reader took for an item ("Record of Decisions of the Cabinet") with no record under it heads the whole notice.
  for (const [id, found] of perItem) if (!decided.has(id)) whole = { ...whole, ...found, ...whole };
  for (const r of resolutions) {
    const item = r.item !== undefined ? perItem.get(byLabel.get(r.item) ?? '') : undefined;
    const call = item?.call_in ?? whole.call_in;
    // "… may be implemented on 22 March unless called in" is no date for an urgent decision the call-in does not reach.
    const general = whole.effective && !(call?.subject === false && CALL_IN_WORD.test(whole.effective.words)) ? whole.effective : undefined;
    setFields(r, { call_in: call, effective: readEffective(r.text, meetingDate) ?? item?.effective ?? general });
  }
}
