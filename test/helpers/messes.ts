/**
 * The same minutes as different tools save them must read the same: Windows line ends,
 * non-breaking spaces, a four-space indent (which Markdown takes for code), tabs after
 * clause numbers, a running head with a page number every thirty lines, and no blank
 * lines at all.
 */
export const MESSES: Record<string, (text: string) => string> = {
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'non-breaking spaces': (t) => t.replace(/ (?=\S)/g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m)),
  'a four-space indent': (t) => t.split('\n').map((l) => (l.trim() ? `    ${l}` : l)).join('\n'),
  'tabs after clause numbers': (t) => t.replace(/^(\s*\(?\w{1,4}[.)])[ ]+/gm, '$1\t'),
  'a running head every thirty lines': (t) => t.split('\n').flatMap((l, i) => (i && i % 30 === 0 ? ['', `Council Minutes 12.03.2024        Page ${i / 30}`, '', l] : [l])).join('\n'),
  'no blank lines': (t) => t.split('\n').filter((l) => l.trim()).join('\n'),
};

