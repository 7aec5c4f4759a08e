import { describe, expect, it } from 'vitest';
import { findOwner } from '../src/extract/owner.js';
import { findDue } from '../src/extract/due.js';
import { parseBytes } from '../src/index.js';

describe('owners from the wording', () => {
  const cases: [string, string | undefined][] = [
    ['That the Chief Executive be asked to write to the Secretary of State.', 'Chief Executive'],
    ['That authority be delegated to the Head of Planning to make minor amendments before publication.', 'Head of Planning'],
    ['That the Strategic Director of Adult Care, Housing and Public Health be requested to provide monitoring reports.', 'Strategic Director of Adult Care, Housing and Public Health'],
    ['That the Director of Finance, in consultation with the Cabinet Member for Resources, be authorised to agree the final terms.', 'Director of Finance'],
    ['That officers be requested to bring a further report.', 'Officers'],
    ['That delegated authority be given to the Director of Environment and Regeneration, in consultation with the Cabinet Members for Finance, to approve the award.', 'Director of Environment and Regeneration'],
    ['To ask the Clerk to obtain three quotes.', 'Clerk'],
    ['That the Council delegate to the Monitoring Officer the power to make consequential changes.', 'Monitoring Officer'],
    ['THAT THE TOWN CLERK BE INSTRUCTED to write to the landowner.', 'TOWN CLERK'],
    // A body is the referral's target, not an owner; a bare request names nobody.
    ['That the report be referred to the Overview and Scrutiny Board.', undefined],
    ['That a further report be brought to the next meeting.', undefined],
    ['That the Director be thanked for the report and the head of service noted.', undefined],
  ];
  for (const [text, owner] of cases) {
    it(`${owner ?? 'nobody'} in "${text.slice(0, 60)}"`, () => {
      expect(findOwner(text)?.name).toBe(owner);
    });
  }

  it('keeps the words the owner came from', () => {
    expect(findOwner('That the Head of Highways be asked to write to National Highways.')).toEqual({ name: 'Head of Highways', words: 'the Head of Highways be asked' });
  });

  it('takes a parish\'s "Action:" line under a decision as its owner, and the decision as a task', async () => {
    const text = '14/27 Village matters\na) Bench: Resolved: to renew the bench at the bus stop at a cost of £420.\nAction: Clerk\nb) Hall: Resolved: to note the hall report.\n';
    const { document } = await parseBytes(Buffer.from(text), 'minutes.txt', {});
    const [bench, hall] = document!.resolutions;
    expect(bench).toMatchObject({ text: 'to renew the bench at the bus stop at a cost of £420.', action: true, owner: { name: 'Clerk', words: 'Action: Clerk' } });
    expect(hall).toMatchObject({ action: false });
    expect(hall.owner).toBeUndefined();
  });

  it('takes a community council\'s "Action: Secretary" and "Action: Treasurer" as owners, run on after the decision', async () => {
    const text = '2. Roads – Members reported potholes. The CC agreed to write to Stirling Council asking for the\nrepairs to be prioritised. Action: Secretary\n\n3. Finance – The CC agreed to renew the insurance at £186. Action: Treasurer\n';
    const { document } = await parseBytes(Buffer.from(text), 'minutes.txt', {});
    expect(document!.resolutions.map((r) => r.owner?.name)).toEqual(['Secretary', 'Treasurer']);
    expect(document!.resolutions).toHaveLength(2);
  });
});

describe('due dates and rules from the wording', () => {
  const meeting = '2024-01-16';
  const cases: [string, { date?: string; rule?: string; words: string } | undefined][] = [
    ['write to National Highways by 31 March 2024 seeking a contribution', { date: '2024-03-31', words: 'by 31 March 2024' }],
    ['agree the final terms no later than 1st April, 2025', { date: '2025-04-01', words: 'no later than 1st April, 2025' }],
    ['report back to Cabinet in June 2024 on the red indicators', { date: '2024-06-30', words: 'in June 2024' }],
    ['report back within six months on take-up', { date: '2024-07-16', rule: 'within 6 months', words: 'within six months' }],
    ['respond within 28 days', { date: '2024-02-13', rule: 'within 28 days', words: 'within 28 days' }],
    ['bring a further report to the next meeting', { rule: 'next meeting', words: 'to the next meeting' }],
    ['submit a report at its next meeting', { rule: 'next meeting', words: 'at its next meeting' }],
    ['provide quarterly monitoring reports to the Board', { date: '2024-04-16', rule: 'quarterly', words: 'quarterly' }],
    ['receive an annual report on progress', { date: '2025-01-16', rule: 'annually', words: 'annual report' }],
    // A document named once sets no yearly date.
    ['adopt the Annual Report 2025/26', undefined],
    ['approve the draft annual report for publication', undefined],
    ['report on the outcome in due course', { rule: 'in due course', words: 'in due course' }],
    ['note the report', undefined],
  ];
  for (const [text, due] of cases) {
    it(`"${text}"`, () => {
      expect(findDue(text, meeting)).toEqual(due);
    });
  }

  it('gives a rule without a date when the meeting date is unknown', () => {
    expect(findDue('report back within six months')).toEqual({ rule: 'within 6 months', words: 'within six months' });
  });
});
