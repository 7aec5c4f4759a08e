import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { writeAtomic } from '../io/atomic.js';

/**
 * Meeting files already read, as plain data keyed by a hash of their text. Parsing
 * YAML is most of what `outstanding` and `xref` cost on a large store; JSON is read
 * many times faster. The key is the content, not the time stamp, so a hand edit is
 * always seen. Not part of the records: deleting the file only makes one run slower,
 * and a damaged one is ignored.
 */
export interface ReadCache {
  get(text: string): Record<string, unknown> | undefined;
  set(text: string, data: Record<string, unknown>): void;
  /** Write back what this run used, dropping entries for files that changed or went. */
  save(): Promise<void>;
}

const VERSION = 1;

export async function openReadCache(path: string): Promise<ReadCache> {
  let stored = new Map<string, Record<string, unknown>>();
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { version?: number; entries?: Record<string, Record<string, unknown>> };
    if (data.version === VERSION && data.entries && typeof data.entries === 'object') stored = new Map(Object.entries(data.entries));
  } catch {
    // Missing or damaged: start empty.
  }
  const used = new Map<string, Record<string, unknown>>();
  let changed = false;
  const key = (text: string) => createHash('sha1').update(text).digest('base64url');
  return {
    get(text) {
      const k = key(text);
      const hit = stored.get(k);
      if (hit && typeof hit === 'object') used.set(k, hit);
      return hit && typeof hit === 'object' ? hit : undefined;
    },
    set(text, data) {
      used.set(key(text), data);
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      // A read-only store still gets its report; the cache is only a speed-up.
      await writeAtomic(path, JSON.stringify({ version: VERSION, entries: Object.fromEntries(used) })).catch(() => undefined);
    },
  };
}
