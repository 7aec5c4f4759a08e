/**
 * One line of the document as the extractors see it: cleaned text plus where it came
 * from. Every later step works on these, never on the Markdown tree, so that HTML,
 * DOCX and PDF readers only need to produce lines too.
 */
export interface Line {
  text: string;
  /** 1-based source line. */
  line: number;
  /** 1-based source column where `text` starts. */
  column: number;
  /** Markdown heading depth, 0 when not a heading. */
  heading: number;
  /** The whole line was bold in the source: clerks use bold for headings. */
  strong: boolean;
  /** It came from a bullet (Markdown list or a bullet character). */
  bullet: boolean;
  /** A blank line, a dropped footer or a block boundary lies between this and the previous line. */
  gap: boolean;
  /** Page furniture (a footer, a running head) was dropped just before this line: a sentence cut there runs on here. */
  pageBreak?: boolean;
  /** Where later source lines begin, when hard-wrapped lines were joined into this one. */
  joins?: Join[];
  /** A table row whose decision column says what was decided ("Annual accounts – ADOPTED"): a record by itself. */
  decisionCell?: boolean;
  /** A Markdown table's row under its header: the delimiter row ("|---|") between the header and the first row is no blank line. */
  tableBody?: boolean;
}

/** A source line joined onto a line: its text starts at offset `at` of the joined text. */
export interface Join {
  at: number;
  line: number;
  column: number;
}

/** The source line and column of the source line holding offset `offset` of `line.text`. */
export function sourceAt(line: Line, offset: number): { line: number; column: number } {
  let at = { line: line.line, column: line.column };
  for (const j of line.joins ?? []) if (j.at <= offset) at = { line: j.line, column: j.column };
  return at;
}

export function makeLine(text: string, line: number, column: number, extra: Partial<Line> = {}): Line {
  return { text, line, column, heading: 0, strong: false, bullet: false, gap: false, pageBreak: false, ...extra };
}

/** The 1-based column where text starts on a source line: a no-break space is no text. */
export function firstTextColumn(source: string): number {
  const m = /[^\s\u00a0]/.exec(source);
  return m ? m.index + 1 : 1;
}
