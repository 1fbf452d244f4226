import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { run, exportRecords, tempDir, SHARED } from '../helpers/cli.js';

describe('actors, events and quotes from the command line', () => {
  const db = join(tempDir(), 'cmd.db');
  run(['--db', db, 'ingest', join(SHARED, 'seeds')]);
  const json = (args: string[]): unknown => {
    const r = run(['--db', db, '--json', ...args]);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('lists persons by country and shows one actor with roles and mentions in context', () => {
    const persons = json(['actors', '--type', 'person', '--country', 'RUS']) as { name: string }[];
    expect(persons.map((p) => p.name)).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Vladimir Putin']));
    const [peskov] = json(['actor', 'Peskov']) as { name: string; rolesWithDates: { role: string; published: string }[]; mentions: { sentence: string }[] }[];
    expect(peskov!.name).toBe('Dmitry Peskov');
    expect(peskov!.rolesWithDates.map((r) => r.role)).toContain('Kremlin spokesman');
    expect(peskov!.mentions.every((m) => m.sentence.length > 0)).toBe(true);
  });

  it('matches --name as text: % and _ are no wildcards', () => {
    expect((json(['actors', '--name', 'pesk']) as { name: string }[]).map((a) => a.name)).toContain('Dmitry Peskov');
    expect(json(['actors', '--name', '_'])).toEqual([]);
    expect(json(['actors', '--name', '%'])).toEqual([]);
  });

  it('filters events by type, actor, pair and dates', () => {
    const consult = json(['events', '--type', 'CONSULT']) as { type: string }[];
    expect(consult.length).toBeGreaterThan(0);
    expect(consult.every((e) => e.type === 'CONSULT')).toBe(true);
    const pair = json(['events', '--between', 'Putin', 'Trump']) as { location: string | null; articles: string[] }[];
    const alaska = pair.find((e) => e.location === 'Alaska');
    expect(alaska?.articles).toHaveLength(2); // one meeting, reported by both seeds
    const from = json(['events', '--from', '2025-10', '--to', '2025-10-31']) as { type: string }[];
    expect(from.map((e) => e.type)).toContain('SANCTION');
  });

  it('lists quotes by speaker and searches their words', () => {
    const byPeskov = json(['quotes', '--speaker', 'Peskov', '--direct']) as { text: string }[];
    expect(byPeskov.length).toBeGreaterThanOrEqual(3);
    const found = json(['quotes', '--search', 'discussion']) as { speakerName: string }[];
    expect(found.map((q) => q.speakerName)).toContain('Dmitry Peskov');
    const table = run(['--db', db, 'quotes', '--speaker', 'Peskov']);
    expect(table.stdout).toMatch(/Dmitry Peskov \(Kremlin spokes/);
  });

  it('exports every kind with offsets that point at the evidence', () => {
    const records = exportRecords(db);
    const bodies = new Map(records.filter((r) => r.kind === 'article').map((r) => [r.id as string, r.body as string]));
    const kinds = new Set(records.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['actor', 'article', 'event', 'mention', 'quote']);
    for (const m of records.filter((r) => r.kind === 'mention')) {
      expect(bodies.get(m.article as string)!.slice(m.start as number, m.end as number)).toBe(m.text);
    }
    for (const e of records.filter((r) => r.kind === 'event')) {
      const ev = e.evidence as { article: string; start: number; end: number }[];
      expect(ev.length).toBeGreaterThan(0);
      for (const v of ev) expect(bodies.get(v.article)!.slice(v.start, v.end).length).toBeGreaterThan(10);
    }
    for (const q of records.filter((r) => r.kind === 'quote' && r.direct)) {
      expect(bodies.get(q.article as string)!.slice(q.start as number, q.end as number)).toBe(q.text);
    }
  });
});

describe('show: an article by the id prefix the table prints', () => {
  const db = join(tempDir(), 'show.db');
  run(['--db', db, 'ingest', join(SHARED, 'seeds')]);
  const ids = (JSON.parse(run(['--db', db, '--json', 'articles']).stdout) as { id: string }[]).map((a) => a.id);
  const show = (id: string) => run(['--db', db, '--json', 'show', id]);

  it('finds it by the twelve characters of the table, with or without the "a_"', () => {
    for (const id of ids) {
      for (const prefix of [id.slice(0, 12), id.slice(2, 10)]) {
        const r = show(prefix);
        expect(r.status, `${prefix}: ${r.stderr}`).toBe(0);
        expect((JSON.parse(r.stdout) as { id: string }).id).toBe(id);
      }
    }
  });

  it('refuses a prefix several articles share, and one none has, with status 1', () => {
    for (const prefix of ['a_', 'a_zz']) {
      const r = show(prefix);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`no article with id ${prefix}`));
    }
  });
});
