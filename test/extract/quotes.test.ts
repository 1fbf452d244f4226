import { describe, it, expect } from 'vitest';
import { extractText, styleA, type Extracted } from '../helpers/extract.js';
import type { LocalQuote } from '../../src/extract/types.js';

function quote(x: Extracted, opening: string): LocalQuote | undefined {
  return x.quotes.find((q) => q.direct && q.text.startsWith(opening));
}

function speaker(x: Extracted, opening: string): string | null | undefined {
  const q = quote(x, opening);
  if (!q) return undefined;
  return q.speaker ? x.names([q.speaker])[0]! : null;
}

describe('direct quotes in every punctuation style', () => {
  const x = extractText(styleA('Ministers trade words over the grain corridor', 'April 8, 2026',
    '“We will not be rushed into a bad deal,” Turkish Foreign Minister Hakan Fidan told reporters in Ankara.',
    'Egyptian Foreign Minister Badr Abdelatty said: "Every delay costs lives in Gaza."',
    'Greek Prime Minister Kyriakos Mitsotakis called the plan ‘a first step, nothing more’ in a post on X.',
    'Polish Foreign Minister Radosław Sikorski wrote in a letter: „Poland will keep its border open for trade.“',
    'French President Emmanuel Macron told Le Monde: «Europe must defend its own interests.»',
    '"The talks were constructive," said Norwegian Foreign Minister Espen Barth Eide. "But nobody should expect miracles."',
    '“There is no agreement yet,” the Kremlin spokesman Dmitry Peskov said, according to TASS.',
    'RIA Novosti quoted Russian Foreign Minister Sergei Lavrov as saying: “The Western plan is dead.”'));

  it('finds each quote with its speaker', () => {
    expect(speaker(x, 'We will not be rushed')).toBe('Hakan Fidan');
    expect(speaker(x, 'Every delay costs lives')).toBe('Badr Abdelatty');
    expect(speaker(x, 'a first step, nothing more')).toBe('Kyriakos Mitsotakis');
    expect(speaker(x, 'Poland will keep its border open')).toMatch(/^Rados[lł]aw Sikorski$/);
    expect(speaker(x, 'Europe must defend')).toBe('Emmanuel Macron');
    expect(speaker(x, 'The talks were constructive')).toBe('Espen Barth Eide');
    expect(speaker(x, 'But nobody should expect miracles')).toBe('Espen Barth Eide');
  });

  it('records cue, listener and relays', () => {
    expect(quote(x, 'We will not be rushed')).toMatchObject({ cue: 'told' });
    const peskov = quote(x, 'There is no agreement yet')!;
    expect(x.names([peskov.speaker!])).toEqual(['Dmitry Peskov']);
    expect(x.names([peskov.via!])).toEqual(['TASS']);
    const lavrov = quote(x, 'The Western plan is dead')!;
    expect(x.names([lavrov.speaker!])).toEqual(['Sergei Lavrov']);
    expect(x.names([lavrov.via!])).toEqual(['RIA Novosti']);
    expect(x.names([quote(x, 'Europe must defend')!.via!])).toEqual(['Le Monde']);
  });

  it('gives offsets whose slice is the quoted text', () => {
    for (const q of x.quotes.filter((v) => v.direct)) expect(x.article.body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('speakers found through pronouns, earlier sentences, partial quotes and labels', () => {
  const x = extractText(styleA('Seoul renews offer of talks', 'February 16, 2026',
    'South Korean Unification Minister Chung Dong-young spoke at a forum in Seoul on Monday. He said the government had sent a new proposal through the Red Cross. The offer was the third this year.',
    '“Our door remains open, and it will stay open,” he said.',
    'North Korea has not responded. State media called the offer a “cheap trick” designed to please Washington.',
    'Chinese Foreign Ministry spokesman Lin Jian said Beijing hoped both sides would "exercise restraint," and that China was ready to help.',
    'Analysts were not surprised. “Pyongyang is waiting for Washington, not Seoul,” said one Western diplomat in Beijing.',
    'The unification ministry described the situation as "in a holding pattern" for now.'));

  it('resolves "he said" to the person speaking just before', () => {
    expect(speaker(x, 'Our door remains open')).toBe('Chung Dong-young');
  });
  it('gives a partial quote to the subject of the reporting verb', () => {
    expect(speaker(x, 'exercise restraint')).toBe('Lin Jian');
  });
  it('keeps unnamed sources as null speakers with their words', () => {
    const q = quote(x, 'Pyongyang is waiting for Washington')!;
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe('one Western diplomat');
  });
  it('does not take a time phrase or a scare quote for a quote', () => {
    expect(quote(x, 'in a holding pattern')).toBeUndefined();
  });
});

describe('a quote over three paragraphs and a speaker named two sentences earlier', () => {
  const x = extractText(styleA('Kenyan envoy sets out conditions', 'May 20, 2026',
    'Kenyan special envoy Raila Odinga arrived in Juba on Tuesday. Diplomats expected a long statement, and it came in the evening.',
    '“We have listened to every party, and we have heard the same fear from all of them.',
    '“That fear is reasonable. Nobody wants to give up arms before the other side does.',
    '“So we propose a joint verification team, under the African Union, starting next month.”',
    'South Sudanese officials did not comment.'));

  it('finds one quote spanning the three paragraphs', () => {
    const q = quote(x, 'We have listened to every party')!;
    expect(q).toBeDefined();
    expect(q.text).toContain('That fear is reasonable');
    expect(q.text).toContain('joint verification team');
  });
  it('attributes it to the person named two sentences before', () => {
    expect(speaker(x, 'We have listened to every party')).toBe('Raila Odinga');
  });
});

describe('labelled quotes and reported speech in the Ukrainska Pravda style', () => {
  const text = ` date 2026-02-11 All Sections
Sybiha says Budapest is blocking sanctions for domestic reasons

IRYNA KOVALWednesday, 11 February 2026, 12:10

Ukraine's Foreign Minister Andrii Sybiha said on Wednesday that Hungary was blocking the new EU sanctions package for reasons of domestic politics.

Source: Andrii Sybiha on X

Quote: "Every veto from Budapest is a gift to the aggressor."

Details: Sybiha said that Kyiv had asked Brussels to find a legal way around the veto.
`;
  const x = extractText(text);

  it('gives a Quote: paragraph to the person of the Source: line', () => {
    expect(speaker(x, 'Every veto from Budapest')).toBe('Andrii Sybiha');
  });
  it('turns reported speech into indirect quotes', () => {
    const indirect = x.quotes.filter((q) => !q.direct);
    expect(indirect.map((q) => q.text)).toContain('Kyiv had asked Brussels to find a legal way around the veto');
    expect(indirect.every((q) => q.speaker && x.names([q.speaker])[0] === 'Andrii Sybiha')).toBe(true);
  });
});

describe('speakers of participial clauses and of quotes an outlet relays', () => {
  const x = extractText(styleA('Ministers argue over frozen assets', 'May 6, 2026',
    'Dutch Defence Minister Ruben Brekelmans called on fellow European Union members to back a plan to use frozen Russian assets to finance Kyiv\'s defence, arguing that delay "only helps Moscow."',
    'Pakistani Foreign Minister Ishaq Dar said Pakistan will protect Chinese nationals, describing China as Pakistan\'s "most reliable friend and strategic partner".',
    'Russia\'s Defence Ministry claimed it had struck "energy facilities used by the military," Russian state media reported.',
    'Kremlin spokesman Dmitry Peskov said the talks had been "useful," the TASS news agency reported.'));

  it('gives a quote in ", arguing that ..." to the subject of the main clause', () => {
    expect(speaker(x, 'only helps Moscow')).toBe('Ruben Brekelmans');
    expect(speaker(x, 'most reliable friend')).toBe('Ishaq Dar');
  });

  it('gives a partial quote to the speaker of its sentence when an outlet reports it', () => {
    expect(speaker(x, 'energy facilities used by the military')).toBe('Russian Defence Ministry');
    const useful = quote(x, 'useful')!;
    expect(x.names([useful.speaker!])).toEqual(['Dmitry Peskov']);
    expect(x.names([useful.via!])).toEqual(['TASS']);
  });
});

describe('"the spokesman" after a named speaker who holds no such role by name', () => {
  const x = extractText(styleA('Bolivia rejects new tariffs', 'May 6, 2026',
    "Bolivia's foreign ministry spokesman said on Monday that the tariffs broke the trade accord.",
    '“The measures target our farmers and nobody else,” Carlos Quispe Mamani said at a briefing in La Paz.',
    '“We will answer them at the World Trade Organization and in every forum open to us,” the spokesman noted.',
    '“This is not over,” a senior official added.'));

  it('is the person who spoke last', () => {
    expect(speaker(x, 'The measures target our farmers')).toBe('Carlos Quispe Mamani');
    expect(speaker(x, 'We will answer them')).toBe('Carlos Quispe Mamani');
  });

  it('but "the official" stays an unnamed source', () => {
    expect(speaker(x, 'This is not over')).toBeNull();
  });
});
