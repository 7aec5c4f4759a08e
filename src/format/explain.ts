import type { DocumentResult } from '../documents.js';
import type { Diagnostic } from '../diagnostics/report.js';
import type { Position, Recommendation, Resolution } from '../types.js';

/** The messages that say where a decision signal made no record, and why. */
const MISSED = new Set(['unclaimed-decision', 'empty-marker', 'truncated-clause', 'motion-number-gap', 'numbering-gap']);

export interface ExplainedRecord {
  id: string;
  kind: 'resolution' | 'recommendation';
  position: Position;
  rules: readonly string[];
  text: string;
  referrals: string[];
}

export interface Explained {
  file: string;
  records: ExplainedRecord[];
  missed: Diagnostic[];
}

/** Per document: each record with the rules that made it, in reading order, and the signals that made none. */
export function explain(results: DocumentResult[]): Explained[] {
  return results.map((r) => {
    const doc = r.document;
    const referrals = (id: string) => (doc?.referrals ?? []).filter((f) => f.from === id).map((f) => `${f.kind} → ${f.to}${f.rule ? ` (${f.rule})` : ''}`);
    const record = (kind: ExplainedRecord['kind']) => (x: Resolution | Recommendation): ExplainedRecord =>
      ({ id: x.id, kind, position: x.position, rules: x.rules ?? [], text: x.text, referrals: referrals(x.id) });
    const records = [...(doc?.resolutions ?? []).map(record('resolution')), ...(doc?.recommendations ?? []).map(record('recommendation'))].sort((a, b) => (a.position.page ?? 0) - (b.position.page ?? 0) || a.position.line - b.position.line || a.position.column - b.position.column);
    return { file: r.path, records, missed: r.diagnostics.filter((d) => MISSED.has(d.code)) };
  });
}

const place = (p: { page?: number; line: number; column: number }) => `${p.page ? `page ${p.page}:` : ''}${p.line}:${p.column}`;
const clip = (text: string, n = 100) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The explanation as a person reads it: one block per record, then the misses. */
export function formatExplained(all: Explained[]): string {
  const out: string[] = [];
  for (const e of all) {
    out.push(`${e.file}: ${e.records.length} record(s)`);
    for (const r of e.records) {
      out.push(`  ${place(r.position).padEnd(9)} ${r.id.padEnd(4)} ${r.kind.padEnd(14)} ${r.rules.join(' + ')}`);
      out.push(`  ${' '.repeat(9)} ${clip(r.text)}`);
      for (const f of r.referrals) out.push(`  ${' '.repeat(9)} referral: ${f}`);
    }
    if (e.missed.length) {
      out.push(`  signals that made no record:`);
      for (const d of e.missed) out.push(`  ${place(d).padEnd(9)} ${d.message} [${d.code}]${d.note ? `\n  ${' '.repeat(9)} ${d.note}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
