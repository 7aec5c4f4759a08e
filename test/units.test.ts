import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseNumber, expectedAfter, isNext, isChildOf } from '../src/text/numbering.js';
import { dropMarginNumbers } from '../src/text/margin.js';
import { pipeLayoutTables } from '../src/text/layout-table.js';
import { isFooter, lineCleaner } from '../src/text/clean.js';
import { makeLine } from '../src/text/line.js';
import { findReferrals } from '../src/extract/referrals.js';
import { foldLatin } from '../src/text/fold.js';
import { effectsOf, hasAction } from '../src/extract/effects.js';
import { findDate } from '../src/extract/dates.js';
import { decode } from '../src/read/decode.js';
import { itemHeading } from '../src/extract/items.js';
import { parseText } from '../src/index.js';
import { CHUNK_BYTES } from '../src/markdown/parse.js';

/** The bodies and kinds found, without the evidence id each carries. */
const referred = (text: string) => findReferrals(text).map(({ to, kind }) => ({ to, kind }));

describe('clause numbers', () => {
  it.each([
    ['(1) That', 'paren-num', 1], ['1) to', 'num-paren', 1], ['12. That', 'num-dot', 12], ['(a) the', 'paren-alpha', 1],
    ['b) x', 'alpha-paren', 2], ['c. x', 'alpha-dot', 3], ['(iv) x', 'paren-roman', 4], ['ii) x', 'roman-paren', 2],
    ['3.5.1 Senior', 'decimal', 1], ['(B) That', 'paren-upper', 2], ['A: Agree', 'upper-mark', 1],
    ['1 . That', 'num-dot', 1], ['( b ) the', 'paren-alpha', 2], ['II. asks', 'roman-dot', 2], ['V. CONSENT AGENDA', 'roman-dot', 5],
    ['Section 2. The City Manager', 'num-dot', 2],
  ])('reads %s as %s', (text, style, value) => {
    expect(parseNumber(text)?.number).toMatchObject({ style, value });
  });

  it('reads (i) after (h) as a letter, and otherwise as a Roman numeral', () => {
    const h = parseNumber('(h) x')!.number;
    expect(parseNumber('(i) y', h)?.number).toMatchObject({ style: 'paren-alpha', value: 9 });
    expect(parseNumber('(i) y')?.number).toMatchObject({ style: 'paren-roman', value: 1 });
  });

  it('does not take initials or a page number for a clause number', () => {
    expect(parseNumber('A. N. Other attended')).toBeUndefined();
    expect(parseNumber('14')).toBeUndefined();
    expect(parseNumber('V. Patel seconded the motion.')).toBeUndefined();
  });

  it('knows what comes next', () => {
    expect(expectedAfter(parseNumber('(3) x')!.number)).toBe('(4)');
    expect(expectedAfter(parseNumber('(ix) x')!.number)).toBe('(x)');
    expect(expectedAfter(parseNumber('3.5.8 x')!.number)).toBe('3.5.9');
    expect(expectedAfter(parseNumber('Section 2. x')!.number)).toBe('Section 3.');
    expect(parseNumber('Section 106 agreement')).toBeUndefined();
    expect(isNext(parseNumber('(a) x')!.number, parseNumber('(b) y')!.number)).toBe(true);
    expect(isChildOf(parseNumber('3.5 x')!.number, parseNumber('3.5.1 y')!.number)).toBe(true);
    expect(isChildOf(parseNumber('3.5 x')!.number, parseNumber('3.6.1 y')!.number)).toBe(false);
    // A section's own number: "2.0 RECOMMENDATIONS" / "2.00 RECOMMENDATIONS" over 2.1 or 2.01.
    expect(isChildOf(parseNumber('2.0 x')!.number, parseNumber('2.1 y')!.number)).toBe(true);
    expect(isChildOf(parseNumber('2.00 x')!.number, parseNumber('2.01 y')!.number)).toBe(true);
    expect(isChildOf(parseNumber('2.0 x')!.number, parseNumber('3.1 y')!.number)).toBe(false);
  });
});

describe('page furniture', () => {
  it.each([
    ['Page 3 of 12', true], ['Page I of 4', true], ['Cabinet 14.03.23 Page 7', true],
    // A long title, its parts set apart by dashes, before the page number.
    ['Hartwell Borough Council – Licensing Committee – 2 December 2026 – Page 3', true], ['Planning Committee – Tuesday 14 March 2023 – Page 12 of 40', true],
    // The last dash left out before the page, a tab or spaces in its place; a sentence citing a page is none.
    ['Riverbend Borough Council – Environment and Transport Committee – 12.11.25 Page 7 of 12', true], ['Planning – set out in the report at Page 7', false],
    ['G:\\Committees\\2024\\PW-07 Road Salt.docx', true], ['RCA-0 32 40 8. doc', true],
    ['as shown on page 4', false], ['the plan published at www.example.gov/plan.pdf', false], ['That the report be received.', false],
    ["Chairman's initials ........", true], ["Mayor's initials", true], ['Signed (Mayor) Date', true], ['SIGNED: Chairman', true],
    // "… be confirmed and" / "signed.": the end of a sentence wrapped onto its own line.
    ['signed.', false], ['The initials of each member were recorded.', false],
  ])('%s → furniture %s', (text, furniture) => {
    expect(isFooter(text)).toBe(furniture);
  });

  it('drops a footer\'s dated title line with its page number and marks the line after as past a page break', () => {
    const lines = ['RESOLVED: That the Clerk obtain quotes for new', 'Parish Council – Full Council – 12 March 2026', 'Page 3 of 7', 'Christmas lights for the square.']
      .map((text, i) => makeLine(text, i + 1, 1));
    const out = lineCleaner()(lines);
    expect(out.map((l) => l.text)).toEqual(['RESOLVED: That the Clerk obtain quotes for new', 'Christmas lights for the square.']);
    expect(out[1].pageBreak).toBe(true);
    // A running foot on one line, its page number taken as noise first: the title left is furniture too.
    const foot = ['Councilmember Hale moved to adopt the rates effective July 1, 2026,', 'City Council Minutes – May 5, 2026 – Page 2 of 5', 'and directing staff to notify customers.']
      .map((text, i) => makeLine(text, i + 1, 1));
    expect(lineCleaner()(foot).map((l) => l.text)).toEqual([foot[0].text, foot[2].text]);
    // A dated title with no page number under it is the document's own heading, kept.
    expect(lineCleaner()([makeLine('Parish Council – Full Council – 12 March 2026', 1, 1)]).length).toBe(1);
    // Over the first page's number, under nothing but titles, it is the first page's head: it names the meeting, kept.
    const head = ['MINUTES', 'Cabinet – 11 November 2026', 'Page 1 of 9', 'CAB 58 HOUSING REVENUE ACCOUNT'].map((text, i) => makeLine(text, i + 1, 1));
    expect(lineCleaner()(head).map((l) => l.text)).toEqual(['MINUTES', 'Cabinet – 11 November 2026', 'CAB 58 HOUSING REVENUE ACCOUNT']);
  });
});

describe('margin line numbers', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => makeLine(t, i + 1, 1));
  it('takes off numbers that keep pace with the lines when prose runs on across them', () => {
    const out = dropMarginNumbers(lines('4 WHEREAS the State has opened a call for\n5 projects under the Program; and\n6 WHEREAS staff have prepared an\n7 application for the crossing;'));
    expect(out.map((l) => l.text)).toEqual(['WHEREAS the State has opened a call for', 'projects under the Program; and', 'WHEREAS staff have prepared an', 'application for the crossing;']);
    expect(out[1].column).toBe(3);
  });
  it('leaves one-line numbered agenda items alone', () => {
    const agenda = lines('1 Apologies\n2 Declarations of interest\n3 Minutes of the last meeting\n4 Matters arising\n5 Budget monitoring');
    expect(dropMarginNumbers(agenda)).toBe(agenda);
  });
});

describe('tables laid out with spaces', () => {
  const sheet = [
    'Decision Sheet – Council, 16 December 2026',
    '',
    'Item   Subject                                  Decision',
    '12     Treasury Management Mid-Year Report      Noted',
    '',
    '13     Council Tax Base 2027/28                 Approved',
    'The meeting closed at 9.10 pm.',
  ].join('\n');

  it('puts pipes between the cells of a decision column\'s header and its rows, and keeps every line in its place', () => {
    const out = pipeLayoutTables(sheet).split('\n');
    expect(out).toHaveLength(7);
    expect(out[2]).toBe('Item | Subject | Decision');
    expect(out[3]).toBe('12 | Treasury Management Mid-Year Report | Noted');
    expect(out[5]).toBe('13 | Council Tax Base 2027/28 | Approved');
    // The prose after the last row ends the table and is left as it was.
    expect(out[6]).toBe('The meeting closed at 9.10 pm.');
  });

  it('leaves aligned text alone where no column is headed as a decision', () => {
    const wards = 'Councillor        Ward\nA. Hart          Harbour\nB. Ng            Upper Town';
    expect(pipeLayoutTables(wards)).toBe(wards);
  });

  it('leaves a header with no row under it alone', () => {
    const text = 'Item   Decision\nThe Committee considered the report and noted it.';
    expect(pipeLayoutTables(text)).toBe(text);
  });

  it('keeps a row\'s first cell after a one-space indent, and a cell whose words hold a wide gap whole', () => {
    const sheet = ' Item   Application                 Decision\n 1      PA26/0441  Land at Tregolls   Approved\n 2      PA26/0459  14 Lemon Street    Refused';
    expect(pipeLayoutTables(sheet).split('\n')).toEqual([
      'Item | Application | Decision',
      '1 | PA26/0441 Land at Tregolls | Approved',
      '2 | PA26/0459 14 Lemon Street | Refused',
    ]);
  });
});

describe('referrals', () => {
  it('reads a committee name that holds commas as one body, in a list of bodies', () => {
    expect(referred('That the matter be referred to the Housing, Communities and Economy Committee, Cabinet and Council.'))
      .toEqual([{ to: 'Housing, Communities and Economy Committee', kind: 'refer' }, { to: 'Cabinet', kind: 'refer' }, { to: 'Council', kind: 'refer' }]);
    expect(referred('That it be referred to Cabinet, the Audit Committee and the Finance Committee.'))
      .toEqual([{ to: 'Cabinet', kind: 'refer' }, { to: 'Audit Committee', kind: 'refer' }, { to: 'Finance Committee', kind: 'refer' }]);
    expect(referred('That the matter be referred to the Policy and Resources Committee.')).toEqual([{ to: 'Policy and Resources Committee', kind: 'refer' }]);
    expect(referred('That the matter be referred to Appendix B of the report.')).toEqual([]);
    // The matter's own "to the East End Arena" is no body it goes to.
    expect(referred('That the request for naming rights to the East End Arena be referred to the Finance and Audit Committee.')).toEqual([{ to: 'Finance and Audit Committee', kind: 'refer' }]);
  });

  it('splits a list of bodies only where both sides are bodies', () => {
    expect(referred('That the report be forwarded to Cabinet; the Children’s Improvement Board and Corporate Improvement Board for consideration.'))
      .toEqual([{ to: 'Cabinet', kind: 'refer' }, { to: 'Children’s Improvement Board', kind: 'refer' }, { to: 'Corporate Improvement Board', kind: 'refer' }]);
    expect(referred('That the matter be referred to the Overview and Scrutiny Management Board.'))
      .toEqual([{ to: 'Overview and Scrutiny Management Board', kind: 'refer' }]);
  });

  it('sends nothing to people, vague bodies, or where the text says not to', () => {
    expect(referred('That the Chair write to the Cabinet Member for Transport.')).toEqual([]);
    expect(referred('That the recommendations be forwarded to the appropriate bodies for consideration.')).toEqual([]);
    expect(referred('That the policy not be submitted to Council.')).toEqual([]);
    expect(referred('That a copy be provided to the agencies referred to in paragraph 2.18.')).toEqual([]);
    // An officer named by the service she heads is a person; a board named with "of" is a body.
    expect(referred('That the matter be referred to the Manager of Environmental Services.')).toEqual([]);
    expect(referred('That the claim be referred to the Head of Legal Services.')).toEqual([]);
    expect(referred('That the matter be referred to the Board of Supervisors.')).toEqual([{ to: 'Board of Supervisors', kind: 'refer' }]);
  });

  it('reads bodies named before the verb', () => {
    expect(referred('That Police reassurance be sought on historic cases.')).toEqual([{ to: 'Police', kind: 'request' }]);
    expect(referred('That the Government be urged to fund the scheme.')).toEqual([{ to: 'Government', kind: 'request' }]);
  });

  it('reads names with accents and macrons whole, as printed', () => {
    expect(referred('TO ask the Ministère des Transports to install a traffic light.')).toEqual([{ to: 'Ministère des Transports', kind: 'request' }]);
    expect(referred('That the views of Ngāi Tahu be sought on the name.')).toEqual([{ to: 'Ngāi Tahu', kind: 'request' }]);
    expect(referred('refer the dog policy to the Ōtāhuhu Local Board.')).toEqual([{ to: 'Ōtāhuhu Local Board', kind: 'refer' }]);
  });
});

describe('folding accented letters', () => {
  it('keeps the length, so an index into the fold is an index into the text', () => {
    const text = 'Ōrākei Local Board and the Ministère des Transports du Québec';
    const folded = foldLatin(text);
    expect(folded).toBe('Orakei Local Board and the Ministere des Transports du Quebec');
    expect(folded.length).toBe(text.length);
    expect(foldLatin('Ørsted Æbeltoft')).toBe('Ørsted Æbeltoft');
  });
});

describe('minute headings', () => {
  it.each([
    ['1234 Open Spaces', { number: '1234', title: 'Open Spaces' }],
    ['1235. Village Hall Car Park', { number: '1235.', title: 'Village Hall Car Park' }],
    ['810 MINUTES', { number: '810', title: 'MINUTES' }],
    // A year before a title, and an address in a letterhead, head no minute.
    ['2026 Budget', undefined],
    ['1234 Main Street', undefined],
    ['1234 Members noted the report.', undefined],
  ])('%s → %j', (text, heading) => {
    expect(itemHeading(makeLine(text, 1, 1))).toEqual(heading);
  });
});

describe('effects and the action flag', () => {
  it.each([
    ['That the report be received.', false],
    ['That the report be referred to Cabinet.', true],
    ['That delegated authority be given to the Director to award the contract.', true],
    ['That the reports had been circulated; reports should be circulated five days ahead.', false],
    ['That the matter not be submitted to Council.', false],
    ['Note that the scheme will be published on the website.', false],
    ['That the Monitoring Officer arrange training for parish councillors.', true],
    ['That Cabinet noted the appraisal work currently underway.', false],
    // The verb is in the past: "update" and "report" after it are nouns, no task.
    ['Members noted the tree planting update.', false],
    ['The Committee noted the tree planting report.', false],
    ['That the Parish Council ask the Footpaths Officer to inspect the stile.', true],
    ['That the late items be added to the agenda for consideration.', false],
    ['That the Head of Legal Services complete the contract documentation.', true],
    ['That the complete report be noted.', false],
    ['THAT Council approve the permit; AND THAT staff be directed to register the permit on title.', true],
    ['That the results be added to the performance report.', true],
    ['Trails -- Request the Commissioner of Public Works to report on trail clearing.', true],
    ['THAT Council receive the summary for information; AND FURTHER THAT administration report back on stockpile levels.', true],
    ['Requests a further report on outdoor dining fees by June 2026; and', true],
    ['Refers the question of trading hours to the Economic Development Advisory Committee.', true],
    ['Reviews of the policy are published annually.', false],
    ['to enter executive session to discuss the purchase of land.', false],
    ['to go into closed session to discuss personnel matters.', false],
    ['to table the request for a second study until the May 7 meeting.', true],
    ["That the applicant be advised of the Committee's concern about drainage.", true],
    // The conditions of a licence granted bind the licensee, after "subject to … the following additional conditions:" too.
    ['to grant the licence subject to the conditions proposed by the applicant and the following additional conditions: 1. CCTV shall be installed.', false],
    // A decision's verb before "report" makes it a noun; the verbs of work to come in the present, as Australian lists put them.
    ['Note the performance report;', false],
    ['To receive apologies for absence.', false],
    ['TO RECEIVE AND FILE THE REPORT.', false],
    ['Establishes a community garden at Apex Park on a two-year trial basis;', true],
    ['That officers engage with the Police Service of Northern Ireland on the proposals.', true],
    // A report's name at the clause's end is a noun; a parish leaves out "that" before the Clerk's task; a report on a matter
    // at a meeting to come; a paper's title "Update on …".
    ['The Board NOTED the audit report.', false],
    ['The Committee NOTED the planning appeals report; and', false],
    ['It was agreed the Clerk write to the owner of the hedge.', true],
    ['Receives a report on the cost of the works at the February 2027 meeting; and', true],
    ['Update on Courthouse Renovation', false],
    ['Members asked that speed checks be carried out at the school.', true],
    ['to grant site plan approval with the following conditions: 1. Drainage calculations to be reviewed by the Town Engineer.', false],
  ])('%s → action %s', (text, action) => {
    expect(hasAction(text, effectsOf(text))).toBe(action);
  });

  it('names the effects', () => {
    expect(effectsOf('That the report be noted and referred to Cabinet.')).toEqual(['noted', 'referred']);
    expect(effectsOf('to continue the application for a site visit.')).toEqual(['deferred']);
    expect(effectsOf('That the item be held over to the next meeting.')).toEqual(['deferred']);
    // A measure tabled by its number to a meeting to come.
    expect(effectsOf('to table Resolution No. 2027-R-14 to the May 17, 2027 meeting.')).toEqual(['deferred']);
    expect(effectsOf('to table Ordinance 2027-11 until the next regular meeting.')).toEqual(['deferred']);
    // A planning commission continues a case by its code; it recommends approval to the council and approves nothing itself.
    expect(effectsOf('to continue DR-27-07 to the July 14, 2027 meeting to allow the applicant to revise the elevations.')).toEqual(['deferred']);
    expect(effectsOf('to recommend approval of ZC-27-04 to the City Council subject to the conditions in the staff report.')).toEqual(['recommended']);
    expect(effectsOf('That the Committee approve the recommended approach.')).toEqual(['approved']);
    expect(effectsOf('That the Council continue to support the food bank.')).not.toContain('deferred');
    // "(min 472/01 refers)" points at a minute; "Refers the question to …" sends it on.
    expect(effectsOf('to include the two bids from 2001 (min 472/01 refers).')).not.toContain('referred');
    expect(effectsOf('Refers the question of trading hours to the Advisory Committee.')).toContain('referred');
    expect(effectsOf('to discuss non-elected personnel.')).not.toContain('appointed');
    expect(effectsOf('to deny the appeal.')).toContain('rejected');
    // Waste lorries and a falling trend refuse and decline nothing; a refusal and a declined grant do.
    expect(effectsOf('Approved the procurement of six refuse collection vehicles through a national framework.')).toEqual(['approved']);
    expect(effectsOf('Noted the steady decline in recycling tonnages since April.')).toEqual(['noted']);
    expect(effectsOf('That the application be refused.')).toEqual(['rejected']);
    expect(effectsOf('That the grant be declined.')).toEqual(['rejected']);
    // "Council Tax Support" names a benefit; "support" as a verb is a verdict, opening the clause too.
    expect(effectsOf('That concessions be offered to residents in receipt of Council Tax Support.')).toEqual([]);
    expect(effectsOf('Support the application for funding.')).toEqual(['supported']);
    // A return sent "under delegated authority" was decided before; "delegates authority to" hands it down now.
    expect(effectsOf('ratifies the Quarter 2 return, which was submitted under delegated authority;')).toEqual(['confirmed']);
    expect(effectsOf('That authority be delegated to the Director of Place.')).toContain('delegated');
    expect(effectsOf('Forward the planning proposal to the Department of Planning for a Gateway determination.')).toEqual(['referred']);
    expect(effectsOf('Councillor Lee put forward the proposal for a new playground.')).toEqual([]);
    // A statute cited "as amended" is the law as it stands; the council changed nothing.
    expect(effectsOf('take in charge the estate roads under Section 180 of the Planning and Development Act 2000 (as amended).')).toEqual([]);
    expect(effectsOf('That the Standing Orders be amended as set out in the report.')).toEqual(['amended']);
    // Officers' work "to provide" options circulates nothing; a copy provided to a body, or a body provided with one, does.
    expect(effectsOf('That Report FIN-2027-09 be referred back to staff to provide additional options for the class.')).toEqual(['referred']);
    expect(effectsOf('to instruct the Clerk to provide a copy of the response to the Residents Association.')).toContain('circulated');
    expect(effectsOf('to ask officers to provide the Scrutiny Panel with the figures.')).toContain('circulated');
    expect(effectsOf('Recommends that Council allocates $150,000 in the 2027/28 Annual Plan for stage one.')).toEqual(['recommended']);
    // A village board enacts an ordinance by passing it.
    expect(effectsOf('to pass Ordinance 26-17.')).toEqual(['adopted']);
    // A by-law's third reading enacts it; its first reading decides nothing yet.
    expect(effectsOf('that By-law 2026-07 be read a third time and finally passed.')).toEqual(['adopted']);
    expect(effectsOf('That Ordinance 44 be passed on third and final reading.')).toEqual(['adopted']);
    expect(effectsOf('that By-law 2026-08 be read a first time.')).toEqual([]);
    expect(effectsOf('to grant the premises licence subject to conditions.')).toContain('approved');
    // A Victorian council's "Notice of Decision to Refuse to Grant a Permit" refuses it; nothing is granted.
    expect(effectsOf('That Council issues a Notice of Decision to Refuse to Grant a Permit for PA2027/031.')).toEqual(['rejected']);
    expect(effectsOf('That Council issues a Notice of Decision to Grant a Permit for PA2027/031.')).toEqual(['approved']);
    expect(effectsOf('That Council issue a Notice of Refusal to Grant a Permit for PA2026/141.')).toEqual(['rejected']);
    // A delegation that speaks at the meeting is a deputation; a delegation of powers hands work down.
    expect(effectsOf('THAT Council receive the delegation from the Elm Creek Minor Hockey Association regarding ice time fees.')).toEqual(['received']);
    expect(effectsOf('That the delegation of authority to the Director of Finance be approved.')).toContain('delegated');
    expect(effectsOf('That the Chief Executive be delegated authority to settle the claim.')).toContain('delegated');
    expect(effectsOf('Agree changes to the Scheme of Officer Delegation as set out in Appendix C.')).toContain('delegated');
    // The report named by its number is the one before the meeting; "receive reports" are still to come.
    expect(effectsOf('THAT Council receive Report PW-2026-44 for information.')).toEqual(['received']);
    expect(effectsOf('THAT Council receive quarterly reports on the Strategic Plan.')).toContain('reported-back');
  });
});

describe('dates', () => {
  it.each([
    ['12 NOVEMBER 2014', '2014-11-12'], ['Wednesday, 15th June, 2016', '2016-06-15'], ['30 th November 2017', '2017-11-30'],
    ['April 12th 2021', '2021-04-12'], ['Date of decision: 06/03/2020', '2020-03-06'], ['2024-01-25', '2024-01-25'],
    // Day first unless it cannot be: a US "4/25/2024" is month first.
    ['Meeting date/time: 4/25/2024 6:30 PM', '2024-04-25'], ['12/11/2024', '2024-11-12'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('refuses impossible dates', () => {
    expect(findDate('31 February 2023')).toBeUndefined();
  });

  it('takes no meeting date from a recital or a paper\'s date in the opening lines', () => {
    const meetingDate = (lines: string[]) => parseText(lines.join('\n'), new VFile({ path: 'r.txt' })).meeting.date;
    expect(meetingDate(['RESOLUTION NO. 2026-61', '', 'WHEREAS, the City issued a request for proposals on August 4, 2026;', '', 'NOW, THEREFORE, BE IT RESOLVED that the agreement be approved.'])).toBeUndefined();
    expect(meetingDate(['Budget wrap-up', '', 'Referring to the Budget Policy Issues handout dated November 14, 1985,', 'it was MOVED by Foy to adopt Item A.'])).toBeUndefined();
    expect(meetingDate(['Special Meeting', 'December 14, 1985', '', 'Referring to the handout dated November 14, 1985, it was MOVED to adopt Item A.'])).toBe('1985-12-14');
  });
});

describe('the body that met, from a head run into one line', () => {
  const body = (text: string) => parseText(text, new VFile({ path: 'h.txt' })).meeting.body;
  it.each([
    // The committee the meeting was of, named before the label, not the township before it.
    ['TOWNSHIP OF PINE HOLLOW REGULAR MEETING OF THE TOWNSHIP COMMITTEE MINUTES – OCTOBER 21, 2026 CONSENT AGENDA Motion by Mr. Osei, seconded by Ms. Reyes, to approve the bills. Motion carried.', 'Township Committee'],
    // Legistar: the city before the label, the body after it and before the date.
    ['City of Pine Terrace Meeting Minutes City Council Monday, March 8, 2027 7:00 PM Council Chambers', 'City Council'],
  ])('%s', (text, want) => {
    expect(body(text)).toBe(want);
  });
});

describe('decoding', () => {
  it('reads UTF-16 with a byte order mark', () => {
    const text = 'RESOLVED – that the report be noted.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode(new VFile(), le)).toBe(text);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decode(new VFile(), Buffer.from('\ufeffCabinet', 'utf8'))).toBe('Cabinet');
  });
});

describe('large documents', () => {
  it('keeps line numbers right across parse chunks', () => {
    const filler = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of the officer's narrative, which decides nothing at all.`).join('\n\n');
    expect(filler.length).toBeGreaterThan(3 * CHUNK_BYTES);
    const text = `${filler}\n\nRESOLVED:\n\n(1) That the report be noted.\n`;
    const doc = parseText(text, new VFile({ path: 'big.md' }));
    expect(doc.resolutions).toHaveLength(1);
    const line = text.slice(0, text.indexOf('(1) That')).split('\n').length;
    expect(line).toBeGreaterThan(8000);
    expect(doc.resolutions[0].position).toEqual({ line, column: 1 });
  });
});
