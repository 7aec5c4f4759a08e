import { Document } from 'yaml';

/**
 * A meeting record written straight to YAML text, byte for byte what the `yaml`
 * package's Document prints for it (`lineWidth: 0`, two-space indent, indented
 * sequences): building the Document was a seventh of an import. Only the shapes a
 * record has are written here (maps, lists, strings, whole numbers, booleans); for
 * anything else, and for every string whose printing has a subtle rule (a line break, a
 * control character, a document marker), the answer is undefined and the caller uses
 * the Document. A test compares the two on every fixture and on awkward strings.
 */
export function writeYaml(record: Record<string, unknown>, comment?: string): string | undefined {
  const out: string[] = [];
  if (comment !== undefined) out.push(`${comment.split('\n').map((l) => `#${l}`).join('\n')}\n\n`);
  return mapLines(record, '', out) ? out.join('') : undefined;
}

/** What the core schema would read as something other than a string ("1", "true", "", "~"): such strings are quoted. */
const NOT_A_STRING: RegExp[] = new Document().schema.tags.flatMap((t) => (t.default && t.tag !== 'tag:yaml.org,2002:str' && 'test' in t && t.test ? [t.test] : []));

/** Where the package leaves plain style: an indicator first, ": ", " #", an end in space or ":". */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Strings the package prints by rules not copied here. */
const DEFER = /[\n\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]|^(?:%|---|\.\.\.)|[\uD800-\uDFFF]/;

function scalar(value: unknown): string | undefined {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value !== 'string' || DEFER.test(value)) return undefined;
  if (!NOT_PLAIN.test(value) && !NOT_A_STRING.some((re) => re.test(value))) return value;
  // Quoted: single quotes for a string with a double quote and no single one, else double (JSON's escapes, no others here).
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key as the package prints it: these records' keys are plain words. */
const PLAIN_KEY = /^[a-z_][a-z0-9_]*$/;

/** The map's pairs, each line starting at `indent`; false when it holds something this writer does not print. */
function mapLines(map: Record<string, unknown>, indent: string, out: string[], first = indent): boolean {
  let lead = first;
  let written = 0;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (!PLAIN_KEY.test(key) || NOT_A_STRING.some((re) => re.test(key))) return false;
    if (!valueLines(key, value, indent, lead, out)) return false;
    lead = indent;
    written++;
  }
  if (written === 0) out.push(`${first}{}\n`); // an empty map: not in records, but printed as the package would
  return true;
}

function valueLines(key: string, value: unknown, indent: string, lead: string, out: string[]): boolean {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${lead}${key}: []\n`);
      return true;
    }
    out.push(`${lead}${key}:\n`);
    return seqLines(value, `${indent}  `, out);
  }
  if (isMap(value)) {
    if (Object.values(value).every((v) => v === undefined)) {
      out.push(`${lead}${key}: {}\n`);
      return true;
    }
    out.push(`${lead}${key}:\n`);
    return mapLines(value, `${indent}  `, out);
  }
  const text = scalar(value);
  if (text === undefined) return false;
  out.push(`${lead}${key}: ${text}\n`);
  return true;
}

function seqLines(list: unknown[], indent: string, out: string[]): boolean {
  for (const item of list) {
    if (isMap(item)) {
      // "- id: …" with the item's other keys under its first.
      if (Object.values(item).every((v) => v === undefined) || !mapLines(item, `${indent}  `, out, `${indent}- `)) return false;
      continue;
    }
    const text = Array.isArray(item) ? undefined : scalar(item);
    if (text === undefined) return false;
    out.push(`${indent}- ${text}\n`);
  }
  return true;
}
