import type { ReferralKind } from '../types.js';
import { readBodies, readBody } from './bodies.js';

export interface FoundReferral {
  to: string;
  kind: ReferralKind;
}

/** Patterns whose match ends just before the target body ("... be referred to |Council"). */
const FORWARD: [ReferralKind, RegExp][] = [
  ['resubmit', /\bre-?submit(?:ted)?\b[^.;]{0,80}?\bto\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent)\s+meeting\s+of\s+)?(?!be\b)/gi],
  ['report-back', /\b(?:report(?:s|ed|ing)?|updates?|updated|present(?:ed)?|brought|bring|come|submitted|refer(?:red)?)\s+back\s+(?:\w+\s+){0,3}?to\s+/gi],
  ['report-back', /\b(?:report(?:s|ed)?|present(?:s|ed)?|bring|brought|submit(?:ted)?)\b(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:a\s+|the\s+|its\s+)?(?:future|next|later|subsequent|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi],
  // "that officers bring a further report to the Committee in six months": a report comes back.
  ['report-back', /\b(?:bring|brings|present|presents|submit|submits)\s+(?:a|an|the)\s+(?:(?:further|update|updated|progress|final|detailed|full|annual)\s+)*(?:report|update|paper)s?\s+to\s+(?=(?:the\s+)?[A-Z])/gi],
  // "… is reported annually by the Partnership Board to the Care Partnership": room for the "by" phrase.
  ['report-back', /\breport(?:s|ed)?\s+(?:on\s+)?(?:progress|regularly|quarterly|annually|further|periodically)\b(?:\s+[\w’'-]+){0,7}?\s+to\s+/gi],
  // "following consultation, the Policy return to the Licensing Committee on 10 September": it comes back.
  // Case-sensitive: the name's capitals must be capitals, or a run of "and …" words backtracks without end.
  ['report-back', /\b(?:[Rr]eturn|[Cc]ome back|[Bb]e brought back)\s+to\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*\s+(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Group|Sub-Committee)\b)/g],
  ['report-back', /\b(?:bring|brings|brought|present|presented|submit|submitted|report)\s+(?:[\w’'-]+\s+){1,8}?back\s+to\s+/gi],
  ['report-back', /\b(?:to|will|shall|should)\s+report\s+(?:[\w’'-]+\s+){0,5}?to\s+(?=(?:the\s+)?[A-Z])/gi],
  ['recommend', /\brecommend(?:s|ed|ing)?\s+(?:(?!that\b)[\w’'/-]+\s+){0,6}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi],
  ['recommend', /\bsupported\s+to\s+(?=(?:the\s+)?[A-Z])/g],
  // "the proposal be endorsed and commended to the Executive Board".
  ['recommend', /\bcommended\s+(?:\w+\s+){0,2}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g],
  // "recommend the County Council to agree the revised fees": the body before the verb.
  ['recommend', /\brecommend(?:s|ed)?\s+(?=(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:Council|Cabinet|Board|Committee|Executive|Authority)\s+to\s+[a-z])/g],
  ['recommend', /\brecommend(?:s|ed|ing)?\s+the\s+referral\s+of\s+[^.;]{1,150}?\s+to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi],
  // "remitted to the Planning Sub-Committee": the Scottish word. "referred to the next meeting of the Housing Panel": that body.
  ['refer', /\b(?:referred|forwarded|escalated|remitted)\s+(?:\w+\s+){0,3}?to\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent)\s+meeting\s+of\s+)?(?!in\b|as\b|above\b|below\b|earlier\b|at\b)/gi],
  // "… prior to referral to the Traffic Committee", "the matter be referred back to the Councillor Workshop".
  ['refer', /\b(?:(?:prior|subject)\s+to\s+|before\s+|for\s+|on\s+)?(?:its\s+|their\s+)?referral\s+to\s+/gi],
  ['refer', /\b(?:matter|item|motion|application|proposal|report)\s+be\s+referred\s+back\s+to\s+/gi],
  ['refer', /\b(?:refer|forward)(?:s)?\s+(?:[\w’'-]+\s+){1,8}?to\s+(?=(?:the\s+)?[A-Z])/g],
  // "the approach to be presented to Cabinet": put before another body to decide.
  ['refer', /\b(?:to\s+be|be)\s+presented\s+to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi],
  ['refer', /\b(?:be\s+)?(?:submitted|sent|reported)\s+(?:(?!back\b)\w+\s+){0,3}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])(?![^.;]*\bfor information\b)/gi],
  ['circulate', /\b(?:be\s+)?(?:circulated|copied|provided|distributed|sent|made available|passed)\s+(?:\w+\s+){0,3}?to\s+/gi],
  ['request', /\b(?:(?:re)?assurances?|information|advice|clarification|views?|a response|responses)\s+(?:be\s+)?(?:sought|requested|obtained)\s+from\s+/gi],
  ['request', /\bseek(?:s|ing)?\s+(?:[\w’'-]+\s+){0,4}?from\s+/gi],
  ['request', /\b(?:obtain|get|gather|receive)\s+(?:\w+\s+){0,2}?(?:input|views|comments|advice|feedback)\s+from\s+/gi],
  ['request', /\b(?:request|ask|urge|invite|call upon|write to)(?:s)?\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|of|&)?\s*[A-Z][\w’'-]*)*\s+to\b)/g],
];

/** Patterns with the body before the verb: "That Police reassurance be sought", "the Government be urged to". */
/** A capitalised name of several words: "the Overview and Scrutiny Management Board". */
const NAME = String.raw`(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*`;

const BACKWARD: [ReferralKind, RegExp][] = [
  ['request', new RegExp(String.raw`\b(${NAME})\s+(?:re)?assurance\s+be\s+sought\b`, 'g')],
  // "the views of the Youth Council be sought".
  ['request', new RegExp(String.raw`\b(?:views?|comments?|advice|input)\s+of\s+(${NAME})\s+be\s+(?:sought|requested|obtained)\b`, 'g')],
  ['request', new RegExp(String.raw`\b(${NAME})\s+be\s+(?:urged|asked|requested|invited|lobbied|called upon)\s+to\b`, 'g')],
  ['refer', new RegExp(String.raw`\bto\s+(${NAME})\s+be\s+referred\b`, 'g')],
  // "That the Council be recommended to give approval to: (1) …": the body before the verb.
  ['recommend', new RegExp(String.raw`\b(${NAME})\s+be\s+recommended\s+to\b`, 'g')],
  ['circulate', new RegExp(String.raw`\bto\s+((?:all\s+(?:of\s+)?)?${NAME})\s+be\s+(?:circulated|copied|provided|sent)\b`, 'g')],
  // "Council to receive and file this report" notes a report already there: nothing comes back.
  // Case-sensitive like the others: with `i` the name's capitals match any word, and a long
  // run of "and the matter be …" backtracks exponentially (the fuzz suite found 134 s).
  // "That Council receive this report for information" notes the report in hand: nothing comes back.
  ['report-back', new RegExp(String.raw`^(?:[Tt]hat\s+|THAT\s+)?(${NAME})\s+(?:continues?\s+to\s+|to\s+|will\s+)?receive\b(?!\s+(?:and|&)\s+file\b)(?![^.]*\b(?:this|the)\s+report\b)(?![^.]*\bfor\s+information\b)[^.]*\b(?:updates?|reports?|information)\b`, 'g')],
];

/**
 * "a revised procedure be submitted to the Committee": the meeting's own body, named
 * by its bare kind, is getting a report back, not being sent a matter.
 */
function selfReport(kind: ReferralKind, to: string, text: string): ReferralKind {
  if (kind !== 'refer' || !SELF.test(to)) return kind;
  return /\b(?:submitted|reported|presented|brought)\b/i.test(text) ? 'report-back' : kind;
}

const SELF = /^(?:committee|sub-committee|panel|board|commission|forum|group|working group)$/i;

const NEGATED = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}$/i;

/** Every body a clause sends something to, with how: "resubmitted to X before it was forwarded to Y; Z and W" is four. */
export function findReferrals(text: string): FoundReferral[] {
  const found: FoundReferral[] = [];
  const seen = new Set<string>();
  const add = (to: string, kind: ReferralKind) => {
    const key = to.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ to, kind });
  };
  const hits: { at: number; kind: ReferralKind; names: string[] }[] = [];
  for (const [kind, re] of FORWARD) {
    for (const m of text.matchAll(re)) {
      if (NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const end = m.index + m[0].length;
      const strong = kind === 'refer' || kind === 'resubmit' || kind === 'recommend';
      const names = readBodies(text, end, strong, kind !== 'circulate' && kind !== 'report-back').filter((n) => !(kind === 'circulate' && /^(?:members|councillors)$/i.test(n)));
      if (names.length) hits.push({ at: m.index, kind, names });
    }
  }
  for (const [kind, re] of BACKWARD) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]);
      const body = readBody(text, start);
      if (body) hits.push({ at: m.index, kind, names: [body.name] });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  for (const h of hits) for (const n of h.names) add(n, selfReport(h.kind, n, text));
  return found;
}
