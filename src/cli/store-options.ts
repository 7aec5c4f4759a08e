import { loadConfig, DEFAULT_STORE } from '../config.js';
import { resolve } from 'node:path';
import type { CliIO } from './io.js';

/** --store beats the config file beats ./records. */
export async function storePath(io: CliIO, options: { store?: string; config?: string }): Promise<string> {
  if (options.store) return resolve(io.cwd, options.store);
  const config = await loadConfig(io.cwd, options.config);
  return config.store ?? resolve(io.cwd, DEFAULT_STORE);
}
