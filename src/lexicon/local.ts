import type { Effect } from '../types.js';
import type { Rule } from './rule.js';

/**
 * A council's own additions, from its config file: wordings its clerks use that the
 * shared rules miss, short names of its bodies, and what a local word decides. Plain data,
 * so an import can hand it to its workers; compiled into a lexicon by compileLexicon.
 */
export interface LocalLexicon {
  wordings?: LocalWording[];
  /** Another name → the body's name in records: "P&R" → "Policy and Resources Committee". */
  bodies?: Record<string, string>;
  /** A word or phrase → what a clause holding it decided: "held over" → deferred. */
  effects?: Record<string, Effect>;
}

/**
 * One more way of writing what an existing rule reads: the pattern is tried beside that
 * rule's own (with its flags), so the grammar around the rule applies unchanged and a
 * record it makes carries the rule's id as evidence.
 */
export interface LocalWording {
  like: string;
  /** A regular expression, as JavaScript writes it without the slashes. */
  pattern: string;
  /** Lines the rule must now claim, and lines it must leave: checked when the config is read. */
  examples: { match: string[]; not?: string[] };
}

/** Effects that leave something to do once the clause is passed: a clause with one is an action. */
export const LEAVES_WORK: ReadonlySet<Effect> = new Set(['referred', 'requested', 'delegated', 'deferred', 'resubmitted', 'reported-back']);

/** How many groups a pattern captures: a rule whose reader takes a part of the match by number cannot gain an alternative. */
export function groupsOf(pattern: RegExp | string): number {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  return (new RegExp(`${source}|`).exec('')?.length ?? 1) - 1;
}

/** Why a wording cannot be added to `rule`, or undefined when it can. */
export function wordingProblem(rule: Rule & { backward?: boolean }, pattern: string): string | undefined {
  try {
    new RegExp(pattern, rule.pattern.flags);
  } catch (error) {
    return `Unexpected pattern that is not a regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')}), expected one such as \`^MINUTED\\b\``;
  }
  const wanted = rule.backward ? 1 : 0;
  if (rule.family !== 'referral' && groupsOf(rule.pattern) > 0) {
    return `Unexpected \`like: ${rule.id}\`, a rule that reads parts of its match; expected a rule that reads the whole match (see docs/WORDINGS.md)`;
  }
  if (groupsOf(pattern) !== wanted) {
    return wanted
      ? 'Unexpected pattern without exactly one group, expected the body\'s name in one (…) group, as the rule it is like has'
      : 'Unexpected group in the pattern, expected none: write (?:…) for alternatives';
  }
  return undefined;
}

/** The rule's pattern with the council's alternatives after its own, so the shared wording wins where both fit. */
export function widen(rule: Rule, patterns: readonly string[]): RegExp {
  if (!patterns.length) return rule.pattern;
  return new RegExp([rule.pattern.source, ...patterns].map((p) => `(?:${p})`).join('|'), rule.pattern.flags);
}

/** Body aliases keyed by lower case, "the" dropped, "&" spaced as body names are read: "the P&R" and "p & r" find the same body. */
export function aliasKey(name: string): string {
  return name.trim().replace(/^the\s+/i, '').replace(/\s*&\s*/g, ' & ').replace(/\s+/g, ' ').toLowerCase();
}

/** "held over" as a whole phrase, any case, any spacing. */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w’'-])${words.join('\\s+')}(?![\\w’'-])`, 'i');
}
