import type { Owner } from '../types.js';

/** A literal, case-insensitive, inside a case-sensitive pattern (names must start with capitals). */
function ci(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, String.raw`\s+`);
}
const alt = (list: string[]) => `(?:${list.map(ci).join('|')})`;

/** "Finance", "Adult Care, Housing and Public Health": capitalised words and their joiners. */
const NAME = String.raw`[A-Z][\w’'&-]*(?:(?:,?\s+(?:and|&|of|for)\s+|,?\s+)[A-Z][\w’'&-]*)*`;
/** Officer roles as minutes name them. */
const ROLE = String.raw`(?:${alt(['assistant', 'deputy', 'interim', 'acting', 'executive', 'strategic', 'corporate', 'service', 'group'])}\s+)*` +
  String.raw`(?:${alt(['chief executive'])}|${ci('chief')}\s+[A-Za-z]+\s+${ci('officer')}|${ci('director')}(?:\s+${ci('of')}\s+${NAME})?` +
  String.raw`|${ci('head of')}\s+${NAME}|${alt(['monitoring', 'section 151', 's151', 'finance', 'planning', 'licensing', 'proper'])}\s+${ci('officer')}` +
  String.raw`|${alt(['town clerk', 'parish clerk', 'council clerk', 'clerk'])}|[A-Z][\w’'&]*(?:\s+[A-Z][\w’'&]*){0,3}\s+${ci('manager')}` +
  String.raw`|${alt(['cabinet member for', 'portfolio holder for'])}\s+${NAME}|${alt(['leader of the council', 'chairman', 'chairperson', 'chair', 'officers'])})`;
const BE = alt(['be', 'is', 'are', 'were']);
const VERBED = alt(['asked', 'requested', 'instructed', 'authorised', 'authorized', 'directed', 'invited', 'tasked', 'empowered', 'delegated', 'given delegated authority', 'granted delegated authority']);

/** "the Chief Executive be asked to", "officers be requested to", "the Director ... is authorised to". */
const ASKED = new RegExp(String.raw`\b(?:${ci('the')}\s+)?(${ROLE})\s*,?\s+(?:${ci('in consultation with')}\s+[^,]+?,\s+)?${BE}\s+(?:${ci('hereby')}\s+)?${VERBED}\b`);
/** "delegate authority to the Head of Planning", "delegated to the Director of Finance". */
const DELEGATED = new RegExp(String.raw`\b${ci('delegat')}(?:e|ed|es|ing)\s+(?:(?:${ci('the')}\s+)?${alt(['authority', 'powers', 'power'])}\s+)?${ci('to')}\s+(?:${ci('the')}\s+)?(${ROLE})`);
/** "delegated authority be given to the Director of Environment", "authority is granted to the Head of Legal". */
const GIVEN = new RegExp(String.raw`\b(?:${ci('delegated')}\s+)?${alt(['authority', 'powers', 'power'])}\s+(?:${BE}\s+)?${alt(['given', 'granted'])}\s+${ci('to')}\s+(?:${ci('the')}\s+)?(${ROLE})`);
/** "ask the Chief Executive to", "request officers to", "instruct the Clerk to". */
const ASK = new RegExp(String.raw`\b${alt(['asks', 'ask', 'requests', 'request', 'instructs', 'instruct', 'directs', 'direct', 'authorises', 'authorise', 'authorizes', 'authorize'])}\s+(?:${ci('the')}\s+)?(${ROLE})\s+${ci('to')}\b`);

/**
 * Who must act on a clause, from its wording, with the words it came from. Only officer
 * roles and office holders: a body a matter goes to is the referral's target instead.
 */
export function findOwner(text: string): Owner | undefined {
  for (const re of [ASKED, DELEGATED, GIVEN, ASK]) {
    const m = re.exec(text);
    if (!m) continue;
    const name = tidy(m[1]);
    if (!name) continue;
    return { name, words: m[0].trim() };
  }
  return undefined;
}

function tidy(role: string): string {
  const name = role.replace(/\s+/g, ' ').replace(/,$/, '').trim();
  if (/^officers$/i.test(name)) return 'Officers';
  // "chief executive" in running text: give it the capitals a list of owners reads best with.
  return name.replace(/(?<![’'])\b([a-z])(\w*)/g, (w, first: string, rest: string) => (/^(?:of|and|for|the|in)$/.test(w) ? w : first.toUpperCase() + rest));
}
