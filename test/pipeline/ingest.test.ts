import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { run, exportRecords, tempDir, SHARED, CLI } from '../helpers/cli.js';

function article(n: number): string {
  return `Envoys meet in Geneva for round ${n} of talks\n\nMay ${1 + (n % 28)}, 2026\n\nSwiss Foreign Minister Ignazio Cassis hosted envoys from both sides for round ${n} on Monday, the ministry said.\n\nA spokesman said talks would continue next week and that no agreement had been reached on round ${n}.\n`;
}

function count(db: string): number {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    d.close();
  }
}

describe('ingest', () => {
  it('is idempotent and stores the same article once whatever its path', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    mkdirSync(join(dir, 'in/sub'), { recursive: true });
    writeFileSync(join(dir, 'in/one.txt'), article(1));
    writeFileSync(join(dir, 'in/sub/copy.txt'), article(1));
    writeFileSync(join(dir, 'in/two.txt'), article(2));
    const r1 = run(['--db', db, '--json', 'ingest', join(dir, 'in')]);
    expect(r1.status).toBe(0);
    expect(JSON.parse(r1.stdout)).toMatchObject({ files: 3, articles: 3, stored: 2, duplicates: 1 });
    const before = exportRecords(db);
    const r2 = run(['--db', db, '--json', 'ingest', join(dir, 'in')]);
    expect(r2.status).toBe(0);
    expect(JSON.parse(r2.stdout)).toMatchObject({ stored: 0, duplicates: 3 });
    expect(exportRecords(db)).toEqual(before);
    const shown = JSON.parse(run(['--db', db, '--json', 'show', String(before[0]!.id)]).stdout) as { origins: string[] };
    expect(shown.origins).toHaveLength(2);
  });

  it('does not analyse again an article already stored: a re-run reads, finds the ids and adds origins only', async () => {
    const { Store } = await import('../../src/store/index.js');
    const { ingest } = await import('../../src/pipeline/ingest.js');
    const dir = tempDir();
    mkdirSync(join(dir, 'in'), { recursive: true });
    writeFileSync(join(dir, 'in/one.txt'), article(3));
    writeFileSync(join(dir, 'in/two.txt'), article(4));
    const store = Store.open(join(dir, 'x.db'));
    const first = await ingest(store, [join(dir, 'in')]);
    expect(first).toMatchObject({ stored: 2, duplicates: 0 });
    expect(first.tokens).toBeGreaterThan(50);
    // every stage of the pipeline took its share of the run, and the shares add up to no more than it
    for (const stage of ['load', 'read', 'nlp', 'actors', 'events', 'quotes', 'store'] as const) expect(first.times[stage]).toBeGreaterThan(0);
    expect(Object.values(first.times).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(first.seconds * 1000);
    const mentions = store.actors.iterateMentions();
    const before = [...mentions];
    expect(before.length).toBeGreaterThan(0);
    // the same articles under another name, and one new one beside them
    writeFileSync(join(dir, 'in/again.txt'), article(3));
    writeFileSync(join(dir, 'in/three.txt'), article(5));
    const second = await ingest(store, [join(dir, 'in')]);
    expect(second).toMatchObject({ articles: 4, stored: 1, duplicates: 3 });
    // only the new article went through the NLP
    const fresh = Store.open(join(dir, 'y.db'));
    const alone = await ingest(fresh, [join(dir, 'in/three.txt')]);
    fresh.close();
    expect(second.tokens).toBe(alone.tokens);
    expect([...store.actors.iterateMentions()].filter((m) => before.some((b) => b.article === m.article))).toEqual(before);
    expect(store.articles.origins(before[0]!.article)).toContain(join(dir, 'in/again.txt'));
    store.close();
  });

  it('gives the same ids in a fresh store (stable ids)', () => {
    const a = join(tempDir(), 'a.db');
    const b = join(tempDir(), 'b.db');
    run(['--db', a, 'ingest', join(SHARED, 'seeds')]);
    run(['--db', b, 'ingest', join(SHARED, 'seeds')]);
    expect(exportRecords(a)).toEqual(exportRecords(b));
  });

  it('writes only rows whose references hold, though a bulk batch does not check them row by row', async () => {
    const { Store } = await import('../../src/store/index.js');
    const { ingest } = await import('../../src/pipeline/ingest.js');
    const store = Store.open(join(tempDir(), 'fk.db'));
    const s = await ingest(store, [join(SHARED, 'seeds'), 'test/fixtures/dev/articles', 'examples']);
    expect(s.stored).toBeGreaterThan(20);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    for (const table of ['article_mentions', 'actor_articles', 'events', 'quotes']) {
      expect((store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBeGreaterThan(0);
    }
    store.close();
  });

  it('drops the open batch when writing a source fails: no source is left half written, and a re-run completes it', async () => {
    const { vi } = await import('vitest');
    const { Store } = await import('../../src/store/index.js');
    const { ingest } = await import('../../src/pipeline/ingest.js');
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a.txt'), article(10));
    const lines = [11, 12, 13].map((n) => JSON.stringify({ title: `Envoys meet for round ${n}`, text: article(n).split('\n\n').slice(2).join('\n\n'), date: '2026-05-02' }));
    writeFileSync(join(dir, 'in/b.jsonl'), lines.join('\n') + '\n');
    const store = Store.open(join(dir, 'x.db'));
    const insert = store.articles.insert.bind(store.articles);
    let calls = 0;
    // the feed's second article fails to go in, after the text file and the feed's first article went in
    const spy = vi.spyOn(store.articles, 'insert').mockImplementation((...a) => {
      if (++calls === 3) throw new Error('disk I/O error');
      return insert(...a);
    });
    await expect(ingest(store, [join(dir, 'in')], { extract: 'none' })).rejects.toThrow('disk I/O error');
    const n = (sql: string): number => (store.db.prepare(sql).get() as { n: number }).n;
    expect([n('SELECT count(*) AS n FROM sources'), n('SELECT count(*) AS n FROM articles'), n('SELECT count(*) AS n FROM articles_fts_pending')]).toEqual([0, 0, 0]);
    expect(store.db.inTransaction).toBe(false);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    spy.mockRestore();
    expect(await ingest(store, [join(dir, 'in')], { extract: 'none' })).toMatchObject({ stored: 4, duplicates: 0 });
    expect(store.articles.search('envoys').length).toBe(4);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('reads stdin with -', () => {
    const db = join(tempDir(), 's.db');
    const r = run(['--db', db, '--json', 'ingest', '-'], { input: article(7) });
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 1 });
    expect(exportRecords(db)[0]).toMatchObject({ kind: 'article', file: '-', published: '2026-05-08' });
  });

  it('accepts globs', () => {
    const dir = tempDir();
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `g${n}.txt`), article(n));
    writeFileSync(join(dir, 'skip.md'), '# Not matched\n\nText.');
    const db = join(dir, 'g.db');
    const r = run(['--db', db, '--json', 'ingest', join(dir, '*.txt')]);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 3, stored: 3 });
  });

  it('skips bad input with one line naming the file and the reason; the batch goes on', () => {
    const dir = tempDir();
    const db = join(dir, 'bad.db');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/empty.txt'), '');
    writeFileSync(join(dir, 'in/blank.txt'), '\n   \n\t\n');
    writeFileSync(join(dir, 'in/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'in/big.txt'), article(3) + 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(join(dir, 'in/good.txt'), article(4));
    const r = run(['--db', db, 'ingest', '--max-size', '1', join(dir, 'in'), join(dir, 'missing.txt')]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes(': ') && l.startsWith(dir));
    expect(lines).toHaveLength(5);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/blank\.txt: empty file/);
    expect(r.stderr).toMatch(/image\.png: binary file/);
    expect(r.stderr).toMatch(/big\.txt: file too large/);
    expect(r.stderr).toMatch(/missing\.txt: no such file or directory/);
    expect(r.stderr).toMatch(/stored 1, duplicates 0, skipped 5/);
    expect(count(db)).toBe(1);
  });

  it('exits 1 when nothing could be stored, 2 on usage errors', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(run(['--db', join(dir, 'e.db'), 'ingest', join(dir, 'empty.txt')]).status).toBe(1);
    expect(run(['--db', join(dir, 'e.db'), 'ingest']).status).toBe(2);
    expect(run(['--db', join(dir, 'e.db'), 'nonsense']).status).toBe(2);
    expect(run(['--db', join(dir, 'e.db'), 'articles', '--limit', 'many']).status).toBe(2);
  });

  it('survives kill -9 halfway: the database is valid, articles whole, and a re-run completes it', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    mkdirSync(join(dir, 'in'));
    const N = 4000;
    for (let n = 0; n < N; n++) writeFileSync(join(dir, 'in', `${String(n).padStart(5, '0')}.txt`), article(n));
    const child = spawn(process.execPath, [CLI, '--db', db, 'ingest', '-q', join(dir, 'in')], { stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        seen = count(db);
      } catch {
        continue;
      }
      if (seen > 50) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const partial = count(db);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);
    const d = new Database(db, { readonly: true });
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    const broken = d.prepare("SELECT count(*) AS n FROM articles WHERE body = '' OR title = ''").get() as { n: number };
    expect(broken.n).toBe(0);
    const fts = d.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Geneva'").get() as { n: number };
    expect(fts.n).toBe(partial);
    d.close();
    const again = run(['--db', db, '--json', 'ingest', join(dir, 'in')]);
    expect(again.status).toBe(0);
    expect(count(db)).toBe(N);
  });

  it('reprocess rebuilds the same records from the kept raw sources', () => {
    const db = join(tempDir(), 'r.db');
    const dir = tempDir();
    copyFileSync(join(SHARED, 'seeds/000_99d66b94f7c90300.txt'), join(dir, 'a.txt'));
    run(['--db', db, 'ingest', join(SHARED, 'seeds'), dir]);
    const before = exportRecords(db);
    const r = run(['--db', db, 'reprocess']);
    expect(r.status).toBe(0);
    expect(exportRecords(db)).toEqual(before);
  });
});
