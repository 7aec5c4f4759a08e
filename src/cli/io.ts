/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
export interface CliIO {
  argv: string[];
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Read for the file name `-`; absent when there is no standard input to read. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Exit codes: 0 everything was read, 1 a file could not be used, 2 bad usage or a crash. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function useColour(stream: CliIO['stderr'], env: CliIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}
