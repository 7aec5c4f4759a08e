import { main } from '../../src/index.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in this process with captured output, as the bin would. */
export async function run(argv: string[], opts: { cwd?: string; env?: Record<string, string>; tty?: boolean; stdin?: string | Uint8Array } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty },
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    ...(opts.stdin !== undefined ? { stdin: [typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : opts.stdin] } : {}),
  });
  return { code, stdout, stderr };
}
