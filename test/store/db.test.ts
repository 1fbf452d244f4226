import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { Store } from '../../src/store/index.js';
import { PAGE_SIZE } from '../../src/store/db.js';
import { tempDir } from '../helpers/cli.js';
import { oldDatabase } from '../helpers/old-db.js';

const pragma = (store: Store, name: string): unknown => store.db.pragma(name, { simple: true });

describe('database file settings', () => {
  it('gives a new database 16 KB pages, WAL, and a checkpoint every 40 MB of WAL', () => {
    const store = Store.open(join(tempDir(), 'n.db'));
    expect(PAGE_SIZE).toBe(16384);
    expect(pragma(store, 'page_size')).toBe(16384);
    expect(pragma(store, 'journal_mode')).toBe('wal');
    expect(pragma(store, 'wal_autocheckpoint')).toBe(2560);
    store.close();
  });

  it('keeps the page size of an existing database (4 KB) and scales the checkpoint to it', () => {
    const path = oldDatabase(9, { id: 'p1', title: 'Old talks', body: 'Envoys in Vienna.' });
    const store = Store.open(path);
    expect(pragma(store, 'page_size')).toBe(4096);
    expect(pragma(store, 'wal_autocheckpoint')).toBe(10240);
    store.transaction(() => {
      store.sources.insert({ id: 's2', origin: 'y', format: 'text', encoding: 'utf-8', size: 1 }, Buffer.alloc(20000, 1));
      store.articles.insert('p2', 's2', 0, {
        file: null, url: null, outlet: null, title: 'New talks', published: null, authors: [], language: 'en',
        body: 'More envoys in Vienna. '.repeat(500), captions: [], sourcesCited: [], blocks: [], format: 'text',
      });
    });
    expect(store.articles.search('Vienna', 10).map((h) => h.id).sort()).toEqual(['p1', 'p2']);
    expect(store.sources.get('s2')?.bytes.length).toBe(20000);
    expect(pragma(store, 'integrity_check')).toBe('ok');
    store.close();
  });
});
