import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Server = { url: string; how: string; stop: () => void } | { skip: string };

/**
 * A throwaway PostgreSQL for the export tests: the machine's own server binaries (PATH,
 * or Debian's /usr/lib/postgresql/N/bin), run on a Unix socket in a temporary folder
 * with no TCP port. As root the server runs as the `postgres` user, since PostgreSQL
 * refuses root. Without binaries the tests skip, saying why.
 */
export function startPostgres(): Server {
  const bin = findBin();
  if (!bin) return { skip: 'no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin; install the postgresql package to run these tests' };
  const root = process.getuid?.() === 0;
  const owner = root ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;
  if (root && owner?.status !== 0) return { skip: 'running as root and there is no `postgres` user to run the server as' };
  const dir = mkdtempSync(join(tmpdir(), 'mpg-'));
  const as = (cmd: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const);
  if (root) {
    const uid = Number(owner!.stdout.trim());
    chownSync(dir, uid, uid);
  }
  const data = join(dir, 'data');
  const port = 20000 + Math.floor(Math.random() * 20000);
  try {
    const [a, b] = as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'minutes', '--no-sync', '-E', 'UTF8']);
    execFileSync(a, [...b], { stdio: 'pipe' });
    const [c, d] = as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses= -c fsync=off`, '-w', 'start']);
    execFileSync(c, [...d], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `PostgreSQL would not start here (${(error as Error).message.split('\n')[0]})` };
  }
  return {
    url: `postgres://minutes@${encodeURIComponent(dir)}:${port}/postgres`,
    how: `PostgreSQL from ${bin}${root ? ' (as the postgres user)' : ''}`,
    stop: () => {
      const [e, f] = as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(e, [...f], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function findBin(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(':');
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const v of readdirSync(debian).sort().reverse()) dirs.push(join(debian, v, 'bin'));
  return dirs.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
}
