import { lexiconFor, type Lexicon } from '../lexicon/index.js';
import { ASSENT_ALONE, BODY_NOUNS, MEMBER_TITLE, MEMBERS_TOGETHER, SET_SUM, TALK } from '../lexicon/words.js';
import { BODY_ASSENT, CONSENT_NOUNS, MOVERS_FIRST, NOMINAL_SUBJECT } from '../lexicon/outcomes.js';
import { findReferrals } from './referrals.js';
import { PROPOSAL_OPENING, TASK_OPENING } from '../text/split.js';

/**
 * Outcome sentences: minutes that record a decision in a plain sentence, with no marker
 * word ("The minutes of the meeting held on 13 October were approved as a true record.",
 * "Members noted the report.", "Cabinet approved the revised charges.", "... and this was
 * agreed."). The wordings are the lexicon's `outcome.*` rules; this file keeps the order
 * they are tried in and the guards. Discussion is not a decision: "Members noted the
 * concerns raised", "Members agreed the presentation was helpful", "It was noted that ...",
 * "The Committee received a report from ..." (how an item opens) stay out.
 */

// A Texas commissioners court decides as a board does ("the Court approved …"); outcome.active takes it only as "the Court" or
// "Commissioners Court", never a court of law's name.
const BODY_NOUN = new RegExp(`^(?:${BODY_NOUNS}|${MEMBERS_TOGETHER}|Court)$`, 'i');
/** A subject that names a body or a person, not a matter: "Council", "The Town Board", "Trustee Lund" ("the December 9 meeting" is a matter). */
const BODY_AT_END = new RegExp(`(?:\\b(?:${BODY_NOUNS.replace('|Meeting', '')}|Members|Trustees|Commissioners|Councillors|staff)|^(?:${MEMBER_TITLE})\\.?\\s+\\S+)$`, 'i');
/**
 * The cheap gate before the telegraphic rule: "passed" is common in narrative, so only with what makes it a verdict; "noted"
 * more so ("Members noted that …"), so only where the sentence ends on it ("Report noted.").
 */
const TELEGRAPHIC_VERB = /\b(?:agreed(?=\s*(?:[.;(]|$))|approved|adopted|accepted|ratified|tabled|denied|declined|refused|rejected|continued|postponed|deferred|filed|noted(?=\s*(?:[.;(]|$))|passed(?=\s+(?:unanimously|on\s|\(?\d)))\b/;

/** What may be noted as a decision: the documents and information put before the meeting. */
const NOTED_OBJECT = /^(?:the\s+|this\s+|its\s+)?(?:[\w’'&()-]+\s+){0,8}?(?:report|reports|paper|papers|memorandum|update|updates|minutes|minute|information|contents?|position|progress|plan|programme|statement|accounts|budget|recommendations?|letter|correspondence|return|schedule|register|log|summary|review|strategy|policy|assessment|outturn|declarations?|apologies|apology|decisions?|appeals?|petitions?|write-offs?|payments?|figures|performance|arrangements|actions?|timetable|changes|amendments|proposals?|responses?|findings|results|outcomes?|feedback|terms|awards?|activity|activities|statistics|data|briefing|presentation|licen[cs]es|applications|consents|permits|nominations|appointments|variations)\b/i;
/**
 * A title that names a paper put before the meeting ("Minute of Previous Meeting", "Approval of Minutes", "Treasurer's
 * Report"), not a matter to act on ("ACTION ITEMS FROM PREVIOUS MEETING", "MOTION BY COUNCILLOR MacINNES - FERRY TIMETABLE").
 */
export function namesPaper(title: string): boolean {
  return /^(?:(?:approval|confirmation|adoption|signing)\s+of\s+(?:the\s+)?)?(?:previous\s+|last\s+|draft\s+)?minutes?\b/i.test(title) ||
    (title.split(/\s+/).length <= 6 && /\b(?:report|accounts|statement|budget|precept|estimates)$/i.test(title) && !/\bmotion\b/i.test(title));
}
/**
 * The decision after a paper received, in the same sentence: "… received the report and NOTED the position", "… received and
 * filed", "… received the annual report and asked the Freedom to Speak Up Guardian to present …".
 */
const RECEIVED_THEN = /^(?:[^.;]{0,160}?\s)?and\s+(?:then\s+|also\s+|unanimously\s+)?(directed|authori[sz]ed|instructed|requested|asked|approved|adopted|referred|forwarded|remitted|noted|agreed|endorsed|accepted|ratified|supported|confirmed|resolved|decided)\s+(\S.*)$/i;
/**
 * A task or a verdict after what was noted, in the same sentence: "… and asked that it be shared", "… and agreed to write to …",
 * a Hong Kong district council's "The meeting noted the views and endorsed the proposed works", a Welsh cabinet's "… noted the
 * proposed fees and charges and referred them to the Budget Research and Evaluation Panel …".
 */
const NOTED_THEN_TASK = /^[^.;]{2,120}?\band\s+(?:(?:agreed|asked|requested|resolved|instructed|directed|decided)\s+(?:that|to|(?:the\s+)?(?:clerk|officers?|staff)\s+to)|(?:endorsed|approved|adopted|accepted|supported)\s+(?:the|its|this|these)\s|(?:referred|forwarded|remitted)\s+(?:them|it|the|this|these)\s+(?:[\w’'-]+\s+){0,6}?to\s)\b/i;

export interface Outcome {
  /** Offset of the sentence in the text searched. */
  at: number;
  text: string;
  /** The lexicon rule that read the sentence as a decision. */
  rule: string;
}

const r = (lex: Lexicon, id: string, text: string): RegExpExecArray | null => lex.byFamily.outcome[id].exec(text);

/** The part of a sentence that records a decision and the rule that says so, or undefined. */
export function outcomeText(sentence: string, lex: Lexicon = lexiconFor()): { text: string; rule: string } | undefined {
  const vote = /question|vote|unanimous|(?:carried|passed)\s+\d/i.test(sentence) ? r(lex, 'after-vote', sentence.trim()) : null;
  if (vote) return { text: vote[1], rule: 'outcome.after-vote' };
  // "Resolution 2026-301, authorizing …, was offered by X, seconded by Y.": the resolution is its number and what it does.
  const offered = /^(?:resolution|ordinance)\b/i.test(sentence.trim()) ? r(lex, 'resolution-offered', sentence.trim()) : null;
  if (offered) return { text: offered[1], rule: 'outcome.resolution-offered' };
  // "A motion that X was moved by A, seconded by B and carried": the decision is the motion's own words.
  const motion = /motion/i.test(sentence) ? r(lex, 'motion-in-sentence', sentence.trim()) : null;
  if (motion) return { text: motion[1], rule: 'outcome.motion-in-sentence' };
  const passed = /motion/i.test(sentence) ? r(lex, 'motion-passed', sentence.trim()) : null;
  if (passed) return { text: passed[1], rule: 'outcome.motion-passed' };
  // "Upon motion by X, seconded by Y, the Board approved …": the movers are clutter before the decision, as after a marker.
  const movers = MOVERS_FIRST.exec(sentence.trim());
  const core = movers ? sentence.trim().slice(movers[0].length) : sentence.trim();
  const rule = outcomeRule(core, lex) ?? receivedThenDecided(core, lex);
  // "Cllr Ní Bhriain requested that the scheme be ratified by Council, and this was agreed.": the request is what was agreed.
  const asked = rule === 'outcome.trailing' ? askedIn(core) : null;
  const assent = asked ? r(lex, 'trailing', core) : null;
  if (rule && asked && assent && assent.index > asked.index) return { text: core.slice(asked.index + asked[0].length, assent.index).replace(/[\s,;]+$/, ''), rule };
  // "… said the road was dangerous and Members agreed.": a body's bare assent makes a decision only of a request.
  if (rule === 'outcome.trailing' && BODY_ASSENT_AT_END.test(core)) return undefined;
  // "… was adopted by the following vote:" over the roll call: the vote is no part of the decision.
  return rule ? { text: core.replace(/,?\s+(?:by|on)\s+the\s+following\s+(?:roll[- ]call\s+|recorded\s+)?vote\s*:?$/i, ''), rule } : undefined;
}

function outcomeRule(sentence: string, lex: Lexicon): string | undefined {
  const s = sentence.trim();
  if (s.length < 12 || /^it\s+was\s+(?:noted|reported|explained|confirmed|stated)\b/i.test(s) || /\?$/.test(s)) return undefined;
  // "WHEREAS the Council adopted a budget …": a recital of what went before, not this meeting's decision.
  if (/^whereas\b/i.test(s)) return undefined;
  // "City Council adopted this item on May 8, 2024 with amendments." / "This item was considered by
  // the Planning Committee on …": an item's tracking history over the decision printed in full below it.
  if (/\bthis\s+item\s+on\s+(?:\w+\s+)?\d|^this\s+item\s+was\s+(?:\w+\s+){0,2}?(?:considered|adopted|amended|deferred|received)\s+(?:by|at|on)\b/i.test(s)) return undefined;
  if (/\b(?:not|never)\s+(?:\w+\s+)?(?:been\s+)?(?:approved|agreed|accepted|adopted|supported|resolved)\b/i.test(s)) return undefined;
  // "Noted the report.", "Approved the revised charges.": the body's name left out, as Scottish and Welsh minutes do.
  if (r(lex, 'bare-verb', s)) return 'outcome.bare-verb';
  // "… the Cathaoirleach proposed that the plan be placed on display, which was unanimously agreed.": the request is
  // the decision, though "… display, which was agreed" reads as a passive too.
  const asked = askedIn(s) !== null;
  if (asked && r(lex, 'trailing', s)) return 'outcome.trailing';
  if (/^there\s/i.test(s) && r(lex, 'there-was', s)) return 'outcome.there-was';
  // A matter named with an indefinite article: put by movers, or disposed of ("A letter … was noted" is neither).
  if (/^an?\s/i.test(s)) {
    if (r(lex, 'moved-and-resolved', s)) return 'outcome.moved-and-resolved';
    if (r(lex, 'matter-decided', s)) return 'outcome.matter-decided';
  }
  const passive = r(lex, 'passive', s);
  // "… were accepted in their entirety and action would be taken": a speaker's account, not the record.
  // "Payments for May … were approved": a plural noun may stand for the matter, capitalised as the sentence's start.
  // "Cheques were signed by …" is the meeting's paperwork, not a decision of it.
  const named = passive && (/^(?:the|these|this|all|both|its|their|apologies|resolution|ordinance|by-?law)\b/i.test(passive[1]) || (/^[A-Z]/.test(passive[1]) && !/\b(?:was|were)\s+signed\b(?!\s+and)/i.test(s)));
  if (passive && named && !talkNamed(passive[1]) && !/\b(?:would|will|should|could|may|might|must|to)\s+be\b/i.test(passive[1]) && !/\b(?:would|could|might)\b/i.test(s)) return 'outcome.passive';
  // "A request from the Scouts … was referred to the Finance Working Group.": a matter sent on, when a body receives it
  // ("the points were referred to in the debate" go nowhere); "the application, which was referred to …" tells its history.
  const sent = /referred|forwarded/i.test(s) ? r(lex, 'referred-on', s) : null;
  if (sent && !talkNamed(sent[1]) && !/\b(?:which|that|who|whom)\b/i.test(sent[1]) && findReferrals(s.slice(sent.index), lex).length) return 'outcome.referred-on';
  // "Concerns about speeding on the B4110 to be referred to the Safer Neighbourhood Team.": a parish's shorthand for the same.
  const toBe = /\bto\s+be\s+(?:referred|forwarded)\b/i.test(s) ? r(lex, 'to-be-referred', s) : null;
  if (toBe && findReferrals(s, lex).length) return 'outcome.to-be-referred';
  // "The Clerk was instructed to write to …": an instruction the meeting gave; "Members were asked to declare …" is the agenda's routine.
  if (/\b(?:was|were)\s+(?:\w+\s+)?(?:directed|instructed|asked|authori[sz]ed|requested|tasked|delegated)\b/.test(s)) {
    const told = r(lex, 'instructed', s);
    if (told && !/^(?:members|councillors|the\s+public|all|everyone|those|attendees)\b/i.test(told[0]) && !/\bdeclare\b|\binterests?\b/i.test(s)) return 'outcome.instructed';
  }
  // Where a request stood before it, the assent was looked for above already.
  if (!asked && r(lex, 'trailing', s)) return 'outcome.trailing';
  // "Minutes … approved as presented.": a matter, not a body ("Council approved."), nor a clause ("Budget to be approved", "The plan which we approved"),
  // nor the verdict on the motion above ("Vote: Ayes 5, Nays 0. Resolution adopted.": no matter named).
  const telegraphic = TELEGRAPHIC_VERB.test(s) ? r(lex, 'telegraphic', s) : null;
  // "Grant of £250 to Glenhollow Gala agreed": a sum given to a named cause, even one named for a body ("… to the Gala
  // Committee agreed"); "to" before a verb is a clause. "The Cathaoirleach declared the Budget adopted." tells the vote's
  // result on the proposal above it, which is the record.
  if (telegraphic && (!BODY_AT_END.test(telegraphic[1]) || /^[A-Z][a-z]+\s+of\s+[£$€]\s?\d[\d,.]*\s+to\s/.test(telegraphic[1])) && !/^(?:motion|it|this|that|which|he|she|they|we)\b|^(?:the\s+)?resolution$|\b(?:be|been|was|were|is|are|will|would|should|not|which|who|that|if|when|once|declared|announced|said|stated|reported|explained)\b/i.test(telegraphic[1]) && !/\b(?:to|TO|To)\b(?!\s+(?:the\s+)?[A-Z£$€\d])/.test(telegraphic[1])) return 'outcome.telegraphic';
  if (/voted/i.test(s) && r(lex, 'it-was-voted', s)) return 'outcome.it-was-voted';
  if (/\b(?:gave|granted)\b/i.test(s) && r(lex, 'gave-consent', s)) return 'outcome.gave-consent';
  if (/unanimous\s+in\b/i.test(s) && r(lex, 'unanimous-in', s)) return 'outcome.unanimous-in';
  if (/objection|consent/i.test(s) && r(lex, 'without-objection', s)) return 'outcome.without-objection';
  if (/given|granted|reached/i.test(s) && r(lex, 'nominal', s)) return 'outcome.nominal';
  // "Consensus was that the matter needed more work": a shared view, as "Members agreed the presentation was helpful" is.
  const consensus = /consensus|agreement/i.test(s) ? r(lex, 'consensus', s) : null;
  const view = consensus && /that$/i.test(consensus[0]) && /^\s*(?:[\w’'-]+\s+){0,6}?(?:was|were|is|are|had|has|would|needed)\b/i.test(s.slice(consensus[0].length));
  if (consensus && !view) return 'outcome.consensus';
  if (/object|support/i.test(s) && r(lex, 'planning-response', s)) return 'outcome.planning-response';
  if (/elected|appointed/.test(s) && r(lex, 'elected', s)) return 'outcome.elected';
  const active = r(lex, 'active', s);
  if (!active) return undefined;
  if (/\bchief\s+executive$/i.test(active[1])) return undefined;
  // "The Chair explained that the Council approved the shelter in 2024 …", "As members will recall the Council resolved …",
  // "Last year the Council approved …": reported speech or history, the body named after a clause of its own, not the
  // sentence's subject (the pattern reads a name's words case-blind).
  if (/\b(?:that|said|explained|stated|reported|advised|told|informed|asked|whether|recall(?:ed)?|reminded|will|would)\b/i.test(active[1]) || /^(?:last|in|as|when|since|once|previously|earlier|if|although|while|whilst|because|before|until)\s/i.test(active[1])) return undefined;
  // "The IJB agreed …": a body known by its initials, so in capitals; the pattern reads case loosely, "Staff approved" is no body.
  if (/^[a-z]{2,6}$/i.test(active[1]) && !/^[A-Z]{2,6}$/.test(active[1]) && !BODY_NOUN.test(active[1])) return undefined;
  // "The Conservation Commission asked the Board to place an article …": another body's request put to this meeting, which
  // decides on it later; a meeting's own request names where it goes ("The Committee asked the Council to …").
  if (/^(?:asked|requested)$/i.test(active[2]) && PUT_TO_US.test(active[3]) && !OWN_NAME.test(active[1])) return undefined;
  if (active[2].toLowerCase() === 'recommended' && OTHER_BODY_ADVICE.test(active[3]) && /\S\s+\S/.test(active[1].replace(/^the\s+/i, ''))) return undefined;
  return verdictOn(active[2].toLowerCase(), active[3], lex) ? 'outcome.active' : undefined;
}

/** The words before a body's noun that name no other body: "City Council", "Town Board", "Full Council". */
const OWN_QUALIFIER = 'city|town|county|village|select|parish|full|borough|district';
/** A request's addressee that is the meeting itself, by its bare name: "the Board to …", "the City Council for …". */
const PUT_TO_US = new RegExp(String.raw`^(?:the\s+)?(?:(?:${OWN_QUALIFIER})\s+)?(?:board|selectboard|council|committee|commission|trustees|authority|panel)\s+(?:to|for)\s`, 'i');
/** A subject that is the meeting by its bare name ("Committee", "Town Board", "IJB"), not another body named in full. */
const OWN_NAME = new RegExp(String.raw`^(?:(?:${OWN_QUALIFIER}|community)\s+)?[\w’'-]+$|^[A-Z]{2,6}$`, 'i');

/**
 * "The Planning Commission recommended approval with conditions.", "The Zoning Board recommended denial.": a body named in
 * full giving its advice, told in the minutes of the body that decides; a committee's own recommendation names where it
 * goes ("recommended approval of the budget to Council").
 */
const OTHER_BODY_ADVICE = /^(?:approval|denial|refusal|adoption)\b(?![^.;]*\bto\s+(?:the\s+)?(?:full\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Board|Commission|Committee|Cabinet|Executive|Assembly)\b)/;

/** Whether a body's verb and what follows it record a decision, not the debate. */
function verdictOn(verb: string, object: string, lex: Lexicon): boolean {
  // "Members noted the comments": the debate. "RESOLVED to make the responses shown:" is a decision to act on them.
  // "The Panel agreed the draft response to the consultation": a paper the body settled is no talk, though its name is.
  const paper = /^(?:agreed|approved|endorsed|adopted|ratified)$/.test(verb) && DRAFTED.test(object);
  // "Members agreed that the Forum's comments be sent to …" is a decision to act on them, the subjunctive says so; so is
  // "Members asked that their concerns about transport be referred to …".
  const act = (/^(?:resolved|agreed|decided)$/.test(verb) && (TO_DO.test(object) || THAT_BE_DONE.test(object))) || (/^(?:asked|requested)$/.test(verb) && THAT_BE_SENT.test(object));
  // "The Board received the presentation and directed staff to return …": a paper of talk received, then a decision on it,
  // which the second verb says ("The Board heard the second reading and adopted the policy as revised." is judged the same).
  const received = verb === 'received' || verb === 'heard';
  const then = received ? RECEIVED_THEN.exec(object) : null;
  // "Members remitted the question of the car park tariffs to the Overview and Scrutiny Committee": talk sent on to a body is a
  // matter sent on, which the referral's test below judges.
  const sent = /^(?:referred|forwarded|remitted)$/.test(verb);
  if (TALK.test(object.split(/\s+/).slice(0, 4).join(' ')) && !paper && !act && !then && !sent) return false;
  // "CONCURRED with the officer's recommendation that …": assent to a recommendation (the lexicon asks for one) is a decision.
  if (verb === 'concurred') return true;
  if (/^(?:with|in\s+principle\s+with)\b/i.test(object)) return false;
  // "The Planning Commission recommended approval at its April 18 meeting.": what a body did at a meeting of its own, told in
  // another's minutes, is no decision of this one; the meeting follows the verb's object at once ("asked that officers present
  // the plan at its March meeting" names a meeting still to come, for the task).
  if (/^(?:[\w’'-]+\s+){0,4}?at\s+its\s+(?:[\w,]+\s+){0,5}?(?:meeting|session)\b/i.test(object)) return false;
  // "voted 5-0 to approve …", "voted unanimously in favour of …", "voted 6-1 (Commissioner Walsh dissenting) to recommend …":
  // a vote with its decision; "voted on the item" is none.
  // A select board's "voted unanimously on a motion duly made and seconded to refer …": the motion named between.
  if (verb === 'voted') return /^(?:(?:\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?|unanimously)\s+)?(?:\([^()]{1,80}\)\s+)?(?:(?:up)?on\s+(?:a\s+|the\s+)?motion\s+(?:duly\s+made\s+and\s+seconded|(?:of|by)\s+(?:[^,;.]|(?<=\b(?:Mr|Mrs|Ms|Dr|[A-Z]))\.){2,60}?,?\s+seconded\s+by\s+(?:[^,;.]|(?<=\b(?:Mr|Mrs|Ms|Dr|[A-Z]))\.){2,60}?),?\s+)?(?:to\s+[a-z]+|in\s+favou?r\s+of)\b/i.test(object);
  // "The Committee received a report from …" is how an item opens; received and filed, or received and acted on, is a decision.
  // The NHS board's "received the report and NOTED the position …" judges its second verb as the first would be judged.
  if (received) {
    if (/^and\s+filed\b/i.test(object)) return true;
    return then !== null && verdictOn(then[1].toLowerCase(), then[2], lex);
  }
  // "declared the listed equipment surplus", "declared a climate emergency": a status the body gives; "declared the meeting closed" is none.
  if (verb === 'declared') return /\b(?:surplus|vacant|emergency|void|obsolete|exempt|redundant)\b/i.test(object);
  // "The Forum requested that the Local Authority present …", "The Committee asked officers to report back": an instruction;
  // "Members asked about the figures" (or "about the exposure to local authority lending", a "to" in it), "requested
  // clarification" are the debate, and "requested that updates were provided" tells the debate in reported speech.
  if (verb === 'requested' || verb === 'asked') return /^(?:that\b(?![^.;]{0,160}?\b(?:was|were|had|would)\b)|(?!(?:about|whether|if|how|why|what|when|questions?)\b)(?:[\w’'-]+\s+){1,7}?to\s+[a-z]+|(?:for\s+)?(?:a|an|the)\s+(?:further\s+|full\s+|written\s+)?(?:report|update|briefing|review)\b)/i.test(object);
  // "The Board noted the chapter and asked that it be shared with …": what was noted matters less where a task follows it.
  if (verb === 'noted') return (NOTED_OBJECT.test(object) || NOTED_THEN_TASK.test(object)) && !/^that\b/i.test(object);
  // "the Board referred the proposed ordinance to the Planning Commission": a matter sent to a body ("referred to the comments"
  // is talk, and the pattern leaves it); "continued the item to November 17" puts a matter off to a time ("continued its
  // discussion" is the debate going on).
  if (sent) return findReferrals(`${verb} ${object}`, lex).length > 0;
  if (verb === 'continued' || verb === 'postponed') return /^(?:the|this|that|these|its|consideration)\b[^.;]{0,100}?\b(?:to|until|till)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|later|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:regular|special)\b|date\b)/i.test(object);
  // "Members agreed the presentation was helpful": agreement with a view, not a decision.
  // "Members agreed the Clerk should write …" is a task agreed.
  if (verb === 'agreed' && !/^(?:that|to)\b/i.test(object) && /^(?:[\w’'-]+\s+){0,6}?(?:was|were|is|are|had|has|would)\b/i.test(object)) return false;
  return true;
}

/** A paper the meeting settles, named by its state: "the draft response", "the proposed comments", "its formal response". */
const DRAFTED = /^(?:the|its|a|an)\s+(?:draft|proposed|revised|formal|final|written|updated|suggested)\b/i;

/** An infinitive's verb, not "to the comments": what the body resolved to do, or not to do ("agreed not to comment."). */
/** "that the comments be sent to the Parks Manager": something to be done, in the subjunctive. */
const THAT_BE_DONE = /^that\s+[^.;]{1,100}?\s+be\s+[a-z]+(?:ed|en|t)\b/i;
/** The same, sent on to someone: "that their concerns … be referred to …" (not "that their comments be noted"). */
const THAT_BE_SENT = /^that\s+[^.;]{1,100}?\s+be\s+(?:referred|forwarded|sent|passed|reported|submitted|circulated|shared|conveyed)\b/i;
const TO_DO = /^(?:not\s+)?to\s+(?!(?:the|a|an|these|this|those|its|their|our|all|any|some)\b)[a-z]+(?:\s|[.;]?$)/i;

/** "the minutes … were received", "The report was considered": a paper before the meeting, how the sentence opens. */
const RECEIVED_FIRST = /^(?:the|these|this|its|all)\s[^.;]{2,160}?\s(?:was|were)\s+(?:\w+ly\s+)?(?:received|considered|presented|submitted|read|discussed)\s+and\s+(?=(?:the|these|this|its|all)\s)/i;

/**
 * "(b) Finance Committee – the minutes of the meeting held on 24th February were received and the recommendation at minute
 * F/25/31 (insurance renewal) was adopted.": the paper received, then the decision taken on it, in one sentence.
 */
function receivedThenDecided(sentence: string, lex: Lexicon): string | undefined {
  const first = RECEIVED_FIRST.exec(sentence);
  return first && outcomeRule(sentence.slice(first[0].length), lex) === 'outcome.passive' ? 'outcome.passive' : undefined;
}

/** Abbreviations whose full stop ends no sentence: "Ms. S. Carr", "No. 12", "Cllr. Jones", "€212,400 (excl. VAT)". */
const ABBREVIATION = /(?:\b(?:mr|mrs|ms|dr|no|nos|st|cllr|cllrs|cr|clr|co|ltd|inc|etc|approx|excl|incl|cf|e\.g|i\.e|vs|para|paras|ref|prop|sec)|\b[A-Z])\.$/i;

/**
 * Every outcome sentence holds one of these verbs: most lines are dismissed by this one test. The nominal outcome is let
 * through by its nouns, not by "was given": "notice was given" is common, and each line let through costs the rules below.
 */
const ANY_VERB = new RegExp(String.raw`directed|gave\s+(?:[\w-]+\s+){0,2}?${CONSENT_NOUNS}|unanimous\s+in\s|${NOMINAL_SUBJECT}\s|declared|awarded|instructed|tasked|(?:was|were)\s+(?:\w+\s+)?(?:asked|requested)|(?:requested|asked)\s+(?:that\s|for\s|(?:[\w’'-]+\s+){1,5}?to\s+[a-z]|(?:a|an)\s+(?:further\s+|full\s+|written\s+)?(?:report|update|briefing|review)\b)|object|support|tabled|continued|postponed|adjourned\s+(?:the\s+|its\s+)?(?:hearing|consideration|application|matter|item|review|appeal)\b|denied|declined|referred|forwarded|remitted|filed|(?:set|fixed)\s+at\s+[£$€\d]|${SET_SUM}|concurred|consented|assented|determined|upheld|dismissed|authori[sz]ed|delegated\s+(?:its\s+)?(?:authority|powers?|responsibility)|approved|agreed|decided|consensus|agreement\s+(?:that|to)\s|gave\s+direction|noted|accepted|confirmed|adopted|endorsed|ratified|carried|passed|deferred|granted|refused|rejected|supported|signed|resolved|elected|appointed|certified|designated|proclaimed|voted|recommended|waived|introduced|offered\s+by\s|sought\s`, 'i');

/**
 * Where a sentence starts: a full stop before a capital, a colon before bullets (the list is its content); a planning list's
 * next application opens with its reference ("… has no objection. 27/00187/OUT – Land north of …"), and a body's own
 * sentence may follow the application's colon ("26/0052/LBC – The Old Vicarage: The Council objects on heritage grounds.",
 * "…, 3 Church Close: Members raised no objection."). A list's number after a stop ("… £3,100,000. 2. Cabinet recommended …")
 * is a piece of its own, no word of either sentence.
 */
const SENTENCE_CUT = new RegExp(String.raw`(?<=[.!?]["”’)]*)\s+(?=[A-Z“"‘]|\d{2,4}\/\d{2,5}\/[A-Z]{2,6}\b|\d{1,2}\.\s+[A-Z])|(?<=[.!?]\s+\d{1,2}\.)\s+(?=[A-Z])|(?<=:)\s*(?=[•·▪●◦])|(?<=:)\s+(?=(?:The\s+(?:[A-Z][\w’'&-]*\s+){0,3}(?:${BODY_NOUNS})|Members|Councillors)\s+[a-z])`, 'g');

/** The outcome sentences in a line of running text, with where each starts. */
export function outcomeSentences(text: string, lex: Lexicon = lexiconFor()): Outcome[] {
  const out: Outcome[] = [];
  if (!ANY_VERB.test(text)) return out;
  let start = 0;
  const cuts = [...text.matchAll(SENTENCE_CUT)].filter((m) => !ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index)));
  let previous = '';
  let previousAt = 0;
  let previousRead = false;
  for (const end of [...cuts.map((m) => m.index), text.length]) {
    const raw = text.slice(start, end);
    const sentence = raw.trim();
    const found = sentence ? outcomeText(sentence, lex) ?? afterDash(raw, lex) : undefined;
    const asked = BARE_ASSENT.test(sentence) ? askedIn(previous) : ASSENT_ALONE.test(sentence) ? TASK_AGREED.exec(previous) ?? askedIn(previous) ?? PROPOSAL.exec(previous) : null;
    // "Cllr Brady asked that the item be placed on the agenda. This was agreed.": what was agreed is the request before it,
    // unless the request was read already ("Members asked that the risk be brought back in June. This was agreed.").
    const read: Outcome | undefined = asked ? (previousRead ? undefined : { at: previousAt + asked.index + asked[0].length, text: previous.slice(asked.index + asked[0].length).trim(), rule: found?.rule ?? 'outcome.trailing' })
      : found && { at: start + raw.indexOf(found.text), text: found.text, rule: found.rule };
    if (read) out.push(read);
    previousRead = read !== undefined;
    previous = raw.trimEnd();
    previousAt = start;
    start = end;
  }
  return out;
}

/**
 * "25/0121/FUL Change of use of former bank – the Community Council agreed to object …": a
 * planning list's row, its title, a dash (or a short label's colon), then the verdict as a sentence. Tried only where
 * the whole is no outcome sentence, so a dash inside one never cuts it.
 */
function afterDash(raw: string, lex: Lexicon): { text: string; rule: string } | undefined {
  // "a) Payments: the following payments were approved: …": a sub-item's label and its colon, then the sentence; a planning
  // list's reference and site too ("26/04187/FUL Holiday lodges, Blackmuir Wood: the CC agreed to object …").
  // A New England select board's topic before its sentence in capitals: "Warrant: Upon a motion by Mr. Boyle, … the Board
  // voted …" (a short topic, not a reason or a note, which tell why; a sentence with its subject, not a label's bare verb).
  // Its dashes too: "26/03012/HOU – 12 Orchard Way – two-storey rear extension: the Committee objects …".
  const label = /^\s*[A-Z0-9][\w’' ,&/()–—-]{1,80}:\s+(?=[a-z])/.exec(raw) ?? TOPIC_THEN_SENTENCE.exec(raw);
  const labelled = label ? afterTopic(raw.slice(label[0].length).trim(), lex) : undefined;
  if (labelled) return labelled;
  // "The Clerk reported the precept form had been received; the Council resolved to defer …": a parish's report, then
  // the decision on it after a semicolon.
  for (const m of raw.matchAll(/\s[–—-]\s+(?=\S)|;\s+(?=[a-z])/g)) {
    const found = afterTopic(raw.slice(m.index + m[0].length).trim(), lex);
    if (found) return found;
  }
  return undefined;
}

/**
 * The sentence after a topic's colon or dash. "c) Precept: deferred to the January meeting.", "Precept – approved the
 * figure of £24,500.": the verdict with its body left out, in lower case after the topic, reads as it would opening a line.
 */
function afterTopic(rest: string, lex: Lexicon): { text: string; rule: string } | undefined {
  const found = outcomeText(rest, lex);
  if (found || !/^[a-z]/.test(rest)) return found;
  const upper = outcomeText(rest[0].toUpperCase() + rest.slice(1), lex);
  return upper?.rule === 'outcome.bare-verb' && upper.text[0] === rest[0].toUpperCase() ? { ...upper, text: rest[0] + upper.text.slice(1) } : undefined;
}

// A parish's correspondence row is a longer topic: "b) Email from the County Council about the Local Transport Plan
// consultation: Council agreed to respond …".
const TOPIC_THEN_SENTENCE = /^\s*(?!(?:reasons?|background|purpose|notes?|comments?|summary|context|history)\b)[A-Z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,15}:\s+(?=(?:Upon|On|After|Following|The|It|Members|Councillors|Council)\s)/i;

/** An assent with no words of its own: "This was agreed.", "That was unanimously approved." */
const BARE_ASSENT = new RegExp(String.raw`^(?:(?:this|that|which|it)\s+was\s+(?:\w+ly\s+)?(?:agreed|approved)(?:\s+(?:by\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:committee|council|board|members|meeting)|by\s+(?:a\s+)?show\s+of\s+hands|unanimously))?|${BODY_ASSENT})\s*[.;]?$`, 'i');
/** A sentence that only assents ("Agreed.", "It was AGREED.", "This was agreed."): the verdict on a motion read above it. */
export const isAssentAlone = (text: string): boolean => ASSENT_ALONE.test(text) || BARE_ASSENT.test(text.trim());
/**
 * "Ferry Committee: Secretary to write to CalMac …", "Treasurer to pay the hall hire of £30.": the task "Agreed." answers,
 * after the matter's label (group 0 ends where the task's words begin).
 */
const TASK_AGREED = new RegExp(String.raw`^\s*(?:[A-Z][\w’' ,&/()-]{1,40}:\s+)?(?=${TASK_OPENING})`);
/**
 * "The sub-group recommended awards to the playgroup (£1,200) and the hall committee (£2,500)." then "Agreed.": a community
 * council agrees to what was put to it, the whole sentence (group 0 is empty).
 */
const PROPOSAL = new RegExp(String.raw`^\s*(?=${PROPOSAL_OPENING})`);
/** "… and Council concurred.": the assent is a body's, so stands only after a request. */
const BODY_ASSENT_AT_END = new RegExp(String.raw`\b${BODY_ASSENT}\s*[.;]?$`, 'i');
/** The request an assent answers: "Cllr Brady asked that …", "The Clerk proposed to …". */
const ASKED_THAT = /\b(?:asked|requested|proposed|suggested|recommended|sought\s+agreement)\s+(?=(?:that|to)\s)/i;
/**
 * "Commissioner Ito asked staff to prepare a memo …": who is asked stays in the request. Case-sensitive, so "had requested
 * permission to attend" asks nothing of anyone.
 */
const ASKED_OF = /\b(?:asked|requested)\s+(?=(?:the\s+)?(?:staff|officers|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+to\s+[a-z])/;

/** "Trustee Delgado asked that the fee be waived …" then, on a line of its own, "The Board concurred.": one outcome. */
export function assentsTo(request: string, line: string): boolean {
  return BARE_ASSENT.test(line) && askedIn(request) !== null;
}

/** Where the request in a sentence ends and its words begin. */
function askedIn(s: string): RegExpExecArray | null {
  return ASKED_THAT.exec(s) ?? ASKED_OF.exec(s);
}

/**
 * Talk, not a matter, is what the sentence's subject names by its head noun: "The concerns raised were referred to …", not "The
 * request of Dr. Vance regarding ambulance response times was referred to …", whose "response" only describes the request.
 */
function talkNamed(subject: string): boolean {
  return TALK.test(subject.split(HEAD_ENDS)[0]);
}

/** Where a subject's head noun ends and what describes it begins: "The request| of Dr. Vance| regarding …". */
const HEAD_ENDS = /\s+(?:of|from|regarding|about|on|re|concerning|for|by|in|to|with|relating|raised|made|received|submitted)\b/i;
