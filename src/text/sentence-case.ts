/**
 * Ordinary case for a line typed in capitals (see recase.ts): which words a clerk would capitalise, told from the
 * words around them, since the capitals themselves tell nothing.
 */

/** A list's number or bullet at a line's start. */
export const ENUMERATOR = /^(?:[-•·*–]\s*|\d{1,3}(?:\.\d{1,2})+\.?\s+|\(?(?:\d{1,3}|[A-Z]|[IVX]{1,5})[.)]\s+)/;
/** Body and place nouns: the last word of a name ("the PLANNING AND DEVELOPMENT COMMITTEE"). */
const HEAD = /^(?:(?:SUB-?)?COMMITTEES?|COUNCILS?|BOARDS?|CABINET|COMMISSIONS?|AUTHORITY|AUTHORITIES|PANELS?|FORUMS?|DEPARTMENTS?|MINISTRY|AGENCY|TRUSTS?|ASSOCIATIONS?|EXECUTIVE|ASSEMBLY|PARLIAMENT|GOVERNMENT|PARTNERSHIPS?|GROUPS?|CORPORATION|FEDERATION|FOUNDATION|TRIBUNAL|CITY|TOWN|COUNTY|VILLAGE|TOWNSHIP|BOROUGH|DISTRICT|REGION|PROVINCE|MUNICIPALITY|MUNICIPALITIES|SHIRE|SELECTMEN|SUPERVISORS|TRUSTEES|COMMISSIONERS|OMBUDSMAN|REGULATOR|INSPECTORATE|OFFICER)$/;
/** A title: the word after it is a name. */
const TITLE = /^(?:COUNCILL?ORS?|CLLRS?|CRS?|COUNCILMEMBERS?|COUNCILMAN|COUNCILWOMAN|ALDERM[AE]N|ALDERWOMAN|ALDERPERSON|ALD|TRUSTEE|DIRECTOR|COMMISSIONER|SUPERVISOR|SELECTMAN|SELECTWOMAN|MAYOR|REEVE|DEPUTY|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|PRESIDENT|MR|MRS|MS|MISS|DR|PROF|SIR|DAME|LORD|LADY|REV|MPP|MP|MLA|MSP|SENATOR|PREMIER|MINISTER|SHERIFF|CONSTABLE)$/;
/** Words that end a name read backwards from its head, or forwards from a title. */
const STOP = /^(?:THE|A|AN|TO|THAT|THIS|THESE|THOSE|BY|FROM|WITH|FOR|AT|ON|IN|INTO|UPON|BE|IS|ARE|WAS|WERE|BEEN|AND|OR|NOT|AS|ITS|THEIR|OUR|ALL|EACH|ANY|SUCH|SAID|SAME|WHICH|WHO|IT|HE|SHE|THEY|WE|HAS|HAVE|HAD|WILL|SHALL|MAY|WOULD|SHOULD|MUST|CAN|ALSO|FURTHER|THEN|OF|OTHER|NEXT|LAST|MEETING|REPORT|MOTION|SECONDED|MOVED|NOTED|AGREED|RESOLVED|CARRIED|RECOMMENDS?|RECOMMENDED|REFER(?:S|RED)?|APPROVE[SD]?|ASK(?:S|ED)?|REQUEST(?:S|ED)?|INFORM(?:S|ED)?|ADVISE[SD]?|NOTE[SD]?|AGREES?|RESOLVES?|THANK(?:S|ED)?|URGES?|INVITES?|WRITE|SEND|FORWARD(?:ED)?|NOTIFY|ENCOURAGES?|DIRECT(?:S|ED)?|AUTHORI[SZ]E[SD]?|INSTRUCT(?:S|ED)?|SUPPORT(?:S|ED)?|PER)$/;
/** Words that open a decision or a motion wherever they stand: mixed-case minutes capitalise them mid-line ("… as read. Carried. Resolution #C-77-1584 Moved by …"). */
const MARKER = /^(?:MOVED|SECONDED|CARRIED|RESOLVED|RESOLUTION|DEFEATED|MOTION)$/;
const MONTH_OR_DAY = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;
/** Common short words; any other word of three letters or fewer is taken for initials (CAO, MPP, AMO) and kept. */
const COMMON_SHORT = /^(?:A|AN|AS|AT|BE|BY|DO|GO|HE|IF|IN|IS|IT|ME|MY|NO|OF|ON|OR|SO|TO|UP|US|WE|ALL|AND|ANY|ARE|BUT|CAN|DAY|DUE|FEE|FEW|FOR|GOT|HAD|HAS|HER|HIM|HIS|HOW|ITS|LAW|LET|MAY|NEW|NOR|NOT|NOW|OLD|ONE|OUR|OUT|OWN|PAY|PER|PUT|RE|SAY|SEE|SET|SHE|SIX|TAX|TEN|THE|TOO|TWO|USE|VIA|WAS|WAY|WHO|WHY|YES|YET|YOU|ACT|ADD|AGE|AGO|AID|AIR|BID|BIG|CAR|CUT|END|FAR|GAS|KEY|MAP|NET|OFF|OIL|RAN|ROW|RUN|SAT|SIT|TOP|TRY|VAN|WON|MET|LED|SAW|LOT|BUS|BOX|FIT|GET|HIT|JOB|LAY|MAN|MEN|NIL|ODD|OWE|RED|SUM|TIE|WAR|WIN|ART|ARM|BAD|BED|CUP|DOG|EYE|FUN|GUN|HOT|LEG|LOW|SEA|SON|SUN|BUY|WEB|ASK|APP|BAR|BIN|CAP|FIX|GAP|LAG|MIX|RAG|SAD|TIP|TOY|WET|BEG)$/;

/** Titles of three letters or fewer that are words, not initials: "MR HALE" reads "Mr Hale", "MAYOR PRO TEM" "Mayor Pro Tem". */
const SHORT_TITLE = /^(?:MRS?|MS|DR|CRS?|ALD|REV|SIR|PRO|TEM)$/;

/**
 * One line of capitals in ordinary case: lower case but for a sentence's first word, a body's or place's name, the
 * name after a title or after "MOVED BY", a month or day, a marker word opening a unit, and initials (kept whole).
 */
export function sentenceCase(text: string, startsSentence: boolean): string {
  const words = [...text.matchAll(/[A-Z][A-Z'’-]*/g)];
  const keep = new Array<boolean>(words.length).fill(false);
  const shout = new Array<boolean>(words.length).fill(false);
  // "(CADWALLADER/GORDON)": mover and seconder.
  const pairs = [...text.matchAll(/\([A-Z][A-Z'’ -]*\/[A-Z][A-Z'’ -]*\)/g)].map((p) => [p.index!, p.index! + p[0].length]);
  const inPairs = (at: number): boolean => pairs.some(([from, to]) => at > from && at < to);
  words.forEach((m, k) => {
    const w = m[0];
    const base = w.replace(/(?:['’]S|['’-])$/, '');
    if (HEAD.test(base)) keepBodyName(text, words, k, keep);
    // "MOVED BY SMITH", "MOVED: NATASHA LONG", "SECOND: MAXIE RAY".
    const byMover = w === 'BY' && k > 0 && /^(?:MOVED|SECONDED|PROPOSED)$/.test(words[k - 1][0]);
    const moverLabel = /^(?:MOVED|SECONDED|SECOND|MOVER|SECONDER|PROPOSED|PROPOSER)$/.test(w) && /^\s*:/.test(text.slice(m.index! + w.length));
    if (TITLE.test(base)) keepPersonName(text, words, k, keep, 'title');
    else if (byMover || moverLabel) keepPersonName(text, words, k, keep, moverLabel ? 'label' : 'by');
    if (MARKER.test(w) && (k === 0 ? startsSentence : opensUnit(text, words, k))) {
      keep[k] = true;
      if (/^(?:RESOLVED|CARRIED)$/.test(w)) shout[k] = true;
    }
    if (MONTH_OR_DAY.test(w) || inPairs(m.index!)) keep[k] = true;
  });
  let out = '';
  let at = 0;
  let capital = startsSentence;
  words.forEach((m, k) => {
    const before = text.slice(at, m.index);
    const w = m[0];
    if (/[.!?:]["”’)]*\s+["“‘(]*$/.test(before) || (/["“]$/.test(before) && w === 'THAT') || (k === 0 && before.length > 0 && ENUMERATOR.test(text))) capital = true;
    const initials = w.length <= 3 && !COMMON_SHORT.test(w) && !MONTH_OR_DAY.test(w) && !SHORT_TITLE.test(w);
    out += before + (initials || shout[k] ? w : keep[k] || capital ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase());
    capital = false;
    at = m.index + w.length;
  });
  out += text.slice(at);
  // "(I)", "II.": in capitals a list's letters and numerals read as the words "I" and "II" or as a section's number;
  // before prose mixed-case minutes write "(i)", "ii.", "(a)".
  return out.replace(/^(\s*\(?)([A-Z]|[IVX]{1,5})([.)]\s)/, (_, open: string, n: string, close: string) => open + n.toLowerCase() + close);
}

/** A body's head noun at `k`: it, the name's words before it, and "of (the) X" after it keep their capital. */
function keepBodyName(text: string, words: RegExpMatchArray[], k: number, keep: boolean[]): void {
  keep[k] = true;
  // "COUNCIL SERVICES", "BOARD POLICY": a head followed by a noun is no name's end, and the words before it no name.
  const next = words[k + 1]?.[0];
  const attributive = next && adjacent(text, words[k], words[k + 1]) && !STOP.test(next) && !HEAD.test(next) && !/(?:ED|ING)$/.test(next) && !/^(?:HELD|MET|MEETS|SAT)$/.test(next);
  // Back over the name's words, and over "and"/"of" inside it ("FINANCE AND AUDIT COMMITTEE").
  for (let j = k - 1; !attributive && j >= 0 && j >= k - 5 && adjacent(text, words[j], words[j + 1]); j--) {
    if (/^(?:AND|OF)$/.test(words[j][0]) && j > 0 && !STOP.test(words[j - 1][0]) && adjacent(text, words[j - 1], words[j])) continue;
    if (STOP.test(words[j][0])) break;
    keep[j] = true;
  }
  // On into "of (the) X" ("CITY OF TORONTO", "BOARD OF PUBLIC WORKS", "COMMITTEE OF THE WHOLE").
  let j = k + 1;
  if (words[j]?.[0] !== 'OF' || !adjacent(text, words[k], words[j])) return;
  if (words[j + 1]?.[0] === 'THE' && adjacent(text, words[j], words[j + 1])) j++;
  for (let n = j + 1; n < words.length && n <= j + 2 && !STOP.test(words[n][0]) && adjacent(text, words[n - 1], words[n]); n++) {
    // "MINISTRY OF TRANSPORTATION REQUESTING …": a second word in -ING or -ED goes on with the sentence.
    if (n > j + 1 && /(?:ING|ED)$/.test(words[n][0])) break;
    keep[n] = true;
  }
}

/**
 * A title at `k` ("COUNCILLOR", "MR"), the "BY" of "MOVED BY" or a mover's label ("SECONDED:"): up to two words after it
 * are a name, unless they read as a verb. A title keeps its own capital.
 */
function keepPersonName(text: string, words: RegExpMatchArray[], k: number, keep: boolean[], by: 'title' | 'by' | 'label'): void {
  if (by === 'title') keep[k] = true;
  // "MAYOR PRO TEM RIVERA": the title's own last words, then the name.
  let first = k + 1;
  if (by === 'title' && words[first]?.[0] === 'PRO' && /^TEM(?:PORE)?$/.test(words[first + 1]?.[0] ?? '') && adjacent(text, words[k], words[first])) {
    keep[first] = keep[first + 1] = true;
    first += 2;
  }
  for (let j = first; j < words.length && j <= first + 1 && adjacent(text, words[j - 1], words[j], j === k + 1 && by === 'label'); j++) {
    const w = words[j][0];
    // "TRUSTEE NGUYEN VOTING NO", "THE MAYOR OPENED": a name's second word in -ING, or any in -ED, is the sentence going on.
    if (STOP.test(w) || HEAD.test(w) || (j > k + 1 ? /(?:ED|ING)$/ : /ED$/).test(w)) break;
    keep[j] = true;
    if (/['’]S$/.test(w)) break;
  }
}

/** "MOTION" with its mover and seconder after it: "MOTION BY TRUSTEE ALVAREZ, SECONDED BY …". */
const MOTION_WITH_MOVERS = /^\s+BY\s+[A-Z][A-Z'’. -]{1,40},?\s+(?:SECONDED|SECOND|SUPPORTED)\b/;

/**
 * A marker word that opens a unit of its own: after a stop, a quote, a number ("… AS READ. "CARRIED" RESOLUTION
 * #C-77-1584 MOVED BY …"), not after an ordinary word or a comma ("IT WAS MOVED BY", "…, SECONDED BY …").
 */
function opensUnit(text: string, words: RegExpMatchArray[], k: number): boolean {
  // "2. APPROVAL OF MINUTES MOTION BY TRUSTEE ALVAREZ, SECONDED BY …": a motion with its movers opens one after a title it was
  // run into, as a page flattened into one line has it.
  if (words[k][0] === 'MOTION' && MOTION_WITH_MOVERS.test(text.slice(words[k].index! + 6, words[k].index! + 120))) return true;
  const prev = words[k - 1];
  const between = text.slice(prev.index! + prev[0].length, words[k].index);
  if (/^\s*,?\s*$/.test(between)) return prev[0].length <= 3 && !COMMON_SHORT.test(prev[0]);
  return true;
}

/** Two words of one name stand apart by spaces (or an ampersand) only: a comma or bracket ends the name. After a label ("MOVED:") its colon. */
function adjacent(text: string, a: RegExpMatchArray, b: RegExpMatchArray, afterLabel = false): boolean {
  return (afterLabel ? /^\s*:\s*$/ : /^\s+(?:&\s+)?$/).test(text.slice(a.index! + a[0].length, b.index));
}
