import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { SEVERITY, type DiagnosticCode } from './codes.js';
import type { Position } from '../types.js';
import type { PagedMessage } from '../pdf/pages.js';

export interface Diagnostic {
  file: string;
  /** PDF only: the page, and `line` counts from its top. */
  page?: number;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  note?: string;
}

/**
 * Attach a problem to the file as a vfile message instead of throwing, so the
 * pipeline's later steps still run and the caller sees every problem at once.
 */
export function report(
  file: VFile,
  code: DiagnosticCode,
  reason: string,
  place: Position = { line: 1, column: 1 },
  note?: string,
): VFileMessage {
  const message = file.message(reason, { place, ruleId: code, source: 'minutes' });
  message.fatal = SEVERITY[code] === 'error';
  if (note) message.note = note;
  return message;
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages.map((m) => ({
    file: file.path ?? '<stdin>',
    ...((m as PagedMessage).page ? { page: (m as PagedMessage).page } : {}),
    line: m.line ?? 1,
    column: m.column ?? 1,
    severity: m.fatal ? 'error' : 'warning',
    code: (m.ruleId ?? 'unreadable-file') as DiagnosticCode,
    message: m.reason,
    ...(m.note ? { note: m.note } : {}),
  }));
}
