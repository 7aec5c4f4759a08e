import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tests that start workers or the bin run compiled JavaScript. Compiling the sources
 * under test into a build of this run's own (not `dist/`) means a test never runs
 * stale code, and a rebuild of `dist/` during a run cannot pull files from under it.
 * The build sits inside the project so its imports still find `node_modules`.
 */
export default function setup(): () => void {
  const root = join(import.meta.dirname, '..', '..');
  const build = join(root, '.test-build', String(process.pid));
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json'),
    '--outDir', join(build, 'dist'), '--declaration', 'false', '--sourceMap', 'false'], { stdio: 'inherit' });
  cpSync(join(root, 'bin'), join(build, 'bin'), { recursive: true });
  cpSync(join(root, 'schema'), join(build, 'schema'), { recursive: true });
  process.env.MINUTES_BUILD = build;
  return () => rmSync(build, { recursive: true, force: true });
}
