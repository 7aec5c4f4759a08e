import { EFFECT_NAMES } from '../extract/effects.js';

/**
 * How long an action may wait before it counts as overdue when its words give no due
 * date: a number of days per kind of action ("report-back: 90", "request: 30",
 * "delegated: 180"), a default, and per-body overrides, from the config file's
 * `staleness:` block. A due date in the words (or staff.due) always beats these.
 */
export interface Staleness {
  /** Days by action kind: a referral kind (`refer`, `report-back`, …), an effect (`requested`, `delegated`, …) or `default`. */
  days: Record<string, number>;
  /** The same per body, keyed by the body's name or id in lower case. */
  bodies: Record<string, Record<string, number>>;
}

export interface StaleRule {
  days: number;
  /** What the rule was chosen by, as the output shows it: "report-back, 90 days (Cabinet)". */
  rule: string;
}

/** Aliases so a clerk may write the kind as a person says it. */
const SAME: Record<string, string> = { request: 'requested', 'reported-back': 'report-back', delegate: 'delegated', authorised: 'delegated', authorized: 'delegated', referral: 'refer', referred: 'refer' };

/** The rule for an action: its kinds are tried in order (most telling first), in the body's block, then in the general one. */
export function staleRule(staleness: Staleness | undefined, kinds: string[], body: { id?: string; name?: string }): StaleRule | undefined {
  if (!staleness) return undefined;
  const keys = [...new Set(kinds.map((k) => SAME[k] ?? k)), 'default'];
  const own = [body.id, body.name].map((b) => b && staleness.bodies[b.toLowerCase()]).find(Boolean);
  for (const [table, where] of [[own, body.name ?? body.id], [staleness.days, undefined]] as const) {
    if (!table) continue;
    for (const key of keys) {
      const days = table[key];
      if (days !== undefined) return { days, rule: `${key}, ${days} days${where ? ` (${where})` : ''}` };
    }
  }
  return undefined;
}

/** A kind as the config file may name it, for checking its keys. */
export function isStaleKind(key: string): boolean {
  return key === 'default' || key === 'resolution' || key in SAME || REFERRAL_KINDS.includes(key) || (EFFECT_NAMES as readonly string[]).includes(key);
}

const REFERRAL_KINDS = ['refer', 'recommend', 'report-back', 'resubmit', 'request', 'circulate'];
