import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * One set of minutes as a small document model, written out as Markdown, HTML, DOCX
 * and PDF the way each format really carries it: Word numbering kept in numbering.xml,
 * PDF text wrapped and hyphenated over pages with running heads and page numbers.
 */
/**
 * @typedef {'decimal' | 'paren' | 'letter' | 'roman'} ListStyle
 * @typedef {{ heading: string } | { para: string } | { list: string[], style: ListStyle, start?: number, level?: number }} Block
 * @typedef {{ title: string, blocks: Block[] }} Doc
 * @typedef {{ linesPerPage?: number, imageOnly?: boolean }} PdfOptions
 * Plain JavaScript so that the benchmarks can use it too.
 */

export function label(style, n) {
  if (style === 'decimal') return `${n}.`;
  if (style === 'paren') return `(${n})`;
  if (style === 'letter') return `(${String.fromCharCode(96 + n)})`;
  return `(${['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][n - 1]})`;
}

export function toMarkdown(doc) {
  const out = [`# ${doc.title}`];
  for (const b of doc.blocks) {
    if ('heading' in b) out.push(`## ${b.heading}`);
    else if ('para' in b) out.push(b.para);
    else out.push(b.list.map((t, i) => `${'   '.repeat(b.level ?? 0)}${label(b.style, (b.start ?? 1) + i)} ${t}`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(doc) {
  const body = doc.blocks.map((b) => {
    if ('heading' in b) return `<h2>${esc(b.heading)}</h2>`;
    if ('para' in b) return `<p>${esc(b.para)}</p>`;
    if (b.style === 'decimal') return `<ol${b.start ? ` start="${b.start}"` : ''}>\n${b.list.map((t) => `  <li>${esc(t)}</li>`).join('\n')}\n</ol>`;
    return b.list.map((t, i) => `<p>${label(b.style, (b.start ?? 1) + i)} ${esc(t)}</p>`).join('\n');
  });
  return `<!DOCTYPE html>\n<html>\n<head><title>${esc(doc.title)}</title></head>\n<body>\n<nav><a href="/">Home</a> | <a href="/meetings">Meetings</a></nav>\n<main>\n<h1>${esc(doc.title)}</h1>\n${body.join('\n')}\n</main>\n<footer>Anytown Council, Town Hall</footer>\n</body>\n</html>\n`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const FORMATS = {
  decimal: ['decimal', '%1.'], paren: ['decimal', '(%1)'], letter: ['lowerLetter', '(%1)'], roman: ['lowerRoman', '(%1)'],
};
const STYLES = ['decimal', 'paren', 'letter', 'roman'];

/** A .docx whose lists are real Word numbering: the numbers are not in the text. */
export async function toDocx(doc) {
  const paras = [para(doc.title, 'Heading1')];
  const nums = [];
  const lastNum = new Map();
  for (const b of doc.blocks) {
    if ('heading' in b) paras.push(para(b.heading, 'Heading2'));
    else if ('para' in b) paras.push(para(b.para));
    else {
      // A list that starts after 1 continues the last list of its kind, as Word's "Continue numbering" does.
      let numId = b.start && b.start > 1 ? lastNum.get(b.style) : undefined;
      if (numId === undefined) {
        numId = nums.length + 1;
        nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${STYLES.indexOf(b.style)}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`);
        lastNum.set(b.style, numId);
      }
      for (const t of b.list) paras.push(para(t, undefined, { numId, level: 0 }));
    }
  }
  const abstracts = STYLES.map((s, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${FORMATS[s][0]}"/><w:lvlText w:val="${FORMATS[s][1]}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts.join('')}${nums.join('')}</w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

function para(text, style, list) {
  const props = [style ? `<w:pStyle w:val="${style}"/>` : '', list ? `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>` : ''].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}


/**
 * A PDF with wrapped, hyphenated text, running heads and "Page n of N" footers.
 * `linesPerPage`: small values force page breaks inside lists; `imageOnly`: nothing
 * but a filled box, as a scanned page without OCR looks to a text extractor.
 */
export async function toPdf(doc, options = {}) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const size = 11;
  const lead = 14;
  const top = 760;
  const perPage = options.linesPerPage ?? 48;
  const pages = [];
  let page;
  let row = 0;
  const newPage = () => {
    page = pdf.addPage([595, 842]);
    pages.push(page);
    row = 0;
  };
  const line = (text, x, f = font, s = size, labelText) => {
    if (!page || row >= perPage) newPage();
    const y = top - row * lead;
    if (labelText) page.drawText(labelText, { x: x - 30, y, size: s, font: f });
    page.drawText(text, { x, y, size: s, font: f });
    row++;
  };
  if (options.imageOnly) {
    newPage();
    page.drawRectangle({ x: 60, y: 200, width: 400, height: 500 });
  } else {
    line(doc.title, 60, bold, 14);
    row++;
    for (const b of doc.blocks) {
      if ('heading' in b) line(b.heading, 60, bold, 13);
      else if ('para' in b) wrap(b.para, font, size, 470).forEach((t) => line(t, 60));
      else {
        b.list.forEach((item, i) => {
          const x = 90 + 20 * (b.level ?? 0);
          wrap(item, font, size, 530 - x).forEach((t, k) => line(t, x, font, size, k === 0 ? label(b.style, (b.start ?? 1) + i) : undefined));
        });
      }
      row++; // a blank line between blocks
    }
  }
  if (!options.imageOnly) pages.forEach((p, i) => {
    p.drawText(doc.title.slice(0, 60), { x: 60, y: 805, size: 8, font });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: 270, y: 30, size: 8, font });
  });
  return pdf.save();
}

/** Fill lines to `width`; a long word that will not fit is broken with a hyphen, as typesetters do. */
function wrap(text, font, size, width) {
  const fits = (s) => font.widthOfTextAtSize(s, size) <= width;
  const out = [];
  let current = '';
  for (const word of text.split(' ')) {
    const before = current ? `${current} ` : '';
    if (fits(before + word)) {
      current = before + word;
      continue;
    }
    let cut = 0;
    if (/^[a-z]{9,}[,.;]?$/.test(word)) {
      for (let k = word.length - 4; k >= 4 && !cut; k--) if (fits(`${before}${word.slice(0, k)}-`)) cut = k;
    }
    if (cut) {
      out.push(`${before}${word.slice(0, cut)}-`);
      current = word.slice(cut);
    } else {
      if (current) out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  return out;
}
