import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatScores, scoresToJson } from '../../src/eval/report.js';
import { EvalError, runEval } from '../../src/eval/run.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { ExportRecord } from '../../src/export/records.js';
import { ExportBuilder, gold, goldEvent } from './helpers.js';

const BODY = 'Norwegian envoy Kari Nordmann met Danish officials in Copenhagen on Monday, the ministry said.';

const GOLD = {
  file: 'articles/oslo.txt',
  article: { title: 'Envoy meets Danish officials', published: '2025-02-10', outlet: null, authors: [], url: null },
  actors: [
    { name: 'Kari Nordmann', aliases: ['Nordmann'], type: 'person', country: 'NOR' },
    { name: 'Denmark', aliases: ['Copenhagen'], type: 'state', country: 'DNK' },
  ],
  events: [goldEvent('CONSULT', ['Kari Nordmann'], ['Denmark'], '2025-02')],
  quotes: [],
};

/** What a pipeline might export for `BODY`, with `file` as given. */
function exportFor(file: string, title = 'Envoy meets Danish officials'): ExportRecord[] {
  const b = new ExportBuilder();
  const a = b.article('a_1', file, BODY, { title, published: '2025-02-10T09:00:00Z' });
  const kn = b.actor('p_kn', 'Kari Nordmann', 'person', 'NOR');
  b.mention(kn, a, 'Norwegian envoy Kari Nordmann');
  const dk = b.actor('s_dk', 'Denmark', 'state', 'DNK', ['Copenhagen']);
  b.mention(dk, a, 'Danish');
  b.event('CONSULT', [kn], [dk], a, { date: { start: '2025-02-10', end: '2025-02-10', precision: 'day' }, evidence: 'met Danish officials' });
  return b.records;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bc-eval-'));
  mkdirSync(join(dir, 'gold'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'gold', 'oslo.gold.json'), JSON.stringify(GOLD));
  writeFileSync(join(dir, 'articles', 'oslo.txt'), BODY);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('runEval', () => {
  it('resolves article files against the gold folder’s parent, calls produce, scores and formats', async () => {
    let asked: string[] = [];
    const { scores, text } = await runEval(join(dir, 'gold'), {}, async (files) => {
      asked = files;
      return exportFor(files[0]!);
    });
    expect(asked).toEqual([join(dir, 'articles', 'oslo.txt')]);
    expect(scores.events.overall.f1).toBe(1);
    expect(scores.persons.f1).toBe(1);
    expect(scores.metadata.overall.value).toBe(1);
    expect(text).toMatch(/^Persons\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(text).not.toMatch(/articles\/oslo\.txt {2}\(article/); // not verbose
  });

  it('uses --corpus, verbose and json options', async () => {
    const corpus = join(dir, 'other');
    mkdirSync(join(corpus, 'articles'), { recursive: true });
    writeFileSync(join(corpus, 'articles', 'oslo.txt'), BODY);
    const verbose = await runEval(join(dir, 'gold'), { corpus, verbose: true }, async (files) => {
      expect(files).toEqual([join(corpus, 'articles', 'oslo.txt')]);
      return exportFor('articles/oslo.txt', 'Another title');
    });
    expect(verbose.text).toContain('articles/oslo.txt  (article a_1;');
    expect(verbose.text).toMatch(/metadata {2}wrong {3}title\n\s+expected "Envoy meets Danish officials", got "Another title"/);
    const json = await runEval(join(dir, 'gold'), { json: true }, async (files) => exportFor(files[0]!));
    expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(json.scores)));
  });

  it('a missing article file is an error naming it', async () => {
    rmSync(join(dir, 'articles', 'oslo.txt'));
    const p = runEval(join(dir, 'gold'), {}, async () => []);
    await expect(p).rejects.toBeInstanceOf(EvalError);
    await expect(p).rejects.toThrow(/oslo\.gold\.json: article file not found: .*articles\/oslo\.txt/);
  });

  it('an empty gold folder is an error', async () => {
    rmSync(join(dir, 'gold', 'oslo.gold.json'));
    await expect(runEval(join(dir, 'gold'), {}, async () => [])).rejects.toThrow(/no \*\.gold\.json files/);
  });
});

describe('formatScores', () => {
  it('prints every section, per-type rows and, verbose, the issues', () => {
    const records = exportFor('articles/oslo.txt');
    const g = gold({ ...GOLD, events: [...GOLD.events, goldEvent('REQUEST', ['Kari Nordmann'], ['Denmark'], null)] });
    const s = scoreCorpus(records, [g]);
    const brief = formatScores(s);
    for (const label of ['title', 'published', 'authors', 'url', 'outlet', 'Persons', 'country right', 'Events', 'modality right', 'Quotes', 'speaker right', 'Quotes + speaker']) {
      expect(brief).toContain(label);
    }
    expect(brief).toMatch(/^ {2}CONSULT\s+1\s+0\s+0/m);
    expect(brief).toMatch(/^ {2}REQUEST\s+0\s+0\s+1\s+-\s+0\.000\s+0\.000$/m);
    expect(brief).not.toContain('missed');
    const verbose = formatScores(s, { verbose: true });
    expect(verbose).toMatch(/events {4}missed  REQUEST Kari Nordmann -> Denmark - asserted\n\s+no predicted REQUEST event/);
    expect(JSON.parse(scoresToJson(s)).events.byType.REQUEST.fn).toBe(1);
  });
});
