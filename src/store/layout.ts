import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where everything lives in a store folder. */
export interface StoreLayout {
  root: string;
  meetings: string;
  bodies: string;
  index: string;
  cache: string;
  readCache: string;
  lock: string;
}

export function storeLayout(root: string): StoreLayout {
  return {
    root,
    meetings: join(root, 'meetings'),
    bodies: join(root, 'bodies'),
    index: join(root, 'index.yaml'),
    // Not part of the records: safe to delete, it only makes re-imports fast.
    cache: join(root, '.minutes-cache.json'),
    // The meeting files as JSON, for the reports: safe to delete too.
    readCache: join(root, '.minutes-read-cache.json'),
    lock: join(root, '.lock'),
  };
}

/** The record files of a store folder (meetings/ or bodies/), sorted; temporary and damaged copies left out. */
export async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')).sort();
}
