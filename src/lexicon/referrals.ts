import type { ReferralKind } from '../types.js';
import type { Rule } from './rule.js';
import { ACTION_VERBS, BODY_NOUNS } from './words.js';

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
    /\bre-?submit(?:ted)?\b[^.;]{0,80}?\bto\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent)\s+meeting\s+of\s+)?(?!be\b)/gi,
    { match: ['That the application be resubmitted to a future meeting of the Planning Committee.'], not: ['The item was not resubmitted.'] }),
  forward('back-to', 'report-back', '"report / bring / come / refer back to" a body',
    /\b(?:report(?:s|ed|ing)?|updates?|updated|present(?:ed)?|brought|bring|come|submitted|refer(?:red)?)\s+back\s+(?:\w+\s+){0,3}?to\s+/gi,
    { match: ['That officers report back to the Audit Committee in June.'] }),
  forward('to-next-meeting-of', 'report-back', 'a report "brought / presented to the next (future, November …) meeting of" a body',
    /\b(?:report(?:s|ed)?|present(?:s|ed)?|bring|brought|submit(?:ted)?)\b(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:a\s+|the\s+|its\s+)?(?:future|next|later|subsequent|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi,
    { match: ['That a report be brought to the November meeting of the Housing Panel.'] }),
  forward('bring-report-to', 'report-back', '"bring / present / submit a (further, progress …) report to" a body',
    /\b(?:bring|brings|present|presents|submit|submits)\s+(?:a|an|the)\s+(?:(?:further|update|updated|progress|final|detailed|full|annual)\s+)*(?:report|update|paper)s?\s+to\s+(?=(?:the\s+)?[A-Z])/gi,
    { match: ['That officers bring a further report to the Licensing Committee in six months.'] }),
  forward('reported-regularly', 'report-back', '"reported annually / quarterly / on progress … to" a body, with room for a "by" phrase between',
    /\breport(?:s|ed)?\s+(?:on\s+)?(?:progress|regularly|quarterly|annually|further|periodically)\b(?:\s+[\w’'-]+){0,7}?\s+to\s+/gi,
    { match: ['That progress is reported annually by the Partnership Board to the Community Planning Board.'] }),
  forward('return-to', 'report-back', 'a matter that "returns / comes back / is brought back to" a named committee; case-sensitive, so a run of "and …" words cannot backtrack without end',
    /\b(?:[Rr]eturn|[Cc]ome back|[Bb]e brought back)\s+to\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*\s+(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Group|Sub-Committee)\b)/g,
    { match: ['That the Policy return to the Licensing Committee on 10 September.'], not: ['That the officers return to the office.'] }),
  forward('bring-back', 'report-back', '"bring / present / submit … back to" a body, with words between verb and "back"',
    /\b(?:bring|brings|brought|present|presented|submit|submitted|report)\s+(?:[\w’'-]+\s+){1,8}?back\s+to\s+/gi,
    { match: ['That the Director bring the revised scheme back to Cabinet.'] }),
  forward('will-report-to', 'report-back', '"to / will / shall / should report … to" a body',
    /\b(?:to|will|shall|should)\s+report\s+(?:[\w’'-]+\s+){0,5}?to\s+(?=(?:the\s+)?[A-Z])/gi,
    { match: ['That the working group will report to the Scrutiny Board in March.'] }),
  forward('recommend-to', 'recommend', '"recommend(s/ed) … to" a body; not "recommend that"',
    /\brecommend(?:s|ed|ing)?\s+(?!the\s+referral\s+of\b)(?:(?!that\b)[\w’'/–-]+\s+){0,8}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi,
    { match: ['That the Committee recommend the scheme to Council.', 'That the Committee recommends the Draft Climate Action Plan 2026–2030 to the full Council for adoption.'], not: ['That officers recommend that the scheme be adopted.'] }),
  forward('supported-to', 'recommend', 'Welsh scrutiny\'s "the recommendation was supported to Cabinet"',
    /\bsupported\s+to\s+(?=(?:the\s+)?[A-Z])/g,
    { match: ['The recommendation was supported to Cabinet.'] }),
  forward('commended-to', 'recommend', '"endorsed and commended to" a body',
    /\bcommended\s+(?:\w+\s+){0,2}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the proposal be endorsed and commended to the Executive Board.'] }),
  forward('recommend-body-to', 'recommend', 'the body before the verb: "recommend the County Council to agree …"',
    /\brecommend(?:s|ed)?\s+(?=(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:Council|Cabinet|Board|Committee|Executive|Authority)\s+to\s+[a-z])/g,
    { match: ['That the Committee recommend the County Council to agree the revised fees.'] }),
  forward('recommend-that-body', 'recommend', '"recommend that the City Council adopt …": the body named as the one to decide, with its verb',
    new RegExp(String.raw`\brecommend(?:s|ed|ing)?\s+that\s+(?=(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?:Council|Cabinet|Board|Commission|Committee|Executive|Authority)\s+(?:${ACTION_VERBS.toLowerCase()}|agree|fund|enact|pass|instruct|delegate|seek|write|make|give|proceed|implement|release|undertake|include|defer|be\s+(?:asked|requested|invited))\b)`, 'g'),
    { match: ['Commissioner Pratt moved to recommend that the City Council adopt the zoning amendment.', 'c. recommends that Council hold hearings on 14 April 2025.'], not: ['That officers recommend that the scheme be adopted.', 'recommends that Council tax be increased by 4.99 per cent.'] }),
  forward('recommend-referral', 'recommend', '"recommend the referral of X to" a body',
    /\brecommend(?:s|ed|ing)?\s+the\s+referral\s+of\s+[^.;]{1,150}?\s+to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi,
    { match: ['That the Committee recommend the referral of the motion on parking to the Transport Committee.'] }),
  forward('referred-to', 'refer', '"referred / forwarded / escalated / remitted to" a body, or "to the next meeting of" it; not "referred to above"',
    /\b(?:referred|forwarded|escalated|remitted)\s+(?:\w+\s+){0,3}?to\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent)\s+meeting\s+of\s+)?(?!in\b|as\b|above\b|below\b|earlier\b|at\b)/gi,
    { match: ['That the matter be referred to the Policy and Resources Committee.', 'That the matter be remitted to the Area Roads Sub-Committee.'], not: ['As referred to above, the scheme is complete.'] }),
  forward('deferred-to-meeting-of', 'refer', 'a matter "deferred / held over / postponed until the next (a future, the June …) meeting of" a body; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:defer(?:red)?|held\s+over|postponed|adjourned)\b[^.;]{0,60}?\b(?:until|to|till)\s+(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi,
    { match: ['That the matter be deferred until the next meeting of the Transport Board.', 'That the application be held over to a future meeting of the Licensing Committee.'], not: ['That the matter be deferred for one month.'] }),
  forward('referral-to', 'refer', '"prior to / subject to / before referral to" a body',
    /\b(?:(?:prior|subject)\s+to\s+|before\s+|for\s+|on\s+)?(?:its\s+|their\s+)?referral\s+to\s+/gi,
    { match: ['That the scheme be noted prior to referral to the Traffic Committee.'] }),
  forward('referred-back', 'refer', '"the matter / item / decision … be referred back to" a body: sent back for it to reconsider, not a report owed',
    /\b[\w’'-]+\s+be\s+referred\s+back\s+to\s+/gi,
    { match: ['That the application be referred back to the Planning Committee for a site visit.', 'That the decision of Cabinet be referred back to Cabinet for reconsideration.'] }),
  forward('refer-x-to', 'refer', '"refer / forward X to" a body (active, with the matter between; a copy forwarded is circulated)',
    /\b(?:[Rr]efer|[Ff]orward|REFER|FORWARD)(?:s)?\s+(?!(?:a\s+)?cop(?:y|ies)\b)(?:[\w’'$£€%,-]+\s+){1,8}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the Committee refer the motion on housing to Council.', 'The Sub-Committee agreed to refer the application to the full Licensing Committee.', 'Refer the matter to the Regional Road Group for its next meeting.'] }),
  forward('returned-x-to', 'refer', '"return / remand / send back X to" a named committee or commission: sent back to it for more work, as US councils return an ordinance to their planning commission',
    new RegExp(String.raw`\b(?:[Rr]eturn(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,8}?|[Rr]emand(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,8}?|[Ss]en[dt]s?\s+(?:[\w’'-]+\s+){0,8}?back\s+)to\s+(?=${NAME}\s+(?:${BODY_NOUNS})\b)`, 'g'),
    { match: ['to return Ordinance 2026-07 to the Planning and Zoning Commission for a further workshop.', 'That the application be remanded to the Planning Commission.', 'to send the draft policy back to the Finance Committee'], not: ['to return the deposit to the applicant.', 'Officers sent the survey to residents.'] }),
  forward('placed-on-agenda-of', 'refer', 'a matter "placed / put / included on the agenda (work programme) of" a body, or of its next meeting; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:placed|put|included|listed|added)\s+(?:on|in|to)\s+(?:the\s+)?(?:agenda|work\s*programme|forward\s+(?:work\s+)?plan)\s+(?:of|for)\s+(?:(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming)\s+meetings?\s+of\s+)?/gi,
    { match: ['That the strategy be placed on the agenda of the next meeting of the Finance Committee.', 'the item be added to the work programme of the Scrutiny Board'], not: ['That the item be placed on the agenda for the next meeting.'] }),
  forward('considered-by', 'refer', 'a matter "to be considered / determined / reviewed / ratified by" a named body: put before it',
    /\b(?:be|being|to\s+be)\s+(?:further\s+|formally\s+|finally\s+)?(?:considered|determined|decided|reviewed|examined|scrutini[sz]ed|ratified|approved|adopted|endorsed)\s+by\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the strategy be considered by the Policy and Resources Committee at its March meeting.', 'That the decision be ratified by Council.'], not: ['The strategy was considered by officers.', 'The scheme was approved by Council in 2019.'] }),
  forward('recommended-for-by', 'recommend', '"recommended for adoption / approval by" a body: the meeting recommends it to that body',
    /\brecommended\s+for\s+(?:final\s+|formal\s+)?(?:approval|adoption|ratification|endorsement)\s+by\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the policy be endorsed and recommended for adoption by Council.'] }),
  forward('for-decision-by', 'refer', 'a matter sent on "for approval / ratification / consideration / decision by" a body',
    /\b(?<!recommended\s)for\s+(?:final\s+|formal\s+|further\s+)?(?:approval|adoption|ratification|consideration|determination|decision|endorsement)\s+by\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the revised terms of reference go for ratification by the Joint Board.'], not: ['The plan is awaiting approval by officers.'] }),
  forward('considered-at-meeting-of', 'refer', 'a matter "considered / discussed / taken at the next (a future) meeting of" a body; the meeting\'s own body is no referral (extract/records.ts)',
    /\b(?:considered|discussed|debated|determined|heard|taken|tabled)\s+at\s+(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\s+meetings?\s+of\s+/gi,
    { match: ['That the report be considered at the next meeting of the Overview and Scrutiny Commission.'], not: ['That the report be considered at the next meeting.'] }),
  forward('forward-to', 'refer', 'a matter that "goes / is put / is taken forward to" a body, or is "taken to" it',
    /\b(?:(?:put|go|goes|going|sent|taken|brought|passed)\s+forward\s+to|(?:be|being|to\s+be)\s+(?:taken|put)\s+to)\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the strategy be put forward to Full Council for adoption.', 'the proposal go forward to Council with the Committee\'s support', 'the issue be taken to the Joint Consultative Committee', 'That the item be put to the Policy and Resources Committee.'], not: ['That the amendment be put to the vote.'] }),
  forward('fed-back-to', 'refer', 'the meeting\'s views "fed back / relayed / conveyed / communicated to" a body, for it to take into account',
    /\b(?:(?:fed|feed|feeds)\s+back|relayed|conveyed|communicated)\s+to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/g,
    { match: ['That the comments of the Committee be fed back to Cabinet.', 'the Committee\'s concerns be relayed to the Integration Joint Board'] }),
  forward('deferred-to-body', 'refer', 'a matter "deferred / adjourned to" another named body: handed over to it',
    new RegExp(String.raw`\b(?:deferred|adjourned|postponed|delegated)\s+to\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and|of|&)\s+|\s+|-))+(?:${BODY_NOUNS})\b)`, 'g'),
    { match: ['That the item be deferred to the Licensing Sub-Committee.'], not: ['That the item be deferred to a later date.'] }),
  forward('presented-to', 'refer', '"to be presented to" a body: put before it to decide',
    /\b(?:to\s+be|be)\s+presented\s+to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])/gi,
    { match: ['That the approach to be presented to the Policy and Resources Committee.'] }),
  forward('submitted-to', 'refer', '"submitted / sent / reported to" a body, or "submit … to" it, unless "for information"',
    /\b(?:be\s+)?(?:submitted|submits?|sent|reported)\s+(?:(?!back\b)\w+\s+){0,4}?to\s+(?=(?:the\s+)?(?:full\s+)?[A-Z])(?![^.;]*\bfor information\b)/gi,
    { match: ['That the Housing Strategy be submitted to the Department for Communities for approval.', 'asks officers to submit the priority schemes to Active Travel England for funding.'], not: ['That the minutes be submitted to Council for information.'] }),
  forward('circulated-to', 'circulate', '"circulated / copied / provided / distributed / sent to", "forward a copy of … to": circulate',
    /\b(?:be\s+)?(?:circulated|circulates?|copied|provided|distributed|distributes?|sent|made available|passed|forward(?:s|ed)?\s+(?:a\s+)?cop(?:y|ies)\s+of)\s+(?:[\w’'-]+\s+){0,5}?to\s+/gi,
    { match: ['That the report be circulated to all Elected Members.', 'That the Clerk circulate it to all Members.', 'REQUESTED that the Roads Manager circulate the revised gritting routes to all Members.', 'That the Clerk forward a copy of this resolution to the County Board of Supervisors.'] }),
  forward('copy-forwarded-to', 'circulate', '"a copy of this resolution be forwarded / sent to" a body: circulate, as "forward a copy of" is',
    /\bcop(?:y|ies)\s+of\s+(?:[\w’'-]+\s+){0,5}?(?:be\s+|is\s+|was\s+)?(?:forwarded|sent|provided)\s+to\s+/gi,
    { match: ['AND THAT a copy of this resolution be forwarded to the Association of Municipalities of Ontario.'] }),
  forward('sought-from', 'request', '"assurance / information / advice / views … be sought from" a body',
    /\b(?:(?:re)?assurances?|information|advice|clarification|views?|a response|responses)\s+(?:be\s+)?(?:sought|requested|obtained)\s+from\s+/gi,
    { match: ['That assurance be sought from the Health Board on waiting times.'] }),
  forward('seek-from', 'request', '"seek(s) … from" a body',
    /\bseek(?:s|ing)?\s+(?:[\w’'-]+\s+){0,4}?from\s+/gi,
    { match: ['That the Committee seek a response from the Environment Agency.'] }),
  forward('obtain-views-from', 'request', '"obtain / gather / receive input / views / comments from" a body',
    /\b(?:obtain|get|gather|receive)\s+(?:\w+\s+){0,2}?(?:input|views|comments|advice|feedback)\s+from\s+/gi,
    { match: ['That staff obtain input from the Heritage Advisory Committee.'] }),
  forward('ask-body-to', 'request', '"request / ask / urge / invite / call (up)on / write to" a named body, or a government by its level ("the provincial and federal governments"), "to …"',
    /\b(?:[Rr]equests?|[Aa]sks?|[Uu]rges?|[Ii]nvites?|[Cc]alls?\s+(?:up)?on|[Ww]rites?\s+to)\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|&|(?:of|for|and)\s+the)?\s*[A-Z][\w’'-]*)*|(?:provincial|federal|state|national|territorial|commonwealth)(?:\s+(?:and|&|or)\s+[a-z]+)?\s+governments?)\s+(?:to|asking|requesting|seeking|urging|calling\s+(?:for|on))\b)/g,
    { match: ['That the Council write to the Scottish Government to ask for more funding.', 'That the Council urge Transport Scotland to fund the scheme.', 'That the Council urge the Department for Transport to fund the bypass.', 'That the Council call on the Welsh Government to review the policy.', 'Members agreed the Clerk should write to the District Council asking for more bins.', 'That the Municipal District calls on Transport Infrastructure Ireland to fund the scheme.', 'City Council call on the provincial and federal governments to fund child care spaces.', 'That this Council writes to the Department for the Economy calling for the completion of Project Stratum.', 'That the Council calls on the Minister for Transport and the National Transport Authority to extend the service.'], not: ['That the Chair write to the Minister for Housing to ask for a meeting.'] }),
  forward('lobby-body', 'request', '"lobby / petition" a named body, as the decision: not "the Council is continuing to lobby" or "has lobbied", which report it',
    /(?<!\b(?:continu\w*\s+to|has|have|had|is|are|was|were|been|already)\s)\b(?:[Ll]obby|[Pp]etition)\s+(?=(?:the\s+)?[A-Z])/g,
    { match: ['That the Council lobby the Scottish Government for fair funding.'], not: ['That the petition be noted.', 'That it be noted that the Council is continuing to lobby the Scottish Government.'] }),
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
  backward('to-body-be-referred', 'refer', '"… to X be referred": the body before the verb',
    new RegExp(String.raw`\bto\s+(${NAME})\s+be\s+referred\b`, 'g'),
    { match: ['That the matter to the Licensing Board be referred.'] }),
  backward('body-be-recommended', 'recommend', '"That the Council be recommended to give approval to: (1) …": the body before the verb, for every item of the list',
    new RegExp(String.raw`\b(${NAME})\s+be\s+recommended\s+to\b`, 'g'),
    { match: ['That the Council be recommended to give approval to the scheme.'] }),
  backward('to-body-be-circulated', 'circulate', '"… to all Members be circulated / copied / provided / sent"',
    new RegExp(String.raw`\bto\s+((?:all\s+(?:of\s+)?)?${NAME})\s+be\s+(?:circulated|copied|provided|sent)\b`, 'g'),
    { match: ['That a copy of the letter to all Members be circulated.'] }),
  backward('body-receive-updates', 'report-back', '"That the Committee (continue to) receive regular updates / reports": something comes back; not "receive and file", "this report" or "for information"',
    new RegExp(String.raw`^(?:[Tt]hat\s+|THAT\s+)?(${NAME})\s+(?:continues?\s+to\s+|to\s+|will\s+)?receive\b(?!\s+(?:and|&)\s+file\b)(?![^.]*\b(?:this|the)\s+report\b)(?![^.]*\bfor\s+information\b)[^.]*\b(?:updates?|reports?|information)\b`, 'g'),
    { match: ['That the Audit Committee receive quarterly updates on progress.'], not: ['That Council receive this report for information.', 'Council to receive and file this report.'] }),
];
