import { sourceAt, type Line } from './line.js';
import type { Locator } from './locate.js';
import { APPLICATION_REF, expectedAfter, isChildOf, isNext, parseNumber, RESOLUTION_VERBS, type ClauseNumber } from './numbering.js';

/**
 * Sentences that open a decision or close a motion, where they start in the middle
 * of a line: "... signed the Minutes. Council resolved to co-opt Mr Barber." and
 * PDF dumps that put "Resolution That ... Moved: ... Seconded: ... CARRIED" on one line.
 */
// Each break tests its words (the lookahead) before what must stand behind them: the
// look-behind then runs only where the words are, not at every place in the line. Each
// is paired with a word it cannot match without, found by one quick scan: most lines
// hold none of them, and then the break is never run.
/** A member's title before a name, capitalised; case-sensitive, unlike lexicon/words.ts MEMBER_TITLE: the capital is what marks a title here. */
/** "made a motion", "made the motion": a mover's verb in US minutes ("Commissioner Holloway made the motion to approve …"). */
// The twin of lexicon/words.ts MADE_MOTION (this layer reads no lexicon).
const MADE_MOTION = String.raw`made\s+(?:a|the)\s+(?:(?:substitute|new|second|main)\s+)?motion`;
/** The bodies a list's shared subject names: "The Board:", "The Integration Joint Board:", "The Sub-Committee:". */
const SUBJECT_BODY = String.raw`Board|Committee|Sub-Committee|Subcommittee|Council|Cabinet|Panel|Executive|Forum|Authority|Commission|Partnership|Trust|Assembly|Group|IJB`;
/** A member named in a title keeps the stop of the short form and the initial: "Notice of Motion – Cllr. S. Quinn", "Bylaw No. 7990". */
const NAME_STOP = String.raw`(?:Cllr|Cyng|Cr|Clr|Mr|Mrs|Ms|Dr|St|No|Nos|[A-Z])\.`;
/** A title of capitalised words, and the start of the minute's first sentence after it: "Appeals The Committee noted …". */
// A movers' label ends a title: "12.1 Coastal Adaptation Plan Moved Cr Kowalczyk Seconded Cr Ahmadi that …" names no title past "Plan".
// A word may hold an accent ("Sidewalk Café Permits"); the first may be the year ("2027 Water and Sewer Rates"); a bylaw's number
// keeps its comma, a place may follow in brackets ("Zoning Amendment Bylaw No. 2991, 2026 (Loggers Lane)"); an Irish or French
// place name keeps its article, its capital accented ("Disposal of Land at Baile an Chláir", "Gleann an Átha", "Rue de la
// Gare").
const TITLE_WORDS = String.raw`(?:[A-Z][\wÀ-ÿ’'-]*|\d{4}(?:[-–/]\d{2,4})?(?=\s+[A-Z])),?(?:\s+(?:${NAME_STOP}|(?!(?:Moved|Seconded|Proposed|MOVED|SECONDED|PROPOSED)\b)[A-ZÀ-Þ][\wÀ-ÿ’'/-]*(?:,|(?<=\b(?:Motion|MOTION|Motions|MOTIONS|Petition|PETITION|Question|QUESTION|Deputation|DEPUTATION)):)?|of|and|for|the|to|in|on|at|by|with|from|a|an|na|de|du|des|la|&|[-–]|\d[\w/-]*,?|\([A-Z][^()/]{1,40}\))){0,9}?`;
/** Short forms whose stop ends no title: "Cllr. Nolan", "St. Mary's", "No. 4". */
const SHORT_FORM = String.raw`\b(?:Cllr|Cyng|Cr|Clr|Mr|Mrs|Ms|Dr|St|No|Nos|Rd|Ave|Co|CLLR|CR|CLR|MR|MRS|MS|DR|ST|NO|NOS)`;
/** The same inside a sentence, with an initial's, a company's and a time's: "Buckeye Paving Co.", "Acme Inc.", "6 p.m.". */
const SHORT_STOP = String.raw`(?<=${SHORT_FORM}|\b[A-Za-z]|\b(?:Inc|Ltd|Corp))\.`;
const CAP_TITLE = String.raw`(?:Deputy\s+|Vice[- ]?)?Mayor(?:\s+Pro\s+Tem(?:pore)?)?|(?:Deputy\s+)?(?:Reeve|Warden)|(?:Vice[- ])?Chair(?:man|person|woman)?|Select(?:man|woman|person|\s+Board\s+Member)|Commissioner|(?:Vice\s+)?President|Clerk|Council?lor|Councilmember|Council(?:wo)?man|Council\s+Member|(?:Board\s+|Assembly\s+)?Member|Assemblymember|Supervisor|Trustee|Alderman|Alderwoman|Committee(?:wo)?man|Cllr|Cr|Mr|Mrs|Ms|Dr`;
/** A planning or licensing record's status line: "Application REFUSED …", "Listed building consent approved …", "Item deferred …". */
const STATUS_OPENING = String.raw`(?:Application|Planning\s+permission|Listed\s+building\s+consent|Premises\s+licence|Item)\s+(?:was\s+)?(?:GRANTED|REFUSED|APPROVED|DEFERRED|WITHDRAWN|granted|refused|approved|deferred|withdrawn)\b`;
/**
 * A verdict in lower case after a title in capitals, a US page run into paragraphs: "ITEM 14 – COUNCIL COMMITTEE ASSIGNMENTS
 * Received and filed.", "MINUTES OF OCTOBER 6 Approved as presented.": no title's word is written so.
 */
const VERDICT_AFTER_CAPS = String.raw`(?:Received\s+and\s+filed|Noted|Approved|Adopted|Accepted|Deferred|Tabled|Received|Continued)(?=\.|\s+(?:as|unanimously|\(?\d)|$)`;
/** The first part of an officer report under its title: "Executive Summary", "Purpose of Report", "Background". */
const REPORT_PART = String.raw`(?:Executive\s+Summary|Report\s+Summary|Summary|Purpose(?:\s+of\s+(?:the\s+)?Report)?|Background|Introduction)`;
/**
 * The chair acting with the meeting's leave opens a sentence: "Without objection, the Chair appointed …", "Hearing no
 * objection, …"; so does the meeting's assent: "By consensus, the Board appointed …".
 */
const NO_OBJECTION_OPENING = String.raw`(?:(?:Without|Hearing\s+no|There\s+being\s+no)\s+objections?|By\s+(?:general\s+|unanimous\s+)?(?:consensus|consent|acclamation)),\s`;
// "144/26 Finance a) The accounts …": a lettered list's first item after the title, too; "FC/26/01 Apologies Apologies were
// received …", the title's word opening the sentence. A US action minute's verb in the past tense and what it names: "4.
// Consent Calendar Approved Consent Calendar items …", "7. Appointment to the Parks Commission Appointed Dana Whitfield to …";
// a delegate by initial and surname, a role in commas after it: "3.1 Cedar Narrows Farmers' Market Society J. Okafor, President,
// requested …"; another body's recommendations, the matter before the meeting: "52. MEDIUM TERM FINANCIAL STRATEGY 2027-2031
// Recommendation from Cabinet: That …", "Recommendations of the Constitution Working Group (1) That …"; a governing body's "5.
// School Improvement Plan Governors approved the plan …".
const SENTENCE_AFTER_TITLE = String.raw`(?:The|A|An|This|It|There|Members)\s+(?![A-Z]{2,}\b)[A-Za-z]|(?:Governors|Councillors|Trustees)\s+(?:noted|agreed|approved|resolved|received|ratified|endorsed|accepted|adopted|discussed|considered)\b|Apologies\s+(?:were|was|had)\s|${NO_OBJECTION_OPENING}|${STATUS_OPENING}|(?:Council|Commission|Board|Committee|Staff)\s+(?:discussed|reviewed|considered|heard|received|presented)\s|(?:Staff|Officer['’]?s?)\s+(?:report|memo(?:randum)?)\s+(?:dated|from|of|by)\s|(?:Motion|MOTION)\s+(?:to|by|made\s+by)\s+[a-zA-Z]|(?:Motion|MOTION)\s*(?::\s*(?:That|THAT)\b|\([A-Z])|\(?a\)\s+[A-Z]|\(i\)\s+[A-Z]|(?:After|Following)\s+[a-z]|(?:On|Upon)\s+(?:the\s+|a\s+)?(?:proposal|motion|PROPOSAL|MOTION)\b|(?:Proposed|Moved|PROPOSED|MOVED)\s+(?:by|BY)\b|(?:Noted|Agreed|Approved|Resolved)\s+(?:the|that|to)\s|(?:Approved|Adopted|Appointed|Introduced|Waived|Awarded|Ratified)\s+(?:(?:Consent|Resolution|Ordinance|Contract|Agreement)\b|[A-Z][a-z]+\s+[A-Z][a-z]+\s+to\s+the\b|(?:reading|and\s+waived|first\s+reading)\b)|(?:Moved|MOVED)\s*:?\s*\([^()]{2,60}\/|["“](?:That|THAT)\s|(?:Mayor|President|Chair(?:man|woman|person)?|${CAP_TITLE})\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+\s+(?!(?:for|of|and|to|in|on|at|by|with|from|the|that)\b)[a-z]|(?<!\b(?:of|by|OF|BY|and|AND)\s+(?:[A-Z][\w’'-]*\s+)?)(?:${CAP_TITLE})\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+,\s+(?:seconded|SECONDED)\s+(?:by|BY)\s|[A-Z]\.\s*(?:[A-Z]\.\s*)?[A-Z][\w’'-]+(?:,\s+[A-Z][\w’' -]{2,40},)?\s+(?:spoke|presented|reported|requested|addressed|outlined|introduced|explained|asked|thanked|appeared|gave|provided)\b|(?:Recommendations?|RECOMMENDATIONS?)\s+(?:from|of|FROM|OF)\s+(?:the\s+|THE\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:${SUBJECT_BODY}|CABINET|COMMITTEE|BOARD|COUNCIL)\b`;

/**
 * "b) RESOLVED to approve …", "ii. RESOLVED that …": a list number at the line's start stays with the marker after it; so does a
 * sub-item's letter inside the line ("27/08 Finance a) RESOLVED to approve the payments: …"), cut from the title before it.
 */
const NOT_AFTER_NUMBER = String.raw`(?<!^\s*(?:\(\w{1,4}\)|\w{1,4}[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+)(?<!\s\(?[a-h]\)\s+)`;

/** Not after a marker that opens the line: "AGREED: On the proposal of X, seconded by Y, it was agreed to …" is one decision, its movers between. */
/**
 * Inside "(Motion: Ruelas; Second: Whitaker; Vote 4-1)" after a US action, or a board's "(Proposed: Ms Fenwick; Seconded: Mr
 * Osei)": the bracket's parts stay with it.
 */
const MOVERS_BRACKET = String.raw`\((?:Motion|MOTION|Moved|MOVED|Proposed|PROPOSED)(?:\s+by)?\s*:[^()]{0,120}`;
/** Irish minutes' "… seconded by Cllr. Furlong and agreed by the members that …": who agreed, between the verb and the clause. */
const BY_MEMBERS = String.raw`(?:\s+by\s+(?:all\s+)?(?:the\s+)?(?:[Mm]embers|MEMBERS|[Cc]ouncill?ors)(?:\s+present)?|\s+by\s+(?:a\s+)?(?:[Mm]ajority|MAJORITY)(?:\s+vote)?)?`;
const AFTER_NO_MARKER = String.raw`(?<!(?:^|[.!?)]\s+|\b[A-Z\d]{2,}\s+)\s*(?:AGREED|RESOLVED|Agreed|Resolved)\s*[:\-–—](?:[^.;]|(?<=\b(?:Cllr|Cllrs|Cr|Crs|Mr|Mrs|Ms|Dr|Ald|No))\.)*)`;
/** The Welsh word before its English twin in a bilingual minute: "Penderfynwyd / Resolved:", "Cytunwyd / Agreed:". */
const WELSH_TWIN = String.raw`(?:Penderfynwyd|PENDERFYNWYD|Cytunwyd|CYTUNWYD)\s*\/\s*`;
/** A task given to someone by name or office: "Secretary to write to …", "Treasurer to pay …", "The Clerk to obtain …". */
export const TASK_OPENING = String.raw`(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}to\s+(?!be\b)[a-z]+\b`;

/** What a group put to the meeting: "The sub-group recommended awards to …", "The working party proposed a new rota …". */
export const PROPOSAL_OPENING = String.raw`(?:The|the)\s+(?:[\w’'-]+\s+){0,3}(?:recommended|proposed|suggested)\s+(?!that\b|to\b)[a-z]`;
/** A vote's count, for and against and abstaining: "3-0", "4 – 1", "4-0-1". */
export const SCORE = String.raw`\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?`;
/**
 * An action minute's tally in brackets, which ends its item: "(5-0)", "(4-1, Morales no)", a select board's
 * "(Moreau/Osei, 3-0)".
 */
export const TALLY_IN_BRACKETS = String.raw`\((?:[A-Z][\w’'-]+\s*\/\s*[A-Z][\w’'-]+,\s*)?${SCORE}(?:,[^()]{1,40})?\)`;

/** A US section's heading in capitals, its stage after a dash: "ORDINANCES – INTRODUCTION", "RESOLUTIONS – CONSENT AGENDA". */
const US_SECTION = String.raw`(?:ORDINANCES|RESOLUTIONS|CONSENT\s+(?:AGENDA|CALENDAR)|PUBLIC\s+(?:COMMENTS?|HEARINGS?))(?:\s+[-–—]\s+[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})?`;

/**
 * An English committee's vote in brackets under its resolution: "(Unanimous)", "(For 5, Against 3)", "(6 votes for, 2
 * against)", "(Voting: 7 for, 4 against)".
 */
const VOTE_IN_BRACKETS = String.raw`\((?:[Uu]nanimous(?:ly)?|UNANIMOUS(?:LY)?|[Ff]or\s*:?\s*\d{1,2}[^()]{0,40}|[Vv]oting\s*:\s*[^()]{1,40}|\d{1,2}\s+(?:votes?\s+)?(?:for|in\s+favour)[^()]{0,40}|[Nn]em\.?\s*[Cc]on\.?)\)`;

/** The verdict a tally may carry after it on its line: "Vote: 5-0   Approved". */
const TALLY_VERDICT = '(?:Approved|Adopted|Passed|Carried|Failed|Denied|Defeated|APPROVED|ADOPTED|PASSED|CARRIED|FAILED|DENIED|DEFEATED)';

/** Words in capitals that open a marker or a label, never a section's heading: "RESOLVED", "MOTION", "PRESENT". */
const CAPS_MARKER_WORDS = String.raw`RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDED|RECOMMENDATION|NOTED|CARRIED|MOTION|ACTION|MOVED|SECONDED|PROPOSED|WHEREAS|NOW|THAT|PRESENT|APOLOGIES|ABSENT|RESULT|VOTE`;

/**
 * A section's heading in capitals before its colon, "CONSENT AGENDA", "PUBLIC HEARING – 2027 FEE SCHEDULE"; not a marker, a
 * label or a vote's ("RESOLVED:", "MOTION:", "AYES:"), nor a measure's or an item's label ("RESOLUTION 2025-19:").
 */
const CAPS_HEADING = String.raw`(?!(?:${CAPS_MARKER_WORDS}|RECOMMENDATIONS|SECOND|VOTED|AYES?|NAYS?|NOES|YEAS?|ABSTAIN\w*|ROLL\s+CALL|FINAL\s+ACTION|RESOLUTION|ORDINANCE|BY-?LAW|BILL|ITEM|AGENDA\s+ITEM|ARTICLE|MINUTE|FILE)\b)[A-Z]{3,}[A-Z’'&/(),]*(?:\s+(?:[A-Z\d][A-Z\d’'&/(),.-]*|[-–—]))*`;

/** A section's heading in capitals with no colon, "REGULAR AGENDA", "PUBLIC HEARINGS": not a marker's word or an item's label. */
const SECTION_WORDS = String.raw`(?!(?:${CAPS_MARKER_WORDS}|ITEM|AGENDA\s+ITEM|RESOLUTION|ORDINANCE|ARTICLE|SECTION|MINUTE|FILE|ROLL\s+CALL|AYES?|NAYS?|NOES|YEAS?)\b)[A-Z]{3,}(?:\s+(?:[A-Z]{2,}|&)){0,4}`;
/** The item's number after a section heading, with its stop ("5.", "5.1"): "EXE 71" is a reference, no item under a heading. */
const SECTION_ITEM = String.raw`\d{1,2}(?:\.\d{1,2}\.?|\.)\s+`;
/** A numbered item's title in sentence case run into its minute: a capital's word, up to 16 more, not ending on a short word. */
const RUN_ON_TITLE = String.raw`[A-Z][\w’'-]*(?:\s+(?:[\w’'][\w’'/-]*,?|&|[-–])){0,16}?(?<!\b(?:of|at|to|the|and|in|on|for|from|by|with|an|or|into|under|near|re|per|via|The|A|An|was|were))`;
/** How a minute's first sentence opens after that title: "The forward plan was noted", "Resolved – That", "Mr B Drury spoke". */
const MINUTE_OPENING = String.raw`(?:The|It|Members|Councillors)\s+(?:(?!The\b)[\w’'-]+\s+){0,10}?(?:was|were|had|has|noted|agreed|approved|resolved|received|considered|discussed|thanked|welcomed|recommended|decided|endorsed|presented|introduced|reported|NOTED|AGREED|APPROVED|RESOLVED|RECOMMENDED)\b|${NO_OBJECTION_OPENING}|(?:Unanimously\s+(?:resolved|agreed|RESOLVED|AGREED)|Resolved|RESOLVED|Agreed|AGREED)\s*(?:\((?:proposed|moved)\s[^()]{2,80}\)\s*)?(?:[-–—:]+\s*)?(?:That|THAT|that|to|on\s+the\s+(?:proposal|motion)\s+of)\s|(?:Following|After)\s+(?:(?:a|some|further|brief|full|lengthy)\s+){0,2}(?:discussion|debate|deliberation|consideration)\b|(?:${CAP_TITLE})\.?\s+(?:[A-Z](?:\.\s*|\s+))*[A-Z][\w’'-]+\s+(?:spoke|presented|reported|addressed|outlined|introduced|gave|tabled|explained|updated|advised|asked|raised|declared|thanked|welcomed)\b`;
/** The titles a meeting's first items carry: "Apologies", "Declarations of Interest", "CONFIRMATION OF MINUTES". */
export const FIRST_ITEM_TITLE = String.raw`(?:Apologies|APOLOGIES|Karakia|KARAKIA|(?:Declarations?|DECLARATIONS?)\s+(?:of|OF)\s+(?:Interests?|INTERESTS?)|(?:Conflicts?|CONFLICTS?)\s+(?:of|OF)\s+(?:Interests?|INTERESTS?)|(?:Confirmation|CONFIRMATION)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?:Previous\s+|PREVIOUS\s+)?(?:Minutes|MINUTES))\b`;
/** A sentence's stop after a word or a year, and the space after it; not an item's own number's stop ("8. REPORTS …"). */
const AFTER_STOP_WORD = String.raw`(?:[a-z)]|\d{4})[.;!?]\s+`;

/** What a Legistar file's title names after its number: "27-0415 Ordinance amending …", "27-0419 Report on …". */
const FILE_MATTER = 'Resolution|Ordinance|Report|Proclamation|Appointment|Agreement|Contract|Presentation|Communication|Petition|Appeal|Claim|Bill|Approval|Authori[sz]ation|Acceptance|Adoption|Award';

/** A resolution's number before its movers, and the space after it: "R26/412 ", "RES. 26-414 ". */
const RESOLUTION_NO = String.raw`(?:R|RES\.\s*|Res\.\s*)\d{2,4}[-/]\d{1,4}\s+`;

/** A councillor named at a minute's start, after its title in capitals: "Councillor Meinir Price.", "Cllrs Dee and Hale". */
const COUNCILLOR_NAMED = String.raw`(?:Councill?ors?|Cllrs?|Crs?)\.?\s+[A-Z]`;
/** A movers' or a vote's word in capitals, which names the councillor after it: "MOVED Cr Ling", "AGAINST Cr Ross". */
/** A New Zealand member by title and name: "Cr Kahu", "Deputy Mayor Te Awe". */
const MOVER_NAMED = String.raw`(?:Crs?|Cllr|Councillor|Mayor|Deputy\s+Mayor)\.?\s+[A-Z][\w’'-]+`;
/** Both movers by slash: "Moved Cr Kahu / Seconded …". */
const SLASH_MOVERS = String.raw`Moved\s+${MOVER_NAMED}(?:\s+[A-Z][\w’'-]+)?\s*\/\s*Seconded\s`;
/** A councillor by title and one or two names: "Cr Akuhata", "Cr Thatcher Swann". */
const TITLED_COUNCILLOR = String.raw`(?:Crs?|Cllr|Councillor)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?`;
/** Both movers by title and slash: "Cr Akuhata/Cr Wallace", "Cr Thatcher Swann / Cr Seymour". */
const SLASH_PAIR = String.raw`${TITLED_COUNCILLOR}\s*\/\s*${TITLED_COUNCILLOR}`;
/** Who a "Decision" heading's sentence names: "The IJB", "The Integration Joint Board", a Scottish "The committee". */
/** The debate done before the body decides: "After discussion ", "Following a full debate, ". */
const DEBATE_DONE = String.raw`(?:After|Following)\s+(?:[\w’'-]+\s+){0,3}?(?:discussion|debate|consideration|deliberation),?\s+`;
const DECISION_SUBJECT = String.raw`(?:${SUBJECT_BODY}|[A-Z]{2,6}|committee|sub-committee|board|panel)`;
const MOVERS_WORD = String.raw`\b(?:MOVED|SECONDED|PROPOSED|BY|CARRIED|LOST|FOR|AGAINST)`;
/** A bullet run into a line ("…: - noted …; - requested …", "• NOTED …; ▪ REFERRED …", a Welsh council's "• To note …; • To approve …"), and what an item of such a list opens with. */
const INLINE_BULLET = '[-–•·▪●◦]';
// A housing board's "Board members: • Approved …; • Requested …" the same, its verbs in the past tense with a capital.
const BULLETED = String.raw`(?:[a-z]|[A-Z]{2,}ED\b|[A-Z][a-z]{2,}ed\s+(?:the|that|a|an|to)\b|To\s+[a-z]|That\s)`;
/**
 * What ends a list's lead-in before its first bullet: a colon, with a dash after it ("It was resolved:– • To note …"), or a dash
 * alone ("It was resolved – • To approve …"); or the body that is the list's subject ("RESOLVED: The Board • noted …; • approved …").
 */
const LIST_LEAD = String.raw`(?::[-–—]?|\s[–—]|\b(?:The|the)\s+(?:[A-Z][\w’'&-]*\s+){0,4}(?:${SUBJECT_BODY}))`;
/** A glyph that is only ever a bullet ("•", not a dash). */
const GLYPH_BULLET = '[•▪●◦·]';
// A glyph bullet opens its piece as one whatever follows.
// A typed "*" is a bullet before a marker's word ("… 27/0412. * Resolved to object …"), not the footnote or emphasis it may be.
const BULLET_OPENING = new RegExp(String.raw`^(?:${INLINE_BULLET}\s+(?=${BULLETED})|${GLYPH_BULLET}\s+(?=\S)|\*\s+(?=(?:Resolved|RESOLVED|Agreed|AGREED|It\s+was|That|THAT|To\s+[a-z])\b))`);

/** After an item's number, a count's word and no title: "CARRIED 4 For, 2 Against", "CARRIED 5 Members voted …" ("5 Members' Reports" is a title). */
const NOT_A_COUNT = String.raw`(?!(?:For|Against|Abstain\w*|In|Votes?|Ayes?|Noes|Nays?|Yeas?|To)\b|(?:Members?|Councillors?)\b(?![’']))`;
/** A decision in the infinitive, as a list of decisions prints each: "To authorise …", "To note …". */
const DECISION_INFINITIVE = '(?:note|approve|agree|authori[sz]e|adopt|receive|endorse|ask|request|refer|delegate|accept|defer|instruct|appoint|award)';
/** A planning or tree-order row's verdict in capitals, its last word: "… – CONFIRMED", "… – GRANTED SUBJECT TO CONDITIONS". */
const ROW_VERDICT = 'CONFIRMED|REFUSED|GRANTED|APPROVED|CONDITIONS|MODIFICATIONS';
/** A report's request of the meeting: "The Committee is invited to", "Members are also asked to". */
const ASKED_TO = String.raw`(?:is|are)\s+(?:(?:also|further|therefore|now)\s+)?(?:asked|requested|invited|recommended)\s+to\b`;
/**
 * A school board's "… Second: Member Cho Vote: 5-0 10.2 Approval of …", "Vote: 4-1 (Member Dunn voted no) 10.3 …": a labelled
 * tally (after its note in brackets a number is read as after a stop, which a word's look-behind does not reach).
 */
const LABELLED_TALLY = String.raw`\b(?:Vote|VOTE)\s*:\s*${SCORE}(?:\s*\([^()]{1,80}\))?`;
/**
 * A motion's verdict (its score after it), a row's or a labelled tally, just before a number: the number after it opens the
 * next item.
 */
const AFTER_VERDICT = new RegExp(String.raw`\b(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED|${ROW_VERDICT})(?:\s+\d{1,2}\s*[/-]\s*\d{1,2})?\s+$|${LABELLED_TALLY}\s+$`);

/**
 * A body's verdict in the past tense, or its request, after its name: "The Committee agreed", "The Sub-Committee GRANTED", "The
 * Board asked".
 */
const BODY_VERDICT = 'agreed|resolved|decided|approved|noted|endorsed|deferred|refused|granted|asked|requested|instructed|directed|AGREED|RESOLVED|DECIDED|APPROVED|NOTED|ENDORSED|DEFERRED|REFUSED|GRANTED';
const INLINE_BREAKS: [RegExp, RegExp][] = [
  // "… the access onto the B3414. Application REFUSED for the following reasons: …": a planning record's status line after the
  // debate's sentence, a page run into one line.
  [new RegExp(STATUS_OPENING), new RegExp(String.raw`(?<=[a-z\d)][.!?]\s+)(?=${STATUS_OPENING})`, 'g')],
  // A US page of labelled fields joined into a paragraph: "Action: Adopted Vote: 6-1 (Councilmember Lowe – No)": the tally's
  // label after the verdict starts a line, so the verdict stands alone as printed.
  [/(?:Action|ACTION)\s*:[^:]{1,80}\s(?:Vote|VOTE)\s*:/, /(?<=(?:^|\s)(?:Action|ACTION)\s*:\s*[A-Z][^:]{0,80}?)\s+(?=(?:Vote|VOTE)\s*:\s*\d)/g],
  // "… Council Action: Approved 5-0 (Motion: Okonkwo; Second: Ferreira) 8. Downtown Parking Study …": the movers' bracket ends
  // its item, and the next item's number opens a line, a page of action minutes run into one line.
  [/(?:Motion|MOTION|Moved|MOVED)\s*:[^()]{1,160}\)\s+\d/, /(?<=\((?:Motion|MOTION|Moved|MOVED)\s*:[^()]{1,160}\)\s+)(?=\d{1,3}\.\s+[A-Z])/g],
  // "C/203/2025 Minutes of Council Meeting held on 3 November 2025 Read and agreed.": a Northern Irish council's verdict on the
  // minutes its item names, run into the title's line as a paragraph joins them.
  [/(?:Read|Taken\s+as\s+read)(?:,|\s+and)\s+(?:agreed|approved|adopted|confirmed|noted|discussed|considered)\b/, /(?<=\S\s+)(?=(?:Read|Taken\s+as\s+read)(?:,|\s+and)\s+(?:agreed|approved|adopted|confirmed|noted|discussed|considered)\b[^.;:]{0,40}\.?\s*$)/g],
  // "ENV/2017/172 That the report be noted.", "Cou/286/25-26 That the Council adopt …", "C/152 That …", "CW001-2023 That …",
  // "2307.03 That …": a resolution's reference at the line's start numbers the clause after it, which is no title of an item.
  [/^[A-Za-z]{0,4}\/?\d[\d/.-]{2,14}\s+(?:That|THAT)\s/, /(?<=^(?:[A-Z][A-Za-z]{0,3}\/)?\d{1,4}\/\d{2,4}(?:\/\d{1,4})?(?:-\d{2})?\s+|^(?:[A-Z]{1,4}\/\d{1,4}|[A-Z]{1,4}\d{1,4}-\d{4}|\d{3,4}\.\d{2})\s+)(?=(?:That|THAT)\s)/g],
  // "7. Finance · The payments list … was approved. · The budget … was agreed …": a list's glyph bullets run into one line,
  // each after the last one's stop or after the item's title, start lines of their own as printed.
  [new RegExp(String.raw`\s${GLYPH_BULLET}\s+[A-Z(]`), new RegExp(String.raw`(?:(?<=[a-z\d)%][.;!?]\s+)|(?<=(?:^\d{1,3}\.?|(?:[A-Za-z\d)][.;!?]|\b\d{4})\s+\d{1,3}\.)\s+[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,5}\s+))(?=${GLYPH_BULLET}\s+[A-Z(])`, 'g')],
  // "Agreed to award £1,000 to the Hall. Application from the Angling Club deferred to the January meeting …": a community
  // council's second verdict, telegraphic, after the first's stop is a decision of its own.
  [/[a-z)][.;]\s+[A-Z][^.;]{2,80}?\s(?:deferred|declined|refused|rejected|tabled|postponed)\s+(?:to|until|pending|for|on|as|due)\b/, /(?<=[a-z)][.;]\s+)(?=[A-Z][\w’'-]+(?:\s+[\w’'&-]+){0,8}?\s+(?:deferred|declined|refused|rejected|tabled|postponed)\s+(?:to|until|pending|for|on|as|due)\b)(?!(?:The|It|This|Members|Councillors|They|He|She|We)\s)/g],
  // "RESOLVED – That the annual report be noted. The meeting ended at 11.35 am.", "… be approved. There being no further business
  // the Chair closed the meeting.": the meeting's close after the last clause's stop, a paragraph run together, is no clause's.
  [/(?:meeting|Meeting|business)\s/, /(?<=[a-z\d)][.!?]["”’]?\s+)(?=(?:The\s+meeting\s+(?:closed|ended|concluded|terminated|finished|adjourned|was\s+(?:closed|declared\s+closed|adjourned))|There\s+being\s+no\s+(?:further|other)\s+business|(?:The\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|Mayor|Convener|Cathaoirleach|President)\s+(?:closed|declared|adjourned)\s+the\s+meeting)\b)/g],
  // "The draft budget was considered line by line. It was recommended to Full Council that …": a committee's recommendation too.
  [/It\s+was/, /(?=It\s+was\s+(?:\w+\s+)?(?:resolved|RESOLVED|agreed|AGREED|decided|DECIDED|ordered|ORDERED|RECOMMENDED|recommended(?=\s+to\s+[A-Z]))\b)(?<=(?:[.;!?:)]|\s[-–—])\s+)/g],
  // "13.1 Finance Committee 16 November 2026 – the minutes were received and the recommendations adopted, namely:": a town
  // council's committee named as the item, then the lead-in of the recommendations it adopts.
  [/[-–—]\s+(?:the\s+)?minutes\s+(?:were|was)\s/i, /(?<=^(?:\d{1,4}(?:\.\d{1,2})?\.?\s+)?[A-Z][^:.;–—]{2,80}\s[-–—])\s+(?=(?:[Tt]he\s+)?[Mm]inutes\s+(?:were|was)\s+(?:received|noted|accepted)\s*(?:,|and)\s+(?:the\s+)?recommendations?\s+(?:(?:were|was)\s+)?(?:adopted|approved|agreed|endorsed|accepted))/g],
  // "117. Grants: resolved to award £250 to …": a town council's topic and its colon, then the marker's word in lower case, as
  // "it was resolved" follows the colon above; a community council's "4.1 Wind farm: agreed to object.", and the topic with no
  // number at all ("Local Development Plan: agreed that the Secretary write …").
  [/:\s+(?:resolved|agreed|decided)\s+(?:to|that)\s/, /(?<=^(?:(?:\d{1,4}(?:\.\d{1,2})?\.?|[A-Z]{0,4}\/?\d{1,4}\/\d{2,4})\s+)?[A-Z][^.;:]{1,60}:)\s+(?=(?:resolved|agreed|decided)\s+(?:to|that)\s)/g],
  // "On the motion of Cllr Smith, seconded by Cllr Jones, it was unanimously agreed that ...", "(b) Defibrillator – it was
  // resolved to renew the pads": after a comma, or after a title's colon or dash. A US county board's "Upon motion by
  // Commissioner A, seconded by Commissioner B, it was ORDERED that …" (a commissioners court's "it is ordered") the same.
  [/it\s+(?:was|is)\s/, new RegExp(String.raw`(?=it\s+(?:was\s+(?:\w+\s+)?(?:resolved|RESOLVED|agreed|AGREED|decided|DECIDED|ordered|ORDERED)|is\s+(?:\w+\s+)?(?:ordered|ORDERED))\s+(?:that|to)\b)(?<=(?:[,:]|\s[-–—])\s+)${AFTER_NO_MARKER}`, 'g')],
  // "Following a discussion in which Cllrs O'Dwyer and Quinlan contributed, it was proposed by Cllr Quinlan and seconded by …":
  // the motion after the debate's clause and its comma (a short lead, "Following discussion, it was moved by …", is the label's).
  [/,\s+it\s+was\s+(?:proposed|moved)\s+by\s/, /(?<=\b(?:discussion|debate|contributed|questions|queries|deliberation)\b[^.;]{0,150},\s+)(?=it\s+was\s+(?:proposed|moved)\s+by\s)/g],
  // Scottish divisions: "Accordingly, the motion became the finding of the Committee and it was resolved to introduce …": the
  // decision in words of its own after the verdict.
  [/finding\s+of/, /(?=it\s+was\s+(?:resolved|agreed)\s+(?:to|that)\b)(?<=\bfinding\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4},?\s+and\s+)/g],
  // "The Cathaoirleach declared the motion carried and it was agreed to forward the motion to all local authorities": a
  // further decision after the verdict on the motion ("A letter from Mayo County Council … was noted and it was agreed that it
  // be referred to …": after a letter noted too).
  [/it\s+was/, /(?=it\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided)\s+(?:that|to)\b)(?<=\b(?:carried|agreed|passed|adopted|noted|received|CARRIED|AGREED|PASSED|ADOPTED|NOTED|RECEIVED)(?:\s+(?:unanimously|UNANIMOUSLY))?,?\s+and\s+)/g],
  // "… the motion was agreed and the Meetings Administrator was requested to forward the motion to all local authorities": the
  // verdict, then an instruction of its own after "and".
  [/was\s+(?:requested|asked|instructed|directed)\s+to\b/, /(?<=\b(?:motion|resolution|amendment|proposal|recommendation)s?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:agreed|carried|adopted|passed|approved)\s+and\s+)(?=the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:was|were)\s+(?:requested|asked|instructed|directed)\s+to\b)/g],
  // "The Council considered the draft budget for 2027/28 and it was resolved to recommend a precept …": the debate, then the
  // decision after its "and".
  [/and\s+it\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided)/, /(?=it\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided)\s+(?:that|to)\b)(?<=\b(?:considered|discussed|debated|reviewed|examined)\b[^.;!?]{1,200}?,?\s+and\s+)/g],
  // "In response to a query by Cllr Healy on the housing policy it was agreed that …": a lead phrase, no comma; after a topic's
  // colon in lower case too ("(b) Precept 2027/28: after discussion it was resolved to …").
  [/it\s+was/, new RegExp(String.raw`(?=it\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided)\s+(?:that|to)\b)(?<=\b(?:In\s+response\s+to|[Ff]ollowing|[Aa]fter|Arising\s+from|With\s+regard\s+to|In\s+relation\s+to|Regarding|On\s+(?:the\s+)?(?:matter|question|issue)\s+of|(?:On|Upon)\s+the\s+(?:motion|proposal)\s+of)\b[^.;!?]{1,150}\s)${AFTER_NO_MARKER}`, 'g')],
  // "2026/118 To receive the Clerk's report Members NOTED the report.": a parish's title in lower case run into the decision,
  // its verb in capitals.
  [/(?:Members|Councillors|Governors|Trustees)\s+(?:NOTED|AGREED|RESOLVED|RECEIVED|APPROVED|ACCEPTED|ENDORSED|RATIFIED)\b/, /(?=(?:Members|Councillors|Governors|Trustees)\s+(?:NOTED|AGREED|RESOLVED|RECEIVED|APPROVED|ACCEPTED|ENDORSED|RATIFIED)\b)(?<=[\w’')]\s+)(?<!\b(?:that|and|the|which|when|as|if|all|All|The|of|by)\s+)/g],
  // "… seconded that the applications be submitted under the scheme. This was agreed by all members.": the verdict on the
  // motion, the line's last sentence. After a request with no seconder ("Cllr Brady asked that …. This was agreed.") the two
  // sentences stay one line: the request is what was agreed (extract/outcome.ts). The seconder must be in the sentence just
  // before (a stop after an initial or a title ends none): a page run into one line seconds many motions further back.
  [/This\s+was/, /(?=This\s+was\s+(?:(?:then|duly|unanimously|subsequently)\s+)?(?:agreed|carried|approved|passed|adopted|AGREED|CARRIED)\b[^.;]{0,40}[.;]?\s*$)(?<=\b(?:seconded|SECONDED)\b(?:[^.;]|\.(?=\S)|(?<=\b(?:[A-Z]|Cllrs?|Cr|Clr|Mr|Mrs|Ms|Dr))\.)*[.;]\s+)/g],
  // "… BE RECEIVED for information; and further, That Administration REPORT BACK …" and "…; AND THAT Council approve …":
  // a Canadian motion's chained clauses run into one line, each a clause of its own (read so on lines of their own); "…; and
  // THAT staff be directed …", an Ontario council's "… for information; and That Council direct staff …", keep their "and" on
  // the clause before.
  // A New Zealand council's "… be confirmed. AND That the Council receives …" after the clause's stop the same, and a
  // northern Ontario board's "… as presented; and FURTHER THAT the Board direct …".
  [/(?:[;.]|^)\s*(?:and|AND|And)\b/, /(?=(?:That|THAT)\s)(?<=(?:;|^)\s*(?:and|AND)(?:\s+(?:further|FURTHER))?\s*,\s+)|(?=(?:AND|And)\s+(?:(?:FURTHER|further)\s+)?(?:THAT|that)\s)(?<=;\s+)|(?=AND\s+(?:FURTHER\s+)?(?:THAT|That)\s)(?<=[a-z)][.]\s+)|(?=(?:THAT|That)\s)(?<=;\s+and\s+)|(?=(?:FURTHER|Further)\s+(?:THAT|That)\s)(?<=;\s+and\s+)/g],
  // "… Cr Mahuta/Ms Kereama CARRIED 7" / "Wainui Reserve Toilets Resolved …": a page run into one line and wrapped after the
  // next item's number, which goes with its title below, not with the verdict.
  [/(?:CARRIED|Carried|LOST|Lost)\s+\d{1,2}$/, /(?<=\b(?:CARRIED|Carried|LOST|Lost))\s+(?=\d{1,2}$)/g],
  // A New Zealand board's "THAT the report be received, and THAT the Board grants …", its lines joined: a decision each, the
  // "and" kept on the clause before as on its own line.
  [/,\s+and\s+THAT\s/, /(?=THAT\s)(?<=[\w)”"],\s+and\s+)/g],
  // "… seconded the recommendation of the Cabinet. The recommendation was CARRIED.": the verdict on the moved recommendation, the
  // paragraph's last sentence, stands apart from the movers' sentence as printed.
  // "… to recommend it to the full Council for adoption. Seán Ó Ceallaigh Director of Services": the report's signature after
  // its last sentence, a page run into one line, is no part of the recommendation.
  [/[a-z)][.]\s+\p{Lu}[^.;]{2,60}\b(?:Director|Head|Chief|Manager|Officer|Engineer|Planner|Clerk|Secretary|Administrator)\b[^.;]{0,60}$/u, /(?<=[a-z)][.]\s+)(?=(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,6}?(?:Director|Head|Chief\s+Executive|Chief\s+Officer|Manager|Officer|Engineer|Planner|Town\s+Clerk|County\s+Secretary|Meetings\s+Administrator)\b[^.;]{0,60}$)/gu],
  // "… be reported to the Cabinet. The Chairman of the working group, Councillor Ashdown, then presented its recommendations.":
  // the narrative after a clause's stop, a paragraph run into one line, is no part of the clause.
  [/[a-z)][.;]\s+The\s+[A-Z][^.;]{0,100}?\s(?:presented|introduced|outlined|summari[sz]ed)\b/, /(?<=[a-z)][.;]\s+)(?=The\s+[A-Z](?:[^.;]|(?<=\b(?:Cllr|Cr|Mr|Mrs|Ms|Dr|[A-Z]))\.){0,100}?\s(?:then\s+)?(?:presented|introduced|outlined|summari[sz]ed)\s+(?:the|his|her|their|its|a|an)\b)/g],
  // "4.A Conditional Use Permit CUP 27-002 – 1400 Mission Road (Valero Car Wash) Associate Planner Lin presented the staff
  // report.", "… FS-2027-04 Fire Chief D. Kowalski provided …": an officer named by post opens the minute after the item's title,
  // a paragraph run into one line.
  [/(?:Planner|Engineer|Attorney|Manager|Administrator|Director|Chief|Superintendent|Treasurer|Auditor)\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+\s+(?:presented|reported|gave|provided|explained|introduced|outlined|summari[sz]ed|reviewed)\b/, /(?<=(?:[A-Z][\w’'-]*|\d[\w-]*|\))\s+)(?<!\b(?:The|A|An|This|That|Its|the|of|by|and)\s+)(?=(?:(?:Associate|Senior|Principal|Assistant|Deputy|City|County|Town|Village|Fire|Police|Finance)\s+)?(?:Planner|Engineer|Attorney|Manager|Administrator|Director|Chief|Superintendent|Treasurer|Auditor)\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+\s+(?:presented|reported|gave|provided|explained|introduced|outlined|summari[sz]ed|reviewed)\b)/g],
  // A New Zealand council's "… for consultation. Moved Cr Kahu / Seconded Cr Lindsay Amendment: That clause (b) be amended …
  // Moved Cr Peters / Seconded Cr Ahuja The amendment was LOST.", its paragraph joined: the movers a line of their own, between
  // the words they moved and what follows.
  [new RegExp(SLASH_MOVERS), new RegExp(String.raw`(?=${SLASH_MOVERS})(?<=[.;:!?"”)]\s+)|(?<=\bSeconded\s+${MOVER_NAMED})\s+(?=(?:Amendment|AMENDMENT|The|THE|That|THAT|CARRIED|Carried|LOST|Lost)\b)`, 'g')],
  // A New South Wales council's paragraph joined: "Seconded: Councillor Belcher Council: A. endorses the draft Strategy …, B. notes
  // …": the seconder, the body's lead-in and each letter of its list (verbs in the present) a line of their own.
  [/Council\s*:\s+A\.\s+[a-z]/, /(?<=\b(?:Seconded|SECONDED)\s*:?\s*(?:Councillor|Cr|Cllr|Mayor)\.?\s+[A-Z][\w’'-]+)\s+(?=Council\s*:\s+A\.\s+[a-z])|(?<=(?:^|\s)Council\s*:)\s+(?=A\.\s+[a-z]+s\s)|(?<=(?:^|\s)A\.\s+[a-z]+s\s[^]*?[,;]\s+)(?=[B-H]\.\s+[a-z]+s\s)/g],
  // A Western Australian council's verdict, "… of one year. The Motion was Put and CARRIED (12/0) C93-11/26 PETITION – …", a page
  // run into one line: the verdict on a line of its own, and the next minute's code (number, month and year) after it, or after
  // the date in the page's title (a line hard-wrapped after "The Motion was" is cut there too).
  [/The\s+Motion\s+was(?:\s+Put\b|\s*$)/, /(?=The\s+(?:Substantive\s+)?Motion\s+was(?:\s+Put\s+and\s+(?:CARRIED|LOST|Carried|Lost)\b|\s*$))(?<=[.;]\s+)/g],
  [/(?:[.;)]|\d\d)\s+[A-Z]{1,3}\d{1,3}-\d{1,2}\/\d{2}\s/, /(?<=(?:\(\d{1,2}\/\d{1,2}\)|[a-z][.;]|\b(?:19|20)\d\d))\s+(?=[A-Z]{1,3}\d{1,3}-\d{1,2}\/\d{2}\s+[A-Z])/g],
  // A Scottish board's "… seconded by Councillor Baird, moved that consideration be continued …. There being no amendment, the
  // motion was agreed.": the chair's lead before the verdict with it.
  [/[Tt]he\s+(?:motion|recommendations?|amendment|proposal)\s+(?:was|were)\s/, /(?=(?:There\s+being\s+no\s+(?:amendments?|objections?|counter[\s-]motion|dissent),?\s+the|The)\s+(?:motion|recommendations?|amendment|proposal)\s+(?:was|were)\s+(?:(?:then|duly|unanimously|put\s+and)\s+)?(?:CARRIED|carried|AGREED|agreed|LOST|lost)\b[^.;]{0,40}(?:[.;]|$))(?<=\b(?:seconded|SECONDED)\b[^.;]{0,300}[.;]\s+)/g],
  // "The Board considered a report …. Following discussion, Mrs Leckie, seconded by Councillor Baird, moved that …": the
  // motion in the mover's words stands apart from the debate before it, as printed.
  [/,\s+seconded\s+by\s[^.;]{2,60},?\s+(?:moved|proposed)\s/, new RegExp(String.raw`(?<=[a-z)%][.;]\s+)(?=[A-Z](?:[^.;]|${SHORT_STOP}){0,160}?,\s+seconded\s+by\s+(?:[^.;,]|${SHORT_STOP}){2,60}?,?\s+(?:moved|proposed)\s+(?:that|to)\b)`, 'g')],
  // "… Campbelltown Officer recommendation That Council issue …": a Victorian council's officer recommendation, its label on a
  // line of its own and the motion below it, as printed, however long the item's title before it.
  [/(?:Officer|OFFICER)(?:['’]s|['’]S)?\s+(?:[Rr]ecommendation|RECOMMENDATION)s?\s*:?\s+(?:That|THAT)\s/, /(?<=\b(?:Officer|OFFICER)(?:['’]s|['’]S)?\s+(?:[Rr]ecommendation|RECOMMENDATION)s?\s*:?)\s+(?=(?:That|THAT)\s)|(?<=[\w,.)]\s+)(?=(?:Officer|OFFICER)(?:['’]s|['’]S)?\s+(?:[Rr]ecommendation|RECOMMENDATION)s?\s*:?\s+(?:That|THAT)\s)/g],
  // A Scottish council's "… for 2027/28. Notice of Motion by Councillor Ross Councillor Ross, seconded by Councillor Bain,
  // moved:-": the notice's heading between the last decision and its mover's sentence, each a line as printed; and the quoted
  // motion after the notice's colon ("The following Notice of Motion by …, seconded by …, was considered:- "That the Council
  // …"").
  [/(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:Motion|MOTION)\s+(?:by|BY|from|FROM)\s/, new RegExp(String.raw`(?<=\b(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:Motion|MOTION)\s+(?:by|BY|from|FROM)\s[^"“:;]{2,160}:-?)\s+(?=["“](?:That|THAT)\s)|(?<=[a-z\d)][.!?]["”]?\s+)(?=(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:Motion|MOTION)\s+(?:by|BY|from|FROM)\s)|(?<=\b(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:Motion|MOTION)\s+(?:by|BY|from|FROM)\s+(?:${CAP_TITLE})\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?=(?:${CAP_TITLE})\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+,?\s+(?:seconded|moved|proposed)\b)`, 'g')],
  // "7. MOTIONS Motion in the name of Cllr. A. Cullinane: "That this Council requests …"": an Irish council's notice of motion,
  // its label on a line of its own and the motion's words below it, as printed; its number a line of its own after the last
  // sentence ("… Authority. 3.2 Motion in the name of Cllr. R. Fitzgerald: …"), as over the label it names. With no colon, the
  // mover's own sentence after the name ("Motion in the name of Cllr. B. Healy-Rae Cllr. Healy-Rae proposed …") opens a line.
  [/(?:Motion|MOTION)\s+in\s+the\s+name\s+of\s/, new RegExp(String.raw`(?<=\S\s+)(?=(?:Motion|MOTION)\s+in\s+the\s+name\s+of\s)|(?<=[.!?]["”]?\s+)(?=\d{1,2}(?:\.\d{1,2})*\.?\s+(?:Motion|MOTION)\s+in\s+the\s+name\s+of\s)|(?<=\b(?:Motion|MOTION)\s+in\s+the\s+name\s+of\s+[^:;"“]{2,60}:)\s+(?=["“]?(?:That|THAT)\s)|(?<=\b(?:Motion|MOTION)\s+in\s+the\s+name\s+of\s+(?:${CAP_TITLE})\.?\s+(?:[A-ZÀ-Þ]\.\s*)*[A-ZÀ-Þ][\wÀ-ÿ’'-]*(?:\s+[A-ZÀ-Þ][\wÀ-ÿ’'-]+)?)\s+(?=(?:${CAP_TITLE})\.?\s+(?:[A-ZÀ-Þ]\.\s*)*[A-ZÀ-Þ][\wÀ-ÿ’'-]*(?:\s+[A-ZÀ-Þ][\wÀ-ÿ’'-]+)?\s+(?:proposed|moved)\b)`, 'g')],
  // "… to approve the agenda. Motion by Commissioner Pct. 2 Alvarez, second by Commissioner Pct. 4 Whitfield, to approve.": a
  // Texas court's motion after the item's caption, its mover's title and precinct before the seconder.
  [/[.!?]\s+(?:A\s+)?[Mm]otion\s+(?:was\s+)?(?:made\s+)?by\s/, /(?<=[a-z\d)][.!?]\s+)(?=(?:A\s+)?[Mm]otion\s+(?:was\s+)?(?:made\s+)?by\s+(?:Commissioner|Council\s*(?:Member|man|woman|or)|Trustee|Supervisor|Alderman|Director|Mayor|Judge|Mr|Mrs|Ms|Dr|Cllr|Cr)\b[^;]{0,120}?,\s*second(?:ed)?\s+by\b)/g],
  // "Recommendation from Cabinet: That the Medium Term Financial Strategy … be approved.", "Recommendations of the Constitution
  // Working Group (1) That …": another body's recommendations as a heading, its first clause on a line of its own as printed.
  [/(?:Recommendations?|RECOMMENDATIONS?)\s+(?:from|of|FROM|OF)\s/, new RegExp(String.raw`(?<=(?:^|[.!?]\s+|[A-Z\d]\s+)(?:Recommendations?|RECOMMENDATIONS?)\s+(?:from|of|FROM|OF)\s+(?:the\s+|THE\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:${SUBJECT_BODY}|CABINET|COMMITTEE|BOARD|COUNCIL)\s*:?)\s+(?=\(1\)\s|1[.)]\s|(?:That|THAT)\s)`, 'g')],
  // "… authorised to publish them. The recommendations were moved by Councillor Desai, seconded by Councillor Ferris, and
  // agreed.": who moved the recommendations listed before, a sentence of its own after the last one's stop.
  [/The\s+(?:recommendations?|motion|proposals?)\s+(?:was|were)\s/, /(?<=[a-z)][.]\s+)(?=The\s+(?:recommendations?|motion|proposals?)\s+(?:was|were)\s+(?:duly\s+|then\s+)?(?:moved|proposed)\b)/g],
  // "Cllr Mulligan proposed that the charges be suspended. This was not agreed.": a refusal agrees to nothing, request or motion.
  [/This\s+was\s+(?:not|lost|defeated)/, /(?=This\s+was\s+(?:not\s+(?:agreed|carried|approved|passed|adopted)|lost|defeated)\b[^.;]{0,40}[.;]?\s*$)(?<=[.;]\s+)/g],
  // "3. Grants - Two applications were considered. Agreed:" over "Pennant Young Farmers £300; …": a label the margin left at
  // the end of the sentence before it leads into the lines below, as it would on a line of its own.
  [/[.!?]\s+(?:Agreed|AGREED|Resolved|RESOLVED)\s*:-?\s*$/, /(?<=[a-z\d)][.!?]\s+)(?=(?:Agreed|AGREED|Resolved|RESOLVED)\s*:-?\s*$)/g],
  // "a. Payments: Resolved to approve the payments listed …", "(b) Noticeboard, Church Lane: Resolved to accept …": a parish's
  // sub-item label, its topic (and the place), its colon, then the marker.
  // The sub-item opens its own line after the stop of the one before, when its lines were wrapped and joined again ("… from 9
  // November. (b) Noticeboard, Church Lane: Resolved to …"), the letters that would show the run standing on another line.
  [/(?:\([a-z]\)|\b[a-z][.)])\s+[^:]{1,80}:\s+(?:Resolved|RESOLVED|Agreed|AGREED|resolved|agreed)\s/, /(?<=[.;]\s+)(?=(?:\([a-z]\)|[a-z][.)])\s+[A-Z][\w’' &/-]{1,60}(?:,\s+[A-Z][\w’' &/-]{1,40})?:\s+(?:Resolved|RESOLVED|Agreed|AGREED|resolved|agreed)\s+(?:to|that|TO|THAT)\b)/g],
  // A community council's planning row under its topic: "4. Planning: 26/04410/FUL – Torgyle Bridge, erection of holiday
  // lodges: agreed to object …", the application's reference, site and colon, then the marker in lower case.
  [/:\s+\d{2}\/\d{3,5}\/[A-Z]{2,6}\s+[-–—]\s+[^:;.]{3,120}:\s+(?:agreed|resolved|decided)\s/, /(?<=^(?:\d{1,2}[.)]?\s+)?[A-Z][\w’' &/-]{1,40}:\s+\d{2}\/\d{3,5}\/[A-Z]{2,6}\s+[-–—]\s+[^:;.]{3,120}:)\s+(?=(?:agreed|resolved|decided)\s+(?:to|that)\b)/g],
  // A community council's "7. AOCB. Christmas lights: agreed to spend up to £600 …": after the item's short title and its stop, a
  // topic's colon, then the marker in lower case; or the marker's own colon ("a) Speed indicator device: Resolved: to buy …").
  [/^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}|\d{2}\/\d{1,4})[.)]?\s+[^:]{1,100}:\s+(?:Resolved|RESOLVED|Agreed|AGREED|resolved|agreed)\b/, /(?<=^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}|\d{2}\/\d{1,4})[.)]?\s+(?:[A-Z][\w’'&/-]*(?:\s+[A-Za-z][\w’'&/-]*){0,3}\.\s+)?[A-Z][\w’' &/-]{1,60}(?:,\s+[A-Z][\w’' &/-]{1,40})?:\s+)(?=(?:Resolved|RESOLVED|Agreed|AGREED|resolved|agreed)(?:\s*[:\-–—]+\s*|\s+)(?:to|that|TO|THAT)\b)/g],
  // Not after an item's number: "45. Apologies RESOLVED that …" is the item's title and its decision; nor after a title or an
  // initial: "Seconded by Cllr. S. Kennedy And resolved:" is one member's name.
  [/resolved/i, /(?=(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}(?:(?:unanimously|further|also|then)\s+)?(?:resolved|RESOLVED)\b)(?<=[.;!?]\s+)(?<!(?:^|\s)(?:\d{1,3}|[a-z]|[ivx]{1,4}|Cllr|Cr|Clr|Mr|Mrs|Ms|Dr|Ald|[A-Z])\.\s+)/g],
  // "… about the defibrillator scheme was noted. Resolved to apply for a grant.", "A letter … was noted. Agreed that the Chair
  // respond …", "… now in place at Corran brae. Agreed: Secretary to request …": a parish's or community council's marker opening its own sentence.
  // A Welsh council's "Penderfynwyd / Resolved:" is the same marker printed in both languages.
  // "… was considered. Resolved (Cr Peni/Mayor Hollis) That …", "… RESOLVED 312/26 (Clr Matthews/Clr O'Neill) That …": the movers
  // in brackets or a minute number after the marker, as Australasian councils print them; "… representations. Resolved by 7
  // votes to 2 that …", the count after it; "… spoke to the update. Resolved That the Committee: …", a New Zealand committee's
  // marker and its capital "That" after a paragraph's sentence. Not a list's own number's stop ("… 1;
  // 3. Agreed to issue revised Directions …": the verb of the third item of a list run into one line), though a number that
  // ends a sentence's words may ("… the condition of footpath 14. Resolved to ask …").
  // A Northern Irish committee's "… for winter opening hours. Recommended – that Option B be adopted.": its marker and dash.
  [/(?:Resolved|RESOLVED|Agreed|Recommended)(?:\s+(?:to|that|That|THAT|unanimously|by)|\s*:|\s*\(|\s+\d|\s*[–—-]\s)/, new RegExp(String.raw`(?=(?:${WELSH_TWIN})?(?:Resolved|RESOLVED|Agreed|Recommended)(?:\s+(?:to|that|That|THAT|unanimously)\b|\s*:\s|\s*[–—-]\s*(?:that|That|THAT|to)\s|\s*\((?:Cr|Cllr|Clr|Councill?or)s?\.?\s|\s+\d{1,4}\/\d{2,4}\b|\s+by\s+(?:\d{1,3}\s+votes?|a\s+majority)\b))(?<=[.;!?]\s+)${NOT_AFTER_NUMBER}(?<!(?:^|[.;:,]\s+|\s(?:and|or)\s+)(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+)`, 'g')],
  // "… Village Hall hire £45.00 Resolved to adopt the budget …": after a payments list's last sum, a list run into one line.
  [/\d\.\d\d\s+(?:Resolved|RESOLVED|Agreed|AGREED)\s/, /(?<=[£$€]\s?\d[\d,]*\.\d\d\s+)(?=(?:Resolved|RESOLVED|Agreed|AGREED)\s+(?:to|that|TO|THAT)\b)/g],
  // "… be confirmed. Carried 6/0 8 CORPORATE SERVICES 8.1 Budget Review – …": a Queensland council's page run into one line,
  // the verdict and its tally ending the item before the next section's bare number; that section's heading ends before its
  // first decimal item, numbered under it (a Nova Scotia council's "3. Recommendations from Committee of the Whole 3.1 Fire …").
  [/(?:Carried|CARRIED|Lost|LOST)\s+\d{1,2}\s*\/\s*\d{1,2}\s+\d/, /(?<=\b(?:Carried|CARRIED|Lost|LOST)\s+\d{1,2}\s*\/\s*\d{1,2}\s+)(?=\d{1,2}(?:\.\d{1,2})?\s+[A-Z])/g],
  [/^\d{1,2}\.?\s+[A-Z].*?\s\d{1,2}\.\d{1,2}\s+[A-Z]/, /(?=\s+\d{1,2}\.\d{1,2}\s+[A-Z])(?<=^(\d{1,2})\.?\s+[A-Z][\w’'&-]*(?:\s+(?:[\w’'&-]+|[-–])){0,10}?)\s+(?=\1\.\d{1,2}\s+[A-Z])/g],
  // "7.1 Bitumen Reseal Program 2026/27 RESOLUTION OM2026/302 Moved Cr …": the resolution's label and number after the item's
  // title, before its movers or its "That", stand on a line of their own as printed.
  [/RESOLUTION\s+[A-Z]{0,4}\d{4}\/\d/, /(?<=\S\s+)(?=RESOLUTION\s+[A-Z]{0,4}\d{4}\/\d{2,4}\s+(?:Moved|MOVED|That|THAT)\b)/g],
  // The same with the word in title case: a Queensland council's "11.1 Request for Financial Assistance - Warwick Show Society
  // Resolution THAT Council provide …", a New Zealand committee's "Report: Rubbish Bin Replacement Resolved IC/2026/41 That the
  // Committee receives …" (its code, then the clause on a line of its own).
  [/(?:Resolution|Resolved)\s+(?:[A-Z]{2,6}\/\d{2,4}\/\d{1,4}\s+)?(?:That|THAT)\s/, /(?<=\b[A-Z][\w’'-]*\s+)(?=(?:Resolution|Resolved)\s+(?:[A-Z]{2,6}\/\d{2,4}\/\d{1,4}\s+)?(?:That|THAT)\s)(?<!\b(?:The|A|This|Draft|Proposed|Suggested|Council|Committee|Board)\s+)|(?<=\b(?:Resolution|Resolved)\s+[A-Z]{2,6}\/\d{2,4}\/\d{1,4})\s+(?=(?:That|THAT)\s)/g],
  // "8.3 DEVELOPMENT APPLICATION DA 2026/207 – 3 CANAL ROAD MOTION Moved: Cr Nash …": a New South Wales council's heading over
  // a motion (or an amendment) that was not yet carried, after the item's title in capitals or the sentence before.
  [/(?:MOTION|AMENDMENT)\s+(?:Moved|MOVED)\s*:/, /(?<=\S\s+)(?=(?:(?:FORESHADOWED\s+)?MOTION|AMENDMENT)\s+(?:Moved|MOVED)\s*:)(?<!\b(?:FORESHADOWED|THE|A|AN)\s+)/g],
  // "3.1 SUBDIVISION – 44 RIVER STREET (PA 2026/118) 015/2027 Moved: Cr Nguyen …", "1 CONFIRMATION OF MINUTES C286/22-2026
  // Moved: …": a Tasmanian council's resolution number alone after the title in capitals, before the movers' label.
  [/\d\/(?:\d{2}-)?\d{2,4}\s+(?:Moved|MOVED)\s*:/, /(?<=[A-Z)]\s+)(?=[A-Z]{0,4}\d{1,4}\/(?:\d{2}-)?\d{2,4}\s+(?:Moved|MOVED)\s*:)/g],
  // "2 DECLARATIONS OF INTEREST Nil.": nothing under the item, its title in capitals before the word.
  [/\sNil\b/, /(?<=^\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][A-Z’'&,()\/\s–-]*[A-Z)])\s+(?=Nil\.?(?:\s+\d|\s*$))/g],
  // "Minutes of the Cabinet held on 23 July 2024 47. Month 3 Financial Report …": the heading's date, then the first item's number
  // ("… MINUTES Tuesday, December 8, 2026. 1. Approval of Agenda …", a US date and its stop, the same; "… Minutes – 17
  // November 2026 6.1 Internal Audit …", a decimal item). After the hour the meeting began the same ("… commencing at 9.30am. 8.4
  // Tender T2027-03 …").
  [/(?:\d{4}|[ap]\.?m|[AP]\.?M)\.?\s+\d{1,3}\.\d{0,2}\s+[A-Z]/, /(?<=\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?\d{4}|\b(?:at|from)\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m|[AP]\.?M))\.?\s+)(?=(?:\d{1,3}\.|\d{1,2}\.\d{1,2}\.?)\s+[A-Z][a-z])/g],
  // "Present: … Members J Moana, P Hoskins, L Whare 4 Apologies Resolved …": the first item's bare number after the attendance
  // list's last name (or a bracket: "… Executive Officer (K Pell) 1 CONFIRMATION OF MINUTES"), known by the titles a meeting
  // opens with ("at 4 Apologies" or "item 4 Apologies" cites it).
  [/\s\d{1,2}\s+(?:Apologies|APOLOGIES|Karakia|KARAKIA|Declarations?|DECLARATIONS?|Conflicts?|CONFLICTS?|Confirmation|CONFIRMATION)\b/, new RegExp(String.raw`(?<=[a-z)]\s+)(?<!\b(?:item|Item|minute|Minute|no|No|paragraph|section|page|clause|at|of|on|by|to|from|and|with)\s+)(?=\d{1,2}\s+${FIRST_ITEM_TITLE})`, 'g')],
  // "… AGAINST: Nil 2 QUESTIONS ON NOTICE FROM THE PUBLIC Nil. 3 OFFICERS REPORTS TO COUNCIL 3.1 …": an Australian page's "Nil"
  // (no votes against, no questions, no apologies) ends what stood under a heading, and the next item's number and title in
  // capitals follow, a page run into one line.
  [/\bNil\.?\s+\d/, /(?<=\bNil\.?\s+)(?=\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z]{2,}[A-Z’'&,-]*\s+(?:[A-Z&–-]|\d{1,4}\b))/g],
  // "… G Mahuta. 8 Local Board Discretionary Grants Round One Resolved (Tāne/Hughes) That …": a New Zealand board's item number
  // with no stop of its own, after the sentence before, its title then the marker; "… He left at 4:25. 6 Road Stopping – 12
  // Kowhai Street Resolved (Hoskins/Whare) That …", a time's stop before it, a number in its title ("… catchment. 4
  // Recommendations from the Environment Committee – 11 November 2026 Resolved (Brewer/Wallace) …", a date in it).
  [/[.]\s+\d{1,2}\s+[A-Z][^.;:]{2,120}\s(?:Resolved|RESOLVED)\b/, /(?<=(?:[a-z)]|\d\d)[.]\s+)(?=\d{1,2}\s+[A-ZĀ-Ū][\wÀ-ɏ’'-]*(?:\s+(?:[A-ZĀ-Ū][\wÀ-ɏ’'-]*|\d[\w\/-]*|of|and|for|from|the|to|in|on|at|by|&|[-–])){0,11}\s+(?:Resolved|RESOLVED)\b)/g],
  // "… for further consideration. C26/212": a New Zealand council's resolution number after the resolution's stop, at the end
  // of a paragraph joined into one line, or before the next item's number ("… Plan. C26/211 7.2 Speed Management Plan").
  [/[.]\s+[A-Z]{1,4}\d{0,4}\/\d{1,4}(?:\s*$|\s+\d)/, /(?<=[a-z\d)][.]\s+)(?=[A-Z]{1,4}\d{0,4}\/\d{1,4}(?:\s*$|\s+\d{1,2}(?:\.\d{1,2})+\s+[A-Z]))|(?<=[a-z\d)][.]\s+[A-Z]{1,4}\d{0,4}\/\d{1,4})\s+(?=\d{1,2}(?:\.\d{1,2})+\s+[A-Z])/g],
  // "44/1126 Draft Climate Action Plan Resolved on the proposal of Councillor O'Neill, seconded by …, that …": an Irish minute's
  // marker and its movers open their own line after the title, a paragraph joined.
  [/(?:Resolved|RESOLVED)\s+(?:on|upon)\s+the\s+(?:proposal|motion)\s/, new RegExp(String.raw`(?=(?:Resolved|RESOLVED)\s+(?:on|upon)\s+the\s+(?:proposal|motion)\s+of\s)(?<=[A-Za-z\d.)]\s+)${NOT_AFTER_NUMBER}`, 'g')],
  // "11.3 INVESTMENTS – NOVEMBER 2026 Resolved (Clr Doyle/Clr Chen) That …": the marker with its movers in brackets or its
  // minute number opens its own line, after a title as after a sentence; a New Zealand board's "5.1 Community Grant
  // Applications Resolved (Ruawai/Pickering) That …", its movers by surname alone (a macron's vowel in Latin Extended-A: "Tāne").
  [/(?:Resolved|RESOLVED)\s*(?:\(|\d)/, new RegExp(String.raw`(?=(?:Resolved|RESOLVED)(?:\s*\((?:Cr|Cllr|Clr|Councill?or)s?\.?\s[^()]{2,60}\)|\s*\([A-ZÀ-Þ][\wÀ-ɏ’'-]+\s*\/\s*[A-ZÀ-Þ][\wÀ-ɏ’'-]+\)|\s+\d{1,4}\/\d{2,4}\b))(?<=\S\s+)${NOT_AFTER_NUMBER}`, 'g')],
  // "3. Confirmation of Previous Minutes Te Whakaāe o te hui o mua Part C Community Board Resolved BKCB/2024/00048 That …": a
  // New Zealand board's marker names the body and the resolution's number, after the item's title in a paragraph run together.
  [/\s(?:Resolved|RESOLVED)\s+[A-Z]{2,8}\//, /(?=(?:(?:Community|Local|Hearings?)\s+)?(?:Board|Council|Committee|Subcommittee|Sub-Committee|Panel)\s+(?:Resolved|RESOLVED)\s+[A-Z]{2,8}\/\d{4}\/\d{2,6}\b)(?<=\S\s+)/g],
  // "11. ORDINANCES – SECOND READING 11.a ORDINANCE NO. 26-22 …": a section's heading in capitals, then its first sub-item,
  // numbered under it, a page run into paragraphs.
  [/^\d{1,2}\.\s+[A-Z]{3,}[^a-z]*?\s\d{1,2}\.[a-hA-H1]/, /(?<=^(\d{1,2})\.\s+[A-Z]{3,}(?:\s+(?:[A-Z]{2,}|[-–&]))*)\s+(?=\1\.(?:[a-hA-H]\.?|1\.?)\s+[A-Z])/g],
  // "11.2 DRAFT PLAYGROUND STRATEGY Report by Coordinator Open Space. …": an item's title in capitals at the line's start, run
  // into the minute under it (a Welsh council's "5 BUDGET MONITORING – QUARTER 2 Submitted – a report by …" and "1 APOLOGIES
  // Councillor Meinir Price." too); not a clause in capitals ("1. THAT Council …"), nor a measure's label ("11. RESOLUTION (2019-47)
  // Approval of …"), nor a Legistar file's number, which opens the next piece ("2. CONSENT AGENDA 26-0412 Approval of …").
  [/^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z]{2,}\s+[A-Z]/, new RegExp(String.raw`(?<=^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?!(?:THAT|RESOLVED|AGREED|WHEREAS|NOW|BE|MOVED|SECONDED|CARRIED|DECISION|RECOMMENDED|RESOLUTION|ORDINANCE|MOTION(?!\s+(?:BY|ON\s+NOTICE)\b)|ITEM)\b)[A-Z][A-Z0-9,’'&/()–-]+(?:\s+(?:[A-Z0-9]|[–-](?=\s))[A-Z0-9,’'&/()–-]*)+(?<![–-])(?<!\s\d{2,4}-\d{3,5})\s)(?=[A-Z][a-z]+\s+(?:[a-z]|[–—-]\s+[a-z])|(?:The|A|This)\s+[A-Z][a-z]+\s+[a-z]+ed\b|(?<!${MOVERS_WORD}\s)${COUNCILLOR_NAMED})|(?<=^\d{1,2}\.?\s+(?!(?:THAT|RESOLVED|AGREED|DECISION|MOTION|ITEM)\b)[A-Z]{3,}\s)(?<!${MOVERS_WORD}\s)(?=${COUNCILLOR_NAMED})`, 'g')],
  // "Action: Clerk to obtain quotes. Council agreed to plant two trees …": the outcome after a label's sentence (not after a
  // list's number: "… contract. 3. Cabinet agreed that …" is the clause the number opens).
  [/(?:agreed|decided)\s+(?:to|that)\b/i, /(?=(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Council|Committee|Board|Cabinet|Panel|Members)\s+(?:\w+ly\s+)?(?:agreed|AGREED|decided|DECIDED)\s+(?:to|that)\b)(?<=[.;!?]\s+)(?<!(?:^|\s)\(?\d{1,2}[.)]\s+)/g],
  // "The Mayor tabled a Mayoral Minute. Resolved on the motion of the Mayor:": a New South Wales council's marker and its movers
  // after the sentence before it.
  [/Resolved\s+on\s+the\s+motion\b/, /(?=Resolved\s+on\s+the\s+motion\b)(?<=[a-z)][.!?]\s+)/g],
  // "After discussion it was RESOLVED that …": the marker in capitals opens the decision wherever it stands.
  [/[Ii]t\s+was/, /(?=[Ii]t\s+was\s+(?:\w+\s+)?(?:RESOLVED|AGREED|DECIDED)\b)(?<=[A-Za-z,;:.)]\s+)/g],
  // "The minutes were AGREED as a correct record": the word inside a sentence is no marker.
  // "The Committee AGREED the draft budget …": after a body's name and before the thing agreed, the word is that body's verb
  // ("The Committee AGREED the decisions be accepted …" opens a clause, as "AGREED that" does).
  // "The Panel AGREED to make the following recommendations to Cabinet:": the body's own recommendations, to whom they go.
  // A scan's "… 14 MILL ROAD, FENBRIDGE RESOLVEDThat planning permission …": the marker glued to the clause's first word.
  [/RESOLVED|RECOMMENDED|AGREED/, new RegExp(String.raw`(?=(?:AND\s+)?(?:RESOLVED|RECOMMENDED|AGREED)(?:\b|(?=That\s)))(?!(?<=\b(?:Committee|Council|Board|Cabinet|Panel|Members|Forum|Group|Commission)\s+)(?:RESOLVED|AGREED)\s+to\s+make\s+the\s+following\s+recommendations\b)(?!(?<=\b(?:Committee|Council|Board|Cabinet|Panel|Members|Authority|Executive|Forum|Group|Trust|Commission|IJB)\s+)(?:RESOLVED|RECOMMENDED|AGREED)\s+(?:the|a|an|its|their)\s(?![^.;]{0,80}\b(?:be|is|are|was|were)\b))(?<=\S\s+)(?<!\b(?:AND|and|was|were|be|been|being|is|are|has|have|had|WAS|WERE|BE|BEEN|BEING|IS|ARE|HAS|HAVE|HAD|it|IT|It|duly|unanimously|then|FURTHER|further|ALSO|also)\s+)${NOT_AFTER_NUMBER}`, 'g')],
  // "#29-114  ORDERED: That the City Council hold a hearing …", "… Motion carried 4-0. IT IS FURTHER ORDERED that …": a US
  // council's or county court's order in capitals, before its colon, "that" or its movers ("claims ORDERED PAID" is a verdict).
  [/ORDERED/, /(?=(?:IT\s+IS\s+(?:(?:FURTHER|THEREFORE|HEREBY|ALSO)\s+)*)?ORDERED\s*(?::|[,\-–—]?\s+(?:that|That|THAT|on\s+motion|upon\s+motion)\b))(?<=\S\s+)(?<!\b(?:was|is|be|been|and|it|IS|WAS|BE|BEEN|AND|IT|FURTHER|THEREFORE|HEREBY|ALSO|further|therefore|hereby|also)\s+)/g],
  // "… 7:07 p.m. RESOLUTION 26-140 ADOPTING THE 2027 BUDGET Council Member Yates moved to adopt …": a heading in capitals inside a
  // page run into one line, then a member's motion.
  [new RegExp(String.raw`\b[A-Z]{2,}\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,?\s+(?:moved|${MADE_MOTION})\b`), new RegExp(String.raw`(?<=\b[A-Z]{2,}\s+)(?<!\b(?:COUNCIL|BOARD|DEPUTY|VICE)\s+)(?=(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,?\s+(?:moved|${MADE_MOTION})\b)`, 'g')],
  // "(a) 4 Harbour Road, Lochmore The Sub-Committee agreed to grant the licence …": a heading run into the body's decision, no
  // stop between; "The" in capitals after a capitalised word opens the sentence.
  // A Northern Irish committee's "Requests for the use of the City Hall The Committee approved the recommendations …" the same;
  // so a school board's "C. First Reading – Board Policy 5141.21, Administering Medication The Board heard the first reading."
  [new RegExp(String.raw`[A-Za-z]\s+The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:${BODY_VERDICT}|heard|received)\b`), new RegExp(String.raw`(?<=\b[A-Z][\w’'-]*\s+)(?=The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:${BODY_VERDICT}|heard|received)\b)`, 'g')],
  // "… June 30, 2030. Other Business The Board asked …", "… (Motion Lindgren, second Okafor, 3-0) Appointments VOTED
  // unanimously to …": a short title in title case between the last sentence's stop (or its tally's bracket) and the next
  // item's decision, a page run into one line, stands on a line of its own.
  [new RegExp(String.raw`(?:[.]|\))\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:VOTED\b|The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:${SUBJECT_BODY})\s)`), new RegExp(String.raw`(?<=[a-z%][.]\s+|\b(?:19|20)\d\d[.]\s+|\)\s+)(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:VOTED\b|The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:${BODY_VERDICT})\b))`, 'g')],
  // "(b) that the reprofiling … be approved; and RECOMMENDED TO COUNCIL – (c) that …": the next marker after the clause's "; and",
  // which stays with the clause it ends, as it does at the end of a printed line.
  [/;\s+(?:and|AND)\s+(?:RESOLVED|RECOMMENDED)\b/, /(?<=;\s+(?:and|AND)\s+)(?=(?:RESOLVED|RECOMMENDED)\b)/g],
  // "1. The Council's forecast … for the year. Cabinet approved; 2. The re-profiled …": the body's next lead-in after the clause
  // before it, a decision run into one paragraph; so a Scottish minute's "… for young people. The Committee recommended: 4.4. That …".
  [new RegExp(String.raw`[.!?]\s+(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}?(?:${SUBJECT_BODY})\s+(?:noted|approved|agreed|resolved|endorsed|decided|recommended)(?:\s+that)?\s*[;:]\s`), new RegExp(String.raw`(?<=[a-z\d)][.!?]\s+)(?=(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}?(?:${SUBJECT_BODY})\s+(?:noted|approved|agreed|resolved|endorsed|decided|recommended)(?:\s+that)?\s*[;:]\s)`, 'g')],
  // "… be appointed as Independent Directors of High Life Highland. In relation to the vacancy …, the Nominations Committee, having
  // revisited the applications received, AGREED that …": a second decision's sentence, its marker in capitals within it.
  // Not after a title's stop: "… SECONDED by Cllr. Walsh and AGREED that …" is one sentence.
  [/[a-z)]\.\s+[A-Z][^.;]{0,200}\b(?:AGREED|RESOLVED|DECIDED)\s+(?:that|to)\b/, /(?<=[a-z)]\.\s+)(?<!\b(?:Cllrs?|Cyng|Cr|Clr|Mr|Mrs|Ms|Dr|Ald|Rev|Hon|Prof|St|No|Inc|Ltd|Co)\.\s+)(?=[A-Z][^.;]{0,200}\b(?:AGREED|RESOLVED|DECIDED)\s+(?:that|to)\b)/g],
  // "… (5) the option … in 2012/13. The Cabinet considered the report of …", "… Further to Minute No. 236 …, the Council
  // considered …": the next item's narrative after a list's last clause, a page run into one paragraph; or after the item's
  // title, no stop between ("EX/89 Medium Term Financial Strategy 2027/28 to 2030/31 The Executive considered the report …",
  // "CAB/72 Allotment Rents Cabinet considered the responses to the consultation.", a cabinet or executive by its bare name).
  [/\s(?:considered|received|had\s+before\s+it)\s+(?:a|the)\s|Further\s+to\s+Minute/, new RegExp(String.raw`(?<=[a-z\d)][.]\s+|(?:^|\s)(?!(?:The|A|An|This)\s)(?:[A-Z][\w’'/-]*|\d[\d/-]*)\s+)(?=(?:The\s+(?:[A-Z][\w’'&-]*\s+){0,3}?(?:${SUBJECT_BODY})|Cabinet|(?<!\bChief\s+)Executive)\s+(?:considered|received|had\s+before\s+it)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:report|minutes?|findings|responses|update)\b|Further\s+to\s+Minute\b)`, 'g')],
  // "Manager of Environmental Services That the report of the City Engineer … BE RECEIVED": a tracker's owner cell run into the
  // resolution beside it, a table flattened into a paragraph. Not after a marker or a label that the clause belongs to
  // ("RESOLVED That …", "Recommendation That …"), nor inside a movers' line ("Moved Cr Banks Seconded Cr Ivey That …"). A title
  // that ends on its year the same: "7.1 Annual Report 2025/26 That the Council: 1. …", not a marker's reference ("RESOLVED
  // 45/26 That …").
  [/[A-Za-z\d]\s+That\s/, /(?<=\b[A-Z][a-z][\w’'-]*\s+(?:\d{2,4}[/-]\d{2,4}\s+)?)(?<!\b(?:Resolved|RESOLVED|Agreed|AGREED|Minute|MINUTE|Min|Resolution|RESOLUTION|Item|ITEM|No\.?|Nos\.?)\s+\d{2,4}[/-]\d{2,4}\s+)(?<!\b(?:Resolved|Agreed|Decided|Recommended|Recommendation|Recommendations|Decision|Motion|Moved|Seconded|Proposed|Carried|Resolution|Item|Minute|Action|Note|Notes)\s+)(?<!\b(?:Moved|Seconded|Proposed|MOVED|SECONDED|PROPOSED|by|BY)\b[^.;:]{0,60})(?=That\s+(?:the|this|City|Council|Administration|Cabinet|Committee|Board|[A-Z]{2,})\b)/g],
  // "Te tūtohunga / Recommendation/s That the Finance and Performance Committee: a) …": a New Zealand report's bilingual heading
  // run into the lead-in under it, a paragraph joined into one line.
  [/Recommendation(?:\/s|s)?\s+That\s/, /(?<=(?:Recommendation\/s|[Tt][uū]tohunga\s*\/\s*Recommendations?)\s+)(?=That\s)/g],
  // The heading after the item's title: "7.1 Three Waters Capital Programme Update Ngā tūtohunga / Recommendations".
  [/[Tt][uū]tohunga\s*\/\s*Recommendation/, /(?<=[\w)]\s+)(?=(?:(?:Ng[aā]|Te)\s+)?[Tt][uū]tohunga\s*\/\s*Recommendation(?:s|\/s)?\b)(?<!\b(?:Ng[aā]|Te)\s+)/g],
  // "… increased to $1.2 billion. Horopaki / Context 1. The council borrows …": the next bilingual heading and its first numbered
  // paragraph after the last recommendation, a report run into one line.
  [/\s\/\s\p{Lu}[\p{L}\s]{2,40}\s\d{1,2}\.\s/u, /(?<=[.;]\s+)(?=\p{Lu}\p{L}+(?:\s+\p{L}+){0,2}\s+\/\s+\p{Lu}\p{L}+(?:\s+\p{L}+){0,3}\s+\d{1,2}\.\s)/gu],
  // "CITY OF LAKESHORE STAFF REPORT TO: Honorable Mayor … FROM: Public Works Director DATE: … SUBJECT: Award of … RECOMMENDATION
  // Staff recommends that the City Council: 1. …" (or "It is recommended that the City Council:"): a US staff report's header
  // fields and its recommendation's lead-in, a report
  // run into one line; each field's label in capitals, the heading and the lead-in under it start a line (minutes that tell what
  // "Staff recommends" in their narrative keep it there).
  // An English front sheet's "REPORT TO: Cabinet DATE OF MEETING: … REPORT OF: …" keeps "REPORT" with its field; a US "STAFF
  // REPORT TO: Honorable Mayor …" is the title, then the field. The lead-in under "RECOMMENDED ACTION" starts a line too.
  [/\b(?:TO|FROM|DATE(?:\s+OF\s+MEETING)?|SUBJECT|PREPARED\s+BY|MEETING\s+DATE|REPORT\s+OF)\s*:|Staff\s+recommends\b|RECOMMENDATIONS?\s+It\s+is\s+recommended\b/, /(?<=\S\s+)(?<!(?<!\b(?:STAFF|AGENDA)\s+)\bREPORT\s+)(?=(?:(?<!\b(?:STAFF|AGENDA)\s+)REPORT\s+(?:TO|OF)|TO|FROM|DATE(?:\s+OF\s+MEETING)?|SUBJECT|PREPARED\s+BY|MEETING\s+DATE)\s*:\s|RECOMMENDATIONS?\s+(?:Staff\s+recommends|It\s+is\s+recommended)\b)|(?<=\b(?:RECOMMENDATIONS?|RECOMMENDED\s+ACTIONS?)\s+)(?=Staff\s+recommends\s+(?:that\b|the\s+(?:City|Town|Village|County)\b)|It\s+is\s+recommended\s+that\b)/g],
  // A report's section heading run into its first sentence, the ask of the meeting: "Summary Council is asked to consider a
  // request …", "Executive Summary The Committee is requested to …", "Purpose of Report Members are invited to …".
  [/\b(?:Summary|SUMMARY|Purpose|PURPOSE|Report|REPORT)\s+(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}?(?:is|are)\s+(?:(?:also|further)\s+)?(?:asked|requested|invited)\s+to\b/, /(?<=\b(?:(?:Executive\s+)?(?:Summary|SUMMARY)|Purpose|PURPOSE|Purpose\s+of\s+(?:the\s+)?[Rr]eport|PURPOSE\s+OF\s+(?:THE\s+)?REPORT)\s+)(?=(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}?(?:is|are)\s+(?:(?:also|further)\s+)?(?:asked|requested|invited)\s+to\b)/g],
  // A decision record's fields in title case, a front sheet run into one line: "… Subject: Residents' Parking Zone K Decision
  // taken: 1. …", "… Transport Review Recommendation(s) It is recommended that the Committee: 1. …": the field's label, or the
  // heading over the lead-in, starts a line after a word with no stop, as printed.
  [/\s(?:Decision\s+(?:taken|made|maker)|Date\s+of\s+decision|Reasons?\s+for\s+(?:the\s+)?decision|Recommendation\(s\))\s*:?\s/, /(?<=[A-Za-z\d)]\s+)(?<!\b(?:the|a|this|his|her|its|their|of|and)\s+)(?=(?:Decision\s+(?:taken|made|maker)|Date\s+of\s+decision|Reasons?\s+for\s+(?:the\s+)?decision)\s*:\s|Recommendation\(s\)\s+It\s+is\s+recommended\b)|(?<=\bRecommendation\(s\)\s+)(?=It\s+is\s+recommended\b)/g],
  // "… seconded by Cllr Griffiths and agreed. That the Statement of Common Ground … is approved. That the Statement of …": a
  // page run into one paragraph puts each "That …" clause after the full stop of the one before.
  [/[.;]\s+That\s/, /(?=That\s+(?:the\s+|this\s+|[A-Z]))(?<=[a-z)][.;]\s+)/g],
  // "3.1 Upper Kitwanga Fire Society – Equipment Funding The Society's chair … presented …": a numbered item's title run into
  // the minute's first sentence, as in a flattened page's run of items (chainCuts), where its paragraph goes on past a title's
  // length. A US agenda's lettered item too: "A. Conditional Use Permit – 220 Mill Street The City Planner reviewed …", "b.
  // Zoning Text Amendment – Short-Term Rentals Following discussion, motion by …", an Irish district's "Item 2: Annual Roads
  // Programme 2027 The Senior Engineer presented …" (a county's "Item No. 7: Draft Budget 2027 The Chief Executive …");
  // a parish's "119/27 Precept 2028/29 Following discussion it was proposed …", its minute reference; a town's "Item 4. Water
  // Rate Study The Council, by a vote of 5-0, accepted …"; an NHS board's
  // "TB/26/141 Board Assurance Framework The Director of Corporate Affairs presented …", "BoD/26/142 …" (or "BoD 27/034 Freedom
  // to Speak Up Guardian Report The Board RECEIVED …", its letters and a space, or an Irish district's "LSMD 113/26 Schedule of
  // …"; a district committee's "ENV.31 Waste and Recycling Service Review The Chair …"; a board of conservators' "Minute 5 -
  // Commons Consent Application The Clerk reported …"). Never after an article: "1.2 The Council considered …" has no title,
  // and "… Plan The Council considered …" is cut once, before "The"; nor after a joining word: "C. Consideration of a Motion to
  // Refer …" is one title. A Welsh city's "36 : MINUTES The minutes of …" prints a space and a colon after its minute's number.
  [/^(?:\d{1,2}\.\s+[A-Z]{3,}[A-Z\s]*\s)?(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}\.[a-hA-H]\.?|\d{1,2}\.?(?=\s)|[A-Ha-h]\.|[IVX]{1,5}\.|(?:Item|ITEM)\s+(?:No\.?\s*|NO\.?\s*)?\d{1,3}[a-z]?\s*(?:[:.]|\s[-–—])?|\d{1,4}\/\d{2}|[A-Z][A-Za-z]{0,3}\/\d{2}\/\d{1,4}|(?:[A-Z][a-z]?[A-Z]{1,2}|[A-Z]{4,5})\s\d{2,4}\/\d{2,4}|[A-Z]{2,5}\.\d{1,4}|(?:Minute|MINUTE)\s+\d{1,4}\s+[-–—]|\d{1,4}\s:)\s+(?:\d{4}\s+)?[A-Z](?:[^.;:]|(?<=\b(?:Motion|MOTION|Motions|MOTIONS|Petition|PETITION|Question|QUESTION|Deputation|DEPUTATION)):){20,}/, new RegExp(String.raw`(?<=^(?:\d{1,2}\.\s+[A-Z]{3,}[A-Z\s]*?\s)?(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}\.[a-hA-H]\.?|\d{1,2}\.?(?=\s)|[A-Ha-h]\.|[IVX]{1,5}\.|(?:Item|ITEM)\s+(?:No\.?\s*|NO\.?\s*)?\d{1,3}[a-z]?\s*(?:[:.]|\s[-–—])?|\d{1,4}\/\d{2}(?!\d)|[A-Z][A-Za-z]{0,3}\/\d{2}\/\d{1,4}|(?:[A-Z][a-z]?[A-Z]{1,2}|[A-Z]{4,5})\s\d{2,4}\/\d{2,4}|[A-Z]{2,5}\.\d{1,4}|(?:Minute|MINUTE)\s+\d{1,4}\s+[-–—]|\d{1,4}\s:)\s+${TITLE_WORDS}\s)(?<!\b(?:The|A|An|This|That|Its|Our|Their|a|an|the|of|to|for|and|or)\s)(?!(?:An?|AN?)\s+(?:Ordinance|Resolution|ORDINANCE|RESOLUTION)\b)(?=${SENTENCE_AFTER_TITLE})(?=.{30})`, 'g')],
  // "Clare Valley Shire Council – Minutes – Audit Committee – 30 November 2026 – Item 7 Risk Management …": a page's title
  // fields run into its first item, the item's label after their dash or the date's year; its bare number after the date ("…
  // – 3 DECEMBER 2026 – 5. School Estate Review …").
  [/(?:\s[-–—]|\b(?:19|20)\d\d)\s+(?:Item|ITEM|\d{1,3}\.)\s/, /(?<=(?:\s[-–—]|\b(?:19|20)\d\d)\s+)(?=(?:Item|ITEM)\s+(?:No\.?\s*|NO\.?\s*)?\d{1,3}[a-z]?(?:\.\d{1,2})?\s*[:.–—-]?\s+[A-Z])|(?<=\b(?:19|20)\d\d\s+(?:[-–—]\s+)?)(?=\d{1,3}\.\s+[A-Z][a-z])/g],
  // "… were made. 36 : MINUTES The minutes of …": that Welsh city's number, its space and colon, after a stop in a page run
  // into one line; no sentence's count or score is printed so.
  [/[.;!?]\s+\d{1,4}\s:\s+[A-Z]/, /(?<=[a-z\d)][.;!?]["”’)]*\s+)(?=\d{1,4}\s:\s+[A-Z](?:[A-Z]{2}|[a-z]+\s))/g],
  // The same in sentence case, or after a stop in a page run into one line, where the sentence plainly starts: "2 Minutes of
  // the previous meeting The minutes of the meeting of 8 September were AGREED …", "… on 24 October. 7 Forward Plan The forward
  // plan was noted.", "36. Minutes of the Meeting held on 17 September 2026 Resolved – That …" ("… at The Green" is a name, so
  // not after a short word that leads one, and the sentence's own words hold no second "The"; "413. Minutes It was RESOLVED
  // that …" ends its title before "It", not inside the sentence). A US board's lettered item in sentence case too: "B.
  // Discussion – Linden Avenue traffic calming Following discussion, the Board directed …"; a place after a comma in the title:
  // "15 Application for a Premises Licence – Old Forge Inn, High Street The Sub-Committee considered …"; a speaker, initials
  // with no stops: "… be accepted. 5 Public Forum Mr B Drury spoke about …"; a committee's code before the number: "OSC 29 Work
  // Programme Agreed: that …", "EX/71 Leisure Centre Operating Contract The Portfolio Holder …"; a licensing board's "Item 6 –
  // Occasional Licences granted under delegated powers The Board noted …"; a town council's "FC/26/141 Apologies Resolved
  // (proposed Cllr Ward, seconded Cllr Yeo) that …" and "… Unanimously resolved that …". The number after the stop
  // opens its own line as well, its title otherwise left on the sentence before (chainCuts cuts there only in a run of such
  // numbers).
  [/(?:\d{1,3}\.?|\b[A-H]\.|\b(?:Item|ITEM)\s+(?:No\.?\s*|NO\.?\s*)?\d{1,3}[a-z]?\s*(?:[:.]|\s[-–—]))\s+[A-Z]/, new RegExp(String.raw`(?=[A-Z])(?<=(?:^|[a-z\d)][.!?]\s+)(?:\d{1,2}\.\d{1,2}\.?|\d{1,3}\.?|[A-H]\.|[A-Z]{2,4}(?:\s\d{2,4}(?:\/\d{2,4})?|\/\d{1,3})|[A-Z]{1,4}\/\d{2,4}\/\d{1,4}|(?:Item|ITEM)\s+(?:No\.?\s*|NO\.?\s*)?\d{1,3}[a-z]?\s*(?:[:.]|\s[-–—]))\s+${RUN_ON_TITLE}\s+)(?=${MINUTE_OPENING})|(?=\d)(?<=[a-z\d)][.!?]\s+)(?=\d{1,3}\.?\s+${RUN_ON_TITLE}\s+(?:${MINUTE_OPENING}))`, 'g')],
  // "APPOINTMENTS Mr. Avery moved to appoint …", "CORRESPONDENCE The Clerk reported …", "RESOLUTION 26-140 ADOPTING THE 2027
  // BUDGET Council Member Yates moved …" (its numbers too): a section's heading in capitals run into its first sentence, as a
  // select board's minutes print them in one paragraph; a marker word in capitals heads no section. A Quebec town's resolution
  // number before it: "2027-01-004 ADOPTION OF THE AGENDA It is proposed by …", "2027-01-006 AWARD OF CONTRACT – SNOW REMOVAL
  // WHEREAS the Town …" (its recitals after the title), "… MINUTES OF DECEMBER 8, 2026 It is …" ("IT IS PROPOSED by …", its
  // opening in capitals too; "REQUEST TO THE MINISTÈRE DES TRANSPORTS", accents in its capitals); a reference and an address in
  // the heading: "AGENDA ITEM 7 – VARIANCE V-27-02, 1180 BLUE GULCH ROAD Following the public …"; a US sub-item's letter and
  // measure: "12.a RESOLUTION NO. 26-140 A Resolution authorizing …"; an officer report's first part: "ITEM 4.1 PARKING
  // RESTRICTIONS – HARBOUR STREET Executive Summary Residents have …", or its label: "… MANAGEMENT PLAN Committee
  // Recommendation Moved Cr …"; a New Jersey section's first measure: "NEW BUSINESS Resolution 2026-284 Referring …".
  [/^(?:[A-Z]{1,4}\.\s?\d{1,4}\s+|\d{4}-\d{2}-\d{2,4}\s+|\d{1,2}\.[a-z]\.?\s+)?[A-Z]{3,}/, new RegExp(String.raw`(?<=^(?!(?:${CAPS_MARKER_WORDS})\b)(?:[A-Z]{1,4}\.\s?\d{1,4}\s+|\d{4}-\d{2}-\d{2,4}\s+|\d{1,2}\.[a-z]\.?\s+)?[A-Z]{3,}(?:\s+(?:\(?[A-ZÀ-Þ][A-ZÀ-Þ\d’'-]*\)?,?|NO\.|\d[\d/-]*(?:\.\d{1,2})?,?|&|[-–]))*)(?<!,)\s+(?=${SENTENCE_AFTER_TITLE}|WHEREAS\b|IT\s+IS\s+(?:PROPOSED|MOVED|RESOLVED)\b|${VERDICT_AFTER_CAPS}|(?:Resolution|Ordinance)\s+(?:No\.?\s*|#\s*)?\d[\w-]*\d\s+[A-Z][a-z]|${REPORT_PART}\s+[A-Z]|(?:(?:Officer|Committee|Council|Staff)['’]?s?\s+)?(?:Recommendation|Resolution|Decision)\s*(?::|$|\s+(?:Moved|That|THAT)\b))`, 'g')],
  // A New Jersey page run into paragraphs: "NEW BUSINESS Resolution No. 2026-214 – Referring … for Review Motion to adopt:
  // Councilman Dwyer; Second: …": each resolution's number and title, and the motion that names only its verb and movers, start
  // lines of their own.
  // A school board's consent list the same, each resolution numbered with "#": "5. CONSENT AGENDA Resolution #26-114 – Approve
  // Warrants and Payroll Resolution #26-115 – Accept Donation …".
  // A New Jersey page run into one line: "… Assistant Tax Collector ORDINANCES – INTRODUCTION Ordinance 2027-02, An Ordinance …",
  // "… January 20, 2027 RESOLUTIONS – CONSENT AGENDA The following resolutions were offered …": a US section's heading in
  // capitals (a kind of business, a dash and its stage) stands on a line of its own between the words before and after it.
  [/(?:ORDINANCES|RESOLUTIONS|CONSENT\s+(?:AGENDA|CALENDAR)|PUBLIC\s+(?:COMMENT|HEARING))/, new RegExp(String.raw`(?<=[a-z\d.)]\s+)(?<!(?:^|\s)(?:[IVXL]{1,5}|\d{1,3}(?:\.\d{1,2})?|[A-Z])[.)]\s+)(?=${US_SECTION}\s+[A-Z][a-z])|(?<=(?:^|\s)(?<!(?:^|\s)(?:[IVXL]{1,5}|\d{1,3}(?:\.\d{1,2})?|[A-Z])[.)]\s)${US_SECTION})\s+(?=[A-Z][a-z])`, 'g')],
  // A Florida board's consent agenda run into one line under its lead-in: "A. Approved the minutes of …. B. Received and filed
  // the Clerk's investment report …. C. Authorized …": each lettered line opens on what the board did, in the past tense.
  [/^A\.\s+[A-Z][a-z]+ed\s/, /(?<=[a-z\d)][.;]\s+)(?=[B-H]\.\s+[A-Z][a-z]+ed\s)/g],
  // "… minor editorial amendments. Cr Brewer requested that her vote against be recorded.": a member's request about the vote
  // after the resolution's stop, a paragraph joined into one line, is no part of it.
  [/\s(?:requested|asked)\s+(?:that\s+)?(?:(?:his|her|their)\s+)?votes?\s+against/, /(?<=[a-z\d)][.]\s+)(?=(?:Crs?|Cllrs?|Councill?ors?|Member)\.?\s+[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:requested|asked)\s+(?:that\s+)?(?:(?:his|her|their)\s+)?votes?\s+against)/g],
  // "… in June 2027. (Councillor Hay, having declared an interest, left the meeting during consideration of this item.)": a note in
  // brackets after the decision's stop, its own sentence.
  [/[.]\s+\([A-Z][^()]{10,300}\.\)/, /(?<=[a-z\d)][.]\s+)(?=\((?:Councill?or|Cllr|Cr|Member|Mr|Mrs|Ms|The)\b[^()]{10,300}\.\))/g],
  // A Quebec town's page run into one line: "… as presented. ADOPTED 2026-12-302 APPROVAL OF THE MINUTES …": each resolution's
  // number by year and month, then its title in capitals, after the verdict or the sentence before.
  [/\d{4}-\d{2}-\d{3}\s+[A-Z]{3,}/, /(?<=[a-z\d.;)]\s+|\b(?:ADOPTED|CARRIED|ADOPTÉE)\s+)(?=\d{4}-\d{2}-\d{3}\s+[A-Z]{3,})/g],
  // "R-2026-243 Referring the draft Housing Element to the Planning Board for review ROLL CALL: Ayes: …": the roll call's label
  // in capitals after the last resolution's title.
  [/\sROLL\s+CALL\s*:/, /(?<=[a-z\d.)]\s+)(?=ROLL\s+CALL\s*:)/g],
  // A township's "R-2026-242 Resolution Authorizing …" / "… INDIVIDUAL ACTION R-2026-245 Resolution Referring …": its number
  // and a title worded as what it does, the same (after the lead-in's colon too: "… adopted by a roll call vote of 5-0:
  // R-2027-031 Authorizing payment of bills R-2027-032 …").
  [/R-\d{4}-\d{1,4}\s+[A-Z]/, /(?=R-\d{4}-\d{1,4}\s+(?:(?:A\s+)?Resolution\s+)?[A-Z][a-z]+ing\b)(?<=[A-Za-z\d).:]\s+)(?<!\b(?:of|in|under|to|by|and|see|per)\s+)/g],
  // An item's own number before it ("E.2 Resolution No. 26-27-14 – Authorizing …", "ITEM 7.A  Resolution No. 2026-141 - …")
  // keeps the title on its line.
  [/Resolution\s+(?:No\.|#)\s*\d[\w-]*\s+[-–—]\s+[A-Z]/, /(?=Resolution\s+(?:No\.|#)\s*\d[\w-]*\s+[-–—]\s+[A-Z])(?<=[A-Za-z\d)]\s+)(?<!\b(?:of|in|under|to|by|and|see|per)\s+)(?<!(?:^|\s)(?:[A-Z]{1,2}\.?\d{1,3}(?:\.\d{1,2})*|\d{1,3}(?:\.\d{1,2})*|\d{1,3}\.[A-Za-z]|[A-Z]|[IVXL]{1,5})[.)]?\s+)/g],
  [/(?:Motion|MOTION)\s+to\s+(?:adopt|approve)\b[^.;:]{0,60}:\s/, /(?=(?:Motion|MOTION)\s+to\s+(?:adopt|approve)\b[^.;:]{0,60}:\s+(?:Council|Committee|Mayor|Deputy|Alder|Trustee|Commissioner|Mr|Mrs|Ms)\w*\b)(?<=\S\s+)/g],
  // "Item 4: Notice of Motion – Cllr. Kennedy “That Ballyderg Municipal District requests …”": an Irish notice of motion's
  // quoted words run into its title, or after "And resolved:" or its movers' colon ("… seconded by Alderman Tinsley: “That …"), or
  // after "The following motion in the name of Cllr. P. Horgan was considered:" or "… declared the proposal carried and the
  // following resolution was adopted:"; not
  // after the words that introduce them ("moved that", "as
  // follows"). An Irish district's "Proposed by Cllr. M. Hogan Seconded by Cllr. J. Carroll And resolved:" over the quoted
  // resolution: the verdict's words start a line, as printed. A county council's motion on notice quoted after its movers'
  // colon may open "This Council calls on …".
  [/(?:And|AND)\s+(?:resolved|RESOLVED|agreed|AGREED)\s*:/, /(?=(?:And|AND)\s+(?:resolved|RESOLVED|agreed|AGREED)\s*:)(?<=\b(?:[Ss]econded|SECONDED)\s+(?:by|BY)\s+[^,;:]{2,60}?\s+)/g],
  [/["“](?:That|THAT)\s|["“]This\s+[A-Z]/, /(?=["“](?:That|THAT|This\s+(?:Council|Committee|Board|Authority|Assembly)\b)\s)(?<=[\w.)]\s+|\b(?:resolved|agreed|RESOLVED|AGREED)\s*:\s*|\bthe\s+following\s+resolutions?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:adopted|passed|carried)\s*:-?\s*|\b(?:seconded|moved|proposed|submitted|tabled)\s+by\s+[^.;:]{2,60}:\s*|\b(?:following|the)\s+(?:notice\s+of\s+)?motion\b(?:[^.;:]|(?<=\b(?:Cllrs?|Cr|Mr|Mrs|Ms|Dr|[A-Z]))\.){2,100}\b(?:was|were)\s+(?:considered|debated|submitted|tabled|read|moved|proposed)\s*:\s*)(?<!\b(?:[Mm]otion|[Rr]esolution|words|reads?|read|states?|stated|follows|proposed|moved|seconded|amendment|that|was|is|and|by)\s+)/g],
  // "… be noted. AG.32 EXTERNAL AUDITOR'S ANNUAL REPORT 2025/26 The Committee received …": a committee's lettered minute number
  // and its title in capitals after a stop, a page run into one line.
  [/[A-Z]\.\s?\d{1,4}\s+[A-Z]{2}/, /(?<=[a-z\d)][.;!?]\s+)(?=[A-Z]{1,4}\.\s?\d{1,4}\s+[A-Z][A-Z’'&,/()-]+\s+[A-Z][A-Z’'&,/()-]+)/g],
  // "The report made three recommendations: R1 The Council should … 2029/30. R2 The Council should …": an audit report's
  // numbered recommendations run into one paragraph.
  [/\bR1\s+[A-Z]/, /(?<=(?:[.;:]|\brecommendations?)\s+)(?=R\d{1,2}\s+[A-Z][a-z])/g],
  // "… Summary of recommendations The Task and Finish Group recommends that Cabinet: R1 …": a report's heading run into the
  // lead-in of its recommendations.
  [/\b(?:recommends|RECOMMENDS)\s/, /(?<=\b(?:[Rr]ecommendations?|RECOMMENDATIONS?))\s+(?=(?:The|the)\s+(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|on|for|&)\s+)?){1,6}(?:recommends|RECOMMENDS)\b)/g],
  // "That the Committee of the Whole recommend to Council: THAT Report PW-26-41 be received; and …": an Ontario committee's
  // lead-in and its first clause run into one line; the clause starts its own.
  [/\brecommends?\s+to\s+/, /(?<=\b(?:recommend|recommends|RECOMMEND|RECOMMENDS)\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s*:)\s+(?=(?:THAT|That)\s)/g],
  // "… as presented. Motion carried 5-0. LIQUOR LICENSE RENEWALS: Motion by Ramos, …": a small council's heading in capitals and
  // its colon, the page run into one paragraph; the heading stands apart from the stop before it and the motion after it
  // (only before a sentence or a motion: "REPORT TITLE: Urban Heat Strategy" is a field and its value).
  [/[A-Z]{3}[^a-z:]{0,60}:\s+[A-Z]/, new RegExp(String.raw`(?<=[a-z\d)][.!?]["”’)]*\s+)(?=${CAPS_HEADING}\s*:\s+(?:${SENTENCE_AFTER_TITLE}))`, 'g')],
  [/^[A-Z]{3}[^a-z:]{0,60}:\s+[A-Z]/, new RegExp(String.raw`(?<=^${CAPS_HEADING}\s*:)\s+(?=${SENTENCE_AFTER_TITLE})`, 'g')],
  // "3. DELEGATIONS 3.1 Upper Kitwanga Fire Society – …": a section's heading in capitals run into its first item's number.
  // "… Information only. No action taken. C. Resolution 26-27-09 Declaring Surplus Property Motion by …": the next lettered item
  // after a stop, where its title names a measure or what is asked (not an initial: "… said C. Smith").
  [/[.!?]\s+[A-H]\.\s+(?:Resolution|Ordinance|Approval|Adoption|Award|Consideration|Request|Appointment|Public\s+Hearing)\b/, /(?<=[a-z\d)][.!?]\s+)(?=[A-H]\.\s+(?:Resolution|Ordinance|Approval|Adoption|Award|Consideration|Request|Appointment|Public\s+Hearing)\b)/g],
  // "… Motion carried 4-1 (Hallberg opposed). b. Zoning Text Amendment – …": after a verdict's stop the next lettered item, a
  // page run into paragraphs.
  // "… The motion carried 5-0. 7.c Agreement with …": the item's letter after its section's number, with no stop of its own.
  // "… Resolution declared adopted. B. Village Hall Hours …": a resolution's verdict the same.
  [/(?:carried|passed|failed|adopted|CARRIED|PASSED|FAILED)\b[^.]{0,60}[.)]\s+(?:\d{1,2}\.)?[a-hA-H]\.?\s+[A-Z]/, /(?<=\b(?:[Mm]otion\s+(?:carried|passed|failed)|MOTION\s+(?:CARRIED|PASSED|FAILED)|CARRIED|Carried|(?:Resolution|Ordinance)\s+(?:was\s+)?(?:declared\s+)?adopted)\b[^.]{0,60}[.)]\s+)(?=[a-hA-H]\.\s+[A-Z][a-z]|\d{1,2}\.[a-hA-H]\.?\s+[A-Z][a-z])/g],
  // "… MARCH 1, 2027 NEW BUSINESS A. Ordinance 2027-05, …", "6. NEW BUSINESS a. 2027 Seal Coat Project …": a section's
  // heading in capitals, then its first lettered item.
  [/[A-Z]{3,}\s+[A-Ha-h]\.\s+[A-Z\d][a-z\d]/, /(?<=\b[A-Z]{3,}\s+)(?=[A-H]\.\s+[A-Z][a-z]|[a-h]\.\s+[A-Z\d][a-z\d])/g],
  // A school board's "G. ACTION ITEMS G.1 Adopt Resolution …": the same, its sections lettered; "5.0 ACTION ITEMS 5.1 Adoption
  // of …", a section numbered with its nought.
  [/^(?:\d{1,2}|[A-Z])\.0?\s+[A-Z]{3,}[A-Z’'&,/()\s-]*\s(?:\d{1,2}|[A-Z])\.[\da-hA-H]/, /(?<=^(\d{1,2}|[A-Z])\.0?\s+[A-Z][A-Z’'&,/()-]+(?:\s+[A-Z][A-Z’'&,/()-]+)*\s+)(?=\1\.(?:\d{1,2}|[a-hA-H])\.?\s+[A-Z])/g],
  // "… to County Counsel. REGULAR AGENDA 5. Cannabis Ordinance …", "… services. Approved. PUBLIC HEARINGS 5.1 Appeal of …": a
  // US agenda's section heading in capitals between a stop and the next item's number, a page run into one line. The heading is
  // a line of its own, and the number opens the item after it, not the list before it; its title ends where the minute's first
  // sentence plainly starts ("4. Vacation Rental Ordinance Following public comment, …"). A stop after a word or a year, not
  // an item's own number ("8. REPORTS OF COMMITTEES 8.1 …"); at a paragraph's start too ("REGULAR AGENDA 5. Cannabis …").
  [/(?:^|[.;!?]\s+)[A-Z]{3,}(?:\s+(?:[A-Z]{2,}|&)){0,4}\s+\d{1,2}(?:\.\d{1,2}\.?|\.)\s+[A-Z][a-z]/, new RegExp(String.raw`(?<=${AFTER_STOP_WORD})(?=${SECTION_WORDS}\s+${SECTION_ITEM}[A-Z][a-z])|(?<=(?:^|${AFTER_STOP_WORD})${SECTION_WORDS}\s+)(?=${SECTION_ITEM}[A-Z][a-z])|(?<=(?:^|${AFTER_STOP_WORD})${SECTION_WORDS}\s+${SECTION_ITEM}[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,10}?)\s+(?=${SENTENCE_AFTER_TITLE})`, 'g')],
  // "… presented the report. The Board: a) noted …; b) approved …": a paragraph joined into one line, the subject the list
  // shares after the narrative.
  [/[.;!?]\s+The\s[^.;:]{2,80}:\s*[-–—]?\s*\(?[a-z1-9ivx]{1,3}[.)]\s/, new RegExp(String.raw`(?=The\s+(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?:${SUBJECT_BODY})\s*[:\-–—]+\s*\(?[a-z1-9ivx]{1,3}[.)]\s)(?<=[.;!?]\s+)`, 'g')],
  // "That the Assessment is approved for publication. Members thanked the team …": in such a paragraph the sentence after
  // the clause's full stop is the minutes going on, not more of the clause; "That the Board: a. Receives …" opens a list.
  [/That\s[^.;]*[a-z)]\.\s+[A-Z][a-z]/, /(?=[A-Z][a-z]+\s+(?!of\b|and\b|for\b)[a-z])(?<=(?:^|[.;:]\s+)That\s[^.;]{8,400}?[a-z)]\.\s+)(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Cr|St|No|Nos|Inc|Ltd|Co|Corp|vs|etc|approx|Rev|Hon|Prof)\.\s+)(?<!\s(?:[a-h]|[ivx]{1,4})\.\s+)/g],
  // "R2021-070 J. Scott, T. Marchant: BE IT RESOLVED that …": the operative words open the decision mid-line.
  [/be\s+it\s+(?:(?:further|also)\s+)?resolved/i, /(?=(?:(?:now,?\s+)?therefore,?\s+)?be\s+it\s+(?:(?:further|also)\s+)?resolved\b)(?<=\S\s+)(?<!therefore,?\s+|\bnow,?\s+)/gi],
  // A flattened ModernGov table: "Additional documents: Decision: … Minutes: …" in one row; a Welsh cabinet's "13. CORPORATE
  // SAFEGUARDING ANNUAL REPORT DECISION: 1. To note …", "… presented the report. DECISION: To approve …", its label in capitals
  // after the title or the narrative, a paragraph run into one line; a Scottish board's "… from the agent. Decided: to grant
  // …", its past-tense label the same. Not a label's own words ("KEY DECISION:", "REASON FOR
  // DECISION:"), nor a parish's item titled "Minutes" ("26/302 Minutes: The minutes of … were approved"). A parish's
  // "Resolution:" the same ("… Three tenders were received. Resolution: To award …"), but not BoardDocs' "Final Resolution:". A
  // US title in capitals before its "ACTION: It was moved …", a select board's "… The Crossing Tavern VOTE: Mr. Ortiz moved …"
  // (not "ROLL CALL VOTE:"; nor a schedule's field "Committee Decision: Refused" at a line's start).
  [/(?:Decision|DECISION|Decided|DECIDED|Minutes|Resolution|RESOLUTION|ACTION|VOTE)\s*:/, /(?=(?:Decision|DECISION|Decided|DECIDED|Minutes|Resolution|RESOLUTION|ACTION|VOTE)\s*:(?:\s|$))(?<=\S\s+)(?<!\b(?:for|of|the|this|a|The|For|Of|FOR|OF|THE|THIS|KEY|FINAL|COUNCIL|CABINET|COMMITTEE|BOARD|OFFICER|DELEGATED|EXECUTIVE|MEMBER|PANEL|INDIVIDUAL|RECOMMENDED|REQUESTED|PROPOSED|SUGGESTED|STAFF|FURTHER|NO|ANY|CALL|RECORDED|VOICE|ROLL)\s+)(?<!^(?:Committee|Council|Cabinet|Panel|Officer|Delegated|Final)\s+(?=Decision))(?!Resolution\b(?<=\b(?:Final|Council|Cabinet|Committee|Board|Draft|Proposed|Substantive|Original|Amended)\s+Resolution))(?!Minutes\b(?<=(?:^|[.!?]\s+)[A-Z]{0,4}[/.]?\d[\d./-]*\s+Minutes))/g],
  // A Tasmanian council's "DECISION: Cr Baxter / Cr Pirie That the report …": its movers after the label in capitals start a line.
  [/(?:Decision|DECISION|Minutes)\s*:/, /(?<=(?:^|\s)(?:Decision|Minutes)\s*:)\s+(?=\S)|(?<=(?:^|\s)DECISION\s*:)\s+(?=(?:Cr|Cllr|Clr|Councillor|Mayor|Deputy\s+Mayor)\.?\s+[A-Z][\w’'-]+\s*\/)/g],
  // An Australian committee's page run into one line: "… at the Central Library. Committee Recommendation Moved Cr Vella, …":
  // the recommendation's label after the officer's stop opens the motion.
  [/(?:Recommendation|Resolution|Decision)\s+(?:Moved|That|THAT)\b/, /(?<=[a-z\d)][.;]\s+)(?=(?:Officer['’]?s?|Committee|Council|Staff)\s+(?:Recommendation|Resolution|Decision)\s+(?:Moved|That|THAT)\b)/g],
  // A South African council's item run into one line: "ITEM C 214/2026 ADJUSTMENTS BUDGET 2026/27 RECOMMENDATION OF THE
  // EXECUTIVE MAYOR (a) THAT …": a recommendation's or resolution's label in capitals after the title starts its own line
  // (not the title itself: "PR 88/26 RECOMMENDATIONS FROM THE AUDIT COMMITTEE").
  [/(?:RECOMMENDATIONS?|RESOLUTION|DECISION)\b/, /(?<=[A-Z\d)]\s+)(?<!^\S{1,12}(?:\s\d[\d/.]*)?\s+)(?=(?:RECOMMENDATIONS?\s+(?:OF|FROM|BY)\s+THE(?:\s+[A-Z][A-Z’'-]*){1,5}|(?:OFFICER['’]?S?|COMMITTEE|COUNCIL|STAFF)\s+(?:RECOMMENDATIONS?|RESOLUTION|DECISION))\s*(?:$|\(?(?:[a-h]|1|i)[.)]\s|(?:THAT|That)\s))/g],
  // A cabinet's decision page run into one line: "… the capital programme. Decision (1) The programme … is approved. (2) …":
  // the label with no colon opens the list of decisions after a stop, or after the item's title ("EX/72 Council Tax Support
  // Scheme 2027/28 Decision (1) The scheme …").
  [/(?:Decision|DECISION)\s+\(?[1ai][.)]/, /(?<=[\w)][.;]?\s+)(?=(?:Decision|DECISION)\s+\(?[1ai][.)]\s+(?:That|To|The)\s)/g],
  [/Resolution\s+That/, /(?=Resolution\s+That\b)(?<=\S\s+)/g],
  [/by\s+(?:a\s+)?resolution/, /(?<=[.;!?]\s+)(?=[^.;]*\b(?:was|were)\s+(?:passed|carried|adopted)\s+by\s+(?:a\s+)?resolution\b)/g],
  // "… for staging and lighting. (Proposed: Cllr Ahmed; Seconded: Cllr Price; For 8, Against 1)": the movers in brackets too.
  // The bracket's own seconder stays in it: "(Proposed: Ms Fenwick; Seconded: Mr Osei)".
  [/(?:Moved|Seconded|Proposed)(?:\s+by)?\s*:/, new RegExp(String.raw`(?=\(?(?:Moved|Seconded|Proposed)(?:\s+by)?\s*:)(?<=\S\s+)(?<!${MOVERS_BRACKET})`, 'g')],
  // A Northern Irish committee's "AGREED – That the grants … be awarded as set out in the schedule. (Proposed by Alderman Orr,
  // Seconded by Councillor Wilson)": the movers in brackets after the decision's stop, with "by" and no colon.
  [/[.;]\s+\((?:Proposed|Moved)\s+by\s/, /(?<=[a-z\d)][.;]\s+)(?=\((?:Proposed|Moved)\s+by\s+[^()]{3,80}?,?\s+(?:Seconded|seconded)\s+by\s+[^()]{3,80}\))/g],
  // A South African council's "RECOMMENDED BY THE EXECUTIVE COMMITTEE: THAT Council approve …": the heading that says whose
  // recommendation it is stands on its own line over the clause, as printed.
  [/RECOMMENDED\s+BY\s/, /(?<=\bRECOMMENDED\s+BY\s+(?:THE\s+)?(?:[A-Z]+\s+){0,4}(?:COMMITTEE|COUNCIL|BOARD|CABINET|PANEL)\s*:?)\s+(?=THAT\s)/g],
  // "… along Station Road. (Proposed Cllr Fenn, seconded Cllr Adair, all in favour)": the same in brackets with no colon.
  [/\((?:Moved|Proposed)\s/, /(?=\((?:Moved|Proposed)\s+(?:by\s+)?(?:Cllrs?|Councillors?|Crs?|Mr|Mrs|Ms|Dr)\b)(?<=[.;!?]\s+)/g],
  // "… for the next financial year. Proposed Cllr Donoyou, seconded Cllr Kirk, all in favour. Parish Clerk to …"
  // A community council's "Accepted. Proposed AC, seconded FL.": the movers by their initials after the verdict. A Northern
  // Irish council's aldermen move and second as councillors do ("… 2027-28. Proposed by Alderman Boyd Seconded by …"). An
  // Australian audit committee's independent member moves as "Mr": "… Framework. Moved Mr Evans Seconded Cr Tully Carried."; a
  // BC regional district's director in capitals: "… CARRIED. MOVED Director Sahota SECONDED …".
  [/Proposed|Seconded|Moved|MOVED/, /(?=(?:Proposed|Seconded|Moved|MOVED)\s+(?:by\s+|BY\s+)?(?:Cllr|Councillor|Cr|Alderman|Alderwoman|Ald|Director|Trustee|Mr|Mrs|Ms|[A-Z]{2,3}\b(?=[,.;]?\s*(?:seconded|proposed|$))))(?<=[.;!?]\s+)/g],
  // "It was proposed by Cllr Kelly, seconded by Cllr Brennan, and agreed to approve …": the decision after the seconder,
  // cut once before its first word, not again inside "and it was agreed".
  // Quebec: "It is proposed by Councillor X, seconded by Councillor Y and resolved unanimously to …" / "… and resolved:",
  // and with no seconder "It is proposed by Councillor X and resolved to close the sitting".
  [/(?:seconded|proposed|moved)\s+by/i, new RegExp(String.raw`(?=(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)(?:\s+(?:unanimously|UNANIMOUSLY))?${BY_MEMBERS}(?:\s+(?:to|that)\b|\s*:))(?<=\b(?:[Ss]econded|[Pp]roposed|[Mm]oved)\s+by\s+[^,;]{2,60}?,?\s+)(?<!\b(?:and|And|AND|was|unanimously)\s+)${AFTER_NO_MARKER}`, 'g')],
  // "Cllr Dent proposed, Cllr Ray seconded and it was unanimously resolved to approve …": the verbs after the names.
  [/seconded\s+and\s/i, new RegExp(String.raw`(?=and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)(?:\s+unanimously)?${BY_MEMBERS}(?:\s+(?:to|that)\b|\s*:))(?<=\b(?:proposed|moved|PROPOSED|MOVED)\b[^.;]{2,80}\b(?:seconded|SECONDED)\s+)`, 'g')],
  // "Councillor Finch then moved, and it was agreed, that the application be approved …": the assent between commas after the
  // mover, no seconder named.
  [/(?:moved|proposed|MOVED|PROPOSED),\s+and\s+it\s+was\s/, /(?=and\s+it\s+was\s+(?:unanimously\s+)?(?:agreed|resolved|AGREED|RESOLVED),?\s+(?:to|that)\b)(?<=\b(?:moved|proposed|MOVED|PROPOSED),\s+)/g],
  // "Proposed Cllr Dale, seconded Mr Ashby: that mooring fees be increased …": the motion after its movers' colon.
  // "Proposed Cllr Amin, seconded Cllr Evans, all in favour: to award …" stays whole: its assent comes before the words it settles.
  [/^(?:Proposed|Moved)\s[^:;]{2,80}?\bseconded\s[^:;]{2,60}:\s+(?:that|to)\s/, /(?<=^(?:Proposed|Moved)\s[^:;]{2,80}?\bseconded\s[^:;]{2,60}(?<!\b(?:all\s+in\s+favou?r|unanimously|carried|agreed)\s*):)\s+(?=(?:that|to)\s)/g],
  // "Proposed Cllr Hale, seconded Cllr Moss; resolved unanimously to accept …": the decision after the movers.
  [/;\s*(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed)/i, /(?=(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|RESOLVED|Resolved|agreed|AGREED|Agreed)\b)(?<=;\s*)/g],
  // "… sought approval to dispose of land at Kirkton Road. The report recommended that the Committee approve …": the
  // report's recommendation after the narrative that introduced it.
  [/[Rr]eport\s+recommend/, /(?<=[.;!?]\s+)(?=The\s+(?:officer[’']?s?\s+)?report\s+recommend(?:ed|s)\s+that\b)/g],
  // "… which gave reasonable assurance. The report made four recommendations, all of which …:": an outside report's list
  // announced after the narrative.
  [/\s(?:made|contained|included)\s+(?:\w+\s+)?recommendations\b/, /(?<=[.;!?]\s+)(?=The\s+(?:[\w-]+\s+){0,3}?(?:report|review|audit|inspection|letter|investigation)\s+(?:made|contained|included)\s+(?:\w+\s+)?recommendations\b)/g],
  // "1. APPROVAL OF MINUTES – Approved as submitted.": a consent calendar's numbered title in capitals, its verdict after the
  // dash in sentence case, as action minutes print it on the line below (a title's wrapped tail has no number to start it).
  [/\s[-–—]\s+(?:Approved|Adopted|Accepted|Ratified|Awarded|Tabled|Continued|Received|Denied)\b/, /(?<=^(?:\d{1,3}|[A-Z])[.)]\s+[A-Z0-9][A-Z0-9\s’'&(),./:#-]{3,}(?:\s[-–—]\s+[A-Z0-9][A-Z0-9\s’'&(),./:#-]{3,})*\s[-–—]\s+)(?=(?:Approved|Adopted|Accepted|Ratified|Awarded|Tabled|Continued|Received|Denied)\b)/g],
  // "(i) Minutes of the Audit Committee of 22 October – Noted (ii) Correspondence from NILGA – Noted": a list of matters for
  // noting joined into one line, each with its verdict after a dash; the next number starts the next matter.
  [/\s[-–—]\s+(?:Noted|Received|Approved|Agreed|NOTED|RECEIVED|APPROVED|AGREED)\.?\s+\(/, /(?<=\s[-–—]\s+(?:Noted|Received|Approved|Agreed|NOTED|RECEIVED|APPROVED|AGREED)\.?\s+)(?=\((?:[b-h]|i{2,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s+[A-Z])/g],
  // "(b) Request for a donation from the Eisteddfod – resolved to donate £150.": a community council's matter, a dash, then
  // the decision on it in lower case. A dash after a list's semicolon or colon is that list's bullet ("…; - agreed to …").
  [/\s[-–—]\s+(?:resolved|agreed)\s+(?:to|that)\s/, /(?<=[^\s;:]\s+[-–—]\s+)(?=(?:resolved|agreed)\s+(?:to|that)\s)/g],
  [/all\s+in\s+favou?r\./i, /(?<=\b[Aa]ll\s+in\s+favou?r\.)\s+(?=\S)/g],
  // "- Shinty Club minibus – £8,000 – deferred to January pending a second quote" / "The Treasurer will notify the
  // applicants.": a sentence after a list's last row, joined to it as a bullet's lazy continuation; an officer's task opens it.
  [/[a-z]\s+The\s+(?:Clerk|Secretary|Treasurer|Chair|Chairman|Chairperson)\s+(?:will|to|is\s+to)\s/, /(?<=[a-z]\s+)(?=The\s+(?:Clerk|Secretary|Treasurer|Chair|Chairman|Chairperson)\s+(?:will|to|is\s+to)\s)/g],
  // "… seconded by Councilman Stavros. All in favor. Motion to close the public hearing by Councilwoman Chen, seconded by …":
  // An Irish area committee's paragraphs: "Item 4 – Community Grants Cllr. Mannion proposed that the allocation …": a member's
  // proposal after the item's title starts a line; not inside a title of two words ("Deputy Mayor Hale moved …"). A US board's
  // lettered item the same: "B. Policy 5131.6 - Student Wellness (Second Reading) Mr. Fitch moved to adopt …", after the last
  // sentence's stop or its section's heading in capitals too ("NEW BUSINESS a. Conditional use application … Mr. Lentz
  // moved …").
  [/\s(?:proposed|moved)\s+(?:that|to)\s/, new RegExp(String.raw`(?<=[\w’')]\s+)(?<!\b(?:the|a|an|this|that|by|of|and|to|from|with|The|A|An|This|That|Deputy|Vice|Acting|Lord|Pro|Council|Board|Assembly|Select)\s+)(?=(?:${CAP_TITLE})\.?\s+(?:[A-Z]\.\s*)?[A-Z][\wÀ-ÿ’'-]+\s+(?:proposed|moved)\s+(?:that|to)\s)(?<=(?:^|[a-z\d)][.!?]\s+|(?:^|\s)[A-Z]{3,}(?:\s+[A-Z]{2,}){0,3}\s+)(?:Item\s+\d{1,3}[a-z]?|\d{1,3}(?:\.\d{1,2})?\.?|[A-Ha-h]\.)\s+(?:[^.;:]|\.(?=\d)){3,80})`, 'g')],
  // A US board's item title in sentence case with no stop, then what was done on it: "b. Request from Lower Haverhill Fire
  // Company for a contribution toward a new engine After discussion, the Board agreed …", "12.c Zoning Board of Appeals
  // decision - 44 Maple Street Council directed that …".
  // "9.a. Discussion regarding a Village-wide Tree Inventory Staff was directed to obtain quotes …": the direction in the
  // passive.
  [/\s(?:After|Following)\s+(?:discussion|debate|review|deliberation)\b|\s(?:Council|Board|Commission)\s+(?:directed|agreed|approved|voted|referred|tabled|denied|authori[sz]ed)\b|\sStaff\s+(?:was|were)\s+(?:directed|asked|instructed|requested)\b/, /(?<=^(?:\d{1,3}(?:\.\d{1,2})?\.?|\d{1,2}\.[a-hA-H]\.?|[A-Ha-h]\.)\s+[A-Z](?:[^.;:,]|\.(?=\d)){3,100}?[\w)])(?<!\b[Tt]he)\s+(?=(?:After|Following)\s+(?:discussion|debate|review|deliberation)\b|(?:The\s+)?(?:Council|Board|Commission)\s+(?:directed|agreed|approved|voted|referred|tabled|denied|authori[sz]ed)\b|Staff\s+(?:was|were)\s+(?:directed|asked|instructed|requested)\b)/g],
  // A community council's "2. Minutes of the January meeting Approved, proposed J. Sutherland, seconded W. Baird." (or "…
  // Approved. Proposed PS, seconded DO."): the verdict after the item's title, its movers after it.
  // The title may end in its stop ("3. Minutes of the AGM. Approved. Proposed …", the movers on the next line where the margin
  // cut them: "… of 24 November. Approved."), and the movers may come first, the verdict closing the line: "2. Minutes of the
  // November meeting. Proposed G. Munro, seconded L. Fyfe. Approved.".
  [/\s(?:Approved|Accepted|Agreed|Adopted|Noted)\s*(?:[,–-]\s*proposed|\.\s+Proposed)\b|[\w’')]\.\s+(?:Approved|Accepted|Agreed|Adopted)\.?$|[\w’')]\.\s+Proposed\s[^;]{2,40}?\sseconded\s[^;]{2,40}?(?:[.,]\s+(?:and\s+)?|\s+and\s+)(?:Approved|Accepted|Agreed|Adopted|approved|accepted|agreed|adopted)\.?$/, /(?<=^\d{1,3}\.?\s+[^.;:]{3,80}(?:[a-z’')]|[\w’')]\.)\s+)(?=(?:Approved|Accepted|Agreed|Adopted|Noted)\s*(?:[,–-]\s*proposed|\.\s+Proposed)\b)|(?<=^\d{1,3}\.?\s+[^.;:]{3,80}[\w’')]\.\s+)(?=(?:Approved|Accepted|Agreed|Adopted)\.?$)|(?<=^\d{1,3}\.?\s+[^.;:]{3,80}[\w’')]\.\s+)(?=Proposed\s[^;]{2,40}?\sseconded\s[^;]{2,40}?(?:[.,]\s+(?:and\s+)?|\s+and\s+)(?:Approved|Accepted|Agreed|Adopted|approved|accepted|agreed|adopted)\.?$)/g],
  // A Scottish committee's paragraph joined into one line: "… on the winter maintenance position. Noted.", the verdict's word
  // alone closing the item's narrative, at the line's end or before the next item's number ("5.2" too), starts a line of its
  // own.
  [/[a-z\d)][.!?]\s+(?:Noted|Received)(?:\s+and\s+(?:noted|filed))?\.?\s*(?:$|\d)/, new RegExp(String.raw`(?<=[a-z\d)][.!?]\s+)(?<!${SHORT_FORM}\.\s+)(?=(?:Noted|Received)(?:\s+and\s+(?:noted|filed))?\.?\s*(?:$|\d{1,3}(?:\.\d{1,2})?\.?\s+[A-Z]))`, 'g')],
  // "7. Planning C26/0844/18/LL – Bryn Afon, Llanfair – extension – the Council supports …": a community council's topic, then
  // the first application's reference, a paragraph joined into one line.
  [/^\d{1,3}\.?\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+[A-Z]{0,4}\/?\d/, new RegExp(String.raw`(?<=^\d{1,3}\.?\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?=${APPLICATION_REF}(?:\/[\w]+)*\s+[-–—]\s)`, 'g')],
  // A US agenda memo joined into paragraphs: "5.1 Tandem Axle Plow Truck Purchase Board Action Requested: Approve …", "… Engineering
  // Services Suggested Motion: I move to approve …": the request's label after the item's title starts the line of what is asked.
  [/(?:Action|Decision)\s+Requested\s*:|Suggested\s+Motion\s*:/, /(?<=[A-Za-z\d)]\s+)(?=(?:(?:Board|Council|Commission|Committee|Staff)\s+)?(?:(?:Action|Decision)\s+Requested|Suggested\s+Motion)\s*:)(?<!\b(?:Board|Council|Commission|Committee|Staff)\s+)/g],
  // An officer's report run into one line: "… 26 March 2026 Internal Audit Plan 2026/27 Action required The Committee is invited
  // to: (a) approve …", "… Charter. Decisions required Members are requested to …", "… 14 witnesses. 1.2 Cabinet is asked to
  // …": the report's request (and its heading or paragraph number, after a stop) starts a line of its own, as printed; so do
  // "PROPOSED RESOLUTION That the Council: …" and "Suggested Resolution That Council …", and the motion after them; a report's
  // front sheet run into one line puts the heading after its date ("… Date: 18 January 2027 Recommendations The Scrutiny
  // Committee is recommended to: …").
  // Not after a clause's own number: "(3) Officers are requested to write …" under a cabinet's DECISION is that clause.
  [new RegExp(String.raw`\s${ASKED_TO}`), new RegExp(String.raw`(?<=[A-Za-z’').:]\s+)(?<!\b(?:The|the|of|and|to|by|that|whether|[A-Z][a-z][\w’'&-]*)\s+)(?<!^(?:\(\w{1,4}\)|\w{1,4}[.)])\s+)(?<!\s(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])[.)])\s+)(?=(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){1,4}${ASKED_TO})|(?<=[a-z\d)][.;]\s+|\b(?:19|20)\d\d\s+)(?=(?:Action|Actions|Decisions?|Recommendations?|\d{1,2}\.\d{1,2}\.?)(?:\s+(?:required|requested|sought))?\s+(?:The\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}${ASKED_TO})`, 'g')],
  [/(?:PROPOSED|Proposed|SUGGESTED|Suggested)\s+(?:RESOLUTIONS?|Resolutions?)\s+(?:That|THAT)\s/, /(?<=[\w’').:]\s+)(?<!\b(?:the|a|The|A|and)\s+)(?=(?:PROPOSED|Proposed|SUGGESTED|Suggested)\s+(?:RESOLUTIONS?|Resolutions?)\s+(?:That|THAT)\s)|(?<=\b(?:PROPOSED|Proposed|SUGGESTED|Suggested)\s+(?:RESOLUTIONS?|Resolutions?))\s+(?=(?:That|THAT)\s)/g],
  // Paragraphs joined from a page of US items, each title with no stop before what was done on it: a planning board's "…
  // 88 Titicus Road (veterinary clinic) After review, Mr. Adeyemi made a motion to grant …", a select board's "1. Transfer
  // Station Sticker Fee VOTED: (Kelleher/Maguire) 3-0-0 to increase …", or "… hours VOTED: To close the transfer station …"
  // ("… Warrant VOTED: to place …", "Appointments VOTED unanimously to appoint …"); and the next title after a bare tally's
  // stop ("VOTED: 3-0. Annual Town Meeting Warrant …").
  [/(?:After|Following)\s[^.;,]{2,60},\s+[A-Z][^;,]{1,40}\s(?:moved|made\s+a\s+motion)\b|\sVOTED\b/, new RegExp(String.raw`(?<=(?:[A-Z][\w’'-]*|\))\s+)(?<!\b(?:The|A|An|This|That)\s+)(?=(?:After|Following)\s+[^.;,]{2,60},\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+(?:moved|made\s+a\s+motion)\b|VOTED\s*:\s*\([^()]{2,60}\))|(?<=[A-Za-z\d)]\s+)(?=VOTED\s*(?::\s*(?:To|That|to|that)|\s+(?:unanimously|UNANIMOUSLY)\s+(?:to|that|To|That))\s)|(?<=\bVOTED\s*:?\s*${SCORE}\.\s+)(?=[A-Z])`, 'g')],
  // A Northern Irish committee's "… gave a verbal update on responses to the consultation. NOTED" at the end of a paragraph: the
  // verdict in capitals on the item, a line of its own as printed.
  [/[.;]\s+(?:NOTED|AGREED|APPROVED|RECEIVED|ENDORSED)\.?\s*$/, /(?<=[a-z\d)][.;]\s+)(?=(?:NOTED|AGREED|APPROVED|RECEIVED|ENDORSED)\.?\s*$)/g],
  // "Ordinance 2026-19 An Ordinance Amending Chapter 250, Zoning, to Permit Accessory Dwelling Units The public hearing was
  // opened.": a New Jersey measure's title, then the account of its hearing, a paragraph run into one line.
  [/[A-Za-z\d)]\s+(?:The|A)\s+public\s+hearing\s+(?:was|is|had)\b/, /(?<=[A-Za-z\d)]\s+)(?<!\b(?:the|a|of|and|to|for|that|The|A)\s+)(?=(?:The|A)\s+public\s+hearing\s+(?:was|is|had)\b)/g],
  // A British Columbia council's "6.1 Development Variance Permit DVP-2026-18 – 4410 Cedar Crescent MOVED AND SECONDED THAT
  // Council approve …", a paragraph run into one line: the movers' label, printed without names, starts the motion's line.
  [/\S\s+(?:MOVED\s+AND\s+SECONDED|Moved\s+and\s+[Ss]econded)\b/, /(?<=\S\s+)(?<!\b(?:was|WAS|duly|DULY|been|BEEN|and|AND|It|IT)\s+)(?=(?:MOVED\s+AND\s+SECONDED|Moved\s+and\s+[Ss]econded)\b)/g],
  // A Louisiana police jury's "… and carried, the following resolution was adopted: RESOLUTION NO. 2026-41 BE IT RESOLVED …"
  // ("… the Police Jury adopted the following resolution: RESOLUTION NO. …"): the measure's number under the lead-in starts its
  // own line, as printed.
  [/:\s+(?:RESOLUTION|ORDINANCE|Resolution|Ordinance)\s+(?:NO\.?|No\.?|#)?\s*[\w-]*\d/, /(?<=\b(?:adopted|ADOPTED|passed|PASSED|offered|OFFERED|introduced|INTRODUCED)(?:\s+(?:the\s+following|THE\s+FOLLOWING)\s+(?:resolution|ordinance|RESOLUTION|ORDINANCE))?\s*:\s+)(?=(?:RESOLUTION|ORDINANCE|Resolution|Ordinance)\s+(?:NO\.?\s*|No\.?\s*|#\s*)?[\w-]*\d[\w-]*(?:\s*$|\s+(?:BE\s+IT|Be\s+it|WHEREAS|Whereas|NOW|A\s+RESOLUTION|AN\s+ORDINANCE)\b))/g],
  // A New Jersey borough's "Motion: Councilwoman Liang  Second: Councilman Murphy Roll Call: Liang – yes; …": the roll call
  // after the seconder's name starts its own line, as printed (the movers' pair stays one line, as the reader takes it).
  [/^(?:Motion|MOTION|Second|SECOND)\b.*(?:Roll\s+Call|ROLL\s+CALL)\s*:/, /(?<=^(?:(?:Motion|MOTION)\s*:[^.;:]{2,60}?\s+)?(?:Second(?:ed)?(?:\s+by)?|SECOND(?:ED)?(?:\s+BY)?)\s*:[^.;:]{2,60}?)\s+(?=(?:Roll\s+Call|ROLL\s+CALL)\s*:)/g],
  // Its verdict after the roll call's stop, the last words of the paragraph: "Roll Call: all yes. Resolution adopted."; the
  // bare word after a roll call's names ("Roll Call: Ridgway no; Batts yes; Sorbello yes. Adopted."), before the next measure too.
  [/(?:Roll\s+Call|ROLL\s+CALL)\s*:.*[.;]\s+(?:Adopted|Carried|Passed|Failed|Defeated|ADOPTED|CARRIED|PASSED|FAILED|DEFEATED)\.?(?:\s*$|\s+(?:RESOLUTION|Resolution|ORDINANCE|Ordinance)\s)/, /(?<=(?:Roll\s+Call|ROLL\s+CALL)\s*:[^:]*?[.;]\s+)(?=(?:Adopted|Carried|Passed|Failed|Defeated|ADOPTED|CARRIED|PASSED|FAILED|DEFEATED)\.?(?:\s*$|\s+(?:RESOLUTION|Resolution|ORDINANCE|Ordinance)\s))/g],
  [/[.;]\s+(?:Resolution|Ordinance|Motion)\s+(?:was\s+)?(?:duly\s+)?(?:adopted|carried|passed|failed|defeated)\.?\s*$/, /(?<=[.;]\s+)(?=(?:Resolution|Ordinance|Motion)\s+(?:was\s+)?(?:duly\s+)?(?:adopted|carried|passed|failed|defeated)\.?\s*$)/g],
  // New Jersey's short motions run on, each named by what it moved and who moved it. A Florida commission's item title with no
  // stop before its motion the same: "8.A. Resolution 2026-102 – Approving … Services Motion to approve Resolution 2026-102 made
  // by Commissioner Vance, seconded by …".
  // A Pennsylvania borough's "… for $188,900. Motion to adopt made by Mr. Szymanski, seconded by …" (the mover's stop is no end),
  // and a zoning board's "… 12 Harbor Way (marina storage building) Motion by Commissioner Abernathy to recommend …; second by …".
  // An abbreviation's stops in the motion are none of a sentence's ("… field trip to Washington, D.C. on April 14, made by …").
  [/Motion\s+(?:to|by)\s/, new RegExp(String.raw`(?=Motion\s+(?:to\s+[a-z](?:[^.;]|${SHORT_STOP}){0,200}?\bby\s+[A-Z](?:[^.;]|${SHORT_STOP}){1,60}?,?\s+seconded\b|by\s+(?:[A-Z][\w’'.-]*\s+){1,3}to\s+[a-z]+\b(?:[^.;]|${SHORT_STOP}){0,200}?[;,]\s+second(?:ed)?\s+by\b))(?:(?<=[.;!?]\s+)|(?<=(?:[A-Z][\w’'-]*|\))\s+)(?<!\b(?:The|A|An|This|That|Each|No|Any)\s+))`, 'g')],
  // "… that the precept be set at £18,500. All members were in favour.": the vote after the motion, in a sentence of its own.
  [/All\s+(?:members|councillors)/, /(?=All\s+(?:members|councillors)(?:\s+present)?\s+(?:were|voted)\s+in\s+favou?r\b)(?<=[.;]\s+)/g],
  // "8.2 Spring Field Trips: It was moved by Director Oyelaran …": an item's number and title, its colon, then the motion, a
  // paragraph run into one line.
  [/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Ha-h]\.)\s+[A-Z][^:.;]{2,80}:\s+(?:It\s+was|Motion|Moved)\b/, /(?<=^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Ha-h]\.)\s+[A-Z][^:.;]{2,80}:)\s+(?=(?:It\s+was\s+(?:duly\s+)?(?:moved|proposed)|Motion\s+(?:by|made)|Moved\s+by)\b)/g],
  // "… by 18th December. Date of next meeting: Wednesday 9th December 2026.": the closing line, no part of the decision
  // before it (not after an item's number, "11. Date of next meeting.").
  [/Date\s+of\s+(?:the\s+)?next\s+meeting/i, /(?<=(?:[a-z)]|\b(?:19|20)\d\d)[.!?]\s+)(?=(?:Date|DATE)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?(?:next|NEXT)\s+(?:meeting|MEETING)\b)/g],
  // "… to approve the contract. Discussion followed regarding student data privacy. Member Greene withdrew the motion.": the
  // mover taking the motion back, in a sentence of its own after it.
  [/withdr(?:ew|aws)\s/, /(?<=[.;!?]\s+)(?=(?:(?:Member|Trustee|Councill?or|Cllr|Cr|Commissioner|Supervisor|Alderman|Director|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+withdr(?:ew|aws)\s+(?:the|his|her|their)\s+(?:motion|amendment)\b)/g],
  // "… to award a grant of £2,000 to the Youth Club. Cllr Moss returned.", "… plus VAT. Cllr Thornton abstained.": a member
  // coming or going after an interest, or how one member voted, is the minutes going on, no part of the decision before it.
  [/\b(?:returned|re-?joined|re-?entered|left\s+the|withdrew\s+from|abstained|voted\s+against|took\s+no\s+part|did\s+not)\b/, /(?=(?:Cllr|Councillor|Cr|Clr|Member|Trustee|Commissioner|Supervisor|Alderman|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+\s+(?:(?:then|subsequently)\s+)?(?:(?:returned|re-?joined|re-?entered)(?:\s+(?:to\s+)?the\s+(?:meeting|room|chamber)\b|\s*[.;])|(?:left|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b|abstained\b|voted\s+against\b|took\s+no\s+part\b|did\s+not\s+(?:vote|take\s+part)\b))(?<=[.;!?]["”’)]*\s+)/g],
  // "… highway safety. Cllr Moss proposed, Cllr Hale seconded, all in favour.": the movers after the decision are none of it.
  // "… against the proposal. Councillor Finch then moved, and it was agreed, that …": a second motion after the first ends.
  [/(?:proposed|moved|seconded)(?:\s+that\b|,|\s+and\b|\.)/, /(?=(?:Cllr|Councillor|Cr)\.?\s+[\w’'-]+\s+(?:(?:then|subsequently|also)\s+)?(?:proposed|moved|seconded)(?:\s+that\b|,|\s+and\b|\.))(?<=[.;!?]["”’)]*\s+)/g],

  // "… Public Release February 5, 2018 Recommended: 1. That …": a recommendation label mid-line; not "REASONS FOR
  // RECOMMENDATIONS:", a heading of its own.
  [/(?:Recommended|RECOMMENDED|Recommendations?|RECOMMENDATIONS?)\s*:/, /(?=(?:(?:Staff|Committee|Officer)\s+)?(?:Recommended|RECOMMENDED|Recommendations?|RECOMMENDATIONS?)\s*:)(?<=\S\s+)(?<!\b(?:for|of|the|this|that|a|each|with|and|to|For|Of|The|Staff|Committee|Officer|FOR|OF|THE|TO|AND|WITH)\s+)/g],
  // "The Chief Executive presented the draft budget. Following discussion, it was PROPOSED by Cllr. R. Byrne, SECONDED by …
  // and AGREED that …": the motion's sentence after the narrative, with its lead phrase.
  [/\s+it\s+was\s+(?:PROPOSED|proposed|MOVED|moved)\s+(?:by|BY)\b/, /(?=(?:After|Following)\s+[^,.;]{2,40},\s+it\s+was\s+(?:PROPOSED|proposed|MOVED|moved)\s+(?:by|BY)\b)(?<=[a-z\d)][.!?]\s+)/g],
  // Motions run together in one paragraph (OCR, Laserfiche, US and Canadian minutes):
  // "… "CARRIED" Moved by Con. Allin, seconded by …", "Referring to Item B, it was MOVED by …".
  // An Irish district's "… presented the list of applications. It was PROPOSED by Cllr. Ruane, SECONDED by …" the same.
  [/[Ii]t\s+was\s+(?:MOVED|Moved|PROPOSED|Proposed)/, /(?=[Ii]t\s+was\s+(?:MOVED|Moved|PROPOSED|Proposed)\s+(?:by|BY)\b)(?:(?<=[.;:!?"”)]\s+|,\s+)|(?<=\S\s+)(?=It\b))/g],
  // "The Board reviewed three bids. MOTION: R. Oduya moved to award …": a select board's motion label after the narrative; and
  // after an item's title with no stop, where a mover's verb follows ("1. Warrant review Motion: P. Lindqvist moved to
  // sign …").
  [/(?:MOTION|Motion)\s*:/, /(?=(?:MOTION|Motion)\s*:\s*\S)(?<=[a-z\d)][.!?]\s+)|(?=Motion\s*:\s*(?:[A-Z][\w’'.-]*\s+){1,3}(?:moved|made\s+a\s+motion)\b)(?<=[A-Za-z\d)]\s+)(?<!\b(?:the|a|this|The|A|This)\s+)/g],
  // "Item 6.2  Appeal of Planning Commission Decision, 22 Cove Lane MOTION: Councilmember Liu moved …", "… (SECOND READING)
  // MOTION: …": the label in capitals after an item's title with no stop, as text taken from a PDF runs them together.
  // An Alaska assembly's page run into paragraphs: "MOTION: X moved to adopt Ordinance No. FY2027-09. Y seconded. Public hearing
  // opened and closed. VOTE ON MOTION: YEAS: …", "… MOTION TO AMEND: …", "… MOTION TO AMEND FAILED 2-4 VOTE ON MAIN MOTION: …":
  // the vote's label, the amendment's and its verdict, and the narrative after the seconder's own sentence each start a line, so
  // the motion keeps its own words (the seconder's sentence may open the line: "Councilmember Ochoa seconded the motion. Upon
  // roll call vote, Bill No. 27-01 passed 5-1 …").
  [/VOTE\s+ON\s+(?:THE\s+)?(?:MAIN\s+|AMENDED\s+|SUBSTANTIVE\s+)?MOTION|MOTION\s+TO\s+AMEND\s*(?::|CARRIED|FAILED)|\sseconded(?:\s+the\s+motion)?\.\s+[A-Z]/, /(?<=[a-z\d)][.;]\s+|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+)(?=(?:VOTE\s+ON\s+(?:THE\s+)?(?:MAIN\s+|AMENDED\s+|SUBSTANTIVE\s+)?MOTION(?:\s+(?:TO\s+AMEND|AS\s+AMENDED))?|MOTION\s+TO\s+AMEND)\s*:)|(?<=[a-z\d)][.;]\s+)(?=MOTION\s+TO\s+AMEND\s+(?:CARRIED|FAILED|PASSED|DEFEATED)\b)|(?<=(?:^|[.;]\s+)(?:[A-Z][A-Za-z’'.-]*\s+){1,4}seconded(?:\s+the\s+motion)?\.)\s+(?=[A-Z])/g],
  // Not "RECOMMENDED MOTION: Move to approve …", a label of two words, nor an Alaska assembly's "VOTE ON MOTION: YEAS: …".
  [/\sMOTION\s*:/, /(?=MOTION\s*:\s*[A-Z])(?<=[A-Za-z\d,)]\s+)(?<!\b(?:RECOMMENDED|PROPOSED|SUGGESTED|DRAFT|SUBSTANTIVE|MAIN|ORIGINAL|AMENDED|Recommended|Proposed|Suggested|Draft|Substantive|Main|Original|Amended)\s+)(?<!\b(?:VOTE|Vote)\s+(?:ON|On|on)\s+(?:(?:THE|the)\s+)?)/g],
  // A school board's "5.1 Adoption of Resolution No. 27-18 Motion: Trustee Reyes Second: Trustee Okonkwo Vote: 5-0 (Noes: none)
  // Resolution No. 27-18 was adopted.": the labels of a motion printed without words after the item's title, the tally after
  // the seconder, and the outcome's sentence after the tally, a paragraph run into one line; a New Jersey borough's "…
  // Reexamination Report to the Planning Board Motion: Council Member Fiorentino; second: …", the seconder after a semicolon.
  [/(?:Motion|MOTION)\s*:\s*[A-Z][^:;.]{2,40}[;,]?\s(?:Second|SECOND|second)(?:ed|ED)?\s*:/, /(?=(?:Motion|MOTION)\s*:\s*[A-Z][^:;.]{2,40}[;,]?\s(?:Second|SECOND|second)(?:ed|ED)?\s*:)(?<=[A-Za-z\d)]\s+)|(?<=(?:Second|SECOND)(?:ed|ED)?\s*:\s*[A-Z][^:;.]{2,40}?\s)(?=(?:Vote|VOTE)\s*:)/g],
  [/^(?:Vote|VOTE)\s*:/, new RegExp(String.raw`(?<=^${LABELLED_TALLY}\s+)(?=(?!(?:Ayes?|Nays?|Noes|Yeas?|Abstain\w*|Absent|Excused|Recused|AYES?|NAYS?|NOES|YEAS?|ABSENT)\b)[A-Z][a-z]*\s)`, 'g')],
  // "Item 8 – Land Services: Conditional Use Permit – Pine Point Resort Commissioner Eide moved approval …": a county board's
  // motion after the item's title, no stop between, a paragraph run into one line.
  [/(?:Commissioner|Supervisor|Trustee|Councilmember|Alderman|Alderwoman|Selectman|Selectwoman|Director)\s+[A-Z][\w’'-]+,?\s+(?:moved|made)\b/, /(?<=(?:\b[A-Z][a-z][\w’'-]*|\b\d[\w/-]*|\))\s+)(?<!\b(?:Deputy|Vice|Acting|Pro|Tem|Council|County|City|Board|Select|The|A|An|Chair|Chairman)\s+)(?=(?:Commissioner|Supervisor|Trustee|Councilmember|Alderman|Alderwoman|Selectman|Selectwoman|Director)\s+[A-Z][\w’'-]+,?\s+(?:moved|made\s+(?:a|the)\s+motion)\b)/g],
  // "Action: First reading, no action The Board discussed the draft policy and asked …": nothing done, then the minute's next
  // sentence with no stop between, a page run into one line.
  [/(?:[Nn]o|NO)\s+(?:[Aa]ction|ACTION)/, /(?<=\b(?:[Nn]o\s+(?:formal\s+)?action|NO\s+ACTION)(?:\s+(?:was\s+)?taken|\s+TAKEN)?)\s+(?=(?:The|Staff|Council|Board|Directors|Members|Trustees|Commissioners)\s+(?:[A-Z][\w’'-]*\s+)?[a-z])/g],
  // A Saskatchewan municipality's "… 241/30 ROAD MAINTENANCE AGREEMENT Councillor Dyck: That the …": the one mover and his
  // colon before the motion, after the minute's title in a page run into one line.
  // Not the seconder named before the colon: "Moved by Councillor Haddad, seconded by Councillor Leblanc: That …".
  [/:\s*(?:That|THAT)\s/, /(?=(?:Reeve|Deputy\s+Reeve|Councillor|Councilor|Cllr|Cr|Alderman|Trustee|Director)\.?\s+[A-Z][\w’'-]+\s*:\s*(?:That|THAT)\s)(?<=\S\s+)(?<!\b(?:by|BY|seconded|SECONDED|moved|MOVED|and|AND)\s+)/g],
  // A New South Wales council's "9.2 DRAFT PLAN OF MANAGEMENT … RESERVE RESOLUTION 412/26 (Moved Cr Nguyen / Seconded Cr
  // Baxter) That Council: …", a paragraph run into one line: the resolution's label (or "MOTION") after the title in
  // capitals, and the motion after its movers' bracket, each start a line as printed.
  [/\((?:Moved|MOVED)\s[^()]{2,60}\/\s*(?:Seconded|SECONDED)\s[^()]{2,60}\)/, /(?<=\b[A-Z\d]{2,}\s+)(?=(?:RESOLUTION|Resolution|MOTION|Motion)(?:\s+(?:No\.?\s*)?\d{1,4}\/\d{2,4})?\s+\((?:Moved|MOVED)\s)|(?<=\((?:Moved|MOVED)\s[^()]{2,60}\/\s*(?:Seconded|SECONDED)\s[^()]{2,60}\))\s+(?=(?:That|THAT)\s)/g],
  // The same with the movers' names alone in the bracket, after a title in title case: "12.3 Draft Plan of Management – Lions
  // Park RESOLUTION 412/26 (Cr Hendry/Cr Zhou) That Council: …" (its motion after the bracket, as printed), and the verdict
  // ending the resolution before the next decimal item ("… CARRIED 12.4 Naming of Reserve …"). A minute's number before the
  // label goes with it ("214/26 AMENDMENT (…)").
  [/\((?:Crs?|Cllr|Clr|Councillor)\.?\s+[^()\/]{2,40}\/\s*(?:Crs?|Cllr|Clr|Councillor)\.?\s+[^()]{2,40}\)/, /(?<=\S\s+)(?<!(?:^|\s)\d{1,4}\/\d{2,4}\s+)(?=(?:\d{1,4}\/\d{2,4}\s+)?(?:RESOLUTION|MOTION|AMENDMENT)(?:\s+(?:No\.?\s*)?\d{1,4}\/\d{2,4})?\s+\((?:Crs?|Cllr|Clr|Councillor)\.?\s)|(?<=\b(?:CARRIED|LOST|Carried|Lost)\s+)(?=\d{1,2}\.\d{1,2}\s+[A-Z])|(?<=\b(?:RESOLUTION|MOTION|AMENDMENT)(?:\s+(?:No\.?\s*)?\d{1,4}\/\d{2,4})?\s+\((?:Crs?|Cllr|Clr|Councillor)\.?\s[^()]{2,80}\))\s+(?=(?:That|THAT)\s)/g],
  // The same label at the end of the title's line, its movers on the line below ("… PROGRAM 2027/28 RESOLUTION 455/26").
  [/[A-Z\d]{2,}\s+RESOLUTION\s+\d{1,4}\/\d{2,4}\s*$/, /(?<=\b[A-Z\d]{2,}\s+)(?<!\b(?:COUNCIL|COMMITTEE|BOARD)\s+)(?=RESOLUTION\s+\d{1,4}\/\d{2,4}\s*$)/g],
  // An Alberta town's "6.1 2028 Interim Operating Budget MOTION 27-401 Councillor Lavoie moved that …": the motion's number and
  // its mover after the item's title, a paragraph run into one line.
  // The same with the resolution's number ("… Utility Rates Bylaw Res. 2029-061 Councillor Dubois moved that …", "CARRIED Res.
  // 2029-062 Councillor Nakamura moved …"), and an Alberta county's "CARRIED UNANIMOUSLY RES 26-512 Councillor Pryce moved …".
  [new RegExp(String.raw`(?:MOTION|Motion|RES\.?|Res\.|RESOLUTION|Resolution)\s+(?:No\.?\s*|#\s*)?\d{2,4}[-/]\d{1,4}\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+moved\b`), new RegExp(String.raw`(?=(?:MOTION|Motion|RES\.?|Res\.|RESOLUTION|Resolution)\s+(?:No\.?\s*|#\s*)?\d{2,4}[-/]\d{1,4}\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+moved\b)(?<=\S\s+)`, 'g')],
  // "146/27 Village Hall Car Park Following a report from Cllr Mercer it was proposed Cllr Mercer, seconded …": a parish's motion
  // after the phrase that led to it, the movers named without "by".
  // Only that form: "The City Council agreed and accordingly it was proposed by Councillor Boylan …" is one sentence.
  [/it\s+was\s+(?:proposed|moved)\s+(?:Cllr|Councillor|Cr)\b/, /(?=it\s+was\s+(?:proposed|moved)\s+(?:Cllr|Councillor|Cr)\.?\s+[A-Z])(?<=[A-Za-z,]\s+)(?<!\b(?:and|that|when|where|as|if|which|accordingly|then|so)\s+)/g],
  // A planning commission's "6. PUBLIC HEARING – Tentative Parcel Map TPM 27-09 Motion (Ortiz/Delacroix) to approve …": the
  // motion and its movers' bracket after the item's title, a paragraph run into one line.
  [/(?:Motion|MOTION)\s+\([A-Z]/, /(?=(?:Motion|MOTION)\s+\([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s*[\/,]\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\)\s+to\s)(?<=\S\s+)/g],
  // Granicus action minutes joined into one line: "1. 28-0311 Resolution Approving … RESULT: ADOPTED [4 TO 1] MOVER: Ana Ruiz,
  // Commissioner SECONDER: … AYES: … NAYS: …": each field of the file's record starts a line, as the page prints it.
  [/(?:RESULT|MOVER|SECONDER)\s*:/, /(?=(?:RESULT|MOVER|SECONDER|AYES|NAYS|ABSENT|ABSTAIN|RECUSED|EXCUSED)\s*:\s)(?<=[A-Za-z\]).,]\s+)/g],
  // A California board's "…, the Board approved Consent Agenda Items 1 through 9: AYES: Supervisors Aguilar, … NOES: None ITEM
  // 10 – PUBLIC HEARING …": the roll call after the decision's colon, and the next item's label and title in capitals after the
  // last name, a page run into one line.
  [/:\s+(?:AYES|NOES|NAYS)\s*:/, /(?<=[a-z\d]:\s+)(?=(?:AYES|NOES|NAYS)\s*:\s)/g],
  // Its "AYES: Supervisors Arce, … NOES: None ABSENT: Supervisor Espinoza ITEM 15. Receive a report …" the same: each side of
  // the roll call, and the next item's label, its number's stop and its title in sentence case.
  [/\sITEM\s+\d{1,3}[A-Za-z]?(?:\s+[-–—]|\.)\s+[A-Z]/, /(?<=[A-Za-z.)]\s+)(?<!\b(?:TO|OF|IN|ON|AT|BY|SEE|AND|UNDER|PER|AGENDA)\s+)(?=ITEM\s+\d{1,3}[A-Za-z]?(?:\s+[-–—]\s+[A-Z]{3,}|\.\s+[A-Z][a-z]))/g],
  [/\bAYES\s*:[^:]{1,300}\b(?:NOES|NAYS|ABSENT|ABSTAIN|RECUSED|EXCUSED)\s*:/, /(?=(?:NOES|NAYS|ABSENT|ABSTAIN(?:ED|ING)?|RECUSED|EXCUSED)\s*:\s)(?<=[A-Za-z\]).,]\s+)/g],
  // BoardDocs' "Subject: 4.02 Approve Purchase of Chromebooks": the field's label, then the item's number and title.
  [/^Subject\s*:\s+\d/, /(?<=^Subject\s*:)\s+(?=\d{1,2}\.\d{2}\s+[A-Z])/g],
  // BoardDocs run into one line: "Recommended Action: Approve … Motion & Voting Approve … with the winter break …": the heading
  // over the motion's words stands on a line of its own, as printed.
  [/Motion\s*&\s*Voting/, /(?<=\S\s+)(?=Motion\s*&\s*Voting\b)|(?<=\bMotion\s*&\s*Voting)\s+(?=[A-Z])/g],
  // A Western Australian council's "COUNCIL RESOLUTION 2028/114 Moved Cr Pratt, seconded Cr Hwang That the Officer's
  // Recommendation be adopted.": the movers and the motion they moved, each a line as printed.
  [/^(?:Moved|Proposed)\s[^.;:]{4,80}?\bseconded\s[^.;:]{4,60}?\sThat\s/, /(?<=^(?:Moved|Proposed)\s+(?:by\s+)?(?:Cr|Cllr|Councillor|Alderman|Alderwoman)\.?\s+[A-Z][\w’'-]+,?\s+(?:seconded|Seconded)\s+(?:by\s+)?(?:Cr|Cllr|Councillor|Alderman|Alderwoman)\.?\s+[A-Z][\w’'-]+\s+)(?=That\s)/g],
  // "ARTICLE 1. To choose a Moderator to preside at said meeting. John Allard was elected …": the article's question ends at its
  // stop, and what the meeting did follows it.
  // A section's number inside the warrant ("… a new Section 9.2, Solar Energy Facilities, or …") ends no sentence; the motion
  // after a failed one's verdict ("… failed by majority vote. Moved that the Town …") opens its own line.
  [/(?:ARTICLE|Article)\s+\d{1,3}\.\s+To\s/, /(?<=\b(?:ARTICLE|Article)\s+\d{1,3}\.\s+To\s(?:[^.]|\.(?=\d)){5,400}\.\s+)(?=[A-Z])/g],
  [/[.]\s+Moved\s+that\s/, /(?<=\b(?:failed|passed|carried|defeated|lost|withdrawn|vote)\b[^.;]{0,40}[.]\s+)(?=Moved\s+that\s)/g],
  // "… Motion passed 5-1 (Council Member Fuentes opposed). ITEM 7 – APPOINTMENTS TO THE PARKS BOARD …": the next item's label
  // after the verdict's stop, in a page run into one line.
  // The first after the page's heading, its date's year: "… – DECEMBER 7, 2026 ITEM 5 – ORDINANCE …".
  // A county board's "AGENDA ITEM 13 – APPOINTMENTS …" the same, the word "AGENDA" before it, and a Texas court's "… No action
  // taken. AGENDA ITEM 9 Consider and take action on …" with no mark after the number.
  // A town meeting's "… by voice vote. ARTICLE 4. To see if the Town will vote …" too, and a common council's file number:
  // "… Carried on voice vote. Item 26-1108. Petition of …". After an abbreviation's stop too: "… of the SPC. Item 5: …"; an
  // Irish county's "Item No. 7: …" the same.
  [/(?:ITEM|Item|ARTICLE|Article)\s+(?:(?:No|NO)\.?\s*)?\d/, /(?=(?:(?:AGENDA|Agenda)\s+)?(?:ITEM|Item|ARTICLE|Article(?=\s+\d{1,3}\.\s+To\s+see\b))\s+(?:(?:No|NO)\.?\s*)?(?:\d{1,3}[A-Za-z]?(?:\.\d{1,2})?|\d{2}-\d{3,5})(?:\s*[-–—:.])?\s+[A-Z])(?<=[a-z\d)][.!?]\s+|\b[A-Z]{2,6}\.\s+|\b(?:19|20)\d\d\s+)(?<!\b(?:AGENDA|Agenda)\s+)/g],
  // A borough's "… Absent - Ortega. Resolution 2026-302, referring … to the Land Use Board, was offered by …": each
  // resolution a paragraph, its number and what it does after the last roll call's stop.
  [/(?:Resolution|RESOLUTION|Ordinance|ORDINANCE)\s+(?:No\.?\s*|#\s*)?[\w-]*\d[\w-]*,\s/, /(?<=[a-z\d)][.!?]\s+)(?<!(?:^|\s)\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+)(?=(?:Resolution|RESOLUTION|Ordinance|ORDINANCE)\s+(?:No\.?\s*|#\s*)?[\w-]*\d[\w-]*,\s+(?:an?\s+(?:resolution|ordinance)\s+)?[a-z]+ing\s)/g],
  // A select board's topic and its motion after the last sentence: "… No action was taken. Licenses: Motion by Ms. Whitcomb,
  // …".
  [/:\s+Motion\s+(?:made\s+)?by\s/, /(?<=[a-z\d)][.!?]\s+)(?<!(?:^|\s)\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+)(?=(?:[A-Z][\w’'&/-]*\s+){0,3}[A-Z][\w’'&/-]*:\s+Motion\s+(?:made\s+)?by\s)/g],
  // The first motion after the page's heading, its date's year: "… REGULAR MEETING - NOVEMBER 16, 2026 ON MOTION OF
  // COMMISSIONER …". (In capitals a page is put in sentence case first, so the heading's date is what says "on" starts the
  // sentence.)
  [/\b(?:19|20)\d\d\s+(?:On|ON|on|Upon|UPON|upon)\s/, /(?<=\b(?:19|20)\d\d\s+)(?=(?:On|ON|Upon|UPON)\s+(?:a\s+|A\s+)?(?:motion|MOTION)\s+(?:of|by|OF|BY)\s)|(?<=\b\d{1,2},\s+(?:19|20)\d\d\s+)(?=(?:on|upon)\s+(?:a\s+)?motion\s+(?:of|by)\s)/g],
  // "… for their views. 5. Volunteer Ranger Scheme": the next item's number and title at the line's end, after the last
  // sentence's stop (the margin put what follows the title on the next line), or before its "Decision" heading; a report's
  // section and its first paragraph, "… management response. 1. Executive summary 1.1 Eleven of the …", a page in one line.
  [/[.!?]\s+\d{1,2}\.\s+[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,6}(?:\s*$|\s+(?:Decision|DECISION)\s|\s+\d{1,2}\.\d{1,2}\s+[A-Z])/, /(?<=[a-z\d)][.!?]\s+)(?<!(?:^|\s)\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+)(?=\d{1,2}\.\s+[A-Z][\w’'&-]*(?:\s+(?!(?:Decision|DECISION)\b)(?:[A-Z][\w’'&-]*|of|and|for|the|to|in|on|&|[-–])){0,6}(?:\s*$|\s+(?:Decision|DECISION)\s)|(\d{1,2})\.\s+[A-Z][\w’'&-]*(?:\s+(?:[A-Za-z][\w’'&-]*|&|[-–])){0,6}?\s+\1\.1\s+[A-Z])/g],
  // "… Harbourview Winter Festival Upon a motion by Councilor Diaz, seconded by Councilor Pratt, the Council voted …": the
  // movers open a sentence of their own wherever they stand, here after the last consent item's title.
  [/(?:Upon|UPON|On|ON)\s+(?:a\s+|A\s+)?(?:motion|MOTION)\s+(?:by|of|BY|OF)\s[^,]{2,60},\s+(?:seconded|SECONDED)\b/, /(?<=[A-Za-z\d)]\s+)(?<!\b(?:and|or|the|of|to|AND|OR|THE|OF|TO)\s+)(?=(?:Upon|UPON|On|ON)\s+(?:a\s+|A\s+)?(?:motion|MOTION)\s+(?:by|of|BY|OF)\s[^,]{2,60},\s+(?:seconded|SECONDED)\b)/g],
  // A New Zealand council's "Recommendation to Council from the Regulatory Committee (15 November 2026) That Council adopts …":
  // the heading and the clause it puts, each a line as printed, the heading after the item's title too.
  [/(?:Recommendations?|RECOMMENDATIONS?)\s+(?:to|from|of|for)\s[^.;:]{2,120}\s(?:That|THAT)\s/, /(?<=\b(?:Recommendations?|RECOMMENDATIONS?)\s+(?:to|from|of|for)\s+(?:the\s+)?[A-Z][^.;:]{2,100}?(?:\)|Committee|Council|Board|Panel|Cabinet|Executive))\s+(?=(?:That|THAT)\s)|(?<=[a-z\d)]\s+)(?=(?:Recommendations?|RECOMMENDATIONS?)\s+(?:to|from)\s+(?:the\s+)?[A-Z][^.;:]{2,100}?(?:\)|Committee|Council|Board|Panel|Cabinet|Executive)\s+(?:That|THAT)\s)/g],
  // "… be accepted. Minute 5 - Commons Consent Application …": the next minute's number and its dash after the last
  // decision's stop.
  [/(?:Minute|MINUTE)\s+\d{1,4}\s+[-–—]\s+[A-Z]/, /(?<=[a-z\d)][.!?]["”]?\s+)(?<!(?:^|\s)\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+)(?=(?:Minute|MINUTE)\s+\d{1,4}\s+[-–—]\s+[A-Z])/g],
  // "Item 26-1107. Communication from the Board of Public Works recommending approval of … conversion. Alderperson Koenig
  // moved to approve.": a common council's item is its title's one sentence, and what was done with it follows, a line as
  // printed. Only a file's number: "Item 5. Vacant Homes Cllr Brady asked …" runs a short title into the sentence after it.
  [/^(?:Item|ITEM)\s+\d{2}-\d{3,5}\.\s+[A-Z][^.;]{10,240}\.\s+[A-Z]/, /(?<=^(?:Item|ITEM)\s+\d{2}-\d{3,5}\.\s+[A-Z][^.;]{10,240}(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Cllr|Cr|Co|Inc|Ltd|[A-Z]))\.)\s+(?=[A-Z])/g],
  // "It was proposed by Councillor M. Baker: "That this Committee …"": the quoted motion after its mover's colon, as the page
  // prints it on a line of its own.
  [/:\s+["“](?:That|THAT)\s/, /(?<=\b(?:proposed|moved|PROPOSED|MOVED)\s+(?:by|BY)\s+[^:;.]{2,60}(?:\.[^:;.]{1,40})?:)\s+(?=["“](?:That|THAT)\s)/g],
  // "… to a building contractor. Decision of Executive Councillor for Housing i. Approved the issue of tenders …": a ModernGov
  // decision's label, naming who decided, run in between the narrative and its list.
  [/Decision\s+of\s/, /(?=Decision\s+of\s+(?:the\s+)?[A-Z][^.;:]{2,80}?\s+(?:i|1|a)[.)]\s+[A-Z])(?<=[a-z)][.!?]\s+)/g],
  // "… was AGREED to." / "“That this Committee would establish a Forum …” The report of the Director … was considered.": a quoted
  // motion's closing quote ends its line, as the page prints the motion alone, after a year's digits too ("… for 2029.”").
  [/[.!?]["”]\s+[A-Z]/, /(?<=[a-z\d)][.!?]["”])\s+(?=[A-Z][a-z])/g],
  // "… the amendment was LOST. The substantive motion was then put to the vote and CARRIED.": a verdict in capitals ends its
  // sentence, and the next is the next motion's.
  [/(?:LOST|CARRIED|DEFEATED|FELL|WITHDRAWN|FAILED)\.\s+[A-Z]/, /(?<=\b(?:LOST|CARRIED|DEFEATED|FELL|WITHDRAWN|FAILED)\.)\s+(?=[A-Z][a-z])/g],
  // A page run into one line with no stop after the verdict: "… be reduced to 40 km/h. CARRIED 5 Members' Reports Moved …", "…
  // be received. CARRIED The meeting closed at 8.35pm.": the next item's number and title, or the next sentence, after it, or
  // the next motion's mover ("… LOST Cr Street moved and Cr Wass seconded …"), a recommendation's label ("… CARRIED
  // Recommendation to Council That …") or the next item ("… CARRIED ITEM 4.2 STORMWATER …"); not a count ("CARRIED 4 For, 2
  // Against", "CARRIED 6/1"). Christchurch's "… Councillor Cotter/Councillor Turner   Carried 2. Declarations of Interest There
  // were …": in sentence case too, before an item's number and its stop, its score between ("… Carried 7/2 11.2 Footpath
  // Renewal Program …").
  [/(?:LOST|CARRIED|DEFEATED|FELL|WITHDRAWN)\s+(?:\d|The|This|A|An|It|There|Members|Councillors|Crs?|Cllr|Councillor|Recommendations?|ITEM|Item)\b|(?:Carried|Lost)\s+\d/, new RegExp(String.raw`(?<=\b(?:LOST|CARRIED|DEFEATED|FELL|WITHDRAWN))\s+(?=\d{1,2}(?:\.\d{1,2})*\.?\s+${NOT_A_COUNT}[A-Z][a-z]|(?:The|This|A|An|It|There|Members|Councillors)\s+[a-z]|Recommendations?\s+(?:to|from)\s+(?:the\s+)?[A-Z]|(?:ITEM|Item)\s+\d{1,2}(?:\.\d{1,2})?\s+[A-Z]|(?:Crs?|Cllr|Councillor)\.?\s+[A-Z][\w’'-]+\s+(?:moved|proposed)\b)|(?<=\b(?:Carried|Lost|CARRIED|LOST)(?:\s+\d{1,2}\s*[\/-]\s*\d{1,2})?)\s+(?=(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}\.)\s+${NOT_A_COUNT}[A-Z][a-z])`, 'g')],
  // "… for lateness be accepted. Councillor Cotter/Councillor Turner Carried": a New Zealand council's movers by slash after the
  // clause's stop, a page run into one line.
  [/(?:Councillor|Cr|Cllr|Deputy\s+Mayor|Mayor)\s+[A-Z][^/.;]{1,40}\/\s*(?:Councillor|Cr|Cllr|Deputy\s+Mayor|Mayor)\s/, /(?=(?:Councillor|Cr|Cllr|Deputy\s+Mayor|Mayor)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*\/\s*(?:Councillor|Cr|Cllr|Deputy\s+Mayor|Mayor)\s+[A-Z])(?<=[a-z\d)][.]\s+)/g],
  // A Gisborne-style "8.1 26-301 Roads Recovery Programme Cr Akuhata/Cr Wallace MOVED That the Operations Committee: …": the movers by
  // slash with "MOVED" after them, printed at the right of their own line, run onto the title before and the motion after.
  [/\/\s*(?:Crs?|Cllr|Councillor)\.?\s+[A-Z][^/]{0,40}\s(?:MOVED|Moved)\b/, new RegExp(String.raw`(?<=\S\s+)(?=${SLASH_PAIR}\s+(?:MOVED|Moved)\b)|(?<=${SLASH_PAIR}\s+(?:MOVED|Moved))\s+(?=(?:That|THAT)\s)`, 'g')],
  // A Virginia board's "… with Supervisor Ferris voting no. IN RE: RESOLUTION SUPPORTING BROADBAND GRANT APPLICATION On motion of
  // …": each item's "IN RE:" heading in capitals, between the last decision and the next minute, a page run into one line
  // (its dashes too: "IN RE: SPECIAL USE PERMIT SUP-26-09 – SOLAR FACILITY Following the public hearing, …").
  [/IN\s+RE\s*:/, /(?=IN\s+RE\s*:\s*[A-Z])(?<=\S\s+)|(?<=(?:^|\s)IN\s+RE\s*:\s*[A-Z0-9][A-Z0-9’'&,()\/-]*(?:\s+(?:[A-Z0-9][A-Z0-9’'&,()\/.-]*|[–—])){0,14})\s+(?=[A-Z][a-z])/g],
  // "… the Board adopted the following resolution by a vote of 5-0: WHEREAS, reliable broadband …": a resolution's recitals
  // after the lead-in's colon, a page run into one line.
  [/WHEREAS\b/, /(?=WHEREAS\b)(?<=:\s+)/g],
  // A decision page run into one line: "Decision: Biodiversity Duty Plan (2023-2026) Following scrutiny, the recommendation was
  // supported to Cabinet. 2022/23 – Treasury Management Outturn Report Following scrutiny, the report was noted.": each report's
  // title in capitals, then the sentence that opens on its lead phrase in capitals where no stop ended the title.
  [/(?:Following|After)\s+[a-z]/, /(?<=(?:\b[A-Z][\w’'-]*|\d|\))\s+)(?=(?:Following|After)\s+(?:(?:[a-z]+\s+){0,2}?[a-z]+|(?:a|an|the)\s+(?:presentation|report|update|discussion|debate)\b[^,.;:]{0,60}),\s+(?:the|it|this|members|Members|[A-Z][a-z]+\s+(?:agreed|resolved|noted|approved))\b)|(?<=[a-z)][.]\s+)(?=[A-Z0-9][^.;:!?]{2,100}?(?:\b[A-Z][\w’'-]*|\d|\))\s+(?:Following|After)\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s+(?:the|it|this|members|Members)\b)/g],
  // "Moved: Cr Tan Seconded: Cr Barlow Carried 7/2 11.2 …": the verdict after the seconder's name, a page run into one line.
  // "Moved Mr Evans Seconded Cr Tully Carried.": the seconder's title with no colon or "by" before it.
  [/(?:Seconded|SECONDED)(?:\s*(?::|by|BY)|(?=\s+(?:Cr|Cllr|Councillor|Mayor|Mr|Mrs|Ms|Dr)\.?\s))\s*[A-Z][^.;]{1,40}\s(?:Carried|CARRIED|Lost|LOST)\b/, /(?<=\b(?:Seconded|SECONDED)(?:\s*:\s*|\s+(?:by|BY)\s+|\s+(?=(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Mr|Mrs|Ms|Dr)\.?\s))(?:(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+)(?=(?:Carried|CARRIED|Lost|LOST)\b)/g],
  // "The Board made the following decisions:- To authorise the Chief Executive to sign … . To note the spending profile.":
  // each decision in the infinitive after the lead-in's colon or the stop of the one before, a list run into one line. "… and
  // one local resident. Decision 1. To grant …", "… Social Club Decision Refused.": a licensing record's "Decision" heading
  // after the hearing's narrative or the item's title, a page run into one line; the list or verdict under it follows. A
  // Tasmanian council's "… to sign and seal the lease documents. DECISION Moved: Cr Franklin …": the heading in capitals over
  // the movers or the motion after the officer's recommendation (or at the line's end, the movers wrapped onto the next); an
  // executive's "EX/90 Selective Licensing Scheme DECISION That the matter be deferred …", after the title with no stop; a
  // Scottish joint committee's "4. Visitor Car Parking Charges Decision To agree that …", its decision in the infinitive.
  [/(?:Decision|DECISION)s?\s+(?:1\.\s|[A-Z][a-z]+ed\b|(?:Moved|MOVED|Proposed|PROPOSED)\s*:|(?:That|THAT|To)\s)|[.!?]\s+DECISION\s*$/, /(?<=[a-z]\s+|[a-z\d)][.!?]\s+)(?=Decision\s+To\s+[a-z]{3,}\s)|(?<=(?:^|[a-z]\s+|[a-z\d)][.!?]\s+)Decision)\s+(?=To\s+[a-z]{3,}\s)|(?<=[a-z)][.!?]\s+|[a-z]\s+)(?=(?:Decision|DECISION)s?\s+(?:1\.\s+[A-Z]|(?:Refused|Granted|Approved|Deferred|Rejected|Agreed|Adjourned|Revoked|Suspended)\.?(?:\s|$)))|(?<=[a-z\d)][.!?]\s+)(?=DECISION(?:\s*$|\s+(?:(?:Moved|MOVED|Proposed|PROPOSED)\s*:|(?:That|THAT)\s)))|(?<=[a-z]\s+)(?=DECISION\s+(?:That|THAT)\s)|(?<=(?:^|[a-z]\s+|[a-z\d)][.!?]\s+)DECISION)\s+(?=(?:That|THAT)\s)/g],
  // (Not after a motion's label: "MOTION: To approve Variance V-27-09 …" is the motion's own line.)
  [new RegExp(String.raw`To\s+${DECISION_INFINITIVE}\b`), new RegExp(String.raw`(?<=(?::-?|[a-z)][.;])\s+)(?<!\b(?:MOTION|Motion)\s*:-?\s+)(?=To\s+${DECISION_INFINITIVE}\b)`, 'g')],
  // "… on Harbour Road. Decision To thank the deputation …", "… OUTSIDE BODIES Decision To appoint Councillor …": a Scottish
  // council's "Decision" heading over its infinitive, after the narrative's stop or the item's title in capitals (the heading is
  // cut from the infinitive by the licensing rule for "Decision Refused." below, as the heading then opens its piece). Its
  // "Motion" and "Amendment" headings over theirs too, after a stop only ("… Primary Schools. Motion To agree the
  // recommendations …"), so the amendment is not read as the words of the movers' line before it.
  [/(?:Decision|DECISION|Motion|Amendment)\s+To\s+[a-z]/, /(?<=[a-z\d)][.!?]\s+|\b[A-Z]{2,}\s+)(?<!\b(?:FOR|OF|THE|FINAL|KEY)\s+)(?=(?:Decision|DECISION)\s+To\s+[a-z]{3,}\s)|(?<=[a-z\d)][.!?]\s+)(?=(?:Motion|Amendment)\s+To\s+[a-z]{3,}\s)/g],
  // A planning list run into one line: "… 9 Orchard Way – no objection. 27/0307/HOU Replacement garage …", "… Mill Row –
  // CONFIRMED TPO 8/2027 Walnut …": each application's or order's reference opens its row, after the row before ends on a stop
  // or a verdict in capitals (after a sum's or a rate's stop too, "… £318,450. TC/26/103 – …"; not after the item's own number,
  // "90. 25/01103/LBC – …"). A Welsh council's "… Resolved: no objection. FPL/2026/251 – Change of use …", its reference in
  // letters and the year, then the dash before the site.
  [new RegExp(String.raw`(?:${APPLICATION_REF}|TPO\s+\d|[A-Z]{1,5}\/\d{2,4}\/\d{2,6}\s+[-–—]\s)`), new RegExp(String.raw`(?=${APPLICATION_REF}|TPO\s+\d{1,4}\/\d{2,4}\b|[A-Z]{1,5}\/\d{2,4}\/\d{2,6}\s+[-–—]\s+[A-Z])(?<=[a-z\d%)][.]\s+|\b(?:${ROW_VERDICT}|DEFERRED|WITHDRAWN|OBJECTION)\s+)(?<!(?:^|\s)[A-Z]?\d{1,3}\.\s+)`, 'g')],
  // "… for the reasons set out above. PL/46 27/00311/HOU – 9 Beacon Rise …": a planning committee's minute reference, then the
  // application's, opens the next minute after a stop, or after the date of the page's heading.
  [new RegExp(String.raw`[A-Z]{1,4}[./]\d{1,4}\s+${APPLICATION_REF}`), new RegExp(String.raw`(?=[A-Z]{1,4}[./]\d{1,4}\s+${APPLICATION_REF})(?<=[a-z\d%)][.]\s+|\b(?:19|20)\d\d\s+)`, 'g')],
  // "115/26 Planning applications DC/2026/0418 – Two storey side extension …": the section's heading, then its first row.
  [/(?:applications|Applications|APPLICATIONS)\s+\S+\/\S+\s+[-–—]\s/, new RegExp(String.raw`(?<=\b(?:applications|Applications|APPLICATIONS)\s+)(?=(?:${APPLICATION_REF}|[A-Z]{1,5}\/\d{2,4}\/\d{2,6})\s+[-–—]\s+[A-Z0-9])`, 'g')],
  // "… applications to its discretionary grants fund. Moved (Lomu/Sato) That …": a New Zealand motion's movers after the narrative.
  [/Moved\s*:?\s*\(/, /(?=Moved\s*:?\s*\([^()]{2,60}\/[^()]{2,60}\))(?<=[a-z\d)][.!?:]\s+)/g],
  // "… portion of CIL receipts. Recommendation(s) That the Executive: …", "… below £25,000. Reason for Recommendation(s) To
  // provide …": a front sheet's headings run into the sentences around them, each heading its own line as the page prints it;
  // so is "Recommendation" after an item's title at a wrapped line's end ("Item 9 Pest Management Plan Review Recommendation"), the
  // title in capitals too, at the end or before "That" ("15.2 PLANNING APPLICATION - 44 HIGH STREET RECOMMENDATION That Council …";
  // not "… COMMITTEE RECOMMENDATION", nor "2. REASONS FOR RECOMMENDATIONS").
  [/Recommendation|RECOMMENDATION/, /(?=(?:(?:Reasons?|REASONS?)\s+(?:for|FOR)\s+(?:the\s+|THE\s+)?)?(?:Recommendations?|RECOMMENDATIONS?)(?:\s*\(s\))?(?:\s+(?:That|THAT|The|It\s+is|Members|Officers|To)\b|\s*$))(?<=[a-z\d)][.!?]\s+)|(?<=(?:^|[.!?]\s+)(?:(?:Reasons?|REASONS?)\s+(?:for|FOR)\s+(?:the\s+|THE\s+)?)?(?:Recommendations?|RECOMMENDATIONS?)(?:\s*\(s\))?)\s+(?=(?:That|THAT|The|It\s+is|Members|Officers|To)\b)|(?<=^(?:Item\s+)?\d{1,3}(?:\.\d{1,2})*\.?\s+[^.;:]{3,120}?\b[A-Z][a-z]+\s+)(?<!\b(?:Officer|Officers|Staff|Committee|Council|Board|Executive|Cabinet|Panel)['’]?s?\s+)(?=Recommendations?\s*$)|(?<=^(?:Item\s+|ITEM\s+)?\d{1,3}(?:\.\d{1,2})*\.?\s+[^.;:a-z]{3,120}?\b[A-Z]{2,}\s+)(?<!\b(?:OFFICER|OFFICERS|STAFF|COMMITTEE|COUNCIL|BOARD|EXECUTIVE|CABINET|PANEL|CEO|DIRECTOR|FOR|OF|THE|AND|TO|ON|WITH|OUR|ITS)['’]?S?\s+)(?=RECOMMENDATIONS?(?:\s*$|\s+(?:That|THAT)\s))/g],
  // "… Subject: Heritage Grants Program 2026 Recommendation That the Community and Culture Committee recommends …": the heading
  // in title case after a field's value (its last word capitalised, or a year) the same, a front sheet run into one line; the
  // heading then stands apart from its "That".
  [/Recommendations?\s+That\s/, /(?=Recommendations?\s+That\s)(?<=(?:[A-Z][\w’'-]*|\d{4})\s+)(?<!\b(?:The|A|This|That|Its|Our|Their|Officer['’]s|Officers['’]|Staff|Committee['’]s|Council['’]s)\s+)/g],
  [/^Recommendations?\s+That\s/, /(?<=^Recommendations?)\s+(?=That\s)/g],
  // "… will open on 1 April 2026. Executive Summary The Heritage Grants Program …": the next heading of the front sheet in title
  // case ends the last recommendation, the page run into one line (an Ontario report's "… 2028 budget. Background: The …", its
  // colon, and its "Prepared by:" field too).
  [/[.!?]\s+(?:Executive\s+Summary|Background|Purpose|Financial\s+(?:Implications|Impacts?|Considerations)|Options|Analysis|Discussion|Conclusions?|(?:Prepared|Submitted|Reviewed)\s+by\s*:)/, /(?<=[a-z\d)][.!?]\s+)(?=(?:Executive\s+Summary|Background|Purpose(?:\s+of\s+(?:the\s+)?Report)?|Financial\s+(?:Implications|Impacts?|Considerations)|Options(?:\s+Considered)?|Analysis|Discussion|Conclusions?)\s*:?\s+(?:The|This|In|Council|It|A|There|To(?=\s+[a-z]))\s|(?:Prepared|Submitted|Reviewed)\s+by\s*:)/g],
  // An English report's front sheet run into one line: "… Report author: Head of Internal Audit Recommendation(s): That the
  // Committee: …": the recommendation's label after the last field's value starts its own line.
  [/\sRecommendations?(?:\s*\(s\))?\s*:\s*(?:That|THAT|To|It\s+is)\b/, /(?<=[a-z\d)]\s+)(?<!\b(?:the|of|for|to|on|with|by|this|a|an|and|The|Officer['’]?s?|Officers['’]|Committee|Council|Staff|Cabinet|Board|Panel|Executive|Director['’]?s?|Member['’]?s?|Final|Draft|Proposed|Original|Amended|Substantive|Motion|Main|Alternative)\s+)(?=Recommendations?(?:\s*\(s\))?\s*:\s*(?:That|THAT|To|It\s+is)\b)/g],
  // "… SUBJECT: Arena Ice Rental Rates 2027-2028 RECOMMENDATION That Report CS-2026-41 …", "… by March 2027. BACKGROUND Rates
  // were …": a staff report's headings in capitals run into its text, the label over the motion after a word or a year (not
  // "1. RECOMMENDATIONS", "REASONS FOR RECOMMENDATIONS"); a Californian report's "… second reading. BACKGROUND: On August 10,
  // …", "FISCAL IMPACT:", "ALTERNATIVES:", its colon after the heading.
  [/RECOMMENDATIONS?(?:\s+(?:That|THAT)\b|\s*$)|[.!?]\s+(?:BACKGROUND|PURPOSE|SUMMARY|DISCUSSION|ANALYSIS|CONCLUSIONS?|FISCAL\s+IMPACT|ALTERNATIVES)\s*:?\s/, /(?=RECOMMENDATIONS?(?:\s+(?:That|THAT)\b|\s*$))(?<=[a-z]\s+|\d{4}\s+)|(?<=(?:^|\s)RECOMMENDATIONS?)\s+(?=(?:That|THAT)\b)|(?=(?:BACKGROUND|PURPOSE|SUMMARY|DISCUSSION|ANALYSIS|CONCLUSIONS?|FISCAL\s+IMPACT|ALTERNATIVES)\s*:?\s+[A-Z][a-z])(?<=[a-z\d)][.!?]\s+)/g],
  // "3.1 CONFIRMATION OF PREVIOUS MEETING MINUTES MOTION That the Minutes …": an Australian council's label over its motion, run
  // into the title before it and the words after it; a label of its own line as the page prints it.
  [/\bMOTION\s+(?:That|THAT)\s/, /(?=MOTION\s+(?:That|THAT)\s)(?<=\S\s+)|(?<=(?:^|\s)MOTION)\s+(?=(?:That|THAT)\s)/g],
  // "… first phase. PURPOSE & BACKGROUND Report Overview 3. …": a heading in capitals run into the text (not an agenda item's
  // own title after its number and letter, "7b. AWARD OF CONTRACT …").
  [/[a-z)][.;!?]\s+[A-Z]{3,}/, /(?=[A-Z]{3,}(?:\s+(?:&|[A-Z]{2,}))+(?:\s+[A-Z]?[a-z]|\s*$))(?<=[a-z)][.;!?]\s+)(?<!^\d{1,3}\.?[a-z]\.\s+)/g],
  [/(?:MOVED|Moved)\s+(?:by|BY|By)\b/, /(?=(?:MOVED|Moved)\s+(?:by|BY|By)\b)(?<=\S\s+)(?<![Ii]t\s+was\s+|I[Tt]\s+I[Ss]\s+)/g],
  // "… request for funding for water monitoring stations. MOVED Director Dubois, SECONDED Director McKenzie, THAT …": a British
  // Columbia board's mover by title and no "by", after the sentence before it (a date's year ends one too: "… for the period
  // ending 31 January 2027. Moved Cr Nguyen, Seconded Cr Halloran.").
  [/(?:MOVED|Moved)\s+[A-Z]/, /(?=(?:MOVED|Moved)\s+(?:Director|DIRECTOR|Councill?or|COUNCILL?OR|Trustee|TRUSTEE|Alderman|Commissioner|Cllr|Cr|Mayor|Chair)\b)(?<=[a-z\d)][.!?]\s+)/g],
  // "… on negotiations with the trustees. After a lengthy discussion, Cllr Webb proposed that the Council accept …": a member's
  // motion after the narrative, behind its opening phrase.
  [/\b(?:proposed|moved)\s+that\b/, /(?<=[.;!?]\s+)(?=(?:After|Following)\s[^.;,]{2,60},\s+(?:Cllr|Councillor|Cr|Clr)\.?\s+[A-Z][\w’'-]+\s+(?:proposed|moved)\s+that\b)/g],
  // A select board's page run into one line: "… Anna Ross Payroll Warrant: Upon a motion by Mr. Ober, seconded by …, the Board voted
  // …", "… $98,112.40. Transfer Station Hours: Ms. Ross moved to extend …": the motion after a topic's colon, and a topic with
  // its motion after the stop before it, start lines; a topic with a dash in it ("Liquor License – Brookside Tavern: Ms. Desai
  // moved …"), and one the Board settled without a motion ("Transfer Station Fees: After discussion the Board agreed …"). The
  // first topic after the page's date too ("… DECEMBER 2, 2026 Warrant: Upon a motion duly made and seconded, …").
  [/:\s+(?:(?:Upon|On)\s+(?:a\s+)?motion\s+(?:by|of|duly)\b|\S+\.?\s+[A-Z][\w’'-]+\s+moved\b|(?:After|Following)\s+(?:discussion|review|deliberation),?\s+the\s+Board\s)/, new RegExp(String.raw`(?<=[A-Z][\w’'-]*:)\s+(?=(?:Upon|On)\s+(?:a\s+)?motion\s+(?:by|of|duly)\b)|(?<=[a-z\d)][.;]\s+|\b[A-Za-z]+\s+\d{1,2},\s+(?:19|20)\d\d\s+)(?=(?:[A-Z][\w’'&/-]*\s+(?:(?:[A-Z][\w’'&/-]*|[–—]|of|and|for|the)\s+){0,5})?[A-Z][\w’'&/-]*:\s+(?:(?:Upon|On)\s+(?:a\s+)?motion\s+(?:by|of|duly)\b|(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+moved\b|(?:After|Following)\s+(?:discussion|review|deliberation),?\s+the\s+Board\s+(?:agreed|voted|decided)\b))`, 'g')],
  // "Transfer Station Fees: Mr. Dunphy moved to increase the fee …": a select board's topic, then its motion on the same line.
  // "ii. Budget 2027/28: Cllr Moss proposed a precept of £24,500, …": a parish's numbered topic, then its proposal. "MOTION:"
  // and "MOTION TO AMEND:" are the mover's own labels, no topic.
  [new RegExp(String.raw`:\s+[^;]*\s(?:moved|${MADE_MOTION}|proposed)\b`), new RegExp(String.raw`(?<=^(?:[ivx]{1,5}\.\s+|\(?[a-z]\)\s+)?[A-Z][^:.;]{2,80}:)(?<!^(?:MOTION|Motion|ACTION|Action)(?:\s+(?:TO|to)\s+(?:AMEND|[Aa]mend))?\s*:)\s+(?=(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:moved|${MADE_MOTION}|proposed)\b)`, 'g')],
  // "Members discussed the draft budget at length. It was proposed by Cllr Jones, seconded by …, that …
  // On being put to the vote the proposal was carried.": the motion and its verdict after the narrative.
  [/It\s+was\s+(?:proposed|moved)\s+by/, /(?=It\s+was\s+(?:proposed|moved)\s+by\b)(?<=[.;!?]\s+)/g],
  // "Following the report of the Senior Engineer, it was proposed by Cllr. Ó Riain, seconded by …, that …": after a lead phrase.
  [/,\s+it\s+was\s+(?:proposed|moved)\s+by/, /(?=it\s+was\s+(?:proposed|moved)\s+by\b)(?<=^(?:Following|After|On|Upon|Arising|Having|In)\b[^.;]{2,150},\s+)/g],
  // "… that the quotation be accepted. An amendment was proposed by Cllr Hartley, …": the amendment after the motion.
  [/[Aa]mendment\s+was\s+(?:proposed|moved)/, /(?=(?:An|The)\s+amendment\s+was\s+(?:proposed|moved)\b)(?<=[.;!?]\s+)/g],
  // A Scottish committee's "… moved that the application be granted. As an amendment, Councillor Aird, seconded by …, moved
  // that consideration be continued. On a division, 7 members voted for the motion …": the amendment and the division after
  // the motion, each a line of its own, so the motion's words end at its stop.
  [/As\s+an\s+amendment|On\s+a\s+division/, /(?=(?:As\s+an\s+amendment|On\s+a\s+division)\b)(?<=[.;]\s+)/g],
  // "… resurfacing program. Upon a roll call vote, the motion passed 5-1, …" (or "Upon roll call the motion carried"): the
  // vote after the motion is none of its words.
  [/(?:On|Upon)\s+(?:being\s+put|a\s+|roll)/, /(?=(?:On|Upon)\s+(?:being\s+put\s+to\s+the\s+(?:vote|meeting)|a\s+(?:roll[- ]call\s+|recorded\s+|voice\s+)?vote|(?:a\s+)?roll[- ]call(?:\s+vote)?,?\s+(?:the\s+)?motion)\b)(?<=[.;!?]\s+)/g],
  // "… that the application be refused on the grounds of …, and on being put to the vote this was carried.": the verdict joined
  // to the motion's own sentence is none of its words either.
  [/\band\s+on\s+being\s+put\s+to\s+the\s+(?:vote|meeting)/, /(?<=[a-z)])(?=,?\s+and\s+on\s+being\s+put\s+to\s+the\s+(?:vote|meeting),?\s+(?:this|it|which|the\s+(?:motion|proposal|amendment))\s+was\s+(?:carried|lost|agreed|defeated|passed)\b)/g],
  [/(?:MOTION|Motion)\s+(?:WAS|was)/, /(?=(?:A\s+)?(?:MOTION|Motion)\s+(?:WAS|was)\s+(?:MADE|made)\s+(?:BY|by)\b)(?<=\S\s+)/g],
  // "Commissioner Pugh nominated Ms. Crane. Motion made by Commissioner Pugh to appoint …": after a sentence of the minutes, or
  // after an item's title that ends on its bracket ("… regarding food truck permits. (First Reading) Motion made by …"), or on
  // a word, a village's agenda line run into its motion ("… for Snow Removal Services Motion made by Trustee Baptiste, …").
  [/(?:MOTION|Motion)\s+(?:MADE|made)\s/, /(?=(?:MOTION|Motion)\s+(?:MADE|made)\s+(?:BY|by)\b)(?<=[.;!?)]\s+|[A-Za-z\d]\s+)(?<!\b(?:a|an|the|of|to|for|and|or|that|which|A|An|The)\s+)/g],
  // "… Seconded by Trustee Gorski. Voting Yea: Trustee Baptiste, … Voting Nay: None The motion carried.": an Illinois village's
  // roll call by its labels, and the verdict after the last name, each a line of its own as printed.
  [/Voting\s+(?:Yea|Nay|Aye|No|Present|Abstain)|(?:Yea|Nay|Aye|None|All)\s+The\s+motion\s/, /(?<=\S\s+)(?=Voting\s+(?:Yeas?|Nays?|Ayes?|No|Present|Abstain(?:ed|ing)?)\s*:)|(?<=\bVoting\s+(?:Yeas?|Nays?|Ayes?|No|Present|Abstain(?:ed|ing)?)\s*:[^.;:]{1,300}?\S\s+)(?=The\s+motion\s+(?:carried|failed|passed|was\s+(?:carried|defeated|adopted|lost|approved))\b)/g],
  // A Quebec town's "… be closed at 8:14 p.m. ADOPTED" the same, its verdict in capitals, a page run into one line.
  [/[Cc]arried|CARRIED|ADOPTED/, /(?=(?:(?:Unanimously|UNANIMOUSLY)\s+[Cc]arried|Carried|CARRIED|ADOPTED)\b)(?<=[.;!?"”]\s+)/g],
  // "… That the bench be replaced. Not carried (2 for, 4 against).": a parish's verdict against the motion, on its line.
  // In capitals it needs no stop after it: "… for further consideration." LOST Cr Street moved …", a page run into one line.
  [/Not\s+carried|NOT\s+CARRIED|Lost|LOST|Defeated|DEFEATED/, /(?=(?:Not\s+carried|Lost|Defeated)\b\s*(?:[.;(]|$)|(?:NOT\s+CARRIED|LOST|DEFEATED)\b)(?<=[.;!?"”]\s+)/g],
  [/[\"“](?:CARRIED|Carried|LOST|Lost|DEFEATED)[\"”]/, /(?=["“](?:CARRIED|Carried|LOST|Lost|DEFEATED)["”])(?<=\S\s+)/g],
  [/[\"“](?:CARRIED|Carried|LOST|Lost|DEFEATED)[\"”]/, /(?<=["“](?:CARRIED|Carried|LOST|Lost|DEFEATED)["”])\s+(?=\S)/g],
  // "MOTION CARRIED: To transfer …" is one label, and so are "AMENDMENT CARRIED" and "MAIN MOTION AS AMENDED CARRIED"; "The
  // amendment was CARRIED and became the motion." and "The motion as amended was put and CARRIED." are sentences with the
  // verdict in capitals.
  // "THE MOTION WAS PUT AND CARRIED" is one such sentence, all in capitals.
  [/CARRIED/, /(?=(?:Motion\s+)?CARRIED\b)(?<=\S\s+)(?<!(?:MOTION|AMENDMENT|AMENDED)\s+)(?<!\b(?:was|were|been|and|declared|duly|WAS|WERE|BEEN|AND|DECLARED|DULY)\s+)/g],
  // "… be approved for payment. ADOPTED 26-414 Moved by Councillor Dueck …": the verdict, then the next resolution's number and
  // its movers, a Canadian municipality's page run into one line; the number is no count of the vote.
  [/(?:ADOPTED|CARRIED|DEFEATED|LOST|Adopted|Carried|Defeated|Lost)\s+(?:\S+\s+){1,3}(?:Moved|MOVED|It\s+was\s+moved)\b/, /(?<=\b(?:ADOPTED|CARRIED|DEFEATED|LOST|Adopted|Carried|Defeated|Lost))\s+(?=(?:(?:Resolution|RESOLUTION|Motion|MOTION)\s+(?:(?:No|NO)\.?\s*)?)?\d{1,4}[-/]\d{1,4}\s+(?:Moved|MOVED|It\s+was\s+moved)\b)/g],
  // "… as published. Carried. R2025-142 P. Lavoie, J. Ortiz: That we award …": an Ontario township's next motion number after the
  // verdict, a page run into one line, or after any word where its two movers and their colon follow it.
  [/\s[A-Z]{1,3}\d{4}-\d{1,4}\s/, /(?<=\b(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST)\.\s+)(?=[A-Z]{1,3}\d{4}-\d{1,4}\s)|(?<=\S\s+)(?=[A-Z]{1,3}\d{4}-\d{1,4}\s+(?:[A-Z]\.\s?)?[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?)?[A-Z][\w’'-]+:)/g],
  // "The General Committee recommends: GC-2026-118 That … Attachment 1. GC-2026-119 That …": an Ontario committee report's
  // recommendation codes, each before its "That", a report run into one line: the code stands on a line of its own, as printed
  // (also where a hard-wrapped copy leaves it last on its line, its "That" on the next). After a comma the code is the report's
  // that an item's title names ("7.1 Fire Services Master Plan Update, FS-2027-04").
  [/[A-Z]{1,4}-\d{4}-\d{1,4}(?:\s+(?:That|THAT)\s|\s*$)/, /(?<=\S\s+)(?=[A-Z]{1,4}-\d{4}-\d{1,4}(?:\s+(?:That|THAT)\s|\s*$))(?<!\b(?:of|to|and|by|under|per|see|in)\s+|,\s+)/g],
  [/^[A-Z]{1,4}-\d{4}-\d{1,4}\s+(?:That|THAT)\s/, /(?<=^[A-Z]{1,4}-\d{4}-\d{1,4})\s+(?=(?:That|THAT)\s)/g],
  // Its lead-in "The General Committee recommends:" after the report's heading and date opens its own line too.
  [/\srecommends\s*:/, /(?<=\S\s+)(?=The\s+(?:[A-Z][\w’'&-]*\s+){0,4}(?:Committee|Board|Council|Cabinet|Panel|Commission)(?:\s+of\s+the\s+Whole)?\s+recommends\s*:)/g],
  // "… from 1 July 2026. 1. That the pensioner concessions remain unchanged. 1. That …": a list whose every item a word
  // processor numbered "1.", run into one line; each numbered "That" after the stop of the one before opens a clause.
  [/[.;]\s+\d{1,2}\.\s+(?:That|THAT)\s/, /(?<=[a-z\d%)][.;]\s+)(?=\d{1,2}\.\s+(?:That|THAT)\s)/g],
  // "Collins/Ngata LOST": a New Zealand motion's movers by slash, then the verdict against it.
  [/\/[A-Z][\w’'-]+\s+(?:LOST|Lost|DEFEATED|Defeated)\b/, /(?<=(?:^|\s)[A-Z][\w’'-]+\s*\/\s*[A-Z][\w’'-]+)\s+(?=(?:LOST|Lost|DEFEATED|Defeated)\b)/g],
  // "… Against: Councillor Grant Carried 3-1": a recorded vote's names, then the verdict that ends the paragraph.
  [/(?:Carried|Lost|Defeated)(?:\s+[\d/–-]+)?\.?\s*$/, /(?=(?:Carried|Lost|Defeated)(?:\s+\d{1,2}\s*[-–/]\s*\d{1,2})?\.?\s*$)(?<=\b(?:Against|Opposed|Nays?|Noes?|Abstain\w*)\s*:[^:]{1,160}[A-Za-z)]\s+)/g],
  // "… as recommended. MOTION" / "CARRIED BY THE FOLLOWING ROLL CALL VOTE:": a PDF's verdict label cut at the line's end.
  [/[.;]\s+MOTION\s*$/, /(?=MOTION\s*$)(?<=[.;]\s+)/g],
  // An Australian council's page run into one line: "… during public exhibition. MOTION Moved: Cr Petrakis …", "… a Councillor
  // workshop. LOST THE MOTION WAS PUT AND CARRIED": the heading over the movers after a stop, and the verdict on the amendment
  // before the sentence that puts the motion.
  [/(?:MOTION|AMENDMENT)\s+(?:Moved|MOVED)\b|(?:LOST|CARRIED|DEFEATED|WITHDRAWN)\s+THE\s/, /(?<=[.;]\s+)(?=(?:(?:FORESHADOWED|SUBSTANTIVE|PROCEDURAL)\s+)?(?:MOTION|AMENDMENT)\s+(?:Moved|MOVED)\b)|(?<=\b(?:LOST|CARRIED|DEFEATED|WITHDRAWN))\s+(?=THE\s+(?:(?:SUBSTANTIVE|ORIGINAL|AMENDED)\s+)?(?:MOTION|AMENDMENT)\b)/g],
  // "It was duly moved and seconded that the accounts be approved and this was carried unanimously.": the verdict on the motion's line.
  [/and\s+(?:this|which)\s+was\s+(?:\w+ly\s+)?(?:carried|passed)\b/, /(?=and\s+(?:this|which)\s+was\s+(?:\w+ly\s+)?(?:carried|passed)\b)(?<=\b(?:moved|proposed|motion)\b[^.;]{3,300}\s)/g],
  // "… until the March meeting. Failed 2-3.", "… as presented. 4-0, Director Lujan absent.": a verdict or a bare tally after the motion
  // ("Resolution No. 24-25-31, Declaring …" is a number).
  // "Treasurer to pay the hall hire of £30. Agreed.": a community council's task and its assent stay one line, read together;
  // so do a group's proposal and its assent ("The sub-group recommended awards to … . Agreed.").
  // Not inside brackets: a select board's "(Motion: Lapointe; Second: Reyes; 2-1, Ostrowski opposed)" is one aside.
  [/[.;]\s+(?:Failed|FAILED|Passed|PASSED|Defeated|DEFEATED|Lost|LOST|Agreed\.?\s*$|\d{1,2}\s*[-–]\s*\d)/, new RegExp(String.raw`(?=(?:Failed|FAILED|Passed|PASSED|Defeated|DEFEATED|Lost|LOST)\b|(?<!(?:^|[.:;]\s+)${TASK_OPENING}[^.;]*[.;]\s+)(?<!(?:^|[.:;]\s+)${PROPOSAL_OPENING}[^.;]*[.;]\s+)Agreed\.?\s*$|${SCORE}(?:[.,;]|$))(?<=[.;]\s+)(?<!\b(?:[Nn]os?|NOS?)\.\s+)(?<!\([^()]{1,160})`, 'g')],
  // "… for more signage. ACTION: KR.": the note of who acts, after the decision's sentence, is no part of it.
  // A planning commission's "B. General Plan Amendment – Housing Element Update ACTION: Commissioner Iwamoto moved, …": the label
  // in capitals after the item's title, a paragraph run into one line (not "FINAL ACTION:", its word before in capitals). An
  // action minute's "… $744,912. Council Action: Approved 5-0 …": the body's label after the staff recommendation's stop.
  [/(?:ACTION|Action)\s*:/, /(?=(?:(?:Council|COUNCIL|Board|BOARD|Commission|COMMISSION|Committee|COMMITTEE)\s+)?(?:ACTION|Action)\s*:)(?<=[.;]\s+)|(?=ACTION\s*:\s+[A-Z])(?<=[a-z\d)]\s+)/g],
  // A community council's "Proposed: A. Shearer  Seconded: M. Baird  Approved.": the verdict after the seconder's name, at
  // the line's end or before the next item's number where a page is run into one line.
  [/(?:Seconded|SECONDED)\b[^;]*\s(?:Approved|Agreed|Carried|APPROVED|AGREED|CARRIED)\.?\s*(?:$|\d{1,3}\.\s+[A-Z])/, /(?=(?:Approved|Agreed|Carried|APPROVED|AGREED|CARRIED)\.?\s*(?:$|\d{1,3}\.\s+[A-Z]))(?<=\b(?:Seconded|SECONDED)(?:\s*:\s*|\s+by\s+|\s+)[A-Z][^;]{1,40}?[.,]?\s+)(?<!\b(?:was|were|been|is|are|WAS|WERE)\s+)/g],
  // "It was proposed by M. Quinn and seconded by S. Devlin that £250 be given to the Youth Club. All agreed.": the assent after
  // the motion's sentence (after a task note, "Clerk to write. All agreed." stays one line, read together).
  [/[.;]\s+All\s+agreed\.?\s*$/, /(?=All\s+agreed\.?\s*$)(?<=\b(?:proposed|moved|seconded)\b[^]*[.;]\s+)/g],
  // New England town meetings: "… for fiscal year 2026. Seconded." and "VOTED: That the Town accept …. Declared passed by a 2/3
  // majority.": the seconding and the Moderator's declaration after the motion's words; a paragraph run together puts the vote
  // after them ("… to pass over the article. VOTED: Unanimously to pass over the article.").
  // "… for the purchase of a dump truck. Article 5 passed unanimously.": the article's verdict after its motion, the same.
  // A select board's "VOTED: To accept … (3-0) VOTED: To refer …" run into one line: each vote after the last one's tally, the
  // first after the heading's year.
  [/(?:\)|\d{4})\s+(?:VOTED|Voted)\s*:/, /(?<=\(\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)\s+|\b(?:19|20)\d\d\s+)(?=(?:VOTED|Voted)\s*:)/g],
  [/[.;]\s+(?:(?:Duly\s+)?(?:Seconded|SECONDED|Declared|DECLARED)\b|(?:VOTED|Voted)\s*:|(?:Article|ARTICLE)\s+\d)/, /(?=(?:(?:Duly\s+)?(?:Seconded|SECONDED)\.?\s*(?:$|(?=(?:VOTED|Voted)\s*:))|(?:Declared|DECLARED)\s+(?:passed|carried|adopted|lost|defeated|failed|PASSED|CARRIED|ADOPTED|LOST|DEFEATED)\b|(?:VOTED|Voted)\s*:|(?:Article|ARTICLE)\s+\d{1,3}[A-Za-z]?\s+(?:was\s+)?(?:passed|carried|adopted|failed|defeated|lost|PASSED|CARRIED|ADOPTED|FAILED|DEFEATED)\b))(?<=[.;]\s+)/g],
  // "Cllr Bates was proposed by Cllr Hunt and seconded by Cllr Akers. There being no other nominations, Cllr Bates was
  // elected Chairman": the election after its nomination.
  [/(?:There|there)\s+being\s+no/, /(?=There\s+being\s+no\s+(?:other|further)\s+nominations?\b)(?<=[.;]\s+)/g],
  // "… Seconded by Cllr. F. Nestor. A vote was called for and the result was as follows: For: 14 Against: 9 Abstain: 2 The
  // Cathaoirleach declared the motion carried.": an Irish council's vote after the movers, and the chair's verdict after the
  // count, a paragraph run into one line.
  [/A\s+(?:vote|division|roll\s+call)\s+was\s+(?:called|taken|held|requested)/, /(?=A\s+(?:vote|division|roll\s+call)\s+was\s+(?:called|taken|held|requested)\b)(?<=[.;]["”]?\s+)/g],
  [/declared\s+(?:the\s+)?(?:motion|amendment|resolution|proposal)/, /(?=The\s+(?:Cathaoirleach|Chair|Chairman|Chairperson|(?:Lord\s+)?Mayor|Leader|Convener|Provost|Presiding\s+Member)\s+declared\s+(?:the\s+)?(?:motion|amendment|resolution|proposal)\b)(?<=\S\s+)/g],
  // "Cllr. Keane proposed that … . This was seconded by Cllr. Walsh and agreed.": the seconding and assent after the proposal.
  [/\b(?:This|It)\s+was\s+(?:duly\s+)?seconded\b/, /(?=(?:This|It)\s+was\s+(?:duly\s+)?seconded\b)(?<=[.;]\s+)/g],
  // US short form: "… second by Council Member Hale. Motion carried 5-0."
  // "Councillor Quinn proposed that … . This was not seconded and fell.": the proposal's fate after it.
  // "… to the December 14 meeting; there was no second.": after a semicolon, in lower case.
  [/not\s+seconded|no\s+second/, /(?=(?:This|That|It|The\s+(?:motion|proposal|amendment|suggestion))\s+was\s+not\s+seconded\b|There\s+(?:was|being)\s+no\s+second(?:er)?\b|(?:The\s+motion\s+received|It\s+received)\s+no\s+second(?:er)?\b|No\s+second(?:er)?\s+was\s+(?:received|forthcoming|offered)\b)(?<=[.;]\s+)|(?=there\s+(?:was|being)\s+no\s+second(?:er)?\b)(?<=;\s+)/g],
  // "… on first reading; motion carried unanimously.": after a semicolon, in lower case too.
  // "… for further study. Motion to refer passed by majority vote.": the motion named by what it proposed.
  // "… to the Township Planning Commission for review. Motion died for lack of a second.": a motion's fate with no vote.
  // "… Nays: None. Motion declared carried.": an Illinois village's verdict, declared.
  // "… TO ACCEPT THE 2026 AUDIT AS PRESENTED. MOTION CARRIED 5-0.": the same in capitals, and "Motion Carried." in title case.
  // "… seconded by Mayor Lee. The substitute motion passed 4-1 …": the verdict on a motion named by its kind.
  [/[Mm]otion\s+(?:to\s+[a-z]+\s+(?:back\s+|over\s+)?)?(?:declared\s+)?(?:[Cc]arried|[Pp]assed|[Ff]ailed|[Ll]ost|[Dd]efeated|died|lapsed)|MOTION\s+(?:CARRIED|PASSED|FAILED|DEFEATED)/, /(?=Motion\s+(?:to\s+[a-z]+\s+(?:back\s+|over\s+)?)?(?:declared\s+)?(?:[Cc]arried|[Pp]assed|[Ff]ailed|[Ll]ost|[Dd]efeated|died|lapsed)\b)(?<=[.;!?]\s+)|(?=motion\s+(?:carried|passed|failed|lost|defeated)\b)(?<=;\s+)|(?=MOTION\s+(?:CARRIED|PASSED|FAILED|DEFEATED)\b)(?<=[.;!?]\s+)|(?=The\s+(?:substitute|amended|main|original)\s+motion\s+(?:carried|passed|failed)\b)(?<=[.;!?]\s+)/g],
  // A US city's page run into one line: "ORDINANCE NO. 2026-33 – AMENDING THE ZONING MAP FOR 1200 RIVER ROAD: Motion by Council
  // Member Coleman, …": the measure's heading in capitals and its colon, then the motion, which starts its own line.
  [/(?:ORDINANCE|RESOLUTION)\s+(?:NO\.\s*)?[\w-]*\d[\w-]*\s+[-–—]\s+[^:]{5,160}:\s+(?:Motion|MOTION)\s/, /(?<=(?:^|[.!?]\s+)(?:ORDINANCE|RESOLUTION)\s+(?:NO\.\s*)?[\w-]*\d[\w-]*\s+[-–—]\s+[A-Z][A-Z\d’'&,()\/. -]{4,160}:)\s+(?=(?:Motion|MOTION)\s+(?:to|by|made\s+by|TO|BY)\s)/g],
  // A select board's vote with its movers in brackets, "… Bagel Co. (Motion: Abbott; Second: Ferreira; 3-0) Motion to approve
  // the entertainment license … failed …": what follows the bracket is the next matter.
  [/[Mm]otion\s*:[^()]{2,80}\d\s*[-–]\s*\d[^()]{0,40}\)\s+[A-Z]/, /(?<=\((?:Motion|Moved|MOTION|MOVED)\s*:[^()]{2,80}\b\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?[^()]{0,40}\))\s+(?=[A-Z])/g],
  // "… CARRIED. 2. Kingswell Legion – Remembrance Day Thank You Received for information.": a correspondence item's number and
  // title, then its verdict at the line's end, a paragraph run into one line.
  [/[a-z]\s+Received\s+(?:for|as)\s+information\.?\s*$/, /(?<=(?:^|[.!?]\s+)(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s+[A-Z][^.;:]{3,150}[a-z])\s+(?=Received\s+(?:for|as)\s+information\.?\s*$)|(?<=[A-Za-z\d)][.!?]\s+)(?=\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.;:]{3,150}[a-z]\s+Received\s+(?:for|as)\s+information\.?\s*$)/g],
  // A Massachusetts board's "… to Hadley Hospitality Inc. (3-0) ANNUAL TOWN MEETING WARRANT Following discussion, …": the next
  // heading in capitals after the vote's count in brackets, a page run into one line.
  [/\d\)\s+[A-Z]{3,}/, new RegExp(String.raw`(?<=${TALLY_IN_BRACKETS}\s+)(?=[A-Z]{3,}[A-Z’']*(?:\s+[A-Z][A-Z’']+){0,5}(?:\s+[A-Z][a-z]|\s*$))`, 'g')],
  // A Massachusetts board's "… to the Conservation Commission for a term ending June 30, 2029. Voted 3-0.": the vote's count
  // after the motion's stop.
  [/[.;]\s+(?:Voted|VOTED)\s+\d/, new RegExp(String.raw`(?<=[A-Za-z\d)][.;]\s+)(?=(?:Voted|VOTED)\s+${SCORE}\.?\s*(?:$|[A-Z]))`, 'g')],
  // "Motion made by Commissioner Diaz to approve … . Motion seconded by Commissioner Webb.": the seconding after the motion's words.
  // "MOTION: Councilmember Ruiz moved to approve the Consent Agenda. SECOND: Councilmember Patel.": the seconder's label too.
  // Not after the mover's label and name alone ("Motion: Director Eberhardt; Second: Director Ames – to refer …"): one
  // line of names, the motion after them.
  [/[Ss]econd(?:ed)?\s+by|(?:SECOND|[Ss]econd)(?:ED|ed)?\s*:/, new RegExp(String.raw`(?=(?:The\s+)?(?:[Mm]otion\s+(?:was\s+)?)?[Ss]econd(?:ed)?\s+by\b|(?:SECOND|[Ss]econd)(?:ED|ed)?\s*:)(?<=[.;!?]\s+)(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Cllr|Cr)\.\s+)(?<!${MOVERS_BRACKET})(?<!(?:^|\s)(?:Motion|MOTION)\s*:\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*;\s+)`, 'g')],
  // Legistar: "... that this Resolution be Adopted. The motion carried by the following vote:", Irish "Proposed by …, seconded by
  // Cllr. Healy. The motion was unanimously adopted", an English parish's "…, seconded by Cllr Adams. The proposal was carried …"
  // "Cllr Barry proposed the motion which was seconded by Cllr Cronin. Following discussion the motion was agreed.": after the debate.
  // "… proposed the following motion: "That …" Following discussion the motion was withdrawn.": after a quoted motion too.
  [/(?:motion|amendment|proposal)\s/, /(?=(?:(?:After|Following)\s+(?:[\w-]+\s+){0,2}?(?:discussion|debate),?\s+)?(?:The|This|the)\s+(?:substantive\s+)?(?:motion|amendment|proposal)\s+(?:was\s+|having\s+been\s+)?(?:(?:then|duly|\w+ly)\s+)?(?:put\s+and\s+)?(?:carried|failed|passed|lost|died|lapsed|adopted|defeated|agreed|withdrawn|AGREED|CARRIED|WITHDRAWN|LOST|DEFEATED|ADOPTED|PASSED|FAILED)\b)(?<=[.;]["”’]?\s+)/g],
  // "… following exhibition. AMENDMENT Moved Cr Kelly …": an amendment's heading in capitals after the recommendation it changes.
  // eScribe's "… of the pilot. Amendment: Resolution #: 2026-011 Moved by: …": the amendment's own number before its movers.
  [/(?:AMENDMENT|Amendment)\s*:?\s+(?:Moved|MOVED|Proposed|PROPOSED|Resolution\s*#)/, /(?=(?:AMENDMENT|Amendment)\s*:?\s+(?:(?:Moved|MOVED|Proposed|PROPOSED)\b|Resolution\s*#))(?<=[.;!?]\s+)/g],
  [/^(?:AMENDMENT|Amendment)\s*:\s+Resolution\s*#/, /(?<=^(?:AMENDMENT|Amendment)\s*:)\s+(?=Resolution\s*#)/g],
  // "RESOLVED that … approved. Duly adopted by the following vote: AYES: …": the vote, not the clause.
  [/following\s+vote/, /(?=(?:[Dd]uly\s+|[Uu]nanimously\s+)?(?:[Aa]dopted|[Cc]arried|[Pp]assed|[Aa]pproved)\s+by\s+the\s+following\s+vote\b)(?<=[.;]\s+)/g],
  // "… that Mr Okonkwo be co-opted. A vote was taken: 9 for, 0 against, 1 abstention.": the count after the proposal.
  [/vote\s+(?:was|being)\s+taken/, /(?=(?:(?:A|The)\s+(?:(?:recorded|named|formal)\s+)?vote\s+was\s+(?:then\s+|duly\s+)?taken|(?:On|Upon)\s+a\s+vote\s+being\s+taken)\b)(?<=[.;]\s+)/g],
  // A Virginia board's "… seconded by Supervisor Tate. The vote was: Aye: …; Nay: …": the roll call's label after the motion.
  [/\sThe\s+vote\s+was\s*:/, /(?<=[a-z\d)][.;]\s+)(?=The\s+vote\s+was\s*:)/g],
  // "… be approved. The Chair thanked officers for their work.", "The Clerk will renew the policy", a community council's "The
  // Secretary will submit the objection by 20 November.": the meeting's narrative after the decision.
  [/The\s+(?:(?:Parish|Town)\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|Mayor|Leader|Clerk|Secretary|Treasurer|Chief\s+Executive|Convener|Cathaoirleach)\s/, /(?=The\s+(?:(?:Parish|Town)\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|Mayor|Leader|Clerk|Secretary|Treasurer|Chief\s+Executive|Convener|Cathaoirleach)\s+(?:thanked|said|stated|noted|reminded|informed|advised|welcomed|explained|asked|adjourned|closed|will|would|reported|confirmed)\b)(?<=[.;!?]\s+)/g],
  // "10.3 Resolution No. 2027-18 Authorizing … for Storm Drain Design Action: Adopted …": after an item's title with no stop too,
  // a paragraph joined into one line; not inside a label of more words ("Council Action:", "Recommended Action:") at a line's or
  // sentence's start (a title's last word before it is no label's: "… to the Housing Commission Action: Referred …").
  // "… (First Reading) Recommended Action: Approve …": an agenda's label of two words is one label wherever it stands, and
  // starts the line itself.
  [/(?:Recommended|Suggested|Proposed)\s+Action\s*:/, /(?<=[A-Za-z\d).;]\s+)(?=(?:Recommended|Suggested|Proposed)\s+Action\s*:)/g],
  [/Action\s*:/, /(?=Action\s*:)(?<=[.;!?]\s+|[A-Za-z\d)]\s+)(?<!\b(?:Recommended|Requested|Suggested|Proposed|Required)\s+)(?<!(?:^|[.;!?:]\s+|\b\d{1,2}(?:\.\d{1,2})*\.?\s+)(?:Council|Board|Commission|Committee|Final|Recommended|Requested|Staff|Proposed|Suggested|Required|Further|Corrective|Follow-?up|Agency|Commissioners?|Supervisors?|Trustees?|Legislative|Fiscal)\s+)/g],
  // "Planning Manager Ortiz presented three options. Council direction: Staff to take …": a work session's direction after the talk.
  [/[Dd]irection\s*:/, /(?=(?:(?:Council|Board|Commission|Committee)\s+[Dd]irection|Directions?\s+(?:to\s+[Ss]taff|given))\s*:)(?<=[.;!?]\s+)/g],
  // "… to adopt Resolution 2026-14. AYES: 5 NOES: 0": the roll call after the motion.
  // "… for the Town Hall roof. Ayes 5, Nays 0.": the count with no colon.
  // "… approving GPA-26-02 by the following vote: AYES: Supervisors …": after the vote's lead-in too.
  // A Michigan township's "… Clean-Up program. Yes - 6, No - 1 (Hadley). MOTION CARRIED.": the count by "Yes" and "No".
  [/(?:AYES|Ayes|YEAS|Yeas)\s*(?::|[-–]?\s*\d)|(?:Yes|YES)\s*[-–:]?\s*\d{1,2}\s*[,;]?\s*(?:No|NO)\s*[-–:]?\s*\d/, /(?=(?:AYES|Ayes|YEAS|Yeas)\s*(?::|[-–]?\s*\d)|(?:Yes|YES)\s*[-–:]?\s*\d{1,2}\s*[,;]?\s*(?:No|NO)\s*[-–:]?\s*\d)(?<=[.;]\s+|\bfollowing\s+(?:roll[- ]call\s+)?vote\s*:\s*)/g],
  // "… following the exhibition period. For: Clrs Matthews, O'Neill Against: Clr Parsons": a New South Wales record of voting run
  // on after the clause, each side its own line.
  [/(?:For|FOR)\s*:\s*(?:Cr|Cllr|Clr|Councill?or)/, /(?=(?:For|FOR)\s*:\s*(?:Crs?|Clrs?|Cllrs?|Councill?ors?)\b)(?<=[.;!?]\s+)|(?=(?:Against|AGAINST)\s*:)(?<=\b(?:For|FOR)\s*:\s*(?:Crs?|Clrs?|Cllrs?|Councill?ors?)\b[^.;:]{2,200}?[A-Za-z]\s+)/g],
  // "… in the amount of $1,284,600. Roll call: Ayes – Kowalski, Brandt. Nays – Pieper. Motion carried 5-1.": a labelled roll call.
  // "… Nays: None Resolution adopted. RESOLUTION 2027-062 REFERRING …", "CONSENT AGENDA RESOLUTION 2027-061 AUTHORIZING …": the next
  // measure's number in capitals after a stop or a section's heading, where a page ran into one line; in title case after a
  // stop, with its title worded as what it does ("… Adopted. Resolution 2026-215 Referring the Proposed …").
  [/(?:RESOLUTION|ORDINANCE|Resolution|Ordinance)\s+(?:NO\.?\s*|No\.?\s*)?\d/, /(?=(?:RESOLUTION|ORDINANCE)\s+(?:NO\.?\s*)?\d|(?<=[.;]\s+)(?:Resolution|Ordinance)\s+(?:No\.?\s*)?[\w-]*\d[\w-]*\s+[A-Z][a-z]+ing\b)(?<=[.;]\s+|\b(?:AGENDA|BUSINESS|ITEMS|READING|RESOLUTIONS|ORDINANCES|CALENDAR|HEARINGS?)\s+)(?<!(?:^|\s)(?:\d{1,3}(?:\.[\dA-Za-z]{1,2})*\.?|[A-Za-z])\.\s+)/g],
  // A New Jersey clerk's resolution block run into one line: "RESOLUTION 2027-061 AUTHORIZING … PROGRAM Offered by: Committeewoman
  // Grant   Seconded by: … ROLL CALL VOTE: Ayes: …   Nays: None Resolution adopted.": a label with its colon starts its own
  // line whatever stands before it, and so does the verdict after the roll call's last list.
  // "Resolution 2026-214 Authorizing … Small Balances Offered by Committeeman Ridgway, seconded by …": the label with no colon,
  // a member's title after it, where a paragraph ran the measure's title into it.
  [/(?:Offered|Introduced)\s+by\s/, new RegExp(String.raw`(?<=[A-Za-z\d)]\s+)(?=(?:Offered|Introduced)\s+by\s+(?:${CAP_TITLE})\.?\s+[A-Z])`, 'g')],
  [/(?:Offered|Introduced|OFFERED|INTRODUCED)\s+(?:by|BY)\s*:|ROLL\s+CALL\s+VOTE\s*:/, /(?<=\S\s+)(?=(?:(?:Offered|Introduced|OFFERED|INTRODUCED)\s+(?:by|BY)|ROLL\s+CALL\s+VOTE)\s*:)/g],
  [/(?:Nays?|NAYS?|Noes|NOES|Absent|ABSENT)\s*:/, /(?<=\b(?:Nays?|NAYS?|Noes|NOES|Absent|ABSENT|Abstain|ABSTAIN)\s*:\s*[^.;:]{1,120}?\s)(?=(?:The\s+)?(?:Resolution|Ordinance|RESOLUTION|ORDINANCE|Motion|MOTION)\s+(?:was\s+)?(?:declared\s+)?(?:adopted|ADOPTED|carried|CARRIED|passed|PASSED|failed|FAILED|defeated|DEFEATED)\b)/g],
  // An Illinois village's "… to approve Ordinance 2027-05. Upon roll call: Ayes: Boyd, Salas. Nays: None. Motion declared carried.".
  [/(?:Roll|ROLL|roll)\s+(?:[Cc]all|CALL)/, /(?=(?:(?:Upon|UPON|On|ON)\s+(?:a\s+|A\s+)?)?(?:Roll|ROLL|(?<=(?:Upon|UPON|On|ON)\s+(?:a\s+|A\s+)?)roll)\s+(?:[Cc]all|CALL)(?:\s+(?:[Vv]ote|VOTE))?\s*[:\-–])(?<=[.;]\s+)/g],
  [/seconded,?\s+and\s+the\s+motion/, /(?<=\bseconded,?\s+and\s+)(?=the\s+motion\s+(?:was\s+)?(?:carried|passed|failed|lost|defeated)\b)/g],
  // "Commissioner Reyes moved to approve the agreement, Commissioner Patel seconded, and the motion carried 5-0.": the seconder after
  // a comma ends the motion's words; "Cllr Moss proposed, Cllr Hale seconded, all in favour." has none to end.
  [new RegExp(String.raw`,\s+(?:${CAP_TITLE}|Director)\.?\s+[A-Z][\w’'-]+\s+seconded\b`), new RegExp(String.raw`(?=,\s+(?:${CAP_TITLE}|Director)\.?\s+[A-Z][\w’'-]+\s+seconded\b)(?<=\b(?:moved|${MADE_MOTION})\s+(?:to|that)\s[^.;]{3,240})`, 'g')],
  // "…; second by Commissioner Tate. Approved 5-0.": the verdict and its score after the seconder.
  [/[.;]\s+(?:Approved|Adopted|Passed|Carried)\s+\d/, /(?=(?:Approved|Adopted|Passed|Carried)\s+\d{1,2}\s*[-–]\s*\d{1,2}\b)(?<=[.;]\s+)/g],
  // "… to forward a favorable recommendation to the Town Council. Vote: 3-1 (Amato opposed).": the tally after the motion.
  // "… Selectman Kimball seconded. Vote 3-0.": the tally with no colon; "… as presented. VOTE: 5-0 (Ayes: …)" in capitals.
  // "… to the Finance and Audit Committee. Recorded Vote requested by Councillor Grant For: …": the request for a recorded vote.
  [/Recorded\s+[Vv]ote/, /(?=(?:A\s+)?Recorded\s+[Vv]ote\s+(?:was\s+)?(?:requested|called|taken)\b)(?<=[.;!?]\s+)/g],
  [/(?:[Vv]ote|VOTE)\s*(?::|\d)/, new RegExp(String.raw`(?=(?:(?:Roll[\s-]+call|Recorded|Voice|Voting)\s+)?(?:[Vv]ote|VOTE)\s*(?::|\d{1,2}\s*[-–]\s*\d))(?<=[.;!?]\s+)(?<!${MOVERS_BRACKET})`, 'g')],
  // A California school board's "… items F.1 through F.3. Student Board Member advisory vote: Aye.": the student's vote, which
  // counts for nothing, after the motion's words.
  [/(?:[Aa]dvisory|[Pp]referential)\s+[Vv]ote/, /(?=(?:(?:The\s+)?Student\s+(?:Board\s+)?(?:Member|Trustee|Representative|Director)['’]?s?\s+)?(?:[Aa]dvisory|[Pp]referential)\s+[Vv]ote\b)(?<=[.;!?]\s+)/g],
  // A school board's "Vote: 4-0-1 (Trustee Patel abstained)   Approved": the verdict printed after the tally, read as a line of its own.
  [new RegExp(String.raw`[Vv]ote\s*:?\s*\d[^]*\s${TALLY_VERDICT}\.?\s*$`), new RegExp(String.raw`(?=${TALLY_VERDICT}\.?\s*$)(?<=\b[Vv]ote\s*:?\s*${SCORE}(?:\s*\([^()]{1,80}\))?[.,;]?\s+)`, 'g')],
  // "The motion died for lack of a second. Following discussion, the item was continued to …": what the meeting did instead,
  // a sentence of its own after the motion's fate.
  [/(?:died|lapsed|failed)\s+for\s+(?:lack|want)\s+of\s+a\s+second/, /(?<=\b(?:died|lapsed|failed)\s+for\s+(?:lack|want)\s+of\s+a\s+second(?:er)?\.\s+)(?=[A-Z])/g],
  // "… Mr. Esposito seconded. So voted, unanimous.": a New England clerk's verdict after the motion.
  [/[Ss]o\s+voted|SO\s+VOTED/, /(?=(?:(?:Unanimously|UNANIMOUSLY)\s+)?(?:So\s+voted|SO\s+VOTED)\b)(?<=[.;!?]\s+)/g],
  // "… So voted, unanimous. Highway Garage Roof Discussion followed …", "… So voted 3-0. Transfer Station Hours …": the verdict ends
  // its item where a page is run into one line, before the next item's title.
  [/(?:So\s+voted|SO\s+VOTED)[^.]{0,20}\.\s+[A-Z]/, /(?<=\b(?:So\s+voted|SO\s+VOTED)(?:,?\s+(?:unanimous(?:ly)?|UNANIMOUS(?:LY)?)|\s+\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?)?\.)\s+(?=[A-Z])/g],
  // "… Payroll and Accounts Payable Mrs. Sirois moved to sign …": a member named by honorific moves after the item's title.
  [/(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w’'-]+\s+moved\s/, /(?<=[A-Za-z]\s+)(?<!\b(?:and|or|that|when|as|after|before|then|Chair|Chairman)\s+)(?=(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w’'-]+\s+moved\s+(?:to|that)\b)/g],
  // "… accept the quotation of £4,250. Clerk to place the order.": the task note after a decision, as an "Action:" line is.
  [/(?:Clerk|Chairman|Chair|Secretary|RFO)\s+to\s+[a-z]/, /(?=(?:The\s+)?(?:(?:Parish|Town|Deputy)\s+)?(?:Clerk|Chairman|Chair|Secretary|RFO)\s+to\s+[a-z]+)(?<=[.;!?]\s+)/g],
  // "… for the Ballo path. M. Reid to complete the application by 31 January.", "Cllr Hart to contact the school.", "M. Cowan
  // to organise.": a member's task.
  [/(?:[A-Z]\.\s?[A-Z][\w’'-]+|Cllrs?\.?\s+[A-Z][\w’'-]+)\s+to\s+[a-z]/, /(?=(?:[A-Z]\.\s?[A-Z][\w’'-]+|Cllrs?\.?\s+[A-Z][\w’'-]+)\s+to\s+[a-z]+(?:\s|[.;]?$))(?<=[.;!?]\s+)(?<!\b[A-Z]\.\s+)/g],
  // "(ii) Letter from Newry BID requesting additional street cleansing – Agreed that officers meet the BID to discuss.": a
  // matter, a dash, then the marker in title case and its clause, as a committee's correspondence lists them, each numbered.
  [/\s[-–—]\s+(?:Agreed|Resolved|Decided)\s+(?:that|to)\s/, /(?<=^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+[^.;:–—]{3,160}?\S\s+[-–—]\s+)(?=(?:Agreed|Resolved|Decided)\s+(?:that|to)\s)/g],
  // "The following Notice of Motion was submitted by Cllr T. Ó Riada: "That this Council calls on …"": the motion quoted after
  // the sentence that names it, a paragraph joined into one line.
  [/[Mm]otion\b[^:;"“]{0,120}:\s+["“‘](?:That|THAT)\s/, /(?<=\b[Mm]otion\b[^:;"“]{0,120}:\s+)(?=["“‘](?:That|THAT)\s)/g],
  // "… a pedestrian crossing at Ballyroe School." The motion was seconded by Cllr. Walsh and agreed.": a quoted motion and its
  // verdict run into one line.
  // "… evening service." The Notice of Motion was put to the meeting and declared CARRIED.": the same, the notice named whole.
  [/["”]\s+(?:The|This)\s+(?:motion|proposal|resolution|[Nn]otice\s+of\s+[Mm]otion)\s+was\b/, /(?<=[.!?]["”]\s+)(?=(?:The|This)\s+(?:motion|proposal|resolution|[Nn]otice\s+of\s+[Mm]otion)\s+was\b)/g],
  // "RESOLVED: That the application be REFUSED for the reason set out in the report. (Unanimous)": the vote in brackets under
  // the resolution, its paragraph joined into one line, is no part of the clause.
  [/[.;]\s+\((?:[Uu]nanimous|UNANIMOUS|[Ff]or\b|\d|[Nn]em|[Vv]oting\s*:)/, new RegExp(String.raw`(?<=[a-z\d)][.;]\s+)(?=${VOTE_IN_BRACKETS}(?:\s|$))`, 'g')],
  // "… set out in the report. (Unanimous) PL/46 APPEALS The Committee noted …", "(For 5, Against 3) PL/45 26/01244/FUL – …": an
  // English committee's vote in brackets under its resolution, then the next minute's reference, a page run into one line.
  [/\)\s+(?:[A-Z]{1,4}\/)?\d{1,4}\/?\d{0,4}\s+[A-Z\d]/, new RegExp(String.raw`(?<=${VOTE_IN_BRACKETS}\s+)(?=(?:[A-Z]{1,4}\/\d{1,4}|\d{1,4}\/\d{2,4})\s+[A-Z\d])`, 'g')],
  // "… alongside the Long Term Plan. The motion was put and declared CARRIED.": after the clause's own stop, unquoted (a New
  // South Wales council's "… be refused. The motion on being put was LOST." too).
  [/(?:The|This)\s+(?:motion|amendment|substantive\s+motion)\s+(?:was\s+(?:then\s+)?put|on\s+being\s+put)\b/, /(?<=[a-z\d)][.;]\s+)(?=(?:The|This)\s+(?:motion|amendment|substantive\s+motion)\s+(?:was\s+(?:then\s+)?put|on\s+being\s+put)\b)/g],
  // "… for a response. 3. Finance Resolved to approve payments …": a parish's marker in title case after the item's title.
  [/Resolved\s+(?:to|that)\s/, /(?=Resolved\s+(?:to|that)\s)(?<=\b[A-Z][a-z]+\s+)(?<!\b(?:It|Council|Committee|Board|Cabinet|Members|Panel|Authority|Executive|Trustees|Commission|Forum|Group|Assembly|and|And)\s+)/g],
  // "7. CONSENT AGENDA Councilmember Sandvik moved, seconded by …", "2. Consent Agenda Trustee Olsen moved to approve …": an
  // item's title at the line's start run into the member's motion under it.
  // A section's letter heads a title in capitals only ("G. CONSENT AGENDA Trustee Morrow moved …"): "J. Smith" is a name.
  // A Florida commission's "8.A. Resolution No. 2026-R-140 – A Resolution … for 22 Oak Street Commissioner Ruiz moved approval":
  // the item's letter after its section, and the stop of "No." inside the title. After a sentence's stop too, a page run into
  // one line ("… by unanimous vote. 7.b. RESOLUTION 2026-89, Establishing Fees … Council Member Holt moved …"). A Scottish
  // council's mover, then his seconder, then the verb ("8. REVENUE BUDGET 2031/32 Councillor Grant, seconded by Councillor
  // Baillie, moved:-"): the cut is before the mover, never after "seconded by".
  [new RegExp(String.raw`(?:^|[.!?]\s+)(?:\d{1,3}(?:\.(?:[A-Z\d]{1,2}|[a-h]))*\.|[A-Z]\.|(?:[A-Z]{1,4}\s)?\S+\/\d{1,4})\s+[A-Z](?:[^.;:]|(?<=\bNo)\.){2,160}?\s(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,?(?:\s+seconded\s+by\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,)?\s+(?:moved|proposed|${MADE_MOTION})\b`), new RegExp(String.raw`(?<=(?:^|[a-z\d)][.!?]\s+)(?:(?:\d{1,3}(?:\.(?:[A-Z\d]{1,2}|[a-h]))*\.|(?:[A-Z]{1,4}\s)?\S+\/\d{1,4})\s+[A-Z](?:[^.;:]|(?<=\bNo)\.){2,160}?|[A-Z]\.\s+(?:[A-Z][A-Z0-9 ,’'&/()–-]{2,80}?|(?:Ordinance|Resolution|Approval|Adoption|Award|Referral|Consideration)\b(?:[^.;:]|(?<=\bNo)\.){2,160}?))\s)(?<!\b(?:Council|Board|Deputy|Vice)\s+)(?<!\b(?:seconded|SECONDED)\s+(?:by|BY)\s+)(?=(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,?(?:\s+seconded\s+by\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+,)?\s+(?:moved|proposed|${MADE_MOTION})\b)`, 'g')],
  // "CONSENT AGENDA Motion by Bell, seconded by Cruz, to approve …", "… Designating the Official Newspaper Motion by Akers, …":
  // a flattened page's title run into the motion under it, no stop between.
  // A Michigan township's "… Guidelines Motion by Trustee X, supported by Trustee Y, to adopt …", a school board's "second by";
  // after the debate's last sentence too ("… discussed traffic impacts. Motion by Councilmember Lund, second by …"), and in
  // capitals after the last verdict ("… MOTION CARRIED. MOTION by Clerk Stanek, supported by Trustee Beaumont, to adopt …").
  // Not a Scottish item's title in capitals, "9. MOTION BY COUNCILLOR DOUGLAS MACRAE, SECONDED BY COUNCILLOR JEAN KERR".
  [/(?:Motion|MOTION)\s+(?:by|BY)\s[^;]{2,60}?\b(?:seconded|second|supported|SECONDED|SECOND|SUPPORTED)\s+(?:by|BY)\b/, /(?=(?:Motion|MOTION)\s+(?:by|BY)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*,?\s+(?:and\s+)?(?:seconded|second|supported|SECONDED|SECOND|SUPPORTED)\s+(?:by|BY)\b)(?<=[A-Za-z\d%)][.!?]?\s+)(?<!\b(?:Notices?|NOTICES?)\s+(?:of|OF)\s+)(?<!^\d{1,3}\.?\s+(?=MOTION\s))/g],
  // "G.1 Adopt Resolution No. 26-27-31, … Series 2027 It was moved by Member Patel, …": the motion's sentence after an item's
  // title, no stop between, a paragraph run into one line.
  [/\sIt\s+was\s+(?:duly\s+)?(?:moved|proposed)\b/, /(?<=[A-Za-z\d)][.!?]?\s+)(?=It\s+was\s+(?:duly\s+)?(?:moved|proposed)\b)/g],
  // "8.a. Downtown Parking Study Following discussion, Council directed staff …": an item's title in title case, then the
  // minute's sentence opened by its debate, a paragraph run into one line.
  [/(?:Following|After)\s+(?:\w+\s+){0,2}?(?:discussion|debate|deliberation)/, /(?<=(?:^|\s)(?:\d{1,3}(?:\.(?:\d{1,2}|[A-Ha-h]))*\.?|[A-H]\.(?:\d{1,2}\.?)?)\s+[A-Z][\w’'-]*,?(?:\s+(?:[A-Z][\w’'-]*,?|of|and|for|the|to|in|on|&|[-–])){0,14}\s)(?=(?:Following|After)\s+(?:\w+\s+){0,2}?(?:discussion|debate|deliberation)\b)/g],
  // "7. RESOLUTIONS 7.a. RESOLUTION 2027-41, …": a section's heading in capitals, then its first sub-item, a paragraph run into one line.
  [/^\d{1,3}\.\s+[A-Z]{2,}[^a-z]*?\s\d{1,3}\.[A-Za-h]\.\s/, /(?<=^\d{1,3}\.\s+[A-Z][A-Z0-9 ,’'&/()–-]{2,80}\s)(?=\d{1,3}\.[A-Za-h]\.\s+[A-Z])/g],
  // "… by unanimous vote. 7.b. RESOLUTION 2026-89, Establishing Fees …": a sub-item's number and letter after a sentence's stop.
  [/[.!?]\s+\d{1,3}\.[A-Za-h]\.\s+[A-Z]/, /(?=\d{1,3}\.[A-Za-h]\.\s+[A-Z])(?<=[a-z\d)][.!?]\s+)/g],
  // "7.a. RESOLUTION 2026-88, A Resolution Authorizing … Club Resolution 2026-88 was adopted on a motion by …": the measure's
  // verdict told after its title, no stop between.
  [/(?:Resolution|Ordinance|RESOLUTION|ORDINANCE)\s+(?:No\.?\s*)?[\w-]*\d[\w-]*\s+(?:was|were)\s/, /(?=(?:Resolution|Ordinance|RESOLUTION|ORDINANCE)\s+(?:No\.?\s*)?[\w-]*\d[\w-]*\s+(?:was|were)\s+(?:\w+ly\s+)?(?:adopted|approved|passed|introduced|tabled|continued|denied|defeated)\b)(?<=[a-z\d)]\s+)/g],
  // A town meeting's "VOTE: The motion to pass over failed. Main motion: Moved and seconded that the Town …": the motion put
  // once the motion to set it aside fell, a line of its own.
  [/(?:Main|MAIN|Substantive|SUBSTANTIVE)\s+(?:motion|MOTION)\s*:/, /(?=(?:Main|MAIN|Substantive|SUBSTANTIVE)\s+(?:motion|MOTION)\s*:)(?<=[.;!?]\s+)/g],
  // "The City Clerk read the ordinance by title. Motion by Council Member Diaz to approve …, seconded by …", "… read the
  // title. Motion to approve the minutes by Trustee Ames, second by …": the motion after the narrative, its words before its
  // seconder (Legistar's "… 10030. Motion to spread the invocation … by Council Member X." names none, and is procedure).
  [/[.!?]\s+(?:A\s+)?[Mm]otion\s+(?:to|by|made|was)\s/, /(?=(?:A\s+)?[Mm]otion\s+(?:(?:was\s+)?(?:made\s+)?by\s+(?:[A-Z][\w’'.-]*\s+){1,4}to|to)\s+[a-z]+\b(?:[^.;]|(?<=\b(?:No|NO|Nos))\.|;(?=\s+second)){0,200}?\bsecond(?:ed)?\b)(?<=[a-z\d)][.!?]\s+)(?<!^(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivx]{1,4})[.)]\s+)/g],
  // "Ayes: Ochs, Tran, Ruiz Nays: Bellamy Motion carried 4-1.": the verdict after a roll call's last name, no stop between.
  [/[A-Za-z]\s+Motion\s+(?:carried|passed|failed|CARRIED|PASSED|FAILED)\b/, /(?=Motion\s+(?:carried|passed|failed|CARRIED|PASSED|FAILED)\b)(?<=\b(?:Ayes?|AYES?|Nays?|NAYS?|Noes|NOES|Absent|ABSENT|Abstain|ABSTAIN)\s*:\s*[^.;:]{1,120}?[A-Za-z]\s+)/g],
  // "… in the high school library. II. APPROVAL OF AGENDA Motion made by …": a US board's item, its Roman number and its title in
  // capitals, after the sentence before in a page run into one line.
  [/[.!?]\s+[IVX]{1,5}\.\s+[A-Z]{3}/, /(?<=[a-z\d)][.!?]\s+)(?=[IVX]{1,5}\.\s+[A-Z][A-Z’']{2,}(?:\s+(?:[A-Z][A-Z’']+|&|[-–]))*\s+(?:[A-Z][a-z]|[A-Z]\.\s))/g],
  // "… subject to the conditions in Attachment 1. Division For: Councillors Pirelli, Tanaka …": a New South Wales division's
  // heading after the resolution it tallies, and its roll after the heading, each a line as printed.
  [/(?:Division|DIVISION)\s+(?:For|FOR)\s*:/, /(?<=[a-z\d)][.;]\s+|\b(?:Carried|CARRIED|Lost|LOST)\s+)(?=(?:Division|DIVISION)\s+(?:For|FOR)\s*:)|(?<=(?:^|\s)(?:Division|DIVISION))\s+(?=(?:For|FOR)\s*:)/g],
  // "Mayor Lowe called for a motion to adopt the plan. Councilmember Hill so moved, …": the member who moved what the chair
  // named, a line of its own after the chair's sentence.
  [/\sso\s+moved\b/, new RegExp(String.raw`(?<=[a-z\d)][.]\s+)(?=(?:${CAP_TITLE}|Director)\.?\s+(?:[A-Z][\w’'-]+\s+){1,2}so\s+moved\b)`, 'g')],
  // A Texas court's "… to extend the burn ban for 90 days. Commissioner Pct. 2 Delgado voting nay. Motion carried 4-1.": the
  // member who dissented, after the motion's stop, is no word of the motion.
  [/\s(?:voting|voted)\s+(?:nay|no|against)\b/, new RegExp(String.raw`(?<=[a-z\d)][.]\s+)(?=(?:${CAP_TITLE}|Director)\.?\s+(?:(?:Pct|Precinct|Dist|District)\.?\s*\d{1,2}\s+)?[A-Z][\w’'-]+\s+(?:voting|voted)\s+(?:nay|no|against)\b)`, 'g')],
  // A US commission's action minutes run into one paragraph: "… in the staff report. MOVED: Commissioner Ortega SECOND: …
  // VOTE: 5-1 (Commissioner Blake opposed) ACTION: Approved.": each field label in capitals after the field before.
  [/(?:MOVED|SECOND(?:ED)?|VOTE|ACTION)\s*:\s/, /(?<=[a-z\d][.]\s+|\)\s+|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+)(?=(?:MOVED|SECOND(?:ED)?|VOTE|ACTION)\s*:\s)/g],
  // "… Carried Division For: Crs Hutchins, Dalby, Marr Against: Crs Pell, Stroud 8.4 Audit and Risk Committee Report …": a
  // division's last name, then the next decimal item, a page run into one line; "… plus HST. Carried. 7.2 Correspondence …", a
  // bare verdict before it; a county board's roll call, "… NOES: Supervisor Whitfield 10. Appeal of …", its noes' last name.
  [/(?:Against|AGAINST|NOES|Noes|NAYS|Nays)\s*:|(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED)\.\s+\d/, /(?<=\b(?:Against|AGAINST)\s*:\s*(?:(?:Crs?|Cllrs?|Councill?ors?)\.?\s+)?[A-Z][\w’'-]+(?:,?\s+(?:and\s+)?[A-Z][\w’'-]+){0,8}\.?\s+|\b(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED)\.\s+)(?=\d{1,2}\.\d{1,2}\s+[A-Z])|(?<=\b(?:NOES|Noes|NAYS|Nays)\s*:\s*(?:(?:Supervisors?|Commissioners?|Trustees?|Directors?|Council\s*Members?|Councilmembers?)\s+)?[A-Z][\w’'-]+(?:,?\s+(?:and\s+)?[A-Z][\w’'-]+){0,8}\.?\s+)(?=\d{1,2}\.(?:\d{1,2}\.?)?\s+[A-Z][a-z])/g],
  // "… Surplus Vehicle Disposal (RPT-FIN-26-009) Motion Carried (7 to 0) 8.1 Waterfront Trail Extension …": an eScribe verdict and
  // its count in brackets stand between the motion and the next item's number, a page run into one line.
  [/(?:Motion|MOTION)\s+(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST|carried|defeated|lost)\s*\(/, /(?<=\b(?:Motion|MOTION)\s+(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST|carried|defeated|lost)\s*\(\d{1,2}\s+to\s+\d{1,2}\)\s+)(?=\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z])|(?<=\S\s+)(?=(?:Motion|MOTION)\s+(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST|carried|defeated|lost)\s*\(\d{1,2}\s+to\s+\d{1,2}\))/g],
  // "… which included: … d. Overnight field trip for the FFA chapter to the state convention Motion carried 5-0.": the verdict
  // after a consent list's last entry, which has no stop of its own.
  [/^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s.*\sMotion\s+(?:carried|passed|failed|CARRIED|PASSED|FAILED)\b/, /(?<=^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+[^.;:]{3,200}?[a-z\d)]\s+)(?=Motion\s+(?:carried|passed|failed|CARRIED|PASSED|FAILED)\b)/g],
  // "… Motion carried 4-0. B. Snow Removal Contract …": the verdict ends its motion, whatever follows in a flattened page (a
  // Nova Scotia council's "… MOTION CARRIED. 3.2 Paving Tender …" too).
  [/(?:[Mm]otion|MOTION)\s+(?:declared\s+)?(?:carried|passed|failed|CARRIED|PASSED|FAILED|DEFEATED)\b/, new RegExp(String.raw`(?<=\b(?:[Mm]otion|MOTION)\s+(?:declared\s+)?(?:carried|passed|failed|CARRIED|PASSED|FAILED|DEFEATED)(?:\s+${SCORE})?\.\s+)(?=[A-Z]|\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z])`, 'g')],
  // US minutes run the debate on after the motion: "… to approve staff's recommendation. Commissioner Ames said …",
  // "The Chairman CALLED THE QUESTION, and by a 4-0 vote …".
  // "First reading held. Councilor Lee moved to pass …": a motion after the narrative opens there too. A quotation may close
  // the sentence before it: "… to name the trail the "Hazel Creek Trail." Commissioner Pryor seconded.".
  [new RegExp(String.raw`[.;!?]["”’)]*\s+(?:${CAP_TITLE})\b`), new RegExp(String.raw`(?=(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+(?:,[^,.;]{1,80},)?\s+(?:said|stated|asked|noted|explained|commented|expressed|spoke|reported|questioned|suggested|seconded|moved|proposed|${MADE_MOTION})\b)(?<=[.;!?]["”’)]*\s+)`, 'g')],
  // A fire or water district's "1. MINUTES. Director Cole moved to approve …": a heading run into its motion; "… had failed
  // its pump test. After discussion, Director Whitlock moved to authorize …": the motion after the talk that led to it.
  // After a full stop only: "…; Director Liu seconded." stays with its motion, whose words end before it.
  // (The rule above takes the titles that stand first; this one those it has no room for.)
  [/[.!?]["”’)]*\s+(?:After|Following|Director)\s/, new RegExp(String.raw`(?=(?:(?:After|Following)\s[^.;,]{2,60},\s+)?(?:${CAP_TITLE}|Director)\.?\s+[A-Z][\w’'-]+\s+(?:seconded|moved|${MADE_MOTION})\b)(?<=[.!?]["”’)]*\s+)`, 'g')],
  // "… in the amount of $48,900. V. Lindqvist seconded. VOTE: 3-0-0.": a select board's members by initial and surname, or by
  // surname alone where the seconder's sentence is no more than that ("… General Store. Tilley seconded.").
  [new RegExp(String.raw`[.!?]\s+[A-Z][\w.’'-]*\s+(?:[A-Z][\w’'-]+\s+)?(?:seconded|moved|${MADE_MOTION})\b`), new RegExp(String.raw`(?=(?:[A-Z]\.\s?){1,2}[A-Z][\w’'-]+\s+(?:seconded|moved|${MADE_MOTION})\b|[A-Z][\w’'-]+\s+seconded\s*[.;,])(?<=[a-z\d)][.!?]\s+)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Cllr|Cr|Rev|Prof)\.\s+)`, 'g')],
  // "Balance £4,812.36. DM proposed that £250 be donated to the Gala, seconded AM. Agreed.": a community council's member by
  // initials, proposing after the report's figures.
  [/(?:proposed|moved)\s+(?:that|to)\s/, /(?=[A-Z]{2,3}\s+(?:proposed|moved)\s+(?:that|to)\s)(?<=[a-z\d)][.!?]\s+)/g],
  // "… for $42,500. All ayes. Motion carried.", "… as presented. All voting aye. Motion carried.": the vote after the motion's words.
  [/All\s+(?:ayes|in\s+favou?r|voted|(?:members\s+)?(?:present\s+)?voting)/, /(?=All\s+(?:ayes|in\s+favou?r|voted\s+(?:aye|yes|in\s+favou?r)|(?:members\s+)?(?:present\s+)?voting\s+(?:aye|yes))\b)(?<=[.;]\s+)/g],
  // "6.1 Award of contract for pool resurfacing to AquaTech Inc. in the amount of $96,400 Approved on consent.", "6.3 Second
  // reading of Ordinance 2026-09 … core Tabled.", "7.1 Request … series Council approved the request 4-1.": US action minutes
  // run into one line, each item's title then the verdict that was its own line.
  [/^\d{1,2}\.\d{1,2}\.?\s+[A-Z]/, /(?<=^\d{1,2}\.\d{1,2}\.?\s+[A-Z](?:[^.;:]|(?<=\b(?:Inc|Ltd|Co|No|St|Dr))\.|\.(?=\d)){5,200}?[a-z0-9)]\s+)(?=(?:Approved|Adopted|Accepted|Tabled|Continued|Denied|Received(?:\s+and\s+filed)?)(?:\s+(?:on\s+consent|as\s+(?:recommended|presented|amended|submitted)|unanimously))?\.(?:\s*\(\d{1,2}\s*-\s*\d{1,2}\))?(?=\s*$|\s+\d{1,2}\.(?:\d{1,2}\.?)?\s+[A-Z])|(?<!\b(?:The|City)\s+)(?:(?:The|City)\s+)?(?:Council|Board|Commission)\s+(?:unanimously\s+)?(?:approved|adopted|denied|tabled|accepted|continued)\b|Motion\s+to\s+[a-z]+\b[^.;]*\b(?:carried|passed|failed)\b)/g],
  // "9. Resolution No. 2027-142 approving the Sierra Alta Wildfire Mitigation Plan On motion of Supervisor Bell, seconded by …":
  // a county board's numbered item, its title worded in sentence case, then the motion that disposed of it, a paragraph run on.
  [/\s(?:On|Upon)\s+(?:a\s+|the\s+)?motion\s+(?:of|by)\s/, /(?<=^(?:\d{1,3}[.)]|[A-Z][.)]|\d{1,2}\.\d{1,2}\.?)\s+[A-Z](?:[^.;:]|(?<=\b(?:No|Nos|Inc|Co|St))\.){8,200}?[a-zA-Z\d)]\s+)(?=(?:On|Upon)\s+(?:a\s+|the\s+)?motion\s+(?:of|by)\s+[A-Z])/g],
  // "… for three years. 5 in favour, 1 abstention.", "… be approved. 6 for, 2 against.": a parish's count after the clause's stop.
  // Not inside the movers' bracket: "(proposed Cllr Patel, seconded Cllr Woods; 4 for, 1 abstention)".
  [/\d{1,2}\s+(?:in\s+favou?r|for)\s*,/, /(?=\d{1,2}\s+(?:in\s+favou?r|for)\s*,\s*\d{1,2}\s+(?:against|abstentions?|abstained|abstaining)\b)(?<=[a-z)][.;]\s+)(?<!\([^()]{1,160})/g],
  // "a. Snow Removal Contract - Trustee Marsh moved, Trustee Lund seconded to award …": an agenda row's title, a dash, then its motion.
  // "… Historical Society, December 6 – Motion by Kimball, second by Barros, to approve.": the motion after a dash, its movers first.
  [/\s[-–—]\s+[A-Z]/, new RegExp(String.raw`(?=(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+(?:moved|${MADE_MOTION})\b|(?:Motion|MOTION)\s+(?:by|BY)\s+[A-Z][^,.;–—-]{1,60},\s+(?:second|SECOND))(?<=\S\s+[-–—]\s+)`, 'g')],
  // "… from the Cable TV Fund. Glenn Rice suggested the figure be raised": a speaker named without a title.
  [/\b(?:said|stated|asked|explained|commented|suggested|questioned|expressed|spoke|reported|responded|replied|advised)\b/, /(?=[A-Z][a-z]+\s+(?:[A-Z]\.\s*)?[A-Z][\w’'-]+\s+(?:said|stated|asked|explained|commented|suggested|questioned|expressed|spoke|reported|responded|replied|advised)\b)(?<=[.;!?]\s+)/g],
  [/(?:CALLED|called)\s+(?:THE\s+QUESTION|the\s+question)/, /(?=The\s+(?:Chair|Chairman|Chairperson|Chairwoman|Mayor|President)\s+(?:CALLED|called)\s+(?:THE\s+QUESTION|the\s+question)\b)(?<=[.;!?]\s+)/g],
  // "… closed the hearing at 10:31 a.m. Upon motion by Supervisor Ortega, seconded by …, the Board adopted …": the motion
  // after the narrative opens its own line; after a sentence's stop so does "… be accepted. Upon a motion duly made and
  // seconded, it was unanimously RESOLVED to …", the next decision's opening phrase; "AGENDA ITEM 12 – HOMELESS SERVICES
  // CONTRACTS On motion of Supervisor Lee, …": the motion after an item's title in capitals, a paragraph run into one line ("ON
  // MOTION of Supervisor Kim, …", in capitals, too).
  [/(?:Upon|On|UPON|ON)\s+(?:a\s+|the\s+)?(?:motion|MOTION)/, /(?=(?:Upon|On|UPON|ON)\s+(?:a\s+)?(?:motion|MOTION)\s+(?:of|by|OF|BY)\b)(?<=[.;!?]\s+|\b[A-Z]{3,}\s+)|(?=(?:On|Upon)\s+(?:a\s+|the\s+)?motion\s+(?:duly\s+)?(?:made|moved|of|by)\b)(?<=[a-z\d)][.!?]\s+)/g],
  // A New Zealand committee's "7.1 Water Services Delivery Plan Update Moved Cr Kingi / Seconded Cr Lowe That …", a Northern
  // Irish one's "… Festival Fund Proposed by Councillor Hamill Seconded by …": the movers' label after the item's title, a
  // paragraph run into one line; "… Ltd. CARRIED Cr Marsh voted against.": the member's dissent after the verdict.
  [/(?:Moved|MOVED|Proposed|PROPOSED)\b/, /(?=(?:Moved|MOVED|Proposed|PROPOSED)\s*:?\s*(?:by\s+|BY\s+)?(?:Cr|Cllr|Clr|Councill?or|Member|Mayor|Deputy\s+Mayor|Chair(?:person)?|Trustee|Director|Commissioner|Alderman|Mr|Mrs|Ms|Dr)\b)(?<=[A-Za-z\d),]\s+)(?<!\b(?:was|were|and|It|it)\s+)/g],
  [/(?:CARRIED|Carried|LOST|Lost)\s+(?:Cr|Cllr|Councill?or|Member|Mayor)\s/, /(?<=\b(?:CARRIED|Carried|LOST|Lost)\s+)(?=(?:Cr|Cllr|Councill?or|Member|Mayor)\s+[A-Z])/g],
  // "… 3.9 per cent. Amendment moved by Councillor Pryce, …: That … Amendment LOST on a recorded vote (3 for, 6 against). Main
  // motion CARRIED …": the amendment and each verdict after a stop start lines of their own, as printed; so does a Scottish
  // council's "Amendment Councillor Orr, seconded by Councillor Paton, moved as an amendment …", its heading over the movers.
  [/[.;)]\s+(?:Amendment|AMENDMENT|Main\s+motion|MAIN\s+MOTION|Substantive\s+motion)\s/, /(?<=[a-z\d)][.;)]\s+)(?=(?:Amendment|AMENDMENT|Main\s+motion|MAIN\s+MOTION|Substantive\s+motion)\s+(?:moved|MOVED|proposed|PROPOSED|LOST|[Ll]ost|CARRIED|[Cc]arried|DEFEATED|[Dd]efeated|FAILED|[Ff]ailed|was|WAS|as\s+amended|(?<=Amendment\s+)(?:Councill?or|Cllr|Bailie|Provost)\s+[A-Z][\w’'-]+,\s+seconded)\b)/g],
  // "Amendment Councillor Abbott, seconded by Councillor Burns, moved as an amendment …", "Motion Councillor Wallace, …": the
  // heading stands over its movers as printed, no word of the mover's name.
  [/^(?:Amendment|AMENDMENT|Motion|MOTION)\s+(?:Councill?or|Cllr|Bailie|Provost)\s/, /(?<=^(?:Amendment|AMENDMENT|Motion|MOTION)\s+)(?=(?:Councill?or|Cllr|Bailie|Provost)\s+[A-Z][\w’'-]+,\s+seconded\b)/g],
  // "(b) the draft budget for 2027/28 was discussed and it was resolved to set the precept at £18,200.": the decision after
  // what was discussed, its own line as "It was resolved …" after a stop is.
  [/\sand\s+it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|RESOLVED|AGREED)\s/, /(?<=\b(?:was|were)\s+(?:\w+ly\s+)?(?:discussed|considered|debated|reviewed)\b,?\s+)(?=and\s+it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|RESOLVED|AGREED)\s+(?:to|that|TO|THAT)\s)/g],
  // "26/112 Christmas Market / Marchnad Nadolig It was resolved to close …": the decision after a title, no stop between.
  // "26/113 Grants / Grantiau Resolved: to award …" the same, the marker and its colon; "… traffic order. Penderfynwyd cau …":
  // a Welsh council's copy of the decision in Welsh after the English, a line of its own as printed; after a title too ("3. Cyllid /
  // Finance Penderfynwyd talu'r …"), the word capitalised only where it opens the decision.
  [/It\s+was\s+(?:unanimously\s+)?(?:resolved|RESOLVED|agreed|AGREED)|(?:Resolved|RESOLVED)\s*:|Penderfynwyd|PENDERFYNWYD|Cytunwyd|CYTUNWYD/, /(?=It\s+was\s+(?:unanimously\s+)?(?:resolved|RESOLVED|agreed|AGREED)\s+(?:to|that|TO|THAT)\b|(?:Resolved|RESOLVED)\s*:\s)(?<=[A-Za-z]\s+)|(?=(?:Penderfynwyd|PENDERFYNWYD|Cytunwyd|CYTUNWYD)\s)(?<=\S\s+)(?<!\/\s*)/g],
  // A British Columbia board's "4.1 Trails Society – Request for Funding Ms. H. Park presented … trail. It was MOVED and SECONDED
  // That …": the motion after the narrative or the title, a paragraph run into one line.
  // Its resolution's number may stand before the movers ("… (1450 Harbour Crescent) R26/412 It was Moved and Seconded THAT …"):
  // the cut comes before the number, and the motion after "Seconded" starts a line of its own.
  [/It\s+was\s+(?:duly\s+)?(?:moved|Moved|MOVED|proposed|Proposed|PROPOSED)\s+(?:and|AND)\s+(?:seconded|Seconded|SECONDED)/, new RegExp(String.raw`(?=(?:${RESOLUTION_NO})?It\s+was\s+(?:duly\s+)?(?:moved|Moved|MOVED|proposed|Proposed|PROPOSED)\s+(?:and|AND)\s+(?:seconded|Seconded|SECONDED)\b)(?<=[A-Za-z0-9.;!?)]\s+)(?<!${RESOLUTION_NO})|(?<=\bIt\s+was\s+(?:duly\s+)?(?:moved|Moved|MOVED|proposed|Proposed|PROPOSED)\s+(?:and|AND)\s+(?:seconded|Seconded|SECONDED))\s+(?=(?:THAT|That)\s)`, 'g')],
  // A select board's "… Ms. Fairbanks seconded. VOTE: 4-0-0. The Board discussed Article 7 …": the tally ends its motion, and the
  // sentence after it is the minute going on.
  [/(?:VOTE|Vote)\s*:\s*\d/, new RegExp(String.raw`(?<=\b(?:VOTE|Vote)\s*:\s*${SCORE}\.\s+)(?=[A-Z][a-z]*\s)`, 'g')],
  // "… to approve the raffle permit. Vote 3-0. Tax rate setting – The Board voted …": a bare tally the same, its label with no
  // colon at a sentence's start, and whatever opens the next topic after it.
  [new RegExp(String.raw`(?:Vote|VOTE)\s*:?\s*${SCORE}\.\s+[A-Z]`), new RegExp(String.raw`(?<=(?:^|[.;]\s+)(?:Vote|VOTE)\s*:?\s*${SCORE}\.)\s+(?=[A-Z])`, 'g')],
  // BoardDocs' vote results, a table row whose bars the cleaning took: "Original Motion Member Woodley Moved, Member Barbur
  // seconded to approve the Original motion '…'. Upon a Roll-Call Vote … Nay: 0. The motion Carried 6 - 0 Scott Monsees Yes …":
  // the motion's kind, the motion and its verdict each a line of their own, the roll call after them.
  [/^(?:Original|Amended|Substitute)\s+Motion\s|[.;]\s+The\s+motion\s+(?:Carried|Failed|Passed)\s+\d/, /(?<=^(?:Original|Amended|Substitute)\s+Motion)\s+(?=(?:Member|Trustee|Director|Commissioner|Councilmember|Council\s+Member|Mr|Mrs|Ms|Dr)\.?\s)|(?<=[.;]\s+)(?=The\s+motion\s+(?:Carried|Failed|Passed)\s+\d)|(?<=\bThe\s+motion\s+(?:Carried|Failed|Passed)\s+\d{1,2}\s*-\s*\d{1,2})\s+(?=[A-Z])/g],
  // A Welsh community council's decision in both languages on one line: "Penderfynwyd talu'r uchod. / Resolved to pay the
  // above.", "Cytunwyd i'r Clerc ymateb … / Agreed that the Clerk respond …": the English half starts a line of its own (and the
  // Welsh half, where it reads as a decision too, is dropped as its copy).
  [/[.!?]\s+\/\s+(?:Resolved|RESOLVED|Agreed|AGREED|It\s+was)\b/, /(?<=[.!?])\s+(?=\/\s+(?:Resolved|RESOLVED|Agreed|AGREED|It\s+was\s+(?:resolved|agreed))\b)/g],
  // A parish's planning list: "26/01512/FUL – Land at Church Farm – erection of 4 dwellings: The Council OBJECTS on the grounds
  // of …": the application, its colon, then the council's answer as a sentence of its own.
  [new RegExp(String.raw`^${APPLICATION_REF}\b[^:]{3,200}:\s+(?:The|Members|Councillors)\s`), new RegExp(String.raw`(?<=^${APPLICATION_REF}\b[^:]{3,200}:)\s+(?=(?:The\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:Council|Committee|CC)|Members|Councillors)\s)`, 'g')],
  // A Scottish minute's verdict and decision in one sentence: "The motion was accordingly carried and the Committee resolved:-"
  // over the list it resolved: the body's marker starts a line of its own, as it does when printed apart.
  [/carried\s+and\s+the\s/i, new RegExp(String.raw`(?<=\b(?:carried|CARRIED)\s+and)\s+(?=the\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:resolved|agreed|RESOLVED|AGREED)\s*[:\-–—]+)`, 'g')],
  // A Quebec town's resolution run into one paragraph: "… for tenders; WHEREAS three tenders were received; It is proposed by
  // …, seconded by … and resolved by majority THAT the contract be awarded …; THAT the Director General be authorized …":
  // each recital, the movers' sentence and each operative clause after a semicolon start lines, as printed; so does each "TO
  // award …; TO authorize …" of a resolution printed in the infinitive.
  [/;\s+(?:WHEREAS|THAT|TO|It\s+is\s+(?:proposed|moved))\b/, /(?<=;\s+)(?=(?:WHEREAS|THAT|It\s+is\s+(?:proposed|moved)\s+by)\b|TO\s+[a-z]{3,}\s)/g],
  // "… on behalf of the Town. Councillor Richer votes against.": a member's dissent after the clause is none of its words.
  [/\.\s+(?:Councillor|Council\s+Member|Councilmember|Commissioner|Trustee|Alderman|Cr|Cllr)\.?\s+[A-Z][\w’'-]+\s+vot(?:es|ed)\s+against\b/, /(?<=[a-z)]\.\s+)(?=(?:Councillor|Council\s+Member|Councilmember|Commissioner|Trustee|Alderman|Cr|Cllr)\.?\s+[A-Z][\w’'-]+\s+vot(?:es|ed)\s+against\b)/g],
  // A New Zealand committee's page run into one line: "… Hearing Deliberations Resolved That the Strategy and Policy Committee:
  // 1 Receives the report …; 2 Adopts the Plan …; 3 Recommends that Council … changes. Crs Te Awe / Hollis CARRIED": the marker
  // after the title, each bare number before its verb in the present after the colon or semicolon, and the movers by slash
  // after the last clause's stop ("… be adopted. Thompson/Reweti CARRIED" with no title before them, or LOST; "… – March 2026".
  // Jamieson/Fa'afoi" after a quoted title; a community board's appointed member first, "… Annual Plan. Ms Kereama/Cr Mahuta
  // CARRIED"). After a stop the list goes on at "2 Endorses …" once "1 Receives …" opened it. A Western Australian council
  // prints the verbs in capitals: "… that Council: 1 ACCEPTS the tender …; 2 AUTHORISES the Chief Executive Officer …".
  [/(?:Resolved|RESOLVED)\s+(?:That|THAT)\s|[:;]\s+\d{1,2}\s+(?:[A-Z][a-z]+s|[A-Z]{3,}S)\s|[.;]\s+(?:(?:Crs?|Mr|Mrs|Ms|Miss|Dr|Member)\.?\s+[A-Z]|[A-Z][A-Za-z’'-]{2,}\/[A-Z])/, /(?<=[A-Za-z]\s+)(?<!\b(?:was|were|been|be|and|it|It|is|has|have|IT|WAS|AND|FURTHER|Further|further|ALSO|also)\s+)(?=(?:Resolved|RESOLVED)\s+(?:That|THAT)\s)|(?<=[:;]\s+)(?=\d{1,2}\s+(?:[A-Z][a-z]+s|[A-Z]{3,}S)\s)|(?<=:\s+1\s+(?:[A-Z][a-z]+s|[A-Z]{3,}S)\b.*?[a-z)"”][.;]["”]?\s+)(?=[2-9]\s+(?:[A-Z][a-z]+s|[A-Z]{3,}S)\s)|(?<=[a-z\d)%]["”]?[.;]\s+)(?=(?:Crs?\.?\s+(?:(?:Te|De|Di|Van|Le)\s+)?[A-Z][\w’'-]+\s*\/\s*(?:(?:Te|De|Di|Van|Le)\s+)?[A-Z][\w’'-]+|[A-Z][A-Za-z’'-]{1,}[a-z]\/[A-Z][A-Za-z’'-]{1,}[a-z](?:\s+(?:CARRIED|Carried|LOST|Lost)\b|\s*$)|(?:Mr|Mrs|Ms|Miss|Dr|Member)\.?\s+[A-Z][\w’'-]+\s*\/\s*(?:(?:Crs?|Mr|Mrs|Ms|Miss|Dr|Member)\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:CARRIED|Carried|LOST|Lost)\b|\s*$)))/g],
  // "LCS 43/26 Minutes of the Sports Forum Resolved – That the minutes …": a Northern Irish or English minute's marker, its dash or
  // colon before "That", after the title in a paragraph joined into one line (not after the movers' "and", nor a body's name);
  // after a sentence's stop before "that" too ("… by a fallen tree. Resolved – that the clerk write to …").
  [/(?:Resolved|RESOLVED)\s*[-–—:]+\s*(?:That|THAT|that)\s/, /(?<=[a-z\d)][.]\s+)(?=(?:Resolved|RESOLVED)\s*[-–—:]+\s*that\s)|(?<=[A-Za-z]\s+)(?<!\b(?:was|were|been|be|and|it|It|is|has|have|IT|WAS|AND|FURTHER|Further|further|ALSO|also|unanimously|Unanimously|duly|Committee|Council|Board|Cabinet|Panel|Sub-Committee|Subcommittee|Members|Group|COMMITTEE|COUNCIL|BOARD|CABINET)\s+)(?=(?:Resolved|RESOLVED)\s*[-–—:]+\s*(?:That|THAT)\s)/g],
  // A Toronto item page run into one line: "… – Final Report Council Decision City Council on October 21, 2026, adopted the
  // following: …" (or "… Final Report Decision Type: City Council Decision City Council on …"), "… November 18, 2026.
  // Committee Recommendations The Planning and Housing Committee recommends that: …", and the next item's code after a stop or
  // the page's date ("… 2026. EX18.9 - Renewal of …", "Meeting Date: …, June 24, 2026 CC14.2 - Ravine …"): each heading starts
  // a line, and so does the sentence under it.
  [/Decision\s+City\s+Council\s+on\s/, /(?<=[A-Za-z0-9.;!?)]\s+)(?=(?:City\s+)?(?:Council|Committee)\s+Decision\s+City\s+Council\s+on\s)(?<!\bCity\s+)|(?<=[a-z]\s+)(?=Decision\s+Type\s*:\s*(?:City\s+)?(?:Council|Committee)\s+Decision\s+City\s+Council\s+on\s)|(?<=\b(?:Council|Committee)\s+Decision)\s+(?=City\s+Council\s+on\s)/g],
  [/Committee\s+Recommendations\s+The\s/, /(?<=[a-z0-9)][.!?]\s+)(?=Committee\s+Recommendations\s+The\s)|(?<=\bCommittee\s+Recommendations)\s+(?=The\s+[^.;:]{3,80}?\s+recommends\s+that\b)/g],
  [/\s[A-Z]{2}\d{1,2}\.\d{1,2}\s+-\s+[A-Z]/, /(?<=[a-z0-9)][.!?]\s+|\b(?:19|20)\d\d\s+)(?=[A-Z]{2}\d{1,2}\.\d{1,2}\s+-\s+[A-Z])/g],
  // A Scottish board's "Item 5 – 2025/26 Budget The Chief Finance Officer presented the report. Decision The IJB: 1. …": the
  // "Decision" heading run in between the narrative and the board's shared subject; not cut from that subject where bullets
  // follow it ("DECISION: The Integration Joint Board • noted …; • approved …"), the list's lead-in whole. A Scottish planning
  // committee's "… a site visit. Decision The committee agreed to …" names itself in lower case.
  [/(?:Decision|DECISION)s?\s*:?\s+The\s/, new RegExp(String.raw`(?=(?:Decision|DECISION)s?\s*:?\s+The\s+(?:[A-Z][\w’'&-]*\s+){0,4}?${DECISION_SUBJECT}\b)(?<=[A-Za-z0-9.;!?)]\s+)(?<!\b(?:the|a|this|that|its|of|and|to)\s+)|(?<=\b(?:Decision|DECISION)s?\s*:?\s+)(?=The\s+(?:[A-Z][\w’'&-]*\s+){0,4}?${DECISION_SUBJECT}\b)(?!The\s+(?:[A-Z][\w’'&-]*\s+){0,4}?${DECISION_SUBJECT}\s+[•▪●◦·]\s)`, 'g')],
  // "Decision The IJB: - noted the performance report; - requested a development session …": a list of dashes run into one line
  // after its lead-in's colon, each item in lower case after the one before's semicolon.
  // A Markdown bullet holding the rest of the list ("- approved …; - agreed to …; and - requested …") the same, its own dash gone.
  // An NHS board's "The Board: • NOTED the report; • APPROVED the revised scheme …; ▪ REFERRED …": its verbs in capitals, the
  // lead-in cut from the narrative before it ("… presented the framework. The Board: ▪ REVIEWED …", "… blocks. Board members:
  // • Approved …"). A Welsh council's "It was
  // resolved:– • To note …; • To approve …", its lead-in's colon followed by a dash, or a dash alone.
  [new RegExp(String.raw`(?:${LIST_LEAD}\s+${INLINE_BULLET}\s+|^${INLINE_BULLET}?\s*)${BULLETED}[^;]*;\s+(?:and\s+)?${INLINE_BULLET}\s+${BULLETED}`), new RegExp(String.raw`(?<=${LIST_LEAD}\s+)(?=${INLINE_BULLET}\s+${BULLETED})|(?<=(?:${LIST_LEAD}\s+${INLINE_BULLET}\s+|^)${BULLETED}.*;\s+(?:and\s+)?)(?=${INLINE_BULLET}\s+${BULLETED})|(?<=[a-z)][.!?]\s+)(?=(?:(?:After|Following)\s+[^,.;:]{2,80},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:${SUBJECT_BODY})(?:\s+[Mm]embers)?\s*:\s+${INLINE_BULLET}\s)`, 'g')],
  // "… forecast a gap of £3.1m. The IJB:" over "· noted …": the list's shared subject at the line's end, after the narrative's
  // stop, a hard-wrapped paragraph joined again with its bullets on lines of their own; "… presented the paper. After
  // discussion the Board:" with the debate before it.
  [/[.!?]\s+(?:(?:After|Following)\s[^.;:]{2,60}\s)?(?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}\s*:[-–—]?\s*$/, new RegExp(String.raw`(?<=[a-z\d)][.!?]\s+)(?=(?:${DEBATE_DONE})?(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:${SUBJECT_BODY})\s*:[-–—]?\s*$)`, 'g')],
  // "HWB/26/32 Joint Local Health and Wellbeing Strategy Refresh Agreed:" over "• the refreshed Strategy be endorsed …": an
  // item's reference and title, then the marker of the list below, a page run into one line.
  [/\s(?:Agreed|AGREED|Resolved|RESOLVED)\s*:[-–—]?\s*(?:$|[•·▪]\s)/, /(?<=(?:^|[.!?]\s+)(?:[A-Z]{1,6}\/\d{1,4}\/\d{1,4}|[A-Z]{0,4}\/?\d{1,4}\/\d{2,4}|\d{1,4}(?:\.\d{1,2})?\.?)\s+[A-Z][^.;:]{2,100}[A-Za-z\d)])\s+(?=(?:Agreed|AGREED|Resolved|RESOLVED)\s*:[-–—]?\s*(?:$|[•·▪]\s))/g],
  // "RESOLVED: • That rents be increased by 2.7% from April 2026. • That service charges be reviewed …": a bullet glyph (not a
  // dash, which prose uses too) after the lead-in's colon or the last clause's stop opens a clause of a list run into one line.
  // A licensing sub-committee's "Decision: • The premises licence be suspended …. • Condition 7 be amended …" the same, each
  // clause a subject and its verb in the subjunctive.
  // A parish's bullets run into one paragraph ("… were approved. • Resolved to accept the quotation … • The Clerk to apply …"):
  // after a stop, a glyph that is only ever a bullet opens a line whatever its words; a typed "*" only before a marker's word.
  [/[.;:]\s+(?:[•▪●◦·*]\s+[A-Z]|[•▪●◦]\s*$)/, /(?<=[a-z\d%)][.;]\s+|:\s+)(?=[•▪●◦·]\s+(?:That|THAT|To|[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}?\s+be\s+[a-z]+ed\b)\s)|(?<=[a-z\d%)][.!?]\s+)(?=[•▪●◦](?:\s+[A-Z“"]|\s*$)|\*\s+(?:Resolved|RESOLVED|Agreed|AGREED|It\s+was|That|THAT|To\s+[a-z])\b)/g],
  // "… presented the quarterly review. The Board was ASSURED by … and APPROVED …": an NHS board's decision, its verb in capitals
  // after the body, opens its own line after the narrative's stop, a paragraph run into one line.
  [new RegExp(String.raw`[.!?]\s+The\s+(?:[A-Z][\w’'&-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:(?:was|were)\s+)?[A-Z]{4,}\b`), new RegExp(String.raw`(?<=[a-z\d)][.!?]\s+)(?=The\s+(?:[A-Z][\w’'&-]*\s+){0,3}(?:${SUBJECT_BODY})\s+(?:(?:was|were)\s+)?[A-Z]{4,}\b)`, 'g')],
  // Legistar's "ORD 25-018 An ordinance amending … A motion was made by Councilmember Ferris, seconded by …": the motion after the
  // file's title, a paragraph run into one line.
  [/A\s+motion\s+was\s+made\s+by/, /(?=A\s+motion\s+was\s+made\s+by\b)(?<=[A-Za-z0-9.;)]\s+)/g],
  // "… Excused: 1 - Lopez 27-0415 Ordinance amending Title 17 …": the next file's number and the kind of matter it names, after
  // the last vote's names, its item number before it too ("… NAYS: Shah 2. 28-0318 Ordinance …"), not a span of years ("… for
  // Fiscal Year 2023-2024 Report on …"), or after a section's heading ("CONSENT CALENDAR 1. 27-0211 Approve …": with its item
  // number, whatever its title opens with; the heading itself after the names, "… and Mayor Grant NEW BUSINESS 3. 27-0351 …");
  // "27-0419 Report on … Project. This
  // Report was received and filed.", the action after the file's title.
  [/\d{2,4}-\d{3,5}\s+[A-Z]/, new RegExp(String.raw`(?<=(?:[A-Za-z)]|[a-z)][.;]|\b(?:19|20)\d\d)\s+)(?<!\b(?:No|Nos|File|Resolution|Ordinance|Item|ID|Res|Ord|RES|ORD|RPT)\.?\s*#?:?\s+)(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(?=(?:\d{1,2}\.\s+)?\d{2,4}-\d{3,5}\s+(?:${FILE_MATTER})\b|\d{1,2}\.\s+\d{2,4}-\d{3,5}\s+[A-Z][a-z])|(?<=[a-z]\s+)(?=[A-Z]{3,}(?:\s+[A-Z]{2,}){0,3}\s+\d{1,2}\.\s+\d{2,4}-\d{3,5}\s+[A-Z][a-z])`, 'g')],
  [/^\d{2,4}-\d{3,5}\s+[A-Z][^.]{10,200}\.\s+This\s/, new RegExp(String.raw`(?<=^\d{2,4}-\d{3,5}\s+(?:${FILE_MATTER})\b[^.]{10,200}[a-z)]\.\s+)(?=This\s+(?:[A-Z]\w+|item|matter)\s+was\b)`, 'g')],
  // A county council's "ACTION: Passed on second reading 7-0. Resolution 26-201 – Authorizing the Mayor to …", "… voting no).
  // Communication 26-455 – From the Director of Finance …": the next matter's kind, number and dash after the last action's
  // stop (a word's, a bracket's or a score's, not an item number's: "1. Resolution No. 2027-44 – …"), a page run into one line.
  [/\d[\w-]*(?:\s*\(\d{4}\))?\s+[-–—]\s+[A-Z]/, new RegExp(String.raw`(?<=(?:[a-z)]|\d\s*[-–]\s*\d{1,2})[.;]\s+)(?=(?:${FILE_MATTER})\s+(?:No\.?\s*)?\d[\w-]*(?:\s*\(\d{4}\))?\s+[-–—]\s+[A-Z])`, 'g')],
  // "26-0219 Report on homeless encampment response This Report was Received and Filed.": the file's title has no stop of its
  // own, and its action names the matter by its type with the action in capitals, or in lower case ("RES 26-311 Resolution
  // Approving a Lease … This Resolution was adopted on the Consent Agenda.", its file's kind in letters before the number).
  [/^(?:[A-Z]{2,4}\s+)?\d{2,4}-\d{3,5}\s+[A-Z][^.]{10,200}\sThis\s/, new RegExp(String.raw`(?<=^(?:[A-Z]{2,4}\s+)?\d{2,4}-\d{3,5}\s+(?:${FILE_MATTER})\b[^.]{10,200}[a-z)]\s+)(?=This\s+(?:${FILE_MATTER})\s+was\s+(?:[A-Z]|(?:adopted|passed|approved|received|continued|tabled|introduced)\b))`, 'g')],
  // A county's action summary: "Item 16. 26-1203 Receive report on homeless encampment response. Received and filed.", the
  // item's title with its stop, then the action alone, a paragraph joined.
  [/^(?:Item\s+)?\d{1,3}\.?\s+\d{2,4}-\d{3,5}\s/, /(?<=^(?:Item\s+)?\d{1,3}\.?\s+\d{2,4}-\d{3,5}\s+[A-Z][^.]{10,200}[a-z)]\.\s+)(?=(?:Received\s+and\s+filed|Approved|Adopted|Accepted|Continued|Tabled|Withdrawn|Received)(?:\s+as\s+(?:presented|amended))?\.?\s*$)/g],
  // A New Jersey consent agenda's "2024-141 Authorizing Payment of Bills … 2024-142 Authorizing Refund …": the resolutions run into
  // one line, each opened by its number and verb as on a line of its own; not "Resolution No. 2025-88 Accepting …" nor "Res.
  // 2026-214 Authorizing …", which name one, nor a Massachusetts city's "Order 2026-214 Appropriating …".
  [/\s(?:19|20)\d\d-\d{1,4}\s+[A-Z]/, new RegExp(String.raw`(?<=\S\s+)(?<!\b(?:No|NO|Nos|#|Resolution|RESOLUTION|Ordinance|ORDINANCE|Order|ORDER|Res|RES|Ord|ORD)\.?\s*)(?=(?:19|20)\d\d-\d{1,4}\s+(?:${RESOLUTION_VERBS})\b)`, 'g')],
  // A decision notice run into one line: "… Subject: Award of Grant to the Arts Trust Decision I have decided to: (a) …": the
  // decision maker's own words, in the first person, open a piece of their own, with the "Decision" label over them.
  [/\sI\s+have\s+(?:decided|agreed|resolved|approved)\b/, /(?<=\S\s+)(?<!\b(?:Decision|DECISION)s?\s*:?\s*)(?=(?:(?:Decision|DECISION)s?\s*:?\s+)?I\s+have\s+(?:decided|agreed|resolved|approved)\b)/g],
  // "2. Schedule of Works 2027 • The Senior Engineer presented … • On the proposal of Cllr. Power …": a glyph that is only
  // ever a bullet, mid-line, is a list's next point (a page of bullets run into one line); each point is a line of its own.
  [/\S\s+[•▪●◦]\s+\S/, /(?<=\S\s+)(?=[•▪●◦]\s+\S)/g],
  // An Irish district's notice of motion in bullets, "• Seconded by Cllr. Hayes. Agreed. The Meetings Administrator to forward
  // …": the seconder, the bare verdict on the motion quoted above, and what follows it, each a line of its own as printed.
  [/\b(?:Seconded|SECONDED|seconded)\s+(?:by|BY)\s[^;]{2,60}?\.\s+(?:Agreed|Carried|AGREED|CARRIED)\b/, new RegExp(String.raw`(?<=\b(?:Seconded|SECONDED|seconded)\s+(?:by|BY)\s+(?:(?:${CAP_TITLE})\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\.)\s+(?=(?:Agreed|Carried|AGREED|CARRIED)(?:\s+(?:unanimously|UNANIMOUSLY))?\.?(?:\s|$))|(?<=(?:^|[.;]\s+)(?:Agreed|Carried|AGREED|CARRIED)(?:\s+(?:unanimously|UNANIMOUSLY))?\.)\s+(?=[A-Z])(?<=\b(?:Seconded|SECONDED|seconded)\s+(?:by|BY)\s[^;]{2,60}?\.\s+(?:Agreed|Carried|AGREED|CARRIED)(?:\s+(?:unanimously|UNANIMOUSLY))?\.\s+)`, 'g')],
  // A county board's "Ordinance 2026-07, Amending the Zoning Ordinance … (First Reading) Following discussion, motion by …":
  // the measure's title ends at its reading in brackets, a page run into one line, and the minute's first sentence follows.
  [/\((?:First|Second|Third|Final|FIRST|SECOND|THIRD|FINAL|1st|2nd|3rd)\s+(?:Reading|READING)\)\s+[A-Z]/, new RegExp(String.raw`(?<=\((?:First|Second|Third|Final|FIRST|SECOND|THIRD|FINAL|1st|2nd|3rd)\s+(?:Reading|READING)\)\s+)(?=${SENTENCE_AFTER_TITLE})`, 'g')],
  // A Northern Irish committee's paragraph run into one line: "… on the proposed refurbishment programme. Agreed – That the
  // Committee approves …", "LD 215/26 Request for Support - Mournevale Half Marathon Agreed – That …": the marker with its
  // dash and the clause after it start a line, after a stop or a title.
  [/\s(?:Agreed|AGREED|Resolved|RESOLVED)\s*[-–—]\s*(?:That|THAT)\s/, /(?<=[a-z\d)][.!?]\s+|[A-Za-z\d]\s+)(?<!\b(?:and|be|was|were|is|are|been|it|and|unanimously)\s+)(?=(?:Agreed|AGREED|Resolved|RESOLVED)\s*[-–—]\s*(?:That|THAT)\s)/g],
  // An Ontario township's "… to the 2027 budget deliberations. Recorded Vote Requested by Councillor Ouellette For: Councillor
  // Fenwick, … Against: …": the recorded vote's heading after the motion's stop, and its first side after who asked for it.
  [/\bRecorded\s+(?:Vote|VOTE|Division)\b/, new RegExp(String.raw`(?<=[.;]\s+)(?=Recorded\s+(?:Vote|VOTE|Division)\b)|(?<=\bRecorded\s+(?:Vote|VOTE|Division)\s+(?:Requested|requested)\s+by\s+(?:${CAP_TITLE})\.?\s+[A-Z][\w’'-]+\s+)(?=(?:For|FOR|Yeas?|YEAS?)\s*:)`, 'g')],
  // A Michigan township's "… to set a public hearing … at 6:00 p.m. Voice vote. Motion carried unanimously.": how the vote was
  // taken, after the motion's stop, is no word of the motion.
  [/[.;]\s+(?:Voice|VOICE)\s+(?:vote|VOTE)\b/, /(?<=[.;]\s+)(?=(?:Voice|VOICE)\s+(?:vote|VOTE)\b)/g],
  // BoardDocs' "Motion by Maria Esposito, second by Darnell Hughes. Final Resolution: Motion Carries Yea: … Nay: …", a
  // paragraph run into one line: the verdict's label and each side of the vote start lines, as the page prints them.
  [/\bFinal\s+Resolution\s*:/, /(?<=\S\s+)(?=Final\s+Resolution\s*:)|(?<=\bFinal\s+Resolution\s*:\s*(?:Motion\s+)?(?:Carries|Carried|Passes|Passed|Fails|Failed)\b[^:]{0,300}?\S\s+)(?=(?:Yea|Nay|Abstain|Absent)s?\s*:)/g],
  // A New Zealand committee's "8.2 Proposed Dog Control Bylaw 2027 Committee Recommendation to Council: That Council:", its
  // label after the item's title, a paragraph run into one line: the label starts a line, as printed.
  [/(?:Committee|Council|Board)\s+(?:Recommendation|Resolution)(?:\s+to\s+[A-Z][\w ]{2,40}?)?\s*:\s+(?:That|THAT)\b/, /(?<=[a-z\d)]\s+)(?<!\b(?:the|a|this|that|of|and|to)\s+)(?=(?:Committee|Council|Board)\s+(?:Recommendation|Resolution)(?:\s+to\s+[A-Z][\w ]{2,40}?)?\s*:\s+(?:That|THAT)\b)/g],
  // A planning committee's schedule of decisions run into one line: "… the conservation area. Application No: 26/02011/HOUSE
  // Location: 17 Mill Lane Proposal: Single storey rear extension Decision: APPROVED subject to conditions Application No: …":
  // each field a line of its own, as printed.
  [/\b(?:Application|APPLICATION)\s+(?:No|NO|Number|Ref)\.?\s*:/, /(?<=\S\s+)(?=(?:Application|APPLICATION)\s+(?:No|NO|Number|Ref)\.?\s*:|(?<!^(?:Committee|Council|Cabinet|Panel|Officer|Delegated|Final)\s+)(?:Location|LOCATION|Proposal|PROPOSAL|Applicant|APPLICANT|Decision|DECISION)\s*:\s+\S)/g],
  // A US staff report's "RECOMMENDED ACTION It is recommended that the City Council: 1. …": the heading in capitals over the
  // request, a paragraph joined into one line; the heading alone would read "RECOMMENDED" as a committee's marker.
  [/^(?:STAFF\s+|OFFICER['’]?S?\s+)?(?:RECOMMENDED\s+(?:ACTIONS?|MOTION)|RECOMMENDATIONS?)(?:\s*\(S\))?\s*:?\s+(?:It\s+is|That|THAT|Staff|Council|The)\s/, /(?<=^(?:STAFF\s+|OFFICER['’]?S?\s+)?(?:RECOMMENDED\s+(?:ACTIONS?|MOTION)|RECOMMENDATIONS?)(?:\s*\(S\))?\s*:?)\s+(?=(?:It\s+is|That|THAT|Staff|Council|The)\s)/g],
  // A planning board's "… Abutters raised concerns about lighting. Motion to approve the site plan with the conditions …": the
  // motion told after the debate's last sentence, a paragraph joined into one line, is a line of its own as printed.
  // After the title too: "SUBDIVISION - PARTRIDGE HILL ROAD - Gagnon Family Trust Motion to continue …".
  [/[\w)][.!?]?\s+(?:Motion|MOTION)\s+to\s+[a-z]/, /(?<=[a-z)][.!?]\s+|\b[A-Z][\w’'-]*\s+)(?<!\b(?:Main|Substitute|Original|Amended|Procedural|Second|Substantive|Foreshadowed|Alternative|Notice|Notices|MAIN|SUBSTITUTE)\s+)(?=(?:Motion|MOTION)\s+to\s+[a-z]+\b)/g],
  // An Australian council's "… report back to Council by April 2027. The MOTION was put and CARRIED UNANIMOUSLY": the verdict
  // after the motion's stop, a paragraph joined into one line, is a line of its own as printed.
  [/[.;!?]["”]?\s+The\s+(?:MOTION|AMENDMENT|Motion|Amendment)\s+was\s+put\b/, /(?<=[.;!?]["”]?\s+)(?=The\s+(?:MOTION|AMENDMENT|Motion|Amendment)\s+was\s+put\b)/g],
  // An Ontario eScribe page run into one line: "… to the program. Amendment: Resolution: COW-2026-142 Moved by: …", "… to
  // $50,000. For (3): Councillor Hutchins, … Against (4): Councillor Abara, … Defeated (3 to 4) Carried": the amendment's label
  // after a stop, each side of the recorded vote by its count in brackets, and the verdicts with theirs, each its own line.
  [/\bAmendment\s*:|\b(?:For|Against|Absent|Abstain|Conflict)\s*\(\d{1,2}\)\s*:|\b(?:Carried|Defeated|Lost)\s*\(\d{1,2}\s+to\s+\d{1,2}\)/, /(?<=[.;]\s+)(?=Amendment\s*:)|(?<=\S\s+)(?=(?:For|Against|Absent|Abstain|Conflict)\s*\(\d{1,2}\)\s*:)|(?<=\S\s+)(?<!\b(?:Motion|MOTION|motion|Amendment|amendment)\s+)(?=(?:Carried|Defeated|Lost)\s*\(\d{1,2}\s+to\s+\d{1,2}\))|(?<=\b(?:Carried|Defeated|Lost)\s*\(\d{1,2}\s+to\s+\d{1,2}\)\s+)(?=(?:Carried|CARRIED)\b)/g],
  // An Argyll committee's "… to a future meeting of the Committee. (Reference: Report by Executive Director dated 4 November
  // 2026, submitted)": the paper the decision was made on, in brackets after its stop, a line of its own as printed.
  [/\(Reference\s*:/, /(?<=[.;]\s+)(?=\(Reference\s*:[^()]{3,300}\))/g],
  // "… be authorised. Reason(s): 1. To enable …": the reasons that follow a decision are none of it.
  // A Western Australian council's "… Carried 5/2 Reason for variation: …" after the verdict, no stop between.
  // "… £0.23m for Economic Development Reason for Decision: This report …": the reasons' label after a list's last item too.
  // "… to the capital programme. Reasons for the decision The current depot lease …": the heading with no colon, after a stop.
  // "… to the Arts Advisory Committee for prioritisation. Attachments 1. Submissions summary 2. Amended strategy": a report's
  // list of its attachments after the last recommendation, a page run into one line; its "1." starts no clause of the list.
  [/(?:Attachments?|ATTACHMENTS?|Appendices|APPENDICES|Enclosures?|ENCLOSURES?)\s*:?\s+(?:1\.|A\.|\(1\)|1\))\s/, /(?<=[a-z\d)][.;]\s+)(?=(?:Attachments?|ATTACHMENTS?|Appendices|APPENDICES|Enclosures?|ENCLOSURES?)\s*:?\s+(?:1\.|A\.|\(1\)|1\))\s+[A-Z])/g],
  [/Reasons?\b|REASONS?\b/, /(?=(?:Reasons?|REASONS?)(?:\s*\(s\))?(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?|variation|change|amendment))?\s*:)(?<=[.;!?]\s+|\b(?:CARRIED|Carried|LOST|Lost)(?:\s+\d{1,2}\/\d{1,2})?\s+)|(?=(?:Reasons?|REASONS?)\s+(?:for|FOR)\s+(?:the\s+|THE\s+)?(?:[Dd]ecisions?|DECISIONS?|[Rr]ecommendations?|RECOMMENDATIONS?)\s*:)(?<=[A-Za-z\d).;!?]\s+)|(?=(?:Reasons?|REASONS?)\s+(?:(?:for|FOR)\s+(?:the\s+|THE\s+)?(?:[Dd]ecisions?|DECISIONS?|[Rr]ecommendations?|RECOMMENDATIONS?)\s+)?(?:The|This|These|It|To)\s)(?<=[a-z\d)][.;!?]\s+)/g],
  // "9.2.2 Local Planning Policy 7 – Sea Containers Officer Recommendation That Council …", "… as advertised. Council Resolution
  // 2026/202 Moved: …": the report's and the council's labels after a title or a sentence, a paragraph run into one line ("12
  // URGENT BUSINESS COUNCIL RESOLUTION 2025/217 MOVED …": the council's after a title in capitals too; a Victorian council's
  // unnumbered "… in Attachment 2. Council Resolution Moved Cr Heath …" over its movers, or last on its line, the movers below).
  [/(?:OFFICER|Officer|STAFF|Staff)(?:['’][Ss])?\s+(?:RECOMMENDATION|Recommendation)|(?:COUNCIL|Council|COMMITTEE|Committee)\s+(?:RESOLUTION|Resolution)(?:\s+(?:No\.?\s*\d|\d|Moved|MOVED)|\s*$)/, /(?=(?:OFFICER|Officer|STAFF|Staff)(?:['’][Ss])?\s+(?:RECOMMENDATIONS?|Recommendations?)\b(?!\s+(?:was|were|is|are)\b))(?<=[A-Za-z0-9.;!?)]\s+)(?<!\b(?:the|The|an|An|a|this|This|that|and|of|to)\s+)|(?<=\b(?:OFFICER|Officer|STAFF|Staff)(?:['’][Ss])?\s+(?:RECOMMENDATIONS?|Recommendations?)\s*[:\-–—]?\s+)(?=(?:That|THAT)\s)|(?=(?:COUNCIL|Council|COMMITTEE|Committee)\s+(?:RESOLUTION|Resolution)\s+(?:(?:No\.?\s*)?\d{2,4}\/\d{1,4}\b|(?:Moved|MOVED)\b))(?<=[.;]\s+|\b[A-Z\d]{3,}\s+)|(?=(?:COUNCIL|Council|COMMITTEE|Committee)\s+(?:RESOLUTION|Resolution)\s*$)(?<=[a-z\d)][.;]\s+)/g],
  // An audit report's "Recommendation 1 (Priority: High) The Council should … Management response: Agreed. …" joined into one
  // line: the recommendation's label with its bracket, its words, and the response to it are three lines. A cabinet's answer
  // to a scrutiny review ("… as set out below: Recommendation 1 - That the Council retain …: Accepted.") lists them after a
  // colon, or after its section's heading in capitals ("4. RESPONSE TO RECOMMENDATIONS Recommendation 1: That …").
  // A priority in brackets ends one as a stop would ("… within five working days. (Medium) Recommendation 2: …").
  [/(?:Recommendation|RECOMMENDATION)\s+\d/, /(?=(?:Recommendation|RECOMMENDATION)\s+\d{1,2}(?:\s*\([^()]{1,40}\))?\s*[:.\-–—]?(?:\s+[A-Z]|\s*$))(?<=[.;:!?)]\s+|\b[A-Z]{3,}\s+)|(?=(?:Recommendation|RECOMMENDATION)\s+\d{1,2}\s*\([^()]{1,40}\)\s*[:.\-–—]?\s+[A-Z])(?<=\S\s+)|(?<=(?:^|\s)(?:Recommendation|RECOMMENDATION)\s+\d{1,2}\s*\([^()]{1,40}\)\s*[:.\-–—]?\s+)(?=[A-Z])/g],
  // An executive's answer to a scrutiny review, "… liaison officer. Response: Partially accepted. …", with no owner named.
  [/[Rr]esponse\s*:/, /(?=(?:(?:Management|MANAGEMENT|Officer|Service|Council|Cabinet|Executive)\s+(?:[Rr]esponse|RESPONSE)|Response|RESPONSE)\s*:)(?<=[.;!?)]\s+)/g],
  // An Australian council's "… for the period ending 31 October 2026. COUNCIL DECISION Adopted en bloc (refer item 9).": the
  // heading over the council's own decision after the officer's recommendation, and the decision after the heading, a page's
  // paragraph joined into one line.
  [/(?:COUNCIL|COMMITTEE|BOARD)\s+(?:DECISION|RESOLUTION)\s/, /(?=(?:COUNCIL|COMMITTEE|BOARD)\s+(?:DECISION|RESOLUTION)\s)(?<=[a-z\d)][.;]\s+)|(?<=(?:^|[.;]\s+)(?:COUNCIL|COMMITTEE|BOARD)\s+(?:DECISION|RESOLUTION)\s+)(?=(?:Adopted|That|THAT|Moved|MOVED)\b)/g],
  // "… the commercial tax ratio. Lost The main motion was then voted on. Carried": an eScribe verdict alone on its line, a
  // paragraph run into one line, before the sentence after it.
  [/^(?:Lost|Carried|Defeated|LOST|CARRIED|DEFEATED)\s+(?:The|It|This)\s+[a-z]/, /(?<=^(?:Lost|Carried|Defeated|LOST|CARRIED|DEFEATED))\s+(?=(?:The|It|This)\s+[a-z])/g],
  // "… a year. 2. Background 2.1 On 12 March 2025 Cabinet resolved …", "… £5,000. 3. Recommendations 3.1 That Cabinet …": a report's
  // section number and short title, then its first paragraph, run into one line: the title is a line of its own.
  [/\d\.\s+[A-Z][^.;:]{0,60}\s\d{1,2}\.1\s+[A-Z]/, /(?<=(?:^|[.;:]\s+)(\d{1,2})\.\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the|to|&)){0,4})\s+(?=\1\.1\s+[A-Z])/g],
  // "… BE IT RESOLVED by the City Council … as follows: Section 1. The program … is hereby approved. Section 2. The City Manager
  // is authorized …": a US resolution's sections, run into one line after the lead-in's colon or the section before.
  [/(?:Section|SECTION)\s+\d{1,2}\.\s+[A-Z]/, /(?<=(?::|[A-Za-z\d)][.;])\s+)(?=(?:Section|SECTION)\s+\d{1,2}\.\s+[A-Z])/g],
  // A licensing record's "Decision Refused.", its heading and the verdict joined into one line; a Scottish "Decision To thank …"
  // (its "Motion To agree …" and "Amendment To continue …" the same).
  [/^(?:Decisions?|DECISIONS?|Motion|Amendment)\s+[A-Z]/, /(?<=^(?:Decisions?|DECISIONS?)\s+)(?=(?:Refused|Granted|Approved|Deferred|Agreed|Noted|Rejected|Withdrawn|Adjourned|REFUSED|GRANTED|APPROVED|DEFERRED)\b)|(?<=^(?:Decision|DECISION|Motion|Amendment)\s+)(?=To\s+[a-z]{3,}\s)/g],
  // "FC/26/05 Internal audit RECOMMENDATION TO FULL COUNCIL: that …": a committee's recommendation in capitals after the item's
  // title, a page run into one line.
  // An Australian committee's "6.2 Annual Financial Statements – Timetable RECOMMENDATION TO COUNCIL That Council notes …": the
  // heading with no colon, between the title and the motion, a line of its own as printed.
  [/RECOMMENDATIONS?\s+TO\s+[A-Z ]{3,40}(?::|\s(?:That|THAT)\s)/, /(?<=[a-z]\s+)(?=RECOMMENDATIONS?\s+TO\s+(?:THE\s+)?(?:FULL\s+)?(?:[A-Z]+\s+){0,3}(?:COUNCIL|CABINET|COMMITTEE|BOARD)(?:\s*:|\s+(?:That|THAT)\s))|(?<=\bRECOMMENDATIONS?\s+TO\s+(?:THE\s+)?(?:FULL\s+)?(?:[A-Z]+\s+){0,3}(?:COUNCIL|CABINET|COMMITTEE|BOARD))\s+(?=(?:That|THAT)\s)/g],
  // "RECOMMENDATION That the Committee notes …", "OFFICER RECOMMENDATION That Council: 1. …": a report's heading run into the
  // recommendation under it.
  [/(?:RECOMMENDATIONS?|Recommendations?|RECOMMENDATION\(S\)|Recommendation\(s\))\s/, /(?<=(?:^|[.;!?]\s+)(?:(?:OFFICER|OFFICERS['’]|STAFF|COMMITTEE|Officer|Officers['’]|Staff|Committee)\s+)?(?:RECOMMENDATIONS?|Recommendations?|RECOMMENDATION\(S\)|Recommendation\(s\))\s*[:\-–—]?\s+)(?=(?:That|THAT|It\s+is\s+recommended|The\s+(?:Committee|Board|Council|Cabinet|Panel)\s+is\s+(?:asked|recommended))\b)|(?=(?:RECOMMENDATIONS?|RECOMMENDATION\(S\))\s*[:\-–—]?\s+(?:That|THAT|It\s+is\s+recommended)\b)(?<=[.;!?]\s+)/g],
  // "1. Apologies Ngā Whakapāha Part C Community Board Resolved BKCB/2024/00047 That the apology …": a New Zealand board's
  // resolution and its reference after an item's title run in, the clause after the reference.
  // "… – Speed Limits Committee Resolution WTCB/2026/00061 Moved Member A Tane, seconded …", "… 2026/2027 Resolution number
  // KT/2026/141 MOVED by …": the resolution's label after the title, and the movers after its reference.
  [/\/\d{4}\/\d{3,6}\s+(?:That|THAT|Moved|MOVED)\b/, /(?<=\b(?:Resolved|RESOLVED|Resolution|RESOLUTION)\s+(?:[Nn]umber\s+|No\.?\s*)?[A-Z]{2,8}\/\d{4}\/\d{3,6}\s+)(?=(?:That|THAT|Moved|MOVED)\b)/g],
  // An Ontario council's "… Wastewater Rates Resolution No. 2026-388 Moved by: Councillor Osei …": its number and movers too; a
  // Queensland council's "… as presented. Resolution No. OM270513 Moved Cr Hartigan, …", its number in letters and digits; a
  // New Zealand committee's "7 Library Services Review Resolution number CWC/2027/19 Moved: Cr …", a stroke after its letters,
  // or a council's "… Report of the Regulatory Services Manager Resolution 27/112 Moved: …", no label before the number (a
  // body's words before the label are the label's: "… Show Society Council Resolution 2026/214 Moved …", "COUNCIL DECISION
  // Resolution …").
  [/\bResolution\s+(?:(?:No\.?|[Nn]umber|#)\s*)?[A-Z]{0,8}[-/]?\d[\w/-]{1,14}\s+(?:Moved|MOVED)\b/, /(?=(?:(?:Council|Committee|COUNCIL|COMMITTEE)\s+(?:(?:DECISION|Decision)\s+)?)?Resolution\s+(?:(?:No\.?|[Nn]umber|#)\s*)?[A-Z]{0,8}[-/]?\d[\w/-]{1,14}\s+(?:Moved|MOVED)\b)(?<=\S\s+)(?<!\b(?:Council|Committee|COUNCIL|COMMITTEE|DECISION|Decision)\s+)|(?<=\bResolution\s+(?:(?:No\.?|[Nn]umber|#)\s*)?[A-Z]{0,8}[-/]?\d[\w/-]{1,14}\s+)(?=(?:Moved|MOVED)\b)/g],
  [/\bResolution\s+(?:[Nn]umber\s+|No\.?\s*)?[A-Z]{2,8}\/\d{4}\//, /(?=(?:(?:Committee|Council|Board|Panel|Subcommittee)\s+)?Resolution\s+(?:[Nn]umber\s+|No\.?\s*)?[A-Z]{2,8}\/\d{4}\/\d{3,6}\b)(?<=\S\s+)(?<!\b(?:Committee|Council|Board|Panel|Subcommittee)\s+)/g],
  // PDF text glued together: "… HELD ON 11 FEBRUARY 2013RESOLVED:That …".
  [/RESOLVED\s*:/, /(?=RESOLVED\s*:)(?<=[a-z0-9)])/g],
  [/RESOLVED\s*:/, /(?=[A-Z][a-z])(?<=RESOLVED\s*:)/g],
  // "… actions be noted.162. APOLOGIES FOR ABSENCE": the next minute glued on without a space.
  [/[a-z)][.;]\d/, /(?=\d{1,4}\.\s*[A-Z]{3,})(?<=[a-z)][.;])/g],
];


/** Where the title run-in break may apply: it needs case, so it is gated apart from the words above. */
const TITLE_RUN_IN = /[a-z)][.!?]\s+[A-Z][\w’'-]+\s+(?:(?:of|and|for|the|to|in|on|&)\s+)*[A-Z]/;
/**
 * "… with clarification. Public Notice of Proposed Works The meetings administrator advised …": a title run in, then the next
 * item's first sentence. Not after a sub-item's letter ("8.a. Downtown Parking Study Following …"): that stop is its number's.
 */
const TITLE_BREAK = /(?=[A-Z][\w’'-]+\s+(?:(?:of|and|for|the|to|in|on|&)\s+)*[A-Z][\w’'-]+(?:\s+(?:(?:of|and|for|the|to|in|on|&)\s+)*[A-Z][\w’'-]+){0,6}\s+(?:The|A|An|This|It|In|On|Following|After|There|Members|Cllr\.?|Councillor|Mr|Mrs|Ms)\s+[A-Za-z])(?<=[a-z)][.!?]\s+)(?<!(?:^|\s)(?:\d{1,3}\.)?[a-h]\.\s+)/g;

/** How much of a piece cut from a line the start-of-line rules read: more than any title and the sentence that opens after it. */
const PIECE_WINDOW = 800;
/**
 * The inline breaks that read a line from its start ("(?<=^…", "(?<=(?:^|…"); a rule may open on a quick look ahead ("(?=[A-Z])",
 * "(?=\s+\d{1,2}\.\d{1,2}\s+[A-Z])") before its look-behind, so as not to run that at every place in a line.
 */
const AT_LINE_START = INLINE_BREAKS.filter(([, re]) => /^(?:\(\?=[^()]*\))?\(\?<=(?:\^|\(\?:\^\|)/.test(re.source));

/** Past this length a line is a page or a document flattened by a converter. */
const LONG = 200;
/** Past this length a line is many paragraphs run together. */
const WALL = 1500;
const SENTENCE_END = /(?<=[a-z0-9)\]][.!?]["”’)]*)\s+(?=[A-Z(]|\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s+[A-Z])|\s+\|\s+(?=\S)/g;
/** A mover sentence ending where the cut would be; its stops after short forms ("Con. Allin") are no ends. */
const MOVERS_BEFORE = /\b(?:moved|seconded|proposed|second)\b[^!?]*[.!?]["”’)]*$/i;
/** "Con. Allin", "Cllr. Kennedy", "St. Mary's": a stop after a title or short form ends no sentence. */
const WALL_ABBREVIATION = /(?:\b(?:mr|mrs|ms|messrs|dr|no|nos|st|cllr|cllrs|cyng|cr|crs|clr|con|coun|ald|dep|reg|supt|insp|sgt|capt|gov|sen|rep|fr|jr|sr|co|ltd|inc|corp|etc|approx|cf|e\.g|i\.e|vs|para|paras|ref|rev|hon|prof|prop|sec)|\b[A-Z])\.["”’)]*$/i;

/** A matter named with an indefinite article and put by its mover, in the sentence before "seconded": "A grant of £1,500 was proposed by …". */
const MOVED_MATTER = /(?:^|[.;]\s+)(?:A|An)\s+[^.;]{2,120}?\s+was\s+(?:proposed|moved)\s+by\s+[^.;]{2,60}?,?\s*(?:and\s+)?$/;
/** "seconded by Cllr Lee and RESOLVED unanimously.": the seconder, then an assent with nothing after it. */
const BARE_ASSENT_AFTER = /^seconded\s+by\s+[^.;]{2,60}?\s+and\s+(?:RESOLVED|AGREED|resolved|agreed)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?majority))?\s*[.;]?(?:\s|$)/;

export function splitLines(lines: Line[], locator: Locator): Line[] {
  const out: Line[] = [];
  const walls = wallRuns(lines);
  const chains = chainCuts(lines);
  for (const [index, line] of lines.entries()) {
    const cuts = new Set<number>();
    for (const [needle, re] of INLINE_BREAKS) if (needle.test(line.text)) for (const m of line.text.matchAll(re)) if (m.index > 0) cuts.add(m.index);
    if (TITLE_RUN_IN.test(line.text)) for (const m of line.text.matchAll(TITLE_BREAK)) cuts.add(m.index);
    // "It was proposed by X, seconded by Y and agreed that …", "Seconded by X and AGREED – that …": found from "seconded" on, not by a look-behind at every place.
    // Each "seconded" of a line: a page run into one line holds many motions.
    for (const found of /seconded/i.test(line.text) ? line.text.matchAll(/\bseconded\b/gi) : []) {
      const seconded = found.index;
      // "A grant of £1,500 was proposed by Cllr Adams, seconded by Cllr Lee and RESOLVED unanimously.": the matter, its movers
      // and the bare assent are one sentence, read whole (extract/outcome.ts), not cut before the assent.
      const whole = MOVED_MATTER.test(line.text.slice(0, seconded)) && BARE_ASSENT_AFTER.test(line.text.slice(seconded));
      const m = whole ? null : /^[^.;]{1,80}?\s(?=and\s+(?:unanimously\s+)?(?:(?:agreed|resolved)\s+(?:that|to)\b|(?:AGREED|RESOLVED)\b))/.exec(line.text.slice(seconded));
      // "Proposed by Councillor Magee, Seconded by Alderman Rooney and agreed: That the Committee …": a Northern Irish verdict
      // ends its movers' line with a colon, as printed, and the clause after it starts a line of its own.
      const colon = m ? /^and\s+agreed\s*:\s*(?=\S)/i.exec(line.text.slice(seconded + m[0].length)) : null;
      // "… Seconded by Alderman Nixon and AGREED – that …": the marker in capitals opens the line, as printed, the "and" left
      // with the movers.
      const shouted = m && !colon ? /^and\s+(?=(?:AGREED|RESOLVED)\s*[-–—:])/.exec(line.text.slice(seconded + m[0].length)) : null;
      if (m) cuts.add(seconded + m[0].length + (colon ? colon[0].length : shouted ? shouted[0].length : 0));
      else {
        const agreedColon = /^[^.;]{1,80}?\sand\s+agreed\s*:\s*(?=\S)/i.exec(line.text.slice(seconded));
        if (agreedColon) cuts.add(seconded + agreedColon[0].length);
      }
    }
    const numbered = numberCuts(line.text);
    for (const c of numbered) cuts.add(c);
    // A run of item numbers cuts the page into items; a sentence inside an item is still its own line where walls are split.
    for (const c of chains.get(index) ?? []) cuts.add(c);
    // A whole page or document in one line (a converter dropped every line break): each sentence is read as its own line,
    // except inside a numbered clause ("2. Agree the priority areas. Agree the establishment of the Board. 3. …").
    const sentences = new Set<number>();
    if (line.text.length > WALL || walls.has(index)) {
      for (const m of line.text.matchAll(SENTENCE_END)) {
        const inClause = numbered.some((c, k) => c < m.index && numbered[k + 1] > m.index);
        // "Moved by Con. Allin, seconded by Con. Gray. THAT the minutes …": the movers stay with the motion they name.
        const movers = /^(?:THAT|That)\b/.test(line.text.slice(m.index + m[0].length)) && MOVERS_BEFORE.test(line.text.slice(Math.max(0, m.index - 120), m.index));
        if (!inClause && !movers && !WALL_ABBREVIATION.test(line.text.slice(Math.max(0, m.index - 8), m.index)) && !cuts.has(m.index)) {
          cuts.add(m.index);
          sentences.add(m.index);
        }
      }
    }
    // "… Resolution adopted.|ORDINANCE 2027-04 AMENDING CHAPTER 170 (PARKING) Motion to introduce …": a piece cut from a line
    // starts a line of its own, so the rules that read a line's start read it too (once: their cuts start no further reading);
    // a sentence of a page in one line too, where it opens on an item's number ("… Motion carried 5-0. III. APPROVAL OF AGENDA
    // Motion made by …"; a page's thousands of other sentences are not read again).
    // A window of the piece, not the rest of the line: a page in one line holds thousands of pieces.
    if (cuts.size) for (const c of [...cuts]) {
      const lead = /^(?:[\s,]|[.:/](?=\s))*/.exec(line.text.slice(c, c + 40))![0].length;
      if (sentences.has(c) && !/^(?:\d|[IVX]{1,5}\.|[A-H]\.)/.test(line.text.slice(c + lead, c + lead + 6))) continue;
      const piece = line.text.slice(c + lead, c + lead + PIECE_WINDOW);
      for (const [needle, re] of AT_LINE_START) if (needle.test(piece)) for (const m of piece.matchAll(re)) if (m.index > 0) cuts.add(c + lead + m.index);
    }
    if (cuts.size === 0) {
      out.push(line);
      continue;
    }
    const points = [0, ...[...cuts].sort((a, b) => a - b), line.text.length];
    let from = { line: line.line, column: line.column };
    let bulletNext = false;
    for (let i = 0; i + 1 < points.length; i++) {
      const slice = line.text.slice(points[i], points[i + 1]);
      // A cut made before a comma ("… the agreement|, Commissioner Patel seconded"): the comma ends the piece before, and belongs to neither.
      // A cut made before a title's stop ("62. … Erection of 9 dwellings|. The Committee heard …") or colon: it goes with it.
      // A cut before a bilingual line's slash ("… gwrthwynebu. | / Resolved not to object."): the slash goes with neither half.
      const lead = (i > 0 ? /^(?:[\s,]|[.:/](?=\s))*/ : /^(?:[\s,]|[.:](?=\s))*/).exec(slice)![0].length;
      // "… recommends that the Council: - (i) apologise …; - (ii) review …": a bullet's dash before the next number is that
      // item's, and no word of the piece before it.
      // "…: - noted the report; - requested …": the dash opening a piece cut from a list run inline is its bullet, no word of it.
      const dash = i > 0 ? BULLET_OPENING.exec(slice.slice(lead))?.[0].length ?? 0 : 0;
      const kept = slice.slice(lead + dash).trimEnd();
      const text = numbered.includes(points[i + 1]) ? kept.replace(/\s+[-–—•·]$/, '') : kept.replace(/\s+[•·▪●◦]$/, '');
      // A bullet alone between two cuts ("…; ▪" | "AGREED that …"): nothing of either piece, but the piece after it is a bullet.
      if (!text || /^[•·▪●◦]$/.test(text)) {
        bulletNext = Boolean(text);
        continue;
      }
      const start = points[i] + lead + dash;
      const end = start + text.length;
      // A piece of a joined line sits on the source line its first word came from.
      const source = sourceAt(line, start);
      const moved = source.line !== from.line;
      if (moved) from = source;
      // Searched past the piece before on the same source line: a piece that opens with the same words ("On motion of Mr.
      // Pitre, …" after "On motion of Mr. Cheramie, …") is not found where that one starts.
      const column = i === 0 ? line.column : locator.column(from.line, moved ? from.column : from.column + 1, text);
      from = { line: from.line, column };
      const joins = line.joins?.filter((j) => j.at > start && j.at < end).map((j) => ({ ...j, at: j.at - start }));
      out.push({
        ...line, text, line: from.line, column, gap: i === 0 ? line.gap : false, heading: i === 0 ? line.heading : 0,
        bullet: (i === 0 && line.bullet) || dash > 0 || bulletNext, joins: joins?.length ? joins : undefined,
      });
      bulletNext = false;
    }
  }
  return out;
}

/**
 * The lines of a hard-wrapped paragraph past the wall's length: the unwrapping step joined it into a few lines (cut where
 * decisions open), each shorter than a wall, but together they are one.
 */
function wallRuns(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  let length = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const joined = line !== undefined && Boolean(line.joins?.length);
    // A run ends at a line that was not joined, or at a blank line before one that was (which opens the next run).
    if (!joined || line.gap) {
      if (length > WALL) for (let k = start; k < i; k++) out.add(k);
      start = joined ? i : i + 1;
      length = 0;
    }
    if (joined) length += line.text.length;
  }
  return out;
}

/** "Cabinet noted that; 1. The Council's forecast …": a body's lead-in closed by a semicolon, as a ModernGov decision prints it. */
const SEMICOLON_LEAD_IN = /\b(?:noted|approved|agreed|resolved|endorsed|decided|that)\s*;\s*$/i;
/** A ModernGov decision's label naming who decided, just before its list: "Decision of Executive Councillor for Housing i. …". */
const DECISION_OF = /(?:^|[.!?]\s+)Decision\s+of\s+(?:the\s+)?[A-Z][\w\s,’'&-]{2,80}$/;

/** A side of a vote, before its count: "Against 8", "Abstain 2", "Ayes: 5". */
const VOTE_SIDE = /\b(?:[Ff]or|[Aa]gainst|[Aa]bstain(?:ed|ing|ers)?|[Aa]bstentions?|[Aa]yes?|[Nn]ays?|[Nn]oes|[Ff]avou?r)\s*:?\s+$/;
/** A vote's label just before a number: "Against:", "In favour –", "Abstentions:". */
const VOTE_LABEL_END = /\b(?:against|for|in\s+favou?r|abstain\w*|abstentions?|ayes?|noes?|nays?|yeas?|absent)\s*[:\-–—]\s*$/i;

/**
 * A clause number inside a line; "(ii)the" with no space after the bracket, as PDFs print it, counts too, and so does a
 * scrutiny review's "R1." ("… for consideration: R1. That … R2. That …"), and a
 * letter and its stop, as in "That the Board: a. Receives the report. b. Declines …"; so do a PDF's spaced "1 ." and "( a )" and
 * Roman numerals in capitals ("I. approves …; II. asks …").
 */
const TOKEN = /(?<=\s)(?:(\(\w{1,4}\)|\(\s\w{1,4}\s\))\s*(?=\S)|(R\d{1,2}[.:]|[a-zA-Z]\)|[ivx]{1,4}[.)]|[IVX]{1,4}\.|[a-h]\.|[A-H]\.|\d{1,2}\)|\d{1,2}\s\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?=\S))/g;

/**
 * Where a numbered sequence runs on inside one line: "(1) ... and (2) ..." anywhere;
 * "2. RECOMMENDATIONS 2.1 Members are asked ... 2.2 ... 3. MEETING WITH" in long
 * lines only. A cut is made only before the number that should come next, so
 * "paragraphs 3.19 to 3.24" in running text stays whole.
 */
/** A paper or part of one that a number after it names: "Attachment 1", "Appendix 2", "paragraph 4". */
const CITED_PAPER = /\b(?:Attachment|Appendix|Annex(?:e|ure)?|Schedule|Table|Figure|[Pp]aragraph|Section|Clause|Page|Option)\s+$/;

/** "(c)" then "…; (d) …", "(3)" then "…; and (4) …": the bracketed number after this one follows a semicolon in `after`. */
function followedBySuccessor(n: ClauseNumber, after: string): boolean {
  if (!/^\((?:[a-h]|\d{1,2})\)$/.test(n.raw)) return false;
  const next = expectedAfter(n).replace(/[()]/g, '\\$&');
  return new RegExp(String.raw`;\s*(?:and\s+|or\s+)?${next}\s`).test(after);
}

function numberCuts(text: string): number[] {
  const cuts: number[] = [];
  const long = text.length > LONG;
  let trail: ClauseNumber[] = [];
  // Where a list opened mid-line after its lead-in's last word, cut only once the list's second number is found.
  let opener: number | undefined;
  let colonList = false;
  const first = parseNumber(text);
  if (first) trail = [first.number];
  for (const m of text.matchAll(TOKEN)) {
    // "… the consent agenda as follows: A. Approve the minutes. B. Adopt …": a capital and its stop after a colon opens a list,
    // not "Present: A. Brown, B. Jones", whose letters are initials.
    const colon = /:\s*[-–—]?\s*$/.test(text.slice(0, m.index));
    const parsed = parseNumber(text.slice(m.index), trail[trail.length - 1], colon);
    if (!parsed) continue;
    const n = parsed.number;
    // "… Yes - 7, No - 0. MOTION CARRIED.": a count of nought, which numbers no list or heading; "… the conditions in Attachment
    // 1. COUNCIL RESOLUTION …": the number a cited paper's word takes, its stop the sentence's; "… Against 8, Abstain 2. The
    // Cathaoirleach declared …": a count after its side of the vote.
    if (n.style === 'num-dot' && (n.value === 0 || CITED_PAPER.test(text.slice(Math.max(0, m.index - 12), m.index)) || VOTE_SIDE.test(text.slice(Math.max(0, m.index - 14), m.index)))) continue;
    const after = text.slice(m.index + m[0].length);
    if (n.style === 'upper-mark' && n.raw.endsWith('.') && !/^[A-Z][a-z]+\s+(?![A-Z][a-z]+,)[\w$£€]/.test(after)) continue;
    // "… notes the progress on the Cycle 2 Flood Risk Management actions": a bare number between words in running text is part
    // of a name, not a section's ("… June 2022. 2 Background", "… Committee: 2 BACKGROUND" are).
    if (n.style === 'bare-num' && /[a-z]\s+$/.test(text.slice(0, m.index)) && /^[A-Z][a-z]/.test(after)) continue;
    const paren = n.raw.endsWith(')');
    if (paren) {
      const last = trail[trail.length - 1];
      // "…; - (ii) emphasise …": a bullet's dash may stand before the number when a list is run into one line.
      // "… Board: a) receive the report b) approve the grants … c) recommend …": a list opened after its lead-in's colon, its
      // separators lost where a paragraph was joined into one line, goes on at the next letter before a verb in lower case.
      const bare = colonList && /[\w%)]\s+$/.test(text.slice(0, m.index)) && /^[a-z]/.test(after);
      // "…; and RECOMMENDED TO COUNCIL – (c) that …": a marker in capitals and its dash before the next letter; "… room hire
      // £36.00 b) Budget 2027/28 – …", a payments list's last sum before the next letter, a parish's page run into one line.
      // "(2) That the following be submitted to Cabinet: (a) …; (c) … increase. (3) That the Cabinet Member …": the outer list
      // goes on after the inner one's last item.
      const outer = last && !isNext(last, n) && trail.length > 1 ? trail.findLastIndex((t) => isNext(t, n)) : -1;
      if (last && (isNext(last, n) || outer >= 0) && (bare || /[;,.:]\s*(?:and|or)?\s*(?:[-–—•·]\s*)?$|\s(?:and|or)\s*$|\b[A-Z]{4,}\s*[-–—]\s*$|[£$€]\s?\d[\d,]*\.\d\d\s*$/.test(text.slice(0, m.index)))) {
        if (opener !== undefined) cuts.push(opener);
        opener = undefined;
        cuts.push(m.index);
        if (outer >= 0) trail = trail.slice(0, outer + 1);
        trail[trail.length - 1] = n;
      } else if (last && last.style !== n.style && n.value > 1 && /[a-z)][.;]\s*$/.test(text.slice(0, m.index)) && /^(?:That|THAT)\s/.test(after)) {
        // The same where the line opens on the inner list, the outer one's number on a line above: a wrapped paragraph's "(b) that
        // transport … strategy. (3) That the Executive Member …".
        cuts.push(m.index);
        trail = [n];
      } else if (n.value > 1 && /^\(?[b-h]\)$/.test(n.raw) && (((!last || last.style !== n.style) && /[a-z\d)][.!?]\s*$/.test(text.slice(0, m.index)) && SUB_ITEM_TITLE.test(after)) || ((!last || last.style !== n.style) && AFTER_ITEM_TITLE.test(text.slice(0, m.index)) && /^[A-Z][\w’' -]{2,60}:\s/.test(after)))) {
        // "… at £3,150. d) Insurance. It was RESOLVED …", "… enforcement team. (b) One Voice Wales - training programme -
        // noted.": a parish's lettered sub-item whose letters before it stand on lines (or whose letter "(a)" came after
        // another list's numbers, "iii. … 114. Correspondence (a) …", and was not taken as a list's start)
        // above (a hard-wrapped paragraph, broken where a line ended on a stop); its short title and stop say it is one. So do
        // the item's number and title before it and its topic's colon after ("6/27 Playing Field b) Annual play inspection: …").
        cuts.push(m.index);
        trail = [n];
      } else if (!last && n.value > 1 && /:\s*[-–—]?\s*$/.test(text.slice(0, m.index)) && followedBySuccessor(n, after)) {
        // "Cabinet also RESOLVED: (c) to note …; (d) to ask …": a list that goes on from one above it opens on its letter
        // after the colon, where the next letter follows in the line.
        cuts.push(m.index);
        colonList = true;
        trail = [n];
      } else if (n.value === 1 && (/:\s*[-–—]?\s*$/.test(text.slice(0, m.index)) || /(?:^|[.:]\s+|\bthat\s+|\b(?:Decision|DECISION)s?\s+)(?:The|the)\s+(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*\s+[-–—]\s*$/.test(text.slice(0, m.index)) || SHOUTED_ITEM_END.test(text.slice(0, m.index)) || (BODY_LEAD_END.test(text.slice(0, m.index)) && /^(?:[a-z]{3,}ed|[A-Z]{3,}ED)\b/.test(after)))) {
        // "That approval be given to: (1) …", "recommend to Council: (a) …": the lead-in stands on its own line; so does a
        // Northern Irish minute's reference and title in capitals ("EN 213/26 CORRESPONDENCE (i) Letter from NIEA …"). So does
        // a decision's subject and its dash, "Decision: The Executive – (i) approved …", a list run into one line, and a
        // Scottish report's "The report recommended:- that the Committee - (a) note …", or its "Decision" heading over the
        // subject ("… Decision The Committee – (a) agreed to …", a page run into one line), or with no dash where the list's
        // verbs are in the past tense ("Decision: The Executive (a) approved …; (b) delegated …", a paragraph joined into one
        // line).
        cuts.push(m.index);
        colonList = true;
        const lead = leadInStart(text, m.index);
        if (lead !== undefined) cuts.push(lead);
        trail = last && last.style !== n.style ? [...trail, n] : [n];
      } else if ((!last || (last.style !== n.style && /^(?:num-dot|decimal)$/.test(last.style)) || restarts(last, n, text.slice(0, m.index)) || MARKER_LEAD_END.test(text.slice(0, m.index))) && n.value === 1) {
        // "RESOLVED: (1) That ... and (2) that ...": the list starts mid-line.
        // "The Forum agreed to (1) ask Police Scotland …, and (2) invite …": after a lead-in's "to" or "that" with no colon,
        // the lead-in is cut from the list too, so each item is read as a clause under it, not the first one inside it.
        // Under an item's number the letters nest, and the next item's number still follows it ("4. Delegations (a) … 5. …").
        trail = last && last.style !== n.style ? [...trail, n] : [n];
        // "… on the Council's website. 1) Approve the proposed Pay Policy …; 2) Recommend …": after a sentence's stop too, where a
        // paragraph joined into one line runs the narrative into the list.
        // "54. CAPITAL PROGRAMME … RESOLVED – (a) that …": after a marker and its dash, the item's number before it all.
        // "… record. 414. Planning a) 26/00311/HOU – …": after an item's number and title, the list under it has a line of its own.
        // A new marker's list after another list ("… (c) … to the Cabinet. … RECOMMENDED to Cabinet that (1) …") starts afresh.
        if (last && MARKER_LEAD_END.test(text.slice(0, m.index))) trail = [n];
        if (/\s(?:to|that)\s*$|[a-z)][.!?]\s*$/i.test(text.slice(0, m.index)) || /\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\s*[-–—]\s*$/.test(text.slice(0, m.index)) || ITEM_TITLE_END.test(text.slice(0, m.index))) opener = m.index;
      }
      continue;
    }
    // "it was RESOLVED to: 1. Note … 2. Agree …": a list that opens after a colon mid-line.
    // "is asked to:- i. note …; ii. approve …": in lower case when another number follows a semicolon further on (a Welsh
    // cabinet's "RESOLVED: 7.1 derbyn yr adroddiad / to receive the report; 7.2 …" too).
    // "In favour: 5. Against: 1. Motion carried.": a vote's count, not a list's first number.
    // "it was RESOLVED – a. that …; b. that …": a marker and its dash stand for the colon, and a "Decision" heading alone before
    // the list ("Decision 1. To grant …. 2. To add …", a paragraph joined into one line) for its line. "…: a. 311 -- Eliminate …": an item
    // may open on a number that names its topic.
    // "RECOMMENDED to Cabinet that (1) the Policy be amended …; and (2) …": the marker, its body and "that" stand for the colon.
    // "Cabinet RESOLVED: 3. to note …; 4. to ask …": a list that goes on from one above it opens on its number, where the next
    // number follows in the line.
    const resumes = n.value > 1 && n.style === 'num-dot' && new RegExp(String.raw`[.;]\s*(?:and\s+|or\s+)?${n.value + 1}\.\s`).test(after);
    // "Chief Administrative Officer 1. That City Council AUTHORIZE …; and, 2. That …": a tracker's owner cell before a list of
    // clauses, a table flattened into a paragraph.
    const afterOwner = n.value === 1 && n.style === 'num-dot' && /\b[A-Z][a-z]+\s*$/.test(text.slice(0, m.index)) && /^(?:That|THAT)\s[^;]*;\s*(?:and,?\s+)?2\.\s+(?:That|THAT)\s/.test(after);
    const leadIn = SEMICOLON_LEAD_IN.test(text.slice(0, m.index));
    // "5/27 Finance i. The following payments were approved: … ii. Budget 2027/28: …": a parish's sub-items in small numerals
    // or letters open under the item's number and short title, a page run into one line.
    // "9.2 FEES AND CHARGES 2026/27 1. That the fees …": a list of "That" clauses under a section's number and title the same.
    const underTitle = (/^(?:roman-dot|alpha-dot)$/.test(n.style) || (n.style === 'num-dot' && /^(?:That|THAT)\s/.test(after))) && AFTER_ITEM_TITLE.test(text.slice(0, m.index));
    if ((n.value === 1 || resumes) && n.style !== 'bare-num' && (afterOwner || leadIn || underTitle || /(?::|\b(?:MOTIONS?|RECOMMENDED|RECOMMENDATIONS?|Recommendations?|Recommended|ACTIONS?))\s*[-–—]?\s*$|\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\s*[-–—]\s*$|(?:^|[a-z)][.!?]\s+|[a-z]\s+)(?:Decisions?|DECISIONS?)\s*$/.test(text.slice(0, m.index)) || BODY_LEAD_END.test(text.slice(0, m.index)) || DECISION_OF.test(text.slice(0, m.index)) || MARKER_LEAD_END.test(text.slice(0, m.index))) && !VOTE_LABEL_END.test(text.slice(0, m.index)) && (/^[A-Z“"‘(]/.test(after) || NUMBER_TOPIC.test(after) || (/^[a-z]/.test(after) && /;\s*(?:and\s+|or\s+)?(?:\(?(?:[ivx]{1,4}|[IVX]{1,4}|[b-h]|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)\s/.test(after)))) {
      cuts.push(m.index);
      // "b. Approves the following grants: i. … ii. … c. Declines …": a list inside an item of another list, which goes on after it.
      const last = trail[trail.length - 1];
      trail = last && last.style !== n.style ? [...trail, n] : [n];
      continue;
    }
    // "… be approved. 2. Declarations of Pecuniary Interest 3. Receipt of the Minutes": agenda headings run on in a flattened page,
    // or a title and its decision ("… by 21:00. 3. Review of Personal Licence – Mr J Patel RESOLVED that …", "… meeting. 7.
    // Community Grants Members agreed to (i) …").
    const titled = n.style === 'num-dot' && /[.;:]\s*$/.test(text.slice(0, m.index))
      && /^[A-Z][\w’'-]*,?(?:\s+(?:[A-Z][\w’'-]*,?|of|and|the|for|to|in|on|&|-|–)){0,9}(?:\s+(?:\d{1,2}\.|\([a-z]\))\s|\s*$|\s+(?=(?:RESOLVED|AGREED|DECISION|DECIDED)\b|(?:Resolved|Agreed)\s+(?:to|that)\s|(?:The\s+)?(?:Committee|Council|Board|Cabinet|Panel|Executive|Members)\s+(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\b))/.test(after);
    // "i. note the report; ii. approve the plan; and iii. …": after a semicolon the next item may open in lower case.
    const listed = /;\s*(?:and|or)?\s*$/.test(text.slice(0, m.index)) && /^[a-z]/.test(after);
    const opens = /^[A-Z“"‘(]/.test(after) || NUMBER_TOPIC.test(after) || listed;
    // "…; and, 2. That …": an Ontario clerk's comma after the conjunction.
    if (!titled && !long && !(trail.length === 1 && isNext(trail[0], n) && opens && /[.;:]\s*(?:and|or)?,?\s*$/.test(text.slice(0, m.index)))) continue;
    const heading = titled || (n.style === 'num-dot' && /^[A-Z][A-Z’'&,-]{2,}(?:\s|$)/.test(after));
    const level = trail.findIndex((t) => isNext(t, n) || isChildOf(t, n));
    // "4.0 APPROVAL OF CONSENT AGENDA … to approve the Consent Agenda items 4.1 through 4.6. Vote: 5-0": a number the words
    // before it cite is the end of a range, no clause of the section.
    if (heading || (level !== -1 && opens && !CITES_NUMBER.test(text.slice(Math.max(0, m.index - 12), m.index)))) {
      cuts.push(m.index);
      if (heading) trail = [n];
      else if (isChildOf(trail[level], n)) trail = [...trail.slice(0, level + 1), n];
      else trail = [...trail.slice(0, level), n];
    }
  }
  // "Resolved to (i) approve …; and" with "(ii) close …" on the line below: the list's second number is past the line's end.
  if (opener !== undefined && /(?:[;,]\s*(?:and|or)?|\s(?:and|or))\s*$/.test(text)) cuts.push(opener);
  return cuts.sort((a, b) => a - b);
}

/**
 * "… (c) That the Adjustment Budget be published. OC 115/2025 REPORT ON … RESOLVED (a) That …": a page run into one line holds
 * the next item's list after the last one's, opening again on its first number after its own marker, or after the next item's
 * number and title ("… flood risk. 26/036 Finance a) Payments. … b) Bank reconciliation. …", a parish's lettered sub-items).
 */
function restarts(last: ClauseNumber, n: ClauseNumber, before: string): boolean {
  return last.style === n.style && last.value > 1 && (/\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\s*[-–—:]?\s*$/.test(before) || ITEM_TITLE_END.test(before));
}
/**
 * The body alone as the subject of a list run on after it, its colon lost where a paragraph was joined: "Decision: The Board
 * 1. endorsed the annual report; 2. requested …".
 */
const BODY_LEAD_END = new RegExp(String.raw`(?:^|[.:;]\s+|\b(?:Decisions?|DECISIONS?)\s+)(?:The|the)\s+(?:[A-Z][\w’'&-]*\s+){0,4}(?:${SUBJECT_BODY})\s*$`);
/** A minute's reference and its title in capitals just before its first sub-item: "… record. EN 213/26 CORRESPONDENCE ". */
const SHOUTED_ITEM_END = /(?:^|[.;!?]\s+)(?:[A-Z]{1,4}\s?)?\d{1,4}\/\d{1,4}\s+[A-Z]{3,}(?:\s+(?:[A-Z’'&-]{2,}|&)){0,6}\s+$/;
/** A marker of its own sentence and its "that" (or colon) just before a list: "… final report. RECOMMENDED to Cabinet that ". */
const MARKER_LEAD_END = /(?:^|[.;!?]\s+)(?:RESOLVED|RECOMMENDED|AGREED|DECIDED|Resolved|Recommended|Agreed)(?:\s+to(?:\s+the)?(?:\s+[A-Z][\w’'&-]*){1,5}?)?(?:\s+that|\s*[:\-–—])\s*$/;
/** An item's number and short title, anywhere in the line, just before a sub-item opens under it: "… Hall 5/27 Finance ". */
const AFTER_ITEM_TITLE = /(?:^|\s)(?:[A-Z]{0,4}\d{1,4}\/\d{1,4}|\d{1,3}\.|\d{1,2}\.\d{1,2}\.?)\s+[A-Z][\w’'&,/]*(?:\s+[\w’'&,/]+){0,4}\s+$/;
/**
 * A sub-item's short title and its stop, the minute's sentence after it: "Insurance. It was RESOLVED …"; or a letter's topic
 * and the verdict after its dash: "One Voice Wales - training programme - noted.".
 */
const SUB_ITEM_TITLE = /^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}\.\s+[A-Z]|^[A-Z][\w’'&-]*(?:\s+(?:[-–—]\s+)?[\w’'&-]+){0,8}\s+[-–—]\s+(?:noted|agreed|approved|deferred|received|resolved|it\s+was|[Mm]embers\s+agreed)\b/;
/** An item's number and short title, just before the list that opens under it. */
const ITEM_TITLE_END = /(?:^|[.;!?]\s+)(?:\d{1,3}\.|[A-Z]{0,4}\d{1,4}\/\d{1,4}|\d{1,2}\.\d{1,2}\.?)\s+[A-Z][\w’'&,]*(?:\s+[\w’'&,]+){0,6}\s+$/;

/** A list item that opens on a number naming its topic: "a. 311 -- Eliminate …", "b. 2028 Budget -- Include …". */
const NUMBER_TOPIC = /^\d[\w/.-]*\s+(?:[-–—]{1,2}\s|[A-Z][a-z])/;

/** Words that cite the number after them: "items 4.1 through 4.6", "see 3.2", "under paragraph 5.4". */
const CITES_NUMBER = /\b(?:through|thru|to|items?|sections?|paragraphs?|clauses?|appendix|see|under|per|of|in)\s+$/i;

/**
 * Where the lead-in sentence before a list's colon starts, when a paragraph run into one line puts narrative before it: "…
 * inadequate (upheld). Redress and recommendations The Ombudsman recommends that the Council: - (i) ensure …" cuts before "The
 * Ombudsman". Undefined when the sentence opens the line, or no sentence end is near enough to be sure of.
 */
function leadInStart(text: string, at: number): number | undefined {
  const from = Math.max(0, at - 300);
  let start: number | undefined;
  for (const m of text.slice(from, at).matchAll(LEAD_IN_BOUNDARY)) {
    const end = from + m.index;
    if (!WALL_ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) start = end + m[0].length;
  }
  return start;
}
/**
 * A sentence's end, or a heading of recommendations run into the sentence under it ("Redress and recommendations The Ombudsman …").
 * An item's number after a stop is none: "… June 2027. 46. Leisure Centre Contract RESOLVED that: (a) …" has its lead-in after the
 * number ("… in Attachment 1. Motion Moved …" ends a sentence on a number).
 */
const LEAD_IN_BOUNDARY = /(?<=[a-z0-9)\]][.!?]["”’)]*)(?<!(?:^|[.;!?]\s+)\d{1,3}\.)\s+(?=[A-Z])|(?<=\b(?:[Rr]ecommendations?|RECOMMENDATIONS?)(?:\s*\(s\))?)\s+(?=(?:The|That|It|Members|Officers|Council|Cabinet)\b)/g;

/** A number at the line's start or after a sentence's end, a capital or a reference after it: "… record. 46. 25/01234/FUL – …". */
// A parish's minute references run the same way: "… were approved and signed. 26/034 Finance: …", the last part counting.
// "COUNCIL RESOLUTION 2025/189" numbers a resolution, no item, however many follow in sequence (a table's column headed
// "Resolution" before its first row's "27/41" is no such label). A Northern Irish committee's "ES 113/26" counts in its first
// part, the year after the slash (a South African council's "OC 114/2025" the same, its year in full; a Northern Irish
// committee's "LC/86/2026" too, its letters and year the run's key, and an Irish strategic policy committee's "TMSPC/42/26",
// five or six letters before the slash). "Res. 88/27" is a resolution's number, no item's. An Irish municipal district's dotted
// "BA.23.26" counts in its middle part, its letters and year the run's key; an English planning committee's "P.71", "P.72" with
// no year counts the same (and its "PC/88", "PC/89"). An integrated care board's "ICB 27/031", its code, a space, the year and
// a minute of three figures, is one reference, counted in its last part. An executive's "EX 112", its code and the minute's
// number with no year, before a title in capitals (or a scrutiny committee's "OSC 27 Transport …" in title case), counts the
// same (not "PART 2 EXEMPT …"). An NHS trust board's "BoD/26/142" or "TBo/27/012" spells its code in mixed case.
const ITEM_NUMBER = String.raw`(?<!\b(?:Res|No|Nos|Ref)\.\s+)(?<!\b(?:(?:COUNCIL|Council|COMMITTEE|Committee)\s+(?:RESOLUTION|Resolution)|RESOLUTION)\s+)(?:(\d{1,3})\.|(?![A-Z]{1,4}\/\d{1,4}\/\d{4}\b)((?:[A-Z]{1,4}[./]?|[A-Z][A-Za-z]{1,3}\/|[A-Z]{2,4}\s(?=\d{2}\/\d{3}\b))?\d{1,4}\/)(\d{1,4})|([A-Z]{1,4}[\s/]|[A-Z]{5,6}\/)(\d{1,4})(\/\d{2}(?:\d{2})?)|(\d{1,3}\.)([A-Ha-h])\.|(\d{1,2}\.)(\d{1,2})\.?|([A-Z]{1,4}[./])(\d{1,4})(\.\d{2})?|(?!(?:PART|ITEM|PAGE|ROOM|WARD|AREA|NO|TAB|VAT|NHS|BOX|AND|THE|FOR|OF|TO|ON|AT|BY|IN|UK|US|TOP|MIN)\s)([A-Z]{2,4}\s)(\d{2,4})(?=\s+[A-Z](?:[A-Z]{2}|[a-z]))|([A-H])\.(?=\s+[A-Z][a-z]))\s+(?=[A-Z\d“"(])`;
// A payments list's last sum ends its item as a stop does: "… Un Llais Cymru £86.00 4. Cynllunio / Planning …"; so does an
// action minute's tally in brackets: "… items 4.1 through 4.6. (5-0) 5. Resolution approving …", and an English committee's
// vote ("… in the report. (Unanimous) PC/91 APPEAL DECISIONS …").
const AFTER_STOP = new RegExp(String.raw`(?<=^|[.;:!?]["”’)]*\s+|[£$€]\s?\d[\d,]*\.\d\d\s+|${TALLY_IN_BRACKETS}\s+|${VOTE_IN_BRACKETS}\s+|${LABELLED_TALLY}(?<=\))\s+)${ITEM_NUMBER}`, 'g');
/** A parish's word for its minute, after a stop and before the reference: "… report back. Min 26/131", "… Minute No. 45/26". */
const MINUTE_WORD_BEFORE = /(?:^|[.;:!?]["”’)]*\s+)((?:Min(?:ute)?|MIN(?:UTE)?)\.?\s+(?:No\.?\s*)?)$/;
/** A word that cites the reference after it: "minute 81/26", "see 81/26". */
const CITED_BY = /\b(?:minutes?|min|item|ref|see|per|of|under|in|to|at|no|and)\.?\s+$/i;
/** The same after a word: "… Cllr. M. Ó Dálaigh 1. Confirmation of Minutes …", a run's first item after the page's heading. */
const AFTER_WORD = new RegExp(String.raw`(?<=[^\s.;:!?"”’)]\s+)(?<![£$€]\s?\d[\d,]*\.\d\d\s+)${ITEM_NUMBER}`, 'g');
/**
 * A board's lettered minute reference after a closing bracket: "… Helen Obi (Healthwatch Castlebridge) HWB/26/12 Joint …"; a
 * parish's after its movers' bracket: "… (Proposed Cllr Barlow, seconded Cllr Pryce, all in favour) 26/144 Planning …"; a Northern
 * Irish committee's "… Seconded by Alderman Boyd) LC 90/26 COMMUNITY GRANTS …", its code and a space before the number.
 */
const AFTER_BRACKET = new RegExp(String.raw`(?<=\)\s+)(?=(?:[A-Z]{2,4}[\/\s])?\d{2,3}\/\d{1,4}\s+[A-Z])${ITEM_NUMBER}`, 'g');

/**
 * A page flattened into one line numbers its items in a run: "45. Minutes RESOLVED: … record. 46. 25/01234/FUL – Land at
 * Orchard Farm … 47. … 48. Appeals Update The Committee noted …". Three numbers or more in sequence, each at a line's start or
 * after a sentence's end, are that run, whatever the titles look like; one or two are as likely a sum or a reference. The run
 * is read over the whole document, as a hard-wrapped copy of the page spreads it over many lines. Returns, by line index,
 * where to cut: before each number inside a line, and after the item's title.
 */
function chainCuts(lines: Line[]): Map<number, number[]> {
  const found: { line: number; at: number; key: string; value: number; loose: boolean }[] = [];
  const push = (i: number, m: RegExpMatchArray, after: boolean) => {
    // "… ACTION: Clerk 82/26 Speedwatch …": a parish's bare reference after a word goes on a run of them as well as opening one,
    // where no word before it cites it ("see minute 81/26"); after a code in capitals ("EE 141/26") it is that reference's tail.
    const wide = m.input!.slice(Math.max(0, m.index! - 24), m.index);
    const before = wide.slice(-12);
    // "… the Community Engagement Policy at Attachment 1. 2. Revoke …": the number a cited paper's word takes opens no run.
    if (after && CITED_PAPER.test(before)) return;
    const afterName = Boolean(m[2] && /^\d+\/$/.test(m[2]) && /(?:^|\s)[A-Z]?[a-z]+\s+$/.test(before) && !CITED_BY.test(before));
    // "… adopted 6-1. ORDINANCES 3. Ordinance No. 2026-12 …": a section's heading in capitals, a word of its own after a stop,
    // before the next number too; not a label or marker that owns the number ("ARTICLE 3.", "RESOLVED 313/26"). "… January 20,
    // 2026 ACTION ITEMS 10.1 Adoption of …": a heading of two words in capitals after the date of the page's title. A health
    // board's "DUHB 26/142 Charitable Funds …": a code that opens the line before a reference is the reference's own.
    const afterHeading = /(?:^|[.!?]\s+|\b(?:19|20)\d\d\s+)(?!(?:ARTICLE|ITEM|SECTION|PART|CHAPTER|APPENDIX|SCHEDULE|MINUTES?|RESOLUTION|RESOLVED|AGREED|DECIDED|DECISION|MOTION|CARRIED|ORDINANCE|PAGE)\s)[A-Z]{4,}(?:(?<=\d\s+[A-Z]+)\s+[A-Z]{4,})?\s+$/.test(wide) && !OWN_CODE.test(m.input!.slice(0, m.index! + 12));
    // "… Councillor Cotter/Councillor Turner Carried 2. Declarations of Interest …": a motion's verdict ends its item as a stop does.
    // A planning list's "… Ash at Station Road – NOT CONFIRMED P26/33 Licensing …" the same, and a tally with its note in brackets.
    const afterVerdict = AFTER_VERDICT.test(m.input!.slice(Math.max(0, m.index! - 100), m.index));
    // "… report back. Min 26/131 Apologies …": a parish's word for its minute after a stop, no citation of the reference; the
    // minute starts at the word.
    const minuteWord = after ? MINUTE_WORD_BEFORE.exec(wide) : null;
    const loose = after && !afterName && !afterHeading && !afterVerdict && !minuteWord;
    const start = minuteWord ? m.index! - minuteWord[1].length : m.index!;
    // A Florida commission's "8.A.", "8.B.": the letters count under their section's number.
    // A California agenda's "7.a.", "7.b." the same in lower case.
    // A school board's "5.1", "5.2": decimals count under their section's number as the letters do.
    // A US agenda's "A.", "B.", "C.": a letter alone counts in a run of its own.
    found.push({ line: i, at: start, key: m[16] ? 'A.' : m[2] ?? (m[4] ? m[4] + m[6] : m[11] ? m[11] + (m[13] ?? '') : m[14] ?? m[7] ?? m[9] ?? ''), value: m[8] ?? m[16] ? (m[8] ?? m[16]).toUpperCase().charCodeAt(0) - 64 : Number(m[1] ?? m[3] ?? m[5] ?? m[10] ?? m[12] ?? m[15]), loose });
    // "113/26 Bin Collection Review": a bare reference may count in either part, so both readings are offered to the run; so may
    // a Northern Irish committee's "E189/26", its letter kept with the year, and an Irish district's "MD/42/28".
    const lead = m[2] ? /^([A-Z]{0,4}[./]?)(\d+)\/$/.exec(m[2]) : null;
    if (lead && m[3].length === 2) found.push({ line: i, at: start, key: `${lead[1]}/${m[3]}`, value: Number(lead[2]), loose });
    // "… IN THE VILLAGE HALL 25/031 Apologies …": a word in capitals before a parish's reference reads as an ICB's code ("ICB
    // 27/031"); the reference alone is offered to the run as well, cut where it starts.
    const coded = m[2] ? /^[A-Z]{2,4}\s(\d{1,4}\/)$/.exec(m[2]) : null;
    if (coded) found.push({ line: i, at: m.index! + m[2].length - coded[1].length, key: coded[1], value: Number(m[3]), loose });
    // "ES 27/44 DOG CONTROL ORDERS": a committee's code, then the year and the minute as often as the minute and the year; both
    // readings are offered to the run, as for a bare reference.
    if (m[4] && m[6].length === 3) found.push({ line: i, at: m.index!, key: `${m[4]}${m[5]}/`, value: Number(m[6].slice(1)), loose });
  };
  for (const [i, l] of lines.entries()) {
    if (!/\d[./](?:\d{0,4}|[A-Ha-h]\.)\s|[A-Z][./]\d|[A-Z]{2}\s\d{2}/.test(l.text)) continue;
    for (const m of l.text.matchAll(AFTER_STOP)) push(i, m, false);
    // A number after a word may only open a run ("… 2026 8.A. Resolution …" before "… 4-1. 8.B. Ordinance …"), as "Appendix
    // 3. The …" is a sentence's end more often than an item.
    for (const m of l.text.matchAll(AFTER_WORD)) push(i, m, true);
    // The attendance list's last name and its organisation in brackets, then the first minute, a page run into one line; or an
    // action's owner and date in brackets, then the next minute ("… (COO, 7 January 2027) TB/26/105 …"), which goes on the run.
    if (l.text.includes(')')) for (const m of l.text.matchAll(AFTER_BRACKET)) push(i, m, false);
  }
  found.sort((a, b) => a.line - b.line || a.at - b.at);
  // For each number, the run it ends: the nearest number before it that is one less, and that one's run. A minute reference
  // may skip one ("… 25/034 Grass cutting … 25/036 Correspondence …", the minute between taken in private); a list's number
  // may not.
  const run = found.map(() => 1);
  const previous = found.map(() => -1);
  const last = new Map<string, number>();
  for (const [k, f] of found.entries()) {
    const j = f.loose ? undefined : last.get(`${f.key}|${f.value - 1}`) ?? (f.key.includes('/') ? last.get(`${f.key}|${f.value - 2}`) : undefined);
    if (j !== undefined) {
      run[k] = run[j] + 1;
      previous[k] = j;
    }
    last.set(`${f.key}|${f.value}`, k);
  }
  const cuts = new Map<number, number[]>();
  const add = (line: number, at: number) => {
    const list = cuts.get(line) ?? [];
    if (!list.includes(at)) list.push(at);
    cuts.set(line, list);
  };
  const done = new Set<number>();
  // The lines that hold a run's number inside them: a page flattened into lines, whose first number may open the line.
  const flattened = new Set(found.filter((f, k) => f.at > 0 && (run[k] >= 3 || previous[k] >= 0)).map((f) => f.line));
  // "61. 30/01442/FUL – LAND EAST OF MILL LANE, ASHTON The Principal Planning Officer presented …" then "62. …": two items in a
  // row, each opening its paragraph, may cut a title in capitals from its minute; a title in sentence case waits for a run of
  // three. A pair that a third number goes on is read as that run.
  const continued = new Set(previous.filter((p) => p >= 0));
  for (const [k] of found.entries()) {
    if (run[k] < 2 || (run[k] === 2 && continued.has(k))) continue;
    const pair = run[k] === 2;
    let first = k;
    while (previous[first] >= 0) first = previous[first];
    const head = found[first];
    // "… RESOLVED to: 1. Note … 2. Agree …": a list after its lead-in's colon is clauses, each ending on its own stop, not titles.
    // A run whose first number opens its line follows the lead-in on the line above ("… enacts as follows:" / "1. THAT …").
    const before = head.at > 0 ? lines[head.line].text.slice(Math.max(0, head.at - 20), head.at) : lines[head.line - 1]?.text ?? '';
    // "… Refurbishment Decision 1. Cabinet approved …": so does a decision's heading, with no colon where a page is run into one line.
    const clauses = /:\s*$/.test(before) || SEMICOLON_LEAD_IN.test(before) || /(?:^|\s)(?:Decisions?|DECISIONS?|RESOLVED|Resolved)\s*[-–—]?\s*$/.test(before);
    for (let j = k; j >= 0 && !done.has(j); j = previous[j]) {
      done.add(j);
      const { line, at } = found[j];
      // A pair is read only where each number opens its paragraph: inside a line two numbers are as often a count ("In favour:
      // 6. Against: 1.") or a reference's tail ("Cab 26/08"). A planning application's reference after it ("… set out above.
      // 62. 30/01501/HOU – 3 THE GREEN …") says it is an item wherever it stands, as does a committee's lettered minute reference
      // ("… policy each year. EX/26/89 Highways Term Maintenance Contract …", a parish's "… Carried. 27/062 Planning …"), which no
      // count or sum is written like.
      // A code of its own before the number makes it that reference's tail: "Cab 26/08".
      if (pair && at > 0 && ((!PAIR_APPLICATION.test(lines[line].text.slice(at, at + 40)) && !PAIR_LETTERED.test(lines[line].text.slice(at, at + 40))) || /(?:^|\s)[A-Z][A-Za-z]{0,2}\s+$/.test(lines[line].text.slice(Math.max(0, at - 5), at)))) continue;
      if (at > 0) add(line, at);
      if (clauses) continue;
      // A number that opens its line is cut there already, and its title is the line's to read, unless the line is the page or
      // a paragraph joined into one line ("6. Financial Recovery Plan The Chief Finance Officer presented …"): there the title
      // ends only where a sentence plainly starts, as a title's own stop is the item reader's to find.
      const opens = at === 0 && !flattened.has(line);
      // A line too short to hold a title and a sentence after it has nothing to cut: most numbered lines, asked cheaply.
      if (opens && lines[line].text.length < 30) continue;
      // The item's title ends at its first stop ("46. 25/01234/FUL – Land at Orchard Farm. The Committee heard …") or before a
      // member's motion ("2. Consent Agenda Trustee Ruiz moved to approve …"): the minute's first sentence is no title's words.
      const rest = lines[line].text.slice(at, at + 200);
      // "11. RESOLUTION (2019-47) Approval of the Consent Agenda …": a measure's label in capitals names no item; its words do.
      const shouted = SHOUTED_LABEL.test(rest) ? null : TITLE_SHOUTED.exec(rest);
      // Whichever ends first: "3. Draft Annual Budget 2027 The Chief Executive presented the draft budget." has its stop after
      // the minute's first sentence, not the title.
      // "5.3 Motion in the name of Cllr. N. Fitzgerald was deferred to the December meeting." is a sentence to its stop, no title.
      const stopped = opens ? null : TITLE_STOP.exec(rest);
      const stop = stopped && !TOLD_IN_TITLE.test(stopped[0]) ? stopped : null;
      const opening = TITLE_BEFORE_MOTION.exec(rest) ?? TITLE_BEFORE_SENTENCE.exec(rest) ?? TITLE_BILINGUAL.exec(rest);
      const end = shouted ?? (pair ? null : stop && opening ? (opening[0].length < stop[0].length ? opening : stop) : stop ?? opening);
      if (!end) continue;
      // A paragraph's minute is a sentence or more; a table row's "6. AOB None." is a title and its cell. A sentence plainly
      // begun may be short if it ends as one ("5. Correspondence The correspondence was noted.").
      const left = lines[line].text.length - end[0].length;
      const short = left < 30 && (end === shouted || left < 15 || !/[.!?]$/.test(lines[line].text));
      if (!(opens && short)) add(line, at + end[0].length);
    }
  }
  return cuts;
}
/** A committee's code in capitals alone at the line's start, then its minute's reference: "DUHB 26/142". */
const OWN_CODE = /^[A-Z]{2,5}\s+\d{1,4}\/\d/;
/** An item's number, then a planning application's reference: "62. 30/01501/HOU – …". */
const PAIR_APPLICATION = new RegExp(String.raw`^\d{1,3}\.\s+${APPLICATION_REF}`);
/**
 * A committee's letters, the year and the minute's number, then its title: "EX/26/89 Highways …"; a parish's "27/062 Planning",
 * its minute counted from nought, or "6/27 Playing Field", the minute's number before the year; an executive's "EX/41 Housing
 * …", its letters and the minute's number alone; a Northern Irish committee's "ES 142/26 Dog Control Orders", its code before
 * it.
 */
const PAIR_LETTERED = /^(?:(?:[A-Z]{1,4}\/\d{2}\/\d{1,4}|[A-Z]{2,4}\/\d{1,3}|\d{2}\/0\d{2}|\d{1,3}\/\d{2})\s+[A-Z][a-z]|[A-Z]{2,4}\s\d{2,4}\s+[A-Z]{3}|[A-Z]{1,4}\s?\d{1,4}\/\d{2}\s+[A-Z])/;
/** A label in capitals after an item's number ("11. RESOLUTION (2019-47) …", "4. THAT …"): no title of its own. */
const SHOUTED_LABEL = /^\S+\s+(?:RESOLUTION|ORDINANCE|MOTION|ITEM|THAT|RESOLVED|AGREED)\b/;
/** Where a run's item starts: its number or minute reference, then the title. */
const RUN_ITEM = String.raw`^(?:\d{1,3}\.(?:[A-Ha-h]\.)?|[A-H]\.|\d{1,2}\.\d{1,2}\.?|\S+\/\d{1,4}|[A-Z]{2,4}\s\d{2}\/\d{3}|[A-Z]{2,4}\s\d{2,4}(?=\s+[A-Z])|[A-Z]{1,4}\s\d{1,4}\/\d{2}(?:\d{2})?|[A-Z]{1,4}\.\d{1,4}(?:\.\d{2})?)\s+`;
/**
 * "3. 25/00912/FUL ERECTION OF 24 HOUSES, LAND AT MILLBANK The Committee had before it …": a title in capitals, then the minute
 * (a site's house number first too: "89. 31/00301/FUL – 22 WELL STREET, HOLME The Committee …");
 * "3. NOTICE OF MOTION – CLLR. DUNNE "That this Council …"": its short form's stop kept, the quoted motion after it. A dash
 * goes on to the title's second part ("4. CABLE TV - Spectrum Channel 8 …"). A movers' word in capitals names the member
 * after it ("… COUNCIL RESOLUTION 2025/188 MOVED Cr Deane …"): no title ends there. Nor on a Legistar file's number, which opens
 * the next piece ("2. CONSENT AGENDA 26-0412 Approval of …"); a span of years ("… STRATEGY 2026-2030 The Executive …") is none.
 * A case's code alone is no title in capitals: "2. PLN26-0142, 1180 Alder Way. Conditional Use Permit …" names its site next.
 */
const TITLE_SHOUTED = new RegExp(String.raw`${RUN_ITEM}(?:\S+\/\S+\s+(?:[-–]\s+)?)?(?![A-Z]{1,6}[-\s]?\d[\w-]*[,:]?\s+(?:\d{1,5}[A-Z]?,?\s+)?[A-Z][a-z])(?=[A-Z]{3}|\d{1,4}[A-Z]?\s+[A-Z]{3})[A-Z0-9](?:[A-Z0-9 ,’'&/()–-]|(?<=${SHORT_FORM})\.){2,120}?(?<![-–—]\s*)(?<!${MOVERS_WORD})(?<!\s(?!(?:19|20)\d\d-(?:19|20)\d\d\s)\d{2,4}-\d{3,5})\s(?=[A-Z][a-z]|["“‘](?:That|THAT)\b|\d{1,3}\.[A-Ha-h]\.\s)`);
// The cut is made before the title's stop, which the next piece sheds: a title keeps no full stop.
// "3. Notice of Motion – Cllr. Nolan: "That …"": a short form's stop is no title's end, and a colon before a quoted motion is.
// "4. Notice of Motion – Cllr. S. Quinn "That …"": an initial's stop is none either, and the quoted motion ends the title.
// "1. Apologies Council Resolved WDC/2027/00141 That …": a title reaches no marker or clause; the stop past them is the clause's.
// "9.2 FEES AND CHARGES 2026/27 1. That …": the stop of a list's first number after the title is none of the title's.
const TITLE_STOP = new RegExp(String.raw`${RUN_ITEM}(?:(?!\s(?:Resolved|RESOLVED|That|THAT|Noted|Agreed|Approved|Deferred)[\s,:]|\s(?:Decision|DECISION)s?\s+\d)[^.;:!?]|(?<=${SHORT_FORM}|\s[A-Z])\.){3,120}?(?:(?<!${SHORT_FORM}|\s[A-Z]|\s\d{1,2})(?=[.!?]\s+[A-Z])|(?=:?\s+["“‘](?:That|THAT)\b)|(?=:\s+(?:That|THAT)\b))`);
/** A passive verdict: the words before a stop that hold one are a sentence's, not an item's title. */
const TOLD_IN_TITLE = /\s(?:was|were)\s+(?:\w+ly\s+)?(?:deferred|withdrawn|adopted|agreed|approved|noted|carried|lost|defeated|postponed|referred|received|rejected|refused|granted|accepted)\b/;
/** "64. Appeals The Committee noted …", "1. Call to Order President Haugen called …": a title of capitalised words, then the minute's first sentence. */
// "12. Application for a Premises Licence – The Lantern, 3 Quay Street": after a dash the title goes on.
// In a run of three numbers or more the title may be in sentence case ("10. Accounts for payment The following accounts …").
// "18. Home to School Transport Task and Finish Group – Final Report The Chair …": a task group's report names a dozen words.
// "MD/43/28 Notice of Motion: Road Safety at Kilbride School Cllr. T. Nolan moved …": a colon inside the title, initials after.
// "CMD 05/26 The Members noted …": an article opens the sentence, and is never a title of one word.
// "LCS 41/26 Community Festival Fund 2026/27 The Head of …": a financial year's slash inside the title.
// A title ends on no small word: "2.2 The motion in the name of Cllr. J. Killeen regarding … was deferred" is one sentence; nor
// on a clause's "That" ("50. APPOINTMENTS RESOLVED: That Councillor Mistry be appointed …").
const TITLE_BEFORE_SENTENCE = new RegExp(String.raw`${RUN_ITEM}(?:${APPLICATION_REF}\s+(?:[-–]\s+)?(?=[A-Z0-9]))?[A-Z0-9][\w’'-]*[,:]?(?:\s+(?:${NAME_STOP}|[\w’'-]+(?:\/[\w’'-]+)?[,:]?|&|[-–])){0,12}?(?<![-–—])(?<!\b(?:The|A|An|This|These|Its|Their|That|THAT))(?<!\s(?:of|in|the|by|to|for|from|with|and|on|at|a|an|that|seconded|moved|proposed))\s(?=${SENTENCE_AFTER_TITLE})`);
/**
 * "3. Cyllid / Finance Penderfynwyd talu'r …", "5. Maes chwarae / Play area Cytunwyd bod …": a Welsh council's title in both
 * languages, then the minute's first sentence, a capital and a word in lower case, in either language, or an application's
 * reference ("4. Cynllunio / Planning NP5/58/LL12 Tir ger …").
 */
const TITLE_BILINGUAL = new RegExp(String.raw`${RUN_ITEM}[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+\/\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?\s(?=[A-Z][\w’'.-]*\s+[a-z]|[A-Z]{1,4}\d[\w/.-]*\s)`);
/** "2. Consent Agenda Trustee Olsen moved to approve …": a title, then a member's motion. */
// A water or school district's "Director Ames moved …" too.
// "8.A. Resolution No. 2026-R-140 – A Resolution … for 22 Oak Street Commissioner Ruiz moved …": a short form's stop is no end.
// "C 46/26 Notice of Motion – Irish Language Signage Councillor Ó Néill proposed, …": an Irish name of two words, and "proposed".
const TITLE_BEFORE_MOTION = new RegExp(String.raw`${RUN_ITEM}[A-Z](?:[^.;:]|(?<=${SHORT_FORM})\.){2,160}?\s(?=(?:${CAP_TITLE}|Director)\.?\s+[A-ZÀ-Þ][\wÀ-ÿ’'-]*(?:\s+[A-ZÀ-Þ][\wÀ-ÿ’'-]+)?\s+(?:moved|proposed|${MADE_MOTION})\b)`);
