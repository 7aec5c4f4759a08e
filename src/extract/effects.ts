import type { Effect } from '../types.js';
import { MONTH_NAME } from '../lexicon/words.js';
import { isShouting } from '../text/shouting.js';

/**
 * Reports, updates or information still to come: "receive quarterly reports", "receives further updates". A report named
 * ("Receives report No. 2601…", "receive Report PW-2026-44 for information") is the one before the meeting: received, not
 * reported back.
 */
const REPORTS_TO_COME = String.raw`(?:regular\s+|further\s+|quarterly\s+)?(?:updates?|reports?(?!\s+(?:no\b|number\b|ref\b|titled\b|entitled\b|dated\b|[A-Z]{0,5}[-/]?\d))|information)`;

/**
 * What each effect looks like in a clause. Order is the order effects are listed in. US resolutions are named by what they
 * do, in -ing ("Authorizing Payment of Bills", "Appointing Crossing Guard"), so some verbs are read in that form too.
 */
const EFFECTS: [Effect, RegExp][] = [
  // "a briefing note", "the explanatory notes" are things, not noting.
  ['noted', /\bnot(?:ed|ing)\b|(?<!\b(?:a|an|the|its|briefing|explanatory|information|technical|written|short|file|guidance)\s)\bnotes?\b/i],
  // "Presentation on the 2027 crime statistics – received and filed": a table row's verdict after its matter and dash.
  ['received', new RegExp(String.raw`^received\b|(?<=\s[-–—]\s)received\b|\b(?:be|is|are|was|were)\s+received\b|\breceives?\b(?!\s+${REPORTS_TO_COME})|\bto receive\b(?!\s+(?:regular\s+|further\s+)?(?:updates?|reports?|information))`, 'i')],
  // "a Notice of Decision to Refuse to Grant a Permit": the grant refused, no approval.
  ['approved', /(?<!\brecommend(?:s|ed|ing)?\s+)\bapprov(?:e|es|ed|al|ing)\b|(?<!\b(?:refuse|refusal|decline|declines|declined)\s+to\s+)\bgrant(?:s|ed)?\s+(?:(?:(?:outline|full|listed building|conditional)\s+)?(?:planning\s+)?(?:permission|consent)|(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]e|permit))\b|\bbe\s+granted\b|^\s*grant(?:ed)?\s+subject\s+to\b|\bto\s+grant\s+(?:the|this)\s+(?:application|variation|request)\b/i],
  ['agreed', /\bagree(?:s|d)?\b/i],
  ['accepted', /\baccept(?:s|ed|ing)?\b/i],
  ['endorsed', /\bendors(?:e|es|ed)\b/i],
  // "That By-law 2026-04 be read a third time and finally passed": a Canadian by-law's last reading enacts it.
  // "to pass Ordinance 26-O-31": a village board enacts its ordinance by passing it.
  ['adopted', /\badopt(?:s|ed|ing)?\b|\bfinally\s+passed\b|\bpass(?:es|ed)?\s+(?:the\s+)?(?:ordinance|by-?law|local\s+law)\b|\bpassed\s+(?:on\s+)?(?:its\s+|the\s+)?third(?:\s+and\s+final)?\s+reading\b/i],
  // "residents in receipt of Council Tax Support", "the Family Support Team": a capital inside a name is no verdict.
  ['supported', /\b(?:support(?:s|ed)?|SUPPORT(?:S|ED)?|Support(?:s|ed)|Support(?=\s+(?:the|a|an|this|that|these|those|its|their|our|in\s+principle)\b))\b(?!\s+(?:services|workers|for))/],
  ['confirmed', /\bconfirm(?:s|ed)?\b|\bratif(?:y|ies|ied)\b/i],
  // "Refers the question to …" sends it on; "(min 472/01 refers)" only points at a minute.
  // "Forward the planning proposal to the Department …" sends it on; "put forward the proposal" moves it.
  ['referred', /\b(?:referred|forwarded|refer|refers(?=\s+(?:the|this|these|that|its|it|them|a|an|any|all|each)\b)|forwards|(?<!\b(?:put|putting|going|moving|brought|bring|carried|carry|come|came)\s)forward(?=\s+(?:the|this|these|that|its|their|a|an|copies)\b)|remit(?:s|ted)|(?<!\b(?:the|its|their|a|his|her|our)\s)remit(?=\s+(?:to|the|this|these|that|it|them)\b))\b(?!\s+to\s+in\b)/i],
  // "the recommendation was supported to Cabinet": Welsh scrutiny's way of passing a matter on.
  // "Recommends that Council allocates $150,000 …": a community board's recommendation to the body over it. A planning
  // commission's "recommend approval of ZC-27-04 to the City Council" recommends, and approves nothing itself.
  ['recommended', /\brecommend(?:s|ed|ing)?\s+to\b|\brecommend(?:s|ed|ing)?\s+(?:approval|adoption|denial|refusal)\s+(?:of\b[^;]{1,80}?\s)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:council|commission|board|cabinet)\b|\brecommends?\s+(?:[–—-]\s*)?that\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive|board|assembly)\b|\bsupported\s+to\s+(?:the\s+)?[A-Z]|\bcommended\s+to\s+(?:the\s+)?[A-Z]/i],
  // "at the request of the applicant", "at the applicant's request" tell who asked for the decision, not what it asks of
  // anyone; "refers the request from the Curling Club …" names a paper by the noun.
  ['requested', /\b(?:request(?:s|ed)?|sought|seek|urged?|asked)\b(?<!\b(?:at|on)\s+(?:the\s+)?(?:[\w’'-]+(?:'s|’s)\s+)?request|\b(?:the|a|this|that|their|its)\s+requests?)/i],
  // Canadian and English councils hear "a delegation from the Minor Hockey Association": a deputation, not powers handed down.
  // "… submitted under delegated authority": a decision taken so before, not powers handed down now.
  ['delegated', /\bdelegat(?:e|es)\b|(?<!\b(?:under|using|with|by)\s)\bdelegated\b|\bdelegations?\s+(?:of|to|scheme)\b|\bschemes?\s+of\s+(?:[\w-]+\s+)?delegations?\b/i],
  ['authorised', /\bauthori[sz](?:e|es|ed|ing)\b/i],
  // Scottish minutes "continue" an application to a later meeting; others "hold it over";
  // US boards "table" or "postpone" whatever it is "until the March 6 meeting" (a village board's "to table Resolution No.
  // 2027-R-14 to the May 17, 2027 meeting" too; a planning commission's "continue DR-27-07 to the July 14, 2027 meeting"), New
  // Jersey boards "carry" an application to one, planning boards "adjourn the hearing to December 10".
  // Not a policy renewed: "that a 'no casino' resolution be continued for a further three years". An action summary's "Held
  // to December 15, 2026" puts its item off the same way.
  ['deferred', new RegExp(String.raw`\bdefer(?:s|red)?\b|\b(?:left|laid|lie|lies|lay)\s+on\s+the\s+table\b|\bbe\s+tabled\b|\b(?:tabled?|postponed?|continued|adjourned)\s+(?:until|to)\s+(?:the\s+)?(?:next|${MONTH_NAME}\b)|\blaid\s+over\b|\bheld\s+over\b|^\s*held\s+(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|${MONTH_NAME}\b|\d)|\bbe\s+continued\b(?!\s+for\s+(?:a\s+)?(?:further\s+)?(?:\w+\s+)?(?:years?|months?|period)\b)|\b(?:continue|adjourn(?:ed)?)\s+(?:the\s+|this\s+)?(?:item|matter|application|report|motion|request|consideration|(?:public\s+)?hearing)\b(?:[^.;]{0,80}?\s)?(?:to|until)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|${MONTH_NAME}\b|\w+\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\b)|\b(?:carry|carried)\s+(?:the\s+|this\s+)?(?:application|item|matter|hearing|appeal)\s+(?:over\s+)?(?:to|until)\s+(?:the\s+)?(?:next|${MONTH_NAME}\b)|\bbe\s+carried\s+(?:over\s+)?(?:to|until)\s+(?:the\s+)?(?:next|${MONTH_NAME}\b)|\b(?:table|postpone|continue)d?\s+(?:consideration\s+of\s|(?:the|this|that|these|an?)\s|[A-Z]{1,5}-\d[\w-]*(?=\s)|(?:Resolution|Ordinance|Item|Bill|Application|Agenda\s+Item)\s+(?:No\.?\s*|#\s*)?[\w-]*\d)[^.;]{0,80}?\s(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|${MONTH_NAME}\b|\w+\s+\d)|\bcontinue[ds]?\s+(?:the\s+)?(?:application|item|matter|consideration|report|(?:public\s+)?hearing)\b|\bcontinued\s+(?:to|until)\s+(?:the\s+|a\s+)?(?:next\s+|\w+\s+\d{1,2},?\s+(?:\d{4}\s+)?)?(?:regular\s+|special\s+)?(?:meeting|date)\b`, 'i')],
  // "refuse collection vehicles", "the refuse and recycling contract": the waste, not a refusal; "a decline in income" falls.
  ['rejected', /\brefusal\s+to\s+grant\b|\b(?:reject(?:s|ed)?|refus(?:e|es|ed)(?!\s+(?:and\s+recycling|collections?|vehicles?|lorr(?:y|ies)|freighters?|trucks?|disposal|bins?|sacks?|tips?|sites?|services?|rounds?|storage|stores?|containers?|receptacles?|derived)\b)|(?<!\b(?:a|the|sharp|steady|continued|further)\s)declin(?:e|es|ed)|den(?:y|ies|ied))\b/i],
  // "in accordance with Section 180 of the Planning and Development Act 2000 (as amended)": the statute as it stands, no change.
  ['amended', /\bamend(?:s|ed)?\b(?<!\b(?:Acts?|Regulations?|Order|Rules|Code)(?:\s+\d{4})?,?\s+\(?as\s+amended)(?!\s+from\s+time\s+to\s+time)/i],
  ['resubmitted', /\bre-?submi(?:t|tted|ssion)\b/i],
  // "to provide a copy to the Association", "to provide members with the plan"; not "referred back to staff to provide
  // additional options", work the officers will do.
  ['circulated', /\b(?:be|Be|BE)\s+(?:circulated|copied|provided|distributed|CIRCULATED|COPIED|PROVIDED|DISTRIBUTED)\b|\b(?:to|TO)\s+(?:circulate|CIRCULATE)\b|\bto\s+provide\s+(?:(?:a\s+)?cop(?:y|ies)\b|(?:all\s+)?(?:the\s+)?(?:members|councillors|trustees|residents|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})\s+with\b|(?:[^.;]{1,60}?\s)?to\s+(?:all\s+)?(?:the\s+)?(?:members|councillors|trustees|residents|[A-Z]))/],
  ['reported-back', new RegExp(String.raw`\b(?:report(?:s|ed)?|brought|presented|updates?)\s+back\b|\breceive\s+${REPORTS_TO_COME}\b`, 'i')],
  ['excluded', /\bexclud(?:e|ed)\b/i],
  // Not "all Elected Members", "the elected members": who they are, not an election.
  // A Scottish planning minute's "the appointed officer's decision" names who decided, no appointment.
  ['appointed', /\b(?:appoint(?:s|ed|ing)?(?!\s+officer)|co-opt(?:s|ed)?|(?<!-)elect(?:s|ed)?(?!\s+(?:members?|representatives?|officials?|mayor)\b))\b/i],
  ['thanked', /\bthank(?:s|ed)?\b/i],
];

/**
 * Something is left to do when the clause sends, asks, delegates or schedules:
 * "be referred", "be sought", "to make", "should co-operate", "continue to receive".
 * A clause that only notes, receives, approves or agrees is complete when passed.
 */
const ACTION = [
  // "be held" schedules a meeting; "be held at 2024/25 levels", "rents be held at £45 per plot" keep a charge where it is.
  /\bbe\s+(?:\w+ly\s+)?(?:referred|remitted|forwarded|escalated|fed\s+back|shared\s+with|sent|submitted|resubmitted|circulated|copied|provided|sought|requested|presented|reported|brought|reviewed|investigated|arranged|prepared|produced|developed|undertaken|carried\s+out|incorporated|displayed|published|passed\s+(?:on\s+)?to|given|urged|asked|invited|instructed|directed\s+to|authori[sz]ed|delegated|consulted|monitored|updated|explored|pursued|commissioned|implemented|progressed|deferred|written|drafted|obtained|placed|recommended|made\s+to|considered\s+(?:further|at|by|in)|added(?!\s+to\s+(?:the\s+|this\s+)?agenda)|investigated|issued|notified|informed|advised|contacted|held(?!\s+(?:at|to|flat|constant|steady|frozen)\s+(?:the\s+)?(?:[\w/.$£€%-]+\s+){0,2}?(?:levels?|rates?|prices?|charges?|amounts?|figures?)\b|\s+(?:at|to)\s+[£$€]\s?\d)|organised|organized|established|installed|constructed|erected|built|repaired|upgraded|procured|purchased|demolished|replaced)\b/i,
  /\b(?:to|will|shall|should|would)\s+(?:\w+ly\s+)?(?:revert|discuss|refer|remit|instruct|engage|forward|send|submit|resubmit|circulate|provide|seek|request|present|report|bring|review|investigate|arrange|prepare|produce|develop|undertake|incorporate|display|publish|write|consult|monitor|update|explore|pursue|commission|implement|liaise|contact|obtain|put|make|co-operate|cooperate|work|continue|receive|draft|place|carry out|ensure|recommend|establish|organi[sz]e|hold(?!\s+(?:[\w’'/.$£€%-]+\s+){1,4}?at\s+(?:the\s+)?(?:[\w/.$£€%-]+\s+){0,2}?(?:levels?|rates?|prices?|charges?|amounts?|figures?)\b)|issue|notify|inform|lobby|respond|investigate|examine|inspect|assess|purchase|buy|order|procure|install|acquire|recruit|advertise|tender)\b/i,
  // "RESOLVED to proceed with design C and to apply to the National Lottery Community Fund for £60,000": a second task after
  // the decision ("legislation permitting a municipality to apply for …" says what a law allows).
  /\band\s+(?:to\s+)?apply\s+(?:to|for)\b/i,
  /\bworks?\s+jointly\b|\bcontinues?\s+to\b|\bdelegated\s+authority\b/i,
  // "be included in the Committee's work programme", "to add a review of … to its work programme": the matter is to come back.
  /\b(?:(?:be\s+)?(?:included|added|placed)|(?:include|add|place)\s+[^.;]{2,80}?)\s+(?:in|on|to)\s+(?:the\s+|its\s+)?(?:[\w’']+\s+){0,2}(?:work\s*programme|forward\s+(?:work\s+)?plan|work\s+plan)\b/i,
  // "Council agreed to plant two trees", "resolved to purchase …": a task; "agreed to note the report" is done when agreed, as
  // a review body's "agreed to allow the review" is.
  /\b(?:agreed|resolved|decided)\s+to\s+(?!(?:note|receive|approve|accept|endorse|adopt|agree|confirm|ratify|support|thank|welcome|reject|refuse|decline|grant|co-opt|appoint|elect|record|move|go|exclude|suspend|adjourn|continue|take|hold|retain|keep|accept|recommend|award|allocate|uphold|dismiss|waive|determine|allow\s+(?:the\s+|this\s+)?(?:appeal|review|application|request|variation|claim)s?)\b)[a-z]+/i,
  // "2. Receives a further report on the submissions at its June meeting": a report still to come.
  /\breceives?\s+(?:a\s+|an\s+)?(?:further|regular|quarterly|progress|annual|follow-up)\s+(?:reports?|updates?|briefings?)\b/i,
  // "Members requested a report on the options for …": a report still to be written (an NHS board's "deep-dive" too).
  /\b(?:requested|requests|asked\s+for)\s+(?:a|an)\s+(?:further\s+|full\s+|written\s+|progress\s+|detailed\s+)?(?:report|update|briefing|review|deep[\s-]dive)\b/i,
  // "2. Receives a report on the cost of the works at the February 2027 meeting": a report on a matter, at a meeting to come.
  new RegExp(String.raw`\breceives?\s+a\s+report\s+(?:on|about|back)\b[^.;]{0,150}?\s(?:at|to|by|before)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|forthcoming|${MONTH_NAME})\b`, 'i'),
  // "authorized the County Administrator to execute the agreement"; "be upheld and the applicant informed".
  /\bauthori[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?to\s+[a-z]+/i,
  // "The Board … asked the Guardian of Safe Working Hours to include rota gap data …": something asked of someone it names.
  /\b(?:asked|requested|instructed|invited|tasked)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|&)\s+)?){1,6}to\s+[a-z]+/,
  // "Members gave consent for the Town Clerk to renew the insurance": leave given to someone to do it.
  /\bgave\s+(?:[\w-]+\s+){0,2}?(?:approval|consent|authority|permission|authori[sz]ation)\s+for\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?to\s+[a-z]+/i,
  /\b(?:and|,)\s+(?:the\s+)?[\w’'-]+\s+(?:informed|notified|advised)\b/i,
  // "The Chairman was authorised to sign the licence", "The Clerk was asked to obtain quotations": told in the passive.
  /\b(?:was|were)\s+(?:\w+ly\s+|then\s+|also\s+|further\s+)?(?:authori[sz]ed|instructed|directed|asked|requested|tasked)\s+to\s+[a-z]/i,
  /\bbe\s+(?:paid|allocated|released|transferred)\b/i,
  /\b(?:was|were|be)\s+supported\s+to\s+(?:the\s+)?[A-Z]/,
  // Canadian and Australian motions in the first person: "That we ask the Minister …", "NOW THEREFORE we request …".
  /\bcalls?\s+(?:on|upon)\s+(?:the\s+)?[A-Z]/,
  /\bwe\s+(?:ask|request|urge|call\s+(?:on|upon)|write|petition|lobby|forward|refer|submit|send|direct|instruct|authori[sz]e|advise|notify)\b/i,
  /\b(?:is|are)\s+(?:\w+ly\s+)?(?:reported|presented|brought|submitted)\s+(?:[\w’'-]+\s+){0,8}?to\s+(?:the\s+|a\s+|its\s+)?[A-Z]/,
  // Action minutes in the past tense: "REJECTED the claim … and referred to County Counsel", "directed staff to obtain input".
  /\b(?:and|,)\s+(?:referred|forwarded)\s+(?:\w+\s+){0,3}?to\b/i,
  // An Australian council's present tense: "… RECEIVES the petition and REFERS it to the Chief Executive Officer for a report",
  // "refers the matter to the Audit Committee" (the matter named before "to": "refers to the Plan" only mentions it).
  // A matter named at length goes to a budget's deliberations too ("refers the request from the … Society for a fee waiver to
  // the 2027 budget deliberations").
  /\b(?:refers|forwards|remits)\s+(?!to\b)(?:[\w’'-]+\s+){1,20}?to\s+(?:the\s+)?(?:[A-Z]|(?:19|20)\d\d\b)/,
  // "City Council direct the General Manager, Transportation Services, to clear …": an officer's title with its service after a comma.
  /\bdirect(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w’'-]+,?\s+){1,7}?to\s+[a-z]+/i,
  // "Staff directed to return with a cost estimate": the task given, the one who was told before it.
  /\bdirected\s+to\s+(?!the\b|an?\b|this\b|that\b)[a-z]+/,
  // "be adopted and published": the second verb shares the "be".
  /\bbe\s+[a-z]+\s+and\s+(?:referred|forwarded|sent|submitted|circulated|published|reviewed|monitored|implemented|reported|presented|brought|consulted|notified|informed)\b/i,
  // Subjunctive: "that the Monitoring Officer arrange training", "that staff report progress", a parish's "It was agreed the
  // Clerk write to the owner" (its "that" left out); and Northern Ireland's motions
  // in the present, "That this Council writes to the Minister …", an English parish's "that the Clerk reports the blocked
  // gully to Suffolk Highways".
  // Case-sensitive: the verb is lower case, so "Quarterly Performance Report" is a name.
  // "Members noted the tree planting update.", "Receives the stormwater resilience update.": a verb in the past, or in the
  // present as New Zealand lists print it, before it is the sentence's, and the word is a noun. So it is after a word in -ing in
  // lower case: "To note the annual monitoring report", "the planning update" ("the Head of Planning notify" is a name's).
  // A verb of the decision itself before it ("Note the performance report", "that the Committee consider the audit report")
  // makes the word after it a noun; so does the clause's end after it ("The Board NOTED the audit report."): a verb there
  // would have its object or its "back" after it.
  /(?:^|\b[Tt]hat\s+|\b(?:agreed|resolved|decided)\s+(?=[Tt]he\s+[A-Z]))(?:[Tt]he\s+)?(?:(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|should\b|may\b|noted\b|received\b|considered\b|welcomed\b|discussed\b|approved\b|endorsed\b|accepted\b|[Rr]eceives?\b|[Nn]otes?\b|[Aa]pproves?\b|[Ee]ndorses?\b|[Aa]dopts?\b|[Aa]ccepts?\b|[Ww]elcomes?\b|[Cc]onsiders?\b|[Cc]onfirms?\b)[\w’'-]+\s+){1,5}?(?<!\b(?:[Tt]he|a|an|[Tt]his|that|these|those|its|their|any|each|every|further|final|annual|quarterly|draft|progress)\s)(?<!\b[A-Z]{2,}ED\s)(?<!\b[a-z]\w+ing\s)(?:arrange|review|submit|provide|prepare|report|investigate|examine|inspect|assess|write|writes(?=\s+to\b)|reports(?=\s+(?:the|this|it|back|to)\b)|asks(?=\s+(?:for|the|that)\b)|contacts|arranges|obtains|seek|consult|circulate|bring|present|undertake|develop|produce|monitor|update|liaise|contact|draft|organi[sz]e|publish|pursue|explore|commission|implement|refer|forward|ensure|continue|respond|send|attend|ask|request|invite|urge|instruct|lobby|complete|finali[sz]e|negotiate|advertise|notify|inform|engage(?=\s+with\b))\b(?!\s+(?:be|is|are|was|were|has|have|as|in|of|for|and|or|dated|attached|entitled|titled|which|from|by|(?<!engage\s)with|No|no|number)\b|\s+[A-Z]{0,5}[-/]?\d|\s*(?:[.;,:]\s*(?:and|or)?)?\s*$)(?![^.;]*?\bbe\s+(?:noted|received|approved|agreed|accepted|endorsed|adopted)\b)/,
  // "That the Clerk obtain three quotations", "That Council place the draft on public exhibition", "that the Town establish a
  // Community Garden Committee": a named subject and its task.
  // Kept out of the subjunctive pattern above: with them inside it, and lines of two shapes, the 20 MB
  // benchmark ran 20% slower; the two mends together undid that (each alone was not measured apart).
  /\b[Tt]hat\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:obtain|procure|install|exhibit|place(?!\s+on\s+record)|apply\s+(?:to|for)|establish|set\s+up)\b/,
  // Legistar's action cell: "Referred to Comm by Council" sends the file to a committee still to act on it.
  /\bReferred\s+to\s+Comm(?:ittee)?\s+by\b/,
  // Verb first; "THAT Report PW-2026-11 be received", "That Report RPT-PLN-26-011 BE RECEIVED" name a report by its number,
  // and "Report of the County Councillor was noted", "Review of the scheme was …", a community council's "Report accepted."
  // name a paper: nouns, not verbs; so do a verdict's "Update on Courthouse Renovation - RECEIVED", "Review of fees" and a
  // board's "Forward Plan" over "Noted.".
  /^(?!(?:that\s+)?(?:to\s+)?(?:(?:update|review)\s+(?:of|on)|forward\s+(?:work\s+)?(?:plans?|programmes?|programs?|agenda))\b)(?:that\s+)?(?:to\s+)?(?:refer|forward|submit|resubmit|circulate|provide|seek|request|ask|instruct|authori[sz]e|delegate|review|investigate|arrange|prepare|produce|develop|undertake|write|consult|monitor|update|explore|pursue|commission|implement|bring|present|report|put|obtain|defer|lobby|urge|notify|inform|advise|send|publish|advertise|contact|liaise|invite)\b(?!\s+(?:[A-Z]{1,6}(?:-[A-Z]{1,6})*-?\d|No\.?\s*\d|\d))(?!(?:[^.;]{0,80}?\b(?:was|were)\s+(?:\w+ly\s+)?|\s+)(?:noted|received|approved|agreed|accepted|adopted|endorsed)\b)/i,
  // The same verbs in the present, as Australian and New Zealand lists under "That Council:" put them: "Requests a report on …",
  // "Refers the matter to …". Case-sensitive, so the noun ("Reviews of the plan") is passed over.
  /^(?:[Rr]equests|[Aa]sks|[Ii]nstructs|[Aa]uthori[sz]es|[Dd]elegates|[Rr]efers|[Ff]orwards|[Ss]ubmits|[Ss]eeks|[Ii]nvites|[Uu]rges|[Dd]irects|[Dd]efers|[Ww]rites\s+to|[Ll]obbies|[Cc]ommissions|[Uu]ndertakes|[Pp]repares|[Ii]nvestigates|[Aa]rranges|[Cc]onsults|[Ee]stablishes|[Ii]mplements|[Dd]evelops|[Ii]nstalls|[Cc]ommences|[Pp]rocures|[Ee]ngages|[Cc]onducts|[Pp]ublishes|[Aa]dvertises|[Cc]onvenes)\s+(?:the|a|an|that|staff|officers|further|[A-Z])/,
  // A decision's verb in the past, its subject above ("The Board:" / "REQUESTED a progress report to the December meeting",
  // "ASKED Healthwatch to share the results …", "instructed the Executive Director (Education) to …"): something asked of
  // someone, still to be done.
  /^(?:requested|asked|instructed|invited|urged)\s+(?:that\s|(?:the\s+)?(?:[\w’'-]+\s+|\([^()]{1,40}\)\s+){1,6}?to\s+[a-z]|(?:a|an)\s+(?:further\s+|progress\s+|update\s+|follow-up\s+)?(?:report|update|briefing|paper|deep[\s-]dive)\b)/i,
  // A list item that orders a change: "Eliminate the service in 2026", "Establish a working group", "Issue a tender";
  // "Purchase of two pickup trucks" names the matter; "to close the sitting at 8:45 p.m." is done as it is said.
  /^(?:to\s+)?(?:eliminate|establish|create|introduce|discontinue|convene|issue|tender|procure|purchase|install|replace|recruit|hire|negotiate|complete|finali[sz]e|conduct|close(?!\s+(?:the\s+|this\s+)?(?:(?:public\s+)?(?:sitting|meeting|session|hearing)|debate|discussion)\b)|dispose\s+of|sell|transfer|apply\s+for)\s+(?!of\b)\w/i,
];

/** Every effect a record may carry, in the order they are listed. */
export const EFFECT_NAMES: readonly Effect[] = EFFECTS.map(([effect]) => effect);

export function effectsOf(text: string): Effect[] {
  return EFFECTS.filter(([, re]) => re.test(text)).map(([effect]) => effect);
}

/** "reports should be circulated five days before": a rule being stated, not a task. */
const MODAL_BE = /\b(?:should|must|could|may|might|can|cannot|shall not|need to)\s+(?:\w+ly\s+)?be\s+\w+/gi;

/** "not be submitted", "not to be referred": the opposite of an action. */
const NEGATED = /\bnot\s+(?:to\s+)?(?:be\s+)?\w+/gi;
/** "Note that the scheme will be published", "That Council:" / "2. Note that …": a fact being noted, nothing for this body to do. */
const NOTING_A_FACT = /^(?:that\s+)?(?:(?:the\s+)?[A-Z][\w’'-]*:?\s+)?(?:to\s+)?note(?:s|d)?\s+that\b|^(?:that\s+)?it\s+be\s+noted\s+that\b/i;

/**
 * Canadian and US minutes print the operative verb in capitals: "That Administration REPORT BACK with options", "BE RECEIVED
 * for information", an Australian council's in the present too ("REFERS it to …"). Those verbs are read in lower case for the
 * action test; other capitals (names, acronyms, headings) stay as they are.
 */
const CAPITAL_VERB = /\b(?:REPORT\s+BACK|BE\s+[A-Z]{3,}ED|BRING\s+BACK|(?:REPORT|SUBMIT|PROVIDE|REVIEW|PREPARE|DEVELOP|PROCEED|CONSULT|UNDERTAKE|IMPLEMENT|INVESTIGATE|REFER|FORWARD|DIRECT|AUTHORI[SZ]E|REQUEST|DEFER)S?(?=\s+[a-z(]))\b/g;

/** A motion to meet in private: "to go into executive session", "entered closed session", "to recess into closed session". */
const IN_SESSION = /^(?:that\s+)?(?:(?:the\s+)?\w+\s+)?(?:to\s+)?(?:go|went|enter|entered|convene|convened|recess|recessed|move|moved|adjourn|adjourned)\s+(?:(?:in|into|to)\s+)?(?:an?\s+)?(?:executive|closed|private|in[- ]camera)\s+(?:session|meeting)\b/i;

/**
 * A licence's or permission's conditions, listed after the decision to grant it, "subject to" or "with" them ("to grant site
 * plan approval with the following conditions: …"); "That this resolution is subject to the following conditions: The
 * Council shall select …" lists the council's own tasks, and stays.
 */
const CONDITIONS_AFTER = /(?<=\b(?:(?:be|is|was|were)\s+(?:\w+ly\s+)?(?:granted|approved|permitted|issued|renewed)|(?:grant|approve|renew|issue)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]e|application|permission|consent|permit|variation|approval)))\s*,?\s*(?:subject\s+to|with)\s+(?:[^:.;]{0,120}?\s)?(?:following|these)\s+(?:additional\s+|further\s+)?(?:conditions|terms)\s*:.*$/is;

/**
 * A list item's topic before its decision: "Trails -- Request the Commissioner to …"; a table row's matter before its verdict,
 * "Quarterly investment report – received and filed" (the report named is no task to report).
 */
const TOPIC = /^[A-Z0-9][\w’',&/ -]{0,60}?\s+(?:--|–|—)\s+(?=[A-Z]|(?:received|noted|approved|adopted|accepted|filed)\b)/;

/** An Auckland local board's verb in te reo Māori before the English: "tuku / provide the feedback …", "tono / request …". */
const TE_REO_VERB = /^\p{Ll}+\s*\/\s*(?=\p{Ll})/u;

export function hasAction(text: string, effects: readonly Effect[] = []): boolean {
  if (effects.includes('deferred')) return true;
  // "to go into executive session to discuss personnel": the meeting's own procedure, over when the session ends.
  if (IN_SESSION.test(text)) return false;
  // "THAT THE CLERK WRITE TO THE HIGHWAYS AUTHORITY.": a clause all in capitals has no case to tell its verbs from its
  // names, so it is read in lower case, as its verbs would be printed.
  if (isShouting(text)) text = text.toLowerCase();
  // "AND FURTHER THAT staff report back …": Canadian motions shout the conjunction the subjunctive is read after.
  text = text.replace(CAPITAL_VERB, (verb) => verb.toLowerCase()).replace(/\bTHAT\b/g, 'that').replace(TOPIC, '').replace(TE_REO_VERB, '');
  // "That the application be granted, subject to the following conditions: … That CCTV be installed …": the conditions bind
  // the applicant; the meeting has nothing left to do for them.
  text = text.replace(CONDITIONS_AFTER, '');
  // "that the Committee note that …, and that the Chief Executive write to …": the noting is no task, the part after it may be.
  if (NOTING_A_FACT.test(text)) {
    const rest = text.split(/[,;]?\s+and\s+that\s+/i).slice(1);
    return rest.some((part) => hasAction(`that ${part}`));
  }
  // "That approval be given to …" approves; "consideration be given to …" leaves work.
  // "RESOLVED to receive the report": with the marker cut off, the clause's own verb is the decision, not a task; so is a
  // paper named by its number ("moved to receive Communication 26-612 for the record").
  // "as attached as Appendix A to Report CS-26-41": a report named by its number, not a task to report.
  const plain = text.replace(/^\s*to\s+receive\s+(?=(?:and\s+(?:note|file)\s+)?(?:the|this|these|apologies|declarations|minutes|(?:Communication|Report|Petition|Correspondence)\s+(?:No\.?\s*)?[\w-]*\d)\b)/i, 'receives ').replace(/\bto\s+Report\s+(?:No\.?\s*)?[A-Z]{0,6}[-/]?\d/g, 'in the paper ').replace(MODAL_BE, ' ').replace(NEGATED, ' ').replace(/\b(?:approval|consent|agreement|endorsement)\s+be\s+given\b/gi, ' approved ');
  return ACTION.some((re) => re.test(plain));
}
