import type { Rule } from './rule.js';
import { BODY_NOUNS, DECIDED_VERBS } from './words.js';

/**
 * Outcome sentences: minutes that record a decision in a plain sentence, with no marker
 * word. extract/outcome.ts tries them in this order and keeps talk out with its guards
 * ("noted the concerns raised", "It was noted that", reported speech).
 */

/** What a meeting does to a matter before the verdict: "was discussed and agreed", "signed and approved". */
const ON_THE_WAY = String.raw`(?:(?:signed|discussed(?:\s+in\s+detail)?|amended|submitted|considered|read|taken\s+as\s+read|received|moved|seconded|put|duly|unanimously|formally|then)\s*,?\s+(?:and\s+)?)*`;
/** What may open the sentence before its subject: "Following discussion, ", "By consensus, ", "Upon motion by X, seconded by Y, ". */
const LEAD = String.raw`^(?:following\s+[\w\s-]{1,40},\s+|(?:after|following)\s+(?:[\w-]+\s+){0,3}?(?:discussion|debate|consideration|deliberation),?\s+|by\s+(?:general\s+|unanimous\s+)?consensus,\s+)?`;

const CONSENSUS = String.raw`(?:general\s+|unanimous\s+|clear\s+)?consensus`;
/** Who may reach a consensus: "of the Council", "among Members". */
const CONSENTING = String.raw`(?:the\s+)?(?:(?:[A-Z][\w’'&-]*\s+){0,4}(?:${BODY_NOUNS})|members|councillors|council\s*members|trustees|commissioners)`;
/** A body's assent with no words of its own, after a request (the words before the body spelled out, as these are read case-blind): "Council concurred.", "The Committee agreed unanimously." */
export const BODY_ASSENT = String.raw`(?:the\s+)?(?:(?:(?:City|Town|County|Village|District|Borough|Parish|Community|Full|Select|Planning)\s+)?(?:${BODY_NOUNS})|Members|Councillors|Council\s*members|Trustees|Commissioners)\s+(?:(?:all|unanimously)\s+)?(?:concurred|consented|agreed|assented)(?:\s+(?:unanimously|by\s+consensus|with\s+(?:this|the\s+request|the\s+suggestion)))?`;

const SECONDER = String.raw`(?:(?:Cllrs?|Councillors?|Cr|Clr|Mr|Mrs|Ms|Dr|Commissioner|Supervisor|Trustee)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)?`;
/**
 * The movers before an outcome sentence, left out of its text: "Upon motion by X, seconded
 * by Y, the Board approved …", "On the proposal of Cllr. A and seconded by Cllr. B the
 * minutes … were adopted" (Irish minutes, no commas).
 */
export const MOVERS_FIRST = new RegExp(String.raw`^(?:(?:[Ff]ollowing|[Aa]fter)\s+(?:[a-z]+\s+){0,2}?(?:discussion|debate|deliberation|consideration)[^,;.]{0,40},\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|the|and)\s+)*){0,5}?(?:[Uu]pon|[Oo]n|UPON|ON)\s+(?:[Aa]\s+|[Tt]he\s+)?(?:[Mm]otion|[Pp]roposal|MOTION)\b(?:[^,;]{0,80},\s+(?:(?:[Dd]uly\s+)?[Ss]econded\b[^,;]{0,80},\s+)?(?:(?:and\s+)?(?:unanimously\s+)?carried(?:\s+by\s+the\s+following\s+(?:roll[- ]call\s+)?vote|\s+\([^)]{1,40}\)|\s+\d{1,2}\s*[-–]\s*\d{1,2})?,\s+)?|\s+(?:of|by)\s+[^,;]{1,80}?\s+(?:and\s+)?seconded\s+by\s+${SECONDER}\s+(?=the\s))`);
const TITLE = String.raw`(?:(?:Councillors?|Cllrs?|Cr|Clr|Mr|Mrs|Ms|Miss|Dr|Alderman|Commissioner|Supervisor|Trustee)\.?\s+)?`;
const PERSON = String.raw`${TITLE}(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+){0,3}`;

/** One member who decides alone, as English executives delegate: "The Cabinet Member for Highways and Transport", "the Portfolio Holder". */
const PORTFOLIO = String.raw`(?:\s+for(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w’'&-]*){1,6}?)?`;
const EXECUTIVE_MEMBER = String.raw`(?:Cabinet|Executive|Lead)\s+Member${PORTFOLIO}|Portfolio\s+Holder${PORTFOLIO}`;

const outcome = (id: string, summary: string, pattern: RegExp, examples: Rule['examples'], dialects?: Rule['dialects']): Rule =>
  ({ id: `outcome.${id}`, family: 'outcome', summary, produces: 'a resolution, the sentence', pattern, examples, ...(dialects ? { dialects } : {}) });

export const OUTCOME_RULES: readonly Rule[] = [
  outcome('motion-in-sentence', 'A motion, its movers and its fate in one sentence: "A motion that the item be tabled was moved by Cr Ross, seconded by Cr Tane and carried." The text is the motion',
    /^(?:A|The)\s+motion\s+((?:that|to)\s+[^.;]{3,240}?)\s+was\s+(?:duly\s+)?(?:moved|proposed|made|put)\b[^.;]{0,160}?(?:\band|,)\s+(?:was\s+|duly\s+|unanimously\s+)*(?:carried|agreed|passed|adopted|approved)\b/i,
    { match: ['A motion that the item be tabled was moved by Cr Ross, seconded by Cr Tane and carried.', 'A motion to adjourn the hearing to 4 May was made by Trustee Chen, seconded by Trustee Brooks, and passed unanimously.'], not: ['A motion that the item be tabled was moved by Cr Ross but was not seconded.'] }),
  outcome('motion-passed', 'A motion and its verdict with no movers: "Motion to accept the grant passed 5-0.", "ACTION: Motion to approve the consent agenda carried unanimously." The text is the motion',
    /^(?:action\s*[:\-–—]\s*)?(?:a\s+|the\s+)?motion\s+(?:was\s+made\s+|made\s+)?((?:to|that)\s+[^.;]{3,240}?)\s+(?:was\s+)?(?:(?:duly|then|unanimously)\s+)?(?:passed|carried|approved|adopted)\b(?:\s+(?:unanimously|\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?|by\s+[^.;]{1,40}))?\s*\.?$/i,
    { match: ['ACTION: Motion to accept the FEMA grant in the amount of $84,000 passed 5-0.', 'Motion to approve the consent agenda carried unanimously.'], not: ['Motion to approve the budget failed 2-3.', 'The motion to adjourn was seconded.'] }, ['us', 'ca']),
  outcome('after-vote', 'The decision after a vote: "The Chairman CALLED THE QUESTION, and by a 4-0 vote …, the Board directed staff to …"',
    new RegExp(String.raw`\b(?:called\s+the\s+question|by\s+a\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+vote|by\s+(?:a\s+)?unanimous\s+vote|unanimously)\b[^.]*?,\s+(the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Board|Council|Commission|Committee|Panel|Cabinet)\s+(?:directed|approved|adopted|authori[sz]ed|agreed|denied|voted|accepted|endorsed|instructed)\b.*)$`, 'i'),
    { match: ['The Chairman CALLED THE QUESTION, and by a 4-0 vote (Supervisor Ruiz absent), the Board directed staff to return with a lease.'] }, ['us']),
  outcome('bare-verb', 'A verdict with the body left out, as Scottish and Welsh minutes write: "Noted the report.", "Approved the revised charges."',
    /^(?:Noted|Approved|Endorsed|Accepted|Adopted|Ratified|Confirmed)\s+(?:the|that|its)\s+(?!(?:concerns?|comments?|points?|views?)\b)/,
    { match: ['Noted the report.', 'Approved the revised charges for 2025/26.'], not: ['Noted the concerns raised by residents.'] }, ['scot', 'uk', 'ni', 'ie']),
  outcome('passive', 'A matter and a passive verdict: "The minutes … were signed and approved", "The Forward Work Programme was noted."',
    new RegExp(String.raw`${LEAD}((?:the|these|this|all|both|its|their)\s+[^.;:]{2,120}?|apologies(?:\s+for\s+absence)?|(?:resolution|ordinance|by-?law)\s+(?:no\.?\s*|number\s+)?[\w./-]*\d(?:[^.;:]|(?<=\b[Nn]os?)\.){0,120}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?${ON_THE_WAY}(?:${DECIDED_VERBS})\b(?!\s+(?:out|forward|over|on(?!\s+(?:(?:first|second|third|final)\s+reading|consent|a\s+(?:voice|roll[- ]call|recorded)\s+vote))|through|by\s+(?:officers|staff)))`, 'i'),
    { match: ['The minutes of the meeting held on 13 October were approved as a true record.', 'The Forward Work Programme was noted.', 'The report was received and noted.', 'Minutes On the proposal of Cllr. P. Walsh and seconded by Cllr. M. Ryan the minutes of the meeting held on 6th January were adopted.', 'Apologies were received and accepted from Cllr Price.', 'Resolution No. 2026-14 approving Final Tract Map No. 19002 was adopted by the following vote:'], not: ['The comments made by residents were noted.', 'It was noted that the roof had been repaired.', 'Apologies were received from Cllr Price.'] }),
  outcome('trailing', 'A request and its acceptance: "… asked to attend and this was agreed."',
    new RegExp(String.raw`\b(?:and\s+)?(?:(?:this|which|that|it)\s+was\s+(?:\w+ly\s+)?${ON_THE_WAY}(?:agreed|approved)\b[^.;]{0,60}|${BODY_ASSENT})[.;]?$`, 'i'),
    { match: ['Cllr Dunn asked to attend the conference and this was agreed.', 'Council Member Ortiz asked that staff bring back a draft ordinance and Council concurred.'] }),
  outcome('elected', 'An election or appointment the meeting made: "Councillor Smith was declared elected as Chair", "There being no other nominations, Cr Lee was elected Deputy Mayor"',
    new RegExp(String.raw`^(?:(?:[Tt]here\s+being|[Ww]ith\s+no|[Ff]ollowing|[Aa]fter|[Oo]n\s+the\s+nomination)\b[^,.;]{0,60},\s+)?${PERSON}(?:\s+and\s+${PERSON})?\s+(?:was|were|is|are)\s+(?:(?:duly|declared|unanimously|then|hereby)\s+)*(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:[A-Z]|(?:chair\w*|vice|deputy|mayor\w*|leader|members?|representatives?|president|secretary|treasurer|convene?or)\b)`),
    { match: ['Councillor Smith was declared elected as Chair for the ensuing year.', 'There being no other nominations, Cr J. Lee was elected Deputy Mayor.'], not: ['Councillor Smith was elected in 2019 and has served since.'] }),
  outcome('consensus', 'A US work session\'s consensus, which gives staff their direction: "It was the consensus of the Council to proceed with …", "Consensus was reached to …"',
    new RegExp(String.raw`^(?:it\s+was\s+the\s+${CONSENSUS}\s+of\s+${CONSENTING}|there\s+was\s+(?:a\s+)?${CONSENSUS}(?:\s+(?:of|among|amongst)\s+${CONSENTING})?|the\s+${CONSENSUS}(?:\s+of\s+${CONSENTING})?\s+was|(?:a\s+)?${CONSENSUS}\s+was\s+reached)\s+(?:to\s+[a-z]+|that)\b`, 'i'),
    { match: ['It was the consensus of the Council to proceed with the pilot.', 'Consensus was reached to move forward with option B.', 'There was consensus to direct staff to return with a funding strategy in June.', 'There was a general consensus among Members that the grant be awarded.', 'The consensus of the Board was to hold the fee at $40.'], not: ['There was no consensus on the item.', 'There was consensus about the need for more parking.'] }, ['us', 'ca']),
  outcome('active', 'A body or Members and a past-tense verdict: "Members noted the report.", "Cabinet AGREED to …", "Council directed staff to …", also after their debate: "Members considered the options and resolved to …"',
    new RegExp(String.raw`${LEAD}(?:the\s+)?((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?:${BODY_NOUNS})|Members|Councillors|${EXECUTIVE_MEMBER}|(?!(?:MPP?s?|MSPs?|TDs?|MLAs?|MEPs?|CEO|CAO|CFO)\b)[A-Z]{2,6})(?:\s*,\s*(?:by|on|with|after|following|having)\s+[^,.;]{1,60},)?\s+(?:(?:considered|discussed|debated|reviewed|examined)\b[^.;]{0,160}?,?\s+and\b\s*(?:then\s+|subsequently\s+)?(?:,\s*(?:on|by|following|after)\s+[^,.;]{1,60},\s+)?)?(?:\w+ly\s+)?(noted|approved|agreed|decided|gave(?=\s+(?:direction|directions|instructions?)\s+to\b)|endorsed|adopted|accepted|ratified|resolved|supported|deferred|refused|granted|voted|directed|authori[sz]ed|instructed|requested|awarded|denied|rejected|confirmed|received|determined|upheld|dismissed|declared)\s+(\S.*)$`, 'i'),
    { match: ['Members noted the report.', 'The Panel approved the revised charges.', 'The Cabinet Member for Highways approved the award of the contract to Acme Ltd.', 'The Sub-Committee determined to grant the licence.', 'The Appeals Panel upheld the appeal.', 'The IJB agreed to issue the revised Directions to NHS Lothian.', 'The Committee agreed that officers report back in June.', 'Upon motion by Commissioner Lee, seconded by Commissioner Ortiz, the Board approved the budget by a vote of 5-0.', 'On the proposal of Cllr Murphy, seconded by Cllr Ryan, the Members noted the report.', 'On a motion by Councilmember Ortiz, seconded by Councilmember Hale, the Council voted 5-0 to approve the budget.', 'Council directed staff to return with a report on parking enforcement options.', 'The Board received and filed the treasurer\'s report.', 'On motion of Supervisor Blake, seconded by Supervisor Ramirez, and carried by the following vote, the Board received the report and directed staff to return with a funding plan.', 'Members considered the insurance renewal options and resolved unanimously to accept the quotation from Zurich Municipal.', 'By consensus, the Council directed staff to return with a paid parking pilot in May.', 'The Board, by a 4-1 vote, approved the amended budget.', 'Council gave direction to staff to prepare an ordinance.', 'The Committee discussed the draft charter and agreed to consult the tenants.', 'Upon a motion by Member Dominguez, seconded by Member Park, the Board declared the listed equipment surplus and authorized its disposal.'], not: ['Members agreed the presentation was helpful.', 'The Committee discussed the plan and agreed it was a good start.', 'The Committee received a report from the Director of Finance.', 'The Committee noted the comments from the floor.', 'The Council voted on the second reading after the break.', 'WHEREAS the Council adopted a budget on 1 June 2024; and', 'The MSP noted the report.', 'Staff approved the layout.', 'The Committee declared the meeting closed at 9.10pm.'] }),
];
