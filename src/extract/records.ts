import type { Item, Recommendation, Referral, Resolution } from '../types.js';
import type { Clause } from './reading/clause.js';
import { effectsOf, hasAction } from './effects.js';
import { isSelfReference } from './bodies.js';
import { findReferrals } from './referrals.js';
import { aliasKey, LEAVES_WORK, lexiconFor, type Lexicon } from '../lexicon/index.js';
import { findOwner } from './owner.js';
import { findDue } from './due.js';
import { MOVERS_AFTER } from '../lexicon/words.js';

export interface Records {
  resolutions: Resolution[];
  recommendations: Recommendation[];
  referrals: Referral[];
}

/** "notes the recommendation made by the Overview and Scrutiny Management Committee that Cabinet approves ..." */
const CITED = /\brecommendations?\s+(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,8}(that\s+.+)$/;

/** The body a recommendation's clause makes its subject: "that Council approves …", "That the Full Council adopts …". */
const ADDRESSED_BODY = /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?((?:Full\s+)?Council|Cabinet|Executive)\s+(?!(?:tax|meeting|report|house|officers?)\b)[a-z]/;
/** Wordings that may name the meeting's own body: a matter kept for its own next meeting is no referral. */
const TO_OWN_MEETING = new Set(['referral.deferred-to-meeting-of', 'referral.continued-to-body-meeting', 'referral.placed-on-agenda-of']);

/** Give clauses their ids, effects, action flag and referrals, in reading order. */
export function buildRecords(clauses: Clause[], items: Item[], meetingDate?: string, lex: Lexicon = lexiconFor(), meetingBody?: string): Records {
  const out: Records = { resolutions: [], recommendations: [], referrals: [] };
  const itemLabel = new Map(items.map((i) => [i.id, i.number ?? i.title]));
  const ordered = [...clauses].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const clause of ordered) {
    // "… the Board approved the tender, proposed by Ms. Cronin and seconded by Mr. Hegarty.": the movers are read from the
    // lines as the motion's facts, and are no part of the decision. (Most clauses name no seconder: the pattern is not run.)
    const joined = clause.parts.join(' ');
    const text = joined.includes('econded') ? joined.replace(MOVERS_AFTER, '') : joined;
    // A list item's verb and target may sit in its lead-in: "That the Council be recommended to give approval to: (1) …".
    const context = clause.leadText ? `${clause.leadText} ${text}` : text;
    const position = { line: clause.line, column: clause.column };
    const item = clause.item ? itemLabel.get(clause.item) : undefined;
    const base = { ...(item ? { item } : {}), ...(clause.number?.raw ? { number: clause.number.raw } : {}), text };
    // GUIDE: a deferral to the meeting's own next meeting is an action, not a referral.
    // BoardDocs' "… to approve the Original motion 'It is recommended that the Park Hill Board of Education approve …'": the
    // body the quoted recommendation addresses is the meeting, which decided it.
    const own = clause.rules.includes('reader.quoted-recommendation');
    const found = findReferrals(context, lex).filter((f) => !(TO_OWN_MEETING.has(f.rule) && sameBody(f.to, meetingBody)) && !(own && f.kind === 'recommend'));
    let from: string;
    if (clause.kind === 'resolution') {
      from = `r${out.resolutions.length + 1}`;
      // A resolution to recommend to another body leaves that body's decision to come.
      const local = lex.effects.filter(([, re]) => re.test(context)).map(([effect]) => effect);
      const effects = [...new Set([...(clause.effects ?? []), ...effectsOf(context), ...local, ...(clause.to ? (['recommended'] as const) : [])])];
      // Sending a matter to another body (not just circulating it) leaves that body's part to come.
      const sends = found.some((f) => f.kind !== 'circulate');
      // "Action: Clerk" under it names who acts: the decision leaves that work to do.
      const action = Boolean(clause.assignee) || Boolean(clause.to) || sends || local.some((e) => LEAVES_WORK.has(e)) || hasAction(context, effects) || (context !== text && hasAction(text, effects));
      const owner = clause.assignee ?? (action ? findOwner(context) : undefined);
      const due = action ? findDue(context, meetingDate) : undefined;
      out.resolutions.push({ id: from, ...base, effects, action, ...(owner ? { owner } : {}), ...(due ? { due } : {}), position, rules: clause.rules });
      const cited = CITED.exec(text);
      if (cited) out.recommendations.push({ id: `c${out.recommendations.length + 1}`, ...(item ? { item } : {}), text: cited[1], origin: 'external', position, rules: [...clause.rules, 'reader.cited-recommendation'] });
    } else {
      from = `c${out.recommendations.length + 1}`;
      out.recommendations.push({ id: from, ...base, origin: clause.origin ?? 'report', position, rules: clause.rules });
    }
    if (clause.to && !found.some((f) => f.to.toLowerCase() === clause.to!.toLowerCase())) found.unshift({ to: clause.to, kind: 'recommend', rule: clause.rules[0] });
    // "RECOMMENDED – that Council approves an additional £250,000 …": a meeting's own recommendation that names no body after
    // its marker goes to the body its clause makes the subject.
    const addressed = clause.kind === 'recommendation' && clause.origin === 'committee' && !clause.to ? ADDRESSED_BODY.exec(text) : null;
    if (addressed && !found.some((f) => f.kind === 'recommend')) found.unshift({ to: addressed[1], kind: 'recommend', rule: clause.rules[0] });
    for (const f of found) {
      out.referrals.push({ id: `f${out.referrals.length + 1}`, from, to: bodyName(f.to, lex), kind: f.kind, position, rule: f.rule });
    }
  }
  return out;
}

/** The body's name in records: the council's own name for it when its config gives one. */
export function bodyName(name: string, lex: Lexicon): string {
  return lex.bodies.get(aliasKey(name)) ?? name;
}

/** The meeting's own body, by its bare kind ("the Board" in a Board's minutes) or its name. */
function sameBody(name: string, body: string | undefined): boolean {
  return Boolean(body) && (isSelfReference(name, body) || aliasKey(name) === aliasKey(body!));
}
