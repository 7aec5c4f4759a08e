import type { Line } from '../../text/line.js';
import type { Amendment, Item, MotionFacts, Resolution } from '../../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { LineFacts } from './facts.js';
import { factsByLine, placeKey, startsByLine, verdictNext } from './lines.js';
import { mergeVotes, noesWon } from './votes.js';
import { setFields } from '../set-fields.js';
import { moversAfter } from './tabled.js';
import { isMainMotionVerdict, matchMarker, VERDICT_AFTER } from '../markers.js';
import { MOVED_THAT, MOVER_VERB_FIRST, SECONDED_THAT } from '../../lexicon/words.js';

/** Resolutions read together (one motion, one "RESOLVED" and its list) share their mover, vote and outcome. */
interface Group {
  members: Resolution[];
  facts: MotionFacts;
  /** A line with motion facts was read since the group began: a resolution after it is another motion's. */
  sealed: boolean;
  /** The group is an amendment that became the motion: an amendment's verdict is its own. */
  amended?: boolean;
}

/**
 * Give each resolution the mover, seconder, vote, outcome and amendments printed around
 * it. Movers usually stand before the motion and verdicts after it, so a mover line goes
 * to the next motion unless it is printed as an afterword ("(Proposed Cllr A, seconded
 * Cllr B)") or only a verdict follows it; a vote or verdict goes to the motion above.
 * Nothing crosses an item's title.
 */
export function attachMotions(lines: Line[], resolutions: Resolution[], items: Item[], lex: Lexicon): void {
  const starts = startsByLine(lines, resolutions);
  // By line and column: "1. MINUTES. Director Stroud moved …" is split into the item's title and its motion, on one source line.
  const itemLines = new Set(items.map((i) => placeKey(i.position.line, i.position.column)));
  const facts = factsByLine(lines, lex);
  const all: Group[] = [];
  let open: Group | undefined;
  let last: Group | undefined;
  let pending: MotionFacts = {};
  let amendments: Amendment[] = [];
  let amendment: Amendment | undefined;
  let amendmentNext = false;
  let headed = false;
  // Where this item's groups start in `all`.
  let itemFrom = 0;
  // "The MOTION TO AMEND FAILED by the following vote:" / "Yes: …" / "No: …": the roll call printed straight under an
  // amendment's verdict is the amendment's, not the motion's.
  let spent: { amendment: Amendment; at: number } | undefined;
  /** The line at which `last` took its verdict. */
  let settledAt = -1;
  // The line of the last decision read: "MOTION: X moved to adopt …" / "SECONDED by Y." seconds the motion above it.
  let hereAt = -1;
  // Amendments put before the motion was decided belong to the motion open then, or the next one.
  const settle = (g: Group | undefined) => {
    if (!g || amendments.length === 0) return;
    g.facts.amendments = [...(g.facts.amendments ?? []), ...amendments];
    amendments = [];
  };
  for (const [i, line] of lines.entries()) {
    const here = starts.get(line);
    if (itemLines.has(placeKey(line.line, line.column))) {
      itemFrom = all.length;
      settle(open ?? last);
      open = last = amendment = undefined;
      amendmentNext = headed = false;
      pending = {};
      amendments = [];
    }
    const f = facts[i];
    // "Resolved by 7 votes to 2 that …" and, with no item title between, "RESOLVED nem. con. that …": a marker opens another decision.
    // "RESOLVED, that …; and be it further" / "RESOLVED, that …": chained to the one above, one motion still.
    const chained = open && /(?:\band(?:\s+be\s+it)?\s+further|;\s*and)\s*[,;:]?$/i.test(open.members[open.members.length - 1]?.text ?? '');
    if (open && here && !chained && matchMarker(line.text, lex)) {
      settle(open);
      open = last = undefined;
    }
    if (here) {
      // An action line ("Board Action: Continued to October 21.") is the whole of its item's decision, never more of the last one.
      // So is a sentence that records a decision of its own ("The Board voted 2-1 to …" then "The Board agreed by consensus to …").
      // So is a matter with its verdict after it ("a) To approve the payments list. Resolved." then "b) … RESOLVED unanimously.").
      const ownAction = here.some((r) => r.rules?.some((id) => id === 'label.action-line' || id === 'label.verdict-under-title' || id === 'reader.matter-before') || r.rules?.[0]?.startsWith('outcome.') || VERDICT_AFTER.has(r.rules?.[0] ?? ''));
      if (open && !open.sealed && !ownAction && !(f?.mover || f?.seconder)) open.members.push(...here);
      else {
        open = { members: [...here], facts: pending, sealed: false };
        all.push(open);
        pending = {};
        settle(open);
      }
      // The reader kept the amendment's words as the decision (it "was carried and became the motion"): its movers are the
      // decision's, and the amendment's verdict below is the decision's own.
      if (here.some((r) => r.rules?.includes('label.amendment-heading'))) {
        if (amendment?.mover) open.facts.mover = amendment.mover;
        if (amendment?.seconder) open.facts.seconder = amendment.seconder;
        open.amended = true;
        amendment = undefined;
        amendmentNext = headed = false;
      }
      last = undefined;
      hereAt = i;
    }
    // "AMENDMENT" / "Moved Cr Lee" / "That the tender be deferred …": the amendment's own words.
    if (!f && amendment && !here && !amendment.text && /^["“]?(?:that|to)\s/i.test(line.text)) amendment.text = line.text;
    if (!f) continue;
    // Under an "Amendment: C-2025-089" heading a bare "Defeated" is the amendment's verdict, and the motion still stands (a bare
    // "Carried" there is read as the motion's, as the reader reads it).
    const headedVerdict = headed && amendment !== undefined && f.outcome !== undefined && f.outcome.value !== 'carried' && !/\bmotion\b/i.test(line.text);
    const amending = !open?.amended && (f.amendment || amendmentNext || headedVerdict || (amendment !== undefined && !f.outcome && Boolean(f.mover || f.seconder)));
    if (amending && !here) {
      amendmentNext = Boolean(f.heading);
      if (f.heading) {
        headed = true;
        if (f.mover || f.seconder) amendment = { ...movers(f), words: line.text.trim() };
        continue;
      }
      amendment = readAmendment(f, amendment, line.text);
      if (amendment.outcome) {
        // "… and the amendment was accordingly carried" with no motion read: the decision printed below ("Decision: The
        // Committee agreed to note …") is the amendment's, so its movers are the amendment's, not the fallen motion's.
        if (!open && amendment.outcome.value === 'carried') pending = { ...(amendment.mover ? { mover: amendment.mover } : {}), ...(amendment.seconder ? { seconder: amendment.seconder } : {}), outcome: amendment.outcome };
        const put = ordered(amendment);
        amendments.push(put);
        spent = { amendment: put, at: i };
        amendment = undefined;
        headed = false;
        settle(open);
      }
      if (open) open.sealed = true;
      continue;
    }
    if (f.mover || f.seconder) {
      // Printed after the decision ("Moved: X" / "Second: Y" / "CARRIED"): each role goes back only to a decision still without it.
      // "Motion in the name of Cllr. B. Nolan:" over the motion, then "On the proposal of Cllr. Nolan, seconded by …, the motion
      // was adopted.": the same member named twice is still free to take the seconder and verdict.
      const free = open && !(f.mover && open.facts.mover && !sameMember(f.mover.name, open.facts.mover.name)) && !(f.seconder && open.facts.seconder);
      const seconds = Boolean(f.seconder && !f.mover && open?.facts.mover && hereAt === i - 1);
      const backward = free && !here && !f.ownMotion && (f.after || f.outcome || f.vote || seconds || verdictNext(facts, lines, i, starts, itemLines) || toldDone(open, line, lines[i + 1], lines[i + 2]));
      // Granicus prints "RESULT: ADOPTED [4 TO 1]" and then "MOVER:" / "SECONDER:": the roles of the decision just read.
      const prior = open ?? last;
      const granicus = !here && prior && /^(?:mover|seconder)\s*:/i.test(line.text) && /^(?:result|mover)\s*:/i.test(lines[i - 1]?.text ?? '') && !(f.mover && prior.facts.mover) && !(f.seconder && prior.facts.seconder);
      if (granicus && prior) prior.facts = { ...movers(f), ...prior.facts };
      // A decision's own line names its movers over any left pending from a motion above that came to nothing; a mover named
      // there starts the motion afresh, so that motion's seconder and vote go too ("… moved to open the public hearing." /
      // "Mr. Osei seconded. Vote: 5-0-0." / "Mr. Osei moved to approve …" / "Ms. Baptista seconded.").
      else if (open && here) open.facts = f.mover ? { ...(open.facts.outcome ? { outcome: open.facts.outcome } : {}), ...movers(f) } : { ...open.facts, ...movers(f) };
      else if (open && backward) open.facts = { ...movers(f), ...open.facts };
      // "2. Minutes of February meeting" / "Accepted." / "Proposed AC, seconded FL.": the movers of the verdict just read.
      else if (!open && last && settledAt === i - 1 && !(f.mover && last.facts.mover) && !(f.seconder && last.facts.seconder) && !f.ownMotion && toldDone(last, line, lines[i + 1], lines[i + 2])) last.facts = { ...movers(f), ...last.facts };
      else {
        open = last = undefined;
        pending = { ...(pending.outcome ? {} : pending), ...movers(f) };
      }
    }
    if (spent && spent.at === i - 1 && f.vote && !f.mover && !f.seconder && !f.outcome && !here) {
      spent.at = i;
      const vote = mergeVotes(spent.amendment.vote, f.vote);
      if (vote) reorder(spent.amendment, ordered({ ...spent.amendment, vote }));
      continue;
    }
    if (f.vote) {
      const target = open ?? (pending.mover || pending.seconder || f.outcome ? undefined : last);
      if (target) target.facts.vote = mergeVotes(target.facts.vote, f.vote);
      else pending.vote = mergeVotes(pending.vote, f.vote);
      // "AYES: Reinholt. NOES: Tanaka, Vasquez, Obi.": a roll call the noes won defeats the motion pending, verdict word or not
      // (the reader made it no record), so its movers and vote go with it.
      if (!target && !f.outcome && noesWon(pending.vote)) pending = {};
    }
    // "VOTED: to close the warrant … (Moved: …; Vote: 3-0)" then "Motion to approve the change of manager failed for lack of a
    // second.": a verdict on a motion of its own words, which made no record, is no verdict on the decision above it.
    if (f.outcome && f.ownVerdict && !here) {
      settle(open);
      if (open) last = open;
      open = undefined;
      pending = {};
      continue;
    }
    if (f.outcome) {
      // "The motion was accordingly carried": an amendment still open was put and fell, though the minutes do not say so.
      if (amendment) {
        amendments.push(ordered(amendment));
        amendment = undefined;
      }
      settle(open);
      // "Amendment Carried" / "Main Motion as Amended Carried": the second verdict is the motion's, read before the amendment.
      const main = !open && isMainMotionVerdict(line.text, lex) ? all.slice(itemFrom).reverse().find((g) => !g.facts.outcome && !g.members.some((r) => r.rules?.includes('label.amendment-heading'))) : undefined;
      if (main) main.facts.outcome = f.outcome;
      else if (open) {
        open.facts.outcome = f.outcome;
        settledAt = i;
      }
      // "The motion was put and carried." then "RESOLVED – That …": the verdict waits for the decision it
      // names; a motion lost or withdrawn with no record of its own takes its movers with it.
      else pending = f.outcome.value === 'carried' ? { ...pending, outcome: f.outcome } : {};
      last = open;
      open = undefined;
    } else if (open && (!here || tallyEnds(line.text, f))) open.sealed = true;
  }
  settle(open ?? last);
  for (const g of all) for (const r of g.members) setFacts(r, r.rules?.includes('reader.tabled-motion') ? tabledFacts(r, g.facts) : r.rules?.includes('reader.named-motion') ? namedFacts(r) : g.facts);

  /** The index of the line a resolution starts on: a search, made only for the few records that fetched their words. */
  function startIndex(r: Resolution): number {
    return lines.findIndex((l) => starts.get(l)?.includes(r));
  }

  /**
   * A resolution that named the motion or amendment it adopted ("to adopt the amendment.") takes the movers printed over those
   * words ("Councillor Mennie, seconded by Councillor Hutchison, moved as an amendment:-"); the division counted both sides, so
   * its tally is no vote for either record.
   */
  function namedFacts(r: Resolution): MotionFacts {
    const k = startIndex(r);
    const f = k > 0 ? facts[k - 1] : undefined;
    return f ? movers(f) : {};
  }

  /**
   * A decision that fetched tabled words ("The Committee agreed in terms of the motion.") takes the movers printed under those
   * words, not whichever motion or amendment stood nearest it; its verdict is its own when it was carried.
   */
  function tabledFacts(r: Resolution, near: MotionFacts): MotionFacts {
    const k = startIndex(r);
    const m = k < 0 ? undefined : moversAfter(lines, k);
    const f = m === undefined ? undefined : facts[m];
    return { ...(f ? movers(f) : {}), ...(near.outcome?.value === 'carried' ? { outcome: near.outcome } : {}) };
  }
}

/**
 * "Minutes of the EGM were approved." then "Proposed G. Ross, seconded K. Sinclair.": a decision told as done (a sentence, a
 * verdict after its matter) takes no motion after it, so a line of movers alone printed under it names its own, unless it
 * leads into a motion.
 */
function toldDone(open: Group | undefined, line: Line, next: Line | undefined, after: Line | undefined): boolean {
  // "… seconded Cllr Finch and RESOLVED." assents to the matter above; "… and RESOLVED that …" opens a motion of its own.
  // "Approved, proposed K. Munro, seconded S. Walker.": the verdict the title stands for, its movers after it.
  if (!open || !MOVER_VERB_FIRST.test(line.text.replace(VERDICT_FIRST, '')) || /:\s*$|\bthat\b|\b(?:resolved|agreed)\s+\S/i.test(line.text)) return false;
  // "Proposed by Alderman Kerr," / "Seconded by Councillor Doak," / "AGREED – That the Council write …": the movers of the
  // decision below them, past the seconder's own line.
  const below = next && MOVER_VERB_FIRST.test(next.text) ? after : next;
  if (below && (/^["“]?(?:that|to)\s/i.test(below.text) || /^(?:agreed|resolved)\s*[:\-–—]*\s*(?:that|to)\b/i.test(below.text))) return false;
  // "2. Minutes of February meeting" / "Accepted. Proposed AC, seconded FL.": a title's verdict under it is told as done too.
  return open.members.every((r) => r.rules?.[0]?.startsWith('outcome.') || VERDICT_AFTER.has(r.rules?.[0] ?? '') || r.rules?.includes('reader.matter-before') || r.rules?.[0] === 'label.verdict-under-title');
}

const VERDICT_FIRST = /^(?:Approved|Accepted|Agreed|Adopted|Noted|Received|Ratified)\s*[,–—-]\s*/;

/** "Ordinance adopted 5-0.": a decision that ends in its own tally is closed; the next line is another decision ("Resolved by 7 votes to 2 that:" is not). */
function tallyEnds(text: string, f: LineFacts): boolean {
  if (!f.vote) return false;
  const at = text.lastIndexOf(f.vote.words);
  return at >= 0 && at + f.vote.words.length >= text.replace(/[\s.;)\]]+$/, '').length;
}

function movers(f: LineFacts): MotionFacts {
  return { ...(f.mover ? { mover: f.mover } : {}), ...(f.seconder ? { seconder: f.seconder } : {}) };
}

/** An amendment's line read into the amendment being put: its movers first, its verdict and vote after. */
function readAmendment(f: LineFacts, current: Amendment | undefined, text: string): Amendment {
  const a: Amendment = current ?? { words: text.length <= 240 ? text.trim() : (f.mover ?? f.seconder ?? f.outcome ?? f.vote)!.words };
  if (f.mover && !a.mover) a.mover = f.mover;
  if (f.seconder && !a.seconder) a.seconder = f.seconder;
  const moved = f.ownMotion ? MOVED_THAT.exec(text) ?? SECONDED_THAT.exec(text) : null;
  if (moved && !a.text) a.text = moved[1];
  const vote = mergeVotes(a.vote, f.vote);
  if (vote) a.vote = vote;
  if (f.outcome) a.outcome = f.outcome;
  return a;
}

/** An amendment's parts in the order records print them. */
function ordered(a: Amendment): Amendment {
  const { mover, seconder, text, vote, outcome, words } = a;
  return { ...(mover ? { mover } : {}), ...(seconder ? { seconder } : {}), ...(text ? { text } : {}), ...(vote ? { vote } : {}), ...(outcome ? { outcome } : {}), words };
}

/** An amendment's parts put back in print order in the same object, which a group's facts may already hold. */
function reorder(a: Amendment, next: Amendment): void {
  for (const key of Object.keys(a) as (keyof Amendment)[]) delete a[key];
  Object.assign(a, next);
}

/** A group's facts on each of its resolutions: a copy each, so a hand edit of one in a script leaves the others. */
function setFacts(r: Resolution, facts: MotionFacts): void {
  const { mover, seconder, vote, outcome, amendments } = structuredClone(facts);
  setFields(r, { mover, seconder, vote, outcome, amendments });
}

/** "Nolan" and "B. Nolan": one member, by surname. */
function sameMember(a: string, b: string): boolean {
  const surname = (n: string) => n.trim().split(/\s+/).pop()!.toLowerCase();
  return surname(a) === surname(b);
}
