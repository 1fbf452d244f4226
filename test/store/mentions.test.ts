import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { Store } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';
import { oldDatabase } from '../helpers/old-db.js';
import type { Article } from '../../src/read/types.js';
import type { ResolvedActor } from '../../src/resolve/actors.js';
import type { LocalActor } from '../../src/extract/types.js';

const BODY = 'Foreign Minister Rania Hamdan met Spanish Prime Minister Marta Navarro in Madrid. Hamdan said Spain mattered.';

function art(body: string): Article {
  return { file: null, url: null, outlet: null, title: 'Talks', published: null, authors: [], language: 'en', body, captions: [], sourcesCited: [], blocks: [], format: 'text' };
}

function actor(key: string, id: string, name: string, type: LocalActor['type']): ResolvedActor {
  const local: LocalActor = { key, name, type, country: null, sector: null, aliases: [], roles: [] };
  return { id, key, name, type, country: null, sector: null, local, stored: false, fills: false };
}

function span(text: string, from = 0): { start: number; end: number; text: string } {
  const start = BODY.indexOf(text, from);
  return { start, end: start + text.length, text };
}

describe('mentions, stored one row per article', () => {
  it('give back every mention with its text, per actor and in article order, and count them', () => {
    const store = Store.open(join(tempDir(), 'm.db'));
    const resolved = new Map([
      ['l1', actor('person:rania hamdan', 'p_hamdan', 'Rania Hamdan', 'person')],
      ['l2', actor('person:marta navarro', 'p_navarro', 'Marta Navarro', 'person')],
      ['l3', actor('state:ESP', 's_esp', 'Spain', 'state')],
    ]);
    const mentions = [
      { actor: 'l2', ...span('Spanish Prime Minister Marta Navarro') },
      { actor: 'l1', ...span('Foreign Minister Rania Hamdan') },
      { actor: 'l1', ...span('Hamdan', 40) },
      { actor: 'l3', ...span('Spain', 90) },
      // the same span again (another finder): the first actor keeps it
      { actor: 'l3', ...span('Hamdan', 40) },
    ];
    store.transaction(() => {
      store.sources.insert({ id: 's1', origin: 'x', format: 'text', encoding: 'utf-8', size: 1 }, Buffer.from('x'));
      store.articles.insert('a1', 's1', 0, art(BODY));
      store.actors.save('a1', resolved, mentions);
    });
    expect(store.actors.mentionsOf('p_hamdan')).toEqual([
      { article: 'a1', ...span('Foreign Minister Rania Hamdan') },
      { article: 'a1', ...span('Hamdan', 40) },
    ]);
    const all = [...store.actors.iterateMentions()];
    expect(all.map((m) => [m.actor, m.text])).toEqual([
      ['p_hamdan', 'Foreign Minister Rania Hamdan'], ['p_navarro', 'Spanish Prime Minister Marta Navarro'],
      ['p_hamdan', 'Hamdan'], ['s_esp', 'Spain'],
    ]);
    const counts = Object.fromEntries(store.actors.list().map((a) => [a.id, [a.articles, a.mentions]]));
    expect(counts).toEqual({ p_hamdan: [1, 2], p_navarro: [1, 1], s_esp: [1, 1] });
    expect(store.actors.all().map((a) => a.id).sort()).toEqual(['p_hamdan', 'p_navarro', 's_esp']);
    store.close();
  });

  it('index rows held back to the end of a transaction land with it, and leave with a rolled-back savepoint', () => {
    const store = Store.open(join(tempDir(), 'm.db'));
    const withAlias = (id: string, alias: string): Map<string, ResolvedActor> => {
      const a = actor(`person:${id}`, id, 'Rania Hamdan', 'person');
      a.local.aliases.push(alias);
      a.local.roles.push('foreign minister');
      return new Map([['l1', a]]);
    };
    const rows = (): unknown[] => store.db.prepare('SELECT actor_id, alias, article_id FROM actor_aliases ORDER BY article_id').all();
    store.transaction(() => {
      store.sources.insert({ id: 's1', origin: 'x', format: 'text', encoding: 'utf-8', size: 1 }, Buffer.from('x'));
      store.articles.insert('a1', 's1', 0, art(BODY));
      store.actors.save('a1', withAlias('p_hamdan', 'Hamdan'), [{ actor: 'l1', ...span('Hamdan', 40) }]);
      // a nested source that fails after saving its actors: its held-back rows go with its savepoint
      expect(() => store.transaction(() => {
        store.articles.insert('a2', 's1', 1, art(`${BODY} Again.`));
        store.actors.save('a2', withAlias('p_hamdan', 'Minister Hamdan'), [{ actor: 'l1', ...span('Hamdan', 40) }]);
        throw new Error('failed later in the source');
      })).toThrow('failed later');
    });
    expect(rows()).toEqual([{ actor_id: 'p_hamdan', alias: 'Hamdan', article_id: 'a1' }]);
    expect(store.actors.rolesWithDates('p_hamdan').map((r) => [r.role, r.article])).toEqual([['foreign minister', 'a1']]);
    expect(store.actors.list().map((a) => [a.id, a.articles, a.mentions])).toEqual([['p_hamdan', 1, 1]]);
    // a batch opened by hand holds its rows until commit()
    store.begin({ bulk: true });
    store.articles.insert('a3', 's1', 2, art(`${BODY} Once more.`));
    store.actors.save('a3', withAlias('p_hamdan', 'R. Hamdan'), [{ actor: 'l1', ...span('Hamdan', 40) }]);
    store.commit();
    expect(rows()).toHaveLength(2);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    store.close();
  });

  it('are carried over from a database with one row per mention', () => {
    const path = oldDatabase(7, { id: 'a1', title: 'Talks', body: BODY }, `
      INSERT INTO actors (id, key, name, type) VALUES ('p_hamdan', 'person:rania hamdan', 'Rania Hamdan', 'person'),
        ('s_esp', 'state:ESP', 'Spain', 'state');
      INSERT INTO mentions (article_id, actor_id, start, end, text) VALUES
        ('a1', 's_esp', ${span('Spain', 90).start}, ${span('Spain', 90).end}, 'Spain'),
        ('a1', 'p_hamdan', ${span('Hamdan', 40).start}, ${span('Hamdan', 40).end}, 'Hamdan'),
        ('a1', 'p_hamdan', 0, 29, 'Foreign Minister Rania Hamdan');`);
    const store = Store.open(path);
    expect([...store.actors.iterateMentions()].map((m) => [m.actor, m.start, m.text])).toEqual([
      ['p_hamdan', 0, 'Foreign Minister Rania Hamdan'], ['p_hamdan', span('Hamdan', 40).start, 'Hamdan'],
      ['s_esp', span('Spain', 90).start, 'Spain'],
    ]);
    expect(store.actors.list().map((a) => [a.id, a.articles, a.mentions])).toEqual([['p_hamdan', 1, 2], ['s_esp', 1, 1]]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    store.close();
  });
});
