/**
 * Hard-wrap every line of a text at `width` columns, as pdftotext and plain-text
 * exports print paragraphs. Blank lines stay; a wrapped line keeps its indent only
 * on its first piece.
 */
export function hardWrap(text: string, width: number): string {
  // A table's rows (pipes, with or without the outer ones, or cells split by tabs or laid out with runs of spaces) are not
  // prose: exports that wrap paragraphs leave them whole.
  return text.split(/\r?\n/).flatMap((line) => (!line.trim() ? [''] : /^\s*\|.*\|\s*$|\S\s+\|\s+\S|\S {3,}\S/.test(line) || line.includes('\t') ? [line] : wrapLine(line, width))).join('\n');
}

function wrapLine(line: string, width: number): string[] {
  const indent = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let current = '';
  for (const word of line.trim().split(/\s+/)) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.map((l, i) => (i === 0 ? indent + l : l));
}
