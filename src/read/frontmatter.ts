import type { VFile } from 'vfile';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root } from 'mdast';
import { report } from '../diagnostics/report.js';
import { isIsoDate } from '../extract/dates.js';

export interface FrontMatter {
  body?: string;
  date?: string;
  kind?: string;
  title?: string;
}

/**
 * Meeting metadata from YAML front matter (`body`, `date`, `kind`, `title`; also
 * `committee` and `meeting_date`, which batch exports use). A broken block is a
 * warning at its own line, and the text is still read.
 */
export function readFrontMatter(tree: Root, file: VFile): FrontMatter {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? error.linePos[0] : { line: 1, col: 1 };
    report(file, 'bad-front-matter', `Unexpected YAML in front matter: ${firstLine(error)}, expected \`key: value\` lines`,
      { line: (node.position?.start.line ?? 1) + where.line, column: where.col }, 'The metadata was ignored; the text was still read.');
    return {};
  }
  const start = node.position?.start.line ?? 1;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    if (data !== null && data !== undefined) {
      report(file, 'bad-front-matter', 'Unexpected front matter that is not a mapping, expected `key: value` lines', { line: start + 1, column: 1 },
        'The metadata was ignored; the text was still read.');
    }
    return {};
  }
  const d = data as Record<string, unknown>;
  const lines = node.value.split('\n');
  // A value of the wrong shape is said, at its own line, and ignored: the text decides instead.
  const take = (keys: string[], check?: { test: (v: string) => boolean; expected: string }): string | undefined => {
    const key = keys.find((k) => d[k] !== undefined && d[k] !== null);
    if (!key) return undefined;
    const v = d[key];
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    if (text !== undefined && (!check || check.test(text))) return text;
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    const what = text !== undefined ? `${key} \`${text}\`` : `${Array.isArray(v) ? 'list' : typeof v === 'object' ? 'mapping' : typeof v} as ${key}`;
    report(file, 'bad-front-matter', `Unexpected ${what} in front matter, expected ${check?.expected ?? 'text'}`,
      { line: start + 1 + Math.max(0, at), column: 1 }, `The ${key} was taken from the text instead.`);
    return undefined;
  };
  return {
    body: take(['body', 'committee']),
    date: take(['date', 'meeting_date'], { test: isIsoDate, expected: 'a date as YYYY-MM-DD' }),
    kind: take(['kind'], { test: (v) => v === 'minutes' || v === 'report', expected: '`minutes` or `report`' }),
    title: take(['title']),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
