import { resolve } from 'node:path';
import { outstandingIn, type OutstandingOptions, type OutstandingRow } from '../track/outstanding.js';
import { dueText, formatOutstanding, status, type OutstandingFormat } from '../format/outstanding.js';
import type { TemplateData } from '../format/template.js';
import type { ClosedRow } from '../track/closed.js';
import { UserError } from '../user-error.js';
import { readFile } from 'node:fs/promises';
import { formatDiagnostics } from '../format/diagnostics.js';
import { writeAtomic } from '../io/atomic.js';
import { EXIT, fromHere, useColour, type CliIO } from './io.js';
import { existingStore } from './store-options.js';
import { loadConfig } from '../config.js';

export interface OutstandingCommandOptions extends Omit<OutstandingOptions, 'sort'> {
  /** A committee's own layout (Handlebars, Markdown or HTML) instead of --format. */
  template?: string;
  store?: string;
  config?: string;
  format?: OutstandingFormat;
  json?: boolean;
  out?: string;
  sort?: OutstandingOptions['sort'];
}

/** `minutes outstanding`: exit 1 only when the store (or a file in it) could not be read. */
export async function outstandingCommand(options: OutstandingCommandOptions, io: CliIO): Promise<number> {
  // The config file names the store and its `staleness:` decides when an action with no due date is overdue: read once for both.
  const config = await loadConfig(io.cwd, options.config);
  const store = await existingStore(io, options, config);
  if (!store) return EXIT.problems;
  const { staleness } = config;
  // Read first: a template that cannot be read stops the command before the store is loaded.
  const template = options.template ? await readTemplate(io, options.template) : undefined;
  const { rows, closed, diagnostics } = await outstandingIn(store, { ...options, ...(staleness ? { staleness } : {}), closed: Boolean(template) });
  if (diagnostics.length) io.stderr.write(`${formatDiagnostics(fromHere(io.cwd, store, diagnostics), useColour(io.stderr, io.env))}\n`);
  const format = options.json ? 'json' : options.format ?? 'table';
  // Handlebars loads only for a run that renders a template.
  const text = template
    ? (await import('../format/template.js')).renderTemplate(template.text, templateData(rows, closed ?? [], options.asOf), options.template!)
    : formatOutstanding(rows, format, !options.out && useColour(io.stdout, io.env));
  if (options.out) await writeAtomic(resolve(io.cwd, options.out), text);
  else io.stdout.write(text);
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

async function readTemplate(io: CliIO, name: string): Promise<{ text: string }> {
  const text = await readFile(resolve(io.cwd, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${name}:1:1: error: Unexpected ${error.code === 'ENOENT' ? 'missing template file' : `template that cannot be read (${error.code ?? error.message})`}, expected a Markdown or HTML template [bad-template]\n  Check the path given to --template.`, 2);
  });
  return { text };
}

function templateData(rows: OutstandingRow[], closed: ClosedRow[], asOf?: string): TemplateData {
  return {
    as_of: asOf ?? new Date().toISOString().slice(0, 10),
    open: rows.map((r) => ({ ...r, due_text: dueText(r), status_text: status(r) })),
    closed, count: rows.length, overdue_count: rows.filter((r) => r.overdue).length,
  };
}
