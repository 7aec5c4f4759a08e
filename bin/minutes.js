#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `minutes outstanding | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2));
const code = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), stdin: process.stdin });
process.exitCode = code;
