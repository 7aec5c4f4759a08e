/**
 * The one place where cleaned text is mapped back to a source column. Cleaning
 * removes `**`, tags and doubled spaces, so offsets in cleaned text drift from the
 * source; searching the source line for the first words of a piece does not.
 */
export class Locator {
  /** Offset where each line starts: one number a line, not a copy of the text. */
  private readonly starts: Uint32Array;

  constructor(private readonly source: string) {
    let count = 1;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) count++;
    this.starts = new Uint32Array(count);
    let n = 1;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts[n++] = i + 1;
  }

  private line(line: number): string | undefined {
    if (line < 1 || line > this.starts.length) return undefined;
    const end = line < this.starts.length ? this.starts[line] - 1 : this.source.length;
    return this.source.slice(this.starts[line - 1], end);
  }

  /** 1-based column of `snippet` on source line `line`, searching from column `from`. */
  column(line: number, from: number, snippet: string): number {
    const src = this.line(line);
    if (src === undefined) return from;
    const words = snippet.trim().split(/\s+/).slice(0, 4).filter(Boolean);
    // A snippet from a joined line may run on to the next source line: fewer words then. A line typed in capitals was read in
    // ordinary case ("MOTION BY SUPERVISOR DAHL" / "Motion by Supervisor Dahl"): its words are found whatever their case, once
    // the exact words are not; only such a line, with no small letter, is searched again (a second search of every other line
    // whose snippet was not found costs a fifth of the parse).
    for (const flags of /[a-z]/.test(src) ? ['g'] : ['g', 'gi']) {
      for (let n = words.length; n > 0; n--) {
        // Words may be separated by markup, NBSPs or tabs in the source.
        const pattern = words.slice(0, n).map((w) => escape(w).replace(/\\\*/g, '\\*?')).join('[\\s\\u00a0*_<>/a-z]*?');
        const re = new RegExp(pattern, flags);
        re.lastIndex = Math.max(0, from - 1);
        const m = re.exec(src);
        if (m) return m.index + 1;
      }
    }
    return from;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
