import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseLight, type HElement } from '../../src/read/lightdom.js';

const PAGES = [
  `<!DOCTYPE html><html lang="en"><head><title>T</title><link REL="Canonical author" href="/a"><meta property="og:title" content="A &amp; B"></head>
   <body><header><nav><a href="/">Home</a></nav></header><main><article class="  story  body story "><h1>Head <b>line</b></h1>
   <time datetime="2024-01-02" pubdate>Jan 2</time><p>One &nbsp;two<br>three</p><!-- note --><figure><img alt="x y z"><figcaption>Cap</figcaption></figure>
   <span itemprop="author"><i itemprop="name">Jane Roe</i></span><a rel="AUTHOR">John</a><svg><title>svg</title></svg></article></main></body></html>`,
  `<html><div>before</div><body><p>no head</p></body></html>`,
  `<html><head></head><p>stray</p><body><p itemprop="datePublished" content="2020-01-01">x</p></body></html>`,
  `<html><p>unclosed <div>block <li>a<li>b</table></p></html>`,
];
const SELECTORS = [
  'article', 'main', 'title', 'meta', 'script', 'p', 'a', 'h1', 'time[datetime]', 'time[pubdate]', 'article time[datetime]',
  'link[rel~="canonical"]', '[itemprop="datePublished"]', 'article h1, main h1, h1', '[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]',
  'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,figure,ul,ol,table,section,article', 'figcaption', 'img', 'nav', 'body', 'head',
];

const describeEl = (e: HElement | null): string | null =>
  e && `${e.localName}|${e.getAttribute('class')}|${e.getAttribute('rel')}|${e.hasAttribute('pubdate')}|${e.textContent}|${e.childNodes.length}`;

describe('light HTML tree', () => {
  it('answers the reader\'s queries as linkedom does', () => {
    for (const html of PAGES) {
      const full = parseHTML(html).document;
      const light = parseLight(html);
      expect(describeEl(light.body)).toEqual(describeEl(full.body as unknown as HElement));
      expect(describeEl(light.documentElement)).toEqual(describeEl(full.documentElement as unknown as HElement));
      for (const sel of SELECTORS) {
        expect(describeEl(light.querySelector(sel)), sel).toEqual(describeEl(full.querySelector(sel) as unknown as HElement));
        const a = Array.from(light.querySelectorAll(sel)).map(describeEl);
        const b = Array.from(full.querySelectorAll(sel)).map((e) => describeEl(e as unknown as HElement));
        expect(a, sel).toEqual(b);
      }
    }
  });

  it('refuses selectors it does not implement', () => {
    expect(() => parseLight('<p>x</p>').querySelector('p > a')).toThrow(/unsupported selector/);
    expect(() => parseLight('<p>x</p>').querySelector('a:first-child')).toThrow(/unsupported selector/);
  });
});
