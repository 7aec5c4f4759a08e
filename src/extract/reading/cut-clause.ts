import type { VFile } from 'vfile';
import type { Line } from '../../text/line.js';
import { report } from '../../diagnostics/report.js';
import type { Clause } from './clause.js';
import { OPEN_END } from '../unwrap.js';
import { parseNumber } from '../../text/numbering.js';

/** How a clause ends when nothing cut it: a stop, or "…; and" chaining it to the next. */
const FINISHED = /(?:[.;:!?)"”’]|;\s*(?:and|or))$/;
/** A verb a clause cut mid-sentence stops on, beside the connecting words the unwrapper knows (`OPEN_END`). */
const OPEN_VERB = /\b(?:be|is|are|was|were)$/i;

/**
 * A clause that runs to the very end of the file without closing punctuation was cut
 * off by the excerpt or export: reporting half a decision would mislead.
 */
export function dropCutClause(clauses: Clause[], lines: Line[], file: VFile): void {
  const last = clauses[clauses.length - 1];
  const end = lines[lines.length - 1];
  // A table's decision cell ends without a stop by nature.
  if (!last || !end || last.rules.includes('reader.table-decision')) return;
  const text = last.parts[0];
  if (FINISHED.test(text)) return;
  // "Committee decision: Refused", a record of decisions' field: a short value that ends on no open word is whole ("Decision:
  // Approved subject to conditions", its label split from it, too).
  // A schedule's "Decision: DEFERRED for a site visit", its verdict in capitals opening the value, is whole the same.
  if ((last.rules[0] === 'marker.decision-inline' || last.rules[0] === 'marker.upper-outcome' || (last.rules[0] === 'marker.decision-heading' && lines.some((l) => l.line === last.line && l.column < last.column && /^decisions?\s*:$/i.test(l.text)))) && text.split(/\s+/).length <= 16 && !OPEN_END.test(text) && !OPEN_VERB.test(text)) return;
  // "NOTED" closing the last item's update, a verdict in one word of capitals, is whole with no stop.
  if (/^\p{Lu}{4,}(?:\s+(?:AND|&)\s+\p{Lu}{4,})?$/u.test(text)) return;
  // "DECIDED: that the following applications be approved:" / "- Lochside Men's Shed: £900": a list of sums needs no stop after
  // its last; a sub-item ending on a word ("iii. issue a separat") may still be cut. So does "Resolved to pay the following
  // invoices:" / "Village Hall – hire £25.00", the payee and the sum with no bullet.
  if ((end.bullet || parseNumber(end.text) || /[£$€]\s?\d[\d,]*(?:\.\d\d)?$/.test(end.text)) && /:/.test(text) && /\d$/.test(end.text)) return;
  // Action summaries print every decision without a full stop: there, no stop is no cut.
  const bare = clauses.filter((c) => c !== last && !FINISHED.test(c.parts[0])).length;
  if (bare >= 2 && bare * 2 >= clauses.length - 1) return;
  // The last line may be only the tail of the clause (its sub-item "iii. issue a separat").
  if (!end.text.endsWith(text.slice(-Math.min(text.length, end.text.length, 30)))) return;
  clauses.pop();
  report(file, 'truncated-clause', 'Unexpected end of file inside a clause, expected it to finish with punctuation',
    { line: last.line, column: last.column }, 'The clause was left out; check whether the document was cut short.');
}
