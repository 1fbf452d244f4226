/**
 * Stage `extract`: one article and its linguistic analysis -> local actors, mentions, events, quotes.
 */
import type { Article } from '../read/types.js';
import type { Doc } from '../nlp/types.js';
import type { Extraction } from './types.js';
import { findActors } from './actors/find.js';
import { ArticleContext } from './context.js';
import { extractEvents } from './events/index.js';
import { eventCues } from './events/lexicon.js';
import { extractQuotes } from './quotes/index.js';
import { timed, type StageTimes } from '../util/stage-times.js';

/** How much to extract: actors only; actors and events; or actors, events and quotes. */
export type ExtractLevel = 'none' | 'actors' | 'events' | 'all';

export function extract(article: Article, doc: Doc, level: ExtractLevel = 'all'): Extraction {
  const [x] = extractAll([{ article, doc }], level);
  if (x instanceof Error) throw x;
  return x!;
}

/**
 * `extract` over many articles, one stage at a time over all of them: actors for every article, then
 * events, then quotes. The same results as calling `extract` on each; faster on a batch because each
 * stage's lexicons and code stay in the CPU caches. A stage that throws fails its article only (an Error
 * in its place).
 */
export function extractAll(items: { article: Article; doc: Doc }[], level: ExtractLevel = 'all', times?: StageTimes): (Extraction | Error)[] {
  const out: (Extraction | Error)[] = new Array(items.length);
  const found: (ReturnType<typeof findActors> | null)[] = timed(times, 'actors', () => items.map((it, k) => {
    try {
      return findActors(it.doc);
    } catch (e) {
      out[k] = e as Error;
      return null;
    }
  }));
  const base = (f: ReturnType<typeof findActors>): Extraction => (
    { actors: f.actors, mentions: f.mentions.map(({ actor, start, end, text }) => ({ actor, start, end, text })), events: [], quotes: [] });
  if (level === 'actors' || level === 'none') return found.map((f, k) => (f ? base(f) : out[k]!));
  const ctxs: (ArticleContext | null)[] = timed(times, 'events', () => items.map((it, k) => {
    const f = found[k];
    if (!f) return null;
    try {
      const ctx = new ArticleContext(it.article, it.doc, f, eventCues().reporting);
      out[k] = { ...base(f), events: extractEvents(ctx) };
      return ctx;
    } catch (e) {
      out[k] = e as Error;
      return null;
    }
  }));
  if (level !== 'all') return out;
  timed(times, 'quotes', () => ctxs.forEach((ctx, k) => {
    const x = out[k];
    if (!ctx || !x || x instanceof Error) return;
    try {
      x.quotes = extractQuotes(ctx, x.events);
    } catch (e) {
      out[k] = e as Error;
    }
  }));
  return out;
}

