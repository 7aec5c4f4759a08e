import type { Line } from '../../text/line.js';
import type { Effect, Item, Owner, RecommendationOrigin } from '../../types.js';
import type { ClauseNumber, NumberStyle } from '../../text/numbering.js';

/** A clause read out of the lines: one resolution or recommendation before it becomes a record. */
export interface Clause {
  kind: 'resolution' | 'recommendation';
  origin?: RecommendationOrigin;
  number?: ClauseNumber;
  parts: string[];
  line: number;
  column: number;
  item?: string;
  /** The body a committee recommendation is addressed to ("RECOMMENDED to Council"). */
  to?: string;
  /** What the marker word decided ("DEFERRED", "– APPROVED"), when the clause text does not say. */
  effects?: Effect[];
  /** Styles of the sub-lists inside this clause (conditions, bullets of a delegation, nested levels). */
  subStyles?: NumberStyle[];
  /**
   * The last sub-item's number read into this clause: a "2." right after its "1." goes on that sub-list, a number far past
   * it does not ("2." then "90. 25/01103/LBC …" is an item).
   */
  lastSub?: ClauseNumber;
  /** The clause took a bulleted list (its conditions, its terms): the bullets that follow are more of it, whatever ends the one before. */
  bullets?: boolean;
  /** This clause is a lead-in ("That approval be given to:") whose list items became clauses. */
  lead?: boolean;
  /** The lead-in a list item belongs to: its verb and target apply to the item. */
  leadText?: string;
  /** Who a parish's "Action: Clerk" line under the clause names to act on it, and that line's words. */
  assignee?: Owner;
  /** Ids of the rules that made this clause: the lexicon's (`marker.resolved`) and the reader's own (`reader.list-item`). Shared: see `evidence`. */
  rules: readonly string[];
}

/** Clauses being read under one marker, mover label or bare first clause, until something ends them. */
export interface Block {
  kind: Clause['kind'];
  origin?: RecommendationOrigin;
  to?: string;
  /** Style of the clause numbers at this block's top level; 'plain' for unnumbered, 'bullet' for bullets. */
  level?: NumberStyle | 'plain' | 'bullet';
  /** "3.5 ... the following recommendations": only 3.5.x belong to the block. */
  parent?: ClauseNumber;
  /** The marker line had no clause of its own: the clauses follow below it. */
  intro: boolean;
  /** No marker word: every clause must qualify on its own. */
  bare: boolean;
  /** A moved motion: its clauses count only once it is carried (or not reported lost). */
  pending?: boolean;
  /** Only numbered or bulleted lines are its clauses ("The Committee:" over "(a) noted …"): plain text below ends it. */
  listOnly?: boolean;
  /** The lead-in whose list items are this block's clauses, and the level it stood at. */
  lead?: { text: string; level: Block['level']; number?: ClauseNumber };
  effect?: Effect;
  /**
   * "Community Board Resolved CB/2025/4" then "Officer recommendation accepted without change." then the clauses: the
   * verdict line, kept in case no clause follows it (then it is the record).
   */
  verdict?: Line;
  marker?: Line;
  /** The rules that opened the block: every clause in it carries these ids. */
  rules: readonly string[];
  clauses: Clause[];
}

export interface ReadResult {
  clauses: Clause[];
  items: Item[];
  /**
   * Lines read that made no record of their own: a clause read again and left out as a copy
   * (ModernGov's Decision and Minutes), a "Carried" that settled a motion read above it.
   */
  claimed: number[];
}

/**
 * One shared, frozen array per combination of evidence ids: a 20 MB document makes tens of
 * thousands of clauses but only a few dozen combinations, and an array each cost 25 MB.
 */
const EVIDENCE = new Map<string, readonly string[]>();
export function evidence(...ids: string[]): readonly string[] {
  const key = ids.join('+');
  let found = EVIDENCE.get(key);
  if (!found) EVIDENCE.set(key, (found = Object.freeze(ids)));
  return found;
}

/** A clause read from this line's words, where a source line cut into several holds others too. */
export const readFrom = (c: { line: number; column: number }, l: Line): boolean => c.line === l.line && c.column >= l.column && c.column <= l.column + l.text.length;
