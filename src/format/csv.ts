/**
 * CSV that Excel opens cleanly: a UTF-8 byte order mark (without it Excel reads "£" and
 * "–" as Windows-1252), every field quoted, CRLF line ends.
 *
 * Text that starts like a formula (`=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading apostrophe, as OWASP advises for CSV injection: minutes text and a
 * hand-written owner are not trusted, and a spreadsheet would otherwise run
 * `=HYPERLINK(…)` from a cell. Numbers are written as they are, so `-3` stays a number.
 */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  const line = (cells: (string | number | boolean | undefined)[]) => cells.map((c) => `"${neutralise(c).replace(/"/g, '""')}"`).join(',');
  return `\ufeff${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function neutralise(cell: string | number | boolean | undefined): string {
  if (typeof cell !== 'string') return String(cell ?? '');
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
