import { describe, expect, it } from 'vitest';
import { numberParagraphs } from '../src/docx/read.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const numbering = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListLetter"><w:name w:val="List Letter"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;

const p = (text: string, numId?: number, level = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** The paragraphs' text as Word would show it, numbers included. */
function shown(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('Word list numbers written into the text', () => {
  it('counts levels, formats each as Word prints it, and restarts lower levels', () => {
    const doc = [p('Budget', 1), p('Revenue', 1, 1), p('Capital', 1, 1), p('Schemes', 1, 2), p('Reserves', 1, 2), p('Fees', 1), p('Parking', 1, 1)].join('');
    expect(shown(numberParagraphs(doc, numbering, styles))).toEqual(['1. Budget', '1.1 Revenue', '1.2 Capital', '(i) Schemes', '(ii) Reserves', '2. Fees', '2.1 Parking']);
  });

  it('continues a list after an interruption, restarts where a list instance says so', () => {
    const doc = [p('One', 1), p('An ordinary paragraph'), p('Two', 1), p('Seventh', 3), p('Eighth', 3)].join('');
    // numId 3 shares the definition but restarts at 7, as "Set numbering value" does in Word.
    expect(shown(numberParagraphs(doc, numbering, styles))).toEqual(['1. One', 'An ordinary paragraph', '2. Two', '7. Seventh', '8. Eighth']);
  });

  it('numbers paragraphs whose style carries the list, and marks bullets', () => {
    const doc = [p('First option', undefined, 0, 'ListLetter'), p('Second option', undefined, 0, 'ListLetter'), p('A point', 4)].join('');
    const out = numberParagraphs(doc, numbering, styles);
    expect(shown(out)).toEqual(['A) First option', 'B) Second option', '• A point']);
    // mammoth must not number them again: each paragraph now says it is in no list.
    expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(3);
  });

  it('leaves a document without numbering.xml as it is', () => {
    const doc = p('One', 1);
    expect(numberParagraphs(doc, '', '')).toBe(doc);
  });
});
