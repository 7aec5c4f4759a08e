import { createHash } from 'node:crypto';
import { DIALECTS, type Dialect, type Family, type Rule } from './rule.js';
import { MARKER_RULES } from './markers.js';
import { LABEL_RULES, type LabelRule } from './labels.js';
import { OUTCOME_RULES } from './outcomes.js';
import { REFERRAL_RULES, type ReferralRule } from './referrals.js';

export type { Dialect, Family, Rule } from './rule.js';
export type { LabelKind, LabelRule } from './labels.js';
export type { ReferralRule } from './referrals.js';
export { DIALECTS } from './rule.js';

/** Every rule, in the order its family's matcher tries them. */
export const ALL_RULES: readonly Rule[] = [...MARKER_RULES, ...LABEL_RULES, ...OUTCOME_RULES, ...REFERRAL_RULES];

/** Matches nothing: a rule left out of the chosen dialect. */
const NEVER = /(?!)/;

/**
 * The rules a run uses. The readers look patterns up by name within their family, so a
 * rule left out of a dialect simply never matches and the grammar around it is unchanged.
 */
export interface Lexicon {
  readonly dialect?: Dialect;
  /** Pattern by name within a family (`marker.resolved` is `byFamily.marker.resolved`), so no id is built per lookup; a rule outside the dialect never matches. */
  readonly byFamily: Readonly<Record<Family, Readonly<Record<string, RegExp>>>>;
  readonly rules: readonly Rule[];
  readonly labels: readonly LabelRule[];
  /** The referral rules of the dialect, in order. */
  readonly referrals: readonly ReferralRule[];
  /** Changes whenever a pattern, an id or the dialect does. */
  readonly hash: string;
}

export function compileLexicon(dialect?: Dialect): Lexicon {
  const on = (r: Rule) => !dialect || !r.dialects || r.dialects.includes(dialect);
  const byFamily: Record<Family, Record<string, RegExp>> = { marker: {}, label: {}, outcome: {}, referral: {} };
  const hash = createHash('sha256').update(dialect ?? 'all');
  for (const r of ALL_RULES) {
    byFamily[r.family][r.id.slice(r.family.length + 1)] = on(r) ? r.pattern : NEVER;
    hash.update(r.id).update(r.pattern.source).update(r.pattern.flags).update(on(r) ? '1' : '0');
  }
  return { ...(dialect ? { dialect } : {}), byFamily, rules: ALL_RULES.filter(on), labels: LABEL_RULES.filter(on), referrals: REFERRAL_RULES.filter(on), hash: hash.digest('hex').slice(0, 16) };
}

const compiled = new Map<string, Lexicon>();

/** The lexicon for a dialect (every rule when none is named), compiled once. */
export function lexiconFor(dialect?: Dialect): Lexicon {
  const key = dialect ?? '';
  let lex = compiled.get(key);
  if (!lex) compiled.set(key, (lex = compileLexicon(dialect)));
  return lex;
}

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

export function rulesOf(family: Family): Rule[] {
  return ALL_RULES.filter((r) => r.family === family);
}
