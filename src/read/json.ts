/**
 * JSON and JSONL readers. A JSON file holds one article object, an array of them, or a wrapper
 * (`{articles: [...]}`, `{items: [...]}`, `{data: [...]}`, `{response: {results: [...]}}`, ...);
 * a JSONL file holds one object per line. Field names vary by scraper and API, so each field is
 * looked up through a list of aliases. HTML content is split into paragraphs; plain text is split
 * on blank lines (or lines). Problems name the file and, for JSONL, the line; other items go on.
 */
import { assembleBody, cleanInline, type Piece } from './body.js';
import { outletFromUrl } from './outlet.js';
import { bestDate } from './dates.js';
import { normaliseAuthors } from './authors.js';
import { htmlFragmentToPieces, looksLikeHtml, plainTextToPieces, tidyPieces } from './html.js';
import { decodeEntities, httpUrl, normaliseLanguage, pick, textOf } from './fields.js';
import type { Article, Problem, ReadResult } from './types.js';

type Obj = Record<string, unknown>;

export const TITLE_KEYS = ['title', 'headline', 'webTitle', 'name_of_article'];
export const TEXT_KEYS = [
  'text', 'body', 'content', 'article', 'maintext', 'articleBody', 'article_body', 'full_text', 'fulltext',
  'body_text', 'bodyText', 'content_html', 'content_text', 'contentText', 'story', 'content:encoded', 'html',
];
export const SUMMARY_KEYS = ['description', 'summary', 'excerpt', 'lead', 'abstract', 'standfirst', 'trailText'];
export const URL_KEYS = ['url', 'link', 'source_url', 'sourceUrl', 'canonical_url', 'canonicalUrl', 'permalink', 'webUrl', 'web_url', 'uri', 'href'];
export const DATE_KEYS = [
  'date', 'published', 'publishedAt', 'published_at', 'pubDate', 'date_publish', 'datePublished', 'date_published',
  'publish_date', 'publishDate', 'publication_date', 'publicationDate', 'webPublicationDate', 'firstPublished',
  'first_published', 'created_at', 'createdAt', 'dateCreated', 'date_created', 'time', 'timestamp', 'pub_date', 'isoDate',
];
export const AUTHOR_KEYS = ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers', 'by', 'dc:creator'];
export const OUTLET_KEYS = ['outlet', 'publisher', 'site_name', 'siteName', 'source_name', 'sourceName', 'publication', 'source', 'site', 'newspaper', 'media'];
export const LANGUAGE_KEYS = ['language', 'lang', 'locale', 'inLanguage', 'language_code'];
const CONTAINER_KEYS = ['articles', 'items', 'data', 'results', 'entries', 'posts', 'documents', 'docs', 'stories', 'news', 'records', 'hits', 'response', 'value'];

/** Flatten common wrappers around an article's own fields (`_source`, `fields`, `attributes`). */
function flatten(o: Obj): Obj {
  let out: Obj = { ...o };
  for (const k of ['_source', 'fields', 'attributes', 'article', 'story']) {
    const v = o[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && (k !== 'article' && k !== 'story' ? true : pick(v as Obj, [...TITLE_KEYS, ...TEXT_KEYS]) !== undefined)) {
      const inner = { ...(v as Obj) };
      if (k === 'article' || k === 'story') delete out[k];
      out = { ...out, ...inner };
    }
  }
  return out;
}

/** Body pieces and captions from a text field: HTML, plain text, or an array of paragraphs. */
function contentPieces(v: unknown): { pieces: Piece[]; captions: string[] } {
  if (Array.isArray(v)) {
    const pieces: Piece[] = [];
    const captions: string[] = [];
    for (const x of v) {
      const r = contentPieces(typeof x === 'string' ? x : textOf(x));
      pieces.push(...r.pieces);
      captions.push(...r.captions);
    }
    return { pieces, captions };
  }
  const s = textOf(v);
  if (!s || !s.trim()) return { pieces: [], captions: [] };
  if (looksLikeHtml(s)) return htmlFragmentToPieces(s);
  return { pieces: plainTextToPieces(decodeEntities(s)), captions: [] };
}

function strings(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => textOf(x)).filter((x): x is string => !!x && !!x.trim()).map(cleanInline);
}

/** Outlet name from an explicit field: a string, `{name}`, or a url (then its lexicon outlet). */
function outletField(v: unknown): string | null {
  const s = textOf(v);
  if (!s) return null;
  const u = httpUrl(s);
  if (u) return outletFromUrl(u);
  const t = cleanInline(s);
  return t && t.length <= 100 ? t : null;
}

/**
 * One article object → Article, or a Problem "no title or text".
 * `where` names the place in the file for messages (JSONL line, array item).
 */
export function articleFromObject(raw: Obj, origin: string, format: string, where: { line?: number; item?: number } = {}): Article | Problem {
  const o = flatten(raw);
  const titleRaw = textOf(pick(o, TITLE_KEYS));
  const title = titleRaw ? cleanInline(looksLikeHtml(titleRaw) ? htmlFragmentToPieces(titleRaw).pieces.map((p) => p.text).join(' ') : decodeEntities(titleRaw)) : '';
  let content = contentPieces(pick(o, TEXT_KEYS));
  if (!content.pieces.length) content = contentPieces(pick(o, SUMMARY_KEYS));
  const { pieces, sourcesCited } = tidyPieces(content.pieces, title || null);
  const { body, blocks } = assembleBody(pieces);
  if (!title && !body) {
    const prefix = where.item !== undefined ? `item ${where.item}: ` : '';
    return { origin, ...(where.line !== undefined ? { line: where.line } : {}), reason: `${prefix}no title or text` };
  }
  const mainEntity = pick(o, ['mainEntityOfPage']);
  const url = httpUrl(pick(o, URL_KEYS)) ?? httpUrl(mainEntity && typeof mainEntity === 'object' ? (mainEntity as Obj)['@id'] : mainEntity);
  const explicitSources = strings(pick(o, ['sourcesCited', 'sources_cited']));
  const captions = [...new Set([...content.captions, ...strings(pick(o, ['captions', 'caption', 'image_caption', 'imageCaption']))])];
  return {
    file: origin,
    url,
    outlet: outletFromUrl(url) ?? outletField(pick(o, OUTLET_KEYS)),
    title,
    published: bestDate([pick(o, DATE_KEYS)].flat()),
    authors: normaliseAuthors(pick(o, AUTHOR_KEYS)),
    language: normaliseLanguage(pick(o, LANGUAGE_KEYS)) ?? 'en',
    body,
    captions,
    sourcesCited: explicitSources.length ? explicitSources : sourcesCited,
    blocks,
    format,
  };
}

function isArticle(v: Article | Problem): v is Article {
  return (v as Article).body !== undefined;
}

/** Line (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offset of the first syntax error in a JSON text (a small recursive-descent scan), or -1 if it
 * parses; used to give a line number when `JSON.parse`'s message has no position.
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && ' \t\n\r'.includes(s[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') return void i++;
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') return void i++;
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ']') return void i++;
        fail();
      }
    } else if (c === '"') str();
    else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    } else {
      for (const lit of ['true', 'false', 'null']) {
        if (s.startsWith(lit, i)) {
          i += lit.length;
          return;
        }
      }
      fail();
    }
  };
  const str = (): void => {
    i++;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 0x20) fail();
      if (c === 92) i++;
      i++;
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < s.length) fail();
    return -1;
  } catch (e) {
    return typeof e === 'number' ? Math.min(e, s.length) : -1;
  }
}

function jsonProblem(text: string, origin: string, e: unknown, lineOffset = 0): Problem {
  const msg = (e as Error).message ?? String(e);
  const pos = /position (\d+)/.exec(msg);
  const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
  const short = msg.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '').slice(0, 120);
  const line = offset >= 0 ? lineAt(text, offset) + lineOffset : lineAt(text, text.length) + lineOffset;
  return { origin, line, reason: `invalid JSON: ${short}` };
}

/** The article objects in a parsed JSON value (array, wrapper object or single article). */
function itemsOf(v: unknown, depth = 0): unknown[] | null {
  if (Array.isArray(v)) return v;
  if (!v || typeof v !== 'object' || depth > 3) return null;
  const o = v as Obj;
  // Wrappers first (a JSON Feed has a title of its own and its articles under `items`).
  for (const k of CONTAINER_KEYS) {
    const inner = o[k];
    if (Array.isArray(inner) && (inner.length === 0 || inner.some((x) => x && typeof x === 'object' && !Array.isArray(x)))) return inner;
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && pick(inner as Obj, [...TITLE_KEYS, ...TEXT_KEYS]) === undefined) {
      const r = itemsOf(inner, depth + 1);
      if (r && r !== null && !(r.length === 1 && r[0] === inner)) return r;
    }
  }
  return [o];
}

/** Does a text look like JSON Lines (several lines, each a JSON object)? */
export function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => /^\s*\{/.test(l) && /\}\s*$/.test(l));
}

/** Read a JSON file: one article object, an array of them, or a wrapper object holding an array. */
export function readJson(text: string, origin: string): ReadResult {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    if (looksLikeJsonl(text)) return readJsonl(text, origin);
    return { articles: [], problems: [jsonProblem(text, origin, e)] };
  }
  const items = itemsOf(v);
  if (!items) return { articles: [], problems: [{ origin, reason: 'JSON is not an article object or an array of articles' }] };
  if (!items.length) return { articles: [], problems: [{ origin, reason: 'no articles in file' }] };
  const articles: Article[] = [];
  const problems: Problem[] = [];
  items.forEach((it, idx) => {
    const item = items.length > 1 ? idx + 1 : undefined;
    if (!it || typeof it !== 'object' || Array.isArray(it)) {
      problems.push({ origin, reason: `item ${idx + 1}: not an object` });
      return;
    }
    const r = articleFromObject(it as Obj, origin, 'json', { item });
    if (isArticle(r)) articles.push(r);
    else problems.push(r);
  });
  return { articles, problems };
}

/** Read a JSONL file: one article object per line; a bad line gives a Problem with its line number. */
export function readJsonl(text: string, origin: string): ReadResult {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const l = raw.trim();
    if (!l) return;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch (e) {
      const p = jsonProblem(l, origin, e);
      problems.push({ origin, line, reason: p.reason });
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      problems.push({ origin, line, reason: 'not a JSON object' });
      return;
    }
    const r = articleFromObject(v as Obj, origin, 'jsonl', { line });
    if (isArticle(r)) articles.push(r);
    else problems.push(r);
  });
  if (!articles.length && !problems.length) problems.push({ origin, reason: 'no articles in file' });
  return { articles, problems };
}
