import { ALL_RULES } from './index.js';
import { DIALECTS, type Family } from './rule.js';
import { READER_EVIDENCE } from './evidence.js';

const FAMILIES: Record<Family, string> = {
  marker: 'Markers: words that open a decision, a recommendation list or a motion',
  label: 'Labels: movers, verdicts on motions, vote counts and sections that end a decision',
  outcome: 'Outcome sentences: decisions told as a plain sentence',
  referral: 'Referrals: a matter sent on to another body, and how (refer, recommend, report-back, resubmit, request, circulate)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/WORDINGS.md: every rule of the lexicon with its examples, generated so it cannot
 * drift from the rules (`npm run wordings` writes it; a test fails when it is stale).
 */
export function wordingsPage(): string {
  const out: string[] = [
    '# What `minutes` recognises',
    '',
    '<!-- Generated from src/lexicon by `npm run wordings`; edit the rules, not this page. -->',
    '',
    'Every wording the reader knows is a rule in `src/lexicon/`. Records carry the ids of the',
    'rules that made them (`minutes parse --format json` shows `rules`; `minutes parse --explain`',
    'prints them per record, and says why a line with a decision signal made no record).',
    '',
    `Dialects (\`--dialect\`, or \`dialect:\` in the config file or a manifest column): ${DIALECTS.map((d) => `\`${d}\``).join(', ')}.`,
    'A rule tagged with dialects is used only for those; an untagged rule is used for all.',
    'With no dialect named, every rule is used.',
    '',
    `${ALL_RULES.length} rules.`,
  ];
  for (const [family, title] of Object.entries(FAMILIES)) {
    out.push('', `## ${title}`, '', '| id | recognises | makes | dialects | examples | not |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of ALL_RULES.filter((x) => x.family === family)) {
      const ex = r.examples.match.map((e) => `“${cell(e)}”`).join('<br>');
      const not = (r.examples.not ?? []).map((e) => `“${cell(e)}”`).join('<br>');
      out.push(`| \`${r.id}\` | ${cell(r.summary)} | ${cell(r.produces)} | ${r.dialects?.join(', ') ?? 'all'} | ${ex} | ${not} |`);
    }
  }
  out.push('', '## Reader evidence', '', 'Ids a record carries for how the reader cut it out of its block, beside the wording\'s id.', '', '| id | meaning |', '| --- | --- |');
  for (const [id, meaning] of Object.entries(READER_EVIDENCE)) out.push(`| \`${id}\` | ${cell(meaning)} |`);
  return `${out.join('\n')}\n`;
}
