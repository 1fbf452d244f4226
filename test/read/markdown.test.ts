import { describe, expect, it } from 'vitest';
import { markdownToPieces, readMarkdown, stripInline } from '../../src/read/markdown.js';
import { blockTexts, expectWellFormed, fixture } from './helpers.js';

describe('readMarkdown with YAML front matter', () => {
  const r = readMarkdown(fixture('tallinn-meeting.md'), 'formats/tallinn-meeting.md');
  const a = r.articles[0]!;

  it('reads metadata from the front matter', () => {
    expect(r.problems).toEqual([]);
    expect(r.articles).toHaveLength(1);
    expectWellFormed(a);
    expect(a.title).toBe('Baltic and Nordic ministers agree to tighten shadow fleet checks');
    expect(a.published).toBe('2025-10-03T16:45:00+03:00');
    expect(a.authors).toEqual(['Kaisa Lehtinen', "Mark O'Donnell"]);
    expect(a.url).toBe('https://www.reuters.com/world/europe/baltic-nordic-ministers-shadow-fleet-2025-10-03/');
    expect(a.outlet).toBe('Reuters');
    expect(a.language).toBe('en');
    expect(a.format).toBe('markdown');
    expect(a.file).toBe('formats/tallinn-meeting.md');
    expect(a.sourcesCited).toEqual([]);
  });

  it('keeps clean paragraphs, list items and subheadings apart', () => {
    expect(a.body.startsWith('Foreign ministers from the Nordic and Baltic states agreed on Friday')).toBe(true);
    expect(a.body).toContain('said after a day of talks in Tallinn.');
    expect(a.body).toContain('a fresh round of EU sanctions and closer coordination');
    expect(blockTexts(a, 'h')).toEqual(['What was agreed']);
    expect(blockTexts(a, 'li')).toEqual([
      'Boarding checks for vessels without valid insurance papers',
      'A shared register of suspicious ships, updated weekly',
      'Talks with Denmark on the Danish straits',
    ]);
    // Blockquote lines become one paragraph.
    expect(blockTexts(a, 'p')).toContain(
      '"We will not let our sea become a grey zone," the Estonian foreign minister told journalists after the meeting. He added that Moscow had been informed through diplomatic channels.',
    );
  });

  it('drops the title heading, code, related links and image credits; keeps captions apart', () => {
    expect(a.body).not.toContain('Baltic and Nordic ministers agree');
    expect(a.body).not.toContain('internal: do not publish');
    expect(a.body).not.toContain('Related');
    expect(a.body).not.toContain('Piret Saar');
    expect(a.body).not.toContain('gather before the talks');
    expect(a.captions).toEqual([
      'Foreign ministers pose for a family photo in Tallinn',
      'Foreign ministers gather before the talks in Tallinn on Friday.',
    ]);
  });
});

describe('readMarkdown without front matter', () => {
  const r = readMarkdown(fixture('ankara-call.md'), 'ankara-call.md');
  const a = r.articles[0]!;

  it('takes the title from a setext heading and byline/date from the lines under it', () => {
    expect(r.problems).toEqual([]);
    expectWellFormed(a);
    expect(a.title).toBe('Turkish and Ukrainian ministers discuss prisoner exchange by phone');
    expect(a.authors).toEqual(['Ayşe Demir', 'Pavlo Hrytsenko']);
    expect(a.published).toBe('2025-10-14');
    expect(a.url).toBeNull();
    expect(a.outlet).toBeNull();
    expect(a.language).toBe('en');
  });

  it('reads labels, drops the byline and date lines, and lifts the Source line', () => {
    expect(a.body.startsWith("Turkey's foreign minister held a phone call")).toBe(true);
    expect(a.body).not.toMatch(/By |Tuesday, 14 October|Details:|Background:|Source:/);
    const details = a.blocks.find((b) => b.label === 'Details')!;
    expect(a.body.slice(details.start, details.end)).toMatch(/^The two ministers also talked about grain shipments/);
    const bg = a.blocks.filter((b) => b.label === 'Background');
    expect(bg.map((b) => b.kind)).toEqual(['li', 'li']);
    expect(a.sourcesCited).toEqual(['Turkish foreign ministry', 'Example Wire']);
  });
});

describe('markdown conversion details', () => {
  it('strips inline syntax and keeps image alt text as a caption', () => {
    const caps: string[] = [];
    const s = stripInline(
      'The **EU** and _Norway_ signed a [deal](https://example.org/deal "Deal") on `energy`. ![Ministers sign the accord](/a.jpg) ' +
        'See <https://example.org> and ***joint*** ~~draft~~ statement\\*.[^1] A&amp;B &#8212; done.',
      caps,
    );
    expect(s.replace(/\s+/g, ' ').trim()).toBe('The EU and Norway signed a deal on energy. See and joint draft statement*. A&B — done.');
    expect(caps).toEqual(['Ministers sign the accord']);
  });

  it('keeps underscores and asterisks inside words and numbers', () => {
    expect(stripInline('The file_name_here and 5 * 3 = 15 stay.')).toBe('The file_name_here and 5 * 3 = 15 stay.');
  });

  it('handles reference links, nested lists, ordered lists, tables, html blocks and footnotes', () => {
    const md = [
      '# Envoys meet in Doha',
      '',
      'Qatar hosted [talks][doha] between the two delegations on Sunday,',
      'officials said, with a second round [expected] soon.',
      '',
      '[doha]: https://example.org/doha',
      '[expected]: https://example.org/next',
      '',
      '1. First, a ceasefire along the front line.',
      '2. Then an exchange of detainees.',
      '   - including civilians',
      '',
      '| Side | Delegates |',
      '|------|-----------|',
      '| A    | 5         |',
      '',
      '<figure><img src="x.jpg" alt="Delegations at the table"><figcaption>Delegations at the table in Doha. Photo: Pool</figcaption></figure>',
      '',
      'No agreement was signed.[^n]',
      '',
      '[^n]: A footnote that is not body text.',
      '',
      '---',
      '',
      'Both sides said they would return.',
    ].join('\n');
    const m = markdownToPieces(md);
    expect(m.title).toBe('Envoys meet in Doha');
    expect(m.pieces.map((p) => [p.kind, p.text.replace(/\s+/g, ' ')])).toEqual([
      ['p', 'Qatar hosted talks between the two delegations on Sunday, officials said, with a second round expected soon.'],
      ['li', 'First, a ceasefire along the front line.'],
      ['li', 'Then an exchange of detainees.'],
      ['li', 'including civilians'],
      ['p', 'No agreement was signed.'],
      ['p', 'Both sides said they would return.'],
    ]);
    expect(m.captions).toEqual(['Delegations at the table in Doha.']);
  });

  it('does not start a list at a number that continues a paragraph line', () => {
    const m = markdownToPieces('The delegations first met on March\n12. They resumed talks this week.');
    expect(m.pieces).toHaveLength(1);
  });
});

describe('readMarkdown: scraped Markdown without headings', () => {
  it('takes a short first line as the title and keeps a caption with a bold credit apart', () => {
    const md = [
      'Finland Summons Russian Envoy Over Airspace Violation',
      '',
      'March 4, 2025',
      '',
      '![](https://example.org/helsinki.jpg)',
      '',
      'The Finnish foreign ministry building in Helsinki. **Antti Virtanen / Lehtikuva**',
      '',
      'Finland summoned the Russian ambassador on Tuesday after a military aircraft [entered](#) its airspace near the south coast for about two minutes, the foreign ministry said.',
      '',
      'Related article: [Estonia expels diplomat](#)',
    ].join('\n');
    const a = readMarkdown(md, 'scraped.md').articles[0]!;
    expectWellFormed(a);
    expect(a.title).toBe('Finland Summons Russian Envoy Over Airspace Violation');
    expect(a.published).toBe('2025-03-04');
    expect(a.captions).toEqual(['The Finnish foreign ministry building in Helsinki.']);
    expect(a.body).toBe(
      'Finland summoned the Russian ambassador on Tuesday after a military aircraft entered its airspace near the south coast for about two minutes, the foreign ministry said.',
    );
  });
});

describe('readMarkdown bad input', () => {
  it('reports invalid front matter but still reads the article', () => {
    const r = readMarkdown('---\ntitle: "Unclosed\nauthor: [a, b\n---\n\nThe envoy arrived in Cairo on Monday for talks.\n', 'bad-fm.md');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.origin).toBe('bad-fm.md');
    expect(r.problems[0]!.reason).toMatch(/front matter/);
    expect(r.articles[0]!.body).toBe('The envoy arrived in Cairo on Monday for talks.');
  });

  it('reports a file with neither title nor text', () => {
    const r = readMarkdown('---\ndate: 2025-01-01\n---\n\n```\ncode only\n```\n', 'empty.md');
    expect(r.articles).toEqual([]);
    expect(r.problems).toEqual([{ origin: 'empty.md', reason: 'no title or text' }]);
  });
});
