/**
 * CSV that Excel opens cleanly: a UTF-8 byte order mark (without it Excel reads "£" and
 * "–" as Windows-1252), every field quoted, CRLF line ends.
 */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  const line = (cells: (string | number | boolean | undefined)[]) => cells.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',');
  return `\ufeff${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
