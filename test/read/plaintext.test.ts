import { describe, it, expect } from 'vitest';
import { readPlainText } from '../../src/read/plaintext.js';

const STYLE_A = `

Seoul and Tokyo Agree to Restart Defense Dialogue After Two-Year Pause

March 4, 2026



South Korean Foreign Minister Cho Tae-yul. **Kim Min-jun / Yonhap**

South Korea's foreign minister spoke by phone with his Japanese counterpart on Tuesday, the ministry in Seoul [said](#) in a statement.

Earlier, Kyodo News [reported](#) that the two sides had exchanged draft proposals in February but could not settle the wording on export controls, and that officials
 
would meet again before the summer.

Related article: [Japan Weighs New Export Rules for Chip Materials](#)

“We have agreed to keep talking,” a ministry spokesman told reporters.

Original url:

<https://www.themoscowtimes.com/2026/03/04/seoul-tokyo-defense-dialogue-a1>`;

const STYLE_B = ` date 2026-02-11 All Sections
Hungary blocks EU statement on Georgia, diplomats say

OLENA HRYTSENKO, TARAS MELNYKWednesday, 11 February 2026, 16:45
Hungarian Prime Minister Viktor Orbán. Photo: Getty Images

Hungary has blocked a joint EU statement criticising the Georgian government, two diplomats in Brussels said on Wednesday.

Source: European Pravda; Radio Liberty

Details: The statement needed the backing of all 27 member states, the diplomats said.

Quote: "We cannot accept language that interferes in the internal affairs of a sovereign state," the Hungarian foreign minister wrote on social media.

Background:

  • In January, the EU suspended visa-free travel for Georgian diplomats.
  • Budapest has repeatedly vetoed joint positions on Georgia.

Support Ukrainska Pravda on Patreon!
`;

describe('readPlainText, style A (title, date line, caption with bold credit, links, trailer)', () => {
  const { articles, problems } = readPlainText(STYLE_A, 'a.txt');
  const a = articles[0]!;
  it('reads the metadata', () => {
    expect(problems).toEqual([]);
    expect(a.title).toBe('Seoul and Tokyo Agree to Restart Defense Dialogue After Two-Year Pause');
    expect(a.published).toBe('2026-03-04');
    expect(a.url).toBe('https://www.themoscowtimes.com/2026/03/04/seoul-tokyo-defense-dialogue-a1');
    expect(a.outlet).toBe('The Moscow Times');
    expect(a.authors).toEqual([]);
  });
  it('keeps captions apart and drops credits, links and boilerplate', () => {
    expect(a.captions).toEqual(['South Korean Foreign Minister Cho Tae-yul.']);
    expect(a.body).not.toContain('Kim Min-jun');
    expect(a.body).not.toContain('](#)');
    expect(a.body).not.toContain('Related article');
    expect(a.body).not.toContain('Original url');
    expect(a.body.startsWith("South Korea's foreign minister spoke by phone")).toBe(true);
  });
  it('joins a paragraph the scraper broke mid-sentence', () => {
    expect(a.body).toContain('and that officials would meet again before the summer.');
  });
  it('blocks give paragraph offsets', () => {
    for (const b of a.blocks) expect(a.body.slice(b.start, b.end).trim()).toBe(a.body.slice(b.start, b.end));
    expect(a.blocks).toHaveLength(3);
  });
});

describe('readPlainText, style B (header, fused byline, labels, bullets)', () => {
  const a = readPlainText(STYLE_B, 'b.txt').articles[0]!;
  it('reads header date, title and the fused byline', () => {
    expect(a.title).toBe('Hungary blocks EU statement on Georgia, diplomats say');
    expect(a.published).toBe('2026-02-11');
    expect(a.authors).toEqual(['Olena Hrytsenko', 'Taras Melnyk']);
    expect(a.outlet).toBeNull();
    expect(a.url).toBeNull();
  });
  it('takes Source: lines as sources cited and keeps labels on blocks', () => {
    expect(a.sourcesCited).toEqual(['European Pravda', 'Radio Liberty']);
    expect(a.body).not.toMatch(/Source:|Details:|Quote:|Background:/);
    const labels = a.blocks.map((b) => [b.kind, b.label]);
    expect(labels).toEqual([['p', null], ['p', 'Details'], ['p', 'Quote'], ['li', 'Background'], ['li', 'Background']]);
    const quote = a.blocks[2]!;
    expect(a.body.slice(quote.start, quote.end)).toMatch(/^"We cannot accept/);
  });
  it('drops caption, photo credit and support boilerplate', () => {
    expect(a.captions).toEqual(['Hungarian Prime Minister Viktor Orbán.']);
    expect(a.body).not.toMatch(/Getty|Patreon/);
  });
});

describe('readPlainText, other plain text', () => {
  it('reads a wire story: By-line and dateline with the agency as outlet', () => {
    const t = `Turkey offers to host new round of grain talks\n\nBy Ayse Demir and John O'Neill\n\nANKARA, March 3 (Reuters) - Turkey is ready to host a new round of talks, its foreign minister said on Tuesday.\n\nThe talks could start next week.`;
    const a = readPlainText(t, 'w.txt').articles[0]!;
    expect(a.authors).toEqual(['Ayse Demir', "John O'Neill"]);
    expect(a.outlet).toBe('Reuters');
    expect(a.body.startsWith('Turkey is ready to host')).toBe(true);
  });
  it('reports a file with no text', () => {
    expect(readPlainText('\n\n  \n', 'e.txt').problems[0]!.reason).toMatch(/no text/);
  });
});
