import { describe, expect, it } from 'vitest';
import { assembleBody, cleanInline, cleanLength } from '../../src/read/body.js';

describe('cleanInline', () => {
  it('collapses spaces, tabs, line breaks and no-break spaces, and trims', () => {
    expect(cleanInline('  The minister\u00a0said,\n\tagain:  "no".  ')).toBe('The minister said, again: "no".');
  });

  it('returns clean text as it is', () => {
    const s = 'Talks resumed in Doha on Tuesday.';
    expect(cleanInline(s)).toBe(s);
    expect(cleanInline(cleanInline(' a \n b '))).toBe('a b');
  });
});

describe('cleanLength', () => {
  const cases = [
    '', ' ', '  ', 'a', ' a', 'a ', 'a  b', 'a\tb', 'a\n\nb', '\u00a0a\u202fb\u2007',
    // white space that trim removes but cleanInline does not collapse
    '\u3000a', 'a\u3000', ' \u3000a\u2028 ', '\u3000 \u3000', '\ufeffa b\ufeff', 'a\u2009 b',
    // left alone by both: NEL, a zero-width space, surrogate pairs
    'a\u0085b', 'a\u200bb', '\ud83d\ude00 \ud83d\ude00',
    'Paragraph one.\n\n  Paragraph\u00a0two, with  "quotes".\n',
  ];

  it.each(cases)('equals the length of cleanInline(%j)', (s) => {
    expect(cleanLength(s)).toBe(cleanInline(s).length);
  });

  it('agrees with cleanInline on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', '.', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2007', '\u202f', '\u3000', '\u2003', '\u2028', '\ufeff', '\u1680', '\u0085', 'é', '\u200b'];
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const len = rand(12);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      expect(cleanLength(s), JSON.stringify(s)).toBe(cleanInline(s).length);
    }
  });
});

describe('assembleBody', () => {
  it('joins pieces with blank lines and records their offsets', () => {
    const { body, blocks } = assembleBody([
      { text: 'Talks  resumed.', kind: 'p' },
      { text: '', kind: 'p' },
      { text: 'Background', kind: 'h', clean: true },
    ]);
    expect(body).toBe('Talks resumed.\n\nBackground');
    expect(blocks).toEqual([
      { start: 0, end: 14, kind: 'p', label: null },
      { start: 16, end: 26, kind: 'h', label: null },
    ]);
  });
});
