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

/** How much to extract: actors only; actors and events; or actors, events and quotes. */
export type ExtractLevel = 'none' | 'actors' | 'events' | 'all';

export function extract(article: Article, doc: Doc, level: ExtractLevel = 'all'): Extraction {
  const actors = findActors(doc);
  const found = { actors: actors.actors, mentions: actors.mentions.map(({ actor, start, end, text }) => ({ actor, start, end, text })) };
  if (level === 'actors' || level === 'none') return { ...found, events: [], quotes: [] };
  const ctx = new ArticleContext(article, doc, actors, eventCues().reporting);
  const events = extractEvents(ctx);
  return { ...found, events, quotes: level === 'all' ? extractQuotes(ctx, events) : [] };
}
