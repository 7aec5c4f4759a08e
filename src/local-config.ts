import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ALL_RULES, compileLexicon, type Dialect, type LocalLexicon, type LocalWording } from './lexicon/index.js';
import { wordingProblem } from './lexicon/local.js';
import { claimedBy } from './extract/claim.js';
import { EFFECT_NAMES } from './extract/effects.js';
import type { Effect } from './types.js';
import { given } from './config.js';

/** Where a node is, and how the config reader turns a problem there into its error. */
export type Fail = (node: Node | null | undefined, reason: string, note: string) => never;

const RULE_IDS = new Map(ALL_RULES.map((r) => [r.id, r]));

/**
 * A council's additions in its config file: `wordings` (each like a shared rule, with
 * examples), `bodies` (alias: name) and `effects` (phrase: effect). Every example is run
 * through the reader here, so a wording that does not do what its author meant stops the
 * command at its line instead of quietly reading nothing.
 */
export function readLocal(map: YAMLMap, dialect: Dialect | undefined, fail: Fail): LocalLexicon | undefined {
  const local: LocalLexicon = {};
  const wordings = map.get('wordings', true) as Node | undefined;
  const checks: { wording: LocalWording; node: YAMLMap }[] = [];
  if (given(wordings)) {
    if (!isSeq(wordings)) fail(wordings, 'Unexpected `wordings` that is not a list, expected `- like: marker.resolved` entries', 'Start each wording with "- like:".');
    local.wordings = [];
    for (const item of wordings.items as Node[]) {
      if (!isMap(item)) fail(item, 'Unexpected wording that is not a mapping, expected `like`, `pattern` and `examples`', 'See "How to add a wording" in the README.');
      const like = text(item, 'like', fail, 'a rule id such as `marker.resolved`');
      const rule = RULE_IDS.get(like);
      if (!rule) fail(item.get('like', true) as Node, `Unexpected rule \`${like}\`, expected the id of a rule in docs/WORDINGS.md`, 'Pick the rule whose wording yours is another way of writing.');
      const pattern = text(item, 'pattern', fail, 'a regular expression such as `^MINUTED\\b`');
      const problem = wordingProblem(rule, pattern);
      if (problem) fail(item.get('pattern', true) as Node, problem, 'Patterns are JavaScript regular expressions, written without slashes.');
      const examples = item.get('examples', true) as Node | undefined;
      const match = isMap(examples) ? texts(examples, 'match', fail) : [];
      if (!match.length) fail(examples ?? item, 'Unexpected wording without `examples: {match: [...]}`, expected at least one line it reads', 'An example is how you and the tool know the pattern does what you mean.');
      const not = isMap(examples) ? texts(examples, 'not', fail) : [];
      const wording: LocalWording = { like, pattern, examples: { match, ...(not.length ? { not } : {}) } };
      local.wordings.push(wording);
      checks.push({ wording, node: item });
    }
  }
  const bodies = map.get('bodies', true) as Node | undefined;
  if (given(bodies)) {
    if (!isMap(bodies)) fail(bodies, 'Unexpected `bodies` that is not a mapping, expected `<other name>: <name in records>`', 'Write one line per name, such as `P&R: Policy and Resources Committee`.');
    local.bodies = {};
    for (const pair of bodies.items) {
      const value = pair.value as Node | null;
      if (!isScalar(pair.key) || !isScalar(value) || typeof value.value !== 'string' || !value.value.trim()) {
        fail(value ?? (pair.key as Node), 'Unexpected body alias that is not text, expected `<other name>: <name in records>`', 'Quote a name that YAML reads as something else.');
      }
      local.bodies[String(pair.key.value)] = value.value.trim();
    }
  }
  const effects = map.get('effects', true) as Node | undefined;
  if (given(effects)) {
    if (!isMap(effects)) fail(effects, 'Unexpected `effects` that is not a mapping, expected `<word or phrase>: <effect>`', 'Write one line per phrase, such as `held over: deferred`.');
    local.effects = {};
    for (const pair of effects.items) {
      const value = pair.value as Node | null;
      const effect = isScalar(value) ? value.value : undefined;
      if (!isScalar(pair.key) || !EFFECT_NAMES.includes(effect as Effect)) {
        fail(value ?? (pair.key as Node), `Unexpected effect \`${String(effect)}\`, expected one of ${EFFECT_NAMES.join(', ')}`, 'The effects are those records carry; see the README\'s effect table.');
      }
      local.effects[String(pair.key.value)] = effect as Effect;
    }
  }
  if (!local.wordings && !local.bodies && !local.effects) return undefined;
  checkExamples(checks, local, dialect, fail);
  return local;
}

function checkExamples(checks: { wording: LocalWording; node: YAMLMap }[], local: LocalLexicon, dialect: Dialect | undefined, fail: Fail): void {
  const lex = compileLexicon(dialect, local);
  for (const { wording, node } of checks) {
    const family = RULE_IDS.get(wording.like)!.family;
    const examples = node.get('examples', true) as unknown as YAMLMap;
    for (const [k, line] of wording.examples.match.entries()) {
      const by = claimedBy(family, line, lex);
      if (by !== wording.like) {
        fail(nth(examples, 'match', k), `Unexpected example read ${by ? `by ${by}` : 'by no rule'}, expected ${wording.like} to read it`, 'Widen the pattern, or pick the rule that reads lines of this shape.');
      }
    }
    for (const [k, line] of (wording.examples.not ?? []).entries()) {
      if (claimedBy(family, line, lex) === wording.like) fail(nth(examples, 'not', k), `Unexpected example read by ${wording.like}, expected it left alone`, 'Narrow the pattern so it leaves this line.');
    }
  }
}

function text(map: YAMLMap, key: string, fail: Fail, expected: string): string {
  const node = map.get(key, true) as Node | undefined;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.value) fail(node ?? map, `Unexpected ${node ? `\`${key}\` that is not text` : `wording without \`${key}\``}, expected ${expected}`, 'Quote a pattern in single quotes so YAML keeps its backslashes.');
  return node.value as string;
}

function texts(map: YAMLMap, key: string, fail: Fail): string[] {
  const node = map.get(key, true) as Node | undefined;
  if (!given(node)) return [];
  const items = isSeq(node) ? (node.items as Node[]) : [node];
  return items.map((n) => {
    if (!isScalar(n) || typeof n.value !== 'string') fail(n, `Unexpected \`${key}\` example that is not text, expected a line of minutes`, 'Quote the line.');
    return n.value as string;
  });
}

function nth(map: YAMLMap, key: string, k: number): Node {
  const node = map.get(key, true) as Node;
  return isSeq(node) ? (node.items[k] as Node) : node;
}
