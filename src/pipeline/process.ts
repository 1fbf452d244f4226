/**
 * The pure half of the pipeline: one raw Source -> read -> (nlp -> extract) per article.
 * No I/O and no store access, so it runs the same in the main thread or a worker.
 */
import type { Article, Problem, Source } from '../read/types.js';
import type { Doc } from '../nlp/types.js';
import { readSource, type Format } from '../read/index.js';
import { ARTICLE_ID_PREFIX, hashId, normaliseForId, sha256 } from '../util/ids.js';
import { analyze } from '../nlp/analyze.js';
import { extractAll, type ExtractLevel } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import { timed, type StageTimes } from '../util/stage-times.js';

export interface ProcessedArticle {
  id: string;
  item: number;
  article: Article;
  extraction: Extraction;
}

export interface ProcessedSource {
  origin: string;
  sourceId: string;
  size: number;
  format: Format | null;
  encoding: string | null;
  articles: ProcessedArticle[];
  problems: Problem[];
  /** Tokens analysed (0 when extraction is off). */
  tokens: number;
}

export interface ProcessOptions {
  /** How far to go after reading: nothing, actors only, or everything (default). */
  extract?: ExtractLevel;
}

const EMPTY: Extraction = { actors: [], mentions: [], events: [], quotes: [] };

/** Article id: hash of its normalised title and body, so the same article from any path is stored once. */
export function articleId(a: Pick<Article, 'title' | 'body'>): string {
  return hashId(ARTICLE_ID_PREFIX, normaliseForId(a.title), normaliseForId(a.body));
}

/** Read one source and (per `opts.extract`) analyse and extract each of its articles; throws what a stage throws. */
export function processSource(src: Source, opts: ProcessOptions = {}): ProcessedSource {
  return processSources([src], opts, { rethrow: true })[0] as ProcessedSource;
}

export interface BatchOptions {
  /** Throw what a stage throws instead of turning the source into a Problem. */
  rethrow?: boolean;
  /**
   * Articles already stored (by id) are read but not analysed: the store only adds their origin,
   * so re-ingesting a folder costs the reading, not the NLP and extraction again.
   */
  stored?: (id: string) => boolean;
  /** Add each stage's time here. */
  times?: StageTimes;
}

/**
 * `processSource` over a batch of sources, one stage at a time over all their articles (read, then
 * analyse, then each extraction stage): the same results, faster, because each stage's data stays in
 * the CPU caches. A source whose processing throws becomes a Problem; the others go on.
 */
export function processSources(srcs: Source[], opts: ProcessOptions = {}, batch: BatchOptions = {}): (ProcessedSource | Problem)[] {
  const { rethrow = false, stored, times } = batch;
  const level = opts.extract ?? 'all';
  const out: (ProcessedSource | Problem)[] = new Array(srcs.length);
  const fail = (k: number, e: unknown): void => {
    if (rethrow) throw e;
    out[k] = { origin: srcs[k]!.origin, reason: `internal error: ${(e as Error).message}` };
  };
  // read every source first, then analyse every article: each stage's code and data stay warm
  const toAnalyse: { k: number; n: number; article: Article }[] = [];
  timed(times, 'read', () => srcs.forEach((src, k) => {
    try {
      const read = readSource(src);
      const p: ProcessedSource = {
        origin: src.origin, sourceId: sha256(src.bytes), size: src.bytes.length, format: read.format, encoding: read.encoding,
        articles: read.articles.map((article, item) => ({ id: articleId(article), item, article, extraction: EMPTY })),
        problems: read.problems, tokens: 0,
      };
      out[k] = p;
      if (level !== 'none') p.articles.forEach((a, n) => { if (!stored?.(a.id)) toAnalyse.push({ k, n, article: a.article }); });
    } catch (e) {
      fail(k, e);
    }
  }));
  if (level === 'none') return out;
  const items: { k: number; n: number; article: Article; doc: Doc }[] = [];
  timed(times, 'nlp', () => toAnalyse.forEach((it) => {
    const p = out[it.k]!;
    if ('reason' in p) return;
    try {
      const doc = analyze(it.article.body);
      p.tokens += doc.tokens.length;
      items.push({ ...it, doc });
    } catch (e) {
      fail(it.k, e);
    }
  }));
  const live = items.filter((it) => !('reason' in out[it.k]!));
  const extracted = extractAll(live, level, times);
  live.forEach((it, j) => {
    const p = out[it.k]!;
    const x = extracted[j]!;
    if ('reason' in p) return;
    if (x instanceof Error) fail(it.k, x);
    else p.articles[it.n]!.extraction = x;
  });
  return out;
}

