import type { Resolution } from '../types.js';

/**
 * Fields found after a record was made (how it was moved, when it takes effect) go
 * before its position, after the fields already there, so every printed record keeps
 * one order: its words, what it does, how it was decided, then where it came from.
 */
export function setFields(r: Resolution, fields: Partial<Resolution>): void {
  const given = Object.entries(fields).filter(([, v]) => v !== undefined);
  if (given.length === 0) return;
  const { position, rules, ...own } = r;
  for (const key of Object.keys(r)) delete (r as unknown as Record<string, unknown>)[key];
  Object.assign(r, own, Object.fromEntries(given), { position }, rules ? { rules } : {});
}
