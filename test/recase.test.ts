import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { makeLine } from '../src/text/line.js';
import { recaseShouting } from '../src/text/recase.js';
import { parseText } from '../src/index.js';

/** Enough typed capitals to pass the gate, after the lines under test, each in its own paragraph. */
const FILLER = 'THE CLERK REPORTED ON CORRESPONDENCE RECEIVED SINCE THE LAST MEETING AND MEMBERS DISCUSSED IT AT LENGTH. '.repeat(5).trim();

function recased(text: string): string[] {
  const source = `${text}\n\n${FILLER}`;
  let gap = false;
  const lines = source.split('\n').flatMap((t, i) => {
    if (t === '') {
      gap = true;
      return [];
    }
    const line = makeLine(t, i + 1, 1, { gap });
    gap = false;
    return [line];
  });
  const out = recaseShouting(lines);
  expect(out.whole).toBe(true);
  // Only the case of A-Z changes: every offset still points at the same source character.
  out.lines.forEach((l, k) => expect(l.text.toUpperCase()).toBe(lines[k].text.toUpperCase()));
  return out.lines.slice(0, -1).map((l) => l.text);
}

describe('documents typed in capitals', () => {
  it('leaves mixed-case text, and a few lines of capitals, alone', () => {
    const mixed = [makeLine('RESOLVED: That the report be noted.', 1, 1), makeLine(FILLER.toLowerCase(), 2, 1)];
    expect(recaseShouting(mixed)).toEqual({ lines: mixed, whole: false, changed: new Set() });
    const short = [makeLine('5. APPROVAL OF MINUTES', 1, 1)];
    expect(recaseShouting(short)).toEqual({ lines: short, whole: false, changed: new Set() });
  });

  it('reads prose in lower case, with capitals for sentences, bodies and the names after a title', () => {
    expect(recased('MOVED BY COUNCILLOR OKAFOR, SECONDED BY CLLR DEAN, THAT THE MATTER BE REFERRED TO THE FINANCE AND AUDIT COMMITTEE. CARRIED.')).toEqual([
      'Moved by Councillor Okafor, seconded by Cllr Dean, that the matter be referred to the Finance and Audit Committee. CARRIED.',
    ]);
  });

  it('gives a body noun used before another noun no name ("COUNCIL SERVICES"), and stops a name at a verb', () => {
    expect(recased('THAT OFFICERS REVIEW WAYS TO IMPROVE COUNCIL SERVICES.')).toEqual(['That officers review ways to improve Council services.']);
    expect(recased('THAT THE CLERK WRITE TO THE MINISTRY OF TRANSPORTATION REQUESTING A SPEED STUDY.')).toEqual([
      'That the clerk write to the Ministry of Transportation requesting a speed study.',
    ]);
  });

  it('keeps headings in capitals, as mixed-case minutes set them, and lowers a list\'s numerals before prose', () => {
    expect(recased('5. APPROVAL OF MINUTES\n\n(II) ENSURE THAT COMPLAINANTS ARE TOLD OF THEIR RIGHTS;')).toEqual([
      '5. APPROVAL OF MINUTES',
      '(ii) ensure that complainants are told of their rights;',
    ]);
  });

  it('keeps the verb that opens a numbered line of action minutes in capitals, as mixed-case action minutes print it', () => {
    expect(recased('6. APPROVED CLAIMS AS SUBMITTED BY THE AUDITOR-CONTROLLER\n\n8. ACCEPTED AND FILED THE TREASURER\'S MONTHLY REPORT FOR JANUARY')).toEqual([
      '6. APPROVED claims as submitted by the auditor-controller',
      "8. ACCEPTED AND FILED the treasurer's monthly report for January",
    ]);
  });

  it('reads a short line that runs on from an unfinished sentence, or a long one that runs on, as prose', () => {
    expect(recased('(2) PROVISION BE MADE FOR THE REMOVAL OF THE LEADER DURING\nTHEIR TERM OF OFFICE;')).toEqual([
      '(2) Provision be made for the removal of the leader during',
      'their term of office;',
    ]);
  });

  it('cases a wrapped sentence whole, so a name cut at a line\'s end is still one name', () => {
    expect(recased('THAT THE MATTER BE REFERRED TO THE POLICY AND\nRESOURCES COMMITTEE.')).toEqual([
      'That the matter be referred to the Policy and',
      'Resources Committee.',
    ]);
  });

  it('capitalises a marker word that opens a unit mid-line (RESOLVED and CARRIED whole, as clerks set them), not one that goes on a sentence', () => {
    expect(recased('THAT THE MINUTES BE APPROVED AS READ. "CARRIED" RESOLUTION #C-77-1584 MOVED BY CON. TAYLOR.')).toEqual([
      'That the minutes be approved as read. "CARRIED" Resolution #C-77-1584 Moved by CON. Taylor.',
    ]);
    expect(recased('IT WAS MOVED BY MR HALE AND THE MOTION WAS CARRIED.')).toEqual(['It was moved by Mr Hale and the motion was carried.']);
    expect(recased('MOVED BY HALE, SECONDED BY OKAFOR, THAT THE ACCOUNTS BE PAID.')).toEqual(['Moved by Hale, seconded by Okafor, that the accounts be paid.']);
  });
});

describe('paragraphs typed in capitals in mixed-case minutes', () => {
  const lines = (...texts: string[]) => texts.map((t, i) => makeLine(t, i + 1, 1, { gap: t.startsWith('MOTION') || t.startsWith('6.') }));
  it('reads a motion typed in capitals in ordinary case and says which lines changed', () => {
    const out = recaseShouting(lines('The hearing was closed at 7:15 p.m.', 'MOTION BY COUNCILMEMBER OLSEN, SECONDED BY COUNCILMEMBER DIAZ, TO REFER THE', 'AMENDMENT TO THE PLANNING COMMISSION. MOTION CARRIED 4-1.'));
    expect(out.lines.map((l) => l.text).slice(1)).toEqual([
      'Motion by Councilmember Olsen, seconded by Councilmember Diaz, to refer the',
      'amendment to the Planning Commission. Motion carried 4-1.',
    ]);
    expect(out).toMatchObject({ whole: false, changed: new Set([2, 3]) });
  });
  it('leaves headings, and a legal title inside a mixed-case sentence, in capitals', () => {
    const title = lines('Move to introduce for first reading, by title only, Ordinance No. 1011, entitled:', 'AN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ROSEMEAD AMENDING TITLE 17 OF THE CODE.');
    title[1].gap = false;
    expect(recaseShouting(title).changed.size).toBe(0);
    const heading = lines('6. PUBLIC HEARINGS - TO COMMENCE AT 6:30 P.M. OR AS SOON THEREAFTER AS POSSIBLE');
    expect(recaseShouting(heading).changed.size).toBe(0);
  });
});

describe('movers in capitals', () => {
  it('reads names after a mover\'s label and in a mover/seconder pair, and a label alone ends what is above it', () => {
    expect(recased('MOTION\nTHAT THE MINUTES BE ACCEPTED AS TRUE AND ACCURATE.\nMOVED: NATASHA LONG\nRESOLVED (CADWALLADER/GORDON) THAT COUNCIL NOTE THE REPORT.')).toEqual([
      'Motion',
      'That the minutes be accepted as true and accurate.',
      'Moved: Natasha Long',
      'RESOLVED (Cadwallader/Gordon) that Council note the report.',
    ]);
  });
});

describe('parsing a document typed in capitals', () => {
  it('finds its decisions and gives their words back in capitals', () => {
    const text = [
      'MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 3 MARCH 2026',
      '',
      '12/26 HIGHWAYS',
      '',
      'THE CLERK REPORTED THAT THE POTHOLES IN CHURCH LANE HAD BEEN REPORTED AGAIN AND MEMBERS EXPRESSED THEIR CONCERN.',
      '',
      'RESOLVED: THAT THE MATTER BE REFERRED TO THE COUNTY COUNCIL HIGHWAYS COMMITTEE.',
      '',
      FILLER,
    ].join('\n');
    const doc = parseText(text, new VFile({ path: 'caps.txt' }));
    expect(doc.resolutions.map((r) => r.text)).toEqual(['THAT THE MATTER BE REFERRED TO THE COUNTY COUNCIL HIGHWAYS COMMITTEE.']);
    expect(doc.referrals.map((r) => r.to)).toEqual(['County Council Highways Committee']);
    expect(doc.items.map((i) => i.title)).toEqual(['HIGHWAYS']);
  });
});
