/** Shared checks for the bench tests: decoding, file listing, seed-style layout, word runs. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';

export const SEEDS_DIR = '/work/shared/seeds';

/** All files under `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Path -> sha256 of every file under `dir`. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, sha256(readFileSync(join(dir, f)))]));
}

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'windows-1252';

/** Decode bytes the way a reader must: BOMs first, then UTF-8, else windows-1252. LF line ends. */
export function decodeText(b: Buffer): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding;
  if (b[0] === 0xff && b[1] === 0xfe) {
    text = b.subarray(2).toString('utf16le');
    encoding = 'utf16le-bom';
  } else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    text = b.subarray(3).toString('utf8');
    encoding = 'utf8-bom';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b);
      encoding = 'utf8';
    } catch {
      text = iconv.decode(b, 'win1252');
      encoding = 'windows-1252';
    }
  }
  return { text: text.replace(/\r\n/g, '\n'), encoding };
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Which seed style a plain-text file is in, judged by its first bytes. */
export function textStyle(text: string): 'A' | 'B' | null {
  if (text.startsWith('\n\n')) return 'A';
  if (text.startsWith(' date ')) return 'B';
  return null;
}

/** Layout problems of a Style A text (empty when it looks like seed 000). */
export function styleAProblems(text: string): string[] {
  const p: string[] = [];
  const lines = text.split('\n');
  if (lines[0] !== '' || lines[1] !== '') p.push('does not start with two blank lines');
  if (!lines[2] || lines[2].length < 10) p.push('no title on line 3');
  else if (!/^[\p{Lu}\d\u201c\u2018"'«]/u.test(lines[2])) p.push(`title not capitalised: ${lines[2]}`);
  if (lines[3] !== '') p.push('no blank line after the title');
  if (!new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`).test(lines[4] ?? '')) p.push(`no "Month D, YYYY" date line: ${lines[4]}`);
  if (lines[5] !== '' || lines[6] !== '' || lines[7] !== '') p.push('no blank lines after the date');
  if (!/\n\nOriginal url:\n\n<https?:\/\/[^\s>]+>$/.test(text)) p.push('does not end with "Original url:" and <url>');
  const caption = lines[8] ?? '';
  if (caption.includes('**') && !/ \*\*[^*]+\*\*$/.test(caption)) p.push(`malformed caption credit: ${caption}`);
  const body = text.slice(text.indexOf('\n\n\n\n') + 4, text.lastIndexOf('\n\nOriginal url:'));
  if (body.split('\n\n').filter((x) => x.trim()).length < 4) p.push('fewer than four paragraphs');
  for (const m of body.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)) if (m[2] !== '#') p.push(`link target is not #: ${m[0]}`);
  return p;
}

/** Layout problems of a Style B text (empty when it looks like seed 004). */
export function styleBProblems(text: string): string[] {
  const p: string[] = [];
  const lines = text.split('\n');
  if (!/^ date \d{4}-\d{2}-\d{2} \S.*$/.test(lines[0] ?? '')) p.push(`no " date YYYY-MM-DD Section" line: ${lines[0]}`);
  if (!lines[1] || lines[1].length < 10) p.push('no title on line 2');
  if (lines[2] !== '') p.push('no blank line after the title');
  const byline = new RegExp(`^[\\p{Lu}\\p{M} ,.'-]*${WEEKDAY}, \\d{1,2} ${MONTH} \\d{4}, \\d{2}:\\d{2}$`, 'u');
  if (!byline.test(lines[3] ?? '')) p.push(`no fused byline and date: ${lines[3]}`);
  else {
    const date = lines[0]!.slice(6, 16);
    const [, d, month, y] = /, (\d{1,2}) (\w+) (\d{4}),/.exec(lines[3]!)!;
    const iso = new Date(`${month} ${d}, ${y} 12:00 UTC`).toISOString().slice(0, 10);
    if (iso !== date) p.push(`byline date ${iso} differs from date line ${date}`);
  }
  if (lines[4] && lines[4] !== '' && !/ Photo: .+$/.test(lines[4])) p.push(`caption without "Photo:": ${lines[4]}`);
  const paras = text.split('\n\n').map((x) => x.trim()).filter(Boolean);
  if (paras.length < 4) p.push('fewer than four paragraphs');
  const bullets = lines.filter((l) => l.startsWith('  \u2022 '));
  if (bullets.length && !text.includes('\n\nBackground:\n\n  \u2022 ')) p.push('bullets without a "Background:" heading');
  if (!text.endsWith('\n')) p.push('does not end with a newline');
  return p;
}

/** Lower-case word list, apostrophes dropped, for comparing runs of words. */
export function words(s: string): string[] {
  return s.toLowerCase().replace(/['\u2019]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `n` consecutive words of the seed articles (empty if they are not on this machine). */
export function seedRuns(n: number): Set<string> {
  const runs = new Set<string>();
  if (!existsSync(SEEDS_DIR)) return runs;
  for (const f of readdirSync(SEEDS_DIR)) {
    const w = words(readFileSync(join(SEEDS_DIR, f), 'utf8'));
    for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  }
  return runs;
}

/** Runs of `n` words of `text` that also occur in `runs`. */
export function sharedRuns(text: string, runs: Set<string>, n: number): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const r = w.slice(i, i + n).join(' ');
    if (runs.has(r)) hits.push(r);
  }
  return hits;
}

/** Number of whitespace-separated words, bullet marks not counted. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w && w !== '\u2022').length;
}
