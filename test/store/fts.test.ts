import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { Store } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';
import { oldDatabase } from '../helpers/old-db.js';
import type { Article } from '../../src/read/types.js';

function art(title: string, body: string): Article {
  return { file: null, url: null, outlet: null, title, published: null, authors: [], language: 'en', body, captions: [], sourcesCited: [], blocks: [], format: 'text' };
}

function addOne(store: Store, id: string, a: Article): void {
  store.sources.insert({ id: `s_${id}`, origin: id, format: 'text', encoding: 'utf-8', size: 1 }, Buffer.from(id));
  store.articles.insert(id, `s_${id}`, 0, a);
}

describe('article full-text index', () => {
  it('indexes articles when their transaction commits, batch or single', () => {
    const store = Store.open(join(tempDir(), 'f.db'));
    store.transaction(() => addOne(store, 'a1', art('Talks in Geneva', 'Envoys met in Geneva on Monday.')));
    expect(store.articles.search('Geneva', 10).map((h) => h.id)).toEqual(['a1']);
    store.begin();
    store.transaction(() => addOne(store, 'a2', art('Summit in Oslo', 'Leaders gathered in Oslo.')));
    store.transaction(() => addOne(store, 'a3', art('More Oslo', 'A second day in Oslo and Geneva.')));
    store.commit();
    expect(store.articles.search('Oslo', 10).map((h) => h.id).sort()).toEqual(['a2', 'a3']);
    expect(store.articles.search('Geneva', 10).map((h) => h.id).sort()).toEqual(['a1', 'a3']);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('stays consistent when articles are deleted before and after indexing', () => {
    const store = Store.open(join(tempDir(), 'g.db'));
    store.transaction(() => addOne(store, 'b1', art('Indexed', 'Ceasefire talks in Doha.')));
    store.transaction(() => {
      addOne(store, 'b2', art('Not yet indexed', 'Ceasefire talks in Cairo.'));
      // deleted in the transaction that inserted it: leaves the queue, never reaches the index
      expect(store.articles.deleteBySource('s_b2')).toBe(1);
      expect(store.articles.deleteBySource('s_b1')).toBe(1);
    });
    expect(store.articles.search('ceasefire', 10)).toEqual([]);
    store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    store.close();
  });

  it('keeps a database made by the previous schema searchable after the upgrade', () => {
    const path = oldDatabase(5, { id: 'c1', title: 'Old talks', body: 'Envoys in Vienna.' });
    const store = Store.open(path);
    expect(store.articles.search('Vienna', 10).map((h) => h.id)).toEqual(['c1']);
    store.transaction(() => addOne(store, 'c2', art('New talks', 'More envoys in Vienna.')));
    expect(store.articles.search('Vienna', 10).map((h) => h.id).sort()).toEqual(['c1', 'c2']);
    store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    store.close();
  });
});

describe('article insert', () => {
  it('stores an id once: a second insert is refused (false) and leaves the first article and its index entry', () => {
    const store = Store.open(join(tempDir(), 'd.db'));
    store.sources.insert({ id: 's1', origin: 'x', format: 'text', encoding: 'utf-8', size: 1 }, Buffer.from('x'));
    store.transaction(() => {
      expect(store.articles.insert('a1', 's1', 0, art('Talks in Geneva', 'Envoys met in Geneva.'))).toBe(true);
      expect(store.articles.insert('a1', 's1', 1, art('Other title', 'Other body about Oslo.'))).toBe(false);
    });
    expect(store.articles.get('a1')?.title).toBe('Talks in Geneva');
    expect(store.articles.search('Geneva', 10).map((h) => h.id)).toEqual(['a1']);
    expect(store.articles.search('Oslo', 10)).toEqual([]);
    expect(store.articles.count()).toBe(1);
    store.close();
  });

  it('still fails on a constraint other than the id', () => {
    const store = Store.open(join(tempDir(), 'e.db'));
    store.sources.insert({ id: 's1', origin: 'x', format: 'text', encoding: 'utf-8', size: 1 }, Buffer.from('x'));
    const bad = { ...art('t', 'b'), title: null } as unknown as Article;
    expect(() => store.transaction(() => store.articles.insert('a2', 's1', 0, bad))).toThrow(/NOT NULL/);
    store.close();
  });
});

describe('article index settings', () => {
  const hashsize = (store: Store): unknown =>
    store.db.prepare<[], { v: unknown }>("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").get()?.v;

  it('keeps up to 8 MB of new terms in memory, in a new database and in one upgraded from version 9', () => {
    const fresh = Store.open(join(tempDir(), 'h.db'));
    expect(hashsize(fresh)).toBe(8388608);
    fresh.close();
    const upgraded = Store.open(oldDatabase(9, { id: 'h1', title: 'Old talks', body: 'Envoys in Vienna.' }));
    expect(hashsize(upgraded)).toBe(8388608);
    expect(upgraded.articles.search('Vienna', 10).map((h) => h.id)).toEqual(['h1']);
    upgraded.close();
  });
});
