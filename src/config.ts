import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface Config {
  /** Store folder, relative to the config file's folder. */
  store?: string;
}

export const CONFIG_NAMES = ['minutes.config.yaml', '.minutesrc.yaml'];
export const DEFAULT_STORE = 'records';

/** Read `minutes.config.yaml` (or `.minutesrc.yaml`) from `cwd`, or the file named by --config. */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const candidates = explicit ? [resolve(cwd, explicit)] : CONFIG_NAMES.map((n) => join(cwd, n));
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
      if (explicit) throw new Error(`${explicit}:1:1: Unexpected missing config file, expected a YAML file with \`store:\``);
      continue;
    }
    const data = parse(text) as Config | null;
    return data?.store ? { store: resolve(join(path, '..'), data.store) } : {};
  }
  return {};
}
