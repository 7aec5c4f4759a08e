/**
 * Stable record IDs made of what a clerk recognises: the body, the meeting date, the
 * item number and the clause number, e.g. `cabinet-2023-03-14/112/r1`. A clause
 * that keeps its printed number keeps its ID when the minutes are re-imported.
 */

/** "Overview and Scrutiny Management Board" → "overview-and-scrutiny-management-board". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'x';
}

/** The body's name for lookups: "the Cabinet", "CABINET" and "Cabinet" are one body. */
export function bodyKey(name: string): string {
  return slug(name.replace(/^(?:the|full)\s+/i, ''));
}

export function meetingId(body: string | undefined, date: string | undefined, fallback: string): string {
  if (!body && !date) return `doc-${slug(fallback)}`;
  return [body ? bodyKey(body) : 'unknown-body', date ?? 'undated'].join('-');
}

/** "(1)" → "1", "3.5.1" → "3-5-1", "ENV/2023/061" → "env-2023-061". */
export function numberPart(raw: string): string {
  return slug(raw.replace(/[().:]+$/g, '').replace(/^[(]/, ''));
}

/**
 * Hands out IDs within one meeting, adding "-2", "-3" where a document repeats a
 * number ("1. 1. 1."), in reading order, so IDs stay unique and deterministic.
 */
export class IdAllocator {
  private readonly used = new Map<string, number>();
  private readonly ordinals = new Map<string, number>();

  constructor(private readonly meeting: string) {}

  item(number: string | undefined, title: string): string {
    return this.unique(`${this.meeting}/${number ? numberPart(number) : slug(title).slice(0, 30)}`);
  }

  /** `r` for resolutions, `c` for recommendations; unnumbered clauses count in order within their item. */
  clause(letter: 'r' | 'c', itemId: string | undefined, number: string | undefined): string {
    const scope = itemId ?? `${this.meeting}/x`;
    let part: string;
    if (number) part = numberPart(number);
    else {
      const key = `${scope}\u0000${letter}`;
      const n = (this.ordinals.get(key) ?? 0) + 1;
      this.ordinals.set(key, n);
      part = `u${n}`;
    }
    return this.unique(`${scope}/${letter}${part}`);
  }

  referral(from: string, to: string): string {
    return this.unique(`${from}>${to}`);
  }

  private unique(id: string): string {
    const n = (this.used.get(id) ?? 0) + 1;
    this.used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  }
}
