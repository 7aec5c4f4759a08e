import { link, readFile, unlink, mkdir, writeFile, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export class StoreBusyError extends Error {
  constructor(readonly lockPath: string, readonly holder: string) {
    super(`Unexpected lock on the store (${holder}), expected no other import to be running`);
  }
}

/**
 * Take the store's lock: a file created exclusively, holding our pid and host. A lock
 * left by a process that no longer exists (an import killed with -9) is taken over;
 * a live one is waited for, up to `waitMs`, then reported as busy.
 */
export async function acquireLock(path: string, waitMs: number): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  const me = `pid ${process.pid} on ${hostname()} since ${new Date().toISOString()}`;
  for (;;) {
    // Write the holder first, then link it into place: link() fails if the lock exists,
    // so the lock is never seen empty, and never taken by two imports at once.
    const pending = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.pending`;
    await writeFile(pending, `${me}\n`);
    try {
      await link(pending, path);
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(pending).catch(() => undefined);
    }
    const holder = (await readFile(path, 'utf8').catch(() => '')).trim();
    if (isStale(holder) && (holder !== '' || (await olderThan(path, 10_000)))) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) throw new StoreBusyError(path, holder || 'unknown holder');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A lock file that vanished between the two looks counts as old: the loop tries again. */
async function olderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return !info || Date.now() - info.mtimeMs > ms;
}

function isStale(holder: string): boolean {
  const m = /^pid (\d+) on (\S+)/.exec(holder);
  if (!m) return true; // not written by us (an empty or garbled file): old enough means abandoned
  if (m[2] !== hostname()) return false;
  try {
    process.kill(Number(m[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
