/**
 * Word lists that more than one rule is built from, spelled once. Patterns are source
 * strings so the rules can splice them into their own expressions.
 */

/** A capitalised name of up to `n` words, "and"/"of"/"&" allowed between: "Mayor and Cabinet", "Board of Health". Case-sensitive on purpose: with /i every word would match and "and" chains would backtrack without end. */
export const nameWords = (n: number): string => String.raw`(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,${n}}`;
/** The same with no space required after the last word: a name before ":" or "-". */
export const nameWordsTight = (n: number): string => String.raw`(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,${n}}`;
/** A body named after "to": "to Council", "to the Full Council", "to Planning and Regulation". */
export const TO_BODY = String.raw`(?:the\s+)?(?:full\s+)?[A-Z][\w’'&-]*(?:\s+(?!(?:that|as|to|be)\b)(?:(?:and|of|&)\s+)?[A-Z][\w’'&-]*){0,6}`;

/**
 * The titles minutes print before one member's name, in any council's style and spelling
 * (US "Councilor", Ontario "Coun.", a county board's "Sup." and "Comm.", Irish "Cathaoirleach", a Scottish "Bailie" or
 * "Depute Provost"); for case-insensitive patterns.
 * Not the plural "Members": "Members then moved on" names nobody.
 */
export const MEMBER_TITLE = String.raw`(?:con\.|coun\.?|sup[rv]?s?\.|comm(?:rs?|s)?\.|dir\.|(?:deputy|vice|acting)[- ]chair(?:man|person|woman)?|councill?ors?|cllrs?|clrs?|crs?|(?:independent|lay|co-?opted|external)\s+members?|council\s*members?|councilmembers?|council(?:wo)?m[ae]n|committee(?:wo)?m[ae]n|assembly\s*members?|(?:county\s+)?judge|commissioners?|supervisors?|alder(?:man|woman|person|men|s)?|ald|trustees?|directors?|mayor\s+pro\s+tem(?:pore)?|bailie|(?:lord\s+|depute\s+)?provost|deputy\s+warden|warden|deputy\s+mayor|vice[- ]mayor|mayor|deputy\s+reeve|reeve|vice[- ]chair(?:man|person)?|chair(?:man|person|woman)?|cathaoirleach|board\s+members?|member|(?:vice[- ])?president|clerk|treasurer|select(?:m[ae]n|wom[ae]n|persons?)|legislators?|mr|mrs|ms|miss|mx|dr|prof)`;

/**
 * A motion that names its verb only ("to approve.", "to adopt as presented", a New Jersey clerk's "to adopt on second
 * reading", "to introduce" an ordinance): the item's title says what it did. Not "to deny the request": the title names what
 * was asked, and the record would read as granting it. A city council's "moved to adopt Item 26-119." (or "Order 2026-214.")
 * names the item by its number, and "moved to refer." under "Item 26-120 Order referring … to the Planning Board" sends on what
 * the title names.
 */
export const BARE_MOTION = String.raw`to\s+(?:approve|adopt|accept|ratify|authori[sz]e|award|introduce|refer)(?:\s+(?:as\s+(?:presented|recommended|submitted|written|amended)|the\s+(?:item|request|same|recommendation)|(?:[Ii]tem|[Oo]rder)\s+(?:[Nn]o\.?\s*)?\d[\w.-]*|on\s+(?:first|second|third|final)\s+reading))?`;

/** The words a motion or amendment moved on its line: "moved that …", "moved and Cr Dunn seconded that …", "moved an amendment that …" (group 1). */
export const MOVED_THAT = /\b(?:moved|proposed)\s+(?:(?:and\s+[^.;]{2,60}?\s+seconded|(?:as\s+)?an\s+amendment)\s+)?([“"]?(?:that|to)\s+.+)$/i;
/** "An amendment was proposed by Cllr Hartley, seconded by Cllr Pope, that the matter be deferred": the words after the seconder. */
export const SECONDED_THAT = /\bseconded\s+by\s+[^,;]{2,60}?,?\s+([“"]?that\s+.+)$/i;
/**
 * The movers told after the decision, to the clause's end: "…, proposed by Ms. Cronin and seconded by Mr. Hegarty.", a
 * community council's "…, proposed R. Baxter, seconded M. Oduya."
 */
export const MOVERS_AFTER = /,\s*(?:(?:having\s+been|being)\s+)?(?:[Pp]roposed|[Mm]oved)\s+(?:by\s+)?(?=[A-Z])[^;]{2,80}?(?:,\s*|\s+and\s+)[Ss]econded\s+(?:by\s+)?(?=[A-Z])[^;]{2,60}?$/;
/** A line that opens with a mover's verb, the names after it: "Proposed Cllr Adebayo, seconded Cllr Finch.", "(proposed G. Ross, …)". */
/** An assent with no words of its own, a sentence by itself: "Agreed.", "All agreed.", "Agreed unanimously.", "Agreed by all members.". */
export const ASSENT_ALONE = /^\s*(?:(?:all|unanimously)\s+)?agreed(?:\s+(?:unanimously|by\s+all(?:\s+members)?))?\s*[.;]?\s*$/i;

export const MOVER_VERB_FIRST = /^\(?(?:proposed|moved|seconded)\b/i;

/**
 * The movers after a bare verdict on its line: "Approved, proposed K. Munro, seconded S. Walker.", "Accepted – moved by Cllr
 * Ives, seconded by Cllr Obi.", a community council's "Approved. Proposed F. Ross, seconded A. MacLeod.". Unlike MOVERS_AFTER
 * (after a decision's own words) a dash or a stop may stand before them, and each name ends at a comma; the label that reads
 * the verdict and the action line that drops the names both use it.
 */
/**
 * The same movers before the verdict, on its line under the item's title: "Proposed G. Munro, seconded L. Fyfe. Approved.",
 * "Proposed by Cllr Ives, seconded by Cllr Obi and agreed.".
 */
export const MOVERS_BEFORE_VERDICT = String.raw`(?:Proposed|Moved)\s+(?:by\s+)?[^,;]{2,40}?,?\s+(?:and\s+)?seconded\s+(?:by\s+)?[^,;]{2,40}?(?:[.,;]\s+|,?\s+and\s+)`;
export const MOVERS_AFTER_VERDICT = String.raw`\s*(?:[,–—-]\s*(?:proposed|moved)|\.\s+(?:[Pp]roposed|[Mm]oved))\s+(?:by\s+)?[^,;]{2,40},?\s+(?:and\s+)?seconded\s+(?:by\s+)?[^,;]{2,40}?`;

/**
 * A tally printed at the end of a motion's line, "(5-0)." or "5-0.": for and against in groups 1 and 2. Not the number of
 * what was moved: "to adopt Ordinance 26-14.", "Resolution No. 12-3", "Item 4-2".
 */
export const SCORE_AT_END = String.raw`(?=\(?\d)(?<!\b(?:[Oo]rdinance|ORDINANCE|[Rr]esolution|RESOLUTION|[Bb]ill|BILL|[Bb]y-?law|[Ii]tem|ITEM|[Cc]hapter|[Ss]ection|[Ll]ot|[Cc]ase|[Ff]ile|[Nn]o\.?|NO\.?|[Nn]umber|#)\s*)\(?\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b\)?\.?\s*$`;

/** A month's full name, capitalised as minutes print it. */
/** The chair's "Without objection,", "Hearing no objection,", "There being no objections,": no one objecting is the meeting's assent. */
export const NO_OBJECTION = String.raw`(?:without\s+objection|(?:there\s+being|hearing|with)\s+no\s+objections?)`;
/** A year, or a span of years, as a body or a plan is named for it: "2027", "2027/28", "2026-27". */
export const YEAR_SPAN = String.raw`(?:19|20)\d\d(?:[/-]\d{2,4})?`;
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** How minutes title a councillor: Cr (AU/NZ), Cllr (UK), Clr (IE), Councillor. */
export const COUNCILLOR = String.raw`(?:Crs?|Cllrs?|Clr|Councillors?)`;

/**
 * What a US agenda asks a council to do, as the first word of the action: "Adopt
 * Resolution No. …", "Receive and file …". Capitalised; the title before it is in capitals.
 */
export const ACTION_VERBS = 'Adopt|Approve|Authori[sz]e|Receive|Discuss|Note|File|Award|Accept|Introduce|Waive|Direct|Consider|Conduct|Find|Determine|Ratify|Appoint|Reject|Deny|Continue|Review|Establish|Amend|Select|Take|Hold|Set|Confirm|Endorse|Allocate|Execute|Enter|Grant|Provide|Refer|Request|Support|Refuse|Defer';

/** "FINAL ACTION", also as OCR prints it ("FlNAL AC710N"), and "ACTION TAKEN". */
export const FINAL = String.raw`(?:f[i1l]nal\s+ac[t7][i1l][o0]n|action\s+taken)`;

/** A member's motion told by its noun: "made a motion", "made the motion", after a failed one "made a substitute motion". */
export const MADE_MOTION = String.raw`made\s+(?:a|the)\s+(?:(?:substitute|new|second|main)\s+)?motion`;

/** A verdict in capitals and what it decided: "NOTED", "– APPROVED", "REFUSED". */
export const VERDICT_EFFECT = {
  NOTED: 'noted', RECEIVED: 'received', APPROVED: 'approved', ENDORSED: 'endorsed', ADOPTED: 'adopted',
  CONFIRMED: 'confirmed', DEFERRED: 'deferred', REFUSED: 'rejected', GRANTED: 'approved', AGREED: 'agreed',
  CARRIED: 'approved', RESOLVED: 'agreed', ACCEPTED: 'accepted', REJECTED: 'rejected', DENIED: 'rejected', RATIFIED: 'confirmed',
  AUTHORISED: 'authorised', AUTHORIZED: 'authorised', AWARDED: 'approved', REFERRED: 'referred', CONTINUED: 'deferred', TABLED: 'deferred',
  DECLINED: 'rejected',
} as const;

/** Decision verbs in the past tense, as a sentence reports them ("was approved", "Members noted"). */
export const DECIDED_VERBS = 'approved|agreed|noted|accepted|confirmed|adopted|endorsed|ratified|carried|deferred|granted|refused|rejected|supported|signed';

/** A Legistar file number with its type letters, where a meeting table's row starts: "M 0363-2016", "Res 0112-2026", "LU 0021-2026". */
export const LEGISTAR_FILE = String.raw`(?:[A-Z][A-Za-z]{0,3}\s?)?\d{2,4}-\d{4}`;

/** The members of a body spoken of together, as a body acts ("Trustees approved …", "Alders voted …"): read case-blind where used. */
/** The minutes read before their verdict, as a Northern Irish council prints it: "Read and agreed.", "Taken as read, approved and signed.". */
export const MINUTES_READ = String.raw`(?:Read|Taken\s+as\s+read)(?:,\s+|\s+and\s+)`;
export const MEMBERS_TOGETHER = String.raw`members|councillors|council\s*members|trustees|governors|directors|commissioners|supervisors|aldermen|alders`;
/** A sum the meeting sets for the year, the object of "set", "fixed", "struck" or "levied": "set the precept at £24,500", "fixed the rates for 2028", "levied a rate of 3p". */
export const SET_SUM = String.raw`(?:set|fixed|struck|levied)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w’'/-]+\s+){0,3}?(?:precept|rates?|budget|levy|levies|fees?|charges?|tax|taxes|millage|mill\s+rate|tariffs?|rents?|allowances?)\b`;
/**
 * Names of deciding bodies, as the last word of a name: "Planning Committee", "Cabinet", a Louisiana parish's "Police Jury", a
 * Scottish council's "Local Review Body".
 */
export const BODY_NOUNS = 'Committee|Sub-Committee|Subcommittee|Board|Cabinet|Council|Panel|Executive|Forum|Commission|Authority|Partnership|Group|Meeting|Assembly|Jury|Review\\s+Body';

/** A person or a pronoun where a body would stand: "It resolved", "The Chief Executive noted that:". Not a deciding body. */
export const PRONOUN = /^(?:it|he|she|they|this|we|which|who|members|officers|chair|chairman|chairperson|chairwoman|mayor|leader|clerk|officer|director|convener|convenor|executive|manager)$/i;
export const PERSON_SUBJECT = /\b(?:it|he|she|they|this|we|which|who|officers?|chair\w*|mayor|leader|clerk|directors?|managers?|chief executive|convenor|convener|councillor\s+\w+|cllr\s+\w+)\s*$/i;
/** "not resolved", "never agreed", "no … recommended": the opposite of a decision. */
export const NEGATIVE = /\b(?:not|never|no)\s+(?:\w+\s+)?(?:resolved|agreed|decided|noted|approved|adopted|recommended)\b/i;
/** Every agenda invites members to declare interests: procedure, not a recommendation. */
export const PROCEDURAL = /\b(?:declare|declaration|disclos\w*|pecuniary|public comments?|invited to attend)\b/i;
/** Subjects that are talk, not a matter decided: "noted the concerns raised". */
export const TALK = /\b(?:concerns?|comments?|points?|questions?|issues|views?|feedback|observations?|thanks|discussions?|presentations?|suggestions?|responses?|answers?)\b/i;

/**
 * One member who decides alone, as English executives delegate: "The Cabinet Member for Highways and Transport", "the Portfolio
 * Holder", "The Executive Councillor for Highways, Transport and IT".
 */
const PORTFOLIO = String.raw`(?:\s+for(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w’'&-]*){1,6}?)?`;
export const EXECUTIVE_MEMBER = String.raw`(?:Cabinet|Executive|Lead)\s+(?:Member|Councillor)${PORTFOLIO}|Portfolio\s+Holder${PORTFOLIO}`;
