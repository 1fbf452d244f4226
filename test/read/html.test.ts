import { describe, expect, it } from 'vitest';
import { htmlFragmentToPieces, readHtml, stripSiteSuffix } from '../../src/read/html.js';
import { blockTexts, expectWellFormed, fixture } from './helpers.js';

describe('readHtml: full page with JSON-LD @graph and Open Graph', () => {
  const r = readHtml(fixture('eu-sanctions.html'), 'pages/eu-sanctions.html');
  const a = r.articles[0]!;

  it('reads metadata', () => {
    expect(r.problems).toEqual([]);
    expectWellFormed(a);
    expect(a.title).toBe('EU envoys back new sanctions package against Russia');
    expect(a.published).toBe('2025-11-19T09:30:00+00:00');
    expect(a.authors).toEqual(['Ines Vasquez', 'Tomas Brandt']);
    // Relative canonical link resolved against og:url.
    expect(a.url).toBe('https://northernledger.example/world/eu-envoys-sanctions-package');
    // Not in the outlets lexicon: the explicit og:site_name.
    expect(a.outlet).toBe('The Northern Ledger');
    expect(a.language).toBe('en');
    expect(a.format).toBe('html');
    expect(a.file).toBe('pages/eu-sanctions.html');
  });

  it('extracts the article text without page furniture', () => {
    expect(a.body.startsWith('Ambassadors of the 27 European Union member states on Wednesday endorsed')).toBe(true);
    expect(a.body).toContain('help Moscow evade earlier restrictions, the diplomats said.');
    expect(blockTexts(a, 'h')).toEqual(['Hungary drops objections']);
    expect(blockTexts(a, 'p')).toContain('"This package hits the revenue that finances the war," the EU\'s foreign policy chief said in a statement.');
    for (const junk of ['Home', 'Share on X', 'Related stories', 'Norway joins', 'Read more', 'All rights reserved', 'By Ines', '19 November 2025', 'Lena Hoff']) {
      expect(a.body).not.toContain(junk);
    }
    expect(a.body.endsWith('said they would not change its policy.')).toBe(true);
  });

  it('keeps the figure caption apart, without its credit', () => {
    expect(a.captions).toEqual(['Flags outside the European Commission headquarters in Brussels.']);
    expect(a.sourcesCited).toEqual([]);
  });
});

describe('readHtml: meta tags only', () => {
  const r = readHtml(fixture('kyiv-call.html'), 'kyiv-call.html');
  const a = r.articles[0]!;

  it('reads date with zone, shouted author name, site name and html lang', () => {
    expectWellFormed(a);
    expect(a.title).toBe('Sybiha and Fidan discuss Black Sea security in phone call');
    expect(a.published).toBe('2025-09-08T18:20:00+03:00');
    expect(a.authors).toEqual(['Olena Marchenko']);
    expect(a.url).toBeNull();
    expect(a.outlet).toBe('Kyiv Daily Bulletin');
    expect(a.language).toBe('uk');
    expect(a.blocks).toHaveLength(3);
  });
});

describe('readHtml: metadata variants', () => {
  const para = (s: string): string =>
    `<p>${s} The talks lasted several hours and covered energy, trade and the situation in the region, according to officials from both sides who briefed reporters afterwards.</p>`;

  it('uses the lexicon outlet of the url before the site name, and JSON-LD ReportageNewsArticle', () => {
    const html = `<html><head>
      <script type="application/ld+json">[{"@context":"https://schema.org","@type":["ReportageNewsArticle"],
        "headline":"Foreign secretary meets Chinese counterpart in London","datePublished":"2025-10-02T08:00:00+01:00",
        "author":"By SARAH HUGHES","publisher":{"@type":"Organization","name":"Wire Service Ltd"},
        "url":"https://www.ft.com/content/uk-china-meeting","inLanguage":"en-GB"}]</script>
      <meta property="og:site_name" content="FT"></head>
      <body><article>${para('The British foreign secretary met her Chinese counterpart in London on Thursday.')}</article></body></html>`;
    const a = readHtml(html, 'ft.html').articles[0]!;
    expect(a.title).toBe('Foreign secretary meets Chinese counterpart in London');
    expect(a.url).toBe('https://www.ft.com/content/uk-china-meeting');
    expect(a.outlet).toBe('Financial Times');
    expect(a.published).toBe('2025-10-02T08:00:00+01:00');
    expect(a.authors).toEqual(['Sarah Hughes']);
  });

  it('gives a date only when the time has no zone, and never invents one', () => {
    const withTimeNoZone = `<html><head><meta name="pubdate" content="2025-06-11 14:30"></head><body>${para('Envoys met in Rome.')}</body></html>`;
    expect(readHtml(withTimeNoZone, 'x.html').articles[0]!.published).toBe('2025-06-11');
    const none = `<html><head><title>Envoys meet</title><meta property="article:modified_time" content="2025-06-12T08:00:00Z"></head><body>${para('Envoys met in Rome.')}</body></html>`;
    expect(readHtml(none, 'y.html').articles[0]!.published).toBeNull();
    const timeEl = `<html><body><article><time datetime="2025-06-11T09:00:00-04:00">June 11</time>${para('Envoys met in Rome.')}</article></body></html>`;
    expect(readHtml(timeEl, 'z.html').articles[0]!.published).toBe('2025-06-11T09:00:00-04:00');
  });

  it('strips the site name from a <title> and defaults language to en', () => {
    const html = `<html><head><title>Envoys meet in Rome to discuss grain corridor | Adriatic Times</title></head><body>${para('Envoys met in Rome.')}</body></html>`;
    const a = readHtml(html, 'x.html').articles[0]!;
    expect(a.title).toBe('Envoys meet in Rome to discuss grain corridor');
    expect(a.language).toBe('en');
    expect(a.outlet).toBeNull();
    expect(a.authors).toEqual([]);
  });

  it('survives broken JSON-LD', () => {
    const html = `<html lang="fr-FR"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Paris hosts talks", </script></head><body>${para('Talks were held in Paris.')}</body></html>`;
    const a = readHtml(html, 'x.html').articles[0]!;
    expect(a.language).toBe('fr');
    expect(a.body).toContain('Talks were held in Paris.');
  });
});

describe('readHtml: bad input', () => {
  it('still gets text from broken HTML', () => {
    const r = readHtml(fixture('broken.html'), 'broken.html');
    expect(r.problems).toEqual([]);
    const a = r.articles[0]!;
    expectWellFormed(a);
    expect(a.title).toBe('Envoy recalled after spying row');
    expect(blockTexts(a, 'p')).toEqual([
      'Lithuania recalled its ambassador from Minsk for consultations on Thursday after Belarusian authorities detained two Lithuanian citizens on espionage charges, the foreign ministry in Vilnius said.',
      'The ministry called the arrests a deliberate provocation and demanded consular access to the detained men',
      'Belarus has not commented on the case. Relations between the neighbours have been strained since',
    ]);
  });

  it('reports a page with no article text', () => {
    expect(readHtml(fixture('nav-only.html'), 'nav-only.html')).toEqual({
      articles: [],
      problems: [{ origin: 'nav-only.html', reason: 'no article text found' }],
    });
    expect(readHtml('', 'blank.html').problems).toEqual([{ origin: 'blank.html', reason: 'no article text found' }]);
  });

  it('reads a page that has no <body> element', () => {
    const html = '<html lang="de"><head><title>Scholz trifft Tusk</title></head><p>Der Kanzler traf am Montag den polnischen Ministerpräsidenten in Warschau zu Gesprächen über die Grenzsicherung.</p></html>';
    const a = readHtml(html, 'nobody.html').articles[0]!;
    expect(a.title).toBe('Scholz trifft Tusk');
    expect(a.language).toBe('de');
    expect(a.body).toMatch(/^Der Kanzler traf am Montag/);
  });

  it('reads a bare fragment of paragraphs', () => {
    const r = readHtml('<p>Chile and Peru agreed on Friday to reopen a border crossing closed since the spring.</p>', 'frag.html');
    expect(r.articles[0]!.body).toBe('Chile and Peru agreed on Friday to reopen a border crossing closed since the spring.');
  });
});

describe('HTML helpers', () => {
  it('splits fragments into paragraphs, list items and headings, honouring <br><br>', () => {
    const h = htmlFragmentToPieces(
      '<h2>Outcome</h2><p>First line<br>same paragraph<br><br>new paragraph</p><ul><li>one <em>item</em></li><li>two</li></ul>' +
        '<script>var x = 1;</script><div>Loose <a href="/x">linked</a> text</div><img src="a.jpg" alt="Delegates leave the hall after talks">',
    );
    expect(h.pieces.every((p) => p.clean)).toBe(true);
    expect(h.pieces.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'Outcome', kind: 'h' },
      { text: 'First line same paragraph', kind: 'p' },
      { text: 'new paragraph', kind: 'p' },
      { text: 'one item', kind: 'li' },
      { text: 'two', kind: 'li' },
      { text: 'Loose linked text', kind: 'p' },
    ]);
    expect(h.captions).toEqual(['Delegates leave the hall after talks']);
  });

  it('drops link lists, related-story blocks and their headings', () => {
    const h = htmlFragmentToPieces(
      '<p>Egypt hosted a new round of ceasefire talks in Cairo on Sunday, state media reported.</p>' +
        '<h3>Most read</h3><ul><li><a href="/1">Envoy expelled after protest</a></li><li><a href="/2">Summit date set</a></li><li><a href="/3">Minister resigns</a></li></ul>' +
        '<div class="related-links"><a href="/4">Earlier talks collapsed</a></div>' +
        '<p><a href="/5">Read the full statement</a></p>' +
        '<ul><li>Delegations from both sides attended, according to <a href="/6">the ministry</a>.</li></ul>',
    );
    expect(h.pieces.every((p) => p.clean)).toBe(true);
    expect(h.pieces.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'Egypt hosted a new round of ceasefire talks in Cairo on Sunday, state media reported.', kind: 'p' },
      { text: 'Delegations from both sides attended, according to the ministry.', kind: 'li' },
    ]);
  });

  it('strips a site suffix only when it names the site or an outlet', () => {
    expect(stripSiteSuffix('Talks in Rome | Adriatic Times', [])).toBe('Talks in Rome');
    expect(stripSiteSuffix('Talks in Rome - The Ledger', ['The Ledger'])).toBe('Talks in Rome');
    expect(stripSiteSuffix('Ceasefire talks - what we know so far', [])).toBe('Ceasefire talks - what we know so far');
  });
});
