import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeText, seedRuns, sharedRuns, styleAProblems, styleBProblems, textStyle, wordCount } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = readdirSync(EXAMPLES).filter((f) => f !== 'README.md').sort();
const read = (f: string): string => readFileSync(join(EXAMPLES, f), 'utf8');

/** Plain text of an HTML fragment (tags dropped, common entities decoded). */
function htmlText(h: string): string {
  return h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(ldquo|rdquo|quot);/g, '"')
    .replace(/&(lsquo|rsquo);/g, "'")
    .replace(/&[#\w]+;/g, 'x');
}

/** Article bodies in an example file, as plain text, by format. */
function bodies(f: string): string[] {
  const s = read(f);
  if (f.endsWith('.txt')) {
    if (textStyle(s) === 'A') return [s.slice(s.indexOf('\n\n\n\n') + 4, s.lastIndexOf('\n\nOriginal url:')).split('\n').slice(1).join('\n')];
    return [s.split('\n').slice(5).join('\n')];
  }
  if (f.endsWith('.md')) return [s.replace(/^---\n[\s\S]*?\n---\n/, '')];
  if (f.endsWith('.html')) return [htmlText(/<article>([\s\S]*)<\/article>/.exec(s)![1]!)];
  if (f.endsWith('.json')) return [(JSON.parse(s) as { body: string }).body];
  if (f.endsWith('.jsonl')) return s.trim().split('\n').map((l) => (JSON.parse(l) as { body: string }).body);
  return [...s.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => htmlText(m[1]!));
}

describe('bundled examples', () => {
  it('cover every supported format', () => {
    const txt = files.filter((f) => f.endsWith('.txt')).map((f) => textStyle(read(f)));
    expect(txt.filter((s) => s === 'A').length).toBe(2);
    expect(txt.filter((s) => s === 'B').length).toBe(2);
    for (const ext of ['.md', '.html', '.json', '.jsonl', '.atom']) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
    expect(files.some((f) => f.endsWith('.xml') && read(f).includes('<rss'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(12);
  });

  it('lays out the plain-text examples like the seeds', () => {
    for (const f of files.filter((x) => x.endsWith('.txt'))) {
      const { text, encoding } = decodeText(readFileSync(join(EXAMPLES, f)));
      expect(encoding).toBe('utf8');
      expect(textStyle(text) === 'A' ? styleAProblems(text) : styleBProblems(text), f).toEqual([]);
    }
  });

  it('parse as what their extension says', () => {
    for (const f of files) {
      const s = read(f);
      if (f.endsWith('.json')) {
        const o = JSON.parse(s) as Record<string, unknown>;
        for (const k of ['title', 'url', 'outlet', 'published', 'authors', 'body']) expect(o, `${f} ${k}`).toHaveProperty(k);
      } else if (f.endsWith('.jsonl')) {
        const lines = s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines.length).toBe(3);
        for (const o of lines) expect(typeof o['title']).toBe('string');
      } else if (f.endsWith('.md')) {
        const fm = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(s)![1]!) as Record<string, unknown>;
        expect(typeof fm['title']).toBe('string');
        expect(String(fm['url'])).toMatch(/^https:\/\//);
      } else if (f.endsWith('.html')) {
        const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(s)![1]!) as Record<string, unknown>;
        expect(ld['@type']).toBe('NewsArticle');
        expect(s).toMatch(/<meta property="og:site_name" content="[^"]+">/);
      } else if (f.endsWith('.xml') || f.endsWith('.atom')) {
        expect(XMLValidator.validate(s), f).toBe(true);
        const doc = new XMLParser({ ignoreAttributes: false }).parse(s) as {
          rss?: { channel: { item: unknown[] } };
          feed?: { entry: unknown[] };
        };
        if (doc.rss) expect(doc.rss.channel.item.length).toBe(3);
        else expect(doc.feed!.entry.length).toBe(2);
      }
    }
  });

  it('are 120-300 words per article', () => {
    for (const f of files) {
      for (const b of bodies(f)) {
        const n = wordCount(b);
        expect(n, f).toBeGreaterThanOrEqual(120);
        expect(n, f).toBeLessThanOrEqual(300);
      }
    }
  });

  it('are listed in the README', () => {
    const readme = read('README.md');
    for (const f of files) expect(readme, f).toContain(`\`${f}\``);
  });

  it('share no run of seven words with a seed article', () => {
    const runs = seedRuns(7);
    for (const f of [...files, 'README.md']) expect(sharedRuns(read(f), runs, 7), f).toEqual([]);
  });
});
