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
  /** One better-sqlite3 transaction function for all calls (making one per call cost more than the savepoint). */
  private readonly inTransaction: (fn: () => unknown, outermost: boolean) => unknown;
  /**
   * A bulk batch is open: nested transactions run without a savepoint. A savepoint makes SQLite copy
   * each page before a statement first changes it (16 KB a page), which was a third of the cost of
   * storing a source's rows.
   */
  private bulk = false;

  constructor(readonly db: DB) {
    this.inTransaction = db.transaction((fn: () => unknown, outermost: boolean) => {
      const r = fn();
      if (outermost) this.flushPending();
      return r;
    });
    this.articles = new ArticleStore(db);
    this.sources = new SourceStore(db);
    this.actors = new ActorStore(db);
    this.events = new EventStore(db);
    this.quotes = new QuoteStore(db);
  }

  static open(path: string, opts: { readonly?: boolean } = {}): Store {
    const store = new Store(openDb(path, opts));
    // articles committed by a writer that did not index them (none of ours) become searchable now
    if (!opts.readonly) store.transaction(() => undefined);
    return store;
  }

  /**
   * Run `fn` in one transaction: all of its writes land, or none do. Nested in an open
   * transaction it is a savepoint; the outermost one indexes new articles before committing.
   * Inside a bulk batch (`begin({ bulk: true })`) `fn` runs as part of the batch, without a
   * savepoint: a writer whose `fn` throws there must end the batch with `rollback()`.
   */
  transaction<T>(fn: () => T): T {
    if (this.bulk && this.db.inTransaction) return fn();
    const mark = this.actors.mark();
    try {
      return this.inTransaction(fn, !this.db.inTransaction) as T;
    } catch (e) {
      // rolled back: what the actor store remembers of this transaction may be gone, and its pending rows go
      this.actors.resetCache();
      this.actors.discard(mark);
      throw e;
    }
  }

  /** Rows the stores hold back until the end of a transaction: actor index rows, then the full-text index. */
  private flushPending(): void {
    this.actors.flush();
    this.articles.flushIndex();
  }

  /**
   * Open a batch transaction by hand (for many sources per commit); end it with `commit()`.
   * `bulk`: foreign keys are not checked row by row during the batch (about a quarter of the cost of
   * storing an article's extraction). Only for writers that insert a row after the rows it refers to,
   * as persistSource does; the ingest tests run `PRAGMA foreign_key_check` on what it wrote.
   * Cascading deletes need the checks, so a bulk batch must not delete. Nor does a bulk batch make
   * savepoints for nested transactions (see `transaction`): a writer that fails in one calls `rollback()`.
   */
  begin(opts: { bulk?: boolean } = {}): void {
    if (opts.bulk) this.db.pragma('foreign_keys = OFF');
    this.db.exec('BEGIN');
    this.bulk = !!opts.bulk;
  }

  /** Index the batch's new articles and commit it, if a transaction is open; foreign keys are checked again after. */
  commit(): void {
    if (this.db.inTransaction) {
      this.flushPending();
      this.db.exec('COMMIT');
    }
    this.endBatch();
  }

  /** Drop the open batch, if any: none of its writes land. */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.actors.resetCache();
    this.actors.discard();
    this.endBatch();
  }

  private endBatch(): void {
    this.bulk = false;
    this.db.pragma('foreign_keys = ON');
  }

  /** Delete everything derived from the sources (articles and what was extracted from them). */
  clearDerived(): void {
    this.db.exec(`DELETE FROM quotes; DELETE FROM event_attributions; DELETE FROM event_reports; DELETE FROM event_actors; DELETE FROM events;
      DELETE FROM article_mentions; DELETE FROM actor_articles; DELETE FROM actor_roles; DELETE FROM actor_aliases; DELETE FROM actors;
      DELETE FROM article_origins; DELETE FROM articles;`);
    this.actors.resetCache();
    this.actors.discard();
  }

  close(): void {
    this.db.close();
  }
}
