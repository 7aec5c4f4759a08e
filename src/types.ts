/** A place in the source file, 1-based, as a person would look it up in an editor. */
export interface Position {
  line: number;
  column: number;
  /** PDF only: the page, and `line` counts from its top. */
  page?: number;
}

export type DocumentKind = 'minutes' | 'report';

export interface Meeting {
  body?: string;
  date?: string;
  kind: DocumentKind;
  title?: string;
}

export interface Item {
  id: string;
  number?: string;
  title: string;
  position: Position;
}

/** The small fixed vocabulary of what a clause does; README maps each to the action flag. */
export type Effect =
  | 'noted'
  | 'received'
  | 'approved'
  | 'agreed'
  | 'accepted'
  | 'endorsed'
  | 'adopted'
  | 'supported'
  | 'confirmed'
  | 'referred'
  | 'recommended'
  | 'requested'
  | 'delegated'
  | 'authorised'
  | 'deferred'
  | 'rejected'
  | 'amended'
  | 'resubmitted'
  | 'circulated'
  | 'reported-back'
  | 'excluded'
  | 'appointed'
  | 'thanked';

/** Who must act, from the clause's own words ("the Chief Executive be asked to"). */
export interface Owner {
  name: string;
  words: string;
}

/**
 * When it is due: a `date`, a `rule` relative to the meeting ("next meeting", "within 6
 * months", "quarterly", "in due course"), or both when the rule gives a date.
 */
export interface Due {
  date?: string;
  rule?: string;
  words: string;
}

/** A member named as mover or seconder: the name without its title, and the words that name them. */
export interface Person {
  name: string;
  words: string;
}

/** A vote as the minutes print it: counts, names, or only that it was unanimous. */
export interface Vote {
  for?: number;
  against?: number;
  abstain?: number;
  /** "unanimously", "unanimous". */
  unanimous?: boolean;
  /** "nem con": no one against, though some may have abstained. */
  nem_con?: boolean;
  for_names?: string[];
  against_names?: string[];
  abstain_names?: string[];
  words: string;
}

export type OutcomeValue = 'carried' | 'lost' | 'withdrawn';

/** What became of the motion: "CARRIED", "The substantive motion as amended was carried". */
export interface Outcome {
  value: OutcomeValue;
  as_amended?: boolean;
  words: string;
}

/** An amendment put to the motion before it was decided. */
export interface Amendment {
  mover?: Person;
  seconder?: Person;
  /** What the amendment proposed, when the minutes print it. */
  text?: string;
  outcome?: Outcome;
  vote?: Vote;
  words: string;
}

/** How the meeting came to a decision: read from the lines around it, each part with its source words. */
export interface MotionFacts {
  mover?: Person;
  seconder?: Person;
  vote?: Vote;
  outcome?: Outcome;
  amendments?: Amendment[];
}

/** Whether the decision can be called in, and until when ("Call-in expiry: 5pm on 21 March 2024"). */
export interface CallIn {
  subject: boolean;
  /** The last day of the call-in period. */
  expires?: string;
  /** Its hour, 24-hour ("17:00"), when the words give one. */
  time?: string;
  /** Why it is not subject to call-in, when the words say: `urgency`. */
  reason?: string;
  words: string;
}

/** When the decision takes effect: a date, a rule ("immediately", "30 days after adoption"), or both. */
export interface Effective {
  date?: string;
  rule?: string;
  words: string;
}

export interface Resolution extends MotionFacts {
  id: string;
  item?: string;
  number?: string;
  text: string;
  effects: Effect[];
  action: boolean;
  /** Action-bearing clauses only, when the wording names them. */
  owner?: Owner;
  due?: Due;
  call_in?: CallIn;
  effective?: Effective;
  position: Position;
  /** Evidence: ids of the rules that made the record (docs/WORDINGS.md lists them). Not written to the store. */
  rules?: readonly string[];
}

export type RecommendationOrigin = 'report' | 'committee' | 'external';

export interface Recommendation {
  id: string;
  item?: string;
  number?: string;
  text: string;
  origin: RecommendationOrigin;
  position: Position;
  /** Evidence, as on a resolution. */
  rules?: readonly string[];
}

export type ReferralKind = 'refer' | 'recommend' | 'report-back' | 'resubmit' | 'request' | 'circulate';

export interface Referral {
  id: string;
  from: string;
  to: string;
  kind: ReferralKind;
  position: Position;
  /** Evidence: the rule that found the referral, or the marker that named the body ("RECOMMENDED to Council"). Not written to the store. */
  rule?: string;
}

export interface ParsedDocument {
  file: string;
  meeting: Meeting;
  items: Item[];
  resolutions: Resolution[];
  recommendations: Recommendation[];
  referrals: Referral[];
}
