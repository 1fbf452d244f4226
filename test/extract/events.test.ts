import { describe, it, expect } from 'vitest';
import { extractText, styleA, type Extracted } from '../helpers/extract.js';
import type { LocalEvent } from '../../src/extract/types.js';

interface Expect {
  type: string;
  source: string;
  target?: string;
  modality?: string;
  date?: string;
}

/** The first event of the type whose source and (if given) target include the named actors. */
function find(x: Extracted, e: Expect): LocalEvent | undefined {
  return x.events.find((ev) => ev.type === e.type && x.names(ev.source).includes(e.source) && (!e.target || x.names(ev.target).includes(e.target)));
}

function check(x: Extracted, e: Expect): void {
  const ev = find(x, e);
  const seen = x.events.map((v) => `${v.type} ${x.names(v.source)} -> ${x.names(v.target)} ${v.modality} ${v.date?.start ?? ''}`);
  expect(ev, `${e.type} ${e.source} -> ${e.target ?? '?'} among:\n${seen.join('\n')}`).toBeDefined();
  if (e.modality) expect(ev!.modality).toBe(e.modality);
  if (e.date) expect(ev!.date?.start.slice(0, e.date.length)).toBe(e.date);
}

describe('every PLOVER type, in wire-copy sentences', () => {
  const x = extractText(styleA('Diplomatic week in review', 'October 9, 2025',
    'Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.',
    'Brazil and Argentina signed an agreement on river navigation on Tuesday.',
    'German Chancellor Friedrich Merz praised Finland for its support of the Baltic states.',
    'Venezuela freed five American prisoners on Wednesday, the State Department said.',
    'Israel withdrew its troops from two positions in southern Lebanon last week.',
    'Japan will cooperate with the Philippines on maritime surveillance, officials said.',
    'The European Union sent humanitarian aid to Sudan in September.',
    'Ukrainian President Volodymyr Zelenskyy urged Germany to deliver more air defence systems.',
    'China accused the United States of interfering in its internal affairs.',
    'Hungary rejected the European Commission\'s proposal on migration quotas.',
    'North Korea threatened South Korea with a "merciless" response.',
    'Thousands of people protested against the Georgian government in Tbilisi on Sunday.',
    'The United Kingdom imposed sanctions on three Iranian banks on Thursday.',
    'Russia deployed additional troops to the border with Finland.',
    'Iranian authorities detained two British nationals on Saturday.',
    'The Japanese government apologised to South Korea for the remarks.',
    'Russian forces launched a missile attack on Ukraine overnight, the Ukrainian air force said.',
    'Egyptian officials offered to mediate, and Qatar conceded that talks had stalled.'));

  it('codes a meeting as CONSULT with its place', () => {
    check(x, { type: 'CONSULT', source: 'Narendra Modi', target: 'Shigeru Ishiba', modality: 'asserted', date: '2025-10-06' });
    expect(find(x, { type: 'CONSULT', source: 'Narendra Modi' })!.location).toBe('Tokyo');
  });
  it('codes AGREE, SUPPORT, RETREAT, COOPERATE and AID', () => {
    check(x, { type: 'AGREE', source: 'Brazil', target: 'Argentina', modality: 'asserted' });
    check(x, { type: 'SUPPORT', source: 'Friedrich Merz', target: 'Finland' });
    check(x, { type: 'RETREAT', source: 'Israel' });
    check(x, { type: 'COOPERATE', source: 'Japan', target: 'Philippines', modality: 'intended' });
    check(x, { type: 'AID', source: 'European Union', target: 'Sudan', date: '2025-09' });
  });
  it('codes REQUEST, ACCUSE, REJECT, THREATEN and PROTEST', () => {
    check(x, { type: 'REQUEST', source: 'Volodymyr Zelenskyy', target: 'Germany' });
    check(x, { type: 'ACCUSE', source: 'China', target: 'United States' });
    check(x, { type: 'REJECT', source: 'Hungary', target: 'European Commission' });
    check(x, { type: 'THREATEN', source: 'North Korea', target: 'South Korea' });
    expect(x.events.find((e) => e.type === 'PROTEST' && x.names(e.target).includes('Georgia'))).toBeDefined();
  });
  it('codes SANCTION, MOBILIZE, COERCE, CONCEDE and ASSAULT', () => {
    check(x, { type: 'SANCTION', source: 'United Kingdom' });
    check(x, { type: 'MOBILIZE', source: 'Russia' });
    check(x, { type: 'COERCE', source: 'Iran', target: 'United Kingdom' });
    check(x, { type: 'CONCEDE', source: 'Japan', target: 'South Korea' });
    check(x, { type: 'ASSAULT', source: 'Russia', target: 'Ukraine', date: '2025-10' });
  });
  it('gives every event evidence that contains its trigger', () => {
    expect(x.events.length).toBeGreaterThan(10);
    for (const e of x.events) {
      expect(e.evidence.length).toBeGreaterThan(0);
      const inside = e.evidence.some((v) => v.start <= e.trigger.start && e.trigger.end <= v.end);
      expect(inside, `${e.type} trigger ${x.article.body.slice(e.trigger.start, e.trigger.end)}`).toBe(true);
    }
  });
});

describe('modality', () => {
  const x = extractText(styleA('Leaders weigh their options', 'March 12, 2026',
    'French President Emmanuel Macron wants to hold talks with Algerian President Abdelmadjid Tebboune next month.',
    'Brazil would impose tariffs on Chinese steel if talks failed, the trade minister said.',
    'Turkish President Recep Tayyip Erdogan did not meet Greek Prime Minister Kyriakos Mitsotakis in New York.',
    'A planned meeting between Serbia and Kosovo was cancelled on Monday.',
    'Kenya will send 400 police officers to Haiti in April.',
    'South Korea could resume talks with North Korea, the unification minister said.'));

  it('intended: wants to, will', () => {
    check(x, { type: 'CONSULT', source: 'Emmanuel Macron', target: 'Abdelmadjid Tebboune', modality: 'intended', date: '2026-04' });
  });
  it('hypothetical: would ... if (a threat), could', () => {
    check(x, { type: 'THREATEN', source: 'Brazil', target: 'China', modality: 'hypothetical' });
    check(x, { type: 'CONSULT', source: 'South Korea', target: 'North Korea', modality: 'hypothetical' });
  });
  it('negated: did not meet, a cancelled meeting', () => {
    check(x, { type: 'CONSULT', source: 'Recep Tayyip Erdogan', target: 'Kyriakos Mitsotakis', modality: 'negated' });
    check(x, { type: 'CONSULT', source: 'Serbia', target: 'Kosovo', modality: 'negated' });
  });
});

describe('arguments, dates and attributions', () => {
  const x = extractText(styleA('Calls and summits', 'November 12, 2025',
    'The Kremlin confirmed on Wednesday that Russian presidential aide Yuri Ushakov spoke by phone with US envoy Steve Witkoff in October.',
    'Earlier, Axios reported that the two men had discussed a prisoner exchange.',
    'Canada and Australia announced sanctions on Myanmar\'s military and two state-owned banks last month.',
    'Ukrainian Foreign Minister Andrii Sybiha was received by Pope Leo at the Vatican early this year.',
    'Saudi Arabia denied that it had agreed to buy Russian oil.'));

  it('source and target from subject and object, resolved dates', () => {
    const call = find(x, { type: 'CONSULT', source: 'Yuri Ushakov', target: 'Steve Witkoff' })!;
    expect(call.mode).toBe('phone');
    expect(call.date).toMatchObject({ start: '2025-10-01', precision: 'month' });
  });
  it('attributions with stance and claim status', () => {
    const call = find(x, { type: 'CONSULT', source: 'Yuri Ushakov' })!;
    expect(call.attributions.map((a) => a.stance)).toContain('confirms');
  });
  it('coordinated sources and a possessive-free target list', () => {
    const s = find(x, { type: 'SANCTION', source: 'Canada' })!;
    expect(x.names(s.source)).toEqual(['Canada', 'Australia']);
    expect(s.date).toMatchObject({ start: '2025-10-01', precision: 'month' });
  });
  it('passive voice: "was received by"', () => {
    check(x, { type: 'CONSULT', source: 'Pope Leo', target: 'Andrii Sybiha' });
  });
});

describe('appeals to addressees that are no actor', () => {
  it('keeps "urged the international community to ..." as a REQUEST without a target, and stores it', async () => {
    const x = extractText(styleA('Minister appeals for help', 'March 3, 2026',
      'Kenyan Foreign Minister Musalia Mudavadi on Monday urged the international community to step up aid to refugees in the north.',
      'Separately, the minister met Ethiopian envoy Abebe Tadesse in Nairobi.'));
    const ev = x.events.find((e) => e.type === 'REQUEST');
    expect(ev, x.events.map((e) => e.type).join(',')).toBeDefined();
    expect(x.names(ev!.source)).toContain('Musalia Mudavadi');
    expect(ev!.target).toEqual([]);
    const { resolveEvents } = await import('../../src/resolve/events.js');
    const actors = new Map(x.actors.map((a) => [a.key, { id: 'id_' + a.key, key: a.key, name: a.name, type: a.type, country: a.country, sector: a.sector, local: a }]));
    const resolved = resolveEvents([ev!], actors as never);
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.target).toEqual([]);
  });
});

describe('refusals', () => {
  const x = extractText(styleA('Talks stall', 'March 3, 2026',
    'Israel has rejected calls for a truce, officials said on Monday.',
    'Kenya rejected the Ugandan initiative for a joint border force on Tuesday.'));
  it('keeps a refusal of calls or proposals that nobody is named for, without a target', () => {
    const ev = x.events.find((e) => e.type === 'REJECT' && x.names(e.source).includes('Israel'));
    expect(ev, x.events.map((e) => `${e.type} ${x.names(e.source)}`).join(',')).toBeDefined();
    expect(ev!.target).toEqual([]);
  });
  it('aims a refusal of "the Ugandan initiative" at Uganda', () => {
    check(x, { type: 'REJECT', source: 'Kenya', target: 'Uganda' });
  });
  it('keeps no refusal without a target of a thing that is no proposal or call ("rejected the report")', () => {
    const y = extractText(styleA('Court ruling', 'March 3, 2026', 'The minister rejected the report on Tuesday.'));
    expect(y.events.filter((e) => e.type === 'REJECT')).toEqual([]);
  });
});

describe('a demonym inside the pattern', () => {
  const x = extractText(styleA('Diplomatic reprisals', 'March 3, 2026',
    'Poland will close the last Russian consulate in the country, officials said on Monday.',
    'Lithuania declared the Belarusian ambassador persona non grata on Friday.',
    'Moscow on Tuesday denounced escalating Ukrainian attacks on Russian territory.'));
  it('aims a closure or an expulsion at the state of the demonym the pattern lets through', () => {
    check(x, { type: 'SANCTION', source: 'Poland', target: 'Russia', modality: 'intended' });
    check(x, { type: 'SANCTION', source: 'Lithuania', target: 'Belarus' });
  });
  it('leaves the demonym to the noun in a pattern with a target slot ("escalating Ukrainian attacks on")', () => {
    expect(x.events.find((e) => e.type === 'ASSAULT' && x.names(e.source).includes('Russia'))).toBeUndefined();
  });
});

describe('orders, offers and unnamed office holders', () => {
  const x = extractText(styleA('Warsaw to shut consulate', 'November 19, 2025',
    'Latvia’s foreign minister said Wednesday that he will order the closure of the last Belarusian consulate in the country.',
    'Venezuelan President Nicolas Maduro offered to hold direct talks with the United States.',
    'Secretary of State Marco Rubio rejected the offer on Thursday.'));
  it('takes the state for "X\'s foreign minister said Wednesday that he", and an order of an act addresses nobody', () => {
    check(x, { type: 'SANCTION', source: 'Latvia', target: 'Belarus', modality: 'intended' });
    expect(x.events.filter((e) => e.type === 'REQUEST')).toEqual([]);
  });
  it('aims the rejection of an offer at its author only', () => {
    const r = find(x, { type: 'REJECT', source: 'Marco Rubio' });
    expect(r && x.names(r.target)).toEqual(['Nicolas Maduro']);
  });
});

describe('a whole object phrase before "persona non grata"', () => {
  it('lets a long object through and aims the expulsion at its first actor, dated by the report, not by "within 24 hours"', () => {
    const x = extractText(styleA('Kazakhstan expels diplomat', 'May 21, 2025',
      'Kazakhstan declared a staffer posted at the Kyrgyz embassy in Astana as persona non grata and ordered him to leave the country within 24 hours.'));
    check(x, { type: 'SANCTION', source: 'Kazakhstan', target: 'Kyrgyzstan', date: '2025-05-21' });
  });
  it('takes the state of a demonym that is no mention of its own ("six North Korean fishermen")', () => {
    const x = extractText(styleA('Fishermen sent home', 'July 9, 2025',
      'South Korea repatriated six North Korean fishermen on Tuesday, a week after North Korea asked for their return.'));
    check(x, { type: 'RETREAT', source: 'South Korea', target: 'North Korea' });
  });
});

describe('events inside quotations', () => {
  const x = extractText(styleA('Seoul sends fishermen home', 'July 9, 2025',
    '"The South Korean government repatriated six fishermen to North Korea today," the unification ministry said.',
    '"We will never negotiate with Pyongyang under pressure," the minister said.',
    '"Seoul supports dialogue with North Korea at any level," the ministry added.'));
  it('codes a quoted report of a past act by a named actor', () => {
    check(x, { type: 'RETREAT', source: 'South Korea', target: 'North Korea' });
  });
  it('but not quoted statements: a pronoun subject, or the present tense', () => {
    expect(x.events.filter((e) => e.type === 'CONSULT' || e.type === 'SUPPORT')).toEqual([]);
  });
});

describe('attacks on places', () => {
  it('targets the state a named city lies in, when the article names that state', () => {
    const x = extractText(styleA('Drones hit power plants', 'November 6, 2025',
      'Russian forces attacked Dnipro with 30 drones overnight, the Ukrainian Air Force said on Thursday.',
      'Russia also launched missiles, targeting energy facilities in Lviv and Odesa.'));
    check(x, { type: 'ASSAULT', source: 'Russia', target: 'Ukraine' });
  });

  it('reads through a hedge in the object, and aims "condemned the strikes" at who struck', () => {
    const x = extractText(styleA('Jets strike near Damascus', 'March 3, 2026',
      'Israeli jets struck what Israel\'s military said were weapons depots near Damascus overnight, Syrian state media reported.',
      'There were no immediate reports of casualties.',
      'Syria condemned the strikes as a violation of its sovereignty.'));
    check(x, { type: 'ASSAULT', source: 'Israel', target: 'Syria' });
    check(x, { type: 'ACCUSE', source: 'Syria', target: 'Israel' });
  });

  it('leaves the target empty when the state is not an actor of the article', () => {
    const x = extractText(styleA('Strikes overnight', 'November 6, 2025',
      'Russian forces attacked Dnipro with 30 drones overnight, officials said.'));
    expect(x.events.filter((e) => e.type === 'ASSAULT' && e.target.length)).toEqual([]);
  });
});

describe('pairs named before', () => {
  it('reads "the ministers agreed" and "the two heads of state ... and agreed" as the two named before', () => {
    const x = extractText(styleA('Ministers meet in Ankara', 'April 2, 2026',
      'Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in Ankara on Tuesday.',
      'The ministers also agreed to prepare a visit by the Ukrainian president.',
      'Chinese President Xi Jinping received South African President Cyril Ramaphosa in Beijing on Wednesday.',
      'The two heads of state exchanged views on trade and agreed to deepen their partnership.'));
    check(x, { type: 'AGREE', source: 'Hakan Fidan', target: 'Andrii Sybiha' });
    check(x, { type: 'AGREE', source: 'Xi Jinping', target: 'Cyril Ramaphosa' });
  });
});

describe('participle clauses after the main one', () => {
  it('aim ", threatening ..." and ", accusing ..." at the main clause target, but not ", calling it ..."', () => {
    const x = extractText(styleA('Bloc tightens pressure on junta', 'March 4, 2026',
      'The African Union suspended Guinea-Bissau on Tuesday, threatening further measures if elections were delayed.',
      'Vietnam summoned the Chinese ambassador, accusing Beijing of harassing its fishing boats.',
      'Pyongyang denounced the drills held by Seoul, calling them a rehearsal for invasion.'));
    check(x, { type: 'THREATEN', source: 'African Union', target: 'Guinea-Bissau' });
    check(x, { type: 'ACCUSE', source: 'Vietnam', target: 'China' });
    expect(x.events.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
});

describe('what an accusation alleges', () => {
  it('codes the accusation, not the act alleged, however far into the gerund phrase the trigger is', () => {
    const x = extractText(styleA('Kinshasa renews charges against Kigali', 'January 15, 2026',
      'Kinshasa and UN experts accuse Rwanda of providing troops and weapons to the M23 rebels.',
      'Ukraine accused Russia of launching a missile attack on Kharkiv.'));
    check(x, { type: 'ACCUSE', source: 'DR Congo', target: 'Rwanda' });
    check(x, { type: 'ACCUSE', source: 'Ukraine', target: 'Russia' });
    expect(x.events.filter((e) => e.type === 'AID' || e.type === 'ASSAULT')).toEqual([]);
  });
});

describe('dates of a report', () => {
  it('dates later undated events by the lead event of the week, not by publication', () => {
    const x = extractText(styleA('Ministers hold talks in Hanoi', 'March 7, 2026',
      'Vietnamese Foreign Minister Bui Thanh Son held talks with Indonesian Foreign Minister Sugiono in Hanoi on Thursday.',
      'The ministers agreed to expand maritime cooperation in the South China Sea.',
      'Indonesia will send a trade delegation to Vietnam, Sugiono said.'));
    check(x, { type: 'CONSULT', source: 'Bui Thanh Son', target: 'Sugiono', date: '2026-03-05' });
    check(x, { type: 'AGREE', source: 'Bui Thanh Son', target: 'Sugiono', date: '2026-03-05' });
  });

  it('does not take a date from a later clause of its own', () => {
    const x = extractText(styleA('Leaders agree on travel rules', 'January 21, 2026',
      'French President Emmanuel Macron and British Prime Minister Keir Starmer agreed to push for tighter rules on diplomatic travel, an idea first floated by Poland last year.',
      'Israel rejected calls for a truce, demanding the release of hostages seized on October 7.',
      'Japan summoned the Chinese ambassador on Monday after Chinese ships entered its waters in March.'));
    check(x, { type: 'AGREE', source: 'Emmanuel Macron', target: 'Keir Starmer', date: '2026-01-21' });
    check(x, { type: 'REJECT', source: 'Israel', date: '2026-01-21' });
    check(x, { type: 'ACCUSE', source: 'Japan', target: 'China', date: '2026-01-19' });
  });

  it('dates a planned act by the past report that names the day ("On Wednesday, X reported that ... had decided to expel")', () => {
    const x = extractText(styleA('Belgrade to expel diplomats', 'July 13, 2018',
      'On Wednesday, the daily Politika reported that the Serbian government had decided to expel two Croatian diplomats.'));
    check(x, { type: 'SANCTION', source: 'Serbia', date: '2018-07-11' });
  });

  it('keeps the publication date when the lead event is older than a week', () => {
    const x = extractText(styleA('Talks revisited', 'March 7, 2026',
      'Vietnamese Foreign Minister Bui Thanh Son held talks with Indonesian Foreign Minister Sugiono in Hanoi on January 8.',
      'The ministers agreed to expand maritime cooperation in the South China Sea.'));
    check(x, { type: 'AGREE', source: 'Bui Thanh Son', target: 'Sugiono', date: '2026-03-07' });
  });
});

describe('warnings', () => {
  it('aim "warned that X would ..." at X, and "warned that ... if X ..." at X, but not a plain alert', () => {
    const x = extractText(styleA('Beijing warns Manila', 'May 12, 2026',
      'Chinese foreign ministry spokesman Lin Jian warned that Manila would "pay a price" for the new patrols.',
      'EU foreign policy chief Kaja Kallas warned on Monday that talks on visa-free travel were in doubt if Belgrade did not recognise the ruling.',
      'The World Health Organization warned that cholera had spread to three provinces of Chad.'));
    check(x, { type: 'THREATEN', source: 'Lin Jian', target: 'Philippines' });
    check(x, { type: 'THREATEN', source: 'Kaja Kallas', target: 'Serbia' });
    expect(x.events.filter((e) => e.type === 'THREATEN' && x.names(e.target).includes('Chad'))).toEqual([]);
  });
});

describe('weapons tests and drills without a target', () => {
  const x = extractText(styleA('Missiles and drills', 'March 11, 2026',
    'North Korea fired two short-range ballistic missiles into the sea off its east coast on Tuesday, the Joint Chiefs of Staff said.',
    'Pyongyang test-fired a strategic cruise missile in January, state media reported.',
    'Iran fired ballistic missiles at Israel on Saturday.',
    'Russia and Belarus held a joint military exercise in September.',
    'South Korea and the United States conducted large-scale military exercises last month.',
    'Japan and the Philippines held joint naval drills with Australia.'));
  const types = (src: string): string[] => x.events.filter((e) => x.names(e.source).includes(src)).map((e) => e.type);

  it('codes a missile launch or test that hits nobody as MOBILIZE weapons, and one fired at a state as ASSAULT', () => {
    const tests = x.events.filter((e) => e.type === 'MOBILIZE' && x.names(e.source).includes('North Korea'));
    expect(tests.map((e) => [e.mode, e.target.length, e.date?.start.slice(0, 7)])).toEqual([['weapons', 0, '2026-03'], ['weapons', 0, '2026-01']]);
    check(x, { type: 'ASSAULT', source: 'Iran', target: 'Israel' });
    expect(types('Iran')).toEqual(['ASSAULT']);
  });

  it('codes exercises held by their own as MOBILIZE, with a partner as COOPERATE; "X and the Y" are both the subject', () => {
    check(x, { type: 'MOBILIZE', source: 'Belarus', date: '2025-09' });
    check(x, { type: 'MOBILIZE', source: 'South Korea' });
    check(x, { type: 'MOBILIZE', source: 'United States' });
    check(x, { type: 'COOPERATE', source: 'Japan', target: 'Australia' });
    check(x, { type: 'COOPERATE', source: 'Philippines', target: 'Australia' });
  });

  it('reads a place fused to a participle as part of the subject\'s noun, not the subject ("the Rwanda-backed rebel group")', () => {
    const y = extractText(styleA('Protocol signed', 'January 15, 2026',
      'The Democratic Republic of Congo and the Rwanda-backed rebel group signed a protocol in Doha on Wednesday.'));
    expect(y.events.filter((e) => [...y.names(e.source), ...y.names(e.target)].includes('Rwanda'))).toEqual([]);
  });
});

describe('time phrases, appositives and quoted alleged acts', () => {
  const x = extractText(styleA('Sanctions and calls', 'January 22, 2026',
    'The Trump administration imposed sanctions in July on Supreme Court Justice Alexandre de Moraes.',
    'Pakistani Foreign Minister Ishaq Dar spoke by telephone on Tuesday with his Turkish counterpart Hakan Fidan.',
    'Federal lawmaker Eduardo Bolsonaro, the former president\'s son who has lived in the United States since last year, accused Lula on social media of “begging” Washington for relief.'));

  it('reads through a time phrase between the words of a pattern ("imposed sanctions in July on X")', () => {
    check(x, { type: 'SANCTION', source: 'Donald Trump', target: 'Alexandre de Moraes', date: '2025-07' });
    check(x, { type: 'CONSULT', source: 'Ishaq Dar', target: 'Hakan Fidan', date: '2026-01-20' });
  });

  it('finds the subject before an appositive with a relative clause, dated by neither, and skips the act alleged in quotation marks', () => {
    const accused = find(x, { type: 'ACCUSE', source: 'Eduardo Bolsonaro', target: 'Luiz Inacio Lula da Silva' });
    expect(accused, 'ACCUSE Eduardo Bolsonaro -> Lula').toBeDefined();
    expect(accused!.date?.start).toBe('2026-01-22');
    expect(x.events.filter((e) => e.type === 'REQUEST')).toEqual([]);
  });

  it('does not date an act by the relative clause right before it ("X, who won the prize in October, has backed")', () => {
    const y = extractText(styleA('Opposition backs pressure', 'December 16, 2025',
      'Opposition leader María Corina Machado, who won the Nobel Peace Prize in October, has backed the U.S. pressure campaign against Venezuela.'));
    const backed = y.events.find((e) => e.type === 'SUPPORT');
    expect(backed?.date?.start).toBe('2025-12-16');
  });
});

describe('attacks on unnamed people and on places', () => {
  it('aims an attack "across Ukraine" at Ukraine, and never at an unnamed group of victims', () => {
    const x = extractText(styleA('Strikes go on', 'November 3, 2022',
      'Russia has repeatedly attacked critical infrastructure across Ukraine since early October, killing dozens of people.',
      'U.S. Africa Command killed at least 12 al-Shabaab fighters in an airstrike in Somalia.'));
    check(x, { type: 'ASSAULT', source: 'Russia', target: 'Ukraine' });
    check(x, { type: 'ASSAULT', source: 'U.S. Africa Command', target: 'al-Shabaab' });
    expect(x.events.filter((e) => e.target.some((t) => t.startsWith('group:')))).toEqual([]);
  });
});

describe('a foreign ministry known by its own name', () => {
  it('codes India\'s Ministry of External Affairs as Indian without a country named', () => {
    const x = extractText(styleA('Envoy summoned', 'May 21, 2025',
      'The Ministry of External Affairs (MEA) on Wednesday summoned Pakistan\'s charge d\'affaires Saad Warraich and issued a formal demarche.'));
    check(x, { type: 'ACCUSE', source: 'Ministry of External Affairs', date: '2025-05-21' });
    expect(x.actor('Ministry of External Affairs')?.country).toBe('IND');
  });
});

describe('an event noun deep in the object of an expectation', () => {
  it('reads "expects the adoption of the 19th package of EU sanctions against Russia" as intended, dated ahead', () => {
    const x = extractText(styleA('Kyiv awaits sanctions', 'September 28, 2025',
      'In the first week of October, Ukraine expects the adoption of the 19th package of EU sanctions against Russia, President Volodymyr Zelenskyy said.'));
    check(x, { type: 'SANCTION', source: 'European Union', target: 'Russia', modality: 'intended', date: '2025-10' });
  });
});

describe('withdrawals from countries and passives without an agent', () => {
  const x = extractText(styleA('Sahel timeline', 'December 20, 2023',
    'France completed its withdrawal from Niger in December.',
    'Mali announced its withdrawal from ECOWAS on Sunday.',
    'Two people were killed in Lviv, the Ukrainian regional governor said.',
    'Russia has kept up its attacks on Ukraine.'));

  it('codes a bare withdrawal from a state as RETREAT withdraw, from an organisation as SANCTION withdraw', () => {
    check(x, { type: 'RETREAT', source: 'France', target: 'Niger' });
    expect(find(x, { type: 'RETREAT', source: 'France' })!.mode).toBe('withdraw');
    check(x, { type: 'SANCTION', source: 'Mali', target: 'ECOWAS' });
  });

  it('takes no source from the subject of a passive that names no agent', () => {
    expect(x.events.filter((e) => e.type === 'ASSAULT').map((e) => x.names(e.source))).toEqual([['Russia']]);
  });
});

describe('invitations and the clauses of a date', () => {
  const x = extractText(styleA('Trade truce holds', 'January 20, 2026',
    'Trump has said he will travel to Beijing in April, and has invited Xi Jinping to make a state visit to the US later in the year.'));

  it('makes the invited one the source of the visit, planned for this year', () => {
    check(x, { type: 'CONSULT', source: 'Xi Jinping', target: 'United States', modality: 'intended', date: '2026' });
    check(x, { type: 'CONSULT', source: 'Donald Trump', target: 'China', date: '2026-04' });
  });

  it('does not date the invitation by the date of the earlier clause', () => {
    const inv = find(x, { type: 'REQUEST', source: 'Donald Trump', target: 'Xi Jinping' });
    expect(inv, 'REQUEST Trump -> Xi').toBeDefined();
    expect(inv!.date?.start.slice(0, 7)).not.toBe('2025-04');
  });
});

describe('the subject of a participial clause after an infinitive', () => {
  const x = extractText(styleA('Trump presses allies', 'June 24, 2026',
    'US President Donald Trump urged fellow NATO members to spend more on defence, threatening sanctions on Spain.'));

  it('is the subject of the main clause, not an actor inside the infinitive complement', () => {
    check(x, { type: 'THREATEN', source: 'Donald Trump', target: 'Spain' });
    expect(x.events.filter((e) => e.type === 'THREATEN' && x.names(e.source).includes('NATO'))).toEqual([]);
  });
});
