/**
 * Deterministic benchmark corpus: invented diplomacy articles in every input format the
 * readers support (two scraped plain-text styles, Markdown, HTML, JSON, JSONL, RSS, Atom),
 * with a few legacy encodings and exact duplicates. Same seed and count, same bytes.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FormatKind, type GenArticle, composeArticle, slugify } from './compose.js';
import { benchData, type BenchData, type OutletDef } from './data.js';
import { type Day, dayOf, isoDay, ymd } from './dates.js';
import { type TextEncoding, encodeText } from './encode.js';
import { Rng } from './prng.js';
import { renderAtom, renderJsonl, renderRss } from './render-feed.js';
import { renderStyleA, renderStyleB } from './render-text.js';
import { renderHtml, renderJson, renderMarkdown } from './render-web.js';

export interface GenerateOptions {
  /** Output folder; must be empty or absent unless `force`. */
  dir: string;
  /** Number of distinct articles to write. */
  count: number;
  seed: number;
  /** Write into a non-empty folder (files of the same name are overwritten, others left alone). */
  force?: boolean;
  /** Also write a JSONL manifest (one line per file, with the generator's ground truth) to this path, outside the corpus. */
  manifest?: string;
}

export interface GenerateResult {
  /** Files written, duplicates included. */
  files: number;
  /** Distinct articles (equals `count`); duplicate files are not counted again. */
  articles: number;
  /** Bytes written, duplicates included. */
  bytes: number;
}

export interface ManifestEntry {
  path: string;
  format: FormatKind;
  encoding: TextEncoding;
  articles: number;
  /** For exact copies: the path of the original. */
  duplicateOf: string | null;
  /** What the generator put in each article (absent for duplicates). */
  truth?: ArticleTruth[];
}

/** Generator ground truth for one article: main event, the two states, people named. */
export interface ArticleTruth {
  id: string;
  title: string;
  url: string;
  type: string;
  modality: string;
  states: string[];
  people: { name: string; country: string | null; organization: string | null; role: string }[];
}

function truthOf(a: GenArticle): ArticleTruth {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    type: a.type,
    modality: a.modality,
    states: a.states,
    people: a.people.map((p) => ({ name: p.name, country: p.country, organization: p.organization, role: p.role })),
  };
}

/** Share of articles per format. */
export const FORMAT_SHARE: Record<FormatKind, number> = {
  A: 0.22, B: 0.22, md: 0.1, html: 0.14, json: 0.08, jsonl: 0.1, rss: 0.07, atom: 0.07,
};
/** Articles per file for grouped formats. */
export const GROUP_SIZE: Partial<Record<FormatKind, number>> = { jsonl: 50, rss: 20, atom: 20 };

const FORMATS = Object.keys(FORMAT_SHARE) as FormatKind[];
const UNIT_WEIGHTS = FORMATS.map((f) => FORMAT_SHARE[f] / (GROUP_SIZE[f] ?? 1));
const FIRST_DAY = dayOf(2022, 1, 1);
const LAST_DAY = dayOf(2025, 12, 31);
/** Share of single-article files also written as an exact copy elsewhere. */
const DUPLICATE_RATE = 0.012;

function pickOutlet(data: BenchData, fmt: FormatKind, rng: Rng): OutletDef {
  const list = fmt === 'A' || fmt === 'B' ? data.outlets.outlets.filter((o) => o.text === fmt) : data.outlets.outlets;
  return rng.pick(list);
}

function pickEncoding(rng: Rng): { enc: TextEncoding; crlf: boolean } {
  const r = rng.next();
  const enc: TextEncoding = r < 0.025 ? 'windows-1252' : r < 0.05 ? 'utf16le-bom' : r < 0.065 ? 'utf8-bom' : 'utf8';
  const crlf = rng.chance(enc === 'utf8' ? 0.03 : 0.5);
  return { enc, crlf };
}

class Writer {
  files = 0;
  bytes = 0;
  readonly manifest: ManifestEntry[] = [];
  private readonly dirs = new Set<string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly keepManifest: boolean,
  ) {}

  /** A path not used yet: `x.txt`, else `x-2.txt`, `x-3.txt`... */
  unique(rel: string): string {
    if (!this.used.has(rel)) return rel;
    const dot = rel.lastIndexOf('.');
    for (let i = 2; ; i++) {
      const cand = `${rel.slice(0, dot)}-${i}${rel.slice(dot)}`;
      if (!this.used.has(cand)) return cand;
    }
  }

  write(rel: string, bytes: Buffer, entry: Omit<ManifestEntry, 'path'>): string {
    const path = this.unique(rel);
    this.used.add(path);
    const abs = join(this.root, path);
    const dir = dirname(abs);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(abs, bytes);
    this.files++;
    this.bytes += bytes.length;
    if (this.keepManifest) this.manifest.push({ path, ...entry });
    return path;
  }
}

/** Write a corpus of `count` articles under `dir`. Throws if `dir` is not empty (unless `force`). */
export function generateCorpus(opts: GenerateOptions): GenerateResult {
  const { dir, count, seed } = opts;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (existsSync(dir) && readdirSync(dir).length && !opts.force) {
    throw new Error(`${dir} is not empty; choose an empty folder (or pass force to write into it anyway)`);
  }
  mkdirSync(dir, { recursive: true });
  const data = benchData();
  const rng = new Rng(seed);
  const out = new Writer(dir, Boolean(opts.manifest));
  const pad = Math.max(5, String(count).length);
  // Every format appears early, whatever the count.
  const firstRound = rng.shuffle(FORMATS);
  let produced = 0;
  let unit = 0;

  const compose = (fmt: FormatKind, outlet: OutletDef, day: Day): GenArticle =>
    composeArticle(data, rng, { index: produced + 0, outlet, format: fmt, day });

  while (produced < count) {
    const fmt = unit < firstRound.length ? firstRound[unit]! : rng.weighted(FORMATS, UNIT_WEIGHTS);
    const group = GROUP_SIZE[fmt];
    const outlet = pickOutlet(data, fmt, rng);
    const oslug = slugify(outlet.name, 4);
    const unitName = String(unit).padStart(5, '0');
    if (group) {
      const n = Math.min(group, count - produced);
      const base = rng.int(FIRST_DAY + 14, LAST_DAY);
      const span = fmt === 'jsonl' ? 60 : 10;
      const arts: GenArticle[] = [];
      for (let i = 0; i < n; i++) {
        const o = fmt === 'jsonl' ? pickOutlet(data, fmt, rng) : outlet;
        arts.push(compose(fmt, o, base - rng.int(0, span)));
        produced++;
      }
      const section = rng.pick(outlet.sections);
      let rel: string;
      let text: string;
      if (fmt === 'jsonl') {
        rel = `dumps/${ymd(base).y}/batch-${unitName}.jsonl`;
        text = renderJsonl(arts, rng);
      } else if (fmt === 'rss') {
        rel = `feeds/${oslug}/rss-${unitName}.xml`;
        text = renderRss(outlet, section, arts, rng);
      } else {
        rel = `feeds/${oslug}/atom-${unitName}.${rng.chance(0.5) ? 'atom' : 'xml'}`;
        text = renderAtom(outlet, section, arts, rng);
      }
      out.write(rel, Buffer.from(text, 'utf8'), { format: fmt, encoding: 'utf8', articles: n, duplicateOf: null, truth: arts.map(truthOf) });
      unit++;
      continue;
    }

    const a = compose(fmt, outlet, rng.int(FIRST_DAY, LAST_DAY));
    const idx = String(produced).padStart(pad, '0');
    produced++;
    const year = String(ymd(a.published.day).y);
    let rel: string;
    let bytes: Buffer;
    let encoding: TextEncoding = 'utf8';
    switch (fmt) {
      case 'A':
      case 'B': {
        const text = fmt === 'A' ? renderStyleA(a, rng) : renderStyleB(a, rng);
        const { enc, crlf } = pickEncoding(rng);
        const e = encodeText(text, enc, crlf);
        bytes = e.bytes;
        encoding = e.encoding;
        rel = `${oslug}/${year}/${idx}_${a.id}.txt`;
        break;
      }
      case 'md':
        bytes = Buffer.from(renderMarkdown(a, rng), 'utf8');
        rel = `${oslug}/${year}/${isoDay(a.published.day)}-${slugify(a.title, 6)}.md`;
        break;
      case 'html':
        bytes = Buffer.from(renderHtml(a, rng, a.more), 'utf8');
        rel = `${oslug}/${year}/${slugify(a.title, 7)}.html`;
        break;
      default:
        bytes = Buffer.from(renderJson(a, rng), 'utf8');
        rel = `${oslug}/${year}/${a.id.slice(0, 12)}.json`;
    }
    const path = out.write(rel, bytes, { format: fmt, encoding, articles: 1, duplicateOf: null, truth: [truthOf(a)] });
    if (rng.chance(DUPLICATE_RATE)) {
      const ext = path.slice(path.lastIndexOf('.'));
      out.write(`mirror/${rng.pick(['inbox', 'rescrape', 'archive'])}/${rng.hex(16)}${ext}`, bytes, {
        format: fmt,
        encoding,
        articles: 1,
        duplicateOf: path,
      });
    }
    unit++;
  }

  if (opts.manifest) {
    mkdirSync(dirname(opts.manifest), { recursive: true });
    writeFileSync(opts.manifest, out.manifest.map((m) => JSON.stringify(m)).join('\n') + '\n');
  }
  return { files: out.files, articles: produced, bytes: out.bytes };
}
