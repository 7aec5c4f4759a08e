import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/report.js';

/**
 * "file:line:column: warning: message [code]", one per line, the way compilers print;
 * "file.pdf:page 3:12:1: ..." for a PDF, whose lines a person counts on the page.
 */
export function formatDiagnostics(diagnostics: Diagnostic[], colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  return diagnostics
    .map((d) => {
      const where = c.bold(`${d.file}:${d.page ? `page ${d.page}:` : ''}${d.line}:${d.column}`);
      const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      const note = d.note ? `\n  ${c.dim(d.note)}` : '';
      return `${where}: ${severity}: ${d.message} ${c.dim(`[${d.code}]`)}${note}`;
    })
    .join('\n');
}
