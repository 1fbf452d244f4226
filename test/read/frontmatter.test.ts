import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { simpleFrontMatter } from '../../src/read/frontmatter.js';

const SIMPLE = [
  'title: "Talks resume: envoys meet"\ndate: 2023-05-23\nauthors:\n  - "A. Writer"\n  - B. Writer\nsource: Some Daily\ncanonical_url: https://example.com/a-b#c\ntags: ["diplomacy", "talks"]',
  "title: 'Single quoted'\nauthor: Jane Roe\n\nlanguage: en",
  'tags: []\nurl: https://example.com/x?y=1&z=2\ntime: 12:30',
  'authors:\n- One\n- "Two"',
];
const NOT_SIMPLE = [
  'date: 2023', 'score: 1.5', 'draft: true', 'x: null', 'x: ~', 'x:', 'title: a: b', 'title: a # note', 'title: "esc \\" q"',
  "title: 'it''s'", 'tags: [a, b]', 'title: |\n  block', 'a: 1\na: 2', 'nested:\n  key: v', '# comment\ntitle: x', 'title: x\n  continued',
  'list:\n  - a\n   - b', 'title: &a x', 'title: !t x', 'og:title: x', 'true: x', 'title: \u0085x',
];

describe('simple front matter', () => {
  it('reads simple front matter exactly as the YAML library does', () => {
    for (const src of SIMPLE) expect(simpleFrontMatter(src), src).toEqual(parse(src));
  });
  it('leaves everything else to the YAML library', () => {
    for (const src of NOT_SIMPLE) expect(simpleFrontMatter(src), src).toBeNull();
  });
});
