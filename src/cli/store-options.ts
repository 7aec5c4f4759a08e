import { loadConfig, DEFAULT_STORE, type Config } from '../config.js';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { CliIO } from './io.js';
import type { Dialect, LocalLexicon } from '../lexicon/index.js';

/** How to read: --dialect beats the config file's; the council's own wordings come from the config file alone. */
export async function readingOf(io: CliIO, options: { dialect?: Dialect; config?: string }): Promise<Reading> {
  return reading(options, await loadConfig(io.cwd, options.config));
}

export interface Reading {
  dialect?: Dialect;
  local?: LocalLexicon;
}

/** --store beats the config file beats ./records. `config`: the file already read by the caller, so it is read once. */
export async function storePath(io: CliIO, options: { store?: string; config?: string }, config?: Config): Promise<string> {
  return storeFrom(io, options.store, options.store ? {} : config ?? await loadConfig(io.cwd, options.config));
}

/** Both, for `import`: the config file is read once. */
export async function storeAndReading(io: CliIO, options: { store?: string; dialect?: Dialect; config?: string }): Promise<{ store: string } & Reading> {
  const config = await loadConfig(io.cwd, options.config);
  return { store: storeFrom(io, options.store, config), ...reading(options, config) };
}

export function reading(options: { dialect?: Dialect }, config: Config): Reading {
  const dialect = options.dialect ?? config.dialect;
  return { ...(dialect ? { dialect } : {}), ...(config.local ? { local: config.local } : {}) };
}

function storeFrom(io: CliIO, store: string | undefined, config: Config): string {
  return store ? resolve(io.cwd, store) : config.store ?? resolve(io.cwd, DEFAULT_STORE);
}

/** The store folder, or undefined after saying on stderr that there is none. */
export async function existingStore(io: CliIO, options: { store?: string; config?: string }, config?: Config): Promise<string | undefined> {
  const store = await storePath(io, options, config);
  if ((await stat(store).catch(() => undefined))?.isDirectory()) return store;
  io.stderr.write(`${store}:1:1: error: Unexpected missing store folder, expected a folder made by \`minutes import\` [unreadable-file]\n  Import some minutes first: minutes import minutes/ --store ${store}\n`);
  return undefined;
}
