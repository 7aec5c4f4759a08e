import { readdir, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { bodyKey } from './ids.js';
import { writeAtomic } from '../io/atomic.js';

interface Body {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * The bodies of the store, one file each: canonical name, id and aliases. Names are
 * matched on their key ("the Cabinet" = "CABINET"), and a person's edits to a body
 * file (a better name, extra aliases) are kept: the importer only adds aliases.
 */
export function snapshotResolver(byKey: Record<string, string>): { resolve(name: string): string } {
  return { resolve: (name) => byKey[bodyKey(name)] ?? bodyKey(name) };
}

export class Gazetteer {
  private readonly byKey = new Map<string, string>();
  private readonly bodies = new Map<string, Body>();
  private readonly changed = new Set<string>();

  private constructor(private readonly dir: string) {}

  static async load(dir: string): Promise<Gazetteer> {
    const g = new Gazetteer(dir);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
      let data: Partial<Body> | null = null;
      try {
        data = parseDocument(await readFile(join(dir, name), 'utf8')).toJS() as Partial<Body> | null;
      } catch {
        continue; // validate reports it; importing goes on
      }
      if (typeof data?.id !== 'string' || typeof data.name !== 'string') continue;
      const body = { id: data.id, name: data.name, aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [] };
      g.bodies.set(body.id, body);
      for (const n of [body.name, ...body.aliases]) g.byKey.set(bodyKey(n), body.id);
      g.byKey.set(body.id, body.id);
    }
    return g;
  }

  /** The id of the body with this name, creating the body or the alias when new. */
  resolve(name: string): string {
    const key = bodyKey(name);
    const known = this.byKey.get(key);
    if (known) {
      const body = this.bodies.get(known)!;
      if (name !== body.name && !body.aliases.includes(name)) {
        body.aliases.push(name);
        this.changed.add(known);
      }
      return known;
    }
    const body: Body = { id: key, name, aliases: [] };
    this.bodies.set(key, body);
    this.byKey.set(key, key);
    this.changed.add(key);
    return key;
  }

  /** Write new bodies and new aliases. An existing file keeps everything a person put in it. */
  async save(): Promise<void> {
    if (this.changed.size === 0) return;
    await mkdir(this.dir, { recursive: true });
    for (const id of [...this.changed].sort()) {
      const body = this.bodies.get(id)!;
      const path = join(this.dir, `${id}.yaml`);
      const existing = await readFile(path, 'utf8').catch(() => undefined);
      if (existing === undefined) {
        await writeAtomic(path, stringify({ id, name: body.name, aliases: [...body.aliases].sort() }));
        continue;
      }
      const doc = parseDocument(existing);
      const have = new Set(((doc.get('aliases') as { items?: { value?: unknown }[] } | undefined)?.items ?? []).map((i) => String(i.value ?? i)));
      const add = body.aliases.filter((a) => !have.has(a) && a !== String(doc.get('name'))).sort();
      if (add.length === 0) continue;
      if (!doc.has('aliases')) doc.set('aliases', doc.createNode([]));
      for (const a of add) doc.addIn(['aliases'], a);
      await writeAtomic(path, doc.toString());
    }
    this.changed.clear();
  }

  /** Name keys → ids as they stand, for workers: a name not in it resolves to its own key, as `resolve` would. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.byKey);
  }

  name(id: string): string | undefined {
    return this.bodies.get(id)?.name;
  }
}
