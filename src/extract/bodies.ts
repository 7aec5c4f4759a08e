import { YEAR_SPAN } from '../lexicon/words.js';

/**
 * Names of bodies (committees, boards, councils, agencies) as they appear in running
 * text. A referral goes to a body, never to a person or an office holder.
 */
const HEAD = /^(?:workshop|workshops|council|councils|cabinet|board|boards|committee|committees|sub-committee|sub-committees|subcommittee|subcommittees|commission|panel|panels|group|groups|forum|partnership|service|services|government|police|executive|assembly|parliament|authority|authorities|agency|trust|members|councillors|whips|department|office|ombudsman|inspectorate|scrutiny|network|team|directorate|association|corporation|constabulary|nhs|ccg|body|bodies|meeting|commissioner|executive|secretariat|municipalities|unit|conference|federation|alliance|coalition|caucus|senate|court|tribunal|district|ward|parish|region|water|jury|society|council's)$/i;

/** A meeting's venue: "Council Chamber", "Town Hall", "Civic Centre". */
const VENUE = /^(?:Council|Town|Civic|Guild|Village|Community|County|City|Municipal)\s+(?:Chambers?|Hall|Centre|Center|Offices|Buildings?|House|Room)\b/;

/** An office holder's title and nothing after it: "the Minister for Transport", "Mr Ryan". */
const OFFICE_NAME = /^\s*(?:(?:the|our|their|its|local|area)\s+)*[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'.-]*)*\s*$/;
const PERSON = /\b(?:hon|honourable|honorable|ceo|cao|cfo|coo|mpps?|mps?|mlas?|mnas?|mhas?|msps?|meps?|tds?|senator|congress(?:man|woman|member)|assemblymember|officer|officers|counsel|attorney|solicitor|treasurer|auditor|administrator|engineer|planner|assessor|surveyor|architect|controller|guardian|champion|co-?ordinator|advis[oe]r|director|chief executive|leader|mayor|chair|chairman|chairperson|chairs|clerk|head of|manager|secretary|cabinet member|portfolio holder|convener|councillor|cllr|minister|member for|premier|taoiseach|t[aá]naiste|prime minister|first minister|governor|constable|sheriff|sergeant|sgt|inspector|superintendent|pcso|head\s?teacher|headmaster|headmistress|(?:harbou?r|dock|port)\s?master|mr|mrs|ms|miss|dr|professor|sir|dame|lord|lady)\b/i;
/** An officer or a member named by what they answer for: "Head of Legal Services", "the Cabinet Member for Children's Services". */
const OFFICER_OF = /^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:(?:manager|director|head|officer|clerk|secretary|treasurer|commissioner|controller|superintendent|inspector|registrar|chief(?:\s+executive)?)\s+of|(?:minister|secretary(?:\s+of\s+state)?|cabinet\s+secretary)\s+(?:for|of)|(?:member|portfolio\s+holder)\s+for)\b/i;
/**
 * What a matter goes to a body for, as a title in capitals names it: "for Review", "for Approval and Recommendation", "for
 * Review Pursuant to N.J.S.A. 40A:12A-7(e)" (the statute it goes under, after the purpose).
 */
const PURPOSE = /^(?:review|consideration|approval|comment|comments|information|recommendation|recommendations|action|decision|determination|report|study|input|and|its|pursuant)$/i;
/** Capitalised words that name parts of documents, not bodies. */
const NOT_BODY = /^(?:appendix|appendices|annex|paragraph|section|table|schedule|part|items?|minute|page|report|policy|strategy|plan|option|recommendation|chapter|article|clause|regulation|act|comm|comms|the)$/i;
/** The document-part words that never start a body's name, even one ending in "Committee". */
const DOCUMENT_PART = /^(?:appendix|appendices|annex|paragraph|section|table|schedule|items?|minute|page|chapter|article|clause|the)$/i;
const VAGUE = /^(?:the\s+)?(?:appropriate|relevant|respective|other|such|any|future|next|a|an|all\s+relevant|each|its|their|his|her)\b/i;

/** The word before "of" in a municipality's legal name; alone ("the Town") it names no body. */
const MUNICIPAL_WORDS = 'township|municipality|town|city|county|village|borough|shire|province|state|commonwealth|corporation';
const MUNICIPALITY = new RegExp(`^(?:${MUNICIPAL_WORDS})$`, 'i');
const MUNICIPAL_NAME = new RegExp(String.raw`^(?:the\s+)?(?:(?:rural|regional|united|royal)\s+)?(?:${MUNICIPAL_WORDS})\s+of\s+[A-Z]`, 'i');

/** "Township of Maple Hill", "Rural Municipality of Pembina Flats": a municipality by its legal name, no head word of its own (a title page's, where its Council met). */
export function isMunicipalName(name: string): boolean {
  return MUNICIPAL_NAME.test(name) && !endsOnBodyWord(name);
}
// "the MRC des Collines", "Ville de Gatineau", "Ministère des Transports et de la Mobilité durable": French names of Quebec and
// New Brunswick bodies join with de, des, du, la, et. English and Welsh place names keep theirs in lower case too:
// "Newcastle under Lyme", "Weston super Mare", "Chester le Street", "Betws y Coed", "Betws yn Rhos", "Llanfair ar y Bryn".
const CONNECTOR = /^(?:and|of|for|&|on|in|the|de|des|du|la|et|upon|under|super|le|y|yn|ar)$/i;
/** A government named by its level: "the federal government", "provincial and federal governments". */
const LEVEL = /^(?:provincial|federal|state|national|territorial|commonwealth)(?:\s+(?:and|&|or)\s+(?:provincial|federal|state|national|territorial|commonwealth))?\s+governments?\b/;
/**
 * Every council of a kind after "all": "all local authorities", "all other county councils", "all parish councils", "all
 * municipalities", an Ontario region's "all local (area, lower-tier) municipalities", "all Ontario municipalities", "all
 * municipal districts".
 */
const EVERY_COUNCIL = /^(?:other\s+)?(?:local\s+authorities|(?:local\s+|county\s+|city\s+and\s+county\s+|municipal\s+|parish\s+|town\s+and\s+(?:parish|community)\s+|town\s+|community\s+|district\s+)?councils|(?:(?:local|area|lower-tier|member)\s+|[A-Z][a-z]+\s+)?municipalities|municipal\s+districts)\b/i;
/** The councils a joint body answers to, named in lower case after "the" or "all": "the constituent councils", "all partner authorities". */
const MEMBER_COUNCILS = /^(?:constituent|partner|member|participating|neighbouring|neighboring)\s+(?:local\s+)?(?:councils|authorities|municipalities)\b/i;
/** After "all": "members of the Council", "councillors of the Town Council". */
const ALL_MEMBERS_OF = /^(?:members|councillors)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Committee|Board|Cabinet|Panel|Authority)\b/;
/** Words after a body's name in a clause in capitals, which no name holds: "… COUNCIL FOR INFORMATION", "… REQUESTING A STUDY". */
const CAPS_STOP = /^(?:REQUESTING|REGARDING|CONCERNING|SEEKING|ASKING|URGING|EXPRESSING|OUTLINING|CONFIRMING|INVITING|SUPPORTING|OPPOSING|CALLING|NOTING|ADVISING|INFORMING|THANKING|TO|AT|BY|WITH|THAT|BE|AS|IS|ARE|WILL|FROM)$/;
/** "St. Adrien Parish Police Jury", "Mt. Hope Town Board": a saint's or a mount's stop is part of the name and ends none. */
const NAME_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt)\.$/;
/** What a matter may be referred to that is no body: a programme, a scheme, a grants round ("the Heritage Fund" is a funder). */
const SCHEME = /^(?:programs?|programmes?|schemes?|grants?|projects?|process|budgets?|lists?|registers?|initiatives?)$/i;
/** The last word of a document's name, the subject after a body: "… Act", "… Improvement Plan", "… Strategy". */
const SUBJECT_DOCUMENT = /^(?:act|bill|plan|strategy|policy|review|report|programme|program|scheme|consultation|framework|proposals?|budget|by-?laws?|regulations?|order|guidance)$/i;
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export interface BodyName {
  name: string;
  end: number;
}

/** A noun in lower case that a name before it qualifies ("warrant", "agenda", "ballot"): no verb, joining word or meeting. */
const QUALIFIED_NOUN = /^(?!(?:to|that|which|who|as|at|on|in|by|with|from|regarding|about|meetings?|members|staff|officers|and|or|for)$)[a-z]+(?<!ing|ed)$/;

/**
 * Read one body name starting at `from` in `text`: capitalised words with "and",
 * "of", "for" between them ("Overview and Scrutiny Management Board"), or an
 * abbreviation (OSMB). Returns undefined when what stands there is not a body.
 */
/**
 * `loose`: after an explicit verb ("assurance be sought from", "referred to") any
 * capitalised name is taken as a body (NHS England, Network Rail), not only names
 * ending in a word like Board or Council.
 */
export function readBody(text: string, from: number, allowLower = false, loose = false): BodyName | undefined {
  // Letters of any script: "Ministère des Transports", "Ōtākaro Community Board".
  const re = /(\p{L}[\p{L}\p{N}_’'.-]*|&)(\s*)/guy;
  const words: string[] = [];
  // Where each word read ends: the name ends where its last kept word does.
  const ends: number[] = [];
  let m: RegExpExecArray | null;
  // "That Police reassurance be sought": the clause's own "That" is no part of the name.
  // "to a Submissions Committee meeting": a body's meeting named with an indefinite article.
  const article = /^(?:that\s+|all\s+(?:of\s+)?|the\s+|its\s+|this\s+|a\s+(?=[A-Z]))*/i.exec(text.slice(from))?.[0] ?? '';
  // "the Police and Crime Commissioner's office", "Lancashire Police, Fire and Crime Panel": a name that holds "and" and
  // commas, read whole, with the place before it.
  const one = ONE_NAME_PLACED.exec(text.slice(from + article.length));
  if (one && /^\p{Lu}/u.test(one[0]) && /^(?:\p{Lu}[\w’'-]*\s+)*$/u.test(one[1])) return { name: one[0], end: from + article.length + one[0].length };
  // "to the full Licensing Committee", an Irish "plenary Council": a lower-case word says which meeting of it ("the Full
  // Council" is a name).
  const lead = article + (/^(?:full|plenary)\s+(?=[A-Z])/.exec(text.slice(from + article.length))?.[0] ?? '');
  re.lastIndex = from + lead.length;
  const prefix = lead.trim();
  // "call on the provincial and federal government to …": a government named by its level, in lower case.
  const level = LEVEL.exec(text.slice(from + lead.length));
  if (level) return { name: level[0], end: from + lead.length + level[0].length };
  // "forward the motion to all local authorities": every council of a kind, named in lower case.
  const every = /\ball\b/i.test(article) ? EVERY_COUNCIL.exec(text.slice(from + lead.length)) : null;
  if (every) return { name: `all ${every[0]}`, end: from + lead.length + every[0].length };
  const members = article ? MEMBER_COUNCILS.exec(text.slice(from + lead.length)) : null;
  if (members) return { name: `${/\ball\b/i.test(article) ? 'all' : 'the'} ${members[0]}`, end: from + lead.length + members[0].length };
  // "be circulated to all members of the Council for comment": every member of the body named, a group as "all Members" is.
  const everyMember = /\ball\b/i.test(article) ? ALL_MEMBERS_OF.exec(text.slice(from + lead.length)) : null;
  if (everyMember) return { name: `all ${everyMember[0]}`, end: from + lead.length + everyMember[0].length };
  // "TO THE COUNTY COUNCIL FOR INFORMATION", "TO THE MINISTRY OF TRANSPORTATION REQUESTING …": in a clause all in capitals
  // every word looks like a name's, so only "of" and "and" join one and a participle or "for", "on", "in" ends it.
  const shouting = !/[a-z]/.test(text.slice(from, from + 80));
  // "referred to the 2027 Budget Committee": the year a body sits for opens its name, kept only when a body's word ends it.
  const year = YEAR_LEAD.exec(text.slice(from + lead.length))?.[0];
  if (year) re.lastIndex += year.length;
  while ((m = re.exec(text))) {
    const word = NAME_ABBREVIATION.test(m[1]) ? m[1] : m[1].replace(/[.]+$/, '');
    // "to the Committee in January 2024": a date ends the name; so does the verb of a title in capitals ("… Parish Council Held on …").
    // So does a quarter or a season after "in" or "by" ("to the Public Works Committee in Q1 2027", "… by Autumn 2027").
    if (CALENDAR.test(word) || /^(?:held|met|convened|commencing)$/i.test(word)) break;
    if (/^(?:in|by|during|until)$/i.test(words[words.length - 1] ?? '') && /^(?:Q[1-4]|spring|summer|autumn|fall|winter)$/i.test(word)) break;
    // "Minute of Meeting of the Environment and Transport Committee" run onto its venue, "Council Chamber, Town Hall, Lerwick":
    // after a body's head noun, the place it met is no part of its name.
    if (words.length > 0 && HEAD.test(words[words.length - 1]) && VENUE.test(text.slice(m.index))) break;
    if (shouting && words.length > 0 && (CAPS_STOP.test(word) || (CONNECTOR.test(word) && !/^(?:AND|OF|&)$/.test(word)))) break;
    // "Ministère de l'Éducation": a French article elided onto a name's capital (the lexicon's ask-body-to reads it so too).
    const capital = /^(?:[ld][’'])?\p{Lu}/u.test(word);
    // "circulate it to all Panel members": after "all", the members of a body named before them are the group.
    if (!capital && /^(?:members|councillors)$/.test(word) && /\ball\b/i.test(prefix) && words.length > 0 && HEAD.test(words[words.length - 1])) {
      words.push(word);
      ends.push(m.index + m[1].length);
      break;
    }
    if (!capital && !CONNECTOR.test(word) && !(allowLower && HEAD.test(word))) break;
    if (!capital && CONNECTOR.test(word) && words.length === 0) break;
    // "to the Audit Committee for scrutiny": after a capitalised name, a connector then a word in lower case is the purpose, not more name.
    if (!capital && !CONNECTOR.test(word) && CONNECTOR.test(words[words.length - 1] ?? '') && words.some((w) => /^\p{Lu}/u.test(w))) break;
    words.push(word);
    ends.push(m.index + m[1].length);
    if (m[1].endsWith('.') && !/^[A-Z]\.$/.test(m[1]) && !NAME_ABBREVIATION.test(m[1])) break;
  }
  // "… Builders Association and to the …": the name ends before the connector it stopped on.
  while (words.length && CONNECTOR.test(words[words.length - 1])) {
    words.pop();
    ends.pop();
  }
  // "submit a bid to Homes England for the Brookfield regeneration scheme": after a name that ends in no body's word, "for
  // the" and a name that a word in lower case goes on from is the purpose, not more of the body's name ("Department for
  // Infrastructure", "the Committee for the Environment" are names).
  // After a board's or a committee's word the same where the name runs into a noun in lower case that it qualifies: "to the
  // Select Board for the Annual Town Meeting warrant" (not a body's "meeting", nor a verb: "the Department for the Economy
  // to accelerate …", "the Committee for the Environment meeting" keep their names).
  const purpose = words.lastIndexOf('for');
  if (purpose > 0 && words[purpose + 1] === 'the') {
    const after = /^\s+([a-z]+)/.exec(text.slice(ends[ends.length - 1]))?.[1];
    if (after && !CONNECTOR.test(after) && (!HEAD.test(words[purpose - 1]) || (/^(?:board|council|committee|commission|panel)$/i.test(words[purpose - 1]) && QUALIFIED_NOUN.test(after)))) {
      words.splice(purpose);
      ends.splice(purpose);
    }
  }
  // "to the Planning Board for Review": a title in capitals names the purpose after the body's word, no more of its name.
  const aim = words.findIndex((w, i) => i > 0 && w === 'for' && HEAD.test(words[i - 1]));
  if (aim > 0 && words.slice(aim + 1).every((w) => PURPOSE.test(w))) {
    words.splice(aim);
    ends.splice(aim);
  }
  // "the Accessibility Advisory Committee on the Plan's progress": a possessive after the body's word is the subject, not its name.
  const owner = words.findIndex((w) => /[’']s$/.test(w));
  const head = owner > 0 ? words.slice(0, owner).findLastIndex((w) => HEAD.test(w)) : -1;
  if (head >= 0 && CONNECTOR.test(words[head + 1] ?? '')) {
    words.splice(head + 1);
    ends.splice(head + 1);
  }
  // "the Council's Climate Working Group": whose group it is, before its own name.
  if (words.length > 2 && /^(?:Council|Board|Authority|Cabinet)[’']s$/.test(words[0])) {
    words.shift();
    ends.shift();
  }
  // "seek an update from the Scottish Government on the Community Empowerment Act review", "assurance from NHS Lanarkshire on
  // the Waiting Times Improvement Plan": "on" and a document's name after the body are the subject, no more of its name (the
  // "Committee on Climate Change", the "Select Committee on Public Accounts" are names).
  const subject = words.length > 2 && SUBJECT_DOCUMENT.test(words[words.length - 1]) ? words.findIndex((w, i) => i > 0 && /^(?:on|in|about|regarding)$/.test(w) && /^\p{Lu}/u.test(words[i - 1])) : -1;
  if (subject > 0) {
    words.splice(subject);
    ends.splice(subject);
  }
  if (words.length === 0) return undefined;
  // "advice from the Council's bankers": whose they are, before a word in lower case that names them ("the Licensing
  // Committee's training panel" is that committee's).
  if (words.length === 1 && /[’']s$/.test(words[0]) && /^\s+[a-z]/.test(text.slice(ends[0]))) return undefined;
  const name = words.join(' ').replace(/\s+&\s+/g, ' & ');
  const last = words[words.length - 1];
  // "Appendix A" is part of a document; "Policy and Resources Committee", "Strategy Board" are bodies.
  if (NOT_BODY.test(words[0]) && !(words.length > 1 && HEAD.test(last) && !DOCUMENT_PART.test(words[0]))) return undefined;
  const headed = isHeaded(words);
  // Read loosely, a name is no body when it names a scheme or a numbered stage ("the Community Grants Program, Round 1 2027"),
  // or names what a stage of work is about: "referred to the Long Term Plan deliberations", "the Annual Plan process".
  // So does a place named before a body in lower case: "to the Stirling and Argyll transport committees".
  const scheme = SCHEME.test(last) || /^\s+(?:\d|(?:deliberations?|process|discussions?|review|consultation|round|cycle|debate|hearings?)\b|[a-z]+(?:\s+[a-z]+)?\s+(?:committees?|councils?|boards?|panels?|authorities|groups?|forums?)\b)/.test(text.slice(ends[ends.length - 1]));
  const isBody = headed || (loose && !scheme && words.every((w) => /^(?:[ld][’'])?[\p{Lu}&]/u.test(w) || CONNECTOR.test(w)) && /^\p{Lu}/u.test(words[0]));
  // "Executive" heads a body, but "the (Assistant) Chief Executive" is an officer.
  // "Board of Mayor and Aldermen", Tennessee's council: a body word before "of" names a body, whoever sits on it.
  const boardOf = /^(?:board|council|commission|court)$/i.test(words[0]) && /^of$/i.test(words[1] ?? '');
  if (!isBody || PERSON.test(name) && !HEAD.test(last) && !boardOf || /\bchief executive$/i.test(name)) return undefined;
  // "referred to County counsel", "the City manager": the place names an office after it, in lower case when the text was
  // typed in capitals and read in ordinary case.
  const office = /^\s+([a-z]+)\b/.exec(text.slice(ends[ends.length - 1]))?.[1];
  if (office && !HEAD.test(last) && PERSON.test(office)) return undefined;
  // "Manager of Environmental Services", "Head of Legal Services": an officer, named by the service.
  if (OFFICER_OF.test(name)) return undefined;
  // "the Meeting", "Members", "Councillors", "the Commissioner" standing alone: an occasion, a group, an office holder; no body's name.
  // So is a Canadian council's "Administration" (its staff), where "the Federal Aviation Administration" is an agency.
  if (/^(?:meeting|members|councillors|service|services|office|team|unit|body|commissioner|administration)$/i.test(last) && words.length === 1 && !/\ball\b/i.test(prefix)) return undefined;
  // "Regular Meeting", "Special Council Meeting" name an occasion; only the second names a body.
  if (/^meeting$/i.test(last) && words.slice(0, -1).every((w) => /^(?:ordinary|annual|special|extraordinary|regular|full|monthly|general|adjourned|reconvened|public|informal)$/i.test(w))) return undefined;
  // "to a Submissions Committee meeting": an indefinite article before a name of its own and "meeting" names that body's meeting;
  // "to a Working Group" alone names none.
  const meetingOf = /^a$/i.test(prefix) && words.length > 1 && (/^meeting$/i.test(last) || /^\s+meeting\b/i.test(text.slice(ends[ends.length - 1])));
  if (VAGUE.test(`${meetingOf ? '' : prefix} ${name}`.trim())) return undefined;
  const all = /\ball\b.*$/i.exec(prefix)?.[0];
  // "to the May 2027 Scheduled Council Meeting", "the next Ordinary Council meeting": the kind of sitting is no part of the body
  // ("Full Council" is how English councils name the whole council, and stays).
  const full = (all ? `${all} ${name}` : name).replace(/^(?:the\s+)?(?:ordinary|scheduled|special|extraordinary|regular|monthly)\s+(?=council(?:\s+meeting)?$)/i, '');
  if (year && !HEAD.test(last)) return undefined;
  return { name: (year ?? '') + full.replace(/^the\s+/i, ''), end: ends[ends.length - 1] };
}

const YEAR_LEAD = new RegExp(String.raw`^${YEAR_SPAN}\s+(?=\p{Lu})`, 'u');

/** The words name a body by their form: a body word last or before "of", initials, a national agency. */
function isHeaded(words: string[]): boolean {
  const last = words[words.length - 1];
  // "Board of Supervisors", "Council of Governors": the body word stands before "of".
  // "Township of Maple Hill", "City of Lakeport": a municipality by its legal name.
  const headedOf = words.some((w, i) => (HEAD.test(w) || MUNICIPALITY.test(w)) && /^of$/i.test(words[i + 1] ?? '') && i + 2 < words.length);
  // Quebec's "MRC du Haut-Lac", "CISSS des Laurentides": the body's initials first, its territory after.
  const initialsOf = /^[A-Z]{2,6}$/.test(words[0]) && /^(?:de|du|des)$/.test(words[1] ?? '') && words.length > 2;
  return HEAD.test(last.replace(/[’']s$/, '')) || /^[A-Z]{2,6}s?$/.test(last) || headedOf || initialsOf || nationalAgency(words);
}

/**
 * A national agency named by its work and its country, with no body word: "Transport Scotland", "Historic England", "Natural
 * Resources Wales", "Transport Infrastructure Ireland", "Parks Canada". Not a region: "New England", "Northern Ireland".
 */
const COUNTRY = /^(?:Scotland|England|Wales|Ireland|Cymru|Éireann|Britain|Canada|Australia|Zealand)$/;
const REGION_WORD = /^(?:New|Northern|Southern|Eastern|Western|North|South|East|West|Great|Central|Rural|Greater|Mid|Upper|Lower|Inner|Outer|Republic|All|Church)$/;
function nationalAgency(words: string[]): boolean {
  return words.length >= 2 && COUNTRY.test(words[words.length - 1]) && !REGION_WORD.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || CONNECTOR.test(w));
}

/** The name's last word is a body's head noun: "… Committee", "… Board", not "… Attorney". */
function endsOnBodyWord(name: string): boolean {
  return HEAD.test(name.split(/\s+/).pop() ?? '');
}

/**
 * "to the Plan Commission and the Town Attorney for review": read whole, the words end on an office and name no body; the body
 * before the "and" is one all the same.
 */
function bodyBeforeAnd(text: string, at: number, allowLower: boolean): { name: string; end: number } | undefined {
  // "the Police and Crime Commissioner's office": the "and" is inside one name.
  const one = ONE_NAME_PLACED.exec(text.slice(at));
  if (one && /^(?:the\s+)?$/i.test(one[1])) return undefined;
  const before = /^(?:the\s+)?[A-Z][^.;,()]{2,80}?(?=\s+and\s+(?:the\s+|a\s+)?[A-Z])/.exec(text.slice(at));
  if (!before) return undefined;
  const body = readBody(text.slice(0, at + before[0].length), at, allowLower);
  return body && endsOnBodyWord(body.name) ? body : undefined;
}

/**
 * Read a list of bodies: "Cabinet; the Children’s Improvement Board and Corporate
 * Improvement Board". "and" splits only where both sides are bodies, so "Overview and
 * Scrutiny Management Board" stays whole.
 */
export function readBodies(text: string, from: number, allowLower = false, loose = false): string[] {
  // "the Education, Children and Families Committee": commas inside one name, when the words
  // before the first comma are no body on their own (an Irish council's "Roads, Transportation and Marine SPC" too).
  const listed = COMMA_NAME.exec(text.slice(from));
  if (listed && !readBody(listed[1], 0)) {
    const after = from + listed[0].length;
    const sep = /^\s*(?:[;,]|,?\s+and|,?\s+or)\s+/.exec(text.slice(after));
    return [listed[1].replace(/^the\s+/i, ''), ...(sep ? readBodies(text, after + sep[0].length, allowLower, loose) : [])];
  }
  const names: string[] = [];
  let at = from;
  // "the Minister for Energy and Climate Change": after an office holder and a bare "and", the words may be more of the
  // office's title, so only a name shaped as a body's ("… and Transport Scotland", "… and the Rail Authority") is one.
  let strict = false;
  // Bounded: each turn moves past at least one name.
  for (let turn = 0; turn < 16; turn++) {
    const body = readBody(text, at, allowLower, loose && !strict) ?? bodyBeforeAnd(text, at, allowLower);
    strict = false;
    // "John Vanthof, MPP": a person's name, read loosely as a body's, with the office after the comma.
    const titled = body && !endsOnBodyWord(body.name) ? officeAfter(text, body.end) : undefined;
    if (!body || titled !== undefined) {
      // "the Minister for Transport and the National Transport Authority": an office holder, then a body.
      const past = pastAddressee(text, at);
      if (past === undefined) break;
      strict = /\sand\s+$/.test(text.slice(at, past));
      at = past;
      continue;
    }
    let end = body.end;
    // "Department for Environment, Food and Rural Affairs": the commas are inside one name, a state's or a nation's name before
    // it too ("NSW Department of Climate Change, Energy, the Environment and Water").
    const department = /^(?:[A-Z][\w’'-]*\s+)?(?:[Dd]epartment|DEPARTMENT|[Mm]inistry|MINISTRY)\s+(?:for|of|FOR|OF)\b/.test(body.name) ? DEPARTMENT_TAIL.exec(text.slice(end)) : null;
    if (department) end += department[0].length;
    // "the Premier and the Minister for Emergency Services": each name an "and" splits off is tested as a body again, so an
    // office holder read with a body's last word is none.
    const parts = department ? [body.name + department[0]] : splitAnd(body.name);
    names.push(...parts.filter((n) => n === body.name || (!OFFICER_OF.test(n) && !(PERSON.test(n) && !endsOnBodyWord(n)))));
    // "forwarded to the Home Builders Association and to the Regional Planning Committee": the "to" repeated.
    const sep = LIST_SEP.exec(text.slice(end));
    if (!sep) break;
    at = end + sep[0].length;
  }
  return names;
}

/** One addressee of a list, up to the comma or semicolon after it, or an "and" that opens the next ("… Affairs and Housing" is one title). */
const ADDRESSEE = /^(.{1,120}?)(?:(?:\s+and|,|;)\s+(?:also\s+)?(?:to\s+)?(?=(?:the|our|all|Hon(?:ou?rable)?\.?)\s+[A-Z]|[A-Z][\w’'-]*\s+[A-Z])|[;,]\s+(?:and\s+)?(?:to\s+)?(?=\S))/s;
const HONOURABLE = /\bHon(?:ou?rable)?\b/;
/**
 * Between two names of a list: a comma or semicolon, perhaps with "and" ("…; and the Rural Ontario Municipal
 * Association"), or "and" / "or" alone, and the "to" perhaps repeated ("… Association and to the Regional Planning
 * Committee"), or a second body after the first ("… to the Local Plan Working Group and then to Cabinet").
 */
const LIST_SEP = /^\s*(?:[;,](?:\s+(?:and|or))?|\s+(?:and|or))(?:\s+(?:then|subsequently|finally),?)?(?:\s+to)?\s+/;
/** The comma before a person's office ("John Vanthof, MPP"), not before the next addressee ("…, the local MPP"). */
const OFFICE_COMMA = /^,\s+(?!(?:the|our|all)\s)/;

/** A person or an office holder's title, named with capitals only: "the Minister of Infrastructure", "the local MPP". */
function isOfficeHolder(name: string): boolean {
  return (PERSON.test(name) || HONOURABLE.test(name)) && OFFICE_NAME.test(name.replace(SEAT, ''));
}
/** The seat a member holds, in lower case after the office: "the MNA for the riding", "the local MP for the constituency". */
const SEAT = /\s+for\s+(?:the|this|our|its)\s+(?:local\s+)?(?:riding|constituency|area|ward|district|division|electorate|electoral\s+district|county|region|municipality)$/;

/** The end of the office after the comma at `from` (", MPP", ", Premier of Ontario"), or undefined. */
function officeAfter(text: string, from: number): number | undefined {
  const comma = OFFICE_COMMA.exec(text.slice(from));
  if (!comma) return undefined;
  const at = from + comma[0].length;
  const rest = text.slice(at, at + 160);
  const m = ADDRESSEE.exec(rest);
  // The last addressee of the list: ", MPP." or ", Premier of Ontario" at the end of the clause.
  const holder = m ? m[1] : /^[^.;,]{1,80}?(?=\.?\s*$|\.\s|\s+(?:for|to|regarding|requesting|seeking)\b)/.exec(rest)?.[0];
  return holder && isOfficeHolder(holder) ? at + holder.length : undefined;
}

/**
 * Where the list goes on after an office holder or a person it names: "the Minister of Municipal Affairs and Housing,
 * the local MPP and the Association of Municipalities of Ontario", "the Honourable Doug Ford, Premier of Ontario; …",
 * "John Vanthof, MPP; …". Only a name stands there (capitalised words and their joining words), else the list has ended:
 * in "the Minister for Transport to restore the service between Ballyreagh and Carrowmore" the "and" joins two places,
 * not two addressees.
 */
function pastAddressee(text: string, from: number): number | undefined {
  const rest = text.slice(from, from + 160);
  const m = ADDRESSEE.exec(rest);
  if (!m) return undefined;
  const holder = m[1];
  // "the Minister for the Environment, Climate and Communications to …", "the Minister for Planning and Public Spaces and the
  // Greater Cities Commission": the commas, and an "and" with no "the" after it, are inside the office's title, so what follows
  // them is the rest of the title, not the next addressee.
  const tail = text.slice(from + holder.length);
  // "the Minister of Infrastructure, MPP John Vanthof and …": a title after the comma opens the next addressee.
  const title = isOfficeHolder(holder) && /\s(?:for|of)\s/.test(holder) && /^(?:,|\s+and\s+(?!the\b)[A-Z])/.test(tail) && !PERSON.test(/^,\s*(\S+)/.exec(tail)?.[1] ?? '') ? DEPARTMENT_TAIL.exec(tail) : null;
  if (title) {
    const end = from + holder.length + title[0].length;
    const next = LIST_SEP.exec(text.slice(end));
    return next ? end + next[0].length : undefined;
  }
  if (isOfficeHolder(holder)) return from + m[0].length;
  // A name, then its office: "John Vanthof, MPP; the Association of …".
  const office = OFFICE_NAME.test(holder) ? officeAfter(text, from + holder.length) : undefined;
  if (office === undefined) return undefined;
  const after = LIST_SEP.exec(text.slice(office));
  return after ? office + after[0].length : undefined;
}

const CAPS = String.raw`[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*`;
const COMMA_NAME = new RegExp(String.raw`^\s*((?:the\s+)?${CAPS}(?:,\s+${CAPS})+,?\s+and\s+${CAPS}\s+(?:Committee|Board|Panel|Sub-Committee|Forum|Partnership|Commission|Group|SPC))\b`);
// "Department of Agriculture, Food and the Marine": "the" only after a list with commas, or "… for Transport and the Welsh Government" is one name.
// "Department of Climate Change, Energy, the Environment and Water": inside the list a portfolio of a word or two may take "the"
// ("…, the Local Government Association and …" is the next addressee).
const DEPARTMENT_TAIL = new RegExp(String.raw`^(?:(?:,\s*(?:the\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?\s+(?:and\b|,)))?${CAPS})+,?\s+and\s+(?:the\s+)?|,?\s+and\s+)${CAPS}`);
/** Offices and services whose own name holds "and": "the Police and Crime Commissioner's office", "Fire and Rescue Service". */
const ONE_NAME_WORDS = String.raw`police(?:,\s*fire)?\s+and\s+crime\s+(?:commissioner(?:['’]s\s+office)?|panel)|fire\s+and\s+rescue\s+(?:authority|service)`;
const ONE_NAME = new RegExp(`^(?:${ONE_NAME_WORDS})$`, 'i');
const ONE_NAME_IN = new RegExp(String.raw`\b(?:${ONE_NAME_WORDS})\b`, 'gi');
/** The same after a place's name or two: "Lancashire Police, Fire and Crime Panel" (the place in capitals, as a name is). */
const ONE_NAME_PLACED = new RegExp(String.raw`^((?:[\w’'-]+\s+){0,2}?)(?:${ONE_NAME_WORDS})(?![\w’'])`, 'i');

/** "Children’s Improvement Board and Corporate Improvement Board" is two bodies. */
function splitAnd(name: string): string[] {
  if (ONE_NAME.test(name)) return [name];
  // "Police and Crime Commissioner and the Community Safety Partnership": a name that holds "and" stays whole inside a list.
  const parts = name.replace(ONE_NAME_IN, (m) => m.replace(/\s+and\s+/gi, ' \u0000 ')).split(/\s+and\s+/).map((p) => p.replace(/ \u0000 /g, ' and '));
  if (parts.length < 2) return [name];
  // "the Director and the Audit Committee": the officer is no body ("Mayor and Cabinet" is one name).
  if (PERSON.test(parts[0]) && (!endsOnBodyWord(parts[0]) || /\bchief\s+executive$/i.test(parts[0])) && parts.slice(1).join(' and ').split(/\s+/).length > 1) {
    return splitAnd(parts.slice(1).join(' and ').replace(/^the\s+/i, ''));
  }
  const out: string[] = [];
  let acc = '';
  for (const part of parts) {
    acc = acc ? `${acc} and ${part}` : part;
    if (isHeaded(acc.split(/\s+/)) || MUNICIPAL_NAME.test(acc)) {
      out.push(acc);
      acc = '';
    }
  }
  if (acc) {
    if (out.length) out[out.length - 1] += ` and ${acc}`;
    else out.push(acc);
  }
  for (let k = 1; k < out.length; k++) out[k] = out[k].replace(/^the\s+/i, '');
  // "Mayor and Cabinet": the left side alone is no body, so the whole name stands.
  return out.every((n) => n.split(/\s+/).length > 1 || /^(?:cabinet|council|police|government)$/i.test(n)) ? out : [name];
}

export function isPersonWord(text: string): boolean {
  return PERSON.test(text);
}

/**
 * "reported to the Committee at its next meeting", written in the Planning Policy
 * Committee's own minutes, means that committee: a bare head noun names the deciding
 * body when the body's name ends with it. "Council" in a Cabinet's minutes does not.
 */
export function isSelfReference(name: string, body: string | undefined): boolean {
  const m = /^(?:the\s+)?(committee|sub-committee|board|panel|commission|cabinet|council|forum|group|executive)$/i.exec(name.trim());
  return Boolean(m && body && new RegExp(`\\b${m[1]}$`, 'i').test(body.trim()));
}
