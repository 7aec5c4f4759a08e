import type { VFile } from 'vfile';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root } from 'mdast';
import { report } from '../diagnostics/report.js';

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
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  return {
    body: str(d.body ?? d.committee),
    date: str(d.date ?? d.meeting_date),
    kind: str(d.kind),
    title: str(d.title),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
