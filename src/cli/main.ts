import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, type CliIO } from './io.js';
import { parseCommand } from './parse-command.js';
import { importCommand } from './import-command.js';
import { validateCommand } from './validate-command.js';
import { isIsoDate } from '../extract/dates.js';
import { VERSION } from '../version.js';

const EXAMPLES = `
Examples:
  $ minutes parse minutes/cabinet-2024-03-12.md
  $ minutes parse report.txt --format json > report.json
  $ minutes parse cabinet-2024-03-12.pdf agenda-item-112.html decision.docx
  $ minutes parse archive/*.txt --body "Planning Committee" --out records.yaml
  $ minutes import minutes/ --store records
  $ minutes validate --store records

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
    .argument('<file...>', 'files to parse: Markdown, plain text, HTML, DOCX or PDF')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --out <file>', 'write the records to a file instead of stdout (written atomically)')
    .option('--body <name>', 'the deciding body, when the text does not say (beats front matter)')
    .option('--date <yyyy-mm-dd>', 'the meeting date (beats front matter)', isoDate)
    .addOption(new Option('--kind <kind>', 'document kind, when it cannot be told from the text').choices(['minutes', 'report']))
    .option('-q, --quiet', 'print errors only, not warnings')
    .addHelpText('after', `
Examples:
  $ minutes parse cabinet-minutes.md
  $ minutes parse scrutiny-report.txt --format json --kind report
  $ minutes parse *.txt --body "Licensing Committee" --date 2024-05-01 -o out.yaml
  $ minutes parse minutes.pdf          # positions read "page 3:12:1"

The reader is chosen by content, then extension: a .txt holding a web page is read
as HTML. A scanned PDF without a text layer is refused with advice to OCR it.`)
    .action(async (files: string[], options) => {
      code = await parseCommand(files, options, io);
    });

  program
    .command('import')
    .description('import files, folders or globs into a store of linked YAML records')
    .argument('<paths...>', 'files, folders (read recursively for .md, .txt, .html, .docx, .pdf) or quoted globs')
    .option('-s, --store <dir>', 'the store folder (default: `store:` in minutes.config.yaml, else ./records)')
    .option('-c, --config <file>', 'a config file instead of ./minutes.config.yaml')
    .option('-m, --manifest <file>', 'a .csv or .yaml mapping files to body, date and kind')
    .option('-j, --jobs <n>', 'parallel workers (default: the number of cores)', positiveInt)
    .option('--body <name>', 'the deciding body for every file')
    .option('--date <yyyy-mm-dd>', 'the meeting date for every file', isoDate)
    .addOption(new Option('--kind <kind>', 'document kind for every file').choices(['minutes', 'report']))
    .option('--wait <seconds>', 'how long to wait for another import to finish', nonNegative, 30)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar and no warnings')
    .addHelpText('after', `
Examples:
  $ minutes import minutes/2024 --store records
  $ minutes import "archive/**/*.txt" --manifest archive/meetings.csv --jobs 4
  $ minutes import cabinet-2024-03-12.md --json

Re-importing an unchanged file costs only a hash. Add owners, due dates and
statuses under a record's \`staff:\` block: re-import keeps them.`)
    .action(async (paths: string[], options) => {
      code = await importCommand(paths, options, io);
    });

  program
    .command('validate')
    .description('check a store: schema, links, duplicate ids, actions without an owner')
    .option('-s, --store <dir>', 'the store folder (default: `store:` in minutes.config.yaml, else ./records)')
    .option('-c, --config <file>', 'a config file instead of ./minutes.config.yaml')
    .option('--json', 'print the problems as JSON')
    .option('-q, --quiet', 'print errors only')
    .addHelpText('after', `
Examples:
  $ minutes validate
  $ minutes validate --store records --json

Exit code 1 when there are errors; warnings (such as actions without an owner) pass.`)
    .action(async (options) => {
      code = await validateCommand(options, io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`minutes: internal error: ${(error as Error).message}\nPlease report this with the file that caused it.\n`);
    return EXIT.usage;
  }
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
