import type { Rule } from './rule.js';
import { ACTION_VERBS, BODY_NOUNS, COUNCILLOR, FINAL, nameWords, nameWordsTight, TO_BODY } from './words.js';

/**
 * Markers: the words on one line that open a decision, a recommendation list or a motion.
 * extract/markers.ts tries them in the order listed here, with the guards it keeps as
 * grammar; the first that fits names the line.
 */

const QUALIFIER = String.raw`(?:\s*\((?!\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\s*\))(?:[^()]|\([^()]*\))*\))*`; // (unanimously), (Cr A / Cr B), (by 6 votes to 1)
const REFERENCE = String.raw`(?:\s*[-–—:]*\s*\[?(?:[A-Z]{1,6}\/)?\d{1,5}\/\d{1,5}(?:[-\/]\d{2,5})?\]?(?=[\s:;,.\-–—]|$))?`; // 20/133, ENV/2017/172, [08/24], BKCB/2024/00047
const MOVERS = String.raw`(?:\s*${COUNCILLOR}\.?\s+[\w’'.-]+\s*\/\s*${COUNCILLOR}?\.?\s*[\w’'.-]+)?`;
/** "MOVED by Chairperson A Dalton, seconded by Member S Cattle:" between a resolution's label and its text. */
const MOVED_SECONDED = String.raw`(?:\s*[-–—:]?\s*(?:moved|proposed)\s+by\s*[^:;]{1,90}?,?\s+seconded\s+by\s*[^:;]{1,90}?(?:\s*[:\-–—]|\s+(?=that\b)))?`;
/**
 * "RESOLVED on the motion of Councillors Hart and Mills that …", "Resolved on the motion of Cr A, seconded by Cr B:", Northern
 * Ireland's "AGREED: On the proposal of Councillor X, seconded by Councillor Y, it was agreed to …": the movers, before the clause.
 */
const ON_MOTION_OF = String.raw`(?:(?:,|\s*[:\-–—])?\s+[Oo]n\s+the\s+(?:motion|proposal)\s+of\s+[^;:]{1,160}?(?:(?=,?\s+that\b|\s*:)|,?\s+it\s+was\s+(?:(?:unanimously|also|further)\s+)?(?:agreed|resolved|AGREED|RESOLVED)(?=\s+(?:to|that)\b)))?`;
/** When a body decided, between its name and its verb: "City Council on March 4 and 5, 2025, adopted", "The Cabinet, at its meeting on 4 June, resolved". */
const WHEN = String.raw`(?:,?\s+(?:at\s+its\s+(?:meeting|session)\s+)?(?:on|of|held\s+on)\s+[^:;()]{3,40}?,\s*|\s+)`;
/** What may stand between a marker word and its clause. */
/** A vote told in words between the marker and its clause: "RESOLVED, unanimously, that", "Resolved by 7 votes to 2 that", "RESOLVED nem. con. that", Quebec's "AND RESOLVED unanimously by the councillors present:". */
const VOTED_SO = String.raw`(?:,?\s+(?:(?:(?:unanimously|by\s+(?:a\s+|the\s+)?majority(?:\s+vote)?)(?:\s+(?:by|of)\s+(?:all\s+)?(?:the\s+)?(?:councill?ors|members)(?:\s+present)?)?|accordingly|therefore|as follows|also|further|without\s+(?:dissent|a\s+vote)|by\s+(?:a\s+)?unanimous\s+vote|by\s+(?:\d{1,3}|[a-z]+)\s+votes?\s+to\s+(?:\d{1,3}|[a-z]+)(?:\s*,?\s*with\s+(?:\d{1,3}|[a-z]+)\s+abstentions?)?)\b|nem\.?\s*con\.?)(?=[\s,:;\-–—(]|$),?)?`;
// "RESOLVED: (8 for, 2 against, 1 abstention)" over the clauses: the vote may follow the marker's colon too.
/** New England's "VOTED: (Kelleher/Maguire) 3-0-0 to increase …": the tally after the movers, before the clause. */
const SCORE_FIRST = String.raw`(?:\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?(?=\s+(?:to|that|TO|THAT)\b))?`;
const TAIL = String.raw`${VOTED_SO}(?:\s*[:\-–—](?=\s*\())?${QUALIFIER}${REFERENCE}${MOVERS}${QUALIFIER}${SCORE_FIRST}${MOVED_SECONDED}${ON_MOTION_OF}[\s:;,.\-–—]*`;
const RECOMMENDATION_WORDS = String.raw`(?:(?:officer|officers|officer’s|officer's|proposed|summary of|staff|staff's|administration's|committee|suggested)\s+)?(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:motions?|resolutions?|actions?)|(?:suggested|requested|recommended)\s+actions?)`;
/** Headings that are also common item titles ("2. Action required", "6. Proposed resolutions"): a heading only when unnumbered. */
const PROPOSAL_WORDS = String.raw`(?:actions?\s+(?:requested|recommended|required)|decisions?\s*(?:\(s\)\s*)?(?:required|sought|requested)|(?:proposed|suggested|draft)\s+resolutions?)`;

const rule = (id: string, summary: string, produces: string, pattern: RegExp, examples: Rule['examples'], dialects?: Rule['dialects']): Rule =>
  ({ id: `marker.${id}`, family: 'marker', summary, produces, pattern, examples, ...(dialects ? { dialects } : {}) });

export const MARKER_RULES: readonly Rule[] = [
  rule('external-one', 'One numbered recommendation of an outside report, quoted: "Recommendation 4:", and "R1" / "Rec 3:" when it says what should be done', 'an external recommendation',
    /^(?:recommendation\s+(\d{1,3}[a-z]?|[IVX]{1,5})\s*[:.\-–—]\s*(?=\S)|(?:rec\.?\s*|r)(\d{1,2})\s*[:.\-–—]?\s+(?=[^.]{0,200}\b(?:should|must|needs?\s+to)\b))/i,
    { match: ['Recommendation 4: The council should publish its charging policy each year.', 'RECOMMENDATION 12 - Officers should review the scheme annually.', 'R1 The Council should strengthen its monitoring of savings.', 'Rec 3: Budget holders must review card limits.'], not: ['Recommendation 4 of the review was discussed at length.', 'R1 Road Safety Scheme'] }),
  rule('now-therefore', 'The operative words after WHEREAS recitals', 'opens a resolution',
    /^(?:and\s+)?now,?\s+therefore,?\s+(?!be\s+it\b)(?=\w)/i,
    { match: ['NOW THEREFORE the Council supports the resolution of the Township of Elm.', 'Now, therefore, the Board directs staff to report back.'] }),
  rule('be-it-resolved', 'US and Canadian resolutions: "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners that …", "BE IT FURTHER RESOLVED that …"', 'opens a resolution',
    new RegExp(String.raw`^(?:(?:and\s+)?(?:now,?\s+)?therefore,?\s+)?(?:be\s+it\s+(?:(?:further|also|finally)\s+)?resolved|it\s+is\s+(?:hereby\s+)?resolved)\b(?:\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w’'-]*){0,7}(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?=,?\s+that\b))?${TAIL}`, 'i'),
    { match: ['NOW, THEREFORE, BE IT RESOLVED by the Board of County Commissioners that the County supports the application.', 'BE IT FURTHER RESOLVED that the Administrator submit a letter of support.', 'THEREFORE BE IT RESOLVED that the Township opposes the new charges.', 'BE IT RESOLVED by the City Council of the City of Lake Orrin, Minnesota, that the proposal is accepted.'] }, ['us', 'ca']),
  rule('resolved', 'RESOLVED / DECIDED (Welsh PENDERFYNWYD), with "It was resolved", votes, references and movers before the clause', 'opens a resolution',
    new RegExp(String.raw`^(?:and\s+)?(?:it\s+(?:was|is|has\s+been)\s+(?:(?:also|further|therefore|then|accordingly|subsequently|thereupon|unanimously)\s+)*)?(?:unanimously\s+)?(?:res[o0][l1]ved|decided|penderfynwyd)(?:\b|(?=that\b))${TAIL}`, 'i'),
    { match: ['RESOLVED – that the report be noted.', 'Resolved:- (1) That the report be received.', 'It was further resolved that the item be deferred.', 'RESOLVED (Cr Amos / Cr Bell) That Council adopt the plan.', 'Resolved 24/117 That the minutes be confirmed.', 'RESOLVED on the motion of Councillors Hart and Mills that the plan be adopted.', 'Resolved on the motion of Councillor Brandt, seconded by Councillor Cheung: That Council place the plan on exhibition.', 'Resolved by 7 votes to 2 that the application be refused.', 'AND RESOLVED unanimously by the councillors present: THAT the contract be awarded.', 'RESOLVEDThat the report be noted.', 'PENDERFYNWYD: That the report be noted.'], not: ['resolved by officers before the meeting.'] }),
  rule('determined', 'DETERMINED as the label of a decision, as audit, licensing and planning committees print it: "Determined: That the strategy be recommended to Council.", "DETERMINED – That the application be granted." ("It was determined that the roof leaked" is a finding)', 'opens a resolution',
    new RegExp(String.raw`^(?:Determined|DETERMINED)(?=\s*[:\-–—])${TAIL}`),
    { match: ['Determined: That the treasury management strategy be recommended to Council for adoption.', 'DETERMINED – That the application be granted subject to conditions.'], not: ['It was determined that the roof had been leaking for years.', 'Determined to succeed, the club raised the funds.'] }),
  rule('voted', 'New England\'s "VOTED: To appoint …", "Voted unanimously to …", "VOTED: Unanimously to …", "It was VOTED that …"', 'opens a resolution',
    new RegExp(String.raw`^(?:[Ii]t\s+was\s+(?:(?:unanimously|further)\s+)?)?(?:VOTED\b|[Vv]oted(?=\s*[:\-–—]|\s+(?:unanimously\s+)?(?:to|that)\b))(?:\s*[:\-–—]\s*(?:[Uu]nanimously|UNANIMOUSLY)(?=\s+(?:to|that|TO|THAT)\b))?${TAIL}`),
    { match: ['VOTED: To appoint Sarah Nguyen to the Conservation Commission.', 'VOTED: Unanimously to pass over the article.', 'VOTED: (Kelleher/Maguire) 3-0-0 to increase the transfer station sticker fee to $95.', 'Voted unanimously to close the warrant.', 'It was VOTED that the Town accept the gift.'], not: ['Voted on by the residents at the fair.'] }, ['us']),
  rule('agreed', 'AGREED (Welsh CYTUNWYD), "It was agreed that", "Agreed:"', 'opens a resolution',
    new RegExp(String.raw`^(?:(?:AND\s+|And\s+|and\s+)?(?:AGREED|CYTUNWYD)\b|[Cc]ytunwyd\b(?=\s*[:\-–—])|(?:and\s+)?(?:unanimously\s+)?agreed\b(?=\s+(?:that|to)\b)|Agreed\b(?=\s*(?:[:\-–—,]|that\b|to\b|$))|(?:and\s+)?[Ii]t\s+was\s+(?:(?:also|further|therefore|then|unanimously|duly)\s+)*(?:agreed|AGREED)\b(?:\s+(?:also|further))?(?=\s*(?:[:\-–—,]|that\b|to\b|$)))${TAIL}`),
    { match: ['AGREED that the lease be renewed for five years.', 'CYTUNWYD: That the minutes be approved.', 'It was agreed that officers report back in March.', 'Agreed: to write to the Minister.', 'It was agreed also that the terms of reference be extended.', 'and it was agreed to forward it to all local authorities.'], not: ['Agreed minutes of the last meeting are attached.'] }),
  rule('resolved-to-recommend', 'RESOLVED / AGREED leading into recommendations to another body', 'opens resolutions recommending to the body named (Council when none is)',
    new RegExp(String.raw`^(?:to\s+)?recommend\b(?:\s+to\s+(${TO_BODY}))?\s*[:\-–—]*\s*(?:\(\s*to\s+((?:the\s+)?[A-Z][^()]{1,60}?)\s*\))?\s*(?:that|as follows)?\s*[:\-–—]*\s*$`, 'i'),
    { match: ['Resolved to RECOMMEND: (to Council)', 'AGREED to recommend to Full Council that:'] }),
  rule('body-resolved', 'A body, then RESOLVED or DECIDED: "The Committee resolved", "Community Board Resolved BKCB/2024/00047"', 'opens a resolution',
    new RegExp(String.raw`^((?:the\s+)?${nameWords(6)})(?:(?:has|have|had)\s+)?(?:unanimously\s+)?(?:resolved|RESOLVED|Resolved|decided|DECIDED|Decided)\b${TAIL}`),
    { match: ['The Committee resolved that the application be refused.', 'Mayor and Cabinet RESOLVED that the policy be adopted.', 'Community Board Resolved BKCB/2024/00047 That the grant be made.'], not: ['It resolved nothing.'] }),
  rule('body-verdict', 'A body and a verdict in capitals: "The Board APPROVED the plan", an NHS board\'s "The Board was ASSURED by the framework and APPROVED …"', 'a resolution, the whole sentence',
    new RegExp(String.raw`^(?:the\s+)?(${nameWords(6)})(?:(?:was|were)\s+)?(NOTED|APPROVED|ENDORSED|RECEIVED|ACCEPTED|ADOPTED|ASSURED|SUPPORTED|RATIFIED|AGREED|CONFIRMED)\b`),
    { match: ['The Committee NOTED the quarterly performance report.', 'The Board APPROVED the capital plan for 2025.', 'The Board was ASSURED by the updated Board Assurance Framework and APPROVED the revised risk appetite statement.', 'The Committee RATIFIED the decision taken by Chair\'s action.'], not: ['The Board was assured by the update.'] }),
  rule('resolution-label', 'A resolution label: "Resolution:", "Council Resolution 2023/245", eScribe\'s "Resolution: C-2025-088", "Resolution number MR/2019/93 MOVED by …"', 'opens a resolution',
    new RegExp(String.raw`^(?:(?:council|committee|board|cabinet|meeting)(?:'s|’s)?\s+)?resolution(?:(?:\s+|\s*[:#]\s*)(?:no\.?|number)?\s*[\w/.-]*\d[\w/.-]*)?${MOVED_SECONDED}\s*[:\-–—]?\s*(?=$|that\b|THAT\b)`, 'i'),
    { match: ['Council Resolution 2023/245', 'Resolution number MR/2019/93 MOVED by Chairperson A Dalton, seconded by Member S Cattle: That the Board approve the grant.', 'Resolution: That the accounts be adopted.', 'Resolution: C-2025-088'], not: ['Resolution of the dispute is expected soon.'] }),
  rule('passed-by-resolution', 'A matter "passed by resolution of the council"', 'a resolution, the sentence',
    /^[^.;]*?\b(?:was|were)\s+(?:passed|carried|adopted)\s+by\s+(?:a\s+)?resolution\b[^.;]*[.;]?/i,
    { match: ['With these amendments the minutes were passed by resolution of the council;'] }),
  rule('upper-outcome', 'A verdict in capitals opening the line: "NOTED", "APPROVED claims as submitted", "RECEIVED AND FILED"; alone, the word is its own text', 'a resolution with that effect',
    /^(NOTED|RECEIVED|APPROVED|ENDORSED|ADOPTED|CONFIRMED|DEFERRED|REFUSED|GRANTED|ACCEPTED|REJECTED|DENIED|RATIFIED|AUTHORI[SZ]ED|AWARDED|REFERRED|CONTINUED|TABLED)\b(?:\s+AND\s+(?:FILED|NOTED|RECEIVED|APPROVED|ADOPTED|REFERRED)\b)?[\s,.:;\-–—]*/,
    { match: ['NOTED – the report on sickness absence.', 'APPROVED claims as submitted by the Treasurer.', 'RECEIVED AND FILED: correspondence from the Ministry.', 'NOTED.', 'RECEIVED'], not: ['DEFERRED MATTERS/ADDITIONAL BUSINESS'] }),
  rule('suffix-outcome', 'A verdict printed after the matter: "Minutes of the meeting held on 30th January – APPROVED"', 'a resolution with that effect',
    /\s+[-–—]\s*(APPROVED|AGREED|CARRIED|ADOPTED|NOTED|RESOLVED|DEFERRED|REFUSED|GRANTED|CONFIRMED|ACCEPTED|ENDORSED|RATIFIED|RECEIVED)(?:\s+(?:WITH|SUBJECT\s+TO|AS|IN|ON)(?:\s+[A-Z][A-Z’'-]*){1,4})?\.?$/,
    { match: ['Minutes of the meeting held on 30th January 2024 – APPROVED', 'Application 24/0113 Land at Mill Lane - REFUSED', 'TPO 13/2026 Beech at the Vicarage – CONFIRMED WITH MODIFICATIONS', 'Premises licence, The Crown – GRANTED SUBJECT TO CONDITIONS'], not: ['TPO 14/2026 Ash at Station Road – NOT CONFIRMED'] }),
  rule('decision-heading', 'A "Decision" heading (or an "Outcome:" label): the clauses below it are decisions', 'makes the region below a decision block',
    /^(?:(?:the\s+)?(?:(?:council|committee|board|cabinet)(?:['’]s)?\s+)?decisions?|decision\s+(?:notice|taken|made|of the \w+)|outcome\s*:)\s*[:\-–—]*\s*$/i,
    { match: ['Decision:', 'DECISION', 'Decision taken', 'Outcome:', 'COUNCIL DECISION'], not: ['Decision-makers were briefed.', 'Outcome'] }),
  rule('decision-inline', 'A Decision (or Outcome:, or a US work session\'s "Direction to staff:") label with the decision on the same line', 'opens a resolution',
    /^(?:decisions?\s*(?::|[-–—](?=\s))|outcome\s*:|(?:(?:council|board|commission|committee|staff)\s+direction|directions?\s+(?:to\s+staff|given))\s*(?::|[-–—](?=\s)))\s*(?=\S)/i,
    { match: ['Decision: The Panel approved the grant of £5,000.', 'DECISION – That the licence be granted.', 'Outcome: The report was approved.', 'Direction to staff: Prepare options for a parks levy for the May 13 meeting.', 'Council Direction: Staff to return with a draft ordinance.'], not: ['Outcome of the consultation', 'Direction of travel: improving.'] }),
  rule('final-action', 'US "FINAL ACTION:" or "ACTION TAKEN:" before the decision, also OCR-damaged', 'opens a resolution',
    new RegExp(String.raw`^${FINAL}\s*(?::|[-–—](?=\s))\s*(?=\S)`, 'i'),
    { match: ['FINAL ACTION: Approved the contract with Acme Paving.', 'FlNAL AC710N: Adopted Resolution No. 24-11.', 'ACTION TAKEN: Approved 5-0.'] }, ['us']),
  rule('item-deferred', 'A status line standing for the decision: "Item Deferred", "Application deferred to the next meeting.", a parish\'s "Deferred to the June meeting."', 'a resolution, deferred',
    /^(?:(?:this\s+)?(?:item|application|matter|report)\s+(?:was\s+|is\s+)?deferred\b|deferred\s+(?:to|until|till|for|pending)\s)[^.;]*\.?$/i,
    { match: ['Item Deferred', 'Application deferred to the next meeting.', 'Deferred to the June meeting.'], not: ['Deferred Payment Agreements'] }),
  rule('item-verdict', 'A planning or licensing status line that records the decision: "Application REFUSED for the following reasons:", "Planning permission granted subject to conditions."; dropped where a decision in the same item already holds it', 'a resolution with that effect',
    /^(?:the\s+)?(?:application|planning\s+permission|(?:listed\s+building\s+|advertisement\s+|conservation\s+area\s+)?consent|(?:premises\s+|personal\s+)?licence|variation)\s+(?:was\s+)?(granted|refused|approved)\b(?:\s+(?:subject\s+to\s+(?:the\s+)?(?:following\s+|standard\s+)?(?:conditions|a\s+(?:section|s\.?)\s*106\s+agreement)[^.;]*|for\s+the\s+(?:following\s+)?reasons?[^.;]*|as\s+(?:per\s+)?(?:the\s+)?(?:officer['’]s\s+)?recommend(?:ed|ation)))?\s*[.:]?$/i,
    { match: ['Application REFUSED for the following reasons:', 'Planning permission GRANTED subject to conditions.', 'Premises licence granted subject to the conditions agreed with the police.', 'Listed building consent approved as per the officer’s recommendation'], not: ['Planning permission was granted in 2015 for a dwelling on the site.', 'Application withdrawn by the applicant.'] }),
  rule('recommendation-inline', 'A recommendation label with its clause or list on the line: "Recommendation: That …", "Officer recommendations: (1) …"', 'opens report recommendations',
    new RegExp(String.raw`^(?:${RECOMMENDATION_WORDS})\s*(?:[:\-–—]\s*(?=that\b|to\b|\(?(?:1|a|i)[.)]\s)|\s(?=\(?(?:1|a|i)[.)]\s+that\b))`, 'i'),
    { match: ['Recommendation: That the Committee approve the revised fees.', 'Officer recommendations – (1) that the policy be adopted;'] }),
  rule('recommendation-imperative', 'US "Recommendation:" followed by the action asked: "Recommendation: Adopt Resolution No. …", "Staff recommends City Council …"', 'opens report recommendations',
    new RegExp(String.raw`^(?:(?:staff\s+)?recommendations?(?:\s*\(s\))?|actions?\s+requested|(?:requested|recommended|suggested)\s+(?:actions?|motions?))\s*[:\-–—]\s*(?=(?:\d\)\s*)?(?:(?:Staff\s+|The\s+(?:[A-Z][\w-]*\s+){1,4})recommends\b|(?:move\s+to\s+)?(?:${ACTION_VERBS})\b))`, 'i'),
    { match: ['Recommendation: Adopt Resolution No. 2022-14 approving the budget.', 'Recommendation: Staff recommends City Council receive and file the report.', 'ACTION REQUESTED: Approve the minutes of the January meeting.', 'Recommended Action: Award the contract to Acme Paving.', 'RECOMMENDED MOTION: Move to approve the fee schedule.', 'Recommendation(s): Receive the report; and refer the fee schedule to the Finance Committee.'] }, ['us', 'ca']),
  rule('labelled-recommended', '"Staff Recommendation: It is recommended that …": the label, then the report\'s own words', 'opens report recommendations',
    /^(?:(?:staff|officer|officers|officer’s|officer's|administration's)\s+)?recommendations?\s*[:\-–—]\s*it\s+is\s+(?:hereby\s+|therefore\s+)?recommended\s+(?=that\b)/i,
    { match: ['Staff Recommendation: It is recommended that the Commission adopt the plan.'] }, ['us', 'ca', 'au', 'nz']),
  rule('title-action', 'US agenda "TITLE IN CAPITALS – Approve …" or "– City Council to receive and file …"', 'opens report recommendations',
    new RegExp(String.raw`^(?:\d{1,2}[.)]?\s+)?[A-Z0-9][A-Z0-9’'&(),/.:]{2,}(?:\s+[A-Z0-9’'&(),/.:-]+)*\s+[-–—]\s+(?=(?:(?:City|Town|County|Village)\s+)?(?:Council|Board|Commission)\s+to\s+(?:${ACTION_VERBS.toLowerCase()})\b|(?:${ACTION_VERBS})\s)`),
    { match: ['3. AWARD OF CONTRACT FOR STREET SIGNS – Approve the contract with Signal Co.', 'ANNUAL REVIEW - City Council to receive and file this report.'], not: ['RECOMMENDATION I - Review of Polling Districts'] }, ['us']),
  rule('resolution-proposal', 'A US board agenda\'s numbered resolution and the action it asks: "A. RESOLUTION (2019-37) Accept the grant …", "Resolution No. 24-15: Authorize the Superintendent to …"', 'opens report recommendations',
    new RegExp(String.raw`^(?:[A-Z]\.\s*)?(?:RESOLUTION|Resolution)\s*(?:\(\s*(?:[Nn][Oo]\.?\s*)?[\w.-]*\d[\w.-]*\s*\)|(?:[Nn][Oo]\.?|[Nn]umber|#)\s*[\w/.-]*\d[\w/.-]*)\s*[:\-–—]?\s*(?=[Tt]o\s+[A-Za-z]+\b|(?:${ACTION_VERBS}|Renew|Contract|Approval)\b|(?![A-Z][a-z]+ing\s)[A-Z][a-z]{2,}\s+(?:the|a|an|into|with)\s)`),
    { match: ['RESOLUTION (2019-37) Accept the Ohio Department of Transportation grant.', 'H.RESOLUTION (2019-44) Renew contract with Lincoln National Life.', 'Resolution No. 24-15: Authorize the Superintendent to sign the lease.', 'RESOLUTION (2019-21) To grant a variance from Section 3701-29-12.', 'D. RESOLUTION (26-054) Employ the following certified staff.'], not: ['RESOLUTION NO. 26-056 A RESOLUTION AUTHORIZING THE ISSUANCE OF NOTES', 'Resolution No. 12: Sale of land at Elm Street', 'Resolution No. 2025-88 Accepting the Orchard Avenue Project as Complete'] }, ['us', 'ca']),
  rule('recommendations-heading', 'A heading over the recommendations below: "Recommendations", "Staff Recommendation", "RECOMMENDED MOTION", "Suggested Action"', 'opens report recommendations (the list below)',
    new RegExp(String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?${RECOMMENDATION_WORDS}(?:\s+(?:for|to)\s+[\w\s]+?)?\s*[:\-–—]?\s*$`, 'i'),
    { match: ['Recommendations', '2. RECOMMENDATIONS', 'Staff Recommendation:', 'RECOMMENDED MOTION', 'Suggested Action'] }),
  rule('consider-and-adopt', 'An agenda\'s invitation to pass a resolution printed below: "Consider, and if so decide, adopt the following resolution:", "To consider and, if thought fit, pass the following resolution:"', 'opens report recommendations (the proposed resolution below)',
    /^(?:to\s+)?consider,?\s+and,?\s+if\s+(?:so\s+decided?|thought\s+fit|appropriate|agreed),?\s+(?:to\s+)?(?:adopt|pass|approve|agree)\s+the\s+following\s+(?:resolutions?|motions?|recommendations?)\s*[:\-–—]?\s*$/i,
    { match: ['Consider, and if so decide, adopt the following resolution:', 'To consider and, if thought fit, pass the following resolution:'] }, ['uk', 'scot', 'ni', 'ie']),
  rule('proposal-heading', 'A heading over what a report proposes: "Proposed Resolution", "Suggested Resolution", "Action Requested" (numbered, the same words are an item title)', 'opens report recommendations (the list below)',
    new RegExp(String.raw`^${PROPOSAL_WORDS}\s*[:\-–—]?\s*$`, 'i'),
    { match: ['PROPOSED RESOLUTION', 'Suggested Resolution', 'Action Requested:', 'Decision(s) required:', 'DECISION SOUGHT'] }),
  rule('recommends-to', 'A committee in capitals recommending to a body: "THE CABINET RECOMMENDS TO COUNCIL:"', 'opens committee recommendations to that body',
    /^(?:[A-Z][\w’'&\s-]*?\s)?RECOMMENDS\s+TO\s+((?:THE\s+)?[A-Z][\w’'&\s-]*?)\s*[:\-–—]+\s*/,
    { match: ['THE CABINET RECOMMENDS TO COUNCIL:'] }),
  rule('body-recommends-to', 'A body recommending to another, in a sentence: "The Committee recommends to Council that …", "Cabinet RECOMMENDED to Full Council that …", "The Committee RECOMMENDS that Council adopt …" (the body named after "that", as the one to decide)', 'opens committee recommendations to that body',
    new RegExp(String.raw`^(?:[Tt]hat\s+)?(?:the\s+)?${nameWords(6)}(?:recommends|RECOMMENDS|recommended|RECOMMENDED)\s+(?:to\s+(${TO_BODY})\s+(?=(?:that|THAT)\s)|(?<=\b(?:${BODY_NOUNS})\s+\w+\s+)(?=(?:that|THAT)\s+((?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}?(?:${BODY_NOUNS}))(?:\s+(?!be\b|is\b|was\b|has\b)[a-z]+\b|\s*[:\-–—]\s*$)))`),
    { match: ['The Committee recommends to Council that the policy be adopted.', 'Cabinet RECOMMENDED to Full Council that the budget be approved.', 'The Committee RECOMMENDS that Council adopt the revised Constitution.', 'That the Planning and Environment Committee recommends that Council:'], not: ['Officers recommended that the Committee approve the scheme.'] }),
  rule('recommendation-to-body', 'A committee\'s label for what it sends on: "RECOMMENDATION TO FULL COUNCIL: that …", "Recommendations to Cabinet:"', 'opens committee recommendations to that body',
    new RegExp(String.raw`^(?:committee\s+)?recommendations?\s+to\s+(${TO_BODY})\s*[:\-–—]+\s*(?=$|that\b|\(?(?:1|a|i)[.)]\s)`, 'i'),
    { match: ['RECOMMENDATION TO FULL COUNCIL: that Auditing Solutions Ltd be appointed as internal auditor.', 'Recommendations to Cabinet:'], not: ['Recommendation to approve the lease was deferred.'] }),
  rule('recommended', 'The meeting\'s own RECOMMENDED, optionally to a body: "RECOMMENDED to Council that", "Recommended:"', 'opens committee recommendations (a report\'s mixed-case "Recommended:" is the officers\')',
    new RegExp(String.raw`^(?:[Ii]t\s+was\s+(?:(?:also|further|therefore|subsequently|unanimously)\s+)*)?(?:RECOMMENDED|[Rr]ecommended(?=\s*(?:[:\-–—]|to\b|that\b)))(?:\s+(?:to|TO)\s+((?:the\s+|THE\s+)?${nameWordsTight(8)}))?${TAIL}`),
    { match: ['RECOMMENDED to Council that the budget be approved.', 'It was RECOMMENDED that the fees be increased.', 'Recommended: that the scheme be adopted.', 'RECOMMENDED TO COUNCIL'], not: ['Recommended reading for members is attached.'] }),
  rule('asked', 'What a report asks the meeting: "The Committee is asked to …", "Members are requested to", "It is recommended that", "The Members are also requested to note …"', 'opens report recommendations',
    /^(?:(?:the\s+)?(?:[\w’'&-]+\s+){0,6}?)(?:is|are)\s+(?:(?:also|further|therefore|now)\s+)?(?:asked|requested|invited|recommended)\b(?:\s+to\b)?\s*[:\-–—]*\s*/i,
    { match: ['The Committee is asked to note the report.', 'It is recommended that the Board approve the strategy.', 'Members are requested to:', 'The Members are also requested to note that the bond for Riverside Close will be called in.', 'Cabinet is further asked to agree the timetable.'], not: ['Members are invited to declare any interests.'] }),
  rule('staff-recommends', 'A North American staff report\'s own recommendation: "Staff recommends that Council:", "Administration recommends that Council approve …"', 'opens report recommendations',
    /^(?:(?:city|town|county|village|council)\s+)?(?:the\s+)?(?:staff|officers?|administration|management)\s+(?:recommends?|is\s+recommending|are\s+recommending)\s+(?:that\s+)?/i,
    { match: ['Staff recommends that Council:', 'Administration recommends that Council approve the 2026 tax ratios.'], not: ['Staff recommended changes to the layout in 2024.'] }, ['us', 'ca']),
  rule('ends-with-marker', 'A line ending in "resolved:" / "agreed that:", with the clauses below', 'opens resolutions (the list below)',
    /\b(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)(?:\s+(?:that|to|as follows))?\s*[:\-–—]+\s*$/,
    { match: ['After discussion the Mayor and Cabinet agreed that:', 'Having considered the report, the Panel decided as follows:'], not: ['The Committee had not resolved that:'] }),
  rule('body-lead-in', 'A body and a past-tense decision verb leading into a list: "Cabinet noted that;", "The Executive recommended to Full Council:"', 'opens resolutions (or committee recommendations) below',
    new RegExp(String.raw`^(?:(?:following\s+\w+,\s+)?(?:the\s+)?(${nameWordsTight(6)})${WHEN}|members\s+)(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(noted|approved|agreed|endorsed|adopted|resolved|decided|supported|RESOLVED|AGREED|NOTED|APPROVED|recommended|RECOMMENDED)(?:\s+to\s+(${TO_BODY}))?(?:\s*\([^()]*\))?(?:\s+(?:that|to|as follows|the following(?:\s+(?:recommendations?|resolutions?|decisions?|motions?))?))?\s*[:;\-–—]+\s*$`),
    { match: ['Cabinet noted that;', 'Cabinet approved;', 'The Executive recommended to Full Council (at its meeting on 9 June):', 'City Council adopted the following:', 'City Council on March 4 and 5, 2025, adopted the following:', 'The Board, at its meeting of 4 June 2024, approved the following:'], not: ['The Chief Executive noted that:'] }),
  rule('following-lead-in', '"the following was resolved;", "made the following decisions:-"', 'opens resolutions (the list below)',
    /(?:^|\b(?:and|then)\s+|\b(?=the following\s)|\b(?=(?:made|took|reached)\s))(?:the following\s+(?:\w+\s+)?(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:resolved|agreed|decided|adopted|approved|RESOLVED|AGREED)(?:\s+(?:by|on)\s+(?:unanimous\s+)?consent|\s+(?:on|as\s+part\s+of)\s+(?:the\s+)?consent\s+(?:calendar|agenda)|\s+unanimously|\s+as\s+presented|\s+(?:as\s+a\s+group|en\s+bloc|together))?(?:\s+\d{1,2}\s*[-–]\s*\d{1,2})?(?:\s*\([^()]{1,60}\))?|(?:resolved|agreed|decided|adopted|approved)\s+the following(?:\s+(?:consent\s+)?(?:items?|resolutions?|decisions?|motions?))?|(?:made|took|reached)\s+the\s+following\s+(?:decisions?|resolutions?))\s*[:;\-–—]*\s*$/i,
    { match: ['Following discussion the following was resolved;', 'The Leader made the following decisions:-', 'The following items were approved by consent (5-0):', 'The following items were approved on the Consent Calendar:', 'On a motion by Trustee Chu, seconded by Trustee Diallo, the following resolutions were adopted as a group (6-1, Trustee Evans opposed):', 'On motion of Trustee Amato, seconded by Trustee Ruiz, the following resolution was ADOPTED 4-1 (Trustee Okafor voting no):'] }),
  rule('shared-subject', '"That Cabinet:" alone over "1. Approves …": the minutes\' shared subject, the marker word lost', 'opens resolutions below, yielding to a block already open',
    /^(?:That|THAT)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*(?:(?:and|of|&)\s+)?){1,5}[:\-–—]+\s*$/,
    { match: ['That Cabinet:', 'THAT the Planning Committee:'] }),
  rule('body-subject', '"The Committee:" (or ":-") alone over "(a) noted the report; (b) approved …": a body, or its initials after "the" ("the IJB:-"), as the shared subject of the list below, after its debate too ("After discussion, the Committee:")', 'opens resolutions, numbered or bulleted lines only',
    new RegExp(String.raw`^(?:[A-Z][a-z]+(?:\s+[\w’'-]+){0,10},\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,4}(?:${BODY_NOUNS})|[Tt]he\s+[A-Z]{2,5})\s*:[-–—]?\s*$`),
    { match: ['The Committee:', 'The Finance and Audit Committee:', 'Cabinet:', 'After discussion, the Committee:', 'The Committee:-', 'Following discussion, the IJB:-'], not: ['Meeting of the Planning Committee', 'Present from the Committee:', 'The Committee -'] }),
  rule('adopted-above', '"Cllr X introduced the recommendation, seconded by Cllr Y and agreed.", "Recommendations agreed."; not a motion that carries its own words ("A motion that … was moved …, seconded … and carried": outcome.motion-in-sentence)', 'opens resolutions below',
    /^(?!(?:a|the)\s+motion\s+(?:that|to)\b)(?:.*?\bseconded\s+by\b[^.;]{1,80}\band\s+(?:was\s+)?(?:agreed|carried|approved)|(?:the\s+)?recommendations?\s+(?:were\s+|was\s+)?(?:agreed|approved|carried|adopted))\s*[.:]?$/i,
    { match: ['Cllr Williams introduced the recommendation, seconded by Cllr Griffiths and agreed.', 'Recommendations agreed.'] }, ['uk', 'scot', 'ni', 'ie']),
  rule('following', 'Another body\'s recommendations quoted below: "the following recommendations", "recommendations set out below"', 'opens external recommendations',
    /\bfollowing\s+(?:\w+\s+){0,2}recommendations\b|\brecommendations\s+(?:\w+\s+){0,3}(?:(?:set out|detailed|listed)\s+below|are as follows|were as follows)\b/i,
    { match: ['The review panel made the following recommendations', 'The recommendations of the audit are as follows'] }),
  rule('outside-recommends', 'An outside body recommending a list: "The Ombudsman recommends that the Council:"', 'opens external recommendations',
    /^(?!(?:(?:City|Town|County|Council|Village)\s+)?(?:Staff|Officers?|Administration|Management)\s)(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}(?:recommends|recommended|made\s+the\s+following\s+recommendations?)\s*(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,4})?[:\-–—]+\s*$/,
    { match: ['The Ombudsman recommends that the Council:', 'The Auditor recommends:'] }),
];
