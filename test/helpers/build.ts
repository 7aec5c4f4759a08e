import { join } from 'node:path';

/** The build of this test run (see test/setup/build.ts): the bin to spawn, never a stale dist/. */
export const build = process.env.MINUTES_BUILD ?? join(import.meta.dirname, '..', '..');
export const bin = join(build, 'bin', 'minutes.js');
