/**
 * Outcome sentences: minutes that record a decision in a plain sentence, with no marker
 * word ("The minutes of the meeting held on 13 October were approved as a true record.",
 * "Members noted the report.", "Cabinet approved the revised charges.", "... and this was
 * agreed."). Discussion is not a decision: "Members noted the concerns raised", "Members
 * agreed the presentation was helpful", "It was noted that ...", "The Committee received a
 * report from ..." (how an item opens) stay out.
 */

/** Decision verbs in the past tense, as a sentence reports them. */
const PASSIVE_VERB = String.raw`(?:approved|agreed|noted|accepted|confirmed|adopted|endorsed|ratified|carried|deferred|granted|refused|rejected|supported|signed)`;
/** What a meeting does to a matter before the verdict: "was discussed and agreed", "signed and approved". */
const ON_THE_WAY = String.raw`(?:(?:signed|discussed(?:\s+in\s+detail)?|amended|submitted|considered|read|taken\s+as\s+read|moved|seconded|put|duly|unanimously|formally|then)\s*,?\s+(?:and\s+)?)*`;
const LEAD = String.raw`^(?:following\s+[\w\s-]{1,40},\s+|after\s+(?:discussion|debate|consideration),\s+)?`;

/** "The Forward Work Programme was noted.", "The minutes were AGREED as a correct record." */
const PASSIVE = new RegExp(
  String.raw`${LEAD}((?:the|these|this|all|both|its|their)\s+[^.;:]{2,120}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?${ON_THE_WAY}${PASSIVE_VERB}\b(?!\s+(?:out|forward|over|on|through|by\s+(?:officers|staff)))`,
  'i',
);
/** "... requested permission to attend and this was agreed." */
const TRAILING = new RegExp(String.raw`\b(?:and\s+)?(?:this|which|that|it)\s+was\s+(?:\w+ly\s+)?${ON_THE_WAY}(?:agreed|approved)\b[^.;]{0,60}[.;]?$`, 'i');

/** "Members noted the report.", "The Panel approved the revised charges.", "Cabinet AGREED to …" */
const ACTIVE = new RegExp(
  String.raw`${LEAD}(?:the\s+)?((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?:Committee|Sub-Committee|Board|Cabinet|Council|Panel|Executive|Forum|Commission|Authority|Partnership|Group|Meeting)|Members|Councillors)\s+(?:\w+ly\s+)?(noted|approved|agreed|endorsed|adopted|accepted|ratified|resolved|supported|deferred|refused|granted)\s+(\S.*)$`,
  'i',
);

const BARE_VERB = /^(?:Noted|Approved|Endorsed|Accepted|Adopted|Ratified|Confirmed)\s+(?:the|that|its)\s+(?!(?:concerns?|comments?|points?|views?)\b)/;

/** Subjects that are talk, not a matter decided. */
const TALK = /\b(?:concerns?|comments?|points?|questions?|issues|views?|feedback|observations?|thanks|discussions?|presentations?|suggestions?|responses?|answers?)\b/i;
/** What may be noted as a decision: the documents and information put before the meeting. */
const NOTED_OBJECT = /^(?:the\s+|this\s+|its\s+)?(?:[\w’'&()-]+\s+){0,8}?(?:report|reports|update|updates|minutes|minute|information|contents?|position|progress|plan|programme|statement|accounts|budget|recommendations?|letter|correspondence|return|schedule|register|log|summary|review|strategy|policy|assessment|outturn|declarations?|apologies|apology)\b/i;

export interface Outcome {
  /** Offset of the sentence in the text searched. */
  at: number;
  text: string;
}

/** "The Chairman CALLED THE QUESTION, and by a 4-0 vote (…), the Board directed staff to …": the decision after the vote. */
const AFTER_VOTE = /\b(?:called\s+the\s+question|by\s+a\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+vote|by\s+(?:a\s+)?unanimous\s+vote|unanimously)\b[^.]*?,\s+(the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Board|Council|Commission|Committee|Panel|Cabinet)\s+(?:directed|approved|adopted|authori[sz]ed|agreed|denied|voted|accepted|endorsed|instructed)\b.*)$/i;

/** The part of a sentence that records a decision, or undefined. */
export function outcomeText(sentence: string): string | undefined {
  const vote = /question|vote|unanimous/i.test(sentence) ? AFTER_VOTE.exec(sentence.trim()) : null;
  if (vote) return vote[1];
  return isOutcomeSentence(sentence) ? sentence.trim() : undefined;
}

export function isOutcomeSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length < 12 || /^it\s+was\s+(?:noted|reported|explained|confirmed|stated)\b/i.test(s) || /\?$/.test(s)) return false;
  if (/\b(?:not|never)\s+(?:\w+\s+)?(?:been\s+)?(?:approved|agreed|accepted|adopted|supported|resolved)\b/i.test(s)) return false;
  // "Noted the report.", "Approved the revised charges.": the body's name left out, as Scottish and Welsh minutes do.
  if (BARE_VERB.test(s)) return true;
  const passive = PASSIVE.exec(s);
  // "… were accepted in their entirety and action would be taken": a speaker's account, not the record.
  if (passive && !TALK.test(passive[1]) && !/\b(?:would|will|should|could|may|might|must|to)\s+be\b/i.test(passive[1]) && !/\b(?:would|could|might)\b/i.test(s)) return true;
  if (TRAILING.test(s)) return true;
  const active = ACTIVE.exec(s);
  if (!active) return false;
  if (/\bchief\s+executive$/i.test(active[1])) return false;
  const verb = active[2].toLowerCase();
  const object = active[3];
  if (TALK.test(object.split(/\s+/).slice(0, 4).join(' '))) return false;
  if (/^(?:with|in\s+principle\s+with)\b/i.test(object)) return false;
  if (verb === 'noted') return NOTED_OBJECT.test(object) && !/^that\b/i.test(object);
  // "Members agreed the presentation was helpful": agreement with a view, not a decision.
  if (verb === 'agreed' && !/^(?:that|to)\b/i.test(object) && /^(?:[\w’'-]+\s+){0,6}?(?:was|were|is|are|had|has|would|should)\b/i.test(object)) return false;
  return true;
}

/** Abbreviations whose full stop ends no sentence: "Ms. S. Carr", "No. 12", "Cllr. Jones". */
const ABBREVIATION = /(?:\b(?:mr|mrs|ms|dr|no|nos|st|cllr|cllrs|cr|clr|co|ltd|inc|etc|approx|cf|e\.g|i\.e|vs|para|paras|ref)|\b[A-Z])\.$/i;

/** Every outcome sentence holds one of these verbs: most lines are dismissed by this one test. */
const ANY_VERB = /directed|authori[sz]ed|approved|agreed|noted|accepted|confirmed|adopted|endorsed|ratified|carried|deferred|granted|refused|rejected|supported|signed|resolved/i;

/** The outcome sentences in a line of running text, with where each starts. */
export function outcomeSentences(text: string): Outcome[] {
  const out: Outcome[] = [];
  if (!ANY_VERB.test(text)) return out;
  let start = 0;
  // A sentence ends at a full stop before a capital, or at a colon before bullets (the list is its content).
  const cuts = [...text.matchAll(/(?<=[.!?]["”’)]*)\s+(?=[A-Z“"‘])|(?<=:)\s*(?=[•·▪●◦])/g)].filter((m) => !ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index)));
  for (const end of [...cuts.map((m) => m.index), text.length]) {
    const raw = text.slice(start, end);
    const sentence = raw.trim();
    const found = sentence ? outcomeText(sentence) : undefined;
    if (found) out.push({ at: start + raw.indexOf(found), text: found });
    start = end;
  }
  return out;
}
