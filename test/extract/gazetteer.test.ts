import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteer, prepareText, type PreparedText } from '../../src/extract/actors/gazetteer.js';

// Without a lower-case copy of the text, matchAt checks every entry of a key; with one, it checks only
// the entries that can match the character after the key word. Both must find the same entries.
function sameAtEveryWord(text: string): number {
  const g = gazetteer();
  const fast = prepareText(text);
  const whole: PreparedText = { text, lower: null };
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    const a = g.matchAt(fast, i).map((m) => [m.entry.text, m.entry.kind, m.end]);
    expect(a, `at ${i}: ${text.slice(i, i + 40)}`).toEqual(g.matchAt(whole, i).map((m) => [m.entry.text, m.entry.kind, m.end]));
    found += a.length;
  }
  return found;
}

describe('gazetteer matching by the character after the first word', () => {
  it('finds what checking every entry finds, in the same order, on the development articles', () => {
    const dir = 'test/fixtures/dev/articles';
    let found = 0;
    for (const f of readdirSync(dir)) found += sameAtEveryWord(readFileSync(join(dir, f), 'utf8'));
    expect(found).toBeGreaterThan(500);
  });

  it('finds the same on case variants, hyphens, short texts and look-alike characters', () => {
    const text = [
      'The Kremlin said the Kremlin and THE KREMLIN disagreed. The White House, the white house.',
      'Foreign Minister Wang Yi met foreign ministers; FOREIGN MINISTRY officials and the Foreign Ministry spoke.',
      'UN Security Council, U.N. Security Council, U.S.-backed forces, US officials, the U.S. State Department.',
      'al-Shabaab, Al-Shabaab and al Qaeda; Republic of Korea; Deputy Prime Minister; the Times; The',
      'The \u212Aremlin (Kelvin sign) and Foreign \u212Ainister; Saint Lucia; saint-lucia; United Nations',
    ].join('\n\n');
    expect(sameAtEveryWord(text)).toBeGreaterThan(20);
    for (const end of [1, 2, 3, 4, 5, 8, 12]) sameAtEveryWord(text.slice(0, end));
  });
});
