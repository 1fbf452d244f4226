import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { run, exportRecords, tempDir, SHARED } from '../helpers/cli.js';

/** A Style A article about round `n` of talks (each round a different article). */
function article(n: number): string {
  return `Envoys meet in Vienna for round ${n} of talks\n\nJune ${1 + (n % 28)}, 2026\n\nAustrian Foreign Minister Beate Meinl-Reisinger received delegations from Armenia and Azerbaijan for round ${n} on Tuesday, her ministry said.\n\n"We are closer than we have ever been," Armenian Foreign Minister Ararat Mirzoyan told reporters after round ${n}.\n`;
}

interface Summary {
  files: number;
  articles: number;
  stored: number;
  duplicates: number;
  skipped: { origin: string; reason: string }[];
  tokens: number;
}

function ingest(db: string, inputs: string[], workers: number): Summary {
  const r = run(['--db', db, '--json', 'ingest', '--workers', String(workers), ...inputs]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

const counts = (s: Summary): unknown => ({ files: s.files, articles: s.articles, stored: s.stored, duplicates: s.duplicates, skipped: s.skipped });

describe('ingest --workers', () => {
  // Many small files make several batches, more than the pool keeps in flight; bad files and a
  // duplicate sit among them, and a JSONL file and the seeds give sources of several articles.
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (let n = 0; n < 150; n++) writeFileSync(join(dir, 'in', `${String(n).padStart(3, '0')}.txt`), article(n));
  writeFileSync(join(dir, 'in', '040-copy.txt'), article(40));
  writeFileSync(join(dir, 'in', '060-empty.txt'), '');
  writeFileSync(join(dir, 'in', '090-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'in', '120-wire.jsonl'), [200, 201, 202].map((n) => JSON.stringify({ title: `Round ${n} ends without a deal`, text: article(n).split('\n\n').slice(2).join('\n\n'), date: '2026-06-03' })).join('\n') + '\n{not json\n');
  const inputs = [join(dir, 'in'), join(SHARED, 'seeds'), 'test/fixtures/dev/articles', 'examples'];

  it('stores exactly what one thread stores, reports the same problems, in input order', () => {
    const one = join(dir, 'one.db');
    const two = join(dir, 'two.db');
    const a = ingest(one, inputs, 0);
    const b = ingest(two, inputs, 2);
    expect(a.files).toBeGreaterThan(190);
    expect(a.duplicates).toBe(1);
    expect(a.skipped.map((p) => p.reason)).toEqual(expect.arrayContaining(['empty file', 'binary file']));
    expect(a.skipped.some((p) => /120-wire\.jsonl/.test(p.origin))).toBe(true);
    expect(counts(b)).toEqual(counts(a));
    // articles, actors, events and quotes, with their ids and offsets
    const records = exportRecords(one);
    expect(records.length).toBeGreaterThan(a.stored);
    expect(exportRecords(two)).toEqual(records);
    // the same sources (raw bytes kept for reprocessing) in the same order
    const sources = (db: string): unknown[] => {
      const d = new Database(db, { readonly: true });
      try {
        return d.prepare('SELECT id, origin, format, encoding, size FROM sources ORDER BY rowid').all();
      } finally {
        d.close();
      }
    };
    expect(sources(two)).toEqual(sources(one));
  });

  it('is idempotent: a re-run with workers stores nothing new, changes nothing and analyses only what is new', () => {
    const db = join(dir, 'again.db');
    const first = ingest(db, inputs, 2);
    expect(first.tokens).toBeGreaterThan(1000);
    const before = exportRecords(db);
    const second = ingest(db, inputs, 2);
    expect(second).toMatchObject({ files: first.files, articles: first.articles, stored: 0, duplicates: first.articles, tokens: 0 });
    expect(exportRecords(db)).toEqual(before);
    // one new file among the old ones: only its article goes through the NLP
    const more = tempDir();
    writeFileSync(join(more, 'new.txt'), article(999));
    const third = ingest(db, [...inputs, more], 2);
    expect(third).toMatchObject({ stored: 1, duplicates: first.articles });
    expect(third.tokens).toBe(ingest(join(more, 'alone.db'), [more], 0).tokens);
  });
});
