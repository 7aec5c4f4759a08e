import Handlebars from 'handlebars';
import type { OutstandingRow } from '../track/outstanding.js';
import type { ClosedRow } from '../track/closed.js';
import { UserError } from '../user-error.js';

/** What a committee's template sees. */
export interface TemplateData {
  as_of: string;
  open: (OutstandingRow & { due_text: string; status_text: string })[];
  closed: ClosedRow[];
  count: number;
  overdue_count: number;
}

/**
 * Render the outstanding list through a committee's own template (Handlebars). A
 * Markdown or text template is filled as written; an HTML one (.html, .htm) has every
 * value escaped, so a clause quoting "<b>" cannot break the page. A mistake in the
 * template stops the command (exit 2) at its line and column.
 */
export function renderTemplate(source: string, data: TemplateData, name: string): string {
  const html = /\.html?$/i.test(name);
  const hb = Handlebars.create();
  // "{{short text 80}}": a clause cut to fit a table cell.
  hb.registerHelper('short', (text: unknown, width: unknown) => shorten(String(text ?? ''), typeof width === 'number' ? width : 120));
  // "{{join evidence.words ", "}}".
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  hb.registerHelper('percent', (n: unknown) => (typeof n === 'number' ? `${Math.round(n * 100)}%` : ''));
  try {
    return hb.compile(source, { noEscape: !html, strict: false })(data);
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const parse = /Parse error on line (\d+):\n(?:.*)\n(-*)\^/.exec(e.message);
    const line = e.lineNumber ?? (parse ? Number(parse[1]) : 1);
    const column = e.column !== undefined ? e.column + 1 : parse ? parse[2].length + 1 : 1;
    const reason = e.message.split('\n')[0].replace(/ - \d+:\d+$/, '');
    throw new UserError(`${name}:${line}:${column}: error: Unexpected template (${reason}), expected a Handlebars template [bad-template]\n  See the example in the README, "Committee templates".`, 2);
  }
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}
