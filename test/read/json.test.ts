import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, readJson, readJsonl } from '../../src/read/json.js';
import { expectWellFormed, fixture } from './helpers.js';

describe('readJson', () => {
  const r = readJson(fixture('wire.json'), 'wire.json');

  it('reads an {articles: [...]} wrapper with field aliases and reports the empty item', () => {
    expect(r.articles).toHaveLength(2);
    expect(r.problems).toEqual([{ origin: 'wire.json', reason: 'item 3: no title or text' }]);
    r.articles.forEach(expectWellFormed);
  });

  it('reads headline/publishedAt/byline/link/source{name}/lang and HTML content', () => {
    const a = r.articles[0]!;
    expect(a.title).toBe('Japan and South Korea leaders hold first summit in Busan');
    expect(a.published).toBe('2025-09-30T14:00:00+09:00');
    expect(a.authors).toEqual(['Hiroshi Tanaka']);
    expect(a.url).toBe('https://asiadesk.example/politics/japan-korea-summit');
    expect(a.outlet).toBe('Asia Desk');
    expect(a.language).toBe('en');
    expect(a.format).toBe('json');
    expect(a.blocks).toHaveLength(2);
    expect(a.body).not.toContain('shake hands');
    expect(a.captions).toEqual(['The two leaders shake hands in Busan.']);
  });

  it('reads title/date_publish/authors[]/url/maintext: date without zone stays a date, outlet from the url', () => {
    const a = r.articles[1]!;
    expect(a.published).toBe('2025-10-21');
    expect(a.authors).toEqual(['Amina Yusuf', 'Daniel Okafor']);
    expect(a.outlet).toBe('Financial Times');
    expect(a.language).toBe('en');
    expect(a.blocks.map((b) => b.kind)).toEqual(['p', 'p']);
    expect(a.body).toMatch(/^Envoys from the United States, Saudi Arabia and Egypt met/);
  });

  it('reads a single object, an array, WordPress-style {rendered} fields and a JSON Feed', () => {
    const one = readJson(
      JSON.stringify({ title: 'Chile recalls ambassador', body: 'Chile recalled its ambassador on Monday.', site_name: 'Andes Report', language: 'Spanish' }),
      'one.json',
    );
    expect(one.articles[0]).toMatchObject({ title: 'Chile recalls ambassador', outlet: 'Andes Report', language: 'es', authors: [] });

    const wp = readJson(
      JSON.stringify([
        {
          title: { rendered: 'Kenya hosts &#8220;peace&#8221; talks' },
          content: { rendered: '<p>Kenya hosted talks between the two governments on Friday.</p>\n<p>Another round is planned.</p>' },
          link: 'https://eastafrica.example/kenya-talks',
          date: '2025-07-04T10:00:00',
        },
      ]),
      'wp.json',
    );
    expect(wp.articles[0]).toMatchObject({ title: 'Kenya hosts “peace” talks', published: '2025-07-04', body: 'Kenya hosted talks between the two governments on Friday.\n\nAnother round is planned.' });

    const feed = readJson(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Lagoon Dispatch',
        items: [{ id: '1', url: 'https://lagoon.example/a', title: 'Ghana and Togo agree border patrols', content_text: 'The two countries agreed joint patrols.', date_published: '2025-05-05T08:00:00Z', authors: [{ name: 'Kofi Mensah' }] }],
      }),
      'feed.json',
    );
    expect(feed.articles).toHaveLength(1);
    expect(feed.articles[0]).toMatchObject({ title: 'Ghana and Togo agree border patrols', published: '2025-05-05T08:00:00+00:00', authors: ['Kofi Mensah'] });
  });

  it('reads {response: {results: [...]}} wrappers with nested fields', () => {
    const r2 = readJson(
      JSON.stringify({ response: { status: 'ok', results: [{ webTitle: 'Nato ministers meet in Brussels', webUrl: 'https://www.reuters.com/world/nato', webPublicationDate: '2025-02-13T17:00:00Z', fields: { bodyText: 'Defence ministers met on Thursday.', byline: 'Anna Kovacs' } }] } }),
      'guardianish.json',
    );
    expect(r2.articles[0]).toMatchObject({ title: 'Nato ministers meet in Brussels', outlet: 'Reuters', authors: ['Anna Kovacs'], body: 'Defence ministers met on Thursday.' });
  });

  it('reports truncated JSON with the line of the error', () => {
    const text = '{\n  "title": "Talks in Baku",\n  "text": "Azerbaijan and Armenia';
    const res = readJson(text, 'cut.json');
    expect(res.articles).toEqual([]);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatchObject({ origin: 'cut.json', line: 3 });
    expect(res.problems[0]!.reason).toMatch(/^invalid JSON/);
  });

  it('gives the line of a syntax error in the middle of a file', () => {
    const text = '[\n {"title": "A", "text": "x"},\n {"title": "B" "text": "y"}\n]';
    expect(readJson(text, 'bad.json').problems[0]).toMatchObject({ origin: 'bad.json', line: 3 });
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
  });

  it('reports empty arrays and non-object items', () => {
    expect(readJson('[]', 'e.json').problems).toEqual([{ origin: 'e.json', reason: 'no articles in file' }]);
    expect(readJson('[{"title": "Rome talks", "text": "Held."}, 7]', 'm.json').problems).toEqual([{ origin: 'm.json', reason: 'item 2: not an object' }]);
  });

  it('falls back to JSONL when the "JSON" is one object per line', () => {
    const res = readJson('{"title": "A meeting", "text": "Met."}\n{"title": "A call", "text": "Called."}\n', 'x.json');
    expect(res.articles.map((a) => [a.title, a.format])).toEqual([
      ['A meeting', 'jsonl'],
      ['A call', 'jsonl'],
    ]);
  });
});

describe('readJsonl', () => {
  const r = readJsonl(fixture('briefs.jsonl'), 'briefs.jsonl');

  it('reads good lines and reports bad ones with their line numbers', () => {
    expect(r.articles).toHaveLength(2);
    r.articles.forEach(expectWellFormed);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatchObject({ origin: 'briefs.jsonl', line: 2 });
    expect(r.problems[0]!.reason).toMatch(/^invalid JSON/);
    expect(r.problems[1]).toEqual({ origin: 'briefs.jsonl', line: 5, reason: 'no title or text' });
  });

  it('reads RFC 2822 dates, author objects, publisher strings, unix times and languages', () => {
    const [a, b] = r.articles;
    expect(a).toMatchObject({
      title: "Norway summons Russian chargé d'affaires over fishing dispute",
      published: '2025-11-05T11:20:00+00:00',
      authors: ['Ingrid Solberg'],
      outlet: 'Nordic Wire',
      url: null,
      format: 'jsonl',
      file: 'briefs.jsonl',
    });
    expect(b).toMatchObject({ title: 'Argentina and Brazil sign energy cooperation accord', published: '2025-11-06T09:00:00+00:00', language: 'pt', outlet: null });
  });

  it('reports a file with no lines', () => {
    expect(readJsonl('\n\n', 'blank.jsonl').problems).toEqual([{ origin: 'blank.jsonl', reason: 'no articles in file' }]);
  });
});
