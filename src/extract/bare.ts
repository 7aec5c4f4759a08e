/**
 * Decisions printed with no marker word at all: "That the report be noted." under an
 * item, a numbered list of "... be approved." clauses, "1. To amend ..." under a
 * Decision heading. Each line must qualify on its own, because reports and agendas
 * are full of numbered paragraphs that decide nothing.
 */
const PASSIVE = /\bbe\s+(?:\w+ly\s+)?(?:noted|approved|received|agreed|adopted|endorsed|accepted|referred|deferred|given|granted|authori[sz]ed|delegated|supported|confirmed|submitted|resubmitted|circulated|sought|requested|thanked|amended|rejected|refused|appointed|reaffirmed|ratified|signed|welcomed|instructed|asked)\b/i;
/** What a decision weighed before it, to the comma: "Having considered the objections received, ", "After hearing them, ". */
const WEIGHED = /^(?:having\s+(?:(?:carefully|fully)\s+)?(?:considered|heard|reviewed|noted|had\s+regard\s+to|regard\s+to|taken\s+into\s+account)|after\s+(?:(?:carefully|fully)\s+)?(?:considering|hearing|reviewing)|in\s+(?:the\s+)?light\s+of)\b[^;:]{2,200}?,\s+(?=(?:to|that)\s)/i;
const HEDGED = /\b(?:should|will|would|could|can|may|might|must|shall|cannot|not|to|need|needs)\s+(?:\w+\s+)?be\s+\w+/i;
// "That the Fire Master Plan prepared by Emergency Management Group Inc. be endorsed": a name's abbreviation is no stop. A
// Canadian report's subject after "re:" is words of the clause too ("That the report …, dated November 2, 2026, re: Winter
// Maintenance, be received").
const THAT_VERB = /^that\s+(?:the\s+)?(?:[\w’'&,()-]+\s+|(?:Inc|Ltd|Corp|Co|Pty|Bros|St|Dr|Mr|Mrs|Ms|No|Nos)\.\s+|(?:re|Re|RE):\s+){0,20}?(?:notes?|noted|approves?|approved|agrees?|agreed|endorses?|endorsed|accepts?|accepted|receives?|received|adopts?|adopted|supports?|supported|confirms?|confirmed|delegates?|authori[sz]es?|requests?|refers?|recommends?|resolves?|thanks?|welcomes?|instructs?|asks?|calls?|be|is|are)\b/i;
// "Review of Personal Licence", "Award of Contract", "Request for Fee Waiver": the verb's noun, a title, not an order; so is
// a US agenda's "Request from the Parks and Recreation Commission regarding dog park hours" (a grant or support "from" too).
const IMPERATIVE = /^(?:to\s+)?(?:note|approve|agree|endorse|accept|receive|adopt|support|confirm|delegate|authori[sz]e|request|refer|recommend|amend|defer|reject|refuse|appoint|grant|instruct|ask|exclude|delete|establish|set|allocate|award|make|continue|seek|submit|review)\b(?!\s+(?:of|for)\b)(?!(?<=\b(?:request|grant|support|award|review))\s+from\b)/i;

/** Canadian minutes print the operative verb in capitals, anywhere in a long clause: "That Administration REPORT BACK …", "… BE RECEIVED for information". */
const CAPITAL_VERB = /\b(?:BE\s+(?:PRE-\s?)?[A-Z]{3,}ED|REPORT\s+BACK|(?:APPROVE|RECEIVE|AUTHORI[SZ]E|DIRECT|ADOPT|ENDORSE|REFER|DEFER|REQUEST|ACCEPT|SUPPORT|AMEND|PROCEED|CONSULT|PROVIDE|SUBMIT|UNDERTAKE|REVIEW)[SD]?)\b/;

const PAST = /^(?:considered|noted|approved|agreed|endorsed|accepted|received|adopted|supported|confirmed|delegated|authori[sz]ed|requested|asked|directed|invited|urged|referred|recommended|deferred|rejected|refused|appointed|granted|instructed|resolved|commented)\b/i;

/**
 * A planning or licensing decision told by its verdict on the thing applied for, under a Decision label: "Permission GRANTED
 * subject to conditions …", "Application REFUSED for the reason …", New Zealand's "Pursuant to section 104 …, consent is GRANTED
 * to …", and the verdict first: "Approved subject to conditions.", "Refused for the reasons in the addendum.", "Refused for the
 * following reasons: (1) …", "Refused because …", "Refused on the grounds that …", a schedule's "Refused in accordance with the
 * officer recommendation" or "Approved contrary to the officer recommendation".
 */
const VERDICT_ON_APPLICATION = /^(?:pursuant\s+to\s+[^,;]{3,160},\s+)?(?:(?:(?:full|outline|planning|listed\s+building|advertisement|reserved\s+matters|premises|resource)\s+)*(?:permission|consent|application|licen[cs]e|appeal|approval|variation)\s+(?:is\s+|was\s+|be\s+)?(?:hereby\s+)?(?:granted|refused|approved|deferred|withdrawn|dismissed|allowed|upheld|declined)|(?:approved|refused|granted|deferred)\s+(?:subject\s+to|for\s+the\s+(?:following\s+)?reasons?|for\s+a\s+site\s+visit|with\s+conditions|as\s+(?:recommended|per)|because|on\s+the\s+grounds?|in\s+(?:accordance|line)\s+with|contrary\s+to)\b)/i;

/** A subject and "be" and a participle, as a resolution's clause reads without its "That": "The licence be suspended for …", "Condition 7 be amended …". */
const SUBJUNCTIVE = /^(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Aa]n?|[Aa]ll|[Aa]ny)\s+|(?=[A-Z]))(?:[\w’'&,()-]+\s+){0,12}?be\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|t)\b/;

/**
 * The same order told in the present or past tense, as a cabinet's decision notice prints it: "(a) The refreshed Business Plan
 * is approved.", "(c) Authority is delegated to the Director …", "The fees were agreed.". Only a decision verb: under a
 * Decision label "The plan is attached at Appendix 1" is still no order, nor is what was said: "It was confirmed that …".
 */
const STATED = /^(?!(?:It|There)\s)(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Aa]n?|[Aa]ll|[Aa]ny)\s+|(?=[A-Z]))(?:[\w’'&,()/%.£$€-]+\s+){0,14}?(?:is|are|was|were)\s+(?:hereby\s+)?(?:noted|approved|agreed|received|adopted|endorsed|accepted|referred|deferred|granted|refused|rejected|authori[sz]ed|delegated|recommended|confirmed|supported|appointed|ratified|set\s+aside|withdrawn|dismissed|upheld|allowed|revoked|suspended|declined)\b(?!\s+that\b)/;
/**
 * A hearings panel's decision in the present tense, under its "Decision:" label: "The Panel upholds the classification of the
 * dog as menacing.", "The Sub-Committee grants the variation …", a Scottish local review body's "The Local Review Body
 * overturns the decision of the appointed officer and grants planning permission …".
 */
const DECIDES = /^(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Panel|Committee|Sub-Committee|Board|Council|Commission|Authority|Tribunal|Review\s+Body)\s+(?:hereby\s+)?(?:upholds|dismisses|grants|refuses|approves|allows|determines|revokes|suspends|confirms|rejects|agrees|resolves|decides|declines|overturns|reverses|varies)\b/;

/**
 * A cabinet's numbered decision that puts a task to another body or to officers, in the present tense: "(3) The Children and
 * Young People's Scrutiny Committee is asked to review the impact …", "(4) Officers are requested to report …". Numbered: a
 * sentence under the label unnumbered ("Members were asked to consider …") tells the debate.
 */
const ASKED_NOW = /^(?:(?:[Tt]he|[Tt]his|[Aa]ll)\s+|(?=[A-Z]))(?:[\w’'&,()-]+\s+){0,10}?(?:is|are)\s+(?:also\s+|further\s+)?(?:asked|requested|invited|instructed|directed)\s+to\s+[a-z]/;

/** A verdict that puts the matter off to a date or a meeting: "Continued to the meeting on …", "Adjourned until …". */
const PUT_OFF = /^(?:continued|adjourned|postponed|deferred|tabled)\s+(?:to|until)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|later|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:\w+\s+){0,2}meeting\b)/i;

export type Region = 'body' | 'agenda' | 'minutes' | 'decision';

export function isBareClause(text: string, region: Region, numbered: boolean): boolean {
  if (/^it\s+be\b/i.test(text)) return true;
  // A cabinet member's "Decision taken: 1. Having considered the objections received, to make the Order …": what was weighed,
  // then the decision in the words the heading leads into.
  const weighed = region === 'decision' ? WEIGHED.exec(text) : null;
  if (weighed) return isBareClause(text.slice(weighed[0].length), region, numbered);
  // Under a Decision heading the heading already says it was decided: "That the Clerk write to …" needs no decision verb.
  if (/^that\b/i.test(text)) return (region === 'decision' || THAT_VERB.test(text) || CAPITAL_VERB.test(text)) && text.split(/\s+/).length >= 4;
  // "Decision: Noted.": a lone verdict word under the label is the whole decision, its own text.
  if (region === 'decision' && /^(?:noted|approved|agreed|received|deferred|refused|granted|endorsed|accepted|adopted|carried)\.?$/i.test(text)) return true;
  if (region === 'decision' && VERDICT_ON_APPLICATION.test(text)) return true;
  // A licensing board's "Decision: Continued to the meeting on 13 January 2027 to allow the applicant to attend.": the matter
  // put off to a date or meeting, told by its verdict alone.
  if (region === 'decision' && PUT_OFF.test(text)) return true;
  // "Decision:" / "- The Designated Premises Supervisor be removed.": the order with its "That" dropped.
  const order = region === 'decision' ? SUBJUNCTIVE.exec(text) : null;
  if (order && !HEDGED.test(order[0])) return true;
  if (region === 'decision' && (STATED.test(text) || DECIDES.test(text))) return true;
  // "Decision: To approve the grant of £500.": the infinitive the label leads into, numbered or not.
  // Any verb will do ("To suspend the premises licence", "To add a condition"): the heading has said it was decided. Not
  // "To be taken by Cabinet" or "To follow" (what a forward plan prints under its Decision column).
  if (region === 'decision' && /^to\s/i.test(text) && (IMPERATIVE.test(text) || /^(?:to|To|TO)\s+(?!be\b|follow\b|date\b|the\b|an?\b|all\b)[a-z]{3,}\s+\S/.test(text))) return true;
  // "1) Approve the Pay Policy Statement;" under a decision or a ModernGov "Minutes:" label: the clause has lost its marker.
  if ((region === 'decision' || region === 'minutes') && numbered && IMPERATIVE.test(text)) return true;
  // "Decision: i. Considered and commented on … ii. Approved option 2": the verdicts in the past tense.
  if (region === 'decision' && numbered && PAST.test(text)) return true;
  if (region === 'decision' && numbered && ASKED_NOW.test(text)) return true;
  if (!numbered) return false;
  const passive = PASSIVE.exec(text);
  if (!passive) return false;
  const before = text.slice(0, passive.index + passive[0].length);
  // "4. A resident proposed that the Parish Council be asked to …": a proposal told, its fate in the sentence after it.
  if (/\b(?:proposed|suggested|asked|requested)\s+that\s/i.test(before)) return false;
  return !HEDGED.test(before.slice(-40));
}

/** A line that can be the clause of a motion: "That ...", "To confirm ...", a quoted motion. */
export function isMotionText(text: string): boolean {
  return /^(?:that|t\s?h\s?a\s?t|to\s+\w+)\b/i.test(text) || /^[“"‘']\s*(?:that|to)\b/i.test(text);
}

/** The clause of a report-style recommendation with no number: "That Council approve ...". */
export function isClauseStart(text: string): boolean {
  return /^(?:that|to\s+[a-z]+)\b/i.test(text) || IMPERATIVE.test(text);
}
