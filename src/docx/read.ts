import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import { MAX_UNZIPPED, unzipText } from './unzip.js';
import { megabytes } from '../read/decode.js';
import { elements, ListCounter, readNumbering, valueOf } from './numbering.js';

/**
 * A Word document as HTML for the HTML reader, with Word's list numbers written in
 * as text. Each block ends a line of the HTML, so a position's "line" counts the
 * document's paragraphs.
 */
export async function readDocx(bytes: Uint8Array, file: VFile): Promise<string | undefined> {
  const unzipped = await unzipText(bytes);
  if ('tooLarge' in unzipped) {
    report(file, 'file-too-large', `Unexpected Word document that unpacks to ${megabytes(unzipped.tooLarge)} of text parts, expected at most ${megabytes(MAX_UNZIPPED)}`,
      undefined, 'Split the document into one file per meeting, or save it as plain text.');
    return undefined;
  }
  if ('damaged' in unzipped) {
    report(file, 'unreadable-document', `Unexpected damaged Word document (${unzipped.damaged}), expected a .docx file`,
      undefined, 'Open the file in Word and save it again as .docx.');
    return undefined;
  }
  const { parts } = unzipped;
  const documentXml = parts.get('word/document.xml');
  if (documentXml === undefined) {
    report(file, 'unreadable-document', 'Unexpected Word file without word/document.xml, expected a .docx document',
      undefined, 'Open the file in Word and save it again as .docx.');
    return undefined;
  }
  try {
    // Mammoth gets a fresh archive of the parts already checked, so it inflates nothing unbounded.
    const zip = new JSZip();
    for (const [name, text] of parts) zip.file(name, text);
    zip.file('word/document.xml', numberParagraphs(documentXml, parts.get('word/numbering.xml') ?? '', parts.get('word/styles.xml') ?? ''));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const { value } = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    if (!/[^\s<>]/.test(value.replace(/<[^>]*>/g, ''))) {
      report(file, 'empty-file', 'Unexpected Word document with no text, expected the text of minutes or a report', undefined,
        'If the pages are scanned images, run them through OCR first.');
      return undefined;
    }
    return value.replace(/(<\/(?:p|h[1-6]|li|tr|table|ol|ul)>)/g, '$1\n');
  } catch (error) {
    report(file, 'unreadable-document', `Unexpected damaged Word document (${wordsOf(error)}), expected a .docx file`,
      undefined, 'Open the file in Word and save it again as .docx.');
    return undefined;
  }
}

/** The XML parser's messages ("[xmldom error] … line:undefined") say nothing a clerk can use. */
function wordsOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /xmldom|xml|tag|entity|attribute/i.test(message) ? 'its XML is not well formed' : 'it could not be read';
}

const NO_LIST = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/** Write each list paragraph's number into its text and stop mammoth numbering it again. */
export function numberParagraphs(documentXml: string, numberingXml: string, stylesXml: string): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml, stylesXml);
  const counter = new ListCounter(numbering);
  let out = '';
  let last = 0;
  for (const [open, body, start, end] of elements(documentXml, 'w:p')) {
    const pPr = [...elements(body, 'w:pPr')][0];
    if (!pPr || pPr[0].endsWith('/>')) continue;
    const numPr = [...elements(pPr[1], 'w:numPr')][0];
    const style = numbering.styles.get(valueOf(pPr[1], 'w:pStyle') ?? '');
    const numId = numPr ? valueOf(numPr[1], 'w:numId') : style?.numId;
    const level = Number((numPr ? valueOf(numPr[1], 'w:ilvl') : undefined) ?? style?.level ?? 0);
    if (!numId || numId === '0') continue;
    const label = counter.label(numId, level);
    const pPrXml = pPr[0] + pPr[1] + '</w:pPr>';
    const plain = numPr ? pPrXml.replace(/<w:numPr\b[\s\S]*?<\/w:numPr>/, NO_LIST) : pPrXml.replace('</w:pPr>', `${NO_LIST}</w:pPr>`);
    const run = label ? `<w:r><w:t xml:space="preserve">${label} </w:t></w:r>` : '';
    const rest = body.replace(pPr[0] + pPr[1] + '</w:pPr>', '');
    out += documentXml.slice(last, start) + open + plain + run + rest + '</w:p>';
    last = end;
  }
  return out + documentXml.slice(last);
}
