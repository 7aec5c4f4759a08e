import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ParsedDocument, Position } from '../types.js';

/** A vfile message from a PDF also knows its page; `line` then counts from the top of that page. */
export interface PagedMessage extends VFileMessage {
  page?: number;
}

/**
 * PDF lines are numbered through the whole document while reading; a person looks
 * things up by page. Turn every position into page + line on that page.
 */
export function toPages(document: ParsedDocument, file: VFile, pageStarts: number[]): ParsedDocument {
  const at = (p: Position): Position => {
    const { page, line } = locate(p.line, pageStarts);
    return { page, line, column: p.column };
  };
  for (const message of file.messages as PagedMessage[]) {
    if (message.line == null) continue;
    const { page, line } = locate(message.line, pageStarts);
    message.page = page;
    message.line = line;
    if (message.place && 'line' in message.place) message.place = { ...message.place, line };
  }
  return {
    ...document,
    items: document.items.map((r) => ({ ...r, position: at(r.position) })),
    resolutions: document.resolutions.map((r) => ({ ...r, position: at(r.position) })),
    recommendations: document.recommendations.map((r) => ({ ...r, position: at(r.position) })),
    referrals: document.referrals.map((r) => ({ ...r, position: at(r.position) })),
  };
}

function locate(globalLine: number, starts: number[]): { page: number; line: number } {
  let page = 0;
  while (page + 1 < starts.length && starts[page + 1] <= globalLine) page++;
  return { page: page + 1, line: globalLine - (starts[page] ?? 1) + 1 };
}
