/**
 * A tiny template language for the generator's YAML sentences:
 * `{slot}` is filled by a resolver, `{a|b|c}` picks one alternative, `{link:text}` marks
 * text that was a hyperlink. Braces nest: `{within {n} days|soon}`.
 */
import type { Rng } from './prng.js';

export type TNode =
  | string
  | { slot: string }
  | { choice: TNode[][] }
  | { link: TNode[] };

/** Marks around link text in generated text; renderers turn them into the format's link syntax. */
export const LINK_OPEN = '\uE000';
export const LINK_CLOSE = '\uE001';

const compiled = new Map<string, TNode[]>();

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function parse(s: string): TNode[] {
  const out: TNode[] = [];
  let text = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch !== '{') {
      text += ch;
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < s.length && depth > 0) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}') depth--;
      j++;
    }
    if (depth !== 0) throw new Error(`unbalanced braces in template: ${s}`);
    if (text) out.push(text);
    text = '';
    const inner = s.slice(i + 1, j - 1);
    const alts = splitTop(inner);
    if (alts.length > 1) out.push({ choice: alts.map(parse) });
    else if (inner.startsWith('link:')) out.push({ link: parse(inner.slice(5)) });
    else out.push({ slot: inner });
    i = j;
  }
  if (text) out.push(text);
  return out;
}

/** Parse a template once and cache it. */
export function compile(template: string): TNode[] {
  let nodes = compiled.get(template);
  if (!nodes) {
    nodes = parse(template);
    compiled.set(template, nodes);
  }
  return nodes;
}

/** Fill a template: slots through `resolve`, alternatives through `rng`. */
export function fill(template: string, resolve: (slot: string) => string, rng: Rng): string {
  return fillNodes(compile(template), resolve, rng);
}

function fillNodes(nodes: TNode[], resolve: (slot: string) => string, rng: Rng): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if ('slot' in n) out += resolve(n.slot);
    else if ('choice' in n) out += fillNodes(rng.pick(n.choice), resolve, rng);
    else out += LINK_OPEN + fillNodes(n.link, resolve, rng) + LINK_CLOSE;
  }
  return out;
}

/** Names of all slots a template uses (for checks). */
export function slotsOf(template: string): string[] {
  const out: string[] = [];
  const walk = (nodes: TNode[]): void => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if ('slot' in n) out.push(n.slot);
      else if ('choice' in n) n.choice.forEach(walk);
      else walk(n.link);
    }
  };
  walk(compile(template));
  return out;
}
