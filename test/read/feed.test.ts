import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/read/feed.js';
import { blockTexts, expectWellFormed, fixture } from './helpers.js';

describe('readFeed: RSS 2.0', () => {
  const r = readFeed(fixture('world.rss'), 'world.rss');

  it('gives one article per item and a problem for the item without title or text', () => {
    expect(r.articles).toHaveLength(2);
    r.articles.forEach(expectWellFormed);
    expect(r.problems).toEqual([{ origin: 'world.rss', line: 27, reason: 'item has no title or text' }]);
  });

  it('reads content:encoded, dc:creator, pubDate with zone, media captions; channel title as outlet', () => {
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      title: 'Philippines lodges protest over coast guard water cannon incident',
      url: 'https://harbourpost.example/world/philippines-protest',
      outlet: 'Harbour Post – World',
      published: '2025-11-04T07:45:00+08:00',
      authors: ['Maria Santos'],
      language: 'en',
      format: 'rss',
      file: 'world.rss',
      captions: ['A coast guard vessel near the disputed shoal on Monday.'],
    });
    expect(blockTexts(a, 'p')).toEqual([
      'The Philippine foreign ministry said on Tuesday it had lodged a diplomatic protest with Beijing after a Chinese coast guard ship fired a water cannon at a Philippine supply boat near a disputed shoal.',
      'A deputy Chinese ambassador was summoned to the ministry in Manila, officials said.',
    ]);
  });

  it('reads escaped HTML descriptions, "email (Name)" authors and a known outlet from the link', () => {
    const b = r.articles[1]!;
    expect(b).toMatchObject({
      title: 'Gulf mediators host Iran and Saudi officials',
      outlet: 'Reuters',
      authors: ['Omar Haddad'],
      published: '2025-11-03T19:00:00+00:00',
      body: 'Officials from Iran and Saudi Arabia met in Muscat on Monday for talks hosted by Oman, two diplomats said.',
    });
  });
});

describe('readFeed: Atom', () => {
  const r = readFeed(fixture('europe.atom'), 'europe.atom');

  it('reads entries with XHTML and escaped-HTML content', () => {
    expect(r.problems).toEqual([]);
    expect(r.articles).toHaveLength(2);
    r.articles.forEach(expectWellFormed);
    const [a, b] = r.articles;
    expect(a).toMatchObject({
      title: 'Berlin and Warsaw hold intergovernmental consultations',
      url: 'https://rheincourier.example/europe/berlin-warsaw-consultations',
      outlet: 'Rhein Courier Europe',
      published: '2025-11-10T10:30:00+01:00',
      authors: ['Jan Kowalczyk', 'Greta von der Heide'],
      language: 'de',
      format: 'atom',
    });
    expect(blockTexts(a!, 'h')).toEqual(['Reparations remain unresolved']);
    expect(a!.blocks.map((x) => x.kind)).toEqual(['p', 'h', 'p']);
    expect(b).toMatchObject({
      title: 'Slovakia and Czech Republic restore regular government talks',
      published: '2025-11-09',
      body: 'Prague and Bratislava agreed to resume joint government meetings after a pause of more than a year.',
    });
    // The feed-level author is the outlet, not a person.
    expect(b!.authors).toEqual([]);
  });
});

describe('readFeed: other shapes and bad input', () => {
  it('reports invalid XML with the reason and line', () => {
    const r = readFeed(fixture('bad.rss'), 'bad.rss');
    expect(r.articles).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ origin: 'bad.rss', line: 8 });
    expect(r.problems[0]!.reason).toMatch(/^invalid XML: .*item/);
  });

  it('accepts whitespace before the XML declaration', () => {
    const xml = '\n\n  <?xml version="1.0"?>\n<rss version="2.0"><channel><title>Desk</title>\n<item><title>Talks resume in Vienna</title><description>Negotiators returned to Vienna.</description></item></channel></rss>';
    const r = readFeed(xml, 'ws.rss');
    expect(r.problems).toEqual([]);
    expect(r.articles[0]!.body).toBe('Negotiators returned to Vienna.');
  });

  it('reports XML that is not a feed, and a feed without items', () => {
    expect(readFeed('<?xml version="1.0"?><note><to>x</to></note>', 'n.xml').problems).toEqual([{ origin: 'n.xml', reason: 'not an RSS or Atom feed' }]);
    expect(readFeed('<rss version="2.0"><channel><title>Quiet desk</title></channel></rss>', 'q.rss').problems).toEqual([
      { origin: 'q.rss', reason: 'feed has no items' },
    ]);
  });

  it('reads RSS 1.0 (RDF) items with dc:date and plain-text descriptions', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://andes.example/"><title>Andes Report</title><link>https://andes.example/</link><dc:language>es</dc:language></channel>
<item rdf:about="https://andes.example/1"><title>Bolivia y Perú firman acuerdo fronterizo</title><link>https://andes.example/1</link>
<description>Los cancilleres firmaron el acuerdo en La Paz.</description><dc:date>2025-03-14T12:00:00-04:00</dc:date><dc:creator>lucía quispe</dc:creator></item>
</rdf:RDF>`;
    const r = readFeed(xml, 'andes.rdf');
    expect(r.problems).toEqual([]);
    expect(r.articles[0]).toMatchObject({
      title: 'Bolivia y Perú firman acuerdo fronterizo',
      published: '2025-03-14T12:00:00-04:00',
      authors: ['Lucía Quispe'],
      language: 'es',
      outlet: 'Andes Report',
      body: 'Los cancilleres firmaron el acuerdo en La Paz.',
      format: 'rss',
    });
  });

  it('keeps an item with a title but no text', () => {
    const xml = '<rss version="2.0"><channel><title>Desk</title><item><title>Envoys to meet in Geneva next week</title><link>https://desk.example/geneva</link></item></channel></rss>';
    const r = readFeed(xml, 'd.rss');
    expect(r.problems).toEqual([]);
    expect(r.articles[0]).toMatchObject({ title: 'Envoys to meet in Geneva next week', body: '', blocks: [] });
  });
});
