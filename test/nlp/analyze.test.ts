import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.js';
import { checkInvariants, sentenceTexts, tok, tokenTexts } from './helpers.js';

/** Analyse, check the structural invariants, return the doc. */
function run(text: string) {
  const doc = analyze(text);
  checkInvariants(doc);
  return doc;
}

describe('offsets and structure', () => {
  it('keeps exact offsets over a multi-paragraph wire story', () => {
    const body = [
      'ANKARA, Oct. 9 (Reuters) - Turkish President Tayyip Erdoğan spoke by phone with Russia’s Vladimir Putin on Thursday, his office said, and urged a return to talks on a grain corridor in the Black Sea.',
      '“Türkiye is ready to host the parties again,” Erdoğan told Putin, according to a readout published by the Turkish presidency.',
      'The Kremlin said the two leaders discussed energy projects, including the TurkStream pipeline, and agreed to keep in touch.',
      'Ukraine’s foreign ministry did not immediately respond to a request for comment.',
    ].join('\n\n');
    const doc = run(body);
    expect(doc.text).toBe(body);
    expect(sentenceTexts(doc)).toEqual([
      'ANKARA, Oct. 9 (Reuters) - Turkish President Tayyip Erdoğan spoke by phone with Russia’s Vladimir Putin on Thursday, his office said, and urged a return to talks on a grain corridor in the Black Sea.',
      '“Türkiye is ready to host the parties again,” Erdoğan told Putin, according to a readout published by the Turkish presidency.',
      'The Kremlin said the two leaders discussed energy projects, including the TurkStream pipeline, and agreed to keep in touch.',
      'Ukraine’s foreign ministry did not immediately respond to a request for comment.',
    ]);
    const erdogan = tok(doc, 'Erdoğan');
    expect(body.slice(erdogan.start, erdogan.end)).toBe('Erdoğan');
    expect(erdogan.pos).toBe('PROPN');
  });

  it('handles empty and whitespace-only input', () => {
    expect(run('').tokens).toEqual([]);
    expect(run('  \n\n ').sentences).toEqual([]);
  });

  it('sets space for tokens preceded by whitespace', () => {
    const doc = run('Moscow’s envoy (left) spoke.');
    expect(doc.tokens.map((t) => t.space)).toEqual([false, false, true, true, false, false, true, false]);
  });

  it('lower-cases lemmas, including proper nouns wink leaves capitalised', () => {
    const doc = run('Russia and Ukraine held talks; officials met.');
    expect(tok(doc, 'Russia').lemma).toBe('russia');
    expect(tok(doc, 'held').lemma).toBe('hold');
    expect(tok(doc, 'talks').lemma).toBe('talk');
    expect(tok(doc, 'met').lemma).toBe('meet');
  });
});

describe('paragraph and line breaks', () => {
  it('never lets a sentence cross a paragraph break, even without a full stop', () => {
    const body = 'Background:\n\nThe envoy arrived in Doha late on Sunday\n\nTalks are due to begin on Monday.';
    expect(sentenceTexts(run(body))).toEqual([
      'Background:',
      'The envoy arrived in Doha late on Sunday',
      'Talks are due to begin on Monday.',
    ]);
  });

  it('treats a single newline as a hard break', () => {
    const body = 'Ministers meet in Rome\nThe agenda includes migration and trade.';
    expect(sentenceTexts(run(body))).toEqual(['Ministers meet in Rome', 'The agenda includes migration and trade.']);
  });

  it('breaks a scraped paragraph split in mid-sentence', () => {
    const body = 'The plan was backed by some\n\nEuropean capitals, two officials said.';
    expect(run(body).sentences).toHaveLength(2);
  });
});

describe('abbreviations and initials', () => {
  it('does not split after titles, months, U.S., a.m. inside a sentence', () => {
    const text =
      'Gen. Mark Milley and Sen. Lindsey Graham met Lt. Col. Ivan Petrov, Maj. Gen. Ali Reza, Capt. Lee and Adm. Tony Radakin at 9 a.m. on Jan. 14 in St. Petersburg.';
    expect(run(text).sentences).toHaveLength(1);
  });

  it('keeps listed abbreviations as single tokens, including ones wink splits', () => {
    const doc = run('Adm. Tony Radakin and Gov. Kathy Hochul met Mr. Smith, Mrs. Jones and Dr. Ruiz.');
    for (const a of ['Adm.', 'Gov.', 'Mr.', 'Mrs.', 'Dr.']) expect(tokenTexts(doc)).toContain(a);
    expect(tok(doc, 'Adm.').pos).toBe('PROPN');
  });

  it('survives company, country and reference abbreviations', () => {
    const text =
      'Gazprom Neft, Rosneft Corp. and Acme Ltd. signed with the U.K., the E.U., the U.N. and Siemens Inc. at No. 10 on Sept. 3, vs. two rivals, etc., officials said.';
    expect(run(text).sentences).toHaveLength(1);
  });

  it('does not split after honorifics and a bracketed "ret."', () => {
    const text = 'The Rt. Hon. David Lammy met Gen. (ret.) Petr Pavel and Msgr. Paolo Rudelli in Prague.';
    expect(run(text).sentences).toHaveLength(1);
  });

  it('keeps initials inside names', () => {
    const text = 'Donald J. Trump called J.D. Vance, H. R. McMaster and John F. Kennedy Jr. from the Oval Office.';
    const doc = run(text);
    expect(doc.sentences).toHaveLength(1);
    expect(tok(doc, 'J.').pos).toBe('PROPN');
    expect(tok(doc, 'J.D.').pos).toBe('PROPN');
  });

  it('splits after a sentence-final U.S. when a sentence starter follows', () => {
    const text = 'The delegation flew on to the U.S. The visit was announced last week.';
    expect(sentenceTexts(run(text))).toEqual(['The delegation flew on to the U.S.', 'The visit was announced last week.']);
  });

  it('splits after U.K., a.m., Inc. and Jan. before He/But/In/It', () => {
    const text =
      'He had studied in the U.K. He later joined the ministry. The vote opened at 8 a.m. But turnout was low. The contract went to Northrop Inc. In return, the ministry got a discount. Elections were set for Jan. It was later postponed.';
    expect(run(text).sentences).toHaveLength(8);
  });

  it('does not split after U.S. before a capitalised noun or name', () => {
    const text = 'The U.S. President Joe Biden and U.S. Senate leaders met the U.S. Trade Representative.';
    expect(run(text).sentences).toHaveLength(1);
  });

  it('splits off a period glued to an ordinary word ("no.", "in.")', () => {
    const doc = run('Asked whether a deal was near, the minister said no. The talks resume on Monday. NATO SAYS NO. Allies disagree.');
    expect(sentenceTexts(doc)).toEqual([
      'Asked whether a deal was near, the minister said no.',
      'The talks resume on Monday.',
      'NATO SAYS NO.',
      'Allies disagree.',
    ]);
    expect(tokenTexts(doc)).toContain('no');
    expect(tokenTexts(doc)).not.toContain('no.');
  });

  it('keeps "No." as an abbreviation before a number', () => {
    const doc = run('The talks took place at No. 10 Downing Street.');
    expect(tokenTexts(doc)).toContain('No.');
    expect(doc.sentences).toHaveLength(1);
  });

  it('does not split before a lower-case word after a stray period', () => {
    const text = 'The fund holds about 5 bn. rubles in reserves, according to the bank.';
    expect(run(text).sentences).toHaveLength(1);
  });

  it('handles an editor’s note in brackets', () => {
    const text = '"It is one of the key questions [on the ceasefire – ed.] for both sides," the aide said.';
    const doc = run(text);
    expect(doc.sentences).toHaveLength(1);
    expect(tokenTexts(doc)).toContain('ed.');
  });
});

describe('quotes', () => {
  it('keeps a closing curly quote with the sentence it closes', () => {
    const text = 'He said the summit would be “a turning point for peace.” Officials were less certain.';
    expect(sentenceTexts(run(text))).toEqual([
      'He said the summit would be “a turning point for peace.”',
      'Officials were less certain.',
    ]);
  });

  it('keeps a closing straight quote with the sentence it closes', () => {
    const text = '"The agreement is done." Then the minister left the room.';
    expect(sentenceTexts(run(text))).toEqual(['"The agreement is done."', 'Then the minister left the room.']);
  });

  it('does not split a quote broken by its attribution', () => {
    const text = '"The agreement is done," the minister said. "Now it must be implemented."';
    expect(sentenceTexts(run(text))).toEqual(['"The agreement is done," the minister said.', '"Now it must be implemented."']);
  });

  it('does not split after a question or exclamation inside a quote before a lower-case verb', () => {
    const text = '“Why should we wait?” asked the foreign minister. “Enough!” he added.';
    expect(sentenceTexts(run(text))).toEqual(['“Why should we wait?” asked the foreign minister.', '“Enough!” he added.']);
  });

  it('splits a multi-sentence quotation into its sentences', () => {
    const text = '“We had a frank exchange. But there was no follow-up,” the spokesman told reporters on Tuesday.';
    expect(sentenceTexts(run(text))).toEqual([
      '“We had a frank exchange.',
      'But there was no follow-up,” the spokesman told reporters on Tuesday.',
    ]);
  });

  it('splits after a full stop before an opening quote', () => {
    const text = 'The minister paused. “We will respond,” she said.';
    expect(run(text).sentences).toHaveLength(2);
  });

  it('keeps a closing parenthesis with its sentence', () => {
    const text = 'The statement was brief. (It was later removed from the website.) No reason was given.';
    expect(sentenceTexts(run(text))).toEqual([
      'The statement was brief.',
      '(It was later removed from the website.)',
      'No reason was given.',
    ]);
  });
});

describe('bullets and live-blog style', () => {
  it('starts a sentence at every bullet, in separate or run-together paragraphs', () => {
    const body = [
      'Key points:',
      '• Kyiv said the proposal amounted to a demand for surrender',
      '• Washington offered to host a further round • Beijing urged restraint on all sides.',
    ].join('\n\n');
    expect(sentenceTexts(run(body))).toEqual([
      'Key points:',
      '• Kyiv said the proposal amounted to a demand for surrender',
      '• Washington offered to host a further round',
      '• Beijing urged restraint on all sides.',
    ]);
  });

  it('keeps a list number with its item', () => {
    const body = 'The communique lists three aims:\n1. A ceasefire along the current line.\n2. An exchange of prisoners.';
    expect(sentenceTexts(run(body))).toEqual([
      'The communique lists three aims:',
      '1. A ceasefire along the current line.',
      '2. An exchange of prisoners.',
    ]);
  });

  it('handles state-media datelines and double hyphens', () => {
    const text =
      'BEIJING, Sept. 2 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met with a visiting delegation here on Tuesday. Both sides pledged closer cooperation.';
    const doc = run(text);
    expect(doc.sentences).toHaveLength(2);
    expect(tok(doc, 'BEIJING').pos).toBe('PROPN');
  });
});

describe('tokenization', () => {
  it('splits straight and curly possessives into their own token', () => {
    const doc = run("Russia's envoy met Britain’s ambassador and the Kremlin’s spokesman.");
    expect(tokenTexts(doc)).toEqual([
      'Russia', "'s", 'envoy', 'met', 'Britain', '’s', 'ambassador', 'and', 'the', 'Kremlin', '’s', 'spokesman', '.',
    ]);
    expect(tok(doc, '’s').pos).toBe('PART');
    expect(tok(doc, "'s").pos).toBe('PART');
  });

  it('splits possessives wink leaves glued before punctuation or on rare names', () => {
    const doc = run('The plan was Peskov’s, not Shoigu’s. It became Washington’s. Zelenskyy’s aides and Lukashenko’s agreed.');
    const texts = tokenTexts(doc);
    for (const name of ['Peskov', 'Shoigu', 'Washington', 'Zelenskyy', 'Lukashenko']) expect(texts).toContain(name);
    expect(texts.filter((t) => t === '’s')).toHaveLength(5);
    expect(tok(doc, 'Peskov').pos).toBe('PROPN');
  });

  it('splits a glued plural possessive', () => {
    const doc = run('The proposal was the Europeans’, officials said.');
    expect(tokenTexts(doc).slice(4, 7)).toEqual(['Europeans', '’', ',']);
  });

  it('keeps contractions in two tokens with exact offsets', () => {
    const doc = run('“That’s correct, but it didn’t continue,” she said.');
    expect(tokenTexts(doc).slice(0, 4)).toEqual(['“', 'That', '’s', 'correct']);
    expect(tok(doc, 'n’t').lemma).toBe('not');
  });

  it('keeps names with letters outside Latin-1 whole', () => {
    const doc = run('Radosław Sikorski met Miloš Vučević, Recep Tayyip Erdoğan and Nguyễn Phú Trọng; Şahin agreed.');
    const texts = tokenTexts(doc);
    for (const w of ['Radosław', 'Miloš', 'Vučević', 'Erdoğan', 'Nguyễn', 'Trọng', 'Şahin']) expect(texts).toContain(w);
    expect(tok(doc, 'Vučević').pos).toBe('PROPN');
    expect(tok(doc, 'Şahin').pos).toBe('PROPN');
  });

  it('tags capitalised Cyrillic words as PROPN', () => {
    const doc = run('The newspaper Коммерсантъ reported the meeting.');
    expect(tok(doc, 'Коммерсантъ').pos).toBe('PROPN');
  });

  it('splits hyphenated words with exact offsets', () => {
    const doc = run('A one-off call with Bashar al-Assad, Jean-Yves Le Drian and the Saudi-led coalition.');
    const texts = tokenTexts(doc);
    expect(texts.slice(1, 4)).toEqual(['one', '-', 'off']);
    const al = tok(doc, 'al');
    const assad = tok(doc, 'Assad');
    expect(doc.text.slice(al.start, assad.end)).toBe('al-Assad');
    expect(assad.space).toBe(false);
  });

  it('keeps East Asian name parts as separate PROPN tokens', () => {
    const doc = run('Kim Jong Un, Xi Jinping and Lee Jae-myung met in Seoul.');
    for (const w of ['Kim', 'Jong', 'Un', 'Xi', 'Jinping', 'Lee', 'Jae']) expect(tok(doc, w).pos).toBe('PROPN');
    expect(tokenTexts(doc)).toContain('myung');
  });

  it('keeps all-caps bylines and name particles', () => {
    const doc = run('DARIA KOVALENKO reports that Mohammed bin Salman met Ursula von der Leyen.');
    expect(tok(doc, 'DARIA').pos).toBe('PROPN');
    expect(tok(doc, 'KOVALENKO').pos).toBe('PROPN');
    expect(tokenTexts(doc)).toContain('bin');
    expect(tokenTexts(doc)).toContain('der');
  });

  it('separates quotes, dashes, bullets and brackets', () => {
    const doc = run('• “[Lammy] was eager — very eager – to talk,” he said.');
    expect(tokenTexts(doc)).toEqual([
      '•', '“', '[', 'Lammy', ']', 'was', 'eager', '—', 'very', 'eager', '–', 'to', 'talk', ',', '”', 'he', 'said', '.',
    ]);
    expect(tok(doc, 'Lammy').pos).toBe('PROPN');
  });

  it('keeps numbers, dates and times whole', () => {
    const doc = run('On 2025-08-27 at 14:02, 3,000 troops and $1.5 billion were pledged, up 3.5% on 2024.');
    for (const w of ['2025-08-27', '14:02', '3,000', '1.5', '3.5', '2024']) expect(tok(doc, w).pos).toBe('NUM');
  });

  it('keeps URLs, e-mail addresses and bare domains as single tokens', () => {
    const doc = run('Details at https://www.example.org/news/item?id=7 and www.tass.ru. Write to press@example.org. RT.com also reported it.');
    const texts = tokenTexts(doc);
    expect(texts).toContain('https://www.example.org/news/item?id=7');
    expect(texts).toContain('www.tass.ru');
    expect(texts).toContain('press@example.org');
    expect(texts).toContain('RT.com');
    expect(doc.sentences).toHaveLength(3);
  });
});

describe('part of speech where wink is reliable', () => {
  it('tags a typical attribution sentence', () => {
    const doc = run('Kremlin aide Yury Ushakov told reporters that Moscow had rejected the proposal.');
    expect(tok(doc, 'Kremlin').pos).toBe('PROPN');
    expect(tok(doc, 'aide').pos).toBe('NOUN');
    expect(tok(doc, 'Yury').pos).toBe('PROPN');
    expect(tok(doc, 'Ushakov').pos).toBe('PROPN');
    expect(tok(doc, 'told').pos).toBe('VERB');
    expect(tok(doc, 'told').lemma).toBe('tell');
    expect(tok(doc, 'that').pos).toBe('SCONJ');
    expect(tok(doc, 'had').pos).toBe('AUX');
    expect(tok(doc, 'rejected').pos).toBe('VERB');
    expect(tok(doc, 'rejected').lemma).toBe('reject');
    expect(tok(doc, 'the').pos).toBe('DET');
    expect(tok(doc, '.').pos).toBe('PUNCT');
  });

  it('tags passive and infinitive event verbs', () => {
    const doc = run('The meeting was held in Ankara, and both sides agreed to resume talks.');
    expect(tok(doc, 'was').pos).toBe('AUX');
    expect(tok(doc, 'held').pos).toBe('VERB');
    expect(tok(doc, 'held').lemma).toBe('hold');
    expect(tok(doc, 'in').pos).toBe('ADP');
    expect(tok(doc, 'agreed').pos).toBe('VERB');
    expect(tok(doc, 'to').pos).toBe('PART');
    expect(tok(doc, 'resume').pos).toBe('VERB');
    expect(tok(doc, 'talks').pos).toBe('NOUN');
  });

  it('tags country abbreviations as PROPN', () => {
    const doc = run('The US and the U.S. Treasury and the EU and the UK agreed.');
    for (const w of ['US', 'U.S.', 'EU', 'UK']) expect(tok(doc, w).pos).toBe('PROPN');
  });
});

describe('tokenizer and tagger on their own', () => {
  it('keeps listed, numbered and prefixed compounds whole and splits the rest', () => {
    const doc = run('Pro-government outlets said the anti-war group met co-operation officials on F-16 deliveries and COVID-19, not the Moscow-based follow-up team.');
    const texts = tokenTexts(doc);
    for (const w of ['Pro-government', 'anti-war', 'co-operation', 'F-16', 'COVID-19']) expect(texts).toContain(w);
    expect(texts).toEqual(expect.arrayContaining(['Moscow', '-', 'based', 'follow', 'up']));
  });

  it('splits contractions written without an apostrophe', () => {
    const doc = run('Aid cannot reach the city.');
    expect(tokenTexts(doc).slice(1, 3)).toEqual(['can', 'not']);
    expect(tok(doc, 'not').lemma).toBe('not');
  });

  it('gives the same tags and lemmas to the same text every time', () => {
    const text = 'Ministers met in Doha on Monday.\n\nThey agreed to meet again, officials said.';
    const a = analyze(text);
    const b = analyze(text);
    expect(b.tokens.map((t) => [t.text, t.pos, t.lemma])).toEqual(a.tokens.map((t) => [t.text, t.pos, t.lemma]));
  });

  it('tags words outside the lexicon by their shape', () => {
    const doc = run('Zelwinskovich visited Qarnabad while the Blorvians were zorbling.');
    expect(tok(doc, 'Zelwinskovich').pos).toBe('PROPN');
    expect(tok(doc, 'Qarnabad').pos).toBe('PROPN');
    expect(tok(doc, 'zorbling').pos).toBe('VERB');
  });

  it('keeps ordinals, decades, clock times and currency signs apart from numbers', () => {
    const doc = run('On the 21st, in the 1990s style, at 3pm, it cost $1.5bn and 5G gear.');
    const texts = tokenTexts(doc);
    for (const w of ['21st', '1990s', '3pm', '$', '1.5', 'bn', '5', 'G']) expect(texts).toContain(w);
  });
});
