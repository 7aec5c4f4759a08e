import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parseText, type ParsedDocument } from '../src/index.js';
import { unwrapLines } from '../src/extract/unwrap.js';
import { makeLine, sourceAt } from '../src/text/line.js';
import { hardWrap } from './helpers/wrap.js';

const parse = (text: string, path = 'wrapped.txt', kind?: 'minutes' | 'report') =>
  parseText(text, new VFile({ path }), kind ? { kind } : {});
const lines = (...texts: string[]) => texts.map((t, i) => makeLine(t, i + 1, 1));
const records = (d: ParsedDocument) => [
  ...d.resolutions.map((r) => `R ${r.number ?? ''} ${r.text}`),
  ...d.recommendations.map((r) => `C ${r.number ?? ''} ${r.text}`),
  ...d.referrals.map((r) => `F ${r.to ?? r.to_name} ${r.kind}`),
];

describe('hard-wrapped lines', () => {
  it('joins a sentence cut at the margin and remembers where each piece began', () => {
    const [joined, ...rest] = unwrapLines(lines('Although the true scale is not known, it is estimated', 'that around 1,400 children were affected.'));
    expect(rest).toEqual([]);
    expect(joined.text).toBe('Although the true scale is not known, it is estimated that around 1,400 children were affected.');
    expect(sourceAt(joined, joined.text.indexOf('that around'))).toEqual({ line: 2, column: 1 });
    expect(sourceAt(joined, 0)).toEqual({ line: 1, column: 1 });
  });

  it('keeps apart what starts a clause, a list or a decision of its own', () => {
    const kept = (a: string, b: string) => unwrapLines(lines(a, b)).length === 2;
    expect(kept('RESOLVED that the Committee', '(a) note the report;')).toBe(true);
    expect(kept('RESOLVED that the Committee', 'a. note the report;')).toBe(true);
    expect(kept('The Committee considered the report on the road closure in the', 'RESOLVED that the closure be confirmed.')).toBe(true);
    expect(kept('of a pedestrian crossing could be difficult close to various road', 'It was agreed to put in a bid to the fund.')).toBe(true);
    expect(kept('The Committee is asked to:', 'note the report')).toBe(true);
    expect(kept('Decisions of the Cabinet', 'That the report be noted.')).toBe(true);
    // A blank line, a bullet or a heading is a boundary whatever the words.
    expect(unwrapLines([makeLine('The report was considered by the', 1, 1), makeLine('scrutiny board.', 3, 1, { gap: true })])).toHaveLength(2);
    expect(unwrapLines([makeLine('The options were', 1, 1), makeLine('reduce the grant', 2, 1, { bullet: true })])).toHaveLength(2);
    expect(unwrapLines([makeLine('Housing Revenue Account', 1, 1, { heading: 2 }), makeLine('budget for next year', 2, 1)])).toHaveLength(2);
  });

  it('reads a reference or a verdict that the margin pushed onto the next line as part of the sentence', () => {
    const one = (a: string, b: string) => unwrapLines(lines(a, b)).map((l) => l.text);
    expect(one('as detailed at paragraphs', '3.19 to 3.24 of the report,')).toEqual(['as detailed at paragraphs 3.19 to 3.24 of the report,']);
    expect(one('the timetable set out in Section 5 (Appendix', 'C) of this report.')).toEqual(['the timetable set out in Section 5 (Appendix C) of this report.']);
    expect(one('the carry-forwards set out in Attachment', '2.')).toEqual(['the carry-forwards set out in Attachment 2.']);
    expect(one('RESOLVED that planning permission be', 'GRANTED subject to conditions.')).toEqual(['RESOLVED that planning permission be GRANTED subject to conditions.']);
    expect(one('Minutes of the meeting held on 30th January 2024 –', 'APPROVED')).toEqual(['Minutes of the meeting held on 30th January 2024 – APPROVED']);
    expect(one('held on Tuesday 5 November', '2024 at 6.30 pm')).toEqual(['held on Tuesday 5 November 2024 at 6.30 pm']);
  });

  it('joins what a narrow margin cut from a sentence, a reference or a list run inline', () => {
    const one = (a: string, b: string) => unwrapLines(lines(a, b)).map((l) => l.text);
    // A word broken at its hyphen, though its second half reads as a verdict.
    expect(one('That the award of tenders BE PRE-', 'APPROVED, subject to the budget.')).toEqual(['That the award of tenders BE PRE-APPROVED, subject to the budget.']);
    // A financial year is no minute number; a sub-section or a date runs on.
    expect(one('To approve the Medium Term Financial Strategy for the period', '2026/27 – 2029/30, including the reserves policy.')).toHaveLength(1);
    expect(one('The meeting resolved that in terms of Section 50A', '(4) and (5) of the Act the public be excluded.')).toHaveLength(1);
    expect(one('exclusion under Section 50A (4) and', '(5) of the Local Government (Scotland) Act 1973')).toHaveLength(1);
    expect(one('The minutes of the meeting of 6th', 'January were taken as read and signed.')).toHaveLength(1);
    // Initials, a bracketed aside, the movers after a marker at the line's end.
    expect(one('It was MOVED by Cllr D.E. Clifford; SECONDED by Cllr K.H.', 'Muschamp - That approval be given to the report.')).toHaveLength(1);
    expect(one('Decision: RESOLVED [08/26]', '(Okafor/Lindqvist) that the minutes be confirmed.')).toEqual(['Decision: RESOLVED [08/26] (Okafor/Lindqvist) that the minutes be confirmed.']);
    expect(one('the Original motion \'It is', 'recommended that the Board approve the consent agenda.\'')).toHaveLength(1);
    expect(one('Consider, and if so decide, adopt the following', 'resolution:')).toEqual(['Consider, and if so decide, adopt the following resolution:']);
    // A list's next number left at the margin.
    expect(one('RESOLVED to: 1. Note the outcome of the consultation on the Plan 2.', 'Agree the seven priority areas.')).toHaveLength(1);
    expect(one('DIRECTOR OF PLANNING RECOMMENDED MOTION 1.', 'That the Heritage Strategy be approved.')).toHaveLength(1);
    // A date after "held", a member's initial, a vote's count, a quotation, an assent to the request above.
    expect(one('That the Minutes of the Local Authority held', '1 April 2026, be accepted as true and accurate.')).toHaveLength(1);
    expect(one('Resolution number OT/2026/19 MOVED by Member K', 'Tupou, seconded by Member S Vea:')).toHaveLength(1);
    expect(one('Ms. Pike moved to accept the gift; Mr. Greene seconded. Vote:', '5-0-0.')).toHaveLength(1);
    expect(one('The substantive motion was carried by 33 votes to', '29.')).toHaveLength(1);
    expect(one('The motion was seconded by Commissioner Diaz and carried', '5-0.')).toHaveLength(1);
    // A label in capitals before its colon leaves the line's end in prose: a name cut at the margin runs on.
    expect(one('RECOMMENDATION TO FULL COUNCIL: that Auditing', 'Solutions Ltd be appointed as internal auditor.')).toHaveLength(1);
    expect(one('agreement was reached to hold the Annual Parish Meeting on Wednesday', '13 May 2026 in the Village Hall.')).toHaveLength(1);
    expect(one('An amendment was moved by Councillor Price to add', '"and report to Council by September".')).toHaveLength(1);
    expect(one('The Board discussed the permit fee. Trustee Delgado', 'asked that the fee be waived for the 2026 season.')).toHaveLength(1);
    expect(one('Trustee Delgado asked that the fee be waived for the 2026 season.', 'The Board concurred.')).toHaveLength(1);
    // "2. City Council request the General Manager, …" is a clause, not an item's title, though most words are capitalised.
    expect(one('2. City Council request the General Manager, Transportation Services to report to the Public', 'Works Committee in the first quarter of 2027.')).toHaveLength(1);
  });

  it('keeps a vote count, a finished list item and a new minute apart from the line below', () => {
    const kept = (a: string, b: string) => unwrapLines(lines(a, b)).length === 2;
    expect(kept('Ayes: 4. Noes: 1.', 'FINAL ACTION: Adopted.')).toBe(true);
    expect(kept('RESOLVED: Ayes: 6. Noes: 1.', 'Motion carried.')).toBe(true);
    expect(kept('The Committee noted the report on page 2.', 'That the report be received.')).toBe(true);
    expect(kept('Members noted the update', '(a) That the report be received.')).toBe(true);
    expect(kept('Minutes of the previous meeting', '2024/152 Apologies')).toBe(true);
    expect(kept('Members welcomed the update on the new play area.', 'The Board concurred.')).toBe(true);
  });

  it('does not take a wrapped "that …" line of narrative for a recommendation', () => {
    const doc = parse([
      '1. Recommendations',
      '',
      '1.1 That the Board note the report.',
      '',
      '2. Background',
      '',
      '2.1 Although the true scale of the problem is not known, it is estimated',
      'that around 1,400 children were victims of abuse between 1997 and 2013.',
    ].join('\n'), 'report.txt', 'report');
    expect(records(doc)).toEqual(['C 1.1 That the Board note the report.']);
  });

  it('places a clause that begins on the line after its marker on that line', () => {
    const doc = parse(['Minutes of the Cabinet held on 14 March 2023', '', 'After discussion it was RESOLVED', 'that the report be referred to the Audit Committee.'].join('\n'));
    expect(doc.resolutions.map((r) => [r.text, r.position])).toEqual([['that the report be referred to the Audit Committee.', { line: 4, column: 1 }]]);
    const split = parse(['Minutes of the Cabinet held on 14 March 2023', '', 'RESOLVED: (1) That the mid-year review be noted and (2) that', 'it be recommended to Council for approval.'].join('\n'));
    expect(split.resolutions.map((r) => [r.number, r.position])).toEqual([['(1)', { line: 3, column: 11 }], ['(2)', { line: 3, column: 53 }]]);
  });

  it('cuts a decision out of a joined paragraph where its sentence starts, on the right source line', () => {
    const doc = parse([
      'Minutes of the Parish Council held on 12 April 2021',
      '',
      'Correction to policy allocations: the document will be reassigned',
      'in due course. With these amendments the minutes were passed by',
      'resolution of the council.',
    ].join('\n'));
    expect(doc.resolutions.map((r) => [r.text, r.position])).toEqual([
      ['With these amendments the minutes were passed by resolution of the council.', { line: 4, column: 16 }],
    ]);
  });

  // Every fixture, hard-wrapped as a text export would print it, must read the same.
  const root = join(import.meta.dirname, '..', 'fixtures');
  for (const name of readdirSync(root).sort()) {
    const input = ['input.md', 'input.txt'].map((f) => join(root, name, f)).find(existsSync);
    if (!input) continue;
    it(`reads fixture ${name} the same when hard-wrapped at 60 and 78 columns`, () => {
      const text = readFileSync(input, 'utf8');
      const expected = records(parse(text, input));
      for (const width of [60, 78]) expect(records(parse(hardWrap(text, width), input)), `${width} columns`).toEqual(expected);
    });
  }
});
