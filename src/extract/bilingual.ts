import type { Clause } from './reading/clause.js';

/**
 * Welsh councils print each decision twice, the Welsh line over the English one:
 * "PENDERFYNWYD dyfarnu £500 i Glwb Pêl-droed Llanfechan." / "RESOLVED to award £500 to
 * Llanfechan Football Club." Others print the English first and the Welsh under it. One
 * decision is one record, so the Welsh copy is left out where an English clause stands
 * next to it, within a line or two in the same item. Minutes in Welsh alone keep every
 * clause: no English stands beside them.
 */
// Case-sensitive, and none that English shares ("a", "o", "am"): "I" is an English word, "i" a Welsh one. Welsh months
// date a decision ("cymeradwyo cofnodion 9 Rhagfyr 2025"); "Mai" is left out, a name in English text.
const WELSH = /\b(?:i|y|yr|ac|ar|gan|yn|ei|eu|bod|fod|wedi|cael|hyn|hwn|gyda|mae|oedd|gyfer|ynghylch|dyfarnu|cymeradwyo|nodi|derbyn|mabwysiadu|cyflwyno|gohirio|penodi|cyfeirio|gosod|ysgrifennu|cais|[Pp]wyllgor|[Cc]yngor|[Cc]lerc|cofnodion|cyfarfod|adroddiad|cyllideb|llythyr|gwasanaeth|ymateb|cefnogi|talu|prynu|trefnu|ynglŷn|peidio|gwrthwynebu|gwrthwynebiad|gwrthod|sylw|sylwadau|cytuno|[Cc]ytunwyd|caniatâd|cefnogaeth|uchod|cynllun|cymuned|rhoi|anfon|gofyn|trafod|caniatáu|Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b/g;
const ENGLISH = /\b(?:the|to|that|be|of|and|for|with|is|was)\b/gi;

/** The text is Welsh: two or more Welsh words, and more of them than English ones (`halfLine`: one will do, and no English). */
function isWelsh(text: string, halfLine = false): boolean {
  // "yr adroddiad gael ei dderbyn / the report be received;": both languages on one line, the English last, is no copy.
  const halves = text.split(' / ');
  if (halves.length > 1 && !isWelsh(halves[halves.length - 1])) return false;
  const welsh = text.match(WELSH)?.length ?? 0;
  const english = text.match(ENGLISH)?.length ?? 0;
  return halfLine ? welsh >= 1 && english === 0 : welsh >= 2 && welsh > english;
}

export function dropWelshCopies(clauses: Clause[]): Clause[] {
  const ordered = [...clauses].sort((a, b) => a.line - b.line || a.column - b.column);
  const dropped = new Set<Clause>();
  for (const [k, c] of ordered.entries()) {
    const next = ordered[k + 1];
    if (!next || next.item !== c.item || next.line - c.line > 3) continue;
    // "Penderfynwyd rhoi £200 tuag at … / Resolved to give £200 …": two halves of one line, cut at the slash (or of two lines,
    // where the line was wrapped), need fewer Welsh words to tell apart.
    const half = next.line - c.line <= 1;
    const [welsh, welshNext] = [isWelsh(c.parts.join(' '), half), isWelsh(next.parts.join(' '), half)];
    if (welsh !== welshNext) dropped.add(welsh ? c : next);
  }
  return dropped.size ? clauses.filter((c) => !dropped.has(c)) : clauses;
}
