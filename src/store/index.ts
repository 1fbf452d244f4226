/** The store facade: one SQLite database holding sources, articles and (later) extraction results. */
import { openDb, type DB } from './db.js';
import { ArticleStore } from './articles.js';
import { SourceStore } from './sources.js';
import { ActorStore } from './actors.js';
import { EventStore } from './events.js';
import { QuoteStore } from './quotes.js';

export type { StoredArticle, ArticleRow, SearchHit, ListOptions } from './articles.js';

export class Store {
  readonly articles: ArticleStore;
  readonly sources: SourceStore;
  readonly actors: ActorStore;
  readonly events: EventStore;
  readonly quotes: QuoteStore;

  constructor(readonly db: DB) {
    this.articles = new ArticleStore(db);
    this.sources = new SourceStore(db);
    this.actors = new ActorStore(db);
    this.events = new EventStore(db);
    this.quotes = new QuoteStore(db);
  }

  static open(path: string, opts: { readonly?: boolean } = {}): Store {
    return new Store(openDb(path, opts));
  }

  /** Run `fn` in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: () => T): T {
    this.actors.revalidate();
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      this.actors.forget();
      throw e;
    }
  }

  /** Delete everything derived from the sources (articles and what was extracted from them). */
  clearDerived(): void {
    this.db.exec(`DELETE FROM quotes; DELETE FROM event_attributions; DELETE FROM event_reports; DELETE FROM event_actors; DELETE FROM events;
      DELETE FROM mentions; DELETE FROM actor_roles; DELETE FROM actor_aliases; DELETE FROM actors;
      DELETE FROM article_origins; DELETE FROM articles;`);
    this.actors.forget();
  }

  close(): void {
    this.db.close();
  }
}
