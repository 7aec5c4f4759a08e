import { stringify } from 'yaml';
import type { OutstandingRow } from '../track/outstanding.js';
import { toCsv } from './csv.js';
import { markdownTable, shorten } from './markdown-table.js';
import { terminalTable } from './terminal-table.js';

export type OutstandingFormat = 'table' | 'csv' | 'markdown' | 'json' | 'yaml';

const CSV_COLUMNS: (keyof OutstandingRow)[] = ['id', 'kind', 'body_name', 'to', 'meeting', 'date', 'item', 'text', 'owner', 'due', 'due_rule', 'effective', 'overdue_after', 'overdue_rule', 'age_days', 'overdue', 'state', 'source'];

export function formatOutstanding(rows: OutstandingRow[], format: OutstandingFormat, colour = false): string {
  switch (format) {
    case 'json': return `${JSON.stringify(rows, null, 2)}\n`;
    case 'yaml': return stringify(rows, { lineWidth: 0 });
    case 'csv':
      return toCsv([...CSV_COLUMNS.map((c) => (c === 'body_name' ? 'body' : c)), 'possible_match'],
        rows.map((r) => [...CSV_COLUMNS.map((c) => r[c] as string | number | boolean | undefined), possible(r)]));
    case 'markdown':
      return markdownTable(['ID', 'Body', 'Date', 'Item', 'Decision', 'Owner', 'Due', 'Age (days)', 'Status'],
        rows.map((r) => [r.id, sentTo(r), r.date ?? '', r.item ?? '', shorten(r.text, 160), r.owner ?? '', dueText(r), String(r.age_days ?? ''), status(r)]));
    default:
      if (rows.length === 0) return 'Nothing outstanding.\n';
      return terminalTable([
        { title: 'ID', max: 44 }, { title: 'Body', max: 30 }, { title: 'Date', max: 10 }, { title: 'Item', max: 28 },
        { title: 'Decision', max: 60 }, { title: 'Owner', max: 26 }, { title: 'Due', max: 22 }, { title: 'Age', max: 5, align: 'right' }, { title: 'Status', max: 40 },
      ], rows.map((r) => [r.id, sentTo(r), r.date ?? '', r.item ?? '', r.text, r.owner ?? '', dueText(r), String(r.age_days ?? ''), status(r)]),
      colour, (i) => (rows[i].overdue ? 'red' : rows[i].state === 'possible' ? 'yellow' : undefined))
        + `${rows.length} outstanding, ${rows.filter((r) => r.overdue).length} overdue, ${rows.filter((r) => r.state === 'possible').length} possibly dealt with\n`;
  }
}

function sentTo(r: OutstandingRow): string {
  const from = r.body_name ?? r.body ?? '';
  return r.to ? `${from} → ${r.to}` : from;
}

export function dueText(r: OutstandingRow): string {
  if (r.due && r.due_rule) return `${r.due} (${r.due_rule})`;
  // The council's staleness rule stands in for a date the words did not give.
  if (!r.due && r.overdue_after) return `after ${r.overdue_after} (${r.overdue_rule})`;
  return r.due ?? r.due_rule ?? '';
}

export function status(r: OutstandingRow): string {
  const parts = [r.overdue ? 'OVERDUE' : '', r.pending ? `not in force until ${r.effective}` : '', r.state === 'possible' && r.possible ? `possibly dealt with: ${possible(r)}` : ''].filter(Boolean);
  return parts.join('; ') || 'open';
}

function possible(r: OutstandingRow): string {
  const p = r.possible;
  if (!p) return '';
  return `${p.meeting}${p.title ? ` "${p.title}"` : ''} (${Math.round(p.confidence * 100)}%: ${p.words.join(', ')})`;
}
