import type { ReferralKind } from '../types.js';
import type { Rule } from './rule.js';
import { ACTION_VERBS, BODY_NOUNS, MONTH_NAME } from './words.js';

/** A meeting named by its month before the body it is of: "to the February 2027 Council Meeting", "to the March meeting of the Finance Committee". */
const MONTH_MEETING = String.raw`(?:the\s+)?(?:${MONTH_NAME}\s+(?:\d{4}\s+)?(?:meeting\s+of\s+)?)?`;

/**
 * A later sitting of the body a matter goes to, read past to the body's name: "to the next meeting of", "to the December meeting
 * of", "to the 2027 budget deliberations of" the Finance Committee.
 */
const LATER_SITTING_OF = String.raw`(?:(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming|${MONTH_NAME}|\d{4}(?:\s+budget)?|budget)\s+(?:meeting|deliberations|session)\s+of\s+)?`;

/**
 * Referrals: the wordings that send a matter to a body. A forward rule's match ends just
 * before the body's name ("… be referred to |Council"); a backward rule captures the
 * name standing before the verb ("That |the Government| be urged to"). extract/referrals.ts
 * reads the name at that place (extract/bodies.ts) and keeps the first kind per body.
 */
export interface ReferralRule extends Rule {
  kind: ReferralKind;
  /** The body's name is the rule's first group, before the verb. */
  backward?: boolean;
  /** A council's own wording (its config file): read before the shared rules. */
  local?: boolean;
}

/** A capitalised name of several words: "the Overview and Scrutiny Management Board". Case-sensitive, as every name pattern must be. */
const NAME = String.raw`(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*`;

const forward = (id: string, kind: ReferralKind, summary: string, pattern: RegExp, examples: Rule['examples']): ReferralRule =>
  ({ id: `referral.${id}`, family: 'referral', kind, summary, produces: `referral: ${kind}`, pattern, examples });
const backward = (id: string, kind: ReferralKind, summary: string, pattern: RegExp, examples: Rule['examples']): ReferralRule =>
  ({ ...forward(id, kind, summary, pattern, examples), backward: true });

/**
 * Order matters only where two rules match at the same place; the earliest match in a
 * clause names a body first. Every backward rule and every rule that reads a name by its
 * capitals is case-sensitive: with `i` a name's capitals match any word, and a long run of
 * "and the matter be …" backtracks exponentially (the fuzz suite found a 134 s parse).
 */
export const REFERRAL_RULES: readonly ReferralRule[] = [
  forward('resubmit', 'resubmit', '"resubmitted to" a body or to a future meeting of it',
    new RegExp(String.raw`\bre-?submit(?:ted)?\b[^.;]{0,80}?\bto\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent|(?:${MONTH_NAME})(?:\s+\d{4})?)\s+meeting\s+of\s+)?(?!be\b)`, 'gi'),
    { match: ['That the application be resubmitted to a future meeting of the Planning Committee.', 'That the Strategy be resubmitted to the April meeting of this Committee.'], not: ['The item was not resubmitted.'] }),
  // "referred back to the Audit Committee for further consideration" sends the matter on: a refer, read by referred-to.
  forward('back-to', 'report-back', '"report / bring / come back to" a body, with what comes back between: "bring back a report on rural demand-responsive services to this Committee"',
    /\b(?:report(?:s|ed|ing)?|updates?|updated|present(?:ed)?|brought|bring|come|submitted)\s+back\s+(?:[\w’'-]+\s+){0,12}?to\s+/gi,
    { match: ['That officers report back to the Audit Committee in June.', 'That the Head of Bus Strategy bring back a report on rural demand-responsive services to this Committee in March 2027.'] }),
  forward('to-next-meeting-of', 'report-back', 'a report "brought / presented to the next (future, November …) meeting of" a body, or to "each (every) meeting of" it',
    /\b(?:report(?:s|ed)?|present(?:s|ed)?|bring|brought|submit(?:ted)?)\b(?:\s+[\w’'-]+){0,8}?\s+to\s+(?:(?:a\s+|the\s+|its\s+)?(?:future|next|later|subsequent|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)|each|every)\s+meetings?\s+of\s+/gi,
    { match: ['That a report be brought to the November meeting of the Housing Panel.', 'It was agreed that the Director of Services would bring a report on the speed limit review to the next meeting of the Committee.', 'that the Head of Internal Audit report progress against the plan to each meeting of the Committee.'] }),
  forward('bring-report-to', 'report-back', '"bring (back) / present / submit / provide a (further, progress …) report to" a body (or "request" one, an Australian council\'s "Requests a further report to Council", or a matter referred "for a report to" it), an evaluation or review "of the plan" to it, or what the work found: "present the consultation responses (any changes) to" it',
    new RegExp(String.raw`\b(?:bring|brings|present|presents|submit|submits|provide|provides|request|requests|requested|for)\s+(?:back\s+)?(?:a|an|the|any)\s+(?:(?:(?:further|update|updated|progress|final|detailed|full|annual)\s+)*(?:report|update|paper|evaluation|review|assessment|analysis|appraisal)s?(?:\s+(?:on|of|into)(?:\s+[\w’'/-]+){1,20}?)?|(?:[\w-]+\s+){0,2}?(?:responses|findings|results|outcomes?|feedback|changes|amendments))\s+to\s+${MONTH_MEETING}(?=(?:the\s+)?(?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|&)\s+)?){0,5}(?:${BODY_NOUNS}|Trustees|Commissioners|Supervisors)\b)`, 'gi'),
    { match: ['That officers bring a further report to the Licensing Committee in six months.', 'That the Chief Executive Officer provide a report to the Infrastructure and Works Committee on the cost.', 'asked officers to present the consultation responses to the Planning and Access Committee in May 2027', 'Requested that the Chief Officer present an evaluation of the plan to the Performance and Audit Committee in June 2027.', 'Requests a further report to Council in June 2027 on the first round of grants.', 'That Council requests the Chief Executive Officer to present a report to the February 2027 Council Meeting on options to increase roadside weed control funding.', 'THAT staff bring back a report on options for a combined fire protection service to the May 2026 Board meeting.', 'that Council receives the petition and refers it to the Chief Executive Officer for a report to the February 2027 Policy Committee.', 'Requests the Chief Executive Officer to present any changes to the Audit, Risk and Improvement Committee.'] }),
  forward('report-be-presented-to', 'report-back', 'a (further, progress …) report or update that "will be / be presented (submitted, brought, provided) to" a body',
    new RegExp(String.raw`\b(?:(?:further|update|updated|progress|final|detailed|full|annual)\s+)*(?:report|update|paper)s?(?:\s+(?:on|about|regarding)\s+[^.;]{1,80}?)?\s+(?:(?:will|shall|would|is\s+to|are\s+to)\s+)?be\s+(?:presented|submitted|brought|made|provided|given)\s+(?:back\s+)?to\s+${MONTH_MEETING}(?=(?:the\s+)?[A-Z])`, 'gi'),
    { match: ['Note that a further report will be presented to Council following the exhibition period.', 'That a progress report be submitted to the Audit Committee in March.', "That an update be provided to the Committee in six months' time.", 'That an update on the Riverside defences be provided to the Committee in September.', 'That a report be presented to the March 2027 meeting of the Finance Committee.'] }),
  forward('reported-regularly', 'report-back', '"reported annually / quarterly / on progress … to" a body, with room for a "by" phrase between, or the progress first: "the action plan be approved and progress reported to the Audit Committee every six months"',
    /\breport(?:s|ed)?\s+(?:on\s+)?(?:progress|regularly|quarterly|annually|further|periodically)\b(?:\s+[\w’'-]+){0,7}?\s+to\s+|\b(?:progress|updates?)(?:\s+(?:against|on|of|with|in\s+(?:delivering|implementing))(?:\s+[\w’'-]+){1,5}?)?\s+(?:(?:be|is|are)\s+)?(?:reported|presented|brought)\s+(?:(?:back|regularly|quarterly|annually|periodically)\s+)?to\s+/gi,
    { match: ['That progress is reported annually by the Partnership Board to the Community Planning Board.', 'That the action plan be approved and progress reported to the Audit and Governance Committee every six months.', 'and that progress is reported to the Housing Committee quarterly.', '(b) progress against the Strategy be reported annually to the Corporate Overview and Scrutiny Committee.', 'that progress on the action plan be reported to the Environment Committee.'] }),
  forward('return-to', 'report-back', 'a matter that "returns / comes back / is brought back to" a named committee; case-sensitive, so a run of "and …" words cannot backtrack without end',
    /\b(?:[Rr]eturn|[Cc]ome back|[Bb]e brought back)\s+to\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:,?\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*\s+)?(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Group|Sub-Committee)\b)/g,
    { match: ['That the Policy return to the Licensing Committee on 10 September.', 'to direct staff to return to Council in February with a revised scope of work.'], not: ['That the officers return to the office.'] }),
  forward('bring-back', 'report-back', '"bring / present / submit … back to" a body, with words between verb and "back"',
    /\b(?:bring|brings|brought|present|presented|submit|submitted|report)\s+(?:[\w’'-]+\s+){1,8}?back\s+to\s+/gi,
    { match: ['That the Director bring the revised scheme back to Cabinet.'] }),
  forward('subject-report-to', 'report-back', 'a task in the subjunctive: "That the Head of Leisure report on usage figures to the Overview and Scrutiny Committee"; case-sensitive, so "That the Annual Report to Council be noted" names a paper',
    /(?<=\b[Tt]hat\s+(?:the\s+)?(?:(?!(?:will|shall|should|would|to|must)\b)[A-Za-z’'-]+\s+){1,5})(?<!\b(?:[Tt]he|a|an|[Tt]his|that|these|those|its|their|any|each|every|further|final|annual|quarterly|draft|progress|monitoring|performance|update|written|officer's|officers')\s)report\s+(?!back\b)(?:(?!be\b)[\w’'-]+\s+){0,5}?to\s+(?=(?:the\s+)?[A-Z])(?![^.;]*\bbe\s+(?:noted|received|approved|agreed|accepted|endorsed|adopted)\b)/g,
    { match: ['That the Head of Leisure report on usage figures to the Overview and Scrutiny Committee in March 2026.', 'That officers report to the Audit Committee on the findings.'], not: ['That the annual report to Council be noted.', 'That the Annual Report to Cabinet be approved.'] }),
  forward('and-report-to', 'report-back', 'a task and its report in one breath: "that the Accounting Officer prepare an action plan and report to Council quarterly"; case-sensitive, so "the Accounts and Report to Council" name a paper',
    /\band\s+report\s+(?!back\b)(?:(?!be\b)[\w’'-]+\s+){0,5}?to\s+(?=(?:the\s+)?[A-Z])(?![^.;]*\bbe\s+(?:noted|received|approved|agreed|accepted|endorsed|adopted)\b)/g,
    { match: ['That the Accounting Officer prepare an action plan on the audit findings and report to Council quarterly.', 'That the Head of Planning consult the parish councils and report on the responses to the Planning Committee.'], not: ['That the Statement of Accounts and Report to Council be approved.', 'That the accounts and report to the Audit Committee be noted.'] }),
  forward('will-report-to', 'report-back', '"to / will / shall / should report … to" a body',
    /\b(?:to|will|shall|should)\s+report\s+(?:[\w’'-]+\s+){0,7}?to\s+(?=(?:the\s+)?[A-Z])/gi,
    { match: ['That the working group will report to the Scrutiny Board in March.', 'To ask the Director of Highways to report on the outcome of the experiment to the Transport Scrutiny Panel after six months.'] }),
  forward('recommend-to', 'recommend', '"recommend(s/ed) … to" a body; not "recommend that", nor a report\'s "is recommended to RESOLVE that"',
    /\brecommend(?:s|ed|ing)?\s+(?!the\s+referral\s+of\b)(?:(?!that\b)(?:[\w’'/–-]+|[Nn]o\.)\s+){0,8}?to\s+(?!(?:resolve|agree|approve|note|adopt|endorse|decide|consider|receive|accept|confirm|authori[sz]e|delegate)\b)(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/gi,
    { match: ['That the Committee recommend the scheme to Council.', 'That the Committee recommends the Draft Climate Action Plan 2026–2030 to the full Council for adoption.', 'Commissioner Tapia made a motion to recommend approval of Case No. ZC-26-09 to the City Council.'], not: ['That officers recommend that the scheme be adopted.', 'The Cabinet is recommended to RESOLVE that the Plan be approved.'] }),
  // A sum "to" a club or a charity names who is paid, not a body the matter goes to: after a sum the rule takes only a council.
  forward('recommend-sum-to', 'recommend', 'a finance committee\'s sum or rate "recommended to" its council: "to recommend a precept of £212,400 to the Council meeting", "recommend a rate increase of 4.5% to Council"; not a grant "to" the club it pays',
    /\b(?:[Rr]ecommend(?:s|ed|ing)?|RECOMMEND(?:S|ED|ING)?)\s+(?:(?!that\b)[\w’'/–-]+\s+){0,6}?[£$€]?\d[\d,]*(?:\.\d+)?%?\s+(?:(?!that\b)[\w’'/–-]+\s+){0,5}?(?:to|TO)\s+(?=(?:the\s+|THE\s+)?(?:[Ff]ull\s+|FULL\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Cabinet|Executive|Assembly|COUNCIL|CABINET)\b)/g,
    { match: ['It was resolved to recommend a precept of £212,400 to the Council meeting in January 2027.', 'That the Committee recommend a general rate increase of 4.5% to Council for adoption.'], not: ['RESOLVED to recommend grants of £750 to Fenbridge Youth Football Club.'] }),
  forward('supported-to', 'recommend', 'Welsh scrutiny\'s "the recommendation was supported to Cabinet"',
    /\bsupported\s+to\s+(?=(?:the\s+)?[A-Z])/g,
    { match: ['The recommendation was supported to Cabinet.'] }),
  forward('commended-to', 'recommend', '"endorsed and commended to" a body',
    /\bcommended\s+(?:\w+\s+){0,2}?to\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the proposal be endorsed and commended to the Executive Board.'] }),
  forward('recommend-body-to', 'recommend', 'the body before the verb: "recommend the County Council to agree …"',
    /\brecommend(?:s|ed)?\s+(?=(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:Council|Cabinet|Board|Committee|Executive|Authority)\s+to\s+[a-z])/g,
    { match: ['That the Committee recommend the County Council to agree the revised fees.'] }),
  forward('recommend-that-body', 'recommend', '"recommend that the City Council adopt …", "… that the Board of Supervisors approve …": the body named as the one to decide, with its verb',
    new RegExp(String.raw`\b[Rr]ecommend(?:s|ed|ing)?\s+(?:[–—-]\s*)?that\s+(?=(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:Council|Cabinet|Board|Commission|Committee|Executive|Authority)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2})?(?:\s+(?:${ACTION_VERBS.toLowerCase()}|agree|fund|enact|pass|instruct|delegate|seek|write|make|give|proceed|implement|release|undertake|include|defer|extend|increase|reduce|allow|permit|change|install|purchase|adjust)s?\b|\s+be\s+(?:asked|requested|invited)\b))`, 'g'),
    { match: ['MOTION: To recommend that City Council extend dog park hours to 9:00 p.m. from April through October.', 'Commissioner Pratt moved to recommend that the City Council adopt the zoning amendment.', 'c. recommends that Council hold hearings on 14 April 2025.', 'b. Recommends that Council adopt the Annual Plan at its meeting on 26 June 2025.', 'voted 5-2 to recommend that the Board of Supervisors adopt the amendment.', 'AGREED to recommend that the Council makes the Dog Control Orders as consulted upon.', 'Seconded by Councillor Quinn and AGREED to recommend – that the Council make the Orders.'], not: ['That officers recommend that the scheme be adopted.', 'recommends that Council tax be increased by 4.99 per cent.'] }),
  forward('recommend-referral', 'recommend', '"recommend the referral of X to" a body',
    /\brecommend(?:s|ed|ing)?\s+the\s+referral\s+of\s+[^.;]{1,150}?\s+to\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/gi,
    { match: ['That the Committee recommend the referral of the motion on parking to the Transport Committee.'] }),
  forward('referred-to', 'refer', '"referred / forwarded / escalated / remitted to" a body, or "to the next meeting of" it; not "referred to above"',
    /\b(?:referred|forwarded|escalated|remitted)\s+(?:(?:\w+(?:\.\w+)*|\([^()]{1,30}\))\s+){0,4}?to\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent)\s+meeting\s+of\s+)?(?!in\b|as\b|above\b|below\b|earlier\b|at\b)/gi,
    { match: ['That the matter be referred to the Policy and Resources Committee.', 'That the matter be remitted to the Area Roads Sub-Committee.', 'The Board referred risk BAF 4 (workforce) to the People Committee.', 'City Council referred Item IE27.3 back to the Infrastructure and Environment Committee.'], not: ['As referred to above, the scheme is complete.'] }),
  forward('deferred-to-meeting-of', 'refer', 'a matter "deferred / held over / postponed until the next (a future, the June …) meeting of" a body; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:defer(?:red)?|held\s+over|postponed|adjourned)\b[^.;]{0,60}?\b(?:until|to|till)\s+(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi,
    { match: ['That the matter be deferred until the next meeting of the Transport Board.', 'That the application be held over to a future meeting of the Licensing Committee.'], not: ['That the matter be deferred for one month.'] }),
  forward('continued-to-body-meeting', 'refer', 'US minutes\' "to continue (postpone, defer) the item to the Planning Commission meeting of June 4": the body named before its meeting; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:continu(?:e|ed)|defer(?:red)?|postpone(?:d)?|table(?:d)?)\b[^.;]{0,60}?\b(?:to|until)\s+(?:the\s+|a\s+)?(?:(?:next|future|regular|special|joint)\s+)*(?=(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?:regular\s+|special\s+)?meeting\b)/g,
    { match: ['to continue the item to the Planning Commission meeting of June 4.', 'That the application be deferred to the next Licensing Committee meeting.'], not: ['to continue the item to the June 4 meeting.'] }),
  forward('referral-to', 'refer', '"prior to / subject to / before referral to" a body',
    /\b(?:(?:prior|subject)\s+to\s+|before\s+|for\s+|on\s+)?(?:its\s+|their\s+)?referral\s+to\s+/gi,
    { match: ['That the scheme be noted prior to referral to the Traffic Committee.'] }),
  forward('referred-back', 'refer', '"the matter / item / decision … be referred back to" a body: sent back for it to reconsider, not a report owed',
    /\b[\w’'-]+\s+be\s+referred\s+back\s+to\s+/gi,
    { match: ['That the application be referred back to the Planning Committee for a site visit.', 'That the decision of Cabinet be referred back to Cabinet for reconsideration.'] }),
  forward('refer-x-to', 'refer', '"refer / forward X to" a body (active, with the matter between; a copy forwarded is circulated), a New Jersey resolution\'s title "REFERRING X TO" it (an amendment or change "to" a plan before a later "to" is the matter\'s), and Scottish minutes\' "to remit X to" it, and a risk register\'s "escalate X to" it, or to a later sitting of it ("to the next meeting of", "to the 2027 budget deliberations of")',
    new RegExp(String.raw`(?<!\b(?:the|its|their|a|our)\s+)\b(?:[Rr]efer(?:s|ring)?|[Ff]orward(?:s|ing)?|[Rr]emit(?:s|ting)?|[Ee]scalat(?:e|es|ing)|REFER(?:S|RING)?|FORWARD(?:S|ING)?|REMIT(?:S|TING)?)\s+(?!(?:a\s+)?cop(?:y|ies)\b)(?:(?:[\w’'$£€%,-]|\.(?=\s*\d))+\s+){1,24}?(?!(?<=\b(?:[Aa]mendments?|AMENDMENTS?|[Cc]hanges?|CHANGES?|[Aa]dditions?|ADDITIONS?|[Aa]lterations?|ALTERATIONS?|[Ii]mprovements?|IMPROVEMENTS?|[Rr]evisions?|REVISIONS?|[Vv]ariations?|VARIATIONS?)\s+)(?:to|TO)\s[^.;]*?\s(?:to|TO)\s+(?:the\s+|THE\s+)?[A-Z])(?:to|TO)\s+${LATER_SITTING_OF}(?=(?:the\s+|a\s+(?=[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|of|and|&)\s+){0,5}(?:Committee|Board|Panel|Group|Council|Commission)\s+meeting\b))?(?:full\s+|plenary\s+)?[A-Z]|all\s+(?:other\s+)?(?:local\s+authorities|\w+\s+councils|councils)\b)`, 'g'),
    { match: ['That the Committee refer the motion on housing to Council.', 'Refer BP 5141.52 to the Policy Subcommittee for further review.', 'The Sub-Committee agreed to refer the application to the full Licensing Committee.', 'Refer the matter to the Regional Road Group for its next meeting.', 'to remit the proposed closure of the depot to the Harbour Board for consideration.', 'to forward the motion to all local authorities for their support.', 'REFERRING THE PROPOSED REDEVELOPMENT PLAN FOR BLOCK 42 TO THE PLANNING BOARD FOR REVIEW', 'RESOLVED, that the Board of Trustees refers proposed Local Law No. 7 of 2026 to the Village Planning Board for a report.', 'THAT the Board forward the application for non-farm use at 4410 Kettle Road to the Agricultural Land Commission.', 'BE IT RESOLVED THAT Council refers the request from the Birch Lake Snowmobile Club for trail access on Township road allowances to the Public Works Committee.', 'It was agreed to escalate the risk to the Audit and Risk Committee.', 'Referring the Proposed Amendment to the Redevelopment Plan for Block 42 to the Planning Board for Review', 'to refer the proposed cemetery ordinance amendment to the Planning Commission for review.', 'Refers any submissions received to a Submissions Committee meeting on 9 June 2026.', 'THAT Council refer the request of the Curling Club for a capital grant to the 2027 budget deliberations of the Finance Committee.', 'That the Board forward the petition to the next meeting of the Traffic Committee.'], not: ['That the remit of the working group be extended to Council housing.', 'Refer the tender to a Consultant for advice.'] }),
  forward('referred-x-to', 'refer', 'a decision told in the past tense with the matter between: a US action line\'s "Referred the short-term rental ordinance review to the Housing Commission", "The Board referred the request to the Parks Commission"; only at the start or after the body that referred it, so "the matters referred to in paragraph 4" and a speaker who "referred members to the report" are none',
    new RegExp(String.raw`(?:^|(?<=\b(?:${BODY_NOUNS}|Trustees|Commissioners|Supervisors)\s+))(?:Referred|referred|REFERRED)\s+(?:the|this|these|its|their|a|an|THE)\s+(?:(?:[\w’'$£€%,-]|\.(?=\s*\d))+\s+){0,20}?(?:to|TO)\s+(?=(?:the\s+)?[A-Z])`, 'g'),
    { match: ['Referred the short-term rental ordinance review to the Housing Commission for recommendations.', 'The Board referred the request for a crosswalk to the Traffic Safety Commission.', 'The Police Jury referred the request of the Rodeo Association to the Finance Committee.'], not: ['Members referred to the report presented in January.', 'Councillors referred to in paragraph 4 of the report.'] }),
  forward('refer-to-verb-first', 'refer', 'a decision that opens with its verb and names no matter: "Refer to Cabinet for review of the controls" in a register\'s decision column, "– Refer to the Audit Committee"',
    /(?:^|[–—-]\s+|:\s+)(?:[Tt]o\s+)?(?:[Rr]efer|REFER)\s+(?:to|TO)\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['SR5 Data protection breach – Refer to Cabinet for review of the controls', 'Refer to the Audit Committee.'], not: ['Members asked officers to refer to the guidance.'] }),
  forward('returned-x-to', 'refer', '"return / remand / send back X to" a named committee or commission: sent back to it for more work, as US councils return an ordinance to their planning commission',
    new RegExp(String.raw`\b(?:[Rr]eturn(?:s|ed|ing)?\s+(?:(?!to\b)[\w’'-]+\s+){1,8}?|be\s+returned\s+|[Rr]emand(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,8}?|[Ss]en[dt]s?\s+(?:[\w’'-]+\s+){0,8}?back\s+)to\s+(?=${NAME}\s+(?:${BODY_NOUNS})\b)`, 'g'),
    { match: ['to return Ordinance 2026-07 to the Planning and Zoning Commission for a further workshop.', 'That the application be remanded to the Planning Commission.', 'to send the draft policy back to the Finance Committee', 'That the matter be sent back to the Transportation Committee.', 'That the ordinance be returned to the Planning Commission for review.'], not: ['to return the deposit to the applicant.', 'Officers sent the survey to residents.'] }),
  forward('placed-on-agenda-of', 'refer', 'a matter "placed / put / included on the agenda (work programme) of" a body, or of its next meeting; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:placed|put|included|listed|added|place|include|add)\s+(?:(?:the|this|that)\s+(?:item|matter|report|request|proposal)\s+)?(?:on|in|to)\s+(?:the\s+)?(?:agenda|work\s*programme|forward\s+(?:work\s+)?plan)\s+(?:of|for)\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming)\s+(?:meetings?\s+of\s+)?)?/gi,
    { match: ['That the strategy be placed on the agenda of the next meeting of the Finance Committee.', 'the item be added to the work programme of the Scrutiny Board', 'That the item be placed on the agenda of the next Finance Committee.', 'to place the item on the agenda of the next Finance Committee meeting.'], not: ['That the item be placed on the agenda for the next meeting.'] }),
  forward('considered-by', 'refer', 'a matter "to be considered / determined / reviewed / ratified by" a named body: put before it',
    /\b(?:be|being|to\s+be)\s+(?:further\s+|formally\s+|finally\s+)?(?:considered|determined|decided|reviewed|examined|scrutini[sz]ed|ratified|approved|adopted|endorsed)\s+by\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the strategy be considered by the Policy and Resources Committee at its March meeting.', 'That the decision be ratified by Council.'], not: ['The strategy was considered by officers.', 'The scheme was approved by Council in 2019.'] }),
  forward('recommended-for-by', 'recommend', '"recommended for adoption / approval by" a body: the meeting recommends it to that body',
    /\brecommended\s+for\s+(?:final\s+|formal\s+)?(?:approval|adoption|ratification|endorsement)\s+by\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the policy be endorsed and recommended for adoption by Council.'] }),
  forward('for-decision-by', 'refer', 'a matter sent on "for approval / ratification / consideration / decision by" a body',
    /\b(?<!recommended\s)for\s+(?:final\s+|formal\s+|further\s+)?(?:approval|adoption|ratification|consideration|determination|decision|endorsement)\s+by\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the revised terms of reference go for ratification by the Joint Board.'], not: ['The plan is awaiting approval by officers.'] }),
  forward('considered-at-meeting-of', 'refer', 'a matter "considered / discussed / taken at the next (a future) meeting of" a body; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:considered|discussed|debated|determined|heard|taken|tabled)\s+at\s+(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi,
    { match: ['That the report be considered at the next meeting of the Overview and Scrutiny Commission.'], not: ['That the report be considered at the next meeting.'] }),
  forward('forward-to', 'refer', 'a matter that "goes / is put / is taken forward to" a body, or is "taken to" it',
    /\b(?:(?:put|go|goes|going|sent|taken|brought|passed)\s+forward\s+to|(?:be|being|to\s+be)\s+(?:taken|put)\s+to)\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the strategy be put forward to Full Council for adoption.', 'the proposal go forward to Council with the Committee\'s support', 'the issue be taken to the Joint Consultative Committee', 'That the item be put to the Policy and Resources Committee.'], not: ['That the amendment be put to the vote.'] }),
  forward('fed-back-to', 'refer', 'the meeting\'s views "fed back / relayed / conveyed / communicated to" a body, for it to take into account',
    /\b(?:(?:fed|feed|feeds)\s+back|relayed|conveyed|communicated)\s+to\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the comments of the Committee be fed back to Cabinet.', 'the Committee\'s concerns be relayed to the Integration Joint Board'] }),
  forward('deferred-to-body', 'refer', 'a matter "deferred / adjourned to" another named body: handed over to it',
    new RegExp(String.raw`\b(?:deferred|adjourned|postponed|delegated)\s+to\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and|of|&)\s+|\s+|-))+(?:${BODY_NOUNS})\b)`, 'g'),
    { match: ['That the item be deferred to the Licensing Sub-Committee.'], not: ['That the item be deferred to a later date.'] }),
  forward('placed-before', 'refer', 'a matter "placed / laid / brought before" a body: put before it to decide',
    /\b(?:be|been|being|is|was|were)\s+(?:placed|laid|brought|put)\s+before\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/g,
    { match: ['That the matter be placed before the Licensing Board.', 'That the revised scheme be brought before Full Council in January.'], not: ['That the matter be placed before the end of the year.'] }),
  forward('presented-to', 'refer', '"to be presented to" a body: put before it to decide',
    /\b(?:to\s+be|be)\s+presented\s+to\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])/gi,
    { match: ['That the approach to be presented to the Policy and Resources Committee.'] }),
  forward('submitted-to', 'refer', '"submitted / sent / reported to" a body, "submit … to" it, or approved "for submission to" it, unless "for information" or already done ("as submitted to", "had been sent to", "noted the bids submitted to")',
    /\b(?<!\b(?:as|already|previously|recently|was|were|been)\s)(?:(?:be\s+(?:submitted|submits?|sent|reported(?!\s+(?:annually|quarterly|regularly|periodically)\b)|transmit(?:s|ted)?)|submits?|transmits?|(?<!\b(?:noted?|notes|NOTED?|NOTES|Noted|Notes)\b[^.;:]{1,80})(?:submitted|sent|reported(?!\s+(?:annually|quarterly|regularly|periodically)\b)|transmitted))\s+(?:(?!back\b)[\w-]+\s+){0,4}?to|for\s+(?:onward\s+|formal\s+|final\s+)?submission\s+to)\s+(?=(?:the\s+)?(?:full\s+|plenary\s+)?[A-Z])(?![^.;]*\bfor information\b)/gi,
    { match: ['That the Housing Strategy be submitted to the Department for Communities for approval.', 'asks officers to submit the priority schemes to Active Travel England for funding.', 'The Board APPROVED the Better Care Fund Plan 2025-26 for submission to NHS England.', 'Commissioner Holt moved to transmit CPA 2028-01 to the Florida Department of Commerce for state review.'], not: ['That the minutes be submitted to Council for information.', 'NOTED the bids submitted to Transport Scotland;', 'noted the Quarter 2 return as submitted to NHS England;', 'noted that the plan had already been submitted to the Department for Communities.'] }),
  forward('present-x-to-for', 'refer', '"present / take / send / bring X (, together with Y,) to" a body "for review (comment, endorsement, approval …)": put before it to decide or advise, as US work sessions direct staff',
    /\b(?:present|presents|take|takes|send|sends|bring|brings)\s+(?:the|this|these|its|their|a|an)\s+(?!cop(?:y|ies)\b|letters?\b)(?:[\w’'-]+\s+){0,5}?(?:[\w’'-]+,\s+(?:together\s+with|along\s+with|with|and|including)\s+(?:[\w’'-]+\s+){1,8}?[\w’'-]+,\s+)?to\s+(?=(?:the\s+)?[A-Z][^.;]{0,80}?\bfor\s+(?:(?:its|their|further|formal|final|a)\s+)?(?:review|comments?|consideration|endorsement|approval|adoption|decision|determination|input|feedback|recommendation|(?:public\s+)?hearing)\b)/gi,
    { match: ['Staff to present the draft strategy to the Planning Commission for review.', 'That officers take the draft strategy to the Transport Board for endorsement.', 'Requests the Chief Executive Officer to present the final plan, together with a summary of submissions received, to Council for adoption.', 'Mr. Brennan made a motion to send the draft solar ordinance to the Fayette County Planning Commission for review.', 'Trustee Lee moved to send the zoning amendment to the Plan Commission for a public hearing.', 'Councilmember Cho moved to direct staff to bring the draft ordinance to the Planning Commission for a public hearing.'], not: ['The Mayor will present the awards to the winners at the Civic Centre.', 'officers to present the plan to the Planning Commission in May.'] }),
  forward('passed-to-for', 'refer', '"be passed (on) to" a body "for" its work on it (consideration, decision, action, review): a referral, where "passed to" alone circulates',
    /\bbe\s+passed\s+(?:on\s+)?to\s+(?=(?:the\s+)?[A-Z][^.;]{2,80}?\s+for\s+(?:a\s+|further\s+|its\s+)?(?:work|consideration|decision|action|review|determination|approval|investigation)\b)/g,
    { match: ['That the item be passed to the Economic Development Sub-Committee for further work.', 'That the petition be passed on to the Highways Committee for consideration.'] }),
  forward('inform-body-of', 'circulate', '"informs (advises, notifies) the X Association of this resolution": the body told of the decision',
    /\b(?:[Ii]nforms?|[Aa]dvises?|[Nn]otif(?:y|ies))\s+(?=(?:the\s+)?[A-Z][^.;]{2,80}?\s+of\s+(?:this|the|its|that|council['’]s)\s+(?:resolution|decision|motion|outcome)s?\b)/g,
    { match: ['3. Informs the Bracken Valley Progress Association of this resolution.', 'That the Clerk notify the County Council of the decision.'], not: ['That officers inform Members of progress.'] }),
  forward('circulated-to', 'circulate', '"circulated / copied / provided / distributed / sent to", "copy the letter to", "be shared with", "forward (send) a copy of … to": circulate',
    /\b(?:be\s+)?(?:circulated|circulates?|copied|cop(?:y|ies)(?=\s+(?:it|them|this|these|the|a|any|all|our|its|their|his|her)\b)|provided|distributed|distributes?|sent|made available|passed|(?:forward(?:s|ed)?|send|sends|transmit(?:s|ted)?)\s+(?:a\s+)?cop(?:y|ies)\s+of)\s+(?:[\w’'-]+\s+){0,5}?to\s+(?<!\bback\s+to\s+)|\bbe\s+shared\s+with\s+(?=(?:the\s+|all\s+)?[A-Z])/gi,
    { match: ['That the report be circulated to all Elected Members.', 'That the Clerk circulate it to all Members.', 'REQUESTED that the Roads Manager circulate the revised gritting routes to all Members.', 'That the Clerk forward a copy of this resolution to the County Board of Supervisors.', 'and to send a copy of this resolution to the MRC du Lac-Saint-Jean-Est.', 'That the draft be shared with the Youth Council for comment.', 'It was agreed that the secretary would write to the roads department and copy the letter to Transport Scotland.'] }),
  forward('copy-forwarded-to', 'circulate', '"a copy of this resolution be forwarded / sent to" a body: circulate, as "forward a copy of" is',
    /\bcop(?:y|ies)\s+(?:of\s+(?:[\w’'-]+\s+){0,5}?)?(?:be\s+|is\s+|was\s+)?(?:forwarded|sent|provided)\s+to\s+/gi,
    { match: ['AND THAT a copy of this resolution be forwarded to the Association of Municipalities of Ontario.', 'That copies be forwarded to the County Council.'] }),
  forward('seek-views-of', 'request', '"seek / obtain the views (comments, advice) of" a body',
    /\b(?:seek|seeks|sought|obtain|obtains|obtained|request|requests|requested)\s+the\s+(?:views?|comments?|advice|opinions?|observations)\s+of\s+(?=(?:the\s+)?[A-Z])/g,
    { match: ['to seek the views of the Joint Consultative Committee.'], not: ['Members sought the views of residents.'] }),
  forward('commend-to', 'recommend', 'a plan "commended to" a body for adoption',
    /\bcommend(?:s|ed)?\s+(?:it|them|the\s+(?:(?!for\b)[^.;]){1,80}?)\s+to\s+(?=(?:the\s+)?[A-Z])/g,
    { match: ['Council endorses the plan and commends it to the Regional Transport Committee.', 'The Panel commended the revised strategy to Cabinet.'], not: ['The Chair commended the staff for their work to the Board.'] }),
  forward('sought-from', 'request', '"assurance / information / advice / views … be sought from" a body',
    /\b(?:(?:re)?assurances?|information|advice|clarification|views?|a response|responses)\s+(?:be\s+)?(?:sought|requested|obtained)\s+from\s+/gi,
    { match: ['That assurance be sought from the Health Board on waiting times.'] }),
  forward('seek-from', 'request', '"seek(s) … from" a body',
    /\bseek(?:s|ing)?\s+(?:[\w’'-]+\s+){0,4}?from\s+/gi,
    { match: ['That the Committee seek a response from the Environment Agency.'] }),
  forward('obtain-views-from', 'request', '"obtain / gather / receive input / views / comments from" a body, or those "be invited / sought from" it',
    /\b(?:obtain|get|gather|receive)\s+(?:\w+\s+){0,2}?(?:input|views|comments|advice|feedback)\s+from\s+|\b(?:input|views|comments|advice|feedback)(?:\s+(?:on|about)\s+[^.;]{1,60}?)?\s+(?:be|are\s+to\s+be)\s+(?:invited|sought|requested|obtained)\s+from\s+/gi,
    { match: ['That staff obtain input from the Heritage Advisory Committee.', 'That comments be invited from the Youth Forum.', 'That comments on the draft design be invited from the Youth Forum.'] }),
  forward('ask-body-to', 'request', '"request / ask / urge / invite / call (up)on / write to" a named body (a board\'s shouted "ASKED the Quality Committee to …" too), or a government by its level ("the provincial and federal governments"), "to …" or "for …", with room for a role between (", as highway authority,", " as Highway Authority"); in a clause all in capitals too',
    /\b(?:[Rr]equest(?:s|ed)?|[Aa]sk(?:s|ed)?|[Uu]rge[sd]?|[Ii]nvite[sd]?|[Cc]all(?:s|ed)?\s+(?:up)?on|[Ww]rites?\s+to|REQUESTED|ASKED|URGED|INVITED)\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:(?:\s+(?:and|of|for|&|(?:of|for|and)\s+the|de|des|du|de\s+la)?\s*|(?<=\b(?:Minister|Ministry|Department)\s+(?:for|of)\s+(?:the\s+)?[A-Z][^.;]{0,80}),\s+(?:the\s+)?)[A-Z][\w’'-]*)*|(?:provincial|federal|state|national|territorial|commonwealth)(?:\s+(?:and|&|or)\s+[a-z]+)?\s+governments?)(?:,\s+as\s+(?:the\s+)?[a-z][a-z\s-]{2,40},|,?\s+as\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3},?)?\s+(?:to|for(?=\s+[a-z])|asking|requesting|seeking|urging|calling\s+(?:for|on))\b)|\b(?:REQUESTS?|ASKS?|URGES?|INVITES?|CALLS?\s+(?:UP)?ON|WRITES?\s+TO)\s+(?=(?:THE\s+)?[A-Z][A-Z’'-]*(?:\s+(?:(?:OF|AND|&)\s+)?(?!(?:OF|AND|TO)\b)[A-Z][A-Z’'-]*)*?\s+(?:TO|ASKING|REQUESTING|SEEKING|URGING|CALLING\s+(?:FOR|ON))\b)/g,
    { match: ['That the Council write to the Scottish Government to ask for more funding.', 'THAT THE CLERK WRITE TO THE MINISTRY OF TRANSPORTATION REQUESTING A SPEED STUDY.', 'to ask Hampshire County Council for permission to mount it on the A30.', 'That the Council urge Transport Scotland to fund the scheme.', 'That the Council urge the Department for Transport to fund the bypass.', 'Writes to the Department of Climate Change, Energy, the Environment and Water seeking funding for priority works.', 'That the Council call on the Welsh Government to review the policy.', 'Members agreed the Clerk should write to the District Council asking for more bins.', 'That the Municipal District calls on Transport Infrastructure Ireland to fund the scheme.', 'City Council call on the provincial and federal governments to fund child care spaces.', 'That this Council writes to the Department for the Economy calling for the completion of Project Stratum.', 'ASKED the Quality Committee to review the increase in pressure ulcers and report back in January;', 'That the Council calls on the Minister for Transport and the National Transport Authority to extend the service.', 'TO ask the Ministère des Transports to install a traffic light at the corner.', 'Members resolved to ask the County Council, as highway authority, to carry out a parking survey.', 'That this Council calls on the Minister for Children, Equality, Disability, Integration and Youth and the Child and Family Agency to fund the service.', 'It was RESOLVED to ask the County Council as Highway Authority to extend the 20mph limit.'], not: ['That the Chair write to the Minister for Housing to ask for a meeting.'] }),
  forward('write-to-and-to', 'request', '"write to X and to Y asking / requesting …": both bodies written to, the first of which may be an office holder and no body ("the Secretary of State … and to the Combined Authority asking them to …")',
    /\b[Ww]rites?\s+to\s+(?=[^.;]{3,80}?\s+and\s+(?:also\s+)?to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'-]*)*\s+(?:asking|requesting|seeking|urging|calling\s+(?:for|on)|to\s+(?:ask|request|seek|urge)\b))/g,
    { match: ['The Council resolved to write to the Secretary of State for Transport and to the Combined Authority asking them to restore the 42 service.', 'That the Clerk write to the Highways Authority and to Network Rail requesting a joint inspection.'], not: ['That the Clerk write to the Secretary of State and to Mr Evans asking for a meeting.'] }),
  forward('request-that-body', 'request', '"request / ask / urge that" a named body do something: "That the Council request that Transport for Wales reinstate the service."',
    /\b(?:[Rr]equests?|[Aa]sks?|[Uu]rges?)\s+that\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'-]*)*\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|should\b)[a-z]+\b)/g,
    { match: ['That the Council request that Transport for Wales reinstate the evening service.', 'The Board asks that NHS Grampian confirm the funding.'], not: ['That the Council request that the report be deferred.'] }),
  forward('lobby-body', 'request', '"lobby / petition" a named body, as the decision: not "the Council is continuing to lobby" or "has lobbied", which report it, nor a case\'s name ("Rezoning Petition RZ-26-09")',
    /(?<!\b(?:continu\w*\s+to|has|have|had|is|are|was|were|been|already)\s)\b(?:[Ll]obby|petition|(?<!\b[A-Z][\w’'-]*\s)Petition)\s+(?=(?:the\s+)?[A-Z])(?!(?:the\s+)?[A-Z]{1,6}[-/]?\d)/g,
    { match: ['That the Council lobby the Scottish Government for fair funding.'], not: ['Public Hearing - Rezoning Petition RZ-26-09', 'That the petition be noted.', 'That it be noted that the Council is continuing to lobby the Scottish Government.'] }),
  forward('representations-to', 'request', '"make representations / a submission to" a body, "representations be made to" it',
    /\b(?:(?:make|makes|made|making)\s+(?:(?:further|strong|formal|urgent|a)\s+)*(?:representations?|submissions?)|(?:representations?|submissions?)\s+(?:be|are|were|to\s+be)\s+made)\s+to\s+/gi,
    { match: ['That representations be made to the Department for Infrastructure on the road closure.', 'That the Council make a submission to the Boundary Commission.'] }),
  backward('body-assurance-sought', 'request', 'the body before the verb: "That Police reassurance be sought …"',
    new RegExp(String.raw`\b(${NAME})\s+(?:re)?assurance\s+be\s+sought\b`, 'g'),
    { match: ['That Police reassurance be sought on response times.'] }),
  backward('views-of-body-sought', 'request', '"the views of X be sought"',
    new RegExp(String.raw`\b(?:views?|comments?|advice|input)\s+of\s+(${NAME})\s+be\s+(?:sought|requested|obtained)\b`, 'g'),
    { match: ['That the views of the Youth Council be sought.'] }),
  backward('body-be-urged', 'request', 'the body before the verb: "That the Scottish Government be urged / asked / invited to …"; an office holder ("the Minister for Health") is no body',
    new RegExp(String.raw`\b(${NAME})\s+be\s+(?:urged|asked|requested|invited|lobbied|called upon)\s+to\b`, 'g'),
    { match: ['That the Scottish Government be urged to restore the funding.'], not: ['That the Minister for Health be urged to restore the beds.'] }),
  backward('body-be-consulted', 'request', 'the body before the verb: "That the Health and Wellbeing Board be consulted on the draft strategy": its views sought, as "the views of X be sought"',
    new RegExp(String.raw`\b(${NAME})\s+be\s+(?:formally\s+)?consulted\s+(?:on|about|upon|regarding|before)\b`, 'g'),
    { match: ['That the Health and Wellbeing Board be consulted on the draft strategy.'], not: ['That the Chief Executive be consulted on the final wording.'] }),
  backward('to-body-be-referred', 'refer', '"… to X be referred": the body before the verb, unless another follows it ("naming rights to the East End Arena be referred to the Finance Committee")',
    new RegExp(String.raw`\bto\s+(${NAME})\s+be\s+referred\b(?!\s+(?:back\s+)?to\b)`, 'g'),
    { match: ['That the matter to the Licensing Board be referred.'] }),
  backward('body-be-recommended', 'recommend', '"That the Council be recommended to give approval to: (1) …": the body before the verb, for every item of the list',
    new RegExp(String.raw`\b(${NAME})\s+be\s+recommended\s+to\b`, 'g'),
    { match: ['That the Council be recommended to give approval to the scheme.'] }),
  backward('body-be-informed', 'circulate', '"That the Progress Association be informed (advised, notified) of this resolution": the body told of the decision',
    new RegExp(String.raw`\b(${NAME})\s+be\s+(?:informed|advised|notified)\s+of\s+(?:this|the|its|that|these|council['’]s)\s+(?:resolution|decision|motion|outcome)s?\b`, 'g'),
    { match: ['That the Bracken Valley Progress Association be informed of this resolution.', 'That the Community Council be advised of the decision.'], not: ['That Members be kept informed of progress.'] }),
  backward('to-body-be-circulated', 'circulate', '"… to all Members be circulated / copied / provided / sent"',
    new RegExp(String.raw`\bto\s+((?:all\s+(?:of\s+)?)?${NAME})\s+be\s+(?:circulated|copied|provided|sent)\b`, 'g'),
    { match: ['That a copy of the letter to all Members be circulated.'] }),
  backward('body-receive-updates', 'report-back', '"That the Committee (continue to) receive regular updates / reports": something comes back; not "receive and file", "this report" or "for information"',
    // "receive the financial report", "the minutes' updates": a report already before the meeting, unless it is to go on coming.
    new RegExp(String.raw`^(?:[Tt]hat\s+|THAT\s+)?(${NAME})\s+(?:continues?\s+to\s+receive\b|(?:to\s+|will\s+)?receive\b(?!\s+(?:and|&)\s+file\b)(?![^.]*\b(?:this|the|these)\s+(?:[\w’'-]+\s+){0,3}(?:reports?|updates?|information)\b))(?![^.]*\bfor\s+information\b)[^.]*\b(?:updates?|reports?|information)\b`, 'g'),
    { match: ['That the Audit Committee receive quarterly updates on progress.', 'That the Board continue to receive the quarterly updates from the Trust.'], not: ['That Council receive this report for information.', 'Council to receive and file this report.', 'That Council receive the financial report for the period ending 31 October 2026.'] }),
];
