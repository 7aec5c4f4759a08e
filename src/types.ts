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

export interface Resolution {
  id: string;
  item?: string;
  number?: string;
  text: string;
  effects: Effect[];
  action: boolean;
  position: Position;
}

export type RecommendationOrigin = 'report' | 'committee' | 'external';

export interface Recommendation {
  id: string;
  item?: string;
  number?: string;
  text: string;
  origin: RecommendationOrigin;
  position: Position;
}

export type ReferralKind = 'refer' | 'recommend' | 'report-back' | 'resubmit' | 'request' | 'circulate';

export interface Referral {
  id: string;
  from: string;
  to: string;
  kind: ReferralKind;
  position: Position;
}

export interface ParsedDocument {
  file: string;
  meeting: Meeting;
  items: Item[];
  resolutions: Resolution[];
  recommendations: Recommendation[];
  referrals: Referral[];
}
