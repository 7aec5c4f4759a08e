import type { Line } from '../../text/line.js';
import { evidence } from './clause.js';
import type { Reading } from './state.js';
import { tabledBlockEnd, VERDICT } from '../motions/tabled.js';

/**
 * A Scottish "Motion" or "Amendment" heading, its words and its movers, where the decision below names which was adopted
 * ("The Committee agreed in terms of the motion."): nothing in it is a record until that decision fetches its words.
 */
export function passTabled(r: Reading, line: Line): boolean {
  if (r.tabledUntil !== undefined && r.at <= r.tabledUntil) {
    r.claimed.push(line.line);
    return true;
  }
  // "The amendment was accordingly carried.": no motion is open to carry, so the verdict fetches the words it names.
  if (r.tabledIn === (r.item?.id ?? '') && VERDICT.test(line.text.trim())) {
    r.close();
    r.commit({ kind: 'resolution', parts: [line.text], line: line.line, column: line.column, item: r.item?.id, rules: evidence('label.carried') });
    return true;
  }
  r.tabledUntil = /^(?:motion|amendment)\b/i.test(line.text) ? tabledBlockEnd(r.lines, r.at) : undefined;
  if (r.tabledUntil === undefined) return false;
  r.tabledIn = r.item?.id ?? '';
  r.flushMotion();
  r.claimed.push(line.line);
  return true;
}
