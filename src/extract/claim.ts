import type { Family, Lexicon } from '../lexicon/index.js';
import { matchLabel, matchMarker } from './markers.js';
import { outcomeText } from './outcome.js';
import { findReferrals } from './referrals.js';

/**
 * Which rule a line is read by, through the whole matcher of a family (its order and
 * guards included): how an example, the project's or a council's, is checked.
 */
export function claimedBy(family: Family, text: string, lex: Lexicon): string | undefined {
  switch (family) {
    case 'marker': return matchMarker(text, lex)?.rule;
    case 'label': return matchLabel(text, lex)?.rule;
    case 'outcome': return outcomeText(text, lex)?.rule;
    // A clause may send to several bodies: the first one's rule.
    case 'referral': return findReferrals(text, lex)[0]?.rule;
  }
}
