/** Renders generated articles as Markdown with front matter, HTML pages, and JSON records. */
import { plain, slugify } from './text.js';
import type { GenArticle } from './types.js';
import { isoDay, isoMoment, isoUtc } from './dates.js';
import type { Rng } from './prng.js';
import { displayDate } from './render-text.js';
import { LINK_CLOSE, LINK_OPEN } from './template.js';

const linkRe = new RegExp(`${LINK_OPEN}([^${LINK_CLOSE}]*)${LINK_CLOSE}`, 'g');

function linkUrl(a: GenArticle, text: string, rng: Rng): string {
  return `https://www.${a.outlet.domain}/${rng.pick(['news', 'world', 'politics', 'tag'])}/${slugify(text, 4) || 'story'}-${rng.int(1000, 99999)}`;
}

export function escHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML-escaped text with links as anchors; `entities` writes typographic quotes as named entities. */
function htmlInline(a: GenArticle, s: string, rng: Rng, entities: boolean): string {
  let out = escHtml(s);
  if (entities) {
    out = out
      .replace(/\u201c/g, '&ldquo;').replace(/\u201d/g, '&rdquo;')
      .replace(/\u2018/g, '&lsquo;').replace(/\u2019/g, '&rsquo;')
      .replace(/\u00ab/g, '&laquo;').replace(/\u00bb/g, '&raquo;')
      .replace(/\u2013/g, '&ndash;').replace(/\u00a0/g, '&nbsp;');
  }
  return out.replace(linkRe, (_, t: string) => `<a href="${linkUrl(a, t, rng)}">${t}</a>`);
}

/** The article body as HTML block elements (used by pages and feeds). */
export function htmlBody(a: GenArticle, rng: Rng, opts: { entities?: boolean; figure?: boolean; ads?: boolean } = {}): string {
  const ent = opts.entities ?? false;
  const parts: string[] = [];
  if (opts.figure && a.caption) {
    parts.push(`<figure><img src="https://cdn.${a.outlet.domain}/img/${a.id.slice(0, 10)}.jpg" alt="${escHtml(a.caption)}"><figcaption>${htmlInline(a, a.caption, rng, ent)}${a.credit ? ` <span class="credit">${escHtml(a.credit)}</span>` : ''}</figcaption></figure>`);
  }
  let inList = false;
  a.blocks.forEach((b, i) => {
    if (b.kind === 'li') {
      if (!inList) {
        parts.push('<h2>Background</h2>', '<ul>');
        inList = true;
      }
      parts.push(`<li>${htmlInline(a, b.text, rng, ent)}</li>`);
      return;
    }
    if (inList) {
      parts.push('</ul>');
      inList = false;
    }
    const inner = htmlInline(a, b.text, rng, ent);
    if (b.label === 'Quote' || (b.quote && rng.chance(0.15))) parts.push(`<blockquote><p>${inner}</p></blockquote>`);
    else parts.push(`<p>${inner}</p>`);
    if (opts.ads && i === 2) parts.push('<div class="ad-slot" data-slot="mid-article" aria-hidden="true">Advertisement</div>');
  });
  if (inList) parts.push('</ul>');
  return parts.join('\n');
}

/** Plain-text body: paragraphs separated by blank lines, bullets marked with "• ". */
export function plainBody(a: GenArticle): string {
  return a.blocks.map((b) => (b.kind === 'li' ? '\u2022 ' : '') + plain(b.text)).join('\n\n');
}

function yamlStr(s: string): string {
  return JSON.stringify(s);
}

/** Markdown with YAML front matter (Hugo/Jekyll style). */
export function renderMarkdown(a: GenArticle, rng: Rng): string {
  const fm: string[] = ['---', `title: ${yamlStr(a.title)}`];
  const dateKey = rng.chance(0.7) ? 'date' : 'published';
  fm.push(`${dateKey}: ${rng.chance(0.6) ? isoMoment(a.published) : isoDay(a.published.day)}`);
  if (a.authors.length === 1 && rng.chance(0.5)) fm.push(`author: ${yamlStr(a.authors[0]!)}`);
  else if (a.authors.length) fm.push('authors:', ...a.authors.map((n) => `  - ${yamlStr(n)}`));
  fm.push(`${rng.chance(0.6) ? 'source' : 'outlet'}: ${yamlStr(a.outlet.name)}`);
  fm.push(`${rng.chance(0.7) ? 'url' : 'canonical_url'}: ${a.url}`);
  fm.push(`tags: [${a.tags.map(yamlStr).join(', ')}]`);
  if (rng.chance(0.5)) fm.push(`description: ${yamlStr(plain(a.summary))}`);
  fm.push('---', '');
  const out: string[] = [fm.join('\n')];
  if (rng.chance(0.5)) out.push(`# ${a.title}`, '');
  if (a.caption && rng.chance(0.6)) {
    out.push(`![${a.caption.replace(/[[\]]/g, '')}](https://cdn.${a.outlet.domain}/img/${a.id.slice(0, 10)}.jpg)`, '');
    out.push(`*${a.caption}${a.credit ? ` ${a.credit}` : ''}*`, '');
  }
  let inList = false;
  for (const b of a.blocks) {
    const text = b.text.replace(linkRe, (_, t: string) => `[${t}](${linkUrl(a, t, rng)})`);
    if (b.kind === 'li') {
      if (!inList) out.push('## Background', '');
      inList = true;
      out.push(`- ${text}`);
      continue;
    }
    if (inList) out.push('');
    inList = false;
    out.push(b.label === 'Quote' || (b.quote && rng.chance(0.2)) ? `> ${text}` : text, '');
  }
  return out.join('\n').replace(/\n*$/, '\n');
}

/** The JSON-LD NewsArticle object for an HTML page. */
function jsonLd(a: GenArticle): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: plain(a.summary),
    datePublished: isoMoment(a.published),
    dateModified: isoMoment(a.published),
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: a.outlet.name, logo: { '@type': 'ImageObject', url: `https://www.${a.outlet.domain}/logo.png` } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    articleSection: a.section,
    inLanguage: 'en',
  };
}

const NAV = ['World', 'Politics', 'Diplomacy', 'Business', 'Opinion', 'Video', 'Podcasts', 'Newsletters'];

/** A full news page: head meta (og, article, JSON-LD), header/nav, `<article>`, aside, footer. */
export function renderHtml(a: GenArticle, rng: Rng, more: string[]): string {
  const entities = rng.chance(0.3);
  const compact = rng.chance(0.3);
  const url = a.url;
  const site = a.outlet.name;
  const ld = JSON.stringify(jsonLd(a)).replace(/</g, '\\u003c');
  const authorsHtml = a.authors.map((n) => `<a rel="author" href="https://www.${a.outlet.domain}/authors/${slugify(n, 3)}">${escHtml(n)}</a>`).join(' and ');
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escHtml(a.title)} | ${escHtml(site)}</title>`,
    `<meta name="description" content="${escHtml(plain(a.summary))}">`,
    a.authors.length ? `<meta name="author" content="${escHtml(a.authors.join(', '))}">` : '',
    `<link rel="canonical" href="${url}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escHtml(a.title)}">`,
    `<meta property="og:description" content="${escHtml(plain(a.summary))}">`,
    `<meta property="og:url" content="${url}">`,
    `<meta property="og:site_name" content="${escHtml(site)}">`,
    `<meta property="og:image" content="https://cdn.${a.outlet.domain}/img/${a.id.slice(0, 10)}.jpg">`,
    `<meta property="article:published_time" content="${isoMoment(a.published)}">`,
    `<meta property="article:section" content="${escHtml(a.section)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<script type="application/ld+json">${ld}</script>`,
    `<link rel="stylesheet" href="/assets/site.${a.id.slice(0, 8)}.css">`,
    '<script async src="/assets/analytics.js"></script>',
    '</head>',
  ].filter(Boolean);
  const header = [
    '<body class="article-page">',
    '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show relevant advertising. <a href="/privacy">Learn more</a></p><button type="button">Accept all</button></div>',
    `<header class="site-header"><a class="logo" href="/">${escHtml(site)}</a>`,
    `<nav aria-label="Main"><ul>${NAV.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav>`,
    '<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form>',
    '<a class="subscribe" href="/subscribe">Subscribe</a></header>',
    '<main id="content">',
    `<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/${slugify(a.section, 3)}">${escHtml(a.section)}</a></div>`,
  ];
  const article = [
    '<article class="story">',
    `<h1 class="headline">${escHtml(a.title)}</h1>`,
    a.authors.length ? `<div class="byline">By ${authorsHtml}</div>` : '',
    `<time class="published" datetime="${isoMoment(a.published)}">${displayDate(a)}</time>`,
    '<div class="article-body">',
    htmlBody(a, rng, { entities, figure: true, ads: true }),
    '</div>',
    '<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>',
    '</article>',
  ].filter(Boolean);
  const aside = [
    '<aside class="related">',
    '<h2>Read more</h2>',
    '<ul>',
    ...more.map((t) => `<li><a href="https://www.${a.outlet.domain}/news/${slugify(t, 8)}">${escHtml(t)}</a></li>`),
    '</ul>',
    '<div class="newsletter"><h3>Get the morning briefing</h3><form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
    '</aside>',
    '</main>',
  ];
  const year = isoDay(a.published.day).slice(0, 4);
  const footer = [
    '<footer class="site-footer">',
    `<ul><li><a href="/about">About ${escHtml(site)}</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/rss">RSS</a></li></ul>`,
    `<p>&copy; ${year} ${escHtml(site)}. All rights reserved.</p>`,
    '</footer>',
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>',
    '</body>',
    '</html>',
  ];
  const all = [...head, ...header, ...article, ...aside, ...footer];
  return compact ? all.join('') + '\n' : all.join('\n') + '\n';
}

export type JsonShape = 'canonical' | 'newsapi' | 'scraper';

/** One article as a JSON object in one of three shapes seen in the wild. */
export function jsonRecord(a: GenArticle, shape: JsonShape): Record<string, unknown> {
  const body = plainBody(a);
  const image = `https://cdn.${a.outlet.domain}/img/${a.id.slice(0, 10)}.jpg`;
  switch (shape) {
    case 'canonical':
      return {
        id: a.id,
        title: a.title,
        url: a.url,
        outlet: a.outlet.name,
        published: isoMoment(a.published),
        authors: a.authors,
        section: a.section,
        language: 'en',
        summary: plain(a.summary),
        body,
        captions: a.caption ? [a.credit ? `${a.caption} ${a.credit}` : a.caption] : [],
        tags: a.tags,
      };
    case 'newsapi':
      return {
        source: { id: null, name: a.outlet.name },
        author: a.authors.length ? a.authors.join(', ') : null,
        title: a.title,
        description: plain(a.summary),
        url: a.url,
        urlToImage: a.caption ? image : null,
        publishedAt: isoUtc(a.published),
        content: body,
      };
    case 'scraper':
      return {
        headline: a.title,
        link: a.url,
        date: isoDay(a.published.day),
        byline: a.authors.length ? `By ${a.authors.join(' and ')}` : '',
        site_name: a.outlet.name,
        text: body,
        images: a.caption ? [{ url: image, caption: a.caption, credit: a.credit }] : [],
      };
  }
}

/** A single-article JSON file, pretty-printed or compact. */
export function renderJson(a: GenArticle, rng: Rng): string {
  const shape = rng.weighted<JsonShape>(['canonical', 'newsapi', 'scraper'], [6, 2, 2]);
  return JSON.stringify(jsonRecord(a, shape), null, rng.chance(0.7) ? 2 : undefined) + '\n';
}
