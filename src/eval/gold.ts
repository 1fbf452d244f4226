/**
 * The gold format of docs/records.md section 2 (`*.gold.json`, one per
 * article): types, validation and loading. Only the evaluation reads gold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES } from '../export/records.js';
import type { ActorType, EventType, Modality } from '../export/records.js';

export interface GoldArticle {
  title: string;
  published: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
}

export interface GoldActor {
  name: string;
  aliases: string[];
  type: ActorType;
  country: string | null;
}

export interface GoldEvent {
  type: EventType;
  /** Note for humans; not scored. */
  mode: string | null;
  /** Names from `actors[].name`. */
  source: string[];
  target: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the article gives none. */
  date: string | null;
  location: string | null;
  modality: Modality;
  /** Defensible but debatable: finding it is not rewarded, missing it not punished. */
  optional: boolean;
  note: string | null;
}

export interface GoldQuote {
  /** A name from `actors[].name`; null for an unnamed source. */
  speaker: string | null;
  /** Opening words of the quote as printed. */
  text: string;
  direct: boolean;
  /** Same meaning as for events (an addition to the format; default false). */
  optional: boolean;
}

export interface GoldFile {
  /** Article path relative to the corpus root, e.g. `seeds/000_x.txt`. */
  file: string;
  article: GoldArticle;
  actors: GoldActor[];
  events: GoldEvent[];
  quotes: GoldQuote[];
  /** Where this gold file was read from (not part of the JSON). */
  path: string;
}

/** A gold file that cannot be read or does not follow the format. */
export class GoldFormatError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'GoldFormatError';
  }
}

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'state', 'group', 'media', 'place'];
const MODALITIES: readonly Modality[] = ['asserted', 'intended', 'hypothetical', 'negated'];
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

type Obj = Record<string, unknown>;

class Checker {
  constructor(private readonly path: string) {}

  fail(where: string, msg: string): never {
    throw new GoldFormatError(this.path, where ? `${where}: ${msg}` : msg);
  }

  obj(v: unknown, where: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(where, 'expected an object');
    return v as Obj;
  }

  has(o: Obj, key: string, where: string): unknown {
    if (!(key in o)) this.fail(where, `missing field "${key}"`);
    return o[key];
  }

  str(o: Obj, key: string, where: string): string {
    const v = this.has(o, key, where);
    if (typeof v !== 'string') this.fail(where, `"${key}" must be a string`);
    return v;
  }

  strOrNull(o: Obj, key: string, where: string, required = true): string | null {
    if (!required && !(key in o)) return null;
    const v = this.has(o, key, where);
    if (v !== null && typeof v !== 'string') this.fail(where, `"${key}" must be a string or null`);
    return v;
  }

  strList(o: Obj, key: string, where: string, required = true): string[] {
    if (!required && !(key in o)) return [];
    const v = this.has(o, key, where);
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(where, `"${key}" must be a list of strings`);
    return v as string[];
  }

  bool(o: Obj, key: string, where: string, dflt: boolean): boolean {
    if (!(key in o) || o[key] === null) return dflt;
    if (typeof o[key] !== 'boolean') this.fail(where, `"${key}" must be true or false`);
    return o[key];
  }

  list(o: Obj, key: string, where: string): unknown[] {
    const v = this.has(o, key, where);
    if (!Array.isArray(v)) this.fail(where, `"${key}" must be a list`);
    return v;
  }

  oneOf<T extends string>(v: string, allowed: readonly T[], where: string, key: string): T {
    if (!(allowed as readonly string[]).includes(v)) this.fail(where, `"${key}" is "${v}", expected one of ${allowed.join(', ')}`);
    return v as T;
  }
}

/** Validate parsed JSON as a gold file; `path` names it in errors. Fills defaults for optional fields. */
export function parseGold(json: unknown, path: string): GoldFile {
  const c = new Checker(path);
  const root = c.obj(json, '');
  const file = c.str(root, 'file', '');
  if (!file.trim()) c.fail('', '"file" is empty');
  const a = c.obj(c.has(root, 'article', ''), 'article');
  const article: GoldArticle = {
    title: c.str(a, 'title', 'article'),
    published: c.strOrNull(a, 'published', 'article'),
    outlet: c.strOrNull(a, 'outlet', 'article'),
    authors: c.strList(a, 'authors', 'article'),
    url: c.strOrNull(a, 'url', 'article'),
  };

  const actors = c.list(root, 'actors', '').map((v, i): GoldActor => {
    const w = `actors[${i}]`;
    const o = c.obj(v, w);
    return {
      name: c.str(o, 'name', w),
      aliases: c.strList(o, 'aliases', w, false),
      type: c.oneOf(c.str(o, 'type', w), ACTOR_TYPES, w, 'type'),
      country: c.strOrNull(o, 'country', w),
    };
  });
  const names = new Set<string>();
  for (const [i, actor] of actors.entries()) {
    if (names.has(actor.name)) c.fail(`actors[${i}]`, `duplicate actor name "${actor.name}"`);
    names.add(actor.name);
  }
  const known = (name: string, where: string): string => {
    if (!names.has(name)) c.fail(where, `"${name}" is not the name of an actor in "actors"`);
    return name;
  };

  const events = c.list(root, 'events', '').map((v, i): GoldEvent => {
    const w = `events[${i}]`;
    const o = c.obj(v, w);
    const date = c.strOrNull(o, 'date', w);
    if (date !== null && !DATE_RE.test(date)) c.fail(w, `"date" is "${date}", expected YYYY, YYYY-MM, YYYY-MM-DD or null`);
    const source = c.strList(o, 'source', w).map((n) => known(n, w));
    return {
      type: c.oneOf(c.str(o, 'type', w), EVENT_TYPES, w, 'type'),
      mode: c.strOrNull(o, 'mode', w, false),
      source,
      target: c.strList(o, 'target', w).map((n) => known(n, w)),
      date,
      location: c.strOrNull(o, 'location', w, false),
      modality: c.oneOf(c.str(o, 'modality', w), MODALITIES, w, 'modality'),
      optional: c.bool(o, 'optional', w, false),
      note: c.strOrNull(o, 'note', w, false),
    };
  });

  const quotes = c.list(root, 'quotes', '').map((v, i): GoldQuote => {
    const w = `quotes[${i}]`;
    const o = c.obj(v, w);
    const speaker = c.strOrNull(o, 'speaker', w);
    const text = c.str(o, 'text', w);
    if (!/[\p{L}\p{N}]/u.test(text)) c.fail(w, '"text" has no words');
    return {
      speaker: speaker === null ? null : known(speaker, w),
      text,
      direct: c.bool(o, 'direct', w, true),
      optional: c.bool(o, 'optional', w, false),
    };
  });

  return { file, article, actors, events, quotes, path };
}

/** Read and validate one gold file. */
export function loadGoldFile(path: string): GoldFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldFormatError(path, `cannot read: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new GoldFormatError(path, `invalid JSON: ${(e as Error).message}`);
  }
  return parseGold(json, path);
}

/** All `*.gold.json` files directly in `dir`, sorted by file name, validated. */
export function loadGoldDir(dir: string): GoldFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch (e) {
    throw new GoldFormatError(dir, `cannot read gold folder: ${(e as Error).message}`);
  }
  const golds = names
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => loadGoldFile(join(dir, n)));
  const seen = new Map<string, string>();
  for (const g of golds) {
    const key = normalizeGoldPath(g.file);
    const other = seen.get(key);
    if (other) throw new GoldFormatError(g.path, `same "file" (${g.file}) as ${other}`);
    seen.set(key, g.path);
  }
  return golds;
}

/** A gold `file` with forward slashes and no leading "./". */
export function normalizeGoldPath(file: string): string {
  return file.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
