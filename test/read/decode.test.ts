import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, isProblem, type Decoded } from '../../src/read/decode.js';
import type { Problem } from '../../src/read/types.js';

const RU =
  'Министр иностранных дел провёл в среду телефонный разговор со своим турецким коллегой. ' +
  'Стороны обсудили подготовку к переговорам в Стамбуле и вопросы обмена пленными, сообщили в министерстве. ' +
  'Встреча делегаций может состояться в начале следующего месяца.';
const UK =
  'Міністр закордонних справ України провів у четвер зустріч із послом Європейського Союзу. ' +
  'Сторони обговорили нові санкції та підготовку до засідання Ради асоціації, повідомили у відомстві.';
const FR =
  'Le ministre des Affaires étrangères a reçu jeudi son homologue allemand à Paris. ' +
  '« Nous avons évoqué les sanctions », a déclaré François Lefèvre à l’issue de la rencontre, qualifiée de « très franche ».';
const EN_1252 =
  'The minister said on Tuesday that “the talks were constructive” and that José Núñez would travel to Brussels — ' +
  'alongside Zoë Brontë and Søren Kierkegaard’s biographer — for a meeting with the EU’s foreign policy chief.';
const PL = 'Minister spraw zagranicznych Polski spotkał się w środę z ambasadorem Węgier. Rozmowa dotyczyła sankcji wobec Rosji i współpracy w regionie.';

function ok(r: Decoded | Problem): Decoded {
  if (isProblem(r)) throw new Error(`unexpected problem: ${r.reason}`);
  return r;
}

describe('decode: Unicode', () => {
  it('decodes UTF-8 with and without BOM, stripping the BOM', () => {
    const text = `Talks in Genève — “constructive”.\n${RU}`;
    expect(ok(decode(Buffer.from(text, 'utf8'), 'a.txt'))).toEqual({ text, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(ok(decode(withBom, 'a.txt'))).toEqual({ text, encoding: 'utf-8' });
  });

  it('always takes valid UTF-8 as UTF-8, even short text chardet might misjudge', () => {
    for (const s of ['Zoë', 'Ševčík met Müller.', 'Лавров', 'naïve café', '北京']) {
      expect(ok(decode(Buffer.from(s, 'utf8'), 'x')).text).toBe(s);
    }
  });

  it('reads UTF-8 spoiled by a few stray windows-1252 bytes as UTF-8', () => {
    const good = Buffer.from('Délégation reçue à Genève, puis à Zürich — les pourparlers continuent. ', 'utf8');
    const stray = Buffer.from([0x93, 0x4f, 0x4b, 0x94]); // “OK” in windows-1252
    const r = ok(decode(Buffer.concat([good, stray]), 'mixed.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('Délégation reçue à Genève, puis à Zürich — les pourparlers continuent. “OK”');
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const text = `${FR}\n${UK}`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(ok(decode(le, 'le.txt'))).toEqual({ text, encoding: 'utf-16le' });
    expect(ok(decode(be, 'be.txt'))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('decodes BOM-less UTF-16 of mostly Latin text instead of calling it binary', () => {
    const text = 'Ministers met in Oslo on Friday to discuss the fishing dispute.';
    expect(ok(decode(iconv.encode(text, 'utf-16le'), 'x'))).toEqual({ text, encoding: 'utf-16le' });
    expect(ok(decode(iconv.encode(text, 'utf-16be'), 'x'))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('normalises CRLF and CR line ends to LF', () => {
    const r = ok(decode(Buffer.from('Title\r\n\r\nFirst paragraph.\rSecond line.\r\n', 'utf8'), 'x'));
    expect(r.text).toBe('Title\n\nFirst paragraph.\nSecond line.\n');
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('One\r\nTwo', 'utf-16le')]);
    expect(ok(decode(u16, 'x')).text).toBe('One\nTwo');
  });
});

describe('decode: legacy single-byte encodings', () => {
  it('decodes windows-1251 Russian and Ukrainian', () => {
    expect(ok(decode(iconv.encode(RU, 'windows-1251'), 'ru.txt'))).toEqual({ text: RU, encoding: 'windows-1251' });
    expect(ok(decode(iconv.encode(UK, 'windows-1251'), 'uk.txt'))).toEqual({ text: UK, encoding: 'windows-1251' });
  });

  it('decodes KOI8-R, KOI8-U and ISO-8859-5 Cyrillic', () => {
    expect(ok(decode(iconv.encode(RU, 'koi8-r'), 'x'))).toEqual({ text: RU, encoding: 'koi8-r' });
    expect(ok(decode(iconv.encode(UK, 'koi8-u'), 'x'))).toEqual({ text: UK, encoding: 'koi8-u' });
    expect(ok(decode(iconv.encode(RU, 'iso-8859-5'), 'x'))).toEqual({ text: RU, encoding: 'iso-8859-5' });
  });

  it('picks the right Cyrillic page for short text chardet misnames', () => {
    // chardet calls this KOI8-R text ISO-8859-8; the Cyrillic comparison corrects it.
    const s = 'МИД России вызвал посла Эстонии';
    expect(ok(decode(iconv.encode(s, 'koi8-r'), 'x')).text).toBe(s);
    const t = 'Посол вручил ноту протеста.';
    expect(ok(decode(iconv.encode(t, 'cp866'), 'x')).text).toBe(t);
  });

  it('decodes windows-1252 with curly quotes, dashes and accented names', () => {
    const r = ok(decode(iconv.encode(EN_1252, 'windows-1252'), 'en.txt'));
    expect(r.text).toBe(EN_1252);
    expect(r.encoding).toBe('windows-1252');
    expect(ok(decode(iconv.encode(FR, 'windows-1252'), 'fr.txt')).text).toBe(FR);
  });

  it('judges a long article by the text around its few non-ASCII letters', () => {
    const filler = 'Officials from both governments met again on Monday to review the draft agreement line by line. '.repeat(30);
    const cases: [string, string][] = [
      [EN_1252, 'windows-1252'],
      [FR, 'windows-1252'],
      [PL, 'windows-1250'],
      [PL, 'iso-8859-2'],
      [RU, 'windows-1251'],
      [UK, 'koi8-u'],
    ];
    for (const [para, enc] of cases) {
      const text = `${filler}\n\n${para}\n\n${filler}`;
      expect(ok(decode(iconv.encode(text, enc), 'long.txt')).text, enc).toBe(text);
    }
  });

  it('decodes Central European text', () => {
    expect(ok(decode(iconv.encode(PL, 'iso-8859-2'), 'pl.txt')).text).toBe(PL);
    expect(ok(decode(iconv.encode(PL, 'windows-1250'), 'pl.txt')).text).toBe(PL);
  });
});

describe('decode: bad input', () => {
  it('reports empty and whitespace-only files', () => {
    expect(decode(Buffer.alloc(0), 'e.txt')).toEqual({ origin: 'e.txt', reason: 'empty file' });
    expect(decode(Buffer.from(' \n\t\r\n ', 'utf8'), 'w.txt')).toEqual({ origin: 'w.txt', reason: 'empty file' });
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf]), 'bom.txt')).toEqual({ origin: 'bom.txt', reason: 'empty file' });
    expect(decode(Buffer.from([0xff, 0xfe, 0x20, 0x00]), 'u16.txt')).toEqual({ origin: 'u16.txt', reason: 'empty file' });
  });

  it('reports binary files', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(decode(png, 'img.png')).toEqual({ origin: 'img.png', reason: 'binary file' });
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
    expect(decode(controls, 'c.bin')).toEqual({ origin: 'c.bin', reason: 'binary file' });
    const textThenNul = Buffer.concat([Buffer.from('Ministers met in Oslo.', 'utf8'), Buffer.from([0, 0, 0, 7, 0x80, 0xff])]);
    expect(decode(textThenNul, 'x.dat')).toEqual({ origin: 'x.dat', reason: 'binary file' });
    // valid UTF-8 whose control characters are diluted among multi-byte ones: binary by its characters
    const dilutedControls = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 6 === 0 ? '\x02' : 'é')).join(''), 'utf8');
    expect(decode(dilutedControls, 'd.bin')).toEqual({ origin: 'd.bin', reason: 'binary file' });
    // blank but for control characters that trim() takes as white space (vertical tabs): binary, not empty
    expect(decode(Buffer.from('\v\v \n\v\v\n', 'utf8'), 'v.bin')).toEqual({ origin: 'v.bin', reason: 'binary file' });
    // white space with a rare control character: empty
    expect(decode(Buffer.from(`${' '.repeat(40)}\v${' '.repeat(40)}`, 'utf8'), 'w.txt')).toEqual({ origin: 'w.txt', reason: 'empty file' });
  });

  it('isProblem tells results apart', () => {
    expect(isProblem(decode(Buffer.alloc(0), 'e'))).toBe(true);
    expect(isProblem(decode(Buffer.from('text', 'utf8'), 'e'))).toBe(false);
  });
});
