/**
 * Every problem `minutes` can report, by code. The code is what scripts match on
 * (it is the `ruleId` of the vfile message); the wording is for people.
 *
 * `error` means the file could not be used at all (exit code 1); `warning` means the
 * file was read but something in it looks wrong and a person should check it.
 */
export type DiagnosticCode =
  | 'unreadable-file'
  | 'empty-file'
  | 'binary-file'
  | 'file-too-large'
  | 'invalid-encoding'
  | 'bad-front-matter'
  | 'numbering-gap'
  | 'numbering-repeat'
  | 'empty-marker'
  | 'truncated-clause'
  | 'unclaimed-decision'
  | 'motion-number-gap'
  | 'too-complex'
  | 'internal-error'
  // Document formats
  | 'unsupported-format'
  | 'unreadable-document'
  | 'no-text-layer'
  // Store and import
  | 'meeting-conflict'
  | 'hand-edited'
  | 'damaged-record'
  | 'yaml-syntax'
  | 'schema'
  | 'broken-link'
  | 'duplicate-id'
  | 'duplicate-number'
  | 'no-owner'
  | 'not-indexed';

export type Severity = 'error' | 'warning';

export const SEVERITY: Record<DiagnosticCode, Severity> = {
  'unreadable-file': 'error',
  'empty-file': 'error',
  'binary-file': 'error',
  'file-too-large': 'error',
  'invalid-encoding': 'warning',
  'bad-front-matter': 'warning',
  'numbering-gap': 'warning',
  'numbering-repeat': 'warning',
  'empty-marker': 'warning',
  'truncated-clause': 'warning',
  'unclaimed-decision': 'warning',
  'motion-number-gap': 'warning',
  'too-complex': 'warning',
  'internal-error': 'error',
  'unsupported-format': 'error',
  'unreadable-document': 'error',
  'no-text-layer': 'error',
  'meeting-conflict': 'warning',
  'hand-edited': 'warning',
  'damaged-record': 'warning',
  'yaml-syntax': 'error',
  'schema': 'error',
  'broken-link': 'error',
  'duplicate-id': 'error',
  'duplicate-number': 'warning',
  'no-owner': 'warning',
  'not-indexed': 'warning',
};
