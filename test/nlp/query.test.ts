import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.js';
import { sentenceOf, sentenceText, tokenAt, tokensIn } from '../../src/nlp/query.js';

const body = 'Envoys met in Oslo on Friday. They agreed to meet again.\n\nNo date was set.';
const doc = analyze(body);

describe('query helpers', () => {
  it('tokenAt finds the token covering an offset', () => {
    const at = body.indexOf('Oslo');
    expect(tokenAt(doc, at)?.text).toBe('Oslo');
    expect(tokenAt(doc, at + 3)?.text).toBe('Oslo');
    expect(tokenAt(doc, at + 4)).toBeUndefined(); // the space after it
    expect(tokenAt(doc, 0)?.text).toBe('Envoys');
    expect(tokenAt(doc, body.length)).toBeUndefined();
    expect(tokenAt(doc, -1)).toBeUndefined();
  });

  it('tokensIn returns tokens overlapping a range', () => {
    const a = body.indexOf('met');
    expect(tokensIn(doc, a, a + 'met in Oslo'.length).map((t) => t.text)).toEqual(['met', 'in', 'Oslo']);
    expect(tokensIn(doc, a + 1, a + 5).map((t) => t.text)).toEqual(['met', 'in']);
    expect(tokensIn(doc, a + 3, a + 4)).toEqual([]);
  });

  it('sentenceOf and sentenceText', () => {
    const s = sentenceOf(doc, body.indexOf('again'));
    expect(s?.i).toBe(1);
    expect(sentenceText(doc, 1)).toBe('They agreed to meet again.');
    expect(sentenceOf(doc, body.indexOf('\n'))).toBeUndefined();
    expect(sentenceText(doc, 2)).toBe('No date was set.');
    expect(sentenceText(doc, 9)).toBe('');
  });
});
