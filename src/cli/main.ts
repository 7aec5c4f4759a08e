// Each command's module is loaded when it runs: `parse` never pays for the store, ajv or the workers.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError, fileSystemError } from '../user-error.js';
import { EXIT, shownPath, type CliIO } from './io.js';
import { STATUSES } from '../store/status.js';
import { isIsoDate } from '../extract/dates.js';
import { DIALECTS } from '../lexicon/rule.js';
import { VERSION } from '../version.js';

const EXAMPLES = `
Examples:
  $ minutes parse minutes/cabinet-2024-03-12.md
  $ minutes parse report.txt --format json > report.json
  $ minutes parse cabinet-2024-03-12.pdf agenda-item-112.html decision.docx
  $ minutes parse archive/*.txt --body "Planning Committee" --out records.yaml
  $ minutes import minutes/ --store records
  $ minutes validate --store records
  $ minutes outstanding --body Cabinet --overdue
  $ minutes status cabinet-2024-01-16/52/ru1 done --note "Letter sent"
  $ minutes xref --format mermaid

Exit codes: 0 every file was read; 1 a file could not be used (missing, empty,
binary, scanned PDF); 2 bad usage. Warnings (numbering gaps, cut-off clauses) go
to stderr and do not change the exit code.`;

/**
 * Run the CLI with the given I/O and return the exit code. The bin only wires
 * process.* into this, so tests drive the whole CLI without spawning a process.
 */
export async function main(io: CliIO): Promise<number> {
  const program = new Command('minutes');
  let code: number = EXIT.ok;
  program
    .description('Extract resolutions, recommendations and referrals from council minutes and reports.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `minutes --help` for usage)')
    .addHelpText('after', EXAMPLES);

  program
    .command('parse')
    .description('parse minutes and reports (Markdown, text, HTML, DOCX, PDF) into records')
    .argument('<file...>', 'files to parse: Markdown, plain text, HTML, DOCX or PDF; `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --out <file>', 'write the records to a file instead of stdout (written atomically)')
    .option('--body <name>', 'the deciding body, when the text does not say (beats front matter)')
    .option('--date <yyyy-mm-dd>', 'the meeting date (beats front matter)', isoDate)
    .addOption(new Option('--kind <kind>', 'document kind, when it cannot be told from the text').choices(['minutes', 'report']))
    .option('-q, --quiet', 'print errors only, not warnings')
    .option('--stdin-name <name>', 'what to call standard input in records and messages (its extension hints at the format)')
    .addOption(dialectOption())
    .addOption(configOption())
    .option('--explain', 'print, for each record, the rules that made it, and for each decision signal that made none, why (instead of the records)')
    .addHelpText('after', `
Examples:
  $ minutes parse cabinet-minutes.md
  $ minutes parse scrutiny-report.txt --format json --kind report
  $ minutes parse *.txt --body "Licensing Committee" --date 2024-05-01 -o out.yaml
  $ minutes parse minutes.pdf          # positions read "page 3:12:1"
  $ curl -s "$URL" | minutes parse - --stdin-name item-112.html --format json
  $ minutes parse council-2024-05.txt --explain
  $ minutes parse agenda.pdf --dialect us
  $ minutes parse council.txt --format json | jq '.resolutions[] | {text, mover, vote, outcome}'

The reader is chosen by content, then extension: a .txt holding a web page is read
as HTML. A scanned PDF without a text layer is refused with advice to OCR it.`)
    .action(async (files: string[], options) => {
      code = await (await import('./parse-command.js')).parseCommand(files, options, io);
    });

  program
    .command('import')
    .description('import files, folders or globs into a store of linked YAML records')
    .argument('<paths...>', 'files, folders (read recursively for .md, .txt, .html, .docx, .pdf) or quoted globs')
    .addOption(storeOption())
    .addOption(configOption())
    .option('-m, --manifest <file>', 'a .csv or .yaml mapping files to body, date and kind')
    .option('-j, --jobs <n>', 'parallel workers (default: the number of cores)', positiveInt)
    .option('--body <name>', 'the deciding body for every file')
    .option('--date <yyyy-mm-dd>', 'the meeting date for every file', isoDate)
    .addOption(new Option('--kind <kind>', 'document kind for every file').choices(['minutes', 'report']))
    .addOption(dialectOption())
    .option('--wait <seconds>', 'how long to wait for another import to finish', nonNegative, 30)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar and no warnings')
    .addHelpText('after', `
Examples:
  $ minutes import minutes/2024 --store records
  $ minutes import "archive/**/*.txt" --manifest archive/meetings.csv --jobs 4
  $ minutes import cabinet-2024-03-12.md --json
  $ minutes import minutes/ --dialect scot

Re-importing an unchanged file costs only a hash. Add owners, due dates and
statuses under a record's \`staff:\` block: re-import keeps them.`)
    .action(async (paths: string[], options) => {
      code = await (await import('./import-command.js')).importCommand(paths, options, io);
    });

  program
    .command('validate')
    .description('check a store: schema, links, duplicate ids, actions without an owner')
    .addOption(storeOption())
    .addOption(configOption())
    .option('--json', 'print the problems as JSON')
    .option('-q, --quiet', 'print errors only')
    .addHelpText('after', `
Examples:
  $ minutes validate
  $ minutes validate --store records --json

Exit code 1 when there are errors; warnings (such as actions without an owner) pass.`)
    .action(async (options) => {
      code = await (await import('./validate-command.js')).validateCommand(options, io);
    });

  program
    .command('outstanding')
    .description('list what was decided and not yet done: open actions and referrals never dealt with')
    .addOption(storeOption())
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'markdown', 'json', 'yaml']).default('table'))
    .option('--json', 'the same as --format json')
    .option('-o, --out <file>', 'write to a file instead of stdout (written atomically)')
    .option('--body <name>', 'only this body, deciding or receiving (name or id)')
    .option('--since <yyyy-mm-dd>', 'only meetings on or after this date', isoDate)
    .option('--until <yyyy-mm-dd>', 'only meetings on or before this date', isoDate)
    .option('--owner <text>', 'only owners whose name contains this')
    .option('--overdue', 'only what is past its due date (or, with none in its words, past the config file\'s staleness rule for its kind)')
    .option('--kind <kind>', 'resolution, referral, or a referral kind (refer, report-back, recommend, resubmit, request)')
    .addOption(new Option('--sort <key>', 'sort by').choices(['date', 'due', 'age', 'body', 'owner']).default('date'))
    .option('--reverse', 'reverse the order')
    .option('--as-of <yyyy-mm-dd>', 'count ages and overdue to this day (default today)', isoDate)
    .option('--template <file>', "render through a committee's own layout: a Handlebars template in Markdown or HTML (see README, \"Committee templates\")")
    .addHelpText('after', `
Examples:
  $ minutes outstanding
  $ minutes outstanding --body "Overview and Scrutiny Board" --format markdown > outstanding.md
  $ minutes outstanding --overdue --sort due --format csv -o overdue.csv
  $ minutes outstanding --owner "Director of Finance" --since 2024-01-01 --json
  $ minutes outstanding --as-of 2026-03-21   # a decision still inside its call-in period is not overdue
  $ minutes outstanding --overdue            # with "staleness: { report-back: 90, request: 30 }" in minutes.config.yaml
  $ minutes outstanding --template docs/templates/action-log.md -o action-log.md

An action is outstanding until \`minutes status\` marks it done, closed or superseded.
A referral is outstanding until a later meeting of the body it went to deals with the
same matter; a weak match is shown as "possibly dealt with", not closed.`)
    .action(async (options, command: Command) => {
      if (options.since && options.until && options.since > options.until) {
        // Commander's own usage errors go the same way: message, hint, exit 2.
        command.error(`error: --since ${options.since} is after --until ${options.until}; expected a period that runs forwards`, { exitCode: 2 });
      }
      code = await (await import('./outstanding-command.js')).outstandingCommand(options, io);
    });

  program
    .command('export')
    .description('load the store into PostgreSQL, beside other councils (one row per record, upserted by id)')
    .addOption(new Option('-f, --format <format>', 'what to export to').choices(['postgres']).makeOptionMandatory())
    .option('--database <url>', 'the PostgreSQL database (default: $DATABASE_URL)')
    .option('--council <name>', "this store's council in a shared database (default: the store folder's name)")
    .addOption(storeOption())
    .addOption(configOption())
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', `
Examples:
  $ minutes export --format postgres --database postgres://localhost/minutes --council barsetshire
  $ DATABASE_URL=postgres:///councils minutes export --format postgres --store records

Loading again updates rows in place and removes rows the store no longer has; another
council's rows are never touched. See the README, "PostgreSQL", for the tables and a
query across councils.`)
    .action(async (options) => {
      code = await (await import('./export-command.js')).exportCommand(options, io);
    });

  program
    .command('arising')
    .description('matters arising: what new minutes say about earlier actions, with the sentence that says it; --apply records those reported done')
    .argument('<file>', 'the new minutes (Markdown, text, HTML, DOCX or PDF)')
    .addOption(storeOption())
    .addOption(configOption())
    .addOption(dialectOption())
    .option('--apply', 'write each action reported done as a staff status "done" (history kept, the sentence as its note)')
    .option('--by <name>', 'who applied it (default: "minutes arising")')
    .option('--date <yyyy-mm-dd>', 'the day the statuses take (default today)', isoDate)
    .option('--json', 'print the proposals as JSON')
    .addHelpText('after', `
Examples:
  $ minutes arising cabinet-2024-03-19.md                  # list what it says about earlier actions
  $ minutes arising cabinet-2024-03-19.md --json
  $ minutes arising cabinet-2024-03-19.md --apply --by "J. Smith"

An earlier action is found by its minute number ("Minute 52 refers", the latest earlier
meeting with that number) or by its subject words. "done" is proposed only when the
same sentence says the work was done ("the letter had been sent"), and never written
without --apply.`)
    .action(async (file: string, options) => {
      code = await (await import('./arising-command.js')).arisingCommand(file, options, io);
    });

  program
    .command('status')
    .description("record a person's status on a resolution or referral (kept by re-import)")
    .argument('<id>', 'the record id, as `outstanding` prints it')
    .addArgument(new Argument('<status>', 'the new status').choices([...STATUSES]))
    .option('-n, --note <text>', 'why, or what was done')
    .option('--date <yyyy-mm-dd>', 'when it took effect (default today)', isoDate)
    .option('--by <name>', 'who recorded it')
    .addOption(storeOption())
    .addOption(configOption())
    .option('--wait <seconds>', 'how long to wait for a running import', nonNegative, 30)
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `
Examples:
  $ minutes status cabinet-2024-01-16/52/ru1 done --note "Letter sent 2 February" --by "J. Smith"
  $ minutes status "cabinet-2024-01-16/53/ru1>audit-and-governance-committee" closed --note "Withdrawn"
  $ minutes status cabinet-2024-01-16/52/ru1 open --note "Reply awaited"

The status goes in the record's \`staff:\` block with a history of every change;
re-importing the minutes never touches it.`)
    .action(async (id: string, status: (typeof STATUSES)[number], options) => {
      code = await (await import('./status-command.js')).statusCommand(id, status, options, io);
    });

  program
    .command('xref')
    .description('cross-reference the store: referrals per body, what each document led to, outside reports, dead links')
    .addOption(storeOption())
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json', 'mermaid', 'dot']).default('markdown'))
    .option('-o, --out <file>', 'write to a file instead of stdout (written atomically)')
    .addHelpText('after', `
Examples:
  $ minutes xref > cross-reference.md
  $ minutes xref --format mermaid -o referrals.mmd
  $ minutes xref --format dot | dot -Tsvg > referrals.svg`)
    .action(async (options) => {
      code = await (await import('./xref-command.js')).xrefCommand(options, io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const known = error instanceof UserError ? error : fileSystemError(error, (p) => shownPath(io.cwd, p));
    if (known) {
      io.stderr.write(`${known.message}\n`);
      return known.exitCode;
    }
    io.stderr.write(`minutes: internal error: ${(error as Error).message}\nPlease report this with the file that caused it.\n`);
    return EXIT.usage;
  }
}

/** Every command that reads a store finds it the same way. */
function storeOption(): Option {
  return new Option('-s, --store <dir>', 'the store folder (default: `store:` in minutes.config.yaml, else ./records)');
}

/** Lists its choices in --help: which wordings each tradition uses is on docs/WORDINGS.md. */
function dialectOption(): Option {
  return new Option('--dialect <name>', 'read with the wordings of one tradition only (default: all of them; see docs/WORDINGS.md)').choices([...DIALECTS]);
}

function configOption(): Option {
  return new Option('-c, --config <file>', 'a config file instead of ./minutes.config.yaml');
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds, 0 or more.');
  return n;
}

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2024-03-12.');
  return value;
}
