/**
 * Whether two texts are about the same matter: shared subject words, after dropping
 * the words every committee paper uses. Item titles carry the subject best ("Fleet
 * Replacement Programme"); clause texts add the rest.
 */
const COMMON = new Set(('a an the and or of to in on for by with at from as be is are was were been it its this that these those ' +
  'which who whom their there than then into upon under over about after before within any all each such other further ' +
  'report reports update updates item items minute minutes meeting meetings committee committees board boards council ' +
  'cabinet panel commission sub group forum resolved resolution resolutions recommend recommended recommendation ' +
  'recommendations agreed approve approved note noted received receive consider considered consideration ' +
  'refer referred referral forward forwarded submit submitted resubmit resubmitted back request requested ask asked ' +
  'director officer officers head chief executive member members councillor councillors chair chairman ' +
  'following set out appendix paragraph proposal proposals matter matters issue issues comment comments view views ' +
  'year years month months week weeks january february march april may june july august september october november december ' +
  'next future due course date time review').split(' '));

/** Subject words of a text: lower case, light stemming, no common words, no numbers. */
export function subjectWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/)) {
    if (raw.length < 3) continue;
    const word = stem(raw);
    if (!COMMON.has(raw) && !COMMON.has(word)) out.add(word);
  }
  return out;
}

function stem(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

export interface Overlap {
  /** 0..1: the share of the smaller set's words found in the other. */
  score: number;
  shared: string[];
}

export function overlap(a: Set<string>, b: Set<string>): Overlap {
  if (a.size === 0 || b.size === 0) return { score: 0, shared: [] };
  const shared = [...a].filter((w) => b.has(w)).sort();
  return { score: shared.length / Math.min(a.size, b.size), shared };
}
