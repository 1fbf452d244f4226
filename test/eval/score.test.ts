import { describe, expect, it } from 'vitest';
import { fileMatches, prf, scoreCorpus } from '../../src/eval/score.js';
import type { Scores } from '../../src/eval/score.js';
import type { DateRange, EventType, Modality } from '../../src/export/records.js';
import { ExportBuilder, day, gold, goldEvent, month } from './helpers.js';

const BODY =
  'Finnish President Aino Virtanen spoke by phone on Tuesday with Yury Ivanenko, a senior Ukrainian ' +
  'official, her office said. Germany and Poland agreed to pool air-defence data, officials in Berlin ' +
  'said, while Ivanenko asked Berlin for more artillery shells before the winter.';

const ACTORS = [
  { name: 'Aino Virtanen', aliases: ['Virtanen', 'President Virtanen'], type: 'person', country: 'FIN' },
  { name: 'Yuri Ivanenko', aliases: ['Ivanenko'], type: 'person', country: 'UKR' },
  { name: 'Germany', aliases: ['Berlin'], type: 'state', country: 'DEU' },
  { name: 'Poland', aliases: ['Warsaw'], type: 'state', country: 'POL' },
  { name: 'Finland', aliases: ['Helsinki'], type: 'state', country: 'FIN' },
];

/** The predicted actors of the event tests, with their ids. */
function eventActors(b: ExportBuilder): Record<string, string> {
  return {
    virtanen: b.actor('p_av', 'Aino Virtanen', 'person', 'FIN'),
    ivanenko: b.actor('p_yi', 'Iurii Ivanenko', 'person', 'UKR', ['Ivanenko']),
    lang: b.actor('p_pl', 'Petra Lang', 'person', 'DEU'),
    martin: b.actor('p_jm', 'Jean Martin', 'person', 'FRA'),
    germany: b.actor('s_de', 'Germany', 'state', 'DEU'),
    poland: b.actor('s_pl', 'Poland', 'state', 'POL'),
    finland: b.actor('s_fi', 'Finland', 'state', 'FIN'),
  };
}

interface PredEvent {
  type: EventType;
  source: string[];
  target: string[];
  date?: DateRange | null;
  modality?: Modality;
}

/** Score one article whose gold has `goldEvents` and whose export has `pred` events (actor keys of eventActors). */
function scoreEvents(goldEvents: Array<Record<string, unknown>>, pred: PredEvent[]): Scores {
  const b = new ExportBuilder();
  const a = b.article('a_1', 'corpus/e.txt', BODY);
  const ids = eventActors(b);
  for (const e of pred) {
    b.event(
      e.type,
      e.source.map((k) => ids[k]!),
      e.target.map((k) => ids[k]!),
      a,
      { date: e.date ?? null, modality: e.modality ?? 'asserted', evidence: 'spoke by phone' },
    );
  }
  return scoreCorpus(b.records, [gold({ file: 'corpus/e.txt', actors: ACTORS, events: goldEvents })]);
}

function counts(s: Scores): [number, number, number] {
  return [s.events.overall.tp, s.events.overall.fp, s.events.overall.fn];
}

describe('events', () => {
  it('swap rule: sides may be swapped for CONSULT, AGREE, COOPERATE only', () => {
    expect(
      counts(scoreEvents([goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null)], [
        { type: 'CONSULT', source: ['ivanenko'], target: ['virtanen'] },
      ])),
    ).toEqual([1, 0, 0]);
    expect(
      counts(scoreEvents([goldEvent('AGREE', ['Germany'], ['Poland'], null)], [
        { type: 'AGREE', source: ['poland'], target: ['germany'] },
      ])),
    ).toEqual([1, 0, 0]);
    expect(
      counts(scoreEvents([goldEvent('REQUEST', ['Yuri Ivanenko'], ['Germany'], null)], [
        { type: 'REQUEST', source: ['germany'], target: ['ivanenko'] },
      ])),
    ).toEqual([0, 1, 1]);
  });

  it('type must be equal', () => {
    expect(
      counts(scoreEvents([goldEvent('REQUEST', ['Yuri Ivanenko'], ['Germany'], null)], [
        { type: 'SUPPORT', source: ['ivanenko'], target: ['germany'] },
      ])),
    ).toEqual([0, 1, 1]);
  });

  it('an actor of a state gold actor’s country matches that state; not the other way round', () => {
    // person of Germany for gold state Germany
    expect(
      counts(scoreEvents([goldEvent('SUPPORT', ['Germany'], ['Poland'], null)], [
        { type: 'SUPPORT', source: ['lang'], target: ['poland'] },
      ])),
    ).toEqual([1, 0, 0]);
    // person of France does not match Germany
    expect(
      counts(scoreEvents([goldEvent('SUPPORT', ['Germany'], ['Poland'], null)], [
        { type: 'SUPPORT', source: ['martin'], target: ['poland'] },
      ])),
    ).toEqual([0, 1, 1]);
    // the state Finland does not match the gold person Virtanen
    expect(
      counts(scoreEvents([goldEvent('SUPPORT', ['Aino Virtanen'], ['Poland'], null)], [
        { type: 'SUPPORT', source: ['finland'], target: ['poland'] },
      ])),
    ).toEqual([0, 1, 1]);
  });

  it('names match after transliteration folding, on name or alias', () => {
    // gold "Yuri Ivanenko" vs predicted "Iurii Ivanenko"
    expect(
      counts(scoreEvents([goldEvent('REQUEST', ['Yuri Ivanenko'], ['Germany'], null)], [
        { type: 'REQUEST', source: ['ivanenko'], target: ['germany'] },
      ])),
    ).toEqual([1, 0, 0]);
  });

  it('dates agree at the gold precision where both have one', () => {
    const one = (goldDate: string | null, predDate: DateRange | null): [number, number, number] =>
      counts(scoreEvents([goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], goldDate)], [
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: predDate },
      ]));
    expect(one('2025-08', day('2025-08-27'))).toEqual([1, 0, 0]);
    expect(one('2025-08-27', month('2025-08'))).toEqual([0, 1, 1]);
    expect(one('2025-08-27', day('2025-08-27'))).toEqual([1, 0, 0]);
    expect(one('2025-08-27', day('2025-08-26'))).toEqual([0, 1, 1]);
    expect(one('2025', day('2025-06-10'))).toEqual([1, 0, 0]);
    expect(one('2025-07', day('2025-08-01'))).toEqual([0, 1, 1]);
    expect(one(null, day('2019-01-01'))).toEqual([1, 0, 0]);
    expect(one('2025-08-27', null)).toEqual([1, 0, 0]);
  });

  it('an empty gold target is not checked', () => {
    expect(
      counts(scoreEvents([goldEvent('ACCUSE', ['Germany'], [], null)], [
        { type: 'ACCUSE', source: ['germany'], target: ['poland'] },
      ])),
    ).toEqual([1, 0, 0]);
  });

  it('optional gold: matched prediction counts neither way, unmatched optional is no miss', () => {
    const s = scoreEvents(
      [
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], '2025-03'),
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null, { modality: 'negated', optional: true }),
        goldEvent('AID', ['Germany'], ['Poland'], null, { optional: true }),
      ],
      [
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: day('2025-03-04') },
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], modality: 'negated' },
      ],
    );
    expect(counts(s)).toEqual([1, 0, 0]);
    expect(s.events.optionalMatched).toBe(1);
    // the modality tie-break pairs the negated prediction with the negated gold
    expect(s.events.modality).toEqual({ correct: 2, total: 2, value: 1 });
    expect(s.events.overall.f1).toBe(1);
  });

  it('a prediction matching both goes to the required gold, not the optional one listed first', () => {
    const s = scoreEvents(
      [
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null, { optional: true }),
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], '2025-03'),
      ],
      [{ type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: day('2025-03-04') }],
    );
    expect(counts(s)).toEqual([1, 0, 0]);
    expect(s.events.optionalMatched).toBe(0);
  });

  it('uses a maximum matching, not first-come', () => {
    // the first prediction fits both golds, the second only the first gold
    const s = scoreEvents(
      [
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null),
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], '2025-05'),
      ],
      [
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: day('2025-05-10') },
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: day('2025-06-01') },
      ],
    );
    expect(counts(s)).toEqual([2, 0, 0]);
  });

  it('reports per type, modality accuracy and issues', () => {
    const s = scoreEvents(
      [
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], '2025-03', { modality: 'intended' }),
        goldEvent('AGREE', ['Germany'], ['Poland'], null),
        goldEvent('REQUEST', ['Yuri Ivanenko'], ['Germany'], null),
      ],
      [
        { type: 'CONSULT', source: ['virtanen'], target: ['ivanenko'], date: day('2025-03-11'), modality: 'asserted' },
        { type: 'AGREE', source: ['germany'], target: ['finland'] },
        { type: 'THREATEN', source: ['germany'], target: ['poland'] },
      ],
    );
    expect(counts(s)).toEqual([1, 2, 2]);
    expect(s.events.byType.CONSULT).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.events.byType.AGREE).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.events.byType.REQUEST).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(s.events.byType.THREATEN).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(s.events.byType.SUPPORT).toBeUndefined();
    expect(s.events.modality).toEqual({ correct: 0, total: 1, value: 0 });
    const issues = s.perArticle[0]!.issues.filter((i) => i.section === 'events');
    expect(issues.find((i) => i.kind === 'wrong')?.detail).toMatch(/modality: expected intended, got asserted/);
    const missedAgree = issues.find((i) => i.kind === 'missed' && i.item.startsWith('AGREE'));
    expect(missedAgree?.detail).toMatch(/closest AGREE Germany -> Finland .*target \[Finland\]/);
    expect(issues.find((i) => i.kind === 'missed' && i.item.startsWith('REQUEST'))?.detail).toBe('no predicted REQUEST event');
    const extra = issues.find((i) => i.kind === 'extra' && i.item.startsWith('THREATEN'));
    expect(extra?.evidence).toBe('spoke by phone');
  });

  it('an event listed under several articles is scored in each', () => {
    const b = new ExportBuilder();
    const a1 = b.article('a_1', 'x/one.txt', BODY);
    const a2 = b.article('a_2', 'x/two.txt', BODY);
    const ids = eventActors(b);
    const id = b.event('CONSULT', [ids.virtanen!], [ids.ivanenko!], a1);
    const e = b.records.find((r) => r.kind === 'event' && r.id === id);
    if (e?.kind === 'event') e.articles.push(a2.id);
    const ev = goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null);
    const s = scoreCorpus(b.records, [
      gold({ file: 'x/one.txt', actors: ACTORS, events: [ev] }),
      gold({ file: 'x/two.txt', actors: ACTORS, events: [ev] }),
    ]);
    expect(counts(s)).toEqual([2, 0, 0]);
  });
});

describe('persons', () => {
  it('P/R/F1 over mentioned persons, one-to-one, with country accuracy', () => {
    const b = new ExportBuilder();
    const a = b.article('a_1', 'corpus/p.txt', BODY);
    b.mention(b.actor('p_av', 'Aino Virtanen', 'person', 'FIN'), a, 'Finnish President Aino Virtanen');
    b.mention(b.actor('p_yi', 'Iurii Ivanenko', 'person', 'UKR'), a, 'Yury Ivanenko');
    // a second, unmerged actor for the same man, with a wrong country: loses the tie-break
    b.mention(b.actor('p_iv', 'Ivanenko', 'person', 'RUS'), a, 'Ivanenko');
    b.mention(b.actor('p_lang', 'Petra Lang', 'person', 'AUT'), a, 'officials in Berlin');
    b.mention(b.actor('p_ms', 'Marko Salo', 'person', 'FIN'), a, 'her office');
    b.mention(b.actor('p_de', 'Germany', 'person', 'DEU'), a, 'Germany');
    b.actor('p_kn', 'Kari Nieminen', 'person', 'FIN'); // no mention: not counted
    b.mention(b.actor('o_nato', 'Poland', 'state', 'POL'), a, 'Poland'); // not a person
    const g = gold({
      file: 'corpus/p.txt',
      actors: [
        ...ACTORS,
        { name: 'Petra Lang', aliases: [], type: 'person', country: 'DEU' },
        { name: 'Kari Nieminen', aliases: [], type: 'person', country: 'FIN' },
      ],
    });
    const s = scoreCorpus(b.records, [g]);
    expect([s.persons.tp, s.persons.fp, s.persons.fn]).toEqual([3, 3, 1]);
    expect(s.persons.precision).toBeCloseTo(0.5);
    expect(s.persons.recall).toBeCloseTo(0.75);
    expect(s.persons.f1).toBeCloseTo(0.6);
    expect(s.persons.country).toEqual({ correct: 2, total: 3, value: 2 / 3 });
    const issues = s.perArticle[0]!.issues.filter((i) => i.section === 'persons');
    expect(issues.filter((i) => i.kind === 'missed').map((i) => i.item)).toEqual(['Kari Nieminen']);
    const extras = issues.filter((i) => i.kind === 'extra');
    expect(extras.map((i) => i.item).sort()).toEqual(['Germany [p_de]', 'Ivanenko [p_iv]', 'Marko Salo [p_ms]']);
    expect(extras.find((i) => i.item.startsWith('Germany'))?.detail).toBe('gold has "Germany" as state');
    expect(extras.find((i) => i.item.startsWith('Ivanenko'))?.detail).toMatch(/duplicate/);
    expect(issues.find((i) => i.kind === 'wrong')).toMatchObject({ item: 'Petra Lang', detail: 'country: expected DEU, got AUT' });
  });
});

describe('quotes', () => {
  const QBODY =
    '“We will not be rushed into a bad deal,” Virtanen told reporters. A Finnish official called the ' +
    'talks “entirely normal”. Ivanenko said Kyiv was ready – “ready today, not tomorrow” – to sign. ' +
    'The ministry added that nothing is settled yet.';

  it('lenient on text, strict with speaker, speaker accuracy; indirect extras are not errors', () => {
    const b = new ExportBuilder();
    const a = b.article('a_q', 'corpus/q.txt', QBODY);
    const virt = b.actor('p_v', 'Virtanen', 'person', 'FIN');
    const laine = b.actor('p_ml', 'Mikko Laine', 'person', 'FIN');
    b.quote(a, '“We will not be rushed into a bad deal,”', virt); // alias match
    b.quote(a, '“entirely normal”', laine); // person of Finland for the state speaker
    b.quote(a, '“ready today – not tomorrow”', virt); // right words, wrong speaker
    b.quote(a, 'nothing is settled yet', null, { direct: false }); // indirect, still matches
    b.quote(a, 'abnormal times call for calm', null); // direct, matches nothing (word boundary)
    b.quote(a, 'the talks would resume soon', laine, { direct: false }); // indirect, matches nothing
    const g = gold({
      file: 'corpus/q.txt',
      actors: ACTORS,
      quotes: [
        { speaker: 'Aino Virtanen', text: 'We will not be rushed', direct: true },
        { speaker: 'Finland', text: 'normal', direct: true },
        { speaker: 'Yuri Ivanenko', text: 'ready today, not tomorrow', direct: true },
        { speaker: null, text: 'Nothing is settled yet', direct: true },
        { speaker: 'Yuri Ivanenko', text: 'We have been patient', direct: true, optional: true },
      ],
    });
    const s = scoreCorpus(b.records, [g]);
    expect(s.quotes.lenient).toMatchObject({ tp: 4, fp: 1, fn: 0, precision: 0.8, recall: 1 });
    expect(s.quotes.strict).toMatchObject({ tp: 3, fp: 2, fn: 1, precision: 0.6, recall: 0.75 });
    expect(s.quotes.speaker).toEqual({ correct: 3, total: 4, value: 0.75 });
    const issues = s.perArticle[0]!.issues.filter((i) => i.section === 'quotes');
    expect(issues.filter((i) => i.kind === 'missed')).toEqual([]);
    expect(issues.find((i) => i.kind === 'wrong')?.item).toMatch(/ready today/);
    expect(issues.filter((i) => i.kind === 'extra').map((i) => i.item)).toEqual([
      expect.stringMatching(/^"abnormal times/),
    ]);
  });

  it('a null gold speaker needs a null predicted speaker, and vice versa', () => {
    const b = new ExportBuilder();
    const a = b.article('a_q', 'corpus/q.txt', QBODY);
    b.quote(a, 'entirely normal', b.actor('p_ml', 'Mikko Laine', 'person', 'FIN'));
    b.quote(a, 'ready today, not tomorrow', null);
    const g = gold({
      file: 'corpus/q.txt',
      actors: ACTORS,
      quotes: [
        { speaker: null, text: 'entirely normal', direct: true },
        { speaker: 'Yuri Ivanenko', text: 'ready today', direct: true },
      ],
    });
    const s = scoreCorpus(b.records, [g]);
    expect(s.quotes.lenient).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.quotes.strict).toMatchObject({ tp: 0, fp: 2, fn: 2, f1: 0 });
    expect(s.quotes.speaker.value).toBe(0);
  });
});

describe('metadata', () => {
  it('title, published day, authors, url, outlet', () => {
    const b = new ExportBuilder();
    b.article('a_1', 'corpus/m1.txt', BODY, {
      title: 'Helsinki  says “no rush” on talks — officials',
      published: '2025-03-04T10:15:00+02:00',
      authors: ['José Pérez', 'Anna Berg'],
      url: ' https://example.com/news/1 ',
      outlet: null,
    });
    b.article('a_2', 'corpus/m2.txt', BODY, {
      title: 'A different headline',
      published: null,
      authors: [],
      url: null,
      outlet: 'the Financial Times',
    });
    const golds = [
      gold({
        file: 'corpus/m1.txt',
        article: {
          title: 'Helsinki says "no rush" on talks - officials',
          published: '2025-03-04',
          authors: ['Anna Berg', 'Jose Perez'],
          url: 'https://example.com/news/1',
          outlet: 'Reuters',
        },
      }),
      gold({
        file: 'corpus/m2.txt',
        article: { title: 'The right headline', published: null, authors: [], url: null, outlet: 'Financial Times' },
      }),
    ];
    const s = scoreCorpus(b.records, golds);
    expect(s.metadata.fields.title).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(s.metadata.fields.published.value).toBe(1);
    expect(s.metadata.fields.authors.value).toBe(1);
    expect(s.metadata.fields.url.value).toBe(1);
    expect(s.metadata.fields.outlet).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(s.metadata.overall).toEqual({ correct: 8, total: 10, value: 0.8 });
    expect(s.perArticle[0]!.issues).toEqual([
      { section: 'metadata', kind: 'wrong', item: 'outlet', detail: 'expected "Reuters", got null' },
    ]);
  });
});

describe('articles', () => {
  it('matches the gold file as a path suffix of the export file', () => {
    expect(fileMatches('seeds/000_x.txt', 'seeds/000_x.txt')).toBe(true);
    expect(fileMatches('../shared/seeds/000_x.txt', 'seeds/000_x.txt')).toBe(true);
    expect(fileMatches('/data/corpus/seeds/000_x.txt', 'seeds/000_x.txt')).toBe(true);
    expect(fileMatches('C:\\corpus\\seeds\\000_x.txt', 'seeds/000_x.txt')).toBe(true);
    expect(fileMatches('./seeds/000_x.txt', './seeds/000_x.txt')).toBe(true);
    expect(fileMatches('myseeds/000_x.txt', 'seeds/000_x.txt')).toBe(false);
    expect(fileMatches('seeds/000_x.txt.bak', 'seeds/000_x.txt')).toBe(false);
    expect(fileMatches('other/000_x.txt', 'seeds/000_x.txt')).toBe(false);
  });

  it('a gold article missing from the export counts all its items as missed', () => {
    const b = new ExportBuilder();
    b.article('a_9', '/abs/elsewhere/unrelated.txt', BODY);
    const g = gold({
      file: 'corpus/gone.txt',
      actors: ACTORS,
      events: [
        goldEvent('CONSULT', ['Aino Virtanen'], ['Yuri Ivanenko'], null),
        goldEvent('AID', ['Germany'], ['Poland'], null, { optional: true }),
      ],
      quotes: [{ speaker: null, text: 'Nothing is settled', direct: true }],
    });
    const s = scoreCorpus(b.records, [g]);
    expect(s.articles).toEqual({ gold: 1, found: 0, missing: ['corpus/gone.txt'], unscored: ['/abs/elsewhere/unrelated.txt'] });
    expect([s.persons.tp, s.persons.fn]).toEqual([0, 2]);
    expect(counts(s)).toEqual([0, 0, 1]);
    expect(s.quotes.strict.fn).toBe(1);
    expect(s.metadata.overall).toEqual({ correct: 0, total: 5, value: 0 });
    expect(s.perArticle[0]!.issues[0]).toMatchObject({ section: 'article', kind: 'missed' });
  });
});

describe('prf', () => {
  it('handles empty denominators', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(prf(0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(prf(2, 2, 0)).toMatchObject({ precision: 0.5, recall: 1 });
    expect(prf(2, 2, 0).f1).toBeCloseTo(2 / 3);
  });
});
