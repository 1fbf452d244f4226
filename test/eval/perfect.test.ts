/**
 * The real gold files scored against an export synthesised from the gold
 * itself: every number must be 1.0. (Only the evaluation may read the gold.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldDir } from '../../src/eval/gold.js';
import type { GoldFile } from '../../src/eval/gold.js';
import { formatScores } from '../../src/eval/report.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { DateRange, ExportRecord } from '../../src/export/records.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GOLD_DIR = [process.env.BACKCHANNEL_GOLD, resolve(root, '../shared/gold'), '/work/shared/gold'].find(
  (d): d is string => !!d && existsSync(d),
);

function dateRange(d: string | null): DateRange | null {
  if (d === null) return null;
  if (d.length === 4) return { start: `${d}-01-01`, end: `${d}-12-31`, precision: 'year' };
  if (d.length === 7) return { start: `${d}-01`, end: `${d}-28`, precision: 'month' };
  return { start: d, end: d, precision: 'day' };
}

/** What a perfect pipeline would export for these gold files. */
function perfectExport(golds: GoldFile[]): ExportRecord[] {
  const out: ExportRecord[] = [];
  golds.forEach((g, k) => {
    const article = `a_${k}`;
    // vary how the export names the file: relative with "..", and absolute
    const file = k % 2 === 0 ? `../shared/${g.file}` : `/srv/corpus/${g.file}`;
    out.push({
      kind: 'article', id: article, file, url: g.article.url, outlet: g.article.outlet, title: g.article.title,
      published: g.article.published, authors: g.article.authors, language: 'en', body: '', captions: [], sourcesCited: [],
    });
    const id = (name: string): string => `${k}:${name}`;
    for (const a of g.actors) {
      out.push({ kind: 'actor', id: id(a.name), name: a.name, aliases: a.aliases, type: a.type, country: a.country, roles: [], sector: null });
      out.push({ kind: 'mention', actor: id(a.name), article, start: 0, end: 0, text: a.name });
    }
    g.events.forEach((e, i) => {
      out.push({
        kind: 'event', id: `e_${k}_${i}`, type: e.type, mode: e.mode, cameo: null, source: e.source.map(id), target: e.target.map(id),
        date: dateRange(e.date), location: e.location, modality: e.modality, outcome: null, topic: null, articles: [article],
        evidence: [{ article, start: 0, end: 0 }], attributions: [], status: null,
      });
    });
    g.quotes.forEach((q, i) => {
      out.push({
        kind: 'quote', id: `q_${k}_${i}`, article, speaker: q.speaker === null ? null : id(q.speaker), speakerText: q.speaker,
        text: `${q.text}, and then some more words`, direct: q.direct, cue: 'said', start: 0, end: 0, via: null,
      });
    });
  });
  return out;
}

describe.skipIf(!GOLD_DIR)(`gold files in ${GOLD_DIR ?? '(not found)'}`, () => {
  it('load and validate', () => {
    const golds = loadGoldDir(GOLD_DIR!);
    expect(golds.length).toBeGreaterThan(0);
  });

  it('score 1.0 everywhere against an export made from themselves', () => {
    const golds = loadGoldDir(GOLD_DIR!);
    const s = scoreCorpus(perfectExport(golds), golds);
    expect(s.articles.found).toBe(golds.length);
    expect(s.metadata.overall.value).toBe(1);
    expect(s.persons.f1).toBe(1);
    expect(s.persons.country.value).toBe(1);
    expect(s.events.overall.f1).toBe(1);
    for (const p of Object.values(s.events.byType)) expect(p.f1).toBe(1);
    expect(s.events.modality.value).toBe(1);
    expect(s.events.optionalMatched).toBe(golds.flatMap((g) => g.events).filter((e) => e.optional).length);
    expect(s.quotes.lenient.f1).toBe(1);
    expect(s.quotes.strict.f1).toBe(1);
    expect(s.quotes.speaker.value).toBe(1);
    expect(s.perArticle.flatMap((a) => a.issues)).toEqual([]);
    const text = formatScores(s);
    expect(text).toMatch(/^Events\s+\d+\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
  });

  it('the gold lists direct quotes only (so indirect predictions are never counted extra)', () => {
    const golds = loadGoldDir(GOLD_DIR!);
    expect(golds.flatMap((g) => g.quotes).every((q) => q.direct)).toBe(true);
  });
});
