/**
 * A wording the tool knows, as data: the pattern, what it makes, and examples that a test
 * runs through the matcher of its family (each `match` must be claimed by this rule,
 * each `not` by no rule of the family). docs/WORDINGS.md is generated from these.
 */
export type Family = 'marker' | 'label' | 'outcome' | 'referral';

/** The traditions a wording was seen in; the default lexicon is their union. */
export type Dialect = 'uk' | 'scot' | 'ie' | 'ni' | 'au' | 'nz' | 'us' | 'ca';
export const DIALECTS: readonly Dialect[] = ['uk', 'scot', 'ie', 'ni', 'au', 'nz', 'us', 'ca'];

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

export interface Rule {
  /** `family.name`, stable: records carry it as evidence and --explain prints it. */
  id: string;
  family: Family;
  /** One line for the wordings page: what the rule recognises. */
  summary: string;
  /** What a line it claims becomes ("opens resolutions", "label: motion carried"). */
  produces: string;
  pattern: RegExp;
  /** Where the wording was seen; a rule without dialects holds everywhere. */
  dialects?: readonly Dialect[];
  examples: { match: readonly string[]; not?: readonly string[] };
}
