import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BLOCKS, MAX_WORDS, MIN_BLOCKS, MIN_WORDS, composeArticle } from '../../src/bench/compose.js';
import { benchData, TEMPLATE_DIR } from '../../src/bench/data.js';
import { dayOf } from '../../src/bench/dates.js';
import { type GenerateResult, generateCorpus } from '../../src/bench/generate.js';
import { Rng } from '../../src/bench/prng.js';
import {
  SEEDS_DIR,
  decodeText,
  hashTree,
  listFiles,
  seedRuns,
  sha256,
  sharedRuns,
  styleAProblems,
  styleBProblems,
  textStyle,
  wordCount,
} from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'bc-bench-'));
const dir = (name: string): string => join(root, name);
const results = new Map<string, GenerateResult>();

type Kind = 'A' | 'B' | 'txt?' | 'md' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'other';

/** Format of a generated file, judged from its name and content. */
function kindOf(path: string, bytes: Buffer): Kind {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  if (ext === 'txt') return textStyle(decodeText(bytes).text) ?? 'txt?';
  if (ext === 'md' || ext === 'html' || ext === 'json' || ext === 'jsonl') return ext;
  const head = bytes.subarray(0, 300).toString('utf8');
  if (head.includes('<rss')) return 'rss';
  if (head.includes('<feed')) return 'atom';
  return 'other';
}

/** Articles held by one file. */
function articlesIn(kind: Kind, bytes: Buffer): number {
  const s = bytes.toString('utf8');
  if (kind === 'jsonl') return s.trim().split('\n').length;
  if (kind === 'rss') return (s.match(/<item>/g) ?? []).length;
  if (kind === 'atom') return (s.match(/<entry>/g) ?? []).length;
  return 1;
}

interface Scan {
  files: { path: string; kind: Kind; bytes: Buffer; hash: string }[];
  /** Articles counted once per distinct file content. */
  distinctArticles: number;
  duplicates: number;
}

function scan(d: string): Scan {
  const seen = new Set<string>();
  const files = listFiles(d).map((path) => {
    const bytes = readFileSync(join(d, path));
    return { path, bytes, kind: kindOf(path, bytes), hash: sha256(bytes) };
  });
  let distinctArticles = 0;
  let duplicates = 0;
  for (const f of files) {
    if (seen.has(f.hash)) duplicates++;
    else distinctArticles += articlesIn(f.kind, f.bytes);
    seen.add(f.hash);
  }
  return { files, distinctArticles, duplicates };
}

let big: Scan;

beforeAll(() => {
  for (const [name, count, seed] of [['a', 300, 42], ['b', 300, 42], ['c', 300, 43], ['big', 1500, 7]] as const) {
    results.set(name, generateCorpus({ dir: dir(name), count, seed }));
  }
  big = scan(dir('big'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateCorpus', () => {
  it('gives byte-identical files for the same seed and count', () => {
    const a = hashTree(dir('a'));
    const b = hashTree(dir('b'));
    expect(a.size).toBeGreaterThan(100);
    expect([...b.entries()]).toEqual([...a.entries()]);
    expect(results.get('b')).toEqual(results.get('a'));
  });

  it('gives a different corpus for a different seed', () => {
    const a = new Set(hashTree(dir('a')).values());
    const c = [...hashTree(dir('c')).values()];
    const common = c.filter((h) => a.has(h)).length;
    expect(common).toBeLessThan(c.length * 0.05);
  });

  it('writes exactly `count` distinct articles, and reports files and bytes truthfully', () => {
    for (const [name, count] of [['a', 300], ['big', 1500]] as const) {
      const r = results.get(name)!;
      const s = name === 'big' ? big : scan(dir(name));
      expect(r.articles).toBe(count);
      expect(s.distinctArticles).toBe(count);
      expect(r.files).toBe(s.files.length);
      expect(r.bytes).toBe(s.files.reduce((n, f) => n + f.bytes.length, 0));
    }
    for (const count of [0, 1, 7, 60]) {
      const d = dir(`small-${count}`);
      const r = generateCorpus({ dir: d, count, seed: 5 });
      expect(r.articles).toBe(count);
      expect(scan(d).distinctArticles).toBe(count);
    }
  });

  it('uses every format, in subfolders, with grouped files of the right size', () => {
    const s = scan(dir('a'));
    const kinds = new Set(s.files.map((f) => f.kind));
    for (const k of ['A', 'B', 'md', 'html', 'json', 'jsonl', 'rss', 'atom'] as const) expect(kinds, k).toContain(k);
    expect(kinds).not.toContain('txt?');
    expect(kinds).not.toContain('other');
    expect(s.files.every((f) => f.path.includes('/'))).toBe(true);
    expect(new Set(big.files.map((f) => f.path.split('/')[0])).size).toBeGreaterThan(10);
    // Full groups: JSONL files hold 50 articles, feeds 20 (only the last of each may be short).
    const sizes = (k: Kind): number[] => big.files.filter((f) => f.kind === k).map((f) => articlesIn(k, f.bytes));
    expect(sizes('jsonl').filter((n) => n !== 50).length).toBeLessThanOrEqual(1);
    expect(sizes('rss').filter((n) => n !== 20).length).toBeLessThanOrEqual(1);
    expect(sizes('atom').filter((n) => n !== 20).length).toBeLessThanOrEqual(1);
  });

  it('writes Style A texts laid out like seed 000 and Style B texts like seed 004', () => {
    const a = big.files.filter((f) => f.kind === 'A');
    const b = big.files.filter((f) => f.kind === 'B');
    expect(a.length).toBeGreaterThan(200);
    expect(b.length).toBeGreaterThan(200);
    for (const f of a) expect(styleAProblems(decodeText(f.bytes).text), f.path).toEqual([]);
    for (const f of b) expect(styleBProblems(decodeText(f.bytes).text), f.path).toEqual([]);
    const aTexts = a.map((f) => decodeText(f.bytes).text);
    const bTexts = b.map((f) => decodeText(f.bytes).text);
    // The optional parts of each style occur, in a share of the files.
    const share = (xs: string[], re: RegExp): number => xs.filter((t) => re.test(t)).length / xs.length;
    expect(share(aTexts, /\n\nRelated article: \[[^\]]+\]\(#\)\n\n/)).toBeGreaterThan(0.4);
    expect(share(aTexts, /\]\(#\)/)).toBeGreaterThan(0.5);
    expect(share(aTexts, /\n\n[^\n]+ \*\*[^*\n]+\*\*\n\n/)).toBeGreaterThan(0.6);
    expect(share(bTexts, /\n\nSource: [^\n]+\n\n/)).toBeGreaterThan(0.6);
    expect(share(bTexts, /\n\nDetails: /)).toBeGreaterThan(0.9);
    expect(share(bTexts, /\n\nBackground:\n\n {2}\u2022 /)).toBeGreaterThan(0.5);
    expect(share(bTexts, /\n\nQuote: /)).toBeGreaterThan(0.1);
  });

  it('writes well-formed feeds, JSON, front matter and JSON-LD', () => {
    for (const f of big.files) {
      const s = f.bytes.toString('utf8');
      if (f.kind === 'rss' || f.kind === 'atom') {
        expect(XMLValidator.validate(s), f.path).toBe(true);
        expect(s).toContain('<![CDATA[<p>');
      } else if (f.kind === 'json') expect(() => JSON.parse(s), f.path).not.toThrow();
      else if (f.kind === 'jsonl') for (const line of s.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      else if (f.kind === 'md') {
        const m = /^---\n([\s\S]*?)\n---\n/.exec(s);
        expect(m, f.path).not.toBeNull();
        const fm = parseYaml(m![1]!) as Record<string, unknown>;
        expect(typeof fm['title']).toBe('string');
        expect(fm['url'] ?? fm['canonical_url']).toMatch(/^https:\/\//);
      } else if (f.kind === 'html') {
        const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(s);
        expect(ld, f.path).not.toBeNull();
        expect((JSON.parse(ld![1]!) as { '@type': string })['@type']).toBe('NewsArticle');
        expect(s).toMatch(/<meta property="og:title" content="[^"]+">/);
        expect(s).toMatch(/<article[^>]*>[\s\S]*<\/article>/);
      }
    }
  });

  it('writes articles of 150-600 words in 4-12 paragraphs', () => {
    const bodies: string[] = [];
    for (const f of big.files) {
      if (f.kind !== 'json' && f.kind !== 'jsonl') continue;
      for (const line of f.kind === 'jsonl' ? f.bytes.toString('utf8').trim().split('\n') : [f.bytes.toString('utf8')]) {
        const o = JSON.parse(line) as Record<string, unknown>;
        bodies.push(String(o['body'] ?? o['content'] ?? o['text']));
      }
    }
    expect(bodies.length).toBeGreaterThan(150);
    for (const b of bodies) {
      const paras = b.split('\n\n');
      expect(paras.length).toBeGreaterThanOrEqual(MIN_BLOCKS);
      expect(paras.length).toBeLessThanOrEqual(MAX_BLOCKS);
      const n = wordCount(b);
      expect(n).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(n).toBeLessThanOrEqual(MAX_WORDS);
    }
    // The lengths are spread over the range, not bunched at one size.
    const lengths = bodies.map(wordCount);
    expect(Math.min(...lengths)).toBeLessThan(250);
    expect(Math.max(...lengths)).toBeGreaterThan(450);
  });

  it('keeps composed articles within bounds for every format and outlet', () => {
    const data = benchData();
    const rng = new Rng(99);
    const formats = ['A', 'B', 'md', 'html', 'json', 'jsonl', 'rss', 'atom'] as const;
    for (let i = 0; i < 400; i++) {
      const format = formats[i % formats.length]!;
      const outlet = rng.pick(data.outlets.outlets.filter((o) => (format === 'A' || format === 'B' ? o.text === format : true)));
      const a = composeArticle(data, rng, { index: i, outlet, format, day: dayOf(2024, 1, 1) + rng.int(0, 700) });
      expect(a.blocks.length).toBeGreaterThanOrEqual(MIN_BLOCKS);
      expect(a.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      expect(a.words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(a.words).toBeLessThanOrEqual(MAX_WORDS);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.blocks.some((b) => b.quote)).toBe(true);
    }
  });

  it('introduces every person with title and full name before any short mention', () => {
    const data = benchData();
    const rng = new Rng(2024);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const format = (['A', 'B', 'html', 'json'] as const)[i % 4]!;
      const outlet = rng.pick(data.outlets.outlets.filter((o) => (format === 'A' || format === 'B' ? o.text === format : true)));
      const a = composeArticle(data, rng, { index: i, outlet, format, day: dayOf(2025, 1, 1) + rng.int(0, 300) });
      const text = a.blocks.map((b) => b.text).join('\n\n');
      expect(a.people.length).toBeGreaterThan(0);
      for (const p of a.people) {
        // Skip family names shared with another person of the same article.
        if (a.people.some((q) => q !== p && (q.name.includes(p.family) || p.name.includes(q.family)))) continue;
        const firstFamily = new RegExp(`(^|[^\\p{L}])${p.family}(?![\\p{L}])`, 'u').exec(text);
        expect(firstFamily, `${p.name} in article ${i}`).not.toBeNull();
        const firstFull = text.indexOf(p.name);
        expect(firstFull, `${p.name} never named in full in article ${i}`).toBeGreaterThanOrEqual(0);
        expect(firstFull, `${p.name} in article ${i}`).toBeLessThanOrEqual(firstFamily!.index + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('writes some plain-text files in windows-1252 or UTF-16LE, a few with a UTF-8 BOM, and ~1% exact duplicates', () => {
    const txt = big.files.filter((f) => f.path.endsWith('.txt'));
    const enc = txt.map((f) => decodeText(f.bytes).encoding);
    const legacy = enc.filter((e) => e === 'windows-1252' || e === 'utf16le-bom').length / txt.length;
    expect(legacy).toBeGreaterThan(0.02);
    expect(legacy).toBeLessThan(0.1);
    expect(enc).toContain('windows-1252');
    expect(enc).toContain('utf16le-bom');
    expect(enc).toContain('utf8-bom');
    expect(txt.some((f) => f.bytes.includes('\r\n'))).toBe(true);
    expect(big.duplicates).toBeGreaterThan(0);
    expect(big.duplicates / big.files.length).toBeLessThan(0.03);
    // A duplicate lives under another path than its original.
    const byHash = new Map<string, string[]>();
    for (const f of big.files) byHash.set(f.hash, [...(byHash.get(f.hash) ?? []), f.path]);
    const dups = [...byHash.values()].filter((p) => p.length > 1);
    expect(dups.length).toBe(big.duplicates);
    for (const paths of dups) expect(new Set(paths).size).toBe(paths.length);
  });

  it('leaves no template slot unfilled', () => {
    for (const f of big.files) {
      const { text } = f.path.endsWith('.txt') ? decodeText(f.bytes) : { text: f.bytes.toString('utf8') };
      const body = f.kind === 'html' ? text.replace(/<script[\s\S]*?<\/script>/g, '') : text;
      expect(body.match(/\{[A-Za-z][\w.:]*\}/g), f.path).toBeNull();
      expect(body).not.toMatch(/[\uE000\uE001]/);
    }
  });

  it('refuses a non-empty folder unless forced', () => {
    const d = dir('busy');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'keep.txt'), 'x');
    expect(() => generateCorpus({ dir: d, count: 5, seed: 1 })).toThrow(/not empty/);
    expect(generateCorpus({ dir: d, count: 5, seed: 1, force: true }).articles).toBe(5);
    expect(readFileSync(join(d, 'keep.txt'), 'utf8')).toBe('x');
  });

  it('writes a manifest outside the corpus when asked', () => {
    const m = join(root, 'manifest.jsonl');
    const r = generateCorpus({ dir: dir('with-manifest'), count: 120, seed: 3, manifest: m });
    const rows = readFileSync(m, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; articles: number; duplicateOf: string | null });
    expect(rows.length).toBe(r.files);
    expect(rows.filter((x) => !x.duplicateOf).reduce((n, x) => n + x.articles, 0)).toBe(120);
    expect(listFiles(dir('with-manifest'))).toEqual(rows.map((x) => x.path).sort());
    // Ground truth: each original file lists its articles with their people and states.
    const truth = rows.flatMap((x) => (x as { truth?: { title: string; states: string[]; people: { name: string }[] }[] }).truth ?? []);
    expect(truth.length).toBe(120);
    expect(truth.every((t) => t.states.length === 2 && t.people.length > 0 && t.title.length > 0)).toBe(true);
  });
});

describe.skipIf(readdirSafe(SEEDS_DIR).length === 0)('no copying from the seeds', () => {
  it('shares no run of seven words with a seed, in templates or generated text', () => {
    const runs = seedRuns(7);
    for (const f of readdirSync(TEMPLATE_DIR)) {
      expect(sharedRuns(readFileSync(join(TEMPLATE_DIR, f), 'utf8'), runs, 7), f).toEqual([]);
    }
    for (const f of big.files.slice(0, 800)) {
      const text = f.path.endsWith('.txt') ? decodeText(f.bytes).text : f.bytes.toString('utf8');
      expect(sharedRuns(text, runs, 7), f.path).toEqual([]);
    }
  });
});

function readdirSafe(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}
