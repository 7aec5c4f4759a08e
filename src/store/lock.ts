import { open, readFile, unlink, mkdir } from 'node:fs/promises';
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
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${me}\n`);
      await handle.close();
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = (await readFile(path, 'utf8').catch(() => '')).trim();
    if (isStale(holder)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) throw new StoreBusyError(path, holder || 'unknown holder');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isStale(holder: string): boolean {
  const m = /^pid (\d+) on (\S+)/.exec(holder);
  if (!m) return holder === ''; // half-written by a process killed while writing it
  if (m[2] !== hostname()) return false;
  try {
    process.kill(Number(m[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
