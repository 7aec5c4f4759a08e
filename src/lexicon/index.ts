import { createHash } from 'node:crypto';
import { DIALECTS, type Dialect, type Family, type Rule } from './rule.js';
import { MARKER_RULES } from './markers.js';
import { LABEL_RULES, type LabelRule } from './labels.js';
import { OUTCOME_RULES } from './outcomes.js';
import { REFERRAL_RULES, type ReferralRule } from './referrals.js';
import { aliasKey, phrasePattern, widen, type LocalLexicon } from './local.js';
import type { Effect } from '../types.js';

export type { Dialect, Family, Rule } from './rule.js';
export type { LabelKind, LabelRule } from './labels.js';
export type { ReferralRule } from './referrals.js';
export { DIALECTS, isDialect } from './rule.js';
export type { LocalLexicon, LocalWording } from './local.js';
export { LEAVES_WORK, aliasKey } from './local.js';

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
  /** The council's names for its bodies, by aliasKey. */
  readonly bodies: ReadonlyMap<string, string>;
  /** The council's words for what a clause decided. */
  readonly effects: readonly (readonly [Effect, RegExp])[];
  /** Changes whenever a pattern, an id, the dialect or a local addition does. */
  readonly hash: string;
}

export function compileLexicon(dialect?: Dialect, local: LocalLexicon = {}): Lexicon {
  const on = (r: Rule) => !dialect || !r.dialects || r.dialects.includes(dialect);
  // The config file has checked every wording (loadConfig); one naming no rule is skipped here.
  const extra = new Map<string, string[]>();
  for (const w of local.wordings ?? []) extra.set(w.like, [...(extra.get(w.like) ?? []), w.pattern]);
  const patternOf = (r: Rule) => (on(r) ? widen(r, extra.get(r.id) ?? []) : NEVER);
  const byFamily: Record<Family, Record<string, RegExp>> = { marker: {}, label: {}, outcome: {}, referral: {} };
  const hash = createHash('sha256').update(dialect ?? 'all');
  for (const r of ALL_RULES) {
    byFamily[r.family][r.id.slice(r.family.length + 1)] = patternOf(r);
    hash.update(r.id).update(r.pattern.source).update(r.pattern.flags).update(on(r) ? '1' : '0');
  }
  // A referral rule's matches are all read, so a council's wording is a rule of its own,
  // marked so that where it and a shared rule name the same body, the council's kind stands.
  const shared = REFERRAL_RULES.filter(on);
  const own = (local.wordings ?? []).flatMap((w) => shared.filter((r) => r.id === w.like).map((r) => ({ ...r, pattern: new RegExp(w.pattern, r.pattern.flags), local: true })));
  const referrals: ReferralRule[] = [...own, ...shared];
  const bodies = new Map(Object.entries(local.bodies ?? {}).map(([alias, name]) => [aliasKey(alias), name]));
  const effects = Object.entries(local.effects ?? {}).map(([phrase, effect]) => [effect, phrasePattern(phrase)] as [Effect, RegExp]);
  hash.update(JSON.stringify(local));
  return {
    ...(dialect ? { dialect } : {}),
    byFamily,
    rules: ALL_RULES.filter(on),
    // Labels are tried in list order: each carries the pattern already widened above.
    labels: LABEL_RULES.filter(on).map((r) => (extra.has(r.id) ? { ...r, pattern: byFamily.label[r.id.slice('label.'.length)] } : r)),
    referrals,
    bodies,
    effects,
    hash: hash.digest('hex').slice(0, 16),
  };
}

const compiled = new Map<string, Lexicon>();

/** The lexicon for a dialect (every rule when none is named) and a council's additions, compiled once. */
export function lexiconFor(dialect?: Dialect, local?: LocalLexicon): Lexicon {
  const key = `${dialect ?? ''}\n${local ? JSON.stringify(local) : ''}`;
  let lex = compiled.get(key);
  if (!lex) compiled.set(key, (lex = compileLexicon(dialect, local)));
  return lex;
}


export function rulesOf(family: Family): Rule[] {
  return ALL_RULES.filter((r) => r.family === family);
}
