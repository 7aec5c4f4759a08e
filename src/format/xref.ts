import type { Xref, XrefReferral } from '../track/xref.js';
import { markdownTable, shorten } from './markdown-table.js';

export type XrefFormat = 'markdown' | 'json' | 'mermaid' | 'dot';

export function formatXref(x: Xref, format: XrefFormat, names: Map<string, string>): string {
  const name = (id?: string) => (id ? names.get(id) ?? id : '?');
  if (format === 'json') return `${JSON.stringify(x, null, 2)}\n`;
  if (format === 'mermaid' || format === 'dot') return graph(x, format, name);
  const out: string[] = ['# Cross-reference', ''];
  out.push('## Bodies', '');
  for (const b of x.bodies) {
    out.push(`### ${b.name}`, '', `${b.meetings} meeting${b.meetings === 1 ? '' : 's'} in the store; ${b.sent.length} referral${b.sent.length === 1 ? '' : 's'} sent, ${b.received.length} received.`, '');
    const rows = [...b.sent.map((r) => ['sent', r] as const), ...b.received.map((r) => ['received', r] as const)];
    if (rows.length) {
      out.push(markdownTable(['Direction', 'Referral', 'Date', 'From → to', 'Matter', 'State'],
        rows.map(([dir, r]) => [dir, r.id, r.date ?? '', `${name(r.from_body)} → ${name(r.to_body)}`, shorten(r.text, 100), state(r)])));
    }
  }
  out.push('## Documents', '');
  out.push(markdownTable(['Source', 'Meeting', 'Resolutions (actions)', 'Recommendations', 'Led to', 'Dealt with'],
    x.documents.map((d) => [d.source, d.meeting, `${d.resolutions} (${d.actions})`, String(d.recommendations),
      d.led_to.map((r) => `${name(r.to_body)} (${r.state})`).join('; '), [...d.closes.map((r) => `${r.id} from ${name(r.from_body)}`), ...d.possibly.map((r) => `possibly ${r.id} from ${name(r.from_body)}`)].join('; ')])));
  if (x.external.length) {
    out.push('## Outside reports', '');
    for (const e of x.external) {
      out.push(`### ${e.title ?? e.meeting}`, '');
      out.push(markdownTable(['Recommendation', 'Text', 'Answered by'],
        e.recommendations.map((r) => [r.number ?? r.id, shorten(r.text, 120), r.answered_by.map((a) => `${a.id} (${a.how})`).join('; ') || 'not answered'])));
    }
  }
  out.push('## Links that lead nowhere', '');
  if (x.dangling.length === 0) out.push('None.', '');
  else out.push(markdownTable(['Referral', 'Date', 'To', 'Why'], x.dangling.map((d) => [d.referral.id, d.referral.date ?? '', name(d.referral.to_body), d.reason])));
  return out.join('\n');
}

function state(r: XrefReferral): string {
  if (r.state === 'open') return 'open';
  const how = r.by === 'staff' ? 'by staff status' : r.evidence ? `by ${r.evidence.meeting}${r.evidence.title ? ` "${r.evidence.title}"` : ''} (${Math.round(r.evidence.confidence * 100)}%)` : '';
  return `${r.state} ${how}`.trim();
}

/** The referral graph between bodies: one edge per pair, labelled with its open and closed counts. */
function graph(x: Xref, format: 'mermaid' | 'dot', name: (id?: string) => string): string {
  const edges = new Map<string, { from: string; to: string; open: number; closed: number; possible: number }>();
  for (const b of x.bodies) {
    for (const r of b.sent) {
      const key = `${r.from_body}\u0000${r.to_body}`;
      const e = edges.get(key) ?? { from: r.from_body ?? 'unknown', to: r.to_body, open: 0, closed: 0, possible: 0 };
      e[r.state === 'closed' ? 'closed' : r.state === 'possible' ? 'possible' : 'open']++;
      edges.set(key, e);
    }
  }
  const nodes = new Set([...edges.values()].flatMap((e) => [e.from, e.to]));
  const label = (e: { open: number; closed: number; possible: number }) => [e.open && `${e.open} open`, e.possible && `${e.possible} possible`, e.closed && `${e.closed} closed`].filter(Boolean).join(', ');
  const node = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
  if (format === 'mermaid') {
    return ['graph LR', ...[...nodes].sort().map((n) => `  ${node(n)}["${name(n).replace(/"/g, '#quot;')}"]`),
      ...[...edges.values()].map((e) => `  ${node(e.from)} -->|${label(e)}| ${node(e.to)}`)].join('\n') + '\n';
  }
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return ['digraph referrals {', '  rankdir=LR;', '  node [shape=box];',
    ...[...nodes].sort().map((n) => `  ${q(n)} [label=${q(name(n))}];`),
    ...[...edges.values()].map((e) => `  ${q(e.from)} -> ${q(e.to)} [label=${q(label(e))}${e.open ? ', color=red' : ''}];`), '}'].join('\n') + '\n';
}
