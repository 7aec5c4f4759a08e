import type { ReferralKind } from '../types.js';
import { readBodies } from './bodies.js';
import { titleCase } from './markers.js';
import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { foldLatin } from '../text/fold.js';

export interface FoundReferral {
  to: string;
  kind: ReferralKind;
  /** The lexicon rule that found it (`referral.referred-to`). */
  rule: string;
}

/**
 * "a revised procedure be submitted to the Committee": the meeting's own body, named
 * by its bare kind, is getting a report back, not being sent a matter; so is a body
 * named as "this Cabinet", "this Council".
 */
function selfReport(kind: ReferralKind, to: string, text: string): ReferralKind {
  if (kind !== 'refer' || !(SELF.test(to) || new RegExp(String.raw`\bthis\s+${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'i').test(text))) return kind;
  return /\b(?:submitted|reported|presented|brought)\b/i.test(text) ? 'report-back' : kind;
}

const SELF = /^(?:committee|sub-committee|panel|board|commission|forum|group|working group)$/i;

const NEGATED = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}$/i;
/**
 * "Notes that the Panel's final recommendations will be reported to Council in August": what the meeting noted is someone
 * else's plan, not a matter it sent on.
 */
// "That the Strategy and Policy Committee: Notes that …": a list item read with its lead-in, the subject's colon between.
const NOTES_THAT = /^(?:that\s+)?(?:(?:the\s+)?[\w’' -]{0,60}?(?:\s|:\s+))?notes?\s+that\b/i;
const PLANNED = /\b(?:will|would|shall)\s+(?:continue\s+to\s+|then\s+|also\s+)?(?:be\s+(?:\w+ly\s+)?)?$/i;

/** Every body a clause sends something to, with how: "resubmitted to X before it was forwarded to Y; Z and W" is four. */
export function findReferrals(text: string, lex: Lexicon = lexiconFor()): FoundReferral[] {
  const found: FoundReferral[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: ReferralKind, rule: string) => {
    // "RESOLVED TO RECOMMEND TO COUNCIL": a name shouted with the marker is the Council; "NHS" stays as printed.
    // "the Planning Commission meeting of June 4": the body, not its meeting.
    // "the Annual Parish Meeting" is itself the body: only a name that ends in a body's word before it loses "meeting".
    // "to the Board's meeting in March": the body, not its possessive.
    const bare = name.replace(/\b(council|committee|board|commission|cabinet|panel|forum|authority|assembly|executive|group|trust)(?:[’']s)?(?:\s+(?:(?:regular|special|joint)\s+)?meeting)?$/i, '$1');
    // "a response be sent to DAERA": one word in capitals that is no body's own noun is an acronym, kept as printed.
    const to = /[a-z]/.test(bare) || !/[A-Z]{5}/.test(bare) || (/^[A-Z]{2,8}$/.test(bare) && !BARE_HEAD.test(bare)) ? bare : titleCase(bare);
    const key = to.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ to, kind, rule });
  };
  const hits: { at: number; end?: number; kind: ReferralKind; names: string[]; rule: string; local?: boolean }[] = [];
  // Every wording matched, named bodies or not: "a copy be sent to Healthwatch" is a copy, though only "sent to" reads the name.
  const spans: { at: number; end: number; kind: ReferralKind }[] = [];
  // The patterns read the folded copy ("Ministère" as "Ministere"), the names are read from the text itself at the same index.
  const folded = foldLatin(text);
  for (const { kind, pattern, backward, id, local } of lex.referrals) {
    for (const m of folded.matchAll(pattern)) {
      if (backward) {
        // "That the views of Network Rail be sought": an explicit request names any capitalised
        // body, when the name was caught whole ("the Minister for Health" is caught as "Health").
        const caught = m.index + m[0].indexOf(m[1]);
        // "the Department for Infrastructure be requested to …" is caught from "Infrastructure": the name is read from its
        // first word, and a name that is an office holder's ("the Minister for Health") is still none.
        const before = NAME_BEFORE.exec(folded.slice(Math.max(0, caught - 60), caught));
        const at = before ? caught - before[0].length : caught;
        // "That Natural Resources Wales and the Town and Community Councils be consulted …": each body of a list before the verb.
        const names = readBodies(text, at, false, kind === 'request' || kind === 'refer');
        if (names.length) hits.push({ at: m.index, kind, names, rule: id, local });
        continue;
      }
      if (NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (PLANNED.test(text.slice(Math.max(0, m.index - 40), m.index)) && NOTES_THAT.test(text)) continue;
      const end = m.index + m[0].length;
      const strong = kind === 'refer' || kind === 'resubmit' || kind === 'recommend';
      const names = readBodies(text, end, strong, kind !== 'circulate' && kind !== 'report-back').filter((n) => !(kind === 'circulate' && /^(?:members|councillors)$/i.test(n)));
      spans.push({ at: m.index, end, kind });
      if (names.length) hits.push({ at: m.index, end, kind, names, rule: id, local });
    }
  }
  // "a copy of this resolution be forwarded to …, and all Ontario municipalities": a shorter wording ending where a wider
  // one ends ("forwarded to") reads the same list, more loosely; the wider wording's kind holds for every name in it.
  for (const h of hits) {
    const wider = h.end === undefined ? undefined : spans.find((g) => g.end === h.end && g.at < h.at);
    if (wider) h.kind = wider.kind;
  }
  // The first hit naming a body gives its kind: a council's own wording before any shared one.
  hits.sort((a, b) => Number(Boolean(b.local)) - Number(Boolean(a.local)) || a.at - b.at);
  for (const h of hits) for (const n of h.names) add(n, selfReport(h.kind, n, text), h.rule);
  // "REPORT BACK to City Council … any that require funding to be reported to Council separately": the bare
  // head noun is the body the clause has already named in full.
  return found.filter((f) => !(BARE_HEAD.test(f.to) && found.some((g) => g !== f && g.to.split(/\s+/).length > 1 && new RegExp(`\\b${f.to}$`, 'i').test(g.to))));
}

/** The words of a name that stand before where a pattern caught it: "Department for " before "Infrastructure". */
const NAME_BEFORE = /(?:[A-Z][\w’'-]*\s+(?:(?:for|of|and|&)\s+)?)+$/;

const BARE_HEAD = /^(?:council|cabinet|committee|board|panel|commission|executive|partnership|forum|authority|trust)$/i;
