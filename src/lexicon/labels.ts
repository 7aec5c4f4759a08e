import type { Rule } from './rule.js';
import { ACTION_VERBS, FINAL, MEMBER_TITLE } from './words.js';

/**
 * Labels: lines that are not decisions but steer the reader: who moved a motion, whether
 * it was carried or lost, a vote count, the label of a section that ends a decision block.
 * The first rule that fits names the line; `produces` is the label's kind.
 */
export type LabelKind = 'minutes' | 'end' | 'moved' | 'carried' | 'lost' | 'vote' | 'agenda-item' | 'action';

export interface LabelRule extends Rule {
  kind: LabelKind;
}

/** How a verdict after the vote opens: "On being put to the vote (meeting) …", "Upon a vote …". */
const PUT_TO_VOTE = String.raw`(?:on being put to the (?:vote|meeting)|upon a vote|on a vote|following a vote)`;
/** The titles of a mover printed before the motion, and the name after it. */
const NAME_TITLE = String.raw`(?:Crs?|Cllrs?|Clr|Councillors?|Mayor|Deputy\s+Mayor)`;
const NAME = String.raw`(?:[A-Z]\.\s*)*[A-Z][\w’'-]+`;
const NAME_WORD = String.raw`(?:${NAME_TITLE}\.?\s+)?${NAME}`;
/** A motion's own number before its movers: "R2019-72 ", "245-2026 ", "112/26 ". */
export const NUMBER_BEFORE_MOVERS = String.raw`[A-Z]{0,3}\d{2,4}[-/]\d{1,4}\s+`;
/** "A. Knack", "J.P. Ortiz": between names a dash is no sentence's, unlike "RESOLVED – That". */
const INITIALLED = String.raw`(?:[A-Z]\.\s*)+[A-Z][\w’'-]+`;
/**
 * A motion's movers printed before it: "R2019-72  L. Moore, T. Marchant: That …", "Cr Ames/Cr Bell That …", "A. Knack - M. Banga:",
 * and a Victorian council's titled pair alone on its line under "Resolution": "Cr Fairweather / Cr Ngata".
 */
export const MOVER_PAIR = new RegExp(String.raw`^(?:${NUMBER_BEFORE_MOVERS})?(?:(?:${NAME_WORD}\s*[,/&]\s*${NAME_WORD}|${INITIALLED}\s+[-–]\s+${INITIALLED})\s*(?::\s*$|(?::\s*|\s+)(?=(?:That|THAT|WHEREAS|Whereas)\s))|${NAME_TITLE}\.?\s+${NAME}\s*\/\s*${NAME_TITLE}\.?\s+${NAME}\s*$)`);
/** A numbered resolution with its one mover and no seconder, as Saskatchewan's rural municipalities print it: "245-2026 Councillor Dyck: That …", "112/26 Reeve Sawchuk: That …". */
export const MOVER_NUMBERED = new RegExp(String.raw`^${NUMBER_BEFORE_MOVERS}(?:Reeve|Deputy\s+Reeve|${NAME_TITLE})\.?\s+${NAME}\s*:\s*(?=(?:That|THAT)\s)`);

/**
 * Where a member moved to when it is no motion: "moved to Ward 4", "moved to the next item". Any other word after "moved to"
 * is the motion's verb ("Councilmember Diaz moved to approve …", "Commissioner Lund moved to name the trail …"): a list of
 * verbs missed the next council's verb each time.
 */
const MOVED_TO_PLACE = 'the|a|an|this|that|these|those|his|her|their|its|our|my|another|other|next|new|closed|open|executive|public|private|camera|in|into|item|items|agenda|page|section|part|phase|stage|position|area|ward|wards|district|region|county|city|town|state|tears|where|somewhere|elsewhere|live|work';

const label = (id: string, kind: LabelKind, summary: string, pattern: RegExp, examples: Rule['examples'], dialects?: Rule['dialects']): LabelRule =>
  ({ id: `label.${id}`, family: 'label', kind, summary, produces: `label: ${kind}`, pattern, examples, ...(dialects ? { dialects } : {}) });

/** A character of a motion's words before its movers: no sentence's stop, but the stops of "8:12 p.m." and "a.m." (both motion-first labels read it). */
const MOTION_CHAR = String.raw`(?:[^.;]|(?<=\b[ap]\.m|\b[ap])\.)`;
/** The movers after a motion printed first: "… by Ms. Huang, second by Mr. Amato". */
const BY_SECONDED_BY = String.raw`by\s+(?:(?:mr|mrs|ms|dr)\.\s*)?[^,.;]{2,60},?\s+(?:second(?:ed)?|supported)\s+by`;

export const LABEL_RULES: readonly LabelRule[] = [
  label('agenda-item', 'agenda-item', 'An "Agenda item" label: the next line is the item\'s title', /^agenda item$/i, { match: ['Agenda item'] }),
  label('minutes', 'minutes', 'ModernGov\'s "Minutes:" label under an item', /^minutes\s*:?$/i, { match: ['Minutes:'] }),
  label('moved-by', 'moved', '"Moved by:", "Proposed by X", "Seconded: X", "(Proposed by Councillor Fox, seconded by …)" after the decision; New Jersey\'s "Offered by: Councilwoman Fiore", a US "second by Commissioner Tate." and a harbour committee\'s "Proposed Cllr Dale, seconded Mr Ashby:"', /^\(?(?:(?:moved|proposed|seconded|offered)(?:\s+by\s*:?|\s*:)|second\s+by|(?:proposed|moved)\s+(?=(?:Cllrs?|Councillors?|Cr|Clr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][^,;:]{0,40},?\s+seconded\b))\s*\S/i,
    { match: ['Moved by: Cr Lee', 'Proposed by Councillor Reid', '(Proposed by Councillor Fox, seconded by Councillor Walker; carried by 6 votes to 3)', 'Offered by: Councilwoman Fiore', 'second by Commissioner Tate.', 'Proposed Cllr Dale, seconded Mr Ashby:'] }),
  label('moved-alone', 'moved', '"Moved" (or "Seconded:") alone on its line, the names on the next: a PDF\'s label column', /^\(?(?:moved|proposed|seconded)(?:\s+by)?\s*:?\s*$/i,
    { match: ['Moved', 'SECONDED', '(Proposed:'] }),
  label('moved-councillor', 'moved', '"Moved Cr Hughes", "Seconded Cllr Evans", "MOTION Moved Cr Banks Seconded Cr Ivey That …" run on in one line', new RegExp(String.raw`^(?:motion\s*[:\-–—]?\s+)?(?:moved|seconded)\s+(?:${MEMBER_TITLE}|deputy)(?:\b|(?<=\.))`, 'i'),
    { match: ['Moved Cr Hughes', 'Seconded Cllr Evans', 'MOTION Moved Cr Banks Seconded Cr Ivey That Council adopt the plan.', 'MOVED Director Lam, SECONDED Director Ferris,'] }),
  label('seconded-after-name', 'moved', 'The seconder named before the verb, on a line of its own: "Mr. Greene seconded.", "Commissioner Ng seconded the motion."',
    new RegExp(String.raw`^(?:${MEMBER_TITLE}\.?\s+)?[A-Z][\w’'-]+\s+seconded(?:\s+the\s+motion)?\s*(?:[.;]|,?\s+and$|$)`, 'i'),
    { match: ['Mr. Greene seconded. Vote: 5-0-0.', 'Commissioner Ng seconded the motion.', 'Commissioner Patel seconded, and'], not: ['It was seconded and carried.'] }, ['us', 'ca']),
  label('msc', 'moved', 'US shorthand for moved, seconded and carried, the movers by slash: "M/S/C (Lee/Ross) to approve …", "M/S Lee/Ross to …", "It was MSC to approve …"',
    /^(?:[Ii]t\s+was\s+)?(?:M\/S\/[CP]|M\/S|MSC|MSP)\b/,
    { match: ['M/S/C (Lee/Ross) to approve the minutes of February 3, 2026 (5-0).', 'M/S/C Lee/Ross to approve the warrant list as presented.', 'It was MSC to approve the budget amendment.'], not: ['MS Teams meeting link'] }, ['us', 'ca']),
  label('slash-movers-to', 'moved', 'The movers by slash, then a dash and the motion: "Lee/Ross – to approve …", "(Lee/Ross) to approve …" ("Motion (Lee/Ross) to …" is motion-paren\'s)',
    /^(?:\([A-Z][\w’'-]+\s*\/\s*[A-Z][\w’'-]+\)\s*[-–—:]?|(?!(?:Penderfynwyd|Cytunwyd)\b)[A-Z][\w’'-]+\s*\/\s*(?!(?:Resolved|Agreed|Decided)\b)[A-Z][\w’'-]+\s*[-–—:])\s*to\s+(?!be\b)[a-z]+\b/,
    { match: ['Lee/Ross – to approve the purchase of a mower.', '(Lee/Ross) to approve the purchase of a mower.'], not: ['Swale/Ditch to be cleared by the contractor.', 'Swale/Ditch – to be cleared by the contractor.', 'Penderfynwyd / Resolved: to pay the accounts.'] }),
  label('motion-second-labels', 'moved', 'Labels for both movers on one line, the motion after them: "MOTION: Lee SECOND: Ross to adopt Resolution 2026-14."',
    /^motion\s*:\s*(?:[A-Z][\w’'.-]*\s+){1,3}second(?:ed)?\s*:\s*[A-Z]/i,
    { match: ['MOTION: Lee SECOND: Ross to adopt Resolution 2026-14.'] }, ['us', 'ca']),
  // Case-sensitive: every word of a name is capitalised, so "Motion: to approve …" or "Second: none" is none of this.
  label('motion-name-line', 'moved', 'A mover or seconder alone after a label, one to a line, as US agenda software prints them: "Motion: Council Member Soto" / "Second: Council Member Park"',
    new RegExp(String.raw`^(?:[Mm]otion|MOTION|[Ss]econd(?:ed)?|SECOND(?:ED)?)\s*:\s*(?!(?:Carried|Approved|Adopted|Passed|Failed|Denied|Lost|Withdrawn|None|Tabled|Died|That|To|By|N\/A|${ACTION_VERBS})\b|[A-Z]{2,}\b)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,4}\.?$`),
    { match: ['Motion: Council Member Soto', 'Second: Mayor Pro Tem Rhodes', 'Motion: Okafor'], not: ['Motion: Carried', 'Motion: Approve Consent Agenda', 'Second: None'] }, ['us', 'ca']),
  label('motion-paren', 'moved', '"Motion: (Cr A / Cr B)", "Motion (Ames/Bell): That …", after a US action label "ACTION: Motion (Ibarra/Kwon) to approve …"', /^(?:action\s*:\s*)?motion\s*:?\s*\(/i, { match: ['Motion: (Cr Amos / Cr Bell)', 'Motion (Ames/Bell): That the budget be adopted.', 'Motion (Lee/Ross) to approve the fee schedule.', 'ACTION: Motion (Ibarra/Kwon) to approve the Consent Calendar as presented.'] }, ['au', 'nz', 'us']),
  label('motion-text', 'moved', '"Motion: That …" with the movers on the lines after it; a New England town meeting\'s "Motion: Moved that the Town raise and appropriate …", or its bare "Moved that the Town …"', /^(?:(?:substantive\s+|main\s+)?motion\s*[:\-–—]\s*(?:moved\s+)?|moved\s+(?=that\b))(?=(?:that|to\s+[a-z]+)\b)/i,
    { match: ['Motion: That the budget be approved.', 'MOTION – to approve the lease with Harbour Holdings.', 'Motion: Moved that the Town transfer from Free Cash $120,000 to purchase a dump truck.', 'Moved that the Town establish a Cemetery Commission.'], not: ['Moved to the next item.'] }, ['au', 'nz', 'us', 'ca']),
  label('motion-by', 'moved', '"Motion by X, seconded by Y, to …", "Motion made by X to …", "It was moved by …", "It was moved and seconded to …", Quebec\'s present tense in translation, "IT IS PROPOSED BY councillor X", and after a US "ACTION:" label', /^(?:action\s*[:\-–—]\s*)?(?:it\s+(?:was|is)\s+)?(?:(?:duly|then|further|subsequently)\s+)*(?:(?:motion\s+(?:made\s+)?(?:by|from)|(?:moved|proposed)\s+by)\s+\S|(?:motion\s*[:\-–—]\s*)?(?:moved|proposed)\s+and\s+seconded\b)/i,
    { match: ['It was moved and seconded to approve the minutes of May 20 as presented.', 'It was duly proposed and seconded that the grant be awarded.', 'Motion made by Commissioner Diaz to approve Resolution 2026-09.', 'It was MOVED and SECONDED', 'Motion by Councilmember Ortiz, seconded by Councilmember Hale, to approve the minutes.', 'It was moved by Trustee Ng that the report be received.', 'It was proposed by Councillor Walker and seconded by Councillor Fox that the report be received.', 'IT IS PROPOSED BY councillor Marie Gendron', 'ACTION: Motion by Councilmember Ruiz, seconded by Councilmember Patel, to approve the Consent Calendar.', 'MOTION: Moved and seconded that the Town vote to refer Article 4 back to the Select Board.', 'It was then moved by Cllr Fennimore and seconded by Cllr Harte that the plan be referred back to officers.'] }),
  label('motion-to-by', 'moved', 'US short form with the motion first: "Motion to approve the consent agenda by Council Member Ortiz, second by Council Member Hale."',
    new RegExp(String.raw`^motion\s+to\s+[a-z]+\b${MOTION_CHAR}*?\s+${BY_SECONDED_BY}\s+\S`, 'i'),
    { match: ['Motion to approve the consent agenda by Council Member Ortiz, second by Council Member Hale.', 'Motion to approve as written by Ms. Huang, second by Mr. Amato.', 'Motion to adjourn at 8:12 p.m. by Trustee Okoye, seconded by Trustee Lund.'] }, ['us', 'ca']),
  label('motion-to', 'moved', 'A motion on a line of its own, its movers and verdict on the lines after it: "Action: Motion to approve the consent agenda as presented." / "Motion by X, second by Y." / "Motion passed 6-0."',
    new RegExp(String.raw`^(?:action\s*[:\-–—]\s*)?motion\s+(?=to\s+[a-z]+\b)(?!to\s+amend\s*[:\-–—])(?!${MOTION_CHAR}*\b(?:passed|carried|failed|defeated|lost|withdrawn|died|was|were|is|seconded|${BY_SECONDED_BY})\b)`, 'i'),
    { match: ['Action: Motion to approve the consent agenda as presented.', 'Motion to adopt Ordinance 2026-04 on second reading.'], not: ['Motion to approve the budget failed 2-3.', 'A motion to defer the contract was moved by Cr Paki but was not seconded.'] }, ['us', 'ca']),
  label('motion-was-made', 'moved', '"A motion was made by …"', /^(?:a\s+)?motion\s+was\s+made\s+by\s+\S/i, { match: ['A motion was made by Supervisor Diaz to adopt the ordinance.'] }, ['us', 'ca']),
  label('mover-pair', 'moved', 'Movers printed before the motion: "R2019-72  L. Moore, T. Marchant: That …", "Cr Ames/Cr Bell That …", "A. Knack - M. Banga:"', MOVER_PAIR,
    { match: ['R2019-72  L. Moore, T. Marchant: That we award the tender.', 'Cr Ames/Cr Bell That Council adopt the plan.', 'A. Knack - M. Banga:', 'Cr Fairweather / Cr Ngata'], not: ['Planning / Highways'] }, ['ca', 'au', 'nz']),
  label('mover-numbered', 'moved', 'A numbered resolution\'s one mover before the motion, no seconder: "245-2026 Councillor Dyck: That …" (Saskatchewan)', MOVER_NUMBERED,
    { match: ['245-2026 Councillor Dyck: That Council approve the interim budget.', '112/26 Reeve Sawchuk: That the road allowance be closed.'], not: ['2026-27 Budget: That is the question.'] }, ['ca']),
  label('amendment-moved', 'moved', 'An amendment to the motion above, with its movers on the line: Scottish "As an amendment, Councillor Reid, seconded by Councillor Mackay, moved that …", Australian "Amendment: Cr Haines moved and Cr Dunn seconded that …", "Councillor Ode moved an amendment that …"; it stands only if the amendment is carried',
    /^(?:(?:as\s+an\s+amendment|by\s+way\s+of\s+(?:an\s+)?amendment|(?:an?\s+)?amendment(?:\s+(?:no\.?\s*)?\d+)?\s*[:\-–—])\s*,?\s+[^.;]{2,120}?\b(?:moved|proposed)\b|an?\s+amendment\s+was\s+(?:\w+\s+)?(?:moved|proposed)\b|motion\s+to\s+amend\s*[:\-–—]\s*[^.;]{2,120}?\b(?:moved|proposed)\b|[^.;:]{2,80}?\b(?:moved|proposed)\s+(?:as\s+)?an\s+amendment\b)/i,
    { match: ['As an amendment, Councillor Reid, seconded by Councillor Mackay, moved that the Committee note the position.', 'Amendment: Cr Haines moved and Cr Dunn seconded that the matter be deferred.', 'An amendment was moved by Councillor Ode and seconded by Councillor Bry that the fee be £40.', 'Councillor Ode moved an amendment that the fee be £40.', 'MOTION TO AMEND: Assembly Member Ruiz moved to amend Ordinance 2026-14 by striking Section 3.'], not: ['The amendment to the Local Plan was moved to the next meeting.'] }, ['scot', 'uk', 'ni', 'au', 'nz']),
  label('made-motion', 'moved', 'US minutes\' "Council Member Ortiz made a motion, seconded by Council Member Grant, to adopt …", "Mayor Pro Tem Lane made a motion to appoint …", after the board\'s review: "After review, Mr. Okafor made a motion to grant …"',
    /^(?:[Aa][Cc][Tt][Ii][Oo][Nn]\s*:\s*)?(?:(?:After|Following|Upon)\s+[^,.;]{1,60},\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}(?:made|offered)\s+(?:a|the)\s+motion\b/,
    { match: ['Council Member Ortiz made a motion, seconded by Council Member Grant, to adopt Ordinance No. 1187.', 'Mayor Pro Tem Lane made a motion to appoint Teresa Vu to the Parks Advisory Board.', 'After review, Mr. Okafor made a motion to grant conditional site plan approval, seconded by Ms. Liang.'], not: ['Staff noted that a motion would be needed.'] }, ['us', 'ca']),
  label('amendment-heading', 'moved', '"AMENDMENT" alone over its movers and text (NSW, Victoria), or with its number (eScribe\'s "Amendment: C-2025-089"), its minute number or its movers ("181/26 AMENDMENT (Clr Moore/Clr Hartley)"): the motion above still stands unless the amendment is carried',
    /^(?:\d{1,4}\/\d{2,4}\s+)?(?:an?\s+|the\s+)?amendment(?:(?:\s+|\s*[:#]\s*)(?:no\.?\s*|number\s+)?[A-Z]{0,4}[-/]?\d[\w/.-]*)?(?:\s*\([^()]{3,60}\))?\s*[:\-–—]?\s*$/i, { match: ['AMENDMENT', 'Amendment:', 'Amendment: C-2025-089', 'Amendment No. 2', '181/26 AMENDMENT (Clr Moore/Clr Hartley)'], not: ['Amendment to the Local Plan'] }),
  label('mover-verb', 'moved', '"Councillor Moss moved and Councillor Reed seconded that …", "Councillor Fraser, seconded by Councillor Grant, moved that …", "The Chair moved:"',
    new RegExp(String.raw`^(?:(?:motion|action(?:\s+taken)?)\s*:\s*)?(?:(?:after|following)\s+(?:some\s+|further\s+|brief\s+|a\s+|the\s+)?(?:[\w-]+\s+)?(?:discussion|debate|deliberation|presentation|report|hearing|questions)[^,.;]{0,60},\s+)?(?:(?:the\s+)?(?:chair(?:man|person)?|mayor|deputy mayor|leader)|${MEMBER_TITLE}\.?\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)(?:,\s+seconded\s+by\s+[^,;.]{2,60},)?\s+(?:moved|proposed)\b(?!\s+(?:from|into|out|on|onto|forward|ahead|away|through)\b)(?!\s+to\s+(?:\d|(?:${MOVED_TO_PLACE})\b))`, 'i'),
    { match: ['Councillor Moss moved and Councillor Reed seconded that the plan be approved.', 'The Chair moved:', 'Following a staff presentation, Councilmember Reyes moved to authorize the purchase of two street sweepers.', 'MOTION: Councilmember Diaz moved to approve the budget.', 'Action: Councilmember Diaz moved to refer the ordinance back to the Planning Commission.', 'Councillor Fraser, seconded by Councillor Grant, moved that the Committee write to the Minister.', 'After discussion, Chair Hollis moved to refer the warrant article to the Finance Committee.', 'Member Kwan moved and Member Ruiz seconded approval of the 2026-27 instructional calendar.', 'Ms. Rourke moved to sign the warrant for the Special Town Meeting.', 'Councilor Ames moved to read Ordinance 1422 by title only for the first time.', 'Councillor Baird moved to write to the Minister for Transport.', 'Commissioner Lund moved to name the trail the "Hazel Creek Trail."'], not: ['Councillor Moss moved to Ward 4 in 2019.', 'Councillor Lee moved to the back of the room.', 'Members then moved on to the next item.'] }),
  // Case-sensitive: initials are capitals, and "He proposed that …" tells the debate.
  label('mover-initials', 'moved', 'A community council\'s members known by their initials: "EG proposed that the CC buy a new laptop. Seconded SM. Agreed.", "JM moved to accept the quote."',
    /^(?!(?:MPs?|MSPs?|TDs?|MLAs?|MEPs?|MS)\b)[A-Z]{2,3}\s+(?:moved|proposed)\s+(?=that\s|to\s+[a-z])/,
    { match: ['EG proposed that the CC buy a new laptop for the Secretary.', 'JM moved to accept the quote from Glen Joinery.'], not: ['He proposed that the hall be repainted.', 'We proposed to meet in June.'] }),
  label('final-carried', 'carried', '"FINAL ACTION: Adopted." after a motion: the verdict on it', new RegExp(String.raw`^${FINAL}\s*[:\-–—]\s*(?:adopted|approved|carried|passed)\.?$`, 'i'),
    { match: ['FINAL ACTION: Adopted.'] }, ['us']),
  label('final-resolution-carried', 'carried', 'BoardDocs\' "Final Resolution: Motion Carries" under "Motion by X, second by Y."', /^final\s+resolution\s*:\s*(?:the\s+)?motion\s+(?:carries|carried|passes|passed)\b/i,
    { match: ['Final Resolution: Motion Carries'] }, ['us']),
  label('final-resolution-lost', 'lost', 'BoardDocs\' "Final Resolution: Motion Fails"', /^final\s+resolution\s*:\s*(?:the\s+)?motion\s+(?:fails|failed|defeated)\b/i,
    { match: ['Final Resolution: Motion Fails'] }, ['us']),
  label('final-lost', 'lost', '"FINAL ACTION: Failed."', new RegExp(String.raw`^${FINAL}\s*[:\-–—]\s*(?:denied|failed|lost|rejected|defeated)\.?$`, 'i'),
    { match: ['FINAL ACTION: Failed.'] }, ['us']),
  label('carried', 'carried', '"Carried", "The motion was carried", "Unanimously carried", "The resolution was thereupon declared duly adopted", a town meeting\'s "Vote: Passed by majority voice vote." or "VOTED: Passed unanimously." and "Motion to refer passed", "Following discussion, the motion was adopted", a New York village\'s "On motion of X, seconded by Y, the foregoing resolution was adopted", "Upon a roll call vote, the motion passed 5-1"',
    /^["“]?(?:voted?\s*[:\-–]\s*)?(?:(?:there\s+being|hearing|with)\s+no\s+objections?,?\s+|without\s+objection,?\s+|(?:following|after)\s+(?:some\s+|further\s+|full\s+|brief\s+)?(?:discussion|debate),?\s+|(?:on|upon)\s+a\s+(?:roll[- ]call\s+|recorded\s+|voice\s+)?vote,?\s+|(?:on|upon)\s+being\s+put\s+to\s+the\s+(?:vote|meeting),?\s+|(?:on|upon)\s+(?:the\s+)?motion\s+(?:of|by)\s+[^,;]{2,60},\s+(?:duly\s+)?seconded\s+by\s+[^,;]{2,60},\s+)?(?:the\s+)?(?:(?:substantive\s+|original\s+|main\s+|foregoing\s+|above\s+|preceding\s+)?(?:motion|amendment|recommendation|resolution)s?(?:\s+to\s+[a-z]+(?:\s+(?:back|over))?)?\s+(?:was\s+|were\s+)?|(?:and\s+)?(?:this|which)\s+was\s+)?(?:(?:then|thereupon|duly|unanimously|declared|accordingly|put\s+and)\s+){0,3}(?:carried|adopted|passed)\b/i,
    { match: ['Carried', 'CARRIED UNANIMOUSLY', 'The motion was carried.', 'Duly carried.', 'The resolution was thereupon declared duly adopted.', 'and this was carried unanimously.', 'Vote: Passed by majority voice vote.', 'VOTED: Passed unanimously.', 'VOTE: Declared passed by the required two-thirds.', 'Motion to refer passed by majority vote.', 'MOTION PUT AND PASSED.', 'There being no objection, the MOTION PASSED by unanimous consent.', 'Hearing no objection, the motion carried.', 'Following discussion, the motion was adopted and it was agreed that a copy be sent to the Department.', 'On motion of Trustee Falco, seconded by Trustee Bright, the foregoing resolution was adopted by the following vote: Ayes 4, Nays 0.', 'Upon a roll call vote, the motion passed 5-1, Alderman Tate voting no.', 'Upon being put to the vote, this was carried.'] }),
  label('carried-sentence', 'carried', '"The recommendation was put to the vote and declared carried"',
    /(?<!\b[Oo]n\s+the\s+)\b(?:motion|amendment|recommendation|resolution|proposal)\b(?:.*\b(?:was|were)\s+(?:(?!not\b)[\w,]+\s+){0,7}|,?\s+which\s+|\s+having\s+been\s+(?:put\s+and\s+)?)(?:carried|CARRIED|passed|agreed|AGREED)\b/i,
    { match: ['The recommendation was put to the vote and declared carried.', 'The proposal was put to the meeting and carried.', 'Following discussion the motion was AGREED.', 'The motion having been put and carried, it was so declared.', 'Councilmember Hale seconded the motion, which carried by the following vote: AYES: 5 NOES: 0'], not: ['AGREED: On the proposal of Councillor Devlin, seconded by Councillor Rice, it was agreed to note the correspondence.'] }),
  label('seconded-and-agreed', 'carried', 'Irish and English minutes close a motion on its seconder\'s line: "The motion was seconded by Cllr. P. Daly and agreed.", "The motion was proposed by … and seconded by … and agreed.", "The proposal was seconded by Cllr Hart and adopted unanimously."',
    /^(?:(?:the\s+)?(?:motion|proposal)|this|it)\s+was\s+(?:(?:duly\s+)?proposed\s+by\s+[^;]{2,60}?\s+and\s+)?(?:duly\s+)?seconded\s+by\s+[^;]{2,60}?\s+and\s+(?:unanimously\s+)?(?:agreed|adopted|carried)\b/i,
    { match: ['The motion was seconded by Cllr. P. Daly and agreed.', 'This was seconded by Cllr. Walsh and agreed.', 'The proposal was seconded by Cllr Hart and adopted unanimously.', 'The motion was proposed by Cllr. T. Walsh and seconded by Cllr. M. Byrne and agreed.'], not: ['The motion was seconded by Cllr Hart and debated at length.'] }, ['ie', 'uk', 'ni', 'scot']),
  label('motion-carries', 'carried', 'US verdicts in the present tense or as a bare word: "Motion carries.", "Motion passes 4-1.", "Motion approved unanimously.", "Approved 5-0."',
    // Case-sensitive: "APPROVED" alone in capitals is the upper-outcome marker's (a decision column's word).
    /^(?:[Tt]he\s+)?[Mm]otion\s+(?:carries|passes|(?:was\s+)?approved)\b|^MOTION\s+(?:CARRIES|PASSES)\b|^(?:[Uu]nanimously\s+)?[Aa]pproved(?:\s+unanimously)?\s*(?:\(?\d{1,2}\s*[-–/]\s*\d{1,2}\)?)?\s*[.;]?$/,
    { match: ['Motion carries.', 'Motion passes 4-1.', 'Motion approved unanimously.', 'Approved 5-0.', 'Unanimously approved.', 'MOTION CARRIES 5-0'], not: ['Approved the revised charges for 2025/26.', 'APPROVED'] }, ['us', 'ca']),
  label('motion-fails', 'lost', '"Motion fails 2-3."', /^(?:the\s+)?motion\s+fails\b/i, { match: ['Motion fails 2-3.'] }, ['us', 'ca']),
  label('declared-carried', 'carried', 'The chair\'s declaration: "The Cathaoirleach declared the motion carried", "The Mayor declared the amendment carried"',
    /^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}declared\s+the\s+(?:substantive\s+|original\s+)?(?:motion|amendment|resolution|recommendation|proposal)\s+(?:to\s+be\s+)?(?:duly\s+)?(?:carried|passed|adopted|agreed)\b/i,
    { match: ['The Cathaoirleach declared the motion carried.', 'The Mayor declared the amendment carried.'] }, ['ie', 'au', 'uk', 'ni']),
  label('declared-lost', 'lost', 'The chair\'s declaration: "The Cathaoirleach declared the motion defeated", "The Chair declared the amendment lost"',
    /^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}declared\s+the\s+(?:substantive\s+|original\s+)?(?:motion|amendment|resolution|recommendation|proposal)\s+(?:to\s+be\s+)?(?:lost|defeated|not\s+carried|failed)\b/i,
    { match: ['The Cathaoirleach declared the motion defeated.', 'The Chair declared the amendment lost.'] }, ['ie', 'au', 'uk', 'ni']),
  label('carried-on-vote', 'carried', '"On being put to the vote the motion was carried"', new RegExp(String.raw`^${PUT_TO_VOTE}\b.*\b(?:carried|adopted)\b`, 'i'),
    { match: ['On being put to the vote it was carried.', 'On being put to the meeting it was carried.'] }),
  label('lost', 'lost', '"Lost", "The amendment was defeated", "Motion withdrawn", "Motion to refer failed", "The motion died for lack of a second", "Vote: Failed to receive the required two-thirds vote"',
    /^["“]?(?:voted?\s*[:\-–]\s*)?(?:the\s+)?(?:(?:substantive\s+|original\s+|main\s+)?(?:motion|amendment|recommendation)s?(?:\s+to\s+[a-z]+(?:\s+(?:back|over))?)?\s+(?:was\s+|were\s+)?(?:put\s+and\s+)?)?(?:lost|defeated|withdrawn|fell|failed|not carried)\b|^(?:the\s+)?motion\s+(?:died|lapsed)\b/i,
    { match: ['Lost', 'The amendment was defeated.', 'Motion withdrawn', 'The motion died for lack of a second.', 'Vote: Failed to receive the required two-thirds vote (Yes 88, No 61).', 'VOTED: Failed by majority voice vote.', 'Motion to postpone failed 2-3.', 'MOTION PUT AND DEFEATED.', 'The MOTION TO AMEND FAILED by the following vote:'] }),
  label('lost-sentence', 'lost', '"The motion, having been put, was lost", "…seconded the motion, which failed", "A motion by Commissioner Ames to appoint Ms Fry died for lack of a second"', /\b(?:motion|amendment)\b(?:.*\b(?:was|were)\s+(?:\w+\s+){0,3}|,?\s+which\s+)(?:lost|LOST|defeated|withdrawn|not carried|not agreed|failed)\b|\b(?:motion|amendment)\b(?:[^.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|No|[A-Z]))\.)*\b(?:died|failed|lapsed|fell)\s+(?:for\s+(?:lack|want)\s+of|without)\s+a\s+second(?:er)?\b/i,
    { match: ['Upon being put to the meeting the amendment was lost.', 'Following discussion the motion was not agreed.', 'Commissioner Vega seconded the motion, which failed by the following vote: AYES: 2 NOES: 3', 'A motion by Commissioner Ames to appoint Ms. Dana Fry died for lack of a second.'] }),
  label('not-seconded', 'lost', 'A proposal nobody seconded: "This was not seconded and fell.", "The proposal was not seconded.", "There was no seconder.", "The motion received no second." (a motion that fell is read by label.lost)',
    /^(?:(?:this|that|it|the\s+(?:motion|proposal|amendment|suggestion))\s+was\s+not\s+seconded\b|there\s+(?:was|being)\s+no\s+second(?:er)?\b|(?:the\s+motion|it)\s+received\s+no\s+second(?:er)?\b|no\s+second(?:er)?\s+was\s+(?:received|forthcoming|offered)\b)/i,
    { match: ['This was not seconded and fell.', 'The proposal was not seconded.', 'There was no seconder.', 'there was no second.', 'The motion received no second.', 'No seconder was forthcoming.'], not: ['This was seconded by Cllr Ray.'] }),
  label('lost-on-vote', 'lost', '"On being put to the vote it fell"', new RegExp(String.raw`^${PUT_TO_VOTE}\b.*\b(?:lost|defeated|fell|not carried)\b`, 'i'),
    { match: ['On a vote it fell.', 'On being put to the meeting, with 6 voting for, 8 against and 1 abstention, the proposal FELL.'] }),
  label('vote-tally', 'vote', 'A tally after its label, cut from the motion\'s line: "Vote: 5-0-0.", "Vote: 3-1 (Amato opposed).", "Voice vote: unanimous", a select board\'s "Vote 4-1 (Diaz opposed)."',
    /^(?:(?:roll[\s-]+call|recorded|voice|voting)\s+)?vote\s*(?::\s*|\s+(?=\d))(?:\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\b|unanimous|all\s+in\s+favou?r\b)/i,
    { match: ['Vote: 5-0-0.', 'Vote: 3-1 (Amato opposed).', 'Voice vote: unanimous', 'Vote 4-1 (Diaz opposed).'], not: ['Vote of thanks to the retiring Clerk.'] }, ['us', 'ca']),
  label('vote-line', 'vote', 'A vote count on its own line: "For: 6", "Against – nil", "Nem con", "All in favor.", "All voting aye."',
    /^(?:(?:for|against|abstain\w*|absent|ayes?|noes?|in favour|nem\.? con\.?)\b\s*[:\-–]?\s*(?:\(?\d+\)?|nil|none)?|all\s+(?:ayes|in\s+favou?r|voted\s+(?:aye|yes|in\s+favou?r)|(?:members\s+)?(?:present\s+)?voting\s+(?:aye|yes)|(?:members|councillors)(?:\s+present)?\s+(?:were|voted)\s+in\s+favou?r))\s*\.?\s*$/i,
    { match: ['For: 6', 'Against – nil', 'Nem con', 'All in favor.', 'All ayes.', 'All voting aye.', 'All members were in favour.'] }),
  label('vote-yea-nay', 'vote', 'A US roll call by name: "Yea: Jane Ortiz, Tom Reyes", "Nay: Kim Chu", "AYES: Ellis, Ruiz", "Nays - none." (the rest of a roll call cut at the margin), "Voting Yea: Council Member Kim, …", "Opposed: Councillor Baptiste"', /^(?:voting\s+)?(?:(?:yeas?|nays?|ayes?|noes|opposed|abstain(?:ed|ing|s)?|absent)\s*(?::|\s[-–])|(?:yes|no)\s*:)\s*\S/i,
    { match: ['Yea: Jane Ortiz, Tom Reyes, Ann Lee', 'NAYS: Chu', 'Nays - none. Motion carried.', 'Voting Yea: Council Member Kim, Mayor Pro Tem Rhodes', 'Voting Nay: None', 'Opposed: Councillor Baptiste', 'Yes: Halvorsen, Ellis, Cox'] }, ['us', 'ca']),
  label('vote-names', 'vote', 'A named vote: "For: Cr Amos, Cr Bell", "Against: 2"', /^(?:for|against|abstain\w*|ayes?|noes?)\s*[:\-–]\s*(?:\d+|(?:cr|cllr|councillors?)\b)/i,
    { match: ['For: Cr Amos, Cr Bell and Cr Cole'] }),
  label('vote-roll-call', 'vote', 'A US roll call: "Roll call vote: Ayes - 6; Nays - 0.", "Roll Call: Yes: Diaz, Lee"', /^roll[- ]?call(?:\s+vote)?\s*[:\-–]/i,
    { match: ['Roll call vote: Ayes - 6; Nays - 0. Motion carried.'] }, ['us', 'ca']),
  label('vote-score', 'vote', 'A score: "(5-0)", "4–1", "4-0, Director Lujan absent."', /^\(?\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)?(?:[.,;](?:\s+[^.;]{1,60}[.;]?)?)?$/, { match: ['(5-0)', '4–1', '4-0, Director Lujan absent.'], not: ['1-3 Main Street'] }),
  label('vote-for-against', 'vote', '"For 7, against 2", "(For: 7, Against: 2, Abstentions: 1)"', /^\(?(?:for|ayes?|in favour)\s*[:\-–]?\s*\d+\s*[,;.]?\s*(?:against|noes?)\b/i, { match: ['For 7, against 2, abstentions 1', '(For: 7, Against: 2, Abstentions: 1)'] }),
  label('action-line', 'action', 'US action minutes: "ACTION: Approved. Vote: 5-0.", "Action Taken: Staff directed to …" or Granicus\' "RESULT: ADOPTED [4 TO 1]" under an item\'s title line; elsewhere ("Action: Clerk to obtain quotes") it ends a decision as other section labels do',
    /^(?:(?:council|board|commission|committee)\s+)?(?:action(?:\s+taken)?|result)\s*:\s*(?!motion\b|moved\b)\S/i,
    { match: ['ACTION: Approved. Vote: 5-0.', 'Action Taken: Staff directed to return with a cost estimate.', 'Council Action: Continued to the April 7, 2026 meeting.', 'RESULT: ADOPTED [4 TO 1]'], not: ['ACTION: Motion to accept the bid passed 5-0.'] }, ['us', 'ca']),
  label('verdict-under-title', 'action', 'Action minutes without the "Action:" label: the verdict alone, in sentence case, under an item\'s title line ("6.1 Award of contract …" / "Approved as recommended.", "Approved on consent. (5-0)"; a New Zealand or parish "Received."); elsewhere it is left to the other rules',
    /^(?:Approved|Accepted|Ratified|Awarded|Tabled|Continued|Postponed|Noted|Received|Agreed|Adopted)(?:\s+(?:and\s+(?:noted|filed)|as\s+(?:recommended|presented|amended|submitted|revised|printed|circulated)|on\s+(?:the\s+)?consent(?:\s+(?:agenda|calendar))?|unanimously))?\s*[.;]?\s*(?:\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?\.?)?$/,
    { match: ['Approved as recommended.', 'Approved on consent. (5-0)', 'Tabled.', 'Received.', 'Noted.', 'Received and noted.'], not: ['Approved minutes are published on the website.', 'APPROVED', 'Noted by the Chair.'] }),
  label('end-section', 'end', 'Report sections that end a decision: "Reasons:", "Background papers", "Contact officer", "Wards affected", "Call-in"',
    /^(?:supporting documents|reasons?(?:\s*\(s\))?(?= *:)|reasons? for (?:the )?(?:decisions?|recommendations?)|alternative options(?: considered)?(?: and rejected)?|publication date|date of (?:decision|publication)|decided at meeting|accompanying documents|decision status|decision maker|is (?:this a )?key decision|is subject to call[- ]in|background papers|list of (?:appendices|attached information)|report author|contact(?: officer)?|wards? affected|(?:financial|legal|equalit\w*|risk|resource|staffing)(?: and \w+)? (?:implications|advice)|attachments?|record of (?:the )?vote|declarations? of interest|present|apologies(?: for absence)?|in attendance|officers? in attendance|actions?(?!\s*:\s*(?:motion|moved|approved|adopted|passed)\b)|call-?in|note)\s*(?:\([^)]*\))?\s*(?::|[-–]\s|$)/i,
    { match: ['Reasons for the decision:', 'Background papers', 'Contact officer: Jo Smith', 'Financial implications'], not: ['Reasons were given at length by the applicant.'] }),
  label('supporting-documents', 'end', '"Supporting documents" with anything after it', /^supporting documents\b/i, { match: ['Supporting documents Report of the Director (PDF)'] }),
];
