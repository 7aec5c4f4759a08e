import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { isStaleKind, type Staleness } from './track/staleness.js';
import { UserError } from './user-error.js';
import { DIALECTS, isDialect, type Dialect } from './lexicon/rule.js';
import type { LocalLexicon } from './lexicon/local.js';

export interface Config {
  /** Store folder, relative to the config file's folder. */
  store?: string;
  /** The council's tradition: which wordings the reader uses (`--dialect` beats it). */
  dialect?: Dialect;
  /** The council's own wordings, body names and effects (`wordings`, `bodies`, `effects`). */
  local?: LocalLexicon;
  /** Days an action of each kind may wait before it is overdue, when its words give no due date. */
  staleness?: Staleness;
}

export const CONFIG_NAMES = ['minutes.config.yaml', '.minutesrc.yaml'];
export const DEFAULT_STORE = 'records';

/**
 * Read `minutes.config.yaml` (or `.minutesrc.yaml`) from `cwd`, or the file named by
 * --config. A file named on the command line that is missing, and any config that is
 * not valid, stop the command with a usage error (exit 2) at the place that is wrong:
 * going on with a default store would write records where nobody looks for them.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const candidates = explicit ? [resolve(cwd, explicit)] : CONFIG_NAMES.map((n) => join(cwd, n));
  for (const [k, path] of candidates.entries()) {
    const shown = explicit ?? CONFIG_NAMES[k];
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (!explicit && error.code === 'ENOENT') return undefined;
      const why = error.code === 'ENOENT' ? 'missing config file' : error.code === 'EISDIR' ? 'folder' : `config file that cannot be read (${error.code ?? error.message})`;
      throw bad(shown, { line: 1, col: 1 }, `Unexpected ${why}, expected a YAML file with \`store:\``, 'Check the path given to --config.');
    });
    if (text === undefined) continue;
    return await readConfig(text, shown, path);
  }
  return {};
}

async function readConfig(text: string, shown: string, path: string): Promise<Config> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const placeOf = (offset: number | undefined) => (offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset));
  const error = doc.errors[0];
  if (error) {
    throw bad(shown, error.linePos?.[0] ?? { line: 1, col: 1 }, `Unexpected YAML syntax (${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}), expected a YAML mapping`, 'Fix the line, or delete the file to use the defaults.');
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw bad(shown, placeOf(doc.contents.range?.[0]), 'Unexpected config that is not a mapping, expected `store: <folder>`', 'Write it as `store: records`.');
  const config: Config = {};
  const node = doc.contents.get('store', true);
  if (given(node)) {
    if (!isScalar(node) || typeof node.value !== 'string') {
      throw bad(shown, placeOf(node?.range?.[0]), 'Unexpected `store` that is not a folder name, expected text such as `store: records`', 'Quote the folder name if it looks like a number or a date.');
    }
    config.store = resolve(join(path, '..'), node.value);
  }
  const dialect = doc.contents.get('dialect', true);
  if (given(dialect)) {
    const value = isScalar(dialect) ? dialect.value : undefined;
    if (!isDialect(value)) {
      throw bad(shown, placeOf(dialect?.range?.[0]), `Unexpected dialect \`${String(value)}\`, expected one of ${DIALECTS.join(', ')}`, 'Leave `dialect` out to use every wording the tool knows.');
    }
    config.dialect = value;
  }
  const stale = doc.contents.get('staleness', true);
  if (given(stale)) config.staleness = readStaleness(stale, (node, reason, note) => bad(shown, placeOf(node?.range?.[0]), reason, note));
  // The council's own wordings are checked by running the reader on their examples: loaded only for a config that has some.
  const map = doc.contents;
  if (['wordings', 'bodies', 'effects'].some((k) => map.has(k))) {
    const { readLocal } = await import('./local-config.js');
    const local = readLocal(map, config.dialect, (node: Node | null | undefined, reason: string, note: string) => {
      throw bad(shown, placeOf(node?.range?.[0]), reason, note);
    });
    if (local) config.local = local;
  }
  return config;
}

type Complaint = (node: Node | null | undefined, reason: string, note: string) => UserError;

/**
 * `staleness:` — `report-back: 90`, `request: 30`, `default: 120`, and `bodies:` with the
 * same per body. A key the tool does not know, or a value that is not a whole number of
 * days, stops the command at its place: a typo would otherwise leave actions never overdue.
 */
function readStaleness(node: Node, complain: Complaint): Staleness {
  const example = 'Write it as `staleness: { report-back: 90, request: 30, default: 120 }`.';
  if (!isMap(node)) throw complain(node, 'Unexpected `staleness` that is not a mapping, expected kinds of action with their days', example);
  const days = (map: YAMLMap, within?: string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!within && key === 'bodies') continue;
      if (!isStaleKind(key)) throw complain(pair.key as Node, `Unexpected kind of action \`${key}\`${within ? ` under ${within}` : ''}, expected a referral kind (refer, report-back, recommend, resubmit, request), an effect (requested, delegated, deferred, …), \`resolution\` or \`default\``, example);
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw complain(pair.value as Node, `Unexpected \`${String(value)}\` for ${key}, expected a whole number of days`, example);
      out[key] = value;
    }
    return out;
  };
  const bodies: Record<string, Record<string, number>> = {};
  const perBody = node.get('bodies', true);
  if (given(perBody)) {
    if (!isMap(perBody)) throw complain(perBody, 'Unexpected `bodies` that is not a mapping, expected body names with their own days', 'Write it as `bodies: { Cabinet: { report-back: 60 } }`.');
    for (const pair of perBody.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isMap(pair.value)) throw complain(pair.value as Node, `Unexpected days for ${name} that are not a mapping, expected kinds of action with their days`, 'Write it as `Cabinet: { report-back: 60 }`.');
      bodies[name.toLowerCase()] = days(pair.value, name);
    }
  }
  return { days: days(node), bodies };
}

/** A key left empty ("store:") counts as not given. */
export function given(node: unknown): node is Node {
  return node !== undefined && node !== null && !(isScalar(node) && (node.value ?? '') === '');
}

function bad(file: string, at: { line: number; col: number }, reason: string, note: string): UserError {
  return new UserError(`${file}:${at.line}:${at.col}: error: ${reason} [bad-config]\n  ${note}`, 2);
}
