import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseBytes, type ParsedDocument } from '../src/index.js';
import { toDiagnostics } from '../src/diagnostics/report.js';
import { dehyphenate, dropFurniture, type PageLine } from '../src/pdf/furniture.js';
import { sniff } from '../src/read/sniff.js';
import { toDocx, toHtml, toMarkdown, toPdf } from './helpers/formats.js';

/** The document model the writers in helpers/formats.js take (a JS module, shared with bench/). */
interface Doc {
  title: string;
  blocks: ({ heading: string } | { para: string } | { list: string[]; style: 'decimal' | 'paren' | 'letter' | 'roman'; start?: number; level?: number })[];
}
import { run } from './helpers/cli.js';

/** What must not depend on the format: the records, their numbers, items and links. */
function records(doc: ParsedDocument) {
  return {
    meeting: { body: doc.meeting.body, date: doc.meeting.date, kind: doc.meeting.kind },
    resolutions: doc.resolutions.map((r) => ({ id: r.id, item: r.item, n: r.number, text: r.text, effects: r.effects, action: r.action })),
    recommendations: doc.recommendations.map((r) => ({ id: r.id, item: r.item, n: r.number, text: r.text, origin: r.origin })),
    referrals: doc.referrals.map((r) => ({ id: r.id, from: r.from, to: r.to, kind: r.kind })),
  };
}

const cabinet: Doc = {
  title: 'Cabinet – Minutes of the meeting held on Tuesday 14 March 2023',
  blocks: [
    { heading: '112. HOUSING REVENUE ACCOUNT BUSINESS PLAN' },
    { para: 'Consideration was given to the report of the Strategic Director of Finance and Customer Services which set out the updated thirty-year business plan for council housing, including the investment programme and the assumptions behind the rent setting proposals.' },
    { para: 'Resolved:-' },
    { list: [
      'That the report be received.',
      'That the updated Housing Revenue Account Business Plan, as set out in Appendix 1, be approved, subject to the comments of the Tenants Forum being incorporated before publication.',
      'That the report be referred to the Improving Places Select Commission for consideration of the maintenance programme and its implementation arrangements.',
    ], style: 'paren' },
    { heading: '113. CORPORATE PERFORMANCE REPORT' },
    { para: 'RESOLVED – that' },
    { list: [
      'the performance report for the third quarter be noted;',
      'the Assistant Chief Executive be asked to report back to Cabinet in June 2023 on the indicators rated red; and',
      'the Overview and Scrutiny Management Board be invited to review the customer services indicators.',
    ], style: 'letter' },
  ],
};

const scrutiny: Doc = {
  title: 'Overview and Scrutiny Management Board – 5 April 2023',
  blocks: [
    { heading: '45. REVIEW OF HOMELESSNESS PREVENTION' },
    { para: 'The Board considered the findings of its task and finish group on the prevention of homelessness, which had met on six occasions and taken evidence from partners.' },
    { para: 'RECOMMENDED to Council that:' },
    { list: [
      'The sixteen recommendations of the task and finish group, set out in Appendix A, be endorsed.',
      'The Cabinet be asked to respond to the recommendations within two months.',
    ], style: 'decimal' },
    { para: 'The Chair moved a further recommendation, which was agreed.' },
    { list: [
      'The Strategic Director of Adult Care, Housing and Public Health be requested to provide quarterly monitoring reports to the Board.',
    ], style: 'decimal', start: 3 },
    { heading: '46. WORK PROGRAMME' },
    { para: 'Resolved: That the work programme be approved and the budget scrutiny sessions be deferred to the meeting in September.' },
  ],
};

const report: Doc = {
  title: 'Report to Planning Board – 12 January 2024',
  blocks: [
    { heading: '1. Recommendations' },
    { para: 'The Planning Board is asked to:' },
    { list: [
      'approve the revised Statement of Community Involvement for public consultation;',
      'delegate authority to the Head of Planning to make minor amendments before publication; and',
      'note the timetable for the Local Plan review set out in section six of this report.',
    ], style: 'roman' },
    { heading: '2. Background' },
    { para: 'The current statement was adopted in 2019 and national guidance requires it to be reviewed every five years.' },
  ],
};

/** Long numbered paragraphs that a PDF wraps: the outside recommendations follow a sentence on a wrapped line. */
const inquiry: Doc = {
  title: 'Report to Health Scrutiny Panel – 9 October 2024',
  blocks: [
    { heading: '1. Recommendations' },
    { para: '1.1 The Panel is asked to note the findings of the review as detailed at paragraphs 3.4 to 3.9 of this report and the action plan at Appendix B.' },
    { heading: '3. Background' },
    { para: '3.1 The review visited the three acute hospital trusts during the spring and found that, although discharge had improved since 2022, it is estimated that around 240 people each week remain in hospital after they are medically fit to leave.' },
    { para: '3.2 The review made eleven recommendations in all, several of them for the National Health Service alone. The following recommendations set out below fall to the Council and its partners and are the ones the Panel will wish to follow:' },
    { para: '3.2.1 The Council and the Integrated Care Board should agree a single discharge pathway for people who need care at home.' },
    { para: '3.2.2 Commissioners should increase the number of short-term reablement places so that no one waits for a place for more than two days.' },
    { para: '3.3 The Director has written to the Integrated Care Board to propose a joint response to these recommendations by the end of the year.' },
  ],
};

const documents = { cabinet, scrutiny, report, inquiry };

describe('the same minutes in every format', () => {
  for (const [name, doc] of Object.entries(documents)) {
    it(`${name}: .md, .html, .docx and .pdf give the same records`, async () => {
      const md = await parseBytes(new TextEncoder().encode(toMarkdown(doc)), `${name}.md`);
      expect(md.document).toBeDefined();
      const want = records(md.document!);
      expect(want.resolutions.length + want.recommendations.length).toBeGreaterThanOrEqual(3);
      const inputs: [string, Uint8Array][] = [
        [`${name}.html`, new TextEncoder().encode(toHtml(doc))],
        [`${name}.docx`, await toDocx(doc)],
        // Short pages put page breaks, running heads and page numbers inside the lists.
        [`${name}.pdf`, await toPdf(doc, { linesPerPage: 7 })],
        [`${name}-long-pages.pdf`, await toPdf(doc)],
      ];
      for (const [path, bytes] of inputs) {
        const got = await parseBytes(bytes, path);
        expect(got.document, `${path}: ${got.file.messages.join('; ')}`).toBeDefined();
        expect({ path, ...records(got.document!) }).toEqual({ path, ...want });
      }
    });
  }

  it('the Markdown versions read as a clerk would', async () => {
    const { document } = await parseBytes(new TextEncoder().encode(toMarkdown(scrutiny)), 'scrutiny.md');
    expect(document!.meeting).toMatchObject({ body: 'Overview and Scrutiny Management Board', date: '2023-04-05' });
    expect(document!.recommendations.map((r) => r.number)).toEqual(['1.', '2.']);
    // "... which was agreed." opens a decision; the list numbering carries on at 3 in every format.
    expect(document!.resolutions.map((r) => r.number)).toEqual(['3.', undefined]);
    const cab = await parseBytes(new TextEncoder().encode(toMarkdown(cabinet)), 'cabinet.md');
    expect(cab.document!.resolutions.map((r) => `${r.item} ${r.number}`)).toEqual(['112. (1)', '112. (2)', '112. (3)', '113. (a)', '113. (b)', '113. (c)']);
    expect(cab.document!.referrals.map((r) => r.to)).toEqual(['Improving Places Select Commission', 'Cabinet', 'Overview and Scrutiny Management Board']);
  });
});

const encode = (s: string) => new TextEncoder().encode(s);

describe('choosing a reader', () => {
  it('reads a .txt that holds a web page as HTML', async () => {
    const { document } = await parseBytes(encode(toHtml(cabinet)), 'saved-page.txt');
    expect(document!.resolutions).toHaveLength(6);
    // Read as text, the tags and the navigation would have come through as words.
    expect(document!.resolutions.every((r) => !/[<>]|Home/.test(r.text))).toBe(true);
  });

  it('reads UTF-16 HTML, as Word saves a web page', async () => {
    const html = toHtml(cabinet);
    const bytes = new Uint8Array(2 + html.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < html.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, html.charCodeAt(i), true);
    expect(sniff(bytes, 'minutes.txt')).toBe('html');
    const { document } = await parseBytes(bytes, 'minutes.txt');
    expect(document!.resolutions.map((r) => r.number)).toEqual(['(1)', '(2)', '(3)', '(a)', '(b)', '(c)']);
    expect(document!.meeting.body).toBe('Cabinet');
  });

  it('reads a Word document whatever it is called', async () => {
    const { document } = await parseBytes(await toDocx(cabinet), 'download.bin');
    expect(document!.resolutions.map((r) => r.number)).toEqual(['(1)', '(2)', '(3)', '(a)', '(b)', '(c)']);
  });

  it('refuses a scanned PDF with advice to OCR it', async () => {
    const { document, file } = await parseBytes(await toPdf(cabinet, { imageOnly: true }), 'scan.pdf');
    expect(document).toBeUndefined();
    const [d] = toDiagnostics(file);
    expect(d).toMatchObject({ code: 'no-text-layer', severity: 'error' });
    expect(d.message).toBe('Unexpected PDF with no text layer (1 page of images), expected a PDF with selectable text');
    expect(d.note).toMatch(/OCR/);
  });

  it('refuses a damaged PDF and a damaged Word file without throwing', async () => {
    const pdf = await toPdf(cabinet);
    const cut = await parseBytes(pdf.subarray(0, 400), 'cut.pdf');
    expect(toDiagnostics(cut.file).map((d) => d.code)).toEqual(['unreadable-document']);
    const docx = await toDocx(cabinet);
    const broken = await parseBytes(docx.subarray(0, docx.length / 2), 'cut.docx');
    expect(toDiagnostics(broken.file).map((d) => d.code)).toEqual(['unreadable-document']);
  });

  it('names ZIP archives that are not Word documents and old .doc files', async () => {
    const zip = new JSZip();
    zip.file('content.xml', '<office:document/>');
    const odt = await parseBytes(await zip.generateAsync({ type: 'uint8array' }), 'minutes.odt');
    expect(toDiagnostics(odt.file)[0]).toMatchObject({ code: 'unsupported-format', message: 'Unexpected a ZIP archive that is not a Word document, expected Markdown, plain text, HTML, DOCX or PDF' });
    const doc = await parseBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'minutes.doc');
    expect(toDiagnostics(doc.file)[0].note).toMatch(/save it as \.docx/);
  });

  it('keeps Word numbering that continues after an interruption and restarts in a new list', async () => {
    const doc: Doc = {
      title: 'Licensing Committee – 2 May 2024',
      blocks: [
        { para: 'RESOLVED that:' },
        { list: ['the application be granted;', 'the conditions in Appendix B be attached;'], style: 'decimal' },
        { para: 'Councillor Ahmed declared an interest and left the room.' },
        { list: ['the applicant be informed of the right of appeal.'], style: 'decimal', start: 3 },
        { heading: '7. Street Trading' },
        { para: 'RESOLVED that:' },
        { list: ['the revised policy be adopted.'], style: 'decimal' },
      ],
    };
    const { document } = await parseBytes(await toDocx(doc), 'licensing.docx');
    expect(document!.resolutions.map((r) => r.number)).toEqual(['1.', '2.', '3.', '1.']);
  });
});

const FEES = 'That the fees and charges set out in Appendix 2 be approved for the financial year beginning on 1 April 2025, that the '
  + 'charges for pest control, bulky waste collection and garden waste be held at their present level for a further year in view of the '
  + 'cost of living, that the Head of Environmental Services be authorised to make minor changes to the wording of the schedule '
  + 'before it is published, and that the new charges be published on the Council website at least twenty eight days before they '
  + 'come into force, together with the equality impact assessment.';

describe('PDF page furniture', () => {
  const line = (text: string, y: number, size = 11, gap = false): PageLine => ({ text, y, size, gap, row: 0 });

  it('drops running heads and page numbers but keeps a large title and the text', () => {
    const pages = [1, 2, 3].map((n) => [
      line('Cabinet - 14 March 2023', 805, 8),
      ...(n === 1 ? [line('Cabinet - 14 March 2023', 760, 14)] : []),
      line(`Clause on page ${n}`, 700),
      line(`- ${n} -`, 30, 8),
    ]);
    expect(dropFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['Cabinet - 14 March 2023', 'Clause on page 1'],
      ['Clause on page 2'],
      ['Clause on page 3'],
    ]);
  });

  it('keeps decision words that open every page of a short document', () => {
    const pages = [1, 2].map((n) => [line('RESOLVED:', 760), line(`That item ${n} be approved.`, 746)]);
    expect(dropFurniture(pages).flat().map((l) => l.text)).toEqual(['RESOLVED:', 'That item 1 be approved.', 'RESOLVED:', 'That item 2 be approved.']);
  });

  it('ends a clause that finishes at the foot of a page, and runs on one that does not', async () => {
    const doc: Doc = {
      title: 'Report to Cabinet – 3 June 2024',
      blocks: [
        { heading: 'Recommendations' },
        { list: ['That the report be noted.', 'That the plan be referred to the Audit Committee.'], style: 'decimal' },
        { para: 'List of Appendices Included' },
        { para: FEES },
      ],
    };
    // Seven lines a page: the appendix list starts page 2, and the fees clause runs over to page 3.
    const { document } = await parseBytes(await toPdf(doc, { linesPerPage: 7 }), 'report.pdf');
    expect(document!.recommendations.map((r) => r.text)).toEqual(['That the report be noted.', 'That the plan be referred to the Audit Committee.', FEES]);
  });

  it('drops a running head in small type even when it holds a decision word', () => {
    const pages = [1, 2, 3].map((n) => [line('Record of Decision', 805, 8), line(`That item ${n} be approved.`, 746)]);
    expect(dropFurniture(pages).flat().map((l) => l.text)).toEqual(['That item 1 be approved.', 'That item 2 be approved.', 'That item 3 be approved.']);
  });

  it('mends words broken at a line end, even over a page break, but not real hyphens', () => {
    const pages = [
      [line('That the recom-', 100), line('mendations be approved by the Sub-', 86)],
      [line('Committee and the imple-', 700), line('mentation plan be noted.', 686)],
    ];
    expect(dehyphenate(pages).flat().map((l) => l.text)).toEqual([
      'That the recommendations', 'be approved by the Sub-', 'Committee and the implementation', 'plan be noted.',
    ]);
  });
});

describe('parse and import read every format', () => {
  it('prints PDF positions as page and line, and imports a folder of mixed formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-formats-'));
    writeFileSync(join(dir, 'cabinet.pdf'), await toPdf(cabinet, { linesPerPage: 7 }));
    writeFileSync(join(dir, 'scrutiny.docx'), await toDocx(scrutiny));
    writeFileSync(join(dir, 'report.html'), toHtml(report));
    writeFileSync(join(dir, 'scan.pdf'), await toPdf(cabinet, { imageOnly: true }));
    const parsed = await run(['parse', join(dir, 'cabinet.pdf'), '--format', 'json']);
    expect(parsed.code).toBe(0);
    const out = JSON.parse(parsed.stdout);
    // Line 1 of page 2 is the running head, line 2 "Resolved:-".
    expect(out.resolutions[0].position).toEqual({ page: 2, line: 3, column: 1 });
    // A warning in a PDF is placed by page and line on that page.
    const gap: Doc = { title: 'Licensing Committee – 2 May 2024', blocks: [{ para: 'RESOLVED that:' }, { list: ['the licence be granted;', 'the conditions be attached.'], style: 'paren' }, { list: ['the applicant be informed.'], style: 'paren', start: 4 }] };
    const other = mkdtempSync(join(tmpdir(), 'minutes-gap-'));
    writeFileSync(join(other, 'gap.pdf'), await toPdf(gap, { linesPerPage: 4 }));
    const warned = await run(['parse', join(other, 'gap.pdf'), '--format', 'json'], { env: { NO_COLOR: '1' } });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(new RegExp(`gap\\.pdf:page 2:\\d+:1: warning: Unexpected clause number \\(4\\), expected \\(3\\) \\[numbering-gap\\]`));
    const scan = await run(['parse', join(dir, 'scan.pdf')]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toContain(`${join(dir, 'scan.pdf')}:1:1: error: Unexpected PDF with no text layer`);
    const imported = await run(['import', dir, '--store', join(dir, 'records'), '--json', '--jobs', '1']);
    const summary = JSON.parse(imported.stdout);
    expect(imported.code).toBe(1);
    expect(summary).toMatchObject({ files: 4, imported: 3, failed: 1, meetings: 3, resolutions: 8, recommendations: 5 });
    expect(imported.stderr).toContain('no-text-layer');
  });
});
