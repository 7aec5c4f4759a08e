import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers/cli.js';
import { claimedBy } from '../src/extract/claim.js';
import { compileLexicon } from '../src/lexicon/index.js';
import { bodyName } from '../src/extract/records.js';

/** A county council that minutes its decisions as "CONCLUDED", calls its cabinet "the Executive" and holds items over. */
const MINUTES = [
  'Minutes of the Highways Committee held on 14 May 2025',
  '',
  '4. Speed limits on the B2110',
  '',
  'CONCLUDED – That the report be received and the scheme be referred to the Exec.',
  '',
  '5. Petition: Hollow Lane crossing',
  '',
  'CONCLUDED – That the petition be sent up to the Area Forum for its views.',
  '',
  '6. Verge cutting',
  '',
  'CONCLUDED – That the item be held over.',
].join('\n');

const CONFIG = String.raw`wordings:
  - like: marker.resolved
    pattern: '^CONCLUDED\b[\s:;,.\-–—]*'
    examples:
      match: ['CONCLUDED – That the accounts be approved.']
      not: ['Orders of the day were read.']
  - like: referral.referred-to
    pattern: '\bsent\s+up\s+to\s+'
    examples:
      match: ['That the petition be sent up to the Area Forum.']
bodies:
  the Exec: Cabinet
effects:
  held over: deferred
`;

function folder(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-local-'));
  writeFileSync(join(dir, 'm.txt'), MINUTES);
  if (config !== undefined) writeFileSync(join(dir, 'minutes.config.yaml'), config);
  return dir;
}

async function parsed(dir: string) {
  const r = await run(['parse', 'm.txt', '--format', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('a council\'s own wordings, bodies and effects from its config file', () => {
  it('reads nothing of "CONCLUDED" minutes without them', async () => {
    expect((await parsed(folder())).resolutions).toEqual([]);
  });

  it('reads its wording as the rule it is like, names its bodies its way and knows what its phrases decide', async () => {
    const doc = await parsed(folder(CONFIG));
    expect(doc.resolutions.map((r: { text: string; rules: string[] }) => [r.text, r.rules[0]])).toEqual([
      ['That the report be received and the scheme be referred to the Exec.', 'marker.resolved'],
      ['That the petition be sent up to the Area Forum for its views.', 'marker.resolved'],
      ['That the item be held over.', 'marker.resolved'],
    ]);
    expect(doc.referrals.map((f: { from: string; to: string; kind: string }) => [f.from, f.to, f.kind])).toEqual([
      ['r1', 'Cabinet', 'refer'],
      ['r2', 'Area Forum', 'refer'],
    ]);
    expect(doc.resolutions[2]).toMatchObject({ effects: ['deferred'], action: true });
  });

  it('gives a council\'s referral wording the say over a shared rule reading the same body', () => {
    const lex = compileLexicon(undefined, { wordings: [{ like: 'referral.referred-to', pattern: String.raw`\bpassed\s+to\s+`, examples: { match: [] } }] });
    const text = 'That the letter be passed to the Parish Council.';
    expect(claimedBy('referral', text, compileLexicon())).toBe('referral.circulated-to');
    expect(claimedBy('referral', text, lex)).toBe('referral.referred-to');
  });

  it('finds a body by its other name in any case, "the" and the spacing of "&" aside', () => {
    const lex = compileLexicon(undefined, { bodies: { 'P&R': 'Policy and Resources Committee' } });
    for (const name of ['P&R', 'the P & R', 'p&r']) expect(bodyName(name, lex)).toBe('Policy and Resources Committee');
    expect(bodyName('P&R Working Group', lex)).toBe('P&R Working Group');
  });

  it('re-reads every file on import when the council adds a wording', async () => {
    const dir = folder();
    expect((await run(['import', 'm.txt', '--json'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'minutes.config.yaml'), CONFIG);
    const again = JSON.parse((await run(['import', 'm.txt', '--json'], { cwd: dir })).stdout);
    expect(again).toMatchObject({ imported: 1, unchanged: 0, resolutions: 3, referrals: 2 });
    const [meeting] = readdirSync(join(dir, 'records', 'meetings'));
    expect(readFileSync(join(dir, 'records', 'meetings', meeting), 'utf8')).toContain('to_name: Cabinet');
  });

  // Each bad config stops the command (exit 2) at the line and column of what is wrong.
  it.each([
    ['a rule that does not exist', 'wordings:\n  - like: marker.minuted\n    pattern: x\n', /^minutes\.config\.yaml:2:11: error: Unexpected rule `marker\.minuted`, expected the id of a rule in docs\/WORDINGS\.md/],
    ['a pattern that is no regular expression', "wordings:\n  - like: marker.resolved\n    pattern: '^(CONCLUDED'\n", /:3:14: error: Unexpected pattern that is not a regular expression/],
    ['a capturing group', "wordings:\n  - like: marker.resolved\n    pattern: '^(CONCLUDED)'\n", /:3:14: error: Unexpected group in the pattern, expected none/],
    ['a rule that reads its match by parts', "wordings:\n  - like: marker.body-resolved\n    pattern: '^CONCLUDED'\n", /:3:14: error: Unexpected `like: marker\.body-resolved`, a rule that reads parts of its match/],
    ['no examples', "wordings:\n  - like: marker.resolved\n    pattern: '^CONCLUDED'\n", /:2:5: error: Unexpected wording without `examples: \{match: \[\.\.\.\]\}`/],
    ['an example the wording does not read', "wordings:\n  - like: marker.resolved\n    pattern: '^CONCLUDED:'\n    examples:\n      match: ['CONCLUDED – That the accounts be approved.']\n", /:5:15: error: Unexpected example read by no rule, expected marker\.resolved to read it/],
    ['a "not" example it reads', "wordings:\n  - like: marker.resolved\n    pattern: '^CONC'\n    examples:\n      match: ['CONCLUDED: That the accounts be approved.']\n      not: ['Concerns of residents were read.']\n", /:6:13: error: Unexpected example read by marker\.resolved, expected it left alone/],
    ['an effect records do not have', 'effects:\n  held over: postponed\n', /:2:14: error: Unexpected effect `postponed`, expected one of noted, received/],
    ['bodies as a list', 'bodies:\n  - the Exec\n', /:2:3: error: Unexpected `bodies` that is not a mapping/],
  ])('refuses %s', async (_, config, message) => {
    const dir = folder(config);
    for (const argv of [['parse', 'm.txt'], ['import', 'm.txt']]) {
      const r = await run(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readdirSync(dir)).not.toContain('records');
  });
});
