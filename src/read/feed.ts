/**
 * RSS (2.0, and 1.0/RDF) and Atom reader: one Article per item/entry.
 *
 * The XML is validated first (fast-xml-parser's XMLValidator); invalid XML gives one Problem with
 * the parser's reason and line. Each item's title, link, date, author and content
 * (content:encoded / content / description / summary; HTML is split into paragraphs) are read; the
 * outlet is the lexicon outlet of the item's link, else the channel/feed title. An item with
 * neither title nor text gives a Problem for that item only (with its line).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { assembleBody, cleanInline, type Piece } from './body.js';
import { outletFromUrl } from './outlet.js';
import { bestDate } from './dates.js';
import { normaliseAuthors } from './authors.js';
import { htmlFragmentToPieces, looksLikeHtml, plainTextToPieces, tidyPieces } from './html.js';
import { decodeEntities, httpUrl, normaliseLanguage, textOf } from './fields.js';
import type { Article, Problem, ReadResult } from './types.js';

type Obj = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator', 'media:content', 'media:thumbnail', 'contributor']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom content/summary can hold inline XHTML: keep it raw and parse it as HTML ourselves.
  stopNodes: ['*.entry.content', '*.entry.summary', '*.entry.title'],
  isArray: (name) => ARRAYS.has(name),
});

/** Text of an XML value parsed by fast-xml-parser (string, {#text}, arrays, nested markup). */
function xmlText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = xmlText(x);
      if (t && t.trim()) return t;
    }
    return null;
  }
  const o = v as Obj;
  if ('#text' in o) return xmlText(o['#text']);
  const parts: string[] = [];
  for (const [k, x] of Object.entries(o)) if (!k.startsWith('@_')) parts.push(xmlText(x) ?? '');
  return parts.join(' ').trim() || null;
}

function attr(v: unknown, name: string): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const a = (v as Obj)[`@_${name}`];
    return typeof a === 'string' ? a : null;
  }
  return null;
}

/** Raw text of an Atom stop node: CDATA unwrapped, or entities decoded (type html/text); XHTML kept as markup. */
function atomRaw(v: unknown): { text: string; type: string } | null {
  if (v === null || v === undefined) return null;
  const node = Array.isArray(v) ? v[0] : v;
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  const raw = typeof node === 'string' ? node : xmlText(node);
  if (!raw) return null;
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) return { text: raw, type: 'html' };
  // Escaped or CDATA content: unwrap CDATA sections verbatim, decode entities elsewhere.
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  out += decodeEntities(raw.slice(last));
  return { text: out, type: type === 'html' || type.endsWith('html') ? 'html' : looksLikeHtml(out) ? 'html' : 'text' };
}

function contentPieces(s: string | null, html: boolean | null): { pieces: Piece[]; captions: string[] } {
  if (!s || !s.trim()) return { pieces: [], captions: [] };
  if (html ?? looksLikeHtml(s)) return htmlFragmentToPieces(s);
  return { pieces: plainTextToPieces(decodeEntities(s)), captions: [] };
}

/**
 * Line number of the n-th `<item>` / `<entry>` start tag (from 0), for the problem an item gives:
 * the lines are counted on the first call only, as most feeds have no problem item.
 */
function itemLines(text: string, tag: string): (n: number) => number | undefined {
  let lines: number[] | null = null;
  return (n) => {
    if (!lines) {
      lines = [];
      const re = new RegExp(`<${tag}[\\s>/]`, 'g');
      let line = 1;
      let pos = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        for (; pos < m.index; pos++) if (text.charCodeAt(pos) === 10) line++;
        lines.push(line);
      }
    }
    return lines[n];
  };
}

/** Captions from Media RSS (`media:content` / `media:description`) on an item. */
function mediaCaptions(item: Obj): string[] {
  const out: string[] = [];
  for (const k of ['media:content', 'media:thumbnail', 'media:group']) {
    const arr = item[k];
    for (const x of Array.isArray(arr) ? arr : arr ? [arr] : []) {
      if (x && typeof x === 'object') {
        const d = xmlText((x as Obj)['media:description']) ?? xmlText((x as Obj)['media:title']);
        if (d && d.trim().split(/\s+/).length >= 3) out.push(cleanInline(decodeEntities(d)));
      }
    }
  }
  return out;
}

function finish(
  origin: string, format: 'rss' | 'atom', lineOf: () => number | undefined, f: {
    title: string; link: string | null; dates: unknown[]; authors: unknown; content: { pieces: Piece[]; captions: string[] };
    captions: string[]; outlet: string | null; language: string | null;
  },
): Article | Problem {
  const title = cleanInline(f.title);
  const { pieces, sourcesCited } = tidyPieces(f.content.pieces, title || null);
  const { body, blocks } = assembleBody(pieces);
  if (!title && !body) {
    const line = lineOf();
    return { origin, ...(line !== undefined ? { line } : {}), reason: `${format === 'rss' ? 'item' : 'entry'} has no title or text` };
  }
  return {
    file: origin,
    url: f.link,
    outlet: outletFromUrl(f.link) ?? f.outlet,
    title,
    published: bestDate(f.dates),
    authors: normaliseAuthors(f.authors),
    language: f.language ?? 'en',
    body,
    captions: [...new Set([...f.content.captions, ...f.captions])],
    sourcesCited,
    blocks,
    format,
  };
}

function readRss(doc: Obj, text: string, origin: string): ReadResult {
  const root = (doc['rss'] ?? doc['rdf:RDF'] ?? doc['RDF']) as Obj;
  const channel = ((Array.isArray(root['channel']) ? root['channel'][0] : root['channel']) ?? {}) as Obj;
  const channelTitle = xmlText(channel['title']);
  const channelLink = httpUrl(xmlText(channel['link']));
  const outlet = channelTitle ? cleanInline(decodeEntities(channelTitle)) : null;
  const language = normaliseLanguage(xmlText(channel['language']) ?? xmlText(channel['dc:language']));
  const items = (channel['item'] ?? root['item'] ?? []) as unknown[];
  const lineOf = itemLines(text, 'item');
  const articles: Article[] = [];
  const problems: Problem[] = [];
  items.forEach((raw, idx) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Obj;
    let link = httpUrl(xmlText(item['link']), channelLink);
    const guid = item['guid'];
    if (!link && attr(guid, 'isPermaLink') !== 'false') link = httpUrl(xmlText(guid));
    const encoded = xmlText(item['content:encoded']);
    const desc = xmlText(item['description']);
    let content = contentPieces(encoded, null);
    if (!content.pieces.length) content = contentPieces(desc, null);
    const r = finish(origin, 'rss', () => lineOf(idx), {
      title: decodeEntities(xmlText(item['title']) ?? ''),
      link,
      dates: [xmlText(item['pubDate']), xmlText(item['dc:date']), xmlText(item['published']), xmlText(item['updated'])],
      authors: [item['dc:creator'], item['author']]
        .map((a) => normaliseAuthors((Array.isArray(a) ? a : [a]).map(xmlText)))
        .find((a) => a.length) ?? [],
      content,
      captions: mediaCaptions(item),
      outlet,
      language: normaliseLanguage(xmlText(item['dc:language'])) ?? language,
    });
    if ('body' in r) articles.push(r);
    else problems.push(r);
  });
  if (!items.length) problems.push({ origin, reason: 'feed has no items' });
  return { articles, problems };
}

function atomLink(links: unknown, base: string | null): string | null {
  const arr = Array.isArray(links) ? links : links ? [links] : [];
  let fallback: string | null = null;
  for (const l of arr) {
    const href = attr(l, 'href') ?? xmlText(l);
    const rel = attr(l, 'rel') ?? 'alternate';
    const u = httpUrl(href, base);
    if (!u) continue;
    if (rel === 'alternate') return u;
    if (!fallback && rel !== 'self' && rel !== 'enclosure' && rel !== 'replies') fallback = u;
  }
  return fallback;
}

function atomAuthors(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : v ? [v] : [];
  return arr.map((a) => (a && typeof a === 'object' ? xmlText((a as Obj)['name']) : xmlText(a))).filter((x): x is string => !!x);
}

function readAtom(doc: Obj, text: string, origin: string): ReadResult {
  const feed = doc['feed'] as Obj;
  const feedTitle = xmlText(feed['title']);
  const outlet = feedTitle ? cleanInline(decodeEntities(feedTitle)) : null;
  const feedLink = atomLink(feed['link'], null);
  const language = normaliseLanguage(attr(feed, 'xml:lang'));
  const feedAuthors = atomAuthors(feed['author']);
  const entries = (feed['entry'] ?? []) as unknown[];
  const lineOf = itemLines(text, 'entry');
  const articles: Article[] = [];
  const problems: Problem[] = [];
  entries.forEach((raw, idx) => {
    const e = (raw && typeof raw === 'object' ? raw : {}) as Obj;
    const titleRaw = atomRaw(e['title']);
    const title = titleRaw ? (titleRaw.type === 'html' ? htmlFragmentToPieces(titleRaw.text).pieces.map((p) => p.text).join(' ') : titleRaw.text) : '';
    const c = atomRaw(e['content']);
    const s = atomRaw(e['summary']);
    let content = c ? contentPieces(c.text, c.type === 'html') : { pieces: [], captions: [] };
    if (!content.pieces.length && s) content = contentPieces(s.text, s.type === 'html');
    const authors = atomAuthors(e['author']);
    const r = finish(origin, 'atom', () => lineOf(idx), {
      title,
      link: atomLink(e['link'], feedLink) ?? httpUrl(xmlText(e['id'])),
      dates: [xmlText(e['published']), xmlText(e['dc:date']), xmlText(e['issued']), xmlText(e['updated']), xmlText(e['modified'])],
      authors: authors.length ? authors : feedAuthors,
      content,
      captions: mediaCaptions(e),
      outlet,
      language: normaliseLanguage(attr(e, 'xml:lang')) ?? language,
    });
    if ('body' in r) articles.push(r);
    else problems.push(r);
  });
  if (!entries.length) problems.push({ origin, reason: 'feed has no entries' });
  return { articles, problems };
}

/** Read an RSS or Atom feed: one Article per item/entry; format is 'rss' or 'atom'. */
export function readFeed(input: string, origin: string): ReadResult {
  // Whitespace before the XML declaration is common in served feeds and harmless: skip it, keeping line numbers.
  const lead = /^\s*/.exec(input)![0];
  const skippedLines = (lead.match(/\n/g) ?? []).length;
  const text = input.slice(lead.length);
  if (!text) return { articles: [], problems: [{ origin, reason: 'empty feed' }] };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const err = valid.err;
    return { articles: [], problems: [{ origin, line: err.line + skippedLines, reason: `invalid XML: ${err.msg}` }] };
  }
  let doc: Obj;
  try {
    doc = parser.parse(text) as Obj;
  } catch (e) {
    return { articles: [], problems: [{ origin, reason: `invalid XML: ${(e as Error).message}` }] };
  }
  if (doc['feed']) return readAtom(doc, input, origin);
  if (doc['rss'] || doc['rdf:RDF'] || doc['RDF']) return readRss(doc, input, origin);
  return { articles: [], problems: [{ origin, reason: 'not an RSS or Atom feed' }] };
}
