/**
 * HTML reader: one web page → one Article.
 *
 * Metadata comes from meta tags (Open Graph, article:*, Dublin Core, parsely, ...), the canonical
 * link, `<time>` elements and JSON-LD (NewsArticle and kin, also inside `@graph`). The article
 * text comes from Mozilla Readability run on the same linkedom document (parsed once), then split
 * into paragraph / list-item / heading pieces; figure captions are kept apart, credits dropped.
 * `htmlFragmentToPieces` does the same splitting for HTML found inside JSON fields and feeds.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { parseLight, type HDocument, type HElement, type HNode, type HText } from './lightdom.js';
import { assembleBody, cleanInline, cleanLength, type Piece } from './body.js';
import { outletFromUrl } from './outlet.js';
import { bestDate, normaliseDate } from './dates.js';
import { isOrganisationName, normaliseAuthors } from './authors.js';
import { decodeEntities, httpUrl, isCredit, isCreditClean, isFurnitureClean, normaliseLanguage, sourcesLineClean, stripCredit, textOf } from './fields.js';
import type { Article, ReadResult } from './types.js';

/** Text pieces and captions found in an HTML tree. */
export interface HtmlText {
  pieces: Piece[];
  captions: string[];
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'button', 'input', 'select', 'textarea', 'form', 'nav', 'footer', 'aside', 'pre', 'head',
  'title', 'meta', 'link', 'source', 'track', 'map', 'dialog', 'menu', 'label', 'option',
]);

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'blockquote', 'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'center', 'body',
  'html', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'picture', 'hgroup', 'fieldset', 'legend',
]);

/** class/id words of page furniture containers. */
const FURNITURE_ATTR =
  /(^|[\s_-])(share|sharing|social|newsletter|subscribe|subscription|advert|advertisement|ads?|promo|related|recommend(ed|ations)?|comments?|breadcrumbs?|cookie|paywall|sidebar|byline|author-info|tags|signup|sign-up|read-more|more-stories|outbrain|taboola)([\s_-]|$)/i;

const CREDIT_ATTR = /(credit|copyright|attribution|photographer|source)/i;

type El = HElement;

function tagOf(n: HNode): string {
  return (n as El).localName?.toLowerCase?.() ?? '';
}

function isHidden(el: El): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const FURNITURE_ROLE = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog|alert)$/i;

function isFurnitureEl(el: El, tag: string): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLE.test(role)) return true;
  if (tag === 'header' && el.querySelector('nav') !== null) return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!cls.trim()) return false;
  if (/(^|\s)(article|story|entry|post)[-_]?(body|content|text)(\s|$)/i.test(cls)) return false;
  if (!FURNITURE_ATTR.test(cls)) return false;
  // A big container is not a sidebar box, whatever its class says ("page has-sidebar").
  return cleanLength(el.textContent ?? '') < 1500;
}

/** Plain text of an element, skipping scripts, styles and credit spans; `<br>` → newline. */
function inlineText(el: HNode, skipCredits = false): string {
  let out = '';
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (c.nodeType === 3) out += (c as HText).data;
    else if (c.nodeType === 1) {
      const t = tagOf(c);
      if (SKIP.has(t)) continue;
      if (t === 'br') out += '\n';
      else if (skipCredits && CREDIT_ATTR.test(`${(c as El).getAttribute('class') ?? ''} ${(c as El).getAttribute('id') ?? ''}`)) continue;
      else out += (BLOCK.has(t) ? ' ' : '') + inlineText(c, skipCredits) + (BLOCK.has(t) ? ' ' : '');
    }
  }
  return out;
}

/** A caption worth keeping from an image alt text: a phrase, not a file name or a one-word label. */
function altCaption(alt: string | null): string | null {
  const a = cleanInline(alt ?? '');
  if (a.split(/\s+/).length < 3) return null;
  if (/\.(jpe?g|png|gif|webp|svg)\b/i.test(a) || /^(image|photo|picture) of$/i.test(a)) return null;
  return stripCredit(a) || null;
}

function kindFor(tag: string, inherited: Piece['kind']): Piece['kind'] {
  if (/^h[1-6]$/.test(tag)) return 'h';
  if (tag === 'li') return 'li';
  if (tag === 'dt' || tag === 'dd' || tag === 'p' || tag === 'blockquote') return inherited === 'li' ? 'li' : 'p';
  return inherited;
}

/**
 * Is this block mostly link text: a navigation list, a list of related headlines, a tag cloud?
 * Paragraphs and list items count when over 80% of a short text is links; containers when over 70%
 * of their text is in at least three links. Lengths are those of the cleaned text (cleanLength).
 */
function linkDense(el: El, tag: string): boolean {
  const links = el.querySelectorAll('a');
  if (!links.length) return false;
  const inline = tag === 'p' || tag === 'li' || /^h[1-6]$/.test(tag);
  if (!inline && links.length < 3) return false;
  const textLength = cleanLength(el.textContent ?? '');
  // an inline block needs a short text (under 200 characters, a paragraph under 120)
  if (!textLength || (inline && textLength >= 200)) return false;
  let linkLength = 0;
  for (let i = 0; i < links.length; i++) linkLength += cleanLength(links[i]!.textContent ?? '');
  const share = linkLength / textLength;
  if (inline) return tag === 'p' ? share > 0.9 && textLength < 120 : share > 0.8;
  return share > 0.7;
}

/** Is a table used for layout (holding article paragraphs) rather than data? */
function isLayoutTable(el: El): boolean {
  return el.querySelector('p') !== null && cleanLength(el.textContent ?? '') > 300;
}

class Walker {
  readonly pieces: Piece[] = [];
  readonly captions: string[] = [];

  figure(el: El): void {
    const caps = Array.from(el.querySelectorAll('figcaption'));
    let found = false;
    for (const fc of caps) {
      const t = stripCredit(inlineText(fc, true));
      if (t && !isCredit(t)) {
        this.captions.push(t);
        found = true;
      }
    }
    if (!found) {
      for (const img of Array.from(el.querySelectorAll('img'))) {
        const a = altCaption(img.getAttribute('alt'));
        if (a) this.captions.push(a);
      }
    }
  }

  block(el: HNode, kind: Piece['kind']): void {
    const st = { buf: '' };
    this.children(el, kind, st);
    this.flush(st, kind);
  }

  private flush(st: { buf: string }, kind: Piece['kind']): void {
    for (const para of st.buf.split(/\n[ \t\u00a0]*\n/)) {
      const text = cleanInline(para);
      if (text) this.pieces.push({ text, kind, clean: true });
    }
    st.buf = '';
  }

  /** Walk the children of `el`, adding inline text to the open paragraph `st` and recursing into blocks. */
  private children(el: HNode, kind: Piece['kind'], st: { buf: string }): void {
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.nodeType === 3) {
        st.buf += (c as HText).data;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as El;
      const tag = tagOf(e);
      if (SKIP.has(tag) || isHidden(e)) continue;
      if (tag === 'br') {
        st.buf += '\n';
        continue;
      }
      if (tag === 'img') {
        const a = altCaption(e.getAttribute('alt'));
        if (a) this.captions.push(a);
        continue;
      }
      if (tag === 'figure' || tag === 'picture') {
        this.flush(st, kind);
        this.figure(e);
        continue;
      }
      if (tag === 'figcaption') {
        const t = stripCredit(inlineText(e, true));
        if (t && !isCredit(t)) this.captions.push(t);
        continue;
      }
      if (isFurnitureEl(e, tag)) continue;
      if (tag === 'table' && !isLayoutTable(e)) {
        this.flush(st, kind);
        continue;
      }
      if (BLOCK.has(tag)) {
        this.flush(st, kind);
        if (linkDense(e, tag)) continue;
        this.block(e, kindFor(tag, kind));
        continue;
      }
      // Inline element: its text joins the open paragraph; a block nested in it (broken markup) splits it there.
      if (e.querySelector('p,div,li,h1,h2,h3,h4,h5,h6,blockquote,figure,ul,ol,table,section,article') !== null) {
        this.children(e, kind, st);
      } else {
        const t = inlineText(e);
        // "Read more", "More on ..." links inside a paragraph are furniture.
        if (tag === 'a' && /^\s*(read more|more on|see also|related|click here|subscribe)\b/i.test(t)) continue;
        st.buf += t;
      }
    }
  }
}

/** Split an HTML element's content into body pieces and captions. */
export function elementToPieces(root: HNode): HtmlText {
  const w = new Walker();
  w.block(root, 'p');
  return { pieces: w.pieces, captions: dedupe(w.captions) };
}

/** Split an HTML fragment (e.g. a feed item's content or a JSON `content` field) into pieces and captions. */
export function htmlFragmentToPieces(html: string): HtmlText {
  const document = parseLight(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const r = elementToPieces(document.body!);
  return { pieces: tidyPieces(r.pieces, null).pieces, captions: r.captions };
}

/** Does a string look like HTML markup rather than plain text? */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|div|br|span|a|em|strong|b|i|ul|ol|li|h[1-6]|figure|figcaption|img|blockquote|table|section|article)\b[^>]*>/i.test(s);
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (!x || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Text reduced to lower-case letters and digits with single spaces between runs of them. A single
 * space between two words is left as it is (the pattern matches longer runs, or runs with another character).
 */
const norm = (s: string): string => cleanInline(s).toLowerCase().replace(/[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Drop furniture from extracted pieces: related links, share prompts, credits, a repeated title,
 * bylines and bare date lines; lift a "Source: ..." line into `sourcesCited`.
 */
export function tidyPieces(pieces: Piece[], title: string | null): { pieces: Piece[]; sourcesCited: string[] } {
  const out: Piece[] = [];
  const sourcesCited: string[] = [];
  const t = title ? norm(title) : null;
  let seenText = false;
  for (const p of pieces) {
    const text = p.clean ? p.text : cleanInline(p.text);
    if (!text) continue;
    if (isFurnitureClean(text) || isCreditClean(text)) continue;
    if (t && !seenText && norm(text) === t) continue;
    if (!seenText || text.length < 80) {
      if (/^by\s+\S/i.test(text) && text.length < 100 && text.split(/\s+/).length <= 12 && !/[.!?]["”]?$/.test(text)) continue;
      if (text.length < 40 && text.split(' ').length <= 6 && normaliseDate(text) !== null) continue;
    }
    const src = p.kind !== 'h' ? sourcesLineClean(text) : null;
    if (src) {
      sourcesCited.push(...src);
      continue;
    }
    out.push({ ...p, text, clean: true });
    if (p.kind !== 'h') seenText = true;
  }
  while (out.length && out[out.length - 1]!.kind === 'h') out.pop();
  return { pieces: out, sourcesCited: dedupe(sourcesCited) };
}

// ---------------------------------------------------------------- metadata

type Json = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(?:schema:|https?:\/\/schema\.org\/)?(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function parseJsonLd(raw: string): unknown {
  const s = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '').trim();
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Common breakage: raw newlines inside strings, trailing commas.
      return JSON.parse(s.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** JSON-LD nodes of a document, flattened (arrays and @graph), with an @id index. */
function jsonLdNodes(doc: HDocument): { nodes: Json[]; byId: Map<string, Json> } {
  const nodes: Json[] = [];
  const byId = new Map<string, Json>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    nodes.push(o);
    if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    visit(parseJsonLd(s.textContent ?? ''), 0);
  }
  return { nodes, byId };
}

function resolveRef(v: unknown, byId: Map<string, Json>): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRef(x, byId));
  if (v && typeof v === 'object') {
    const o = v as Json;
    if (typeof o['@id'] === 'string' && Object.keys(o).length === 1) return byId.get(o['@id']) ?? o;
  }
  return v;
}

/** The article node among JSON-LD nodes: news types first, then any article-like type. */
function articleNode(nodes: Json[]): Json | null {
  let fallback: Json | null = null;
  for (const n of nodes) {
    const ts = typesOf(n);
    if (ts.some((t) => /NewsArticle$/.test(t))) return n;
    if (!fallback && ts.some((t) => ARTICLE_TYPE.test(t))) fallback = n;
  }
  return fallback;
}

/** Meta tags by lower-cased name/property/itemprop/http-equiv, in document order. */
function metaMap(doc: HDocument): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content === null || !content.trim()) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = el.getAttribute(a);
      if (!k) continue;
      const key = k.trim().toLowerCase();
      const list = m.get(key) ?? [];
      list.push(content.trim());
      m.set(key, list);
    }
  }
  return m;
}

function firstMeta(meta: Map<string, string[]>, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

/** Remove a trailing " | Site" / " - Site" from a page title when the tail is the site or an outlet. */
export function stripSiteSuffix(title: string, siteNames: (string | null | undefined)[]): string {
  const names = siteNames.filter((s): s is string => !!s).map(norm);
  const m = /^(.{10,}?)\s+[|\u2013\u2014:\u00b7•-]\s+([^|\u2013\u2014]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.trim();
  if (names.includes(norm(tail)) || (tail.split(/\s+/).length <= 4 && isOrganisationName(tail))) return m[1]!.trim();
  return title;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dcterms.date',
  'article.published', 'publication_date', 'citation_publication_date', 'date', 'og:pubdate',
];

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name'];

interface PageMeta {
  title: string | null;
  published: string | null;
  authors: string[];
  url: string | null;
  outlet: string | null;
  language: string | null;
  articleBody: string | null;
  captions: string[];
}

function pageMeta(doc: HDocument): PageMeta {
  const meta = metaMap(doc);
  const { nodes, byId } = jsonLdNodes(doc);
  const ld = articleNode(nodes);
  const ldGet = (k: string): unknown => (ld ? resolveRef(ld[k], byId) : undefined);

  // url
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const ogUrl = firstMeta(meta, ['og:url', 'twitter:url']);
  const mainEntity = ldGet('mainEntityOfPage');
  const url =
    httpUrl(canonical, httpUrl(ogUrl)) ??
    httpUrl(ogUrl) ??
    httpUrl(ldGet('url')) ??
    httpUrl(typeof mainEntity === 'object' && mainEntity ? (mainEntity as Json)['@id'] : mainEntity);

  // outlet: from the url's domain, else an explicit site/publisher name
  const siteName = firstMeta(meta, ['og:site_name', 'application-name', 'twitter:site:name']);
  const publisher = textOf(ldGet('publisher'));
  const outlet = outletFromUrl(url) ?? (siteName ? cleanInline(siteName) : null) ?? (publisher ? cleanInline(publisher) : null);

  // title
  const h1 = doc.querySelector('article h1, main h1, h1');
  const rawTitle =
    firstMeta(meta, ['og:title', 'twitter:title']) ??
    textOf(ldGet('headline')) ??
    (h1 ? inlineText(h1) : null) ??
    doc.querySelector('title')?.textContent ??
    null;
  // JSON-LD and some CMSs double-escape: "&amp;" left in a headline is decoded here.
  const title = rawTitle ? stripSiteSuffix(cleanInline(decodeEntities(rawTitle)), [siteName, publisher, outlet]) || null : null;

  // date
  const times: string[] = [];
  // A page-wide <time> (a header clock, a related story) is trusted only when it is the page's only one.
  const onlyTime = doc.querySelectorAll('time[datetime]').length === 1 ? 'time[datetime]' : 'article time[datetime]';
  for (const sel of ['time[pubdate]', '[itemprop="datePublished"]', 'article time[datetime]', 'main time[datetime]', onlyTime]) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
    if (v) times.push(v);
  }
  const published = bestDate([
    textOf(ldGet('datePublished')),
    ...DATE_META.flatMap((k) => meta.get(k) ?? []),
    ...times,
    textOf(ldGet('dateCreated')),
  ]);

  // authors
  let authors = normaliseAuthors(ldGet('author'));
  if (!authors.length) {
    for (const k of AUTHOR_META) {
      authors = normaliseAuthors(meta.get(k) ?? []);
      if (authors.length) break;
    }
  }
  if (!authors.length) {
    const els = Array.from(doc.querySelectorAll('[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]'));
    authors = normaliseAuthors(els.map((e) => cleanInline(e.textContent ?? '')));
  }

  // language
  const language =
    normaliseLanguage(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguage(doc.documentElement?.getAttribute('xml:lang')) ??
    normaliseLanguage(firstMeta(meta, ['content-language', 'language', 'dc.language', 'og:locale'])) ??
    normaliseLanguage(ldGet('inLanguage'));

  // captions from the article's own figures (before Readability prunes the page)
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[itemprop="articleBody"]');
  const captions: string[] = [];
  if (scope) {
    for (const fc of Array.from(scope.querySelectorAll('figcaption'))) {
      const t = stripCredit(inlineText(fc, true));
      if (t && !isCredit(t)) captions.push(t);
    }
  }

  const body = textOf(ldGet('articleBody'));
  return { title, published, authors, url, outlet, language, articleBody: body, captions };
}

/** Pieces from plain text (JSON `text` fields, JSON-LD articleBody): blank lines separate paragraphs, else lines do. */
export function plainTextToPieces(text: string): Piece[] {
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (!t) return [];
  const paras = /\n[ \t]*\n/.test(t) ? t.split(/\n[ \t]*\n+/) : t.split('\n');
  return paras.map((p) => {
    const li = /^\s*(?:[•·▪‣◦*-]|\d+[.)])\s+/.exec(p);
    return li ? { text: p.slice(li[0].length), kind: 'li' as const } : { text: p, kind: 'p' as const };
  });
}

/**
 * Fast path: a page with one <article> holding the story needs no Readability scoring.
 * Null when the page needs Readability.
 */
function articleText(doc: HDocument): HtmlText | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length !== 1) return null;
  const res = elementToPieces(articles[0]!);
  const paras = res.pieces.filter((p) => p.kind === 'p');
  return paras.length >= 3 && paras.reduce((n, p) => n + p.text.length, 0) >= 400 ? res : null;
}

/** Main text of a page without a clear <article>: Readability first, then a plain walk of the body without its furniture. */
function readabilityText(doc: Document): HtmlText & { byline: string | null } {
  let byline: string | null = null;
  const fallbackRoot = (): Node | null => doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  // Readability mutates the document, so take what the fallback needs first.
  const fallbackSource = fallbackRoot()?.cloneNode(true) ?? null;
  try {
    const r = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200 }).parse();
    if (r?.content) {
      byline = r.byline ?? null;
      const res = elementToPieces(r.content);
      if (res.pieces.some((p) => p.kind !== 'h')) return { ...res, byline };
    }
  } catch {
    /* broken page: fall through to the plain walk */
  }
  if (fallbackSource) {
    const res = elementToPieces(fallbackSource);
    return { ...res, byline };
  }
  return { pieces: [], captions: [], byline };
}

/**
 * linkedom builds no <html>/<body> for a fragment or a page without <body>, so add them:
 * `<body>` goes after `</head>` if there is one, else before the content (meta and title elements
 * left in the body are still found by the metadata look-ups).
 */
function withRoot(text: string): string {
  if (/<body[\s>]/i.test(text)) return /<html[\s>]/i.test(text) ? text : `<!DOCTYPE html><html>${text}</html>`;
  let t = text.replace(/<!DOCTYPE[^>]*>/i, '').replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  const lang = /<html\s[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(text)?.[1];
  const headEnd = /<\/head\s*>/i.exec(t);
  t = headEnd ? `${t.slice(0, headEnd.index + headEnd[0].length)}<body>${t.slice(headEnd.index + headEnd[0].length)}</body>` : `<body>${t}</body>`;
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}>${t}</html>`;
}

/** Read an HTML page into one Article (or a Problem when no article text is found). */
export function readHtml(text: string, origin: string): ReadResult {
  const html = withRoot(text);
  // Metadata and the one-<article> fast path read a light tree; Readability gets a linkedom
  // document of the same markup, built only when the fast path does not apply.
  let doc: ReturnType<typeof parseLight>;
  try {
    doc = parseLight(html);
  } catch (e) {
    return { articles: [], problems: [{ origin, reason: `cannot parse HTML: ${(e as Error).message}` }] };
  }
  if (!doc.documentElement || !doc.body) {
    return { articles: [], problems: [{ origin, reason: 'no article text found' }] };
  }
  const meta = pageMeta(doc);
  let main: HtmlText & { byline: string | null };
  const fast = articleText(doc);
  if (fast) {
    main = { ...fast, byline: null };
  } else {
    let full: Document;
    try {
      full = parseHTML(html).document;
    } catch (e) {
      return { articles: [], problems: [{ origin, reason: `cannot parse HTML: ${(e as Error).message}` }] };
    }
    // as the light tree above: looking up the body adds an empty head/body where linkedom wants them
    if (!full.documentElement || !full.body) return { articles: [], problems: [{ origin, reason: 'no article text found' }] };
    main = readabilityText(full);
  }
  let { pieces, sourcesCited } = tidyPieces(main.pieces, meta.title);
  if (!pieces.some((p) => p.kind !== 'h') && meta.articleBody) {
    ({ pieces, sourcesCited } = tidyPieces(plainTextToPieces(meta.articleBody), meta.title));
  }
  const { body, blocks } = assembleBody(pieces);
  if (!blocks.some((b) => b.kind !== 'h')) {
    return { articles: [], problems: [{ origin, reason: 'no article text found' }] };
  }
  const authors = meta.authors.length ? meta.authors : normaliseAuthors(main.byline);
  const title = meta.title ?? cleanInline(pieces.find((p) => p.kind === 'h')?.text ?? '');
  const article: Article = {
    file: origin,
    url: meta.url,
    outlet: meta.outlet,
    title,
    published: meta.published,
    authors,
    language: meta.language ?? 'en',
    body,
    captions: dedupe([...meta.captions, ...main.captions]),
    sourcesCited,
    blocks,
    format: 'html',
  };
  return { articles: [article], problems: [] };
}
