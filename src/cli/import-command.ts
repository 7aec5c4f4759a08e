import { availableParallelism } from 'node:os';
import { importFiles } from '../import/run.js';
import { ManifestError } from '../import/manifest-error.js';
import { StoreBusyError } from '../store/lock.js';
import { formatDiagnostics } from '../format/diagnostics.js';
import { dirname, resolve } from 'node:path';
import { EXIT, fromHere, shownPath, useColour, type CliIO } from './io.js';
import { storeAndReading } from './store-options.js';
import type { Dialect } from '../lexicon/index.js';
import type { DocumentKind } from '../types.js';

export interface ImportCommandOptions {
  store?: string;
  config?: string;
  manifest?: string;
  jobs?: number;
  body?: string;
  date?: string;
  kind?: DocumentKind;
  dialect?: Dialect;
  wait: number;
  json?: boolean;
  quiet?: boolean;
}

/** `minutes import`: everything that can be imported is, then the exit code says whether anything failed. */
export async function importCommand(inputs: string[], options: ImportCommandOptions, io: CliIO): Promise<number> {
  const { store, dialect, local } = await storeAndReading(io, options);
  // The config's dialect yields to a manifest row's; --dialect beats both. Its own wordings hold for every file.
  const fallback = { ...(options.dialect || !dialect ? {} : { dialect }), ...(local ? { local } : {}) };
  // importFiles caps the workers at the core count (more only adds memory: 32 on 2 cores took 1.4 GB); say so.
  const cores = availableParallelism();
  if (options.jobs !== undefined && options.jobs > cores && !options.quiet) {
    io.stderr.write(`minutes import: warning: --jobs ${options.jobs} is more than this machine's ${cores} cores; using ${cores}\n`);
  }
  try {
    const summary = await importFiles({
      store, inputs, cwd: io.cwd, jobs: options.jobs, manifest: options.manifest, waitMs: options.wait * 1000,
      defaults: { ...(options.body ? { body: options.body } : {}), ...(options.date ? { date: options.date } : {}), ...(options.kind ? { kind: options.kind } : {}), ...(options.dialect ? { dialect: options.dialect } : {}) },
      ...(Object.keys(fallback).length ? { fallback } : {}),
      progress: options.json || options.quiet ? undefined : io.stderr,
    });
    // Quiet drops warnings, except a second source for a meeting: that needs a person whatever the flags.
    const said = fromHere(io.cwd, dirname(store), summary.diagnostics);
    const shown = options.quiet ? said.filter((d) => d.severity === 'error' || d.code === 'meeting-conflict') : said;
    if (shown.length) io.stderr.write(`${formatDiagnostics(shown, useColour(io.stderr, io.env))}\n`);
    const { diagnostics, ...counts } = summary;
    if (options.json) io.stdout.write(`${JSON.stringify({ store, ...counts }, null, 2)}\n`);
    else {
      io.stdout.write(
        `${counts.files} files: ${counts.imported} imported, ${counts.unchanged} unchanged, ${counts.failed} failed` +
        `${counts.kept ? `, ${counts.kept} kept as hand-edited` : ''}\n` +
        `${counts.empty ? `${counts.empty} of them held no decisions: ${counts.emptyFiles.slice(0, 3).map((f) => shownPath(io.cwd, resolve(dirname(store), f))).join(', ')}${counts.empty > 3 ? ', …' : ''}\n` : ''}` +
        `store ${shownPath(io.cwd, store)}: ${counts.meetings} meetings, ${counts.resolutions} resolutions, ${counts.recommendations} recommendations, ` +
        `${counts.referrals} referrals; ${counts.warnings} warnings\n`,
      );
    }
    return counts.failed > 0 ? EXIT.problems : EXIT.ok;
  } catch (error) {
    if (error instanceof StoreBusyError) {
      io.stderr.write(`${error.lockPath}:1:1: error: ${error.message} [store-busy]\n  Wait for it to finish (or raise --wait); if no import is running, delete the lock file.\n`);
      return EXIT.problems;
    }
    if (error instanceof ManifestError) {
      io.stderr.write(`${error.message} [bad-manifest]\n`);
      return EXIT.problems;
    }
    throw error;
  }
}
