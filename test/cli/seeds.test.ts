import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, exportRecords, tempDir, SHARED, ROOT } from '../helpers/cli.js';

interface GoldArticle { title: string; published: string | null; outlet: string | null; authors: string[]; url: string | null }

describe('seeds: ingest + export gives the gold article values', () => {
  const db = join(tempDir(), 'seeds.db');
  const ing = run(['--db', db, 'ingest', join(SHARED, 'seeds')]);
  const records = exportRecords(db).filter((r) => r.kind === 'article');
  const golds = readdirSync(join(SHARED, 'gold')).filter((f) => f.endsWith('.gold.json'));

  it('ingests both seeds', () => {
    expect(ing.status).toBe(0);
    expect(records).toHaveLength(golds.length);
  });

  for (const g of golds) {
    it(g, () => {
      const gold = JSON.parse(readFileSync(join(SHARED, 'gold', g), 'utf8')) as { file: string; article: GoldArticle };
      const rec = records.find((r) => String(r.file).endsWith(gold.file));
      expect(rec, `no exported article for ${gold.file}`).toBeDefined();
      const got = {
        title: rec!.title, published: rec!.published, outlet: rec!.outlet, authors: rec!.authors, url: rec!.url,
      };
      expect(got).toEqual(gold.article);
    });
  }

  it('bodies are clean: no link syntax, captions, labels, boilerplate or url trailer', () => {
    for (const r of records) {
      const body = String(r.body);
      expect(body).not.toMatch(/\]\(#\)|\*\*|Related article|Original url|^Source:|^Details:|^Background:|Photo:/m);
      expect(body).not.toMatch(/\n{3,}/);
      expect((r.captions as string[]).length).toBeGreaterThan(0);
    }
  });
});

describe('the acceptance command as written: npx backchannel ingest ../shared/seeds && npx backchannel export', () => {
  // npx runs this project's own bin file, so the build must leave it executable (tsc does not)
  const npx = (args: string[], db: string) =>
    spawnSync('npx', ['--no-install', 'backchannel', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BACKCHANNEL_DB: db },
      maxBuffer: 64 * 1024 * 1024,
    });

  it('runs from the checkout and exports both seeds with their gold article values', () => {
    const db = join(tempDir(), 'npx.db');
    const ing = npx(['ingest', '../shared/seeds'], db);
    expect(ing.stderr).not.toMatch(/permission denied/i);
    expect(ing.status).toBe(0);
    const exp = npx(['export', '--format', 'jsonl'], db);
    expect(exp.status).toBe(0);
    const articles = exp.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.kind === 'article');
    const golds = readdirSync(join(SHARED, 'gold')).filter((f) => f.endsWith('.gold.json'));
    expect(articles).toHaveLength(golds.length);
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(join(SHARED, 'gold', g), 'utf8')) as { file: string; article: GoldArticle };
      const rec = articles.find((r) => String(r.file).endsWith(gold.file))!;
      expect({ title: rec.title, published: rec.published, outlet: rec.outlet, authors: rec.authors, url: rec.url }).toEqual(gold.article);
    }
  });
});
