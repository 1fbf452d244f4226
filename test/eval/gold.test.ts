import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GoldFormatError, loadGoldDir, parseGold } from '../../src/eval/gold.js';

const GOOD = {
  file: 'articles/001_talks.txt',
  article: { title: 'Ministers meet in Oslo', published: '2025-02-10', outlet: null, authors: [], url: null },
  actors: [
    { name: 'Kari Nordmann', aliases: ['Nordmann'], type: 'person', country: 'NOR' },
    { name: 'Norway', type: 'state', country: 'NOR' },
  ],
  events: [{ type: 'CONSULT', source: ['Kari Nordmann'], target: [], date: '2025-02', modality: 'asserted' }],
  quotes: [{ speaker: 'Kari Nordmann', text: 'We talked for hours' }],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bc-gold-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

function errorOf(f: () => unknown): GoldFormatError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GoldFormatError);
    return e as GoldFormatError;
  }
  throw new Error('expected an error');
}

describe('gold loading', () => {
  it('reads *.gold.json sorted, fills defaults, ignores other files', () => {
    write('b.gold.json', { ...GOOD, file: 'articles/002.txt' });
    write('a.gold.json', GOOD);
    write('notes.json', { hello: 1 });
    write('README.md', '# gold');
    const golds = loadGoldDir(dir);
    expect(golds.map((g) => g.file)).toEqual(['articles/001_talks.txt', 'articles/002.txt']);
    const g = golds[0]!;
    expect(g.path).toBe(join(dir, 'a.gold.json'));
    expect(g.actors[1]!.aliases).toEqual([]);
    expect(g.events[0]).toMatchObject({ optional: false, mode: null, location: null, note: null });
    expect(g.quotes[0]).toMatchObject({ direct: true, optional: false });
  });

  it('names the file on invalid JSON', () => {
    const p = write('broken.gold.json', '{"file": "x.txt",');
    const e = errorOf(() => loadGoldDir(dir));
    expect(e.message).toContain(p);
    expect(e.message).toMatch(/invalid JSON/);
  });

  it('names the file and the place of a missing or wrong field', () => {
    const noModality = structuredClone(GOOD) as Record<string, unknown>;
    delete (noModality.events as Array<Record<string, unknown>>)[0]!.modality;
    const p = write('x.gold.json', noModality);
    const e = errorOf(() => loadGoldDir(dir));
    expect(e.message).toContain(p);
    expect(e.message).toMatch(/events\[0\]: missing field "modality"/);

    expect(errorOf(() => parseGold({ ...GOOD, article: { title: 'T' } }, 'g.json')).message).toMatch(
      /g\.json: article: missing field "published"/,
    );
    expect(errorOf(() => parseGold({ ...GOOD, actors: [{ name: 'A', type: 'human', country: null }] }, 'g.json')).message).toMatch(
      /actors\[0\]: "type" is "human"/,
    );
    const badDate = { ...GOOD, events: [{ ...GOOD.events[0], date: 'Feb 2025' }] };
    expect(errorOf(() => parseGold(badDate, 'g.json')).message).toMatch(/"date" is "Feb 2025"/);
    const badType = { ...GOOD, events: [{ ...GOOD.events[0], type: 'MEET' }] };
    expect(errorOf(() => parseGold(badType, 'g.json')).message).toMatch(/events\[0\]: "type" is "MEET"/);
  });

  it('rejects names that are not gold actors', () => {
    const badRef = { ...GOOD, quotes: [{ speaker: 'Ola Nordmann', text: 'Hello there' }] };
    expect(errorOf(() => parseGold(badRef, 'g.json')).message).toMatch(/quotes\[0\]: "Ola Nordmann" is not the name of an actor/);
  });

  it('rejects two gold files for one article, and a missing folder', () => {
    write('a.gold.json', GOOD);
    write('b.gold.json', { ...GOOD, file: './articles/001_talks.txt' });
    expect(errorOf(() => loadGoldDir(dir)).message).toMatch(/same "file"/);
    expect(errorOf(() => loadGoldDir(join(dir, 'nope'))).message).toMatch(/cannot read gold folder/);
    mkdirSync(join(dir, 'empty'));
    expect(loadGoldDir(join(dir, 'empty'))).toEqual([]);
  });
});
