/** The readers `minutes` has; a file goes to one of them by its content first, its name second. */
export type Format = 'markdown' | 'html' | 'docx' | 'pdf';

/** A binary container we recognise but cannot read, with what to do about it. */
export interface Unsupported {
  unsupported: string;
  note: string;
}

/**
 * Choose a reader. Content beats the extension because exports are misnamed all the
 * time: a ".txt" saved from a browser holds HTML, a ".doc" from a portal is a DOCX.
 */
export function sniff(bytes: Uint8Array, path: string): Format | Unsupported {
  const head = bytes.subarray(0, 1024);
  // The header may follow a little junk; a text that merely mentions "%PDF-" has no %%EOF at its end.
  if (startsWith(head, '%PDF-') || (indexOfAscii(head, '%PDF-') !== -1 && indexOfAscii(bytes.subarray(-1024), '%%EOF') !== -1)) return 'pdf';
  if (startsWith(head, 'PK\x03\x04')) {
    // The local file headers store entry names uncompressed; a DOCX has word/ entries.
    if (indexOfAscii(bytes.subarray(0, 64 * 1024), 'word/') !== -1) return 'docx';
    return { unsupported: 'a ZIP archive that is not a Word document', note: 'Only .docx is read from ZIP-based formats; save spreadsheets and ODT files as DOCX, PDF or text.' };
  }
  if (startsWith(head, '\xd0\xcf\x11\xe0')) {
    return { unsupported: 'an old Word 97-2003 (.doc) file', note: 'Open it in Word and save it as .docx, or export it as PDF.' };
  }
  if (/\.x?html?$/i.test(path)) return 'html';
  if (looksLikeHtml(head)) return 'html';
  return 'markdown';
}

/** A text that opens with a doctype or one of the tags every page has. */
function looksLikeHtml(head: Uint8Array): boolean {
  // Word's "Web Page" and "Unicode Text" exports are UTF-16 with a byte order mark.
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(head).replace(/^\ufeff/, '').trimStart().slice(0, 200).toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype html|html))/.test(text);
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, ascii: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(ascii, 0, 'latin1');
}
