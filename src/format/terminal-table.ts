import { Chalk } from 'chalk';

export interface Column {
  title: string;
  /** Widest the column may grow; longer cells are cut with "…". */
  max: number;
  align?: 'left' | 'right';
}

/** A plain table for a terminal, padded to the widest cell; `paint` colours a whole row. */
export function terminalTable(columns: Column[], rows: string[][], colour: boolean, paint?: (row: number) => 'red' | 'yellow' | undefined): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((r) => r.map((s, k) => cut(s.replace(/\s+/g, ' '), columns[k].max)));
  const widths = columns.map((col, k) => Math.max(col.title.length, ...cells.map((r) => r[k].length)));
  const pad = (s: string, k: number) => (columns[k].align === 'right' ? s.padStart(widths[k]) : s.padEnd(widths[k]));
  const head = c.bold(columns.map((col, k) => pad(col.title, k)).join('  ').trimEnd());
  const body = cells.map((r, i) => {
    const text = r.map(pad).join('  ').trimEnd();
    const tint = paint?.(i);
    return tint ? c[tint](text) : text;
  });
  return [head, ...body].join('\n') + '\n';
}
