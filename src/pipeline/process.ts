/**
 * The pure half of the pipeline: one raw Source -> read -> (nlp -> extract) per article.
 * No I/O and no store access, so it runs the same in the main thread or a worker.
 */
import type { Article, Problem, Source } from '../read/types.js';
import { readSource, type Format } from '../read/index.js';
import { hashId, normaliseForId, sha256 } from '../util/ids.js';
import { analyze } from '../nlp/analyze.js';
import { extract, type ExtractLevel } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';

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
  return hashId('a_', normaliseForId(a.title), normaliseForId(a.body));
}

export function processSource(src: Source, opts: ProcessOptions = {}): ProcessedSource {
  const level = opts.extract ?? 'all';
  const read = readSource(src);
  let tokens = 0;
  const articles = read.articles.map((article, item) => {
    let extraction = EMPTY;
    if (level !== 'none') {
      const doc = analyze(article.body);
      tokens += doc.tokens.length;
      extraction = extract(article, doc, level);
    }
    return { id: articleId(article), item, article, extraction };
  });
  return {
    origin: src.origin,
    sourceId: sha256(src.bytes),
    size: src.bytes.length,
    format: read.format,
    encoding: read.encoding,
    articles,
    problems: read.problems,
    tokens,
  };
}
