import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/report.js';
import { SEVERITY, type DiagnosticCode } from '../diagnostics/codes.js';
import { storeLayout, yamlFiles } from './layout.js';
import { contentChecksum } from './checksum.js';
import { loadIndex } from './index-file.js';
import { storedPath } from '../import/files.js';

const schemaDir = new URL('../../schema/', import.meta.url);
let validators: { meeting: ValidateFunction; body: ValidateFunction } | undefined;

function schemas() {
  if (validators) return validators;
  // Required on first use, not imported: ajv is a tenth of a second of start-up for commands that never validate.
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  const ajv = new Ajv({ allErrors: true, strict: false });
  const load = (name: string) => JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8'));
  validators = { meeting: ajv.compile(load('meeting.schema.json')), body: ajv.compile(load('body.schema.json')) };
  return validators;
}

interface Loaded {
  name: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

interface Place {
  name: string;
  line: number;
  column: number;
}

/**
 * Check a store: each file against its JSON Schema, links between records and to
 * bodies, ids unique across the store, clause numbers unique within an item, actions
 * with an owner, record files untouched outside their staff blocks. Every problem
 * carries the YAML file's line and column.
 */
export async function validateStore(root: string): Promise<Diagnostic[]> {
  const layout = storeLayout(root);
  const base = dirname(resolve(root));
  const out: Diagnostic[] = [];
  const say = sayInto(out);

  const bodies = new Set<string>();
  for (const f of await yamlFiles(layout.bodies)) {
    const file = await load(join(layout.bodies, f), base, say);
    if (!file) continue;
    if (!schemas().body(file.data)) for (const e of schemas().body.errors ?? []) say(place(file, e.instancePath), 'schema', schemaMessage(e));
    const id = (file.data as { id?: unknown } | null)?.id;
    if (typeof id === 'string') bodies.add(id);
  }

  const ids = new Map<string, Place>();
  const meetingFiles = await yamlFiles(layout.meetings);
  for (const f of meetingFiles) {
    const file = await load(join(layout.meetings, f), base, say);
    if (!file) continue;
    const v = schemas().meeting;
    if (!v(file.data)) {
      for (const e of v.errors ?? []) say(place(file, e.instancePath), 'schema', schemaMessage(e));
      continue;
    }
    const data = file.data as MeetingData;
    if (data.checksum !== contentChecksum(data)) {
      say(place(file, '/checksum'), 'hand-edited', 'Unexpected edits outside the staff blocks, expected changes only under `staff:`',
        'Re-import will leave this file alone; move the edits into staff: blocks to keep them and get updates.');
    }
    const local = new Set<string>();
    const claim = (id: string, pointer: string) => {
      const at = place(file, pointer);
      const before = ids.get(id);
      if (before) say(at, 'duplicate-id', `Unexpected duplicate id \`${id}\`, expected ids unique across the store`, `First used at ${before.name}:${before.line}:${before.column}.`);
      else ids.set(id, at);
      local.add(id);
    };
    claim(data.id, '/id');
    data.items.forEach((i, k) => claim(i.id, `/items/${k}/id`));
    data.resolutions.forEach((r, k) => claim(r.id, `/resolutions/${k}/id`));
    data.recommendations.forEach((r, k) => claim(r.id, `/recommendations/${k}/id`));
    data.referrals.forEach((r, k) => claim(r.id, `/referrals/${k}/id`));

    if (data.meeting.body && !bodies.has(data.meeting.body)) say(place(file, '/meeting/body'), 'broken-link', `Unexpected body \`${data.meeting.body}\`, expected the id of a file in bodies/`);
    const referred = new Set(data.referrals.map((f) => f.from));
    for (const list of ['resolutions', 'recommendations'] as const) {
      const numbers = new Map<string, number>();
      data[list].forEach((r, k) => {
        if (r.item && !local.has(r.item)) say(place(file, `/${list}/${k}/item`), 'broken-link', `Unexpected item \`${r.item}\`, expected the id of an item in this file`);
        if (r.number) {
          const key = `${r.item ?? ''}\u0000${r.number}`;
          if (numbers.has(key)) say(place(file, `/${list}/${k}/number`), 'duplicate-number', `Unexpected second clause ${r.number} in one item, expected each number once`, `The first is ${data[list][numbers.get(key)!].id}.`);
          else numbers.set(key, k);
        }
        // An owner read from the wording counts; staff.owner only has to fill the gaps.
        // A matter sent to a body has that body to answer for it: the referral tracks it.
        if (list === 'resolutions' && (r as { action?: boolean }).action && !r.staff?.owner && !r.owner && !referred.has(r.id)) {
          say(place(file, `/${list}/${k}`), 'no-owner', `Unexpected action without an owner in ${r.id}, expected an owner in its words or \`staff: { owner: ... }\``);
        }
      });
    }
    const clauseIds = new Set([...data.resolutions, ...data.recommendations].map((r) => r.id));
    data.referrals.forEach((r, k) => {
      if (!clauseIds.has(r.from)) say(place(file, `/referrals/${k}/from`), 'broken-link', `Unexpected referral source \`${r.from}\`, expected a resolution or recommendation id in this file`);
      if (!bodies.has(r.to)) say(place(file, `/referrals/${k}/to`), 'broken-link', `Unexpected body \`${r.to}\`, expected the id of a file in bodies/`);
    });
  }

  const index = await loadIndex(layout.index);
  const indexed = new Set([...index.values()].map((e) => e.file));
  const indexPlace = { name: storedPath(layout.index, base), line: 1, column: 1 };
  for (const e of index.values()) {
    if (!meetingFiles.includes(e.file.replace(/^meetings\//, ''))) say(indexPlace, 'broken-link', `Unexpected index entry ${e.id} for a missing file ${e.file}, expected the file to exist`, 'Run the import again to rebuild the index.');
  }
  for (const f of meetingFiles) {
    if (!indexed.has(`meetings/${f}`)) say({ name: storedPath(join(layout.meetings, f), base), line: 1, column: 1 }, 'not-indexed', 'Unexpected meeting file missing from index.yaml, expected every meeting indexed', 'An import was probably interrupted; run it again.');
  }
  return out;
}

/**
 * One meeting file as the reports load it: YAML syntax and the schema are errors (the
 * file is left out, and named); content that no longer matches its checksum (edited
 * by hand, or cut short by a failed copy) is a warning, and the file is still used.
 */
export function checkMeeting(text: string, name: string): { data?: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const say = sayInto(diagnostics);
  const file = loadText(text, name, say, LEFT_OUT);
  if (!file) return { diagnostics };
  const v = schemas().meeting;
  if (!v(file.data)) {
    for (const e of (v.errors ?? []).slice(0, 5)) say(place(file, e.instancePath), 'schema', schemaMessage(e), 'The file was left out of this report; fix it, or delete it and import its source again.');
    return { diagnostics };
  }
  const data = file.data as Record<string, unknown>;
  if (data.checksum !== contentChecksum(data)) {
    say(place(file, '/checksum'), 'hand-edited', 'Unexpected content that does not match its checksum (edited outside `staff:` or cut short), expected changes only under `staff:`',
      'The file was used as it stands; if it was cut short, delete it and import its source again.');
  }
  return { data, diagnostics };
}

/** Any YAML record file as the reports read it (bodies): syntax errors named, data a mapping or nothing. */
export function readYamlText(text: string, name: string): { data?: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = loadText(text, name, sayInto(diagnostics), LEFT_OUT)?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? { data: data as Record<string, unknown>, diagnostics } : { diagnostics };
}

const LEFT_OUT = 'The file was left out of this report; fix it or run `minutes validate`.';

type Say = (at: Place, code: DiagnosticCode, message: string, note?: string) => void;

function sayInto(out: Diagnostic[]): Say {
  return (at, code, message, note) => out.push({ file: at.name, line: at.line, column: at.column, severity: SEVERITY[code], code, message, ...(note ? { note } : {}) });
}

interface Clause { id: string; item?: string; number?: string; owner?: { name: string }; staff?: { owner?: string | null } | null }
interface MeetingData {
  id: string;
  checksum: string;
  meeting: { body?: string };
  items: { id: string }[];
  resolutions: Clause[];
  recommendations: Clause[];
  referrals: { id: string; from: string; to: string }[];
}


async function load(path: string, base: string, say: Say): Promise<Loaded | undefined> {
  return loadText(await readFile(path, 'utf8'), storedPath(path, base), say);
}

/** Parse a YAML file with positions; `note` goes with its syntax errors. */
function loadText(text: string, name: string, say: Say, note?: string): Loaded | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const p = lines.linePos(e.pos[0]);
      say({ name, line: p.line, column: p.col }, 'yaml-syntax', `Unexpected YAML: ${e.message.split('\n')[0]}, expected a valid YAML document`, note);
    }
    return undefined;
  }
  try {
    return { name, doc, lines, data: doc.toJS() };
  } catch (error) {
    // Valid syntax that still cannot be read as data: an alias to an anchor defined after it, an alias loop.
    say({ name, line: 1, column: 1 }, 'yaml-syntax', `Unexpected YAML: ${(error as Error).message.split('\n')[0]}, expected a valid YAML document`, note);
    return undefined;
  }
}

/** The place of a JSON pointer in the YAML file, or of its nearest existing parent. */
function place(file: Loaded, pointer: string): Place {
  const path = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = file.doc.contents;
  for (const key of path) {
    const next = isMap(node) ? node.get(key, true) : isSeq(node) ? node.get(Number(key), true) : undefined;
    if (!next) break;
    node = next;
  }
  const offset = (node as Node | undefined)?.range?.[0] ?? 0;
  const p = file.lines.linePos(offset);
  return { name: file.name, line: p.line, column: p.col };
}

function schemaMessage(e: { instancePath: string; message?: string; params?: Record<string, unknown> }): string {
  const where = e.instancePath || 'the file';
  const extra = e.params?.additionalProperty ? ` \`${String(e.params.additionalProperty)}\`` : e.params?.allowedValues ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
  return `Unexpected value at ${where}, expected it to ${(e.message ?? 'match the schema').replace(/^must /, '')}${extra}`;
}
