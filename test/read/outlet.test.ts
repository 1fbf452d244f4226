import { describe, expect, it } from 'vitest';
import { outletFromUrl, plainHost } from '../../src/read/outlet.js';

describe('plainHost', () => {
  const urls = [
    'https://www.Example.com/world/story-1', 'http://example.com', 'http://example.com./a', 'HTTPS://NEWS.EXAMPLE.CO.UK?x=1',
    'http://ex-ample.com#top', 'http://a..b/', 'http://1.2.3.4/', 'http://0x7f.1/', 'http://foo.123/', 'http://a.0x/',
    'http://x.com/a b', 'http://x.com\\path', 'http://user@x.com/', 'http://x.com:8080/', 'http:///x.com', 'http://x.com\t/',
    'http://xn--zz.com/', 'http://XN--P1AI/', 'ftp://example.com/', 'www.example.com/a', ' https://example.com/',
  ];

  it.each(urls)('is the host new URL gives for %j, or null', (u) => {
    let expected: string | null;
    try {
      expected = new URL(u).hostname.toLowerCase();
    } catch {
      expected = null;
    }
    const got = plainHost(u);
    if (got !== null) expect(got).toBe(expected);
  });

  it('takes the plain urls of news sites itself', () => {
    expect(plainHost('https://www.Example.com/world/story-1')).toBe('www.example.com');
    expect(plainHost('http://user@x.com/')).toBeNull();
  });
});

describe('outletFromUrl', () => {
  it('finds the outlet by domain either way', () => {
    expect(outletFromUrl('https://www.reuters.com/world/europe/story')).toBe(outletFromUrl('https://user@www.reuters.com:443/world/europe/story'));
    expect(outletFromUrl('https://www.reuters.com/world/europe/story')).toBe('Reuters');
    expect(outletFromUrl('not a url')).toBeNull();
  });
});
