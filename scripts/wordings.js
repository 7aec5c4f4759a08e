#!/usr/bin/env node
// Write docs/WORDINGS.md from the lexicon in dist/ (run `npm run build` first; `npm run wordings` does both).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordingsPage } from '../dist/lexicon/page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'WORDINGS.md'), wordingsPage());
console.log('wrote docs/WORDINGS.md');
