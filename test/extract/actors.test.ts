import { describe, it, expect } from 'vitest';
import { extractText, styleA } from '../helpers/extract.js';

describe('persons with titles, roles and appositions', () => {
  const x = extractText(styleA('Envoys trade calls as ceasefire talks stall', 'March 4, 2026',
    'Kremlin spokesman Dmitry Peskov told journalists on Tuesday that Moscow had received the proposal.',
    'US special envoy Steve Witkoff and British national security adviser Jonathan Powell are expected in Riyadh next week, officials in both capitals said.',
    'Yuri Ushakov, the top foreign policy adviser to Vladimir Putin, said the Russian side would study the text.',
    'Defence Minister Rustem Umerov briefed President Zelenskyy on the talks late on Monday.',
    'Peskov declined to say when Ushakov would travel. The Kremlin spokesman added that no date had been set.'));

  it('finds every person once, with or without a title', () => {
    expect(x.persons()).toEqual(['Dmitry Peskov', 'Jonathan Powell', 'Rustem Umerov', 'Steve Witkoff', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Yuri Ushakov']);
  });

  it('codes country and sector from the role words', () => {
    expect(x.actor('Dmitry Peskov')).toMatchObject({ country: 'RUS', sector: 'GOV', roles: ['Kremlin spokesman'] });
    expect(x.actor('Jonathan Powell')).toMatchObject({ country: 'GBR', sector: 'GOV' });
    expect(x.actor('Steve Witkoff')).toMatchObject({ country: 'USA', sector: 'GOV' });
    // "adviser to Vladimir Putin": the adviser works for Putin's state
    expect(x.actor('Yuri Ushakov')?.country).toBe('RUS');
  });

  it('keeps the role in the mention text and links surnames and titles back to the person', () => {
    const peskov = x.actor('Dmitry Peskov')!;
    const texts = x.mentions.filter((m) => m.actor === peskov.key).map((m) => m.text);
    expect(texts).toEqual(['Kremlin spokesman Dmitry Peskov', 'Peskov', 'The Kremlin spokesman']);
    for (const m of x.mentions) expect(x.article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not take capitals used as places for their governments', () => {
    const riyadh = x.mentions.filter((m) => m.text === 'Riyadh');
    expect(riyadh).toEqual([]);
    expect(x.actor('Russia')?.aliases).toContain('Moscow');
  });
});

describe('tricky names from many regions', () => {
  const x = extractText(styleA('Gulf, Asian leaders meet on shipping security', 'June 2, 2026',
    'Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Jeddah on Sunday.',
    'European Commission President Ursula von der Leyen spoke by phone with South Korean President Lee Jae-myung.',
    'Chinese President Xi Jinping and North Korean leader Kim Jong Un exchanged messages, state media said. Xi praised the friendship.',
    'Pakistan\'s foreign minister, Ishaq Dar, met Iranian Foreign Minister Abbas Araghchi. Dar later flew home.',
    'Von der Leyen said the bloc would keep its sanctions in place, while Lee urged restraint.'));

  it('keeps particles, hyphens and family-name-first order', () => {
    expect(x.persons()).toEqual(['Abbas Araghchi', 'Ahmed al-Sharaa', 'Ishaq Dar', 'Kim Jong Un', 'Lee Jae-myung', 'Mohammed bin Salman', 'Ursula von der Leyen', 'Xi Jinping']);
  });

  it('links short forms: "Xi", "Dar", "Von der Leyen", "Lee"', () => {
    const short = (name: string): string[] => x.mentions.filter((m) => m.actor === x.actor(name)!.key).map((m) => m.text);
    expect(short('Xi Jinping')).toContain('Xi');
    expect(short('Ishaq Dar')).toContain('Dar');
    expect(short('Ursula von der Leyen')).toContain('Von der Leyen');
    expect(short('Lee Jae-myung')).toContain('Lee');
  });

  it('codes countries from demonyms and possessive states', () => {
    expect(x.actor('Ishaq Dar')?.country).toBe('PAK');
    expect(x.actor('Ahmed al-Sharaa')?.country).toBe('SYR');
    expect(x.actor('Lee Jae-myung')?.country).toBe('KOR');
  });
});

describe('states, organizations, outlets and unnamed sources', () => {
  const x = extractText(styleA('Washington and Moscow resume contacts', 'May 5, 2026',
    'Downing Street said on Friday that the White House had briefed London before the call, according to Reuters.',
    'The U.S. and the E.U. will coordinate new sanctions on Rosneft, a senior US official told the Financial Times.',
    'The Russians have not responded, and Ukrainian troops remain on alert, two people familiar with the matter said.',
    'NATO allies met in Brussels. The Chinese Foreign Ministry said Beijing opposed unilateral sanctions.'));

  it('turns names, seats of government, demonyms and capitals into states', () => {
    expect(x.actor('United Kingdom')?.aliases).toEqual(expect.arrayContaining(['Downing Street', 'London']));
    expect(x.actor('United States')?.aliases).toEqual(expect.arrayContaining(['White House', 'U.S.']));
    expect(x.actor('Russia')?.type).toBe('state');
    expect(x.actor('Ukraine')?.type).toBe('state');
    expect(x.actor('China')?.aliases).toContain('Beijing');
  });

  it('finds organizations and outlets with their countries and sectors', () => {
    expect(x.actor('Rosneft')).toMatchObject({ type: 'organization', country: 'RUS' });
    expect(x.actor('NATO')).toMatchObject({ type: 'organization', sector: 'IGO' });
    expect(x.actor('Reuters')).toMatchObject({ type: 'media', sector: 'MED' });
    expect(x.actor('Financial Times')).toMatchObject({ type: 'media', country: 'GBR' });
    expect(x.actor('Chinese Foreign Ministry')).toMatchObject({ type: 'organization', country: 'CHN' });
  });

  it('makes unnamed sources group actors, with a country when given', () => {
    const groups = x.actors.filter((a) => a.type === 'group');
    expect(groups.map((g) => g.name).sort()).toEqual(['senior US official', 'two people familiar with the matter']);
    expect(groups.find((g) => g.name === 'senior US official')?.country).toBe('USA');
  });

  it('finds no persons in a text that names none', () => {
    expect(x.persons()).toEqual([]);
  });
});

describe('roles with a portfolio', () => {
  it('finds unknown names after "minister for ..." and "Minister of ..." roles', () => {
    const x = extractText(styleA('Envoy summoned over patrol boats', 'February 2, 2026',
      'Deputy minister for foreign affairs Haruki Tanabe met the Chinese ambassador on Monday.',
      'Minister of Home Affairs Tito Karnavian told reporters the border would stay open.',
      'The secretary for security Dorian Wexley declined to comment.'));
    expect(x.persons()).toEqual(expect.arrayContaining(['Dorian Wexley', 'Haruki Tanabe', 'Tito Karnavian']));
    expect(x.actor('Haruki Tanabe')?.roles[0]).toBe('Deputy minister for foreign affairs');
  });
});

describe('officials speaking in a place', () => {
  it('takes the state of the place an official of no stated country speaks in, but not for diplomats', () => {
    const x = extractText(styleA('Arrest draws protest', 'March 12, 2026',
      'In Tokyo, Chief Cabinet Secretary Renji Okabe said the arrest had followed the law.',
      'In Beijing, Ambassador Takeo Mori was summoned to the foreign ministry.',
      'Two people were injured, regional governor Petro Danylenko said in Kharkiv.'));
    expect(x.actor('Renji Okabe')?.country).toBe('JPN');
    expect(x.actor('Takeo Mori')?.country ?? null).toBeNull();
    expect(x.actor('Petro Danylenko')?.country).toBe('UKR');
  });
});

describe("a state's ministry, however it is written", () => {
  const x = extractText(styleA('Ministries answer new tariffs', 'May 6, 2026',
    "China's Ministry of Commerce said it would take countermeasures against the tariffs.",
    "India's Ministry of Commerce said it was studying the decision.",
    'The Syrian foreign ministry condemned the strikes on Tuesday.',
    "Syria's Ministry of Foreign Affairs later summoned the envoy.",
    'The Russian embassy in Damascus declined to comment.'));

  it("keeps one state's body apart from another's of the same name", () => {
    expect(x.actor('Chinese Trade Ministry')).toMatchObject({ type: 'organization', country: 'CHN' });
    expect(x.actor('Indian Trade Ministry')).toMatchObject({ type: 'organization', country: 'IND' });
    // the words as written stay as aliases, with the state's adjective when they name no state
    expect(x.actor('Chinese Trade Ministry')!.aliases).toEqual(expect.arrayContaining(['Ministry of Commerce', 'Chinese Ministry of Commerce']));
  });

  it('gives the lower-case and the formal name of a ministry one actor', () => {
    const syrian = x.actor('Syrian Foreign Ministry')!;
    expect(syrian).toMatchObject({ country: 'SYR' });
    const texts = x.mentions.filter((m) => m.actor === syrian.key).map((m) => m.text);
    expect(texts).toEqual(['Syrian foreign ministry', 'Ministry of Foreign Affairs']);
  });

  it('leaves a one-word body in lower case alone', () => {
    expect(x.actors.some((a) => /embassy/i.test(a.name))).toBe(false);
  });
});
