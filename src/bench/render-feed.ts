/** Renders groups of generated articles as JSONL dumps, RSS 2.0 feeds and Atom feeds. */
import { plain } from './text.js';
import type { GenArticle } from './types.js';
import { isoMoment, isoUtc, rfc822 } from './dates.js';
import type { OutletDef } from './data.js';
import type { Rng } from './prng.js';
import { type JsonShape, htmlBody, jsonRecord } from './render-web.js';

function escXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CDATA section; a literal `]]>` is split so the section stays well formed. */
function cdata(s: string): string {
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** One JSON object per line, all in the same shape. */
export function renderJsonl(articles: GenArticle[], rng: Rng): string {
  const shape: JsonShape = rng.chance(0.75) ? 'canonical' : 'newsapi';
  return articles.map((a) => JSON.stringify(jsonRecord(a, shape))).join('\n') + '\n';
}

function newestFirst(articles: GenArticle[]): GenArticle[] {
  const key = (a: GenArticle): number => a.published.day * 1440 + a.published.hh * 60 + a.published.mm;
  return articles.slice().sort((x, y) => key(y) - key(x) || x.index - y.index);
}

/** RSS 2.0 with `content:encoded` HTML bodies in CDATA and `dc:creator` authors. */
export function renderRss(outlet: OutletDef, section: string, articles: GenArticle[], rng: Rng): string {
  const items = newestFirst(articles);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escXml(`${outlet.name} - ${section}`)}</title>`,
    `<link>https://www.${outlet.domain}/</link>`,
    `<description>${escXml(`Latest ${section.toLowerCase()} news from ${outlet.name}`)}</description>`,
    '<language>en</language>',
    `<lastBuildDate>${rfc822(items[0]!.published)}</lastBuildDate>`,
    `<atom:link href="https://www.${outlet.domain}/rss/${section.toLowerCase().replace(/\W+/g, '-')}.xml" rel="self" type="application/rss+xml"/>`,
  ];
  for (const a of items) {
    out.push('<item>');
    out.push(`<title>${escXml(a.title)}</title>`);
    out.push(`<link>${escXml(a.url)}</link>`);
    out.push(`<guid isPermaLink="true">${escXml(a.url)}</guid>`);
    out.push(`<pubDate>${rfc822(a.published)}</pubDate>`);
    for (const n of a.authors) out.push(`<dc:creator>${escXml(n)}</dc:creator>`);
    out.push(`<category>${escXml(a.section)}</category>`);
    out.push(`<description>${rng.chance(0.5) ? cdata(escXml(plain(a.summary))) : escXml(plain(a.summary))}</description>`);
    out.push(`<content:encoded>${cdata(htmlBody(a, rng, { figure: rng.chance(0.5) }))}</content:encoded>`);
    out.push('</item>');
  }
  out.push('</channel>', '</rss>');
  return out.join('\n') + '\n';
}

/** Atom 1.0 with `<content type="html">` bodies in CDATA. */
export function renderAtom(outlet: OutletDef, section: string, articles: GenArticle[], rng: Rng): string {
  const items = newestFirst(articles);
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<title>${escXml(`${outlet.name}: ${section}`)}</title>`,
    `<subtitle>${escXml(`${section} coverage from ${outlet.name}`)}</subtitle>`,
    `<id>https://www.${outlet.domain}/atom/${section.toLowerCase().replace(/\W+/g, '-')}</id>`,
    `<link rel="self" href="https://www.${outlet.domain}/atom/${section.toLowerCase().replace(/\W+/g, '-')}.xml"/>`,
    `<link rel="alternate" href="https://www.${outlet.domain}/"/>`,
    `<updated>${isoUtc(items[0]!.published)}</updated>`,
  ];
  for (const a of items) {
    out.push('<entry>');
    out.push(`<title type="text">${escXml(a.title)}</title>`);
    out.push(`<link rel="alternate" type="text/html" href="${escXml(a.url)}"/>`);
    out.push(`<id>tag:${outlet.domain},${isoMoment(a.published).slice(0, 10)}:${a.id}</id>`);
    out.push(`<published>${isoMoment(a.published)}</published>`);
    out.push(`<updated>${isoMoment(a.published)}</updated>`);
    for (const n of a.authors) out.push(`<author><name>${escXml(n)}</name></author>`);
    out.push(`<category term="${escXml(a.section)}"/>`);
    out.push(`<summary type="text">${escXml(plain(a.summary))}</summary>`);
    out.push(`<content type="html">${cdata(htmlBody(a, rng, { figure: rng.chance(0.5) }))}</content>`);
    out.push('</entry>');
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}
