import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseBytes } from '../src/index.js';
import { unzipText } from '../src/docx/unzip.js';
import { inflatesPast } from '../src/pdf/streams.js';
import { findReferrals } from '../src/extract/referrals.js';
import { run } from './helpers/cli.js';

/** The bodies and kinds found, without the evidence id each carries. */
const referred = (text: string) => findReferrals(text).map(({ to, kind }) => ({ to, kind }));

/** Issue 11: inputs built to hurt. Each names its file, never crashes, and leaves other files' output intact. */

const MINUTES = '# Minutes\n\n12. Budget\n\nRESOLVED that the budget be approved.\n';
const enc = (s: string) => new TextEncoder().encode(s);
const codes = async (text: string | Uint8Array, name: string) => {
  const { file, document } = await parseBytes(typeof text === 'string' ? enc(text) : text, name);
  return { codes: file.messages.map((m) => m.ruleId), document };
};

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${documentXml}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

/** Rewrite every size an archive declares for its entries, as a hostile archive would. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const b = Buffer.from(bytes);
  for (let i = 0; i < b.length - 4; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50) b.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50) b.writeUInt32LE(size, i + 24);
  }
  return b;
}

describe('zip bombs and inflating PDFs', () => {
  it('refuses a Word file whose parts declare more than the budget, before inflating anything', async () => {
    const bytes = await docx(para('RESOLVED that the report be noted.').repeat(40_000));
    const out = await unzipText(bytes, 1024 * 1024);
    expect(out).toEqual({ tooLarge: expect.any(Number) });
    expect((out as { tooLarge: number }).tooLarge).toBeGreaterThan(1024 * 1024);
  });

  it('refuses a part that lies about its size (declared 100 bytes, holding 3 MB) without unpacking it', async () => {
    const bytes = lieAboutSizes(await docx(para('RESOLVED that the report be noted.').repeat(40_000)), 100);
    // Either the byte count passes the budget or JSZip sees the lie first: never the parts.
    expect(await unzipText(bytes, 1024 * 1024)).not.toHaveProperty('parts');
  });

  it('reads an ordinary Word file within the budget', async () => {
    const out = await unzipText(await docx(para('RESOLVED that the report be noted.')));
    expect('parts' in out && out.parts.get('word/document.xml')).toContain('RESOLVED');
  });

  it('names a damaged archive in plain words, not JSZip\'s', async () => {
    const bytes = Buffer.from(await docx(para('RESOLVED that the report be noted.')));
    bytes.fill(0x41, 60, 120); // inside the compressed document
    const { file } = await parseBytes(bytes, 'damaged.docx');
    const words = file.messages.map((m) => m.reason).join('\n');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unreadable-document']);
    expect(words).not.toMatch(/Bug|xmldom|undefined/);
  });

  it('says malformed Word XML in words, without the XML parser\'s own message', async () => {
    const bytes = await docx('<w:p><w:r><w:t>RESOLVED &bogus; that<</w:t></w:body>');
    const { file } = await parseBytes(bytes, 'broken.docx');
    expect(file.messages.map((m) => m.reason)).toEqual(['Unexpected damaged Word document (its XML is not well formed), expected a .docx file']);
  });

  it('refuses a PDF whose page stream inflates past the budget, and passes one within it', () => {
    const pdf = (content: Buffer) => Buffer.concat([
      Buffer.from(`%PDF-1.4\n4 0 obj<</Length ${content.length}/Filter/FlateDecode>>stream\n`), content, Buffer.from('\nendstream endobj\n%%EOF\n'),
    ]);
    const big = deflateSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(inflatesPast(pdf(big), 1024 * 1024)).toBe(true);
    expect(inflatesPast(pdf(big), 8 * 1024 * 1024)).toBe(false);
    // A picture is never decoded to read text: it does not count.
    const image = Buffer.concat([Buffer.from(`%PDF-1.4\n5 0 obj<</Subtype/Image/Length ${big.length}/Filter/FlateDecode>>stream\n`), big, Buffer.from('\nendstream endobj\n')]);
    expect(inflatesPast(image, 1024 * 1024)).toBe(false);
  });

  it('says how large, with a decimal, when a file is just over a limit', async () => {
    const page = `<html><body><p>${'a'.repeat(10.5 * 1024 * 1024)}</p></body></html>`;
    const { file } = await parseBytes(enc(page), 'huge.html');
    expect(file.messages.map((m) => m.reason)).toEqual(['Unexpected HTML page of 10.5 MB, expected at most 10.0 MB']);
  });
});

describe('pathological Markdown', () => {
  it.each([
    ['200,000 block quote marks', '>'.repeat(200_000)],
    ['100,000 nested list markers', `${'- '.repeat(100_000)}x`],
  ])('reads %s as plain text with a warning instead of overflowing the stack', async (_, bad) => {
    const { codes: got, document } = await codes(`${bad}\n\n${MINUTES}`, 'deep.md');
    expect(got).toContain('too-complex');
    expect(document?.resolutions.map((r) => r.text)).toEqual(['that the budget be approved.']);
  });

  it.each([
    ['200 KB of *_', '*_'.repeat(100_000)],
    ['400 KB of [a](', '[a]('.repeat(100_000)],
  ])('bounds the work on %s (quadratic in remark) and still reads the rest', async (_, bad) => {
    const started = process.hrtime.bigint();
    const { codes: got, document } = await codes(`${MINUTES}\n${bad}\n`, 'marks.md');
    expect(got).toContain('too-complex');
    expect(document?.resolutions).toHaveLength(1);
    // Not a speed test: unbounded, these took 45 s and 12 s; bounded, well under a second.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20);
  });

  it('leaves ordinary emphasis and underlined blanks to remark', async () => {
    const form = `${MINUTES}\nSigned: ______________ Date: ________\n\n${'**Item** and _note_. '.repeat(200)}\n`;
    expect((await codes(form, 'form.md')).codes).not.toContain('too-complex');
  });

  it('keeps a long HTML table linear: every row a record, no row joined to the next', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>${i}</td><td>RESOLVED that item ${i} be approved.</td></tr>`).join('\n');
    const { document } = await parseBytes(enc(`<html><body><table>${rows}</table></body></html>`), 'rows.html');
    expect(document?.resolutions).toHaveLength(3000);
  });
});

describe('no regular expression backtracks without end', () => {
  // Found by the fuzz suite: a case-insensitive body name made every "and" a word or a
  // connector, doubling the work with each one (134 s on a 5 KB mutated fixture).
  it('reads a clause with forty "and the matter …" runs at once', { timeout: 20_000 }, () => {
    const clause = `That ${'and the matter be referred back to the Councillor Workshop '.repeat(40)}.`;
    expect(referred(clause)).toEqual([{ to: 'Councillor Workshop', kind: 'refer' }]);
    expect(referred(`the Policy return to ${'the Matter and '.repeat(40)}x`)).toEqual([]);
  });
});

describe('one bad file costs only itself', () => {
  it('prints the other files of a parse when one overflows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-hostile-'));
    writeFileSync(join(dir, 'deep.md'), `${'>'.repeat(200_000)}\n`);
    writeFileSync(join(dir, 'good.md'), MINUTES);
    const res = await run(['parse', 'deep.md', 'good.md', '--format', 'json'], { cwd: dir });
    expect(res.stderr).not.toMatch(/internal error|Please report/);
    expect(JSON.parse(res.stdout).map((d: { file: string }) => d.file)).toEqual(['deep.md', 'good.md']);
  });

  it('imports the rest when a worker runs out of memory on one file, and names that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-hostile-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 1; i <= 4; i++) writeFileSync(join(dir, 'in', `m${i}.md`), MINUTES.replace('12.', `${i}.`).replace('Budget', `Budget ${i}`));
    const rows = Array.from({ length: 8000 }, (_, i) => `<tr><td>${i}</td><td>RESOLVED that item ${i} be approved.</td></tr>`).join('\n');
    writeFileSync(join(dir, 'in', 'huge.html'), `<html><body><table>${rows}</table></body></html>`);
    const previous = process.env.MINUTES_WORKER_HEAP_MB;
    process.env.MINUTES_WORKER_HEAP_MB = '48';
    try {
      const res = await run(['import', 'in', '--store', 'store', '--jobs', '2', '--json'], { cwd: dir });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/huge\.html:1:1: error: Unexpected document that needs more than 48 MB of memory/);
      expect(readdirSync(join(dir, 'store', 'meetings'))).toHaveLength(4);
    } finally {
      if (previous === undefined) delete process.env.MINUTES_WORKER_HEAP_MB;
      else process.env.MINUTES_WORKER_HEAP_MB = previous;
    }
  }, 60_000);
});
