import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Parsing a long document makes a syntax tree per chunk and drops it at once:
 * remark makes ~150 MB of garbage per MB of text, and V8 lets it pile up to several
 * times the live heap before collecting (a 20 MB file peaked at 450-650 MB). For
 * large inputs we ask for a full collection every 512 KB of text, which keeps the
 * peak near 340 MB for 20 MB at a cost of about 20 ms a collection. Small files
 * never pay for it.
 */
let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    gc = null; // not available on this runtime: memory is then left to V8's own pacing
  }
  return gc;
}

/** Bytes of input between forced collections. */
export const COLLECT_EVERY = 512 * 1024;

export function pacer(totalBytes: number): (bytes: number) => void {
  if (totalBytes < 4 * COLLECT_EVERY) return () => undefined;
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < COLLECT_EVERY) return;
    since = 0;
    collector()?.();
  };
}
