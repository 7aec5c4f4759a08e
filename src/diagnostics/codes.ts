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
  | 'truncated-clause';

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
};
