/**
 * Part of speech and lemmas for a token sequence, from the English model of wink-nlp
 * (wink-eng-lite-web-model): its 87k-word lexicon (default tag, possible tags, lemma, spelling
 * maps, contraction expansions, shape features for unknown words), its contextual POS rules
 * (finite-state machines over tag sequences) and its lemmatiser.
 *
 * wink's own `readDoc` also runs its tokenizer and sentence automata, which took about two
 * thirds of its time and whose output src/nlp/analyze.ts had to repair anyway. Here our own
 * tokenizer (tokenize.ts) gives the tokens and this module does only the tagging, with the
 * same model data and rule machines, so a token gets the tag wink would give it in the same
 * context (the rules run in pos-rules.ts). This reaches into wink-nlp's internal lexicon cache
 * (src/cache.js): both packages are pinned to exact versions in package.json, and
 * test/nlp/analyze.test.ts checks tags and lemmas on known sentences so an upgrade that changes
 * them is noticed.
 */
import { createRequire } from 'node:module';
import { PosRules } from './pos-rules.js';

/** wink's token categories (wink-eng-lite-web-model token-categories), as our tokenizer assigns them. */
export const CAT = {
  word: 1,
  number: 2,
  url: 3,
  email: 4,
  mention: 5,
  hashtag: 6,
  emoji: 7,
  time: 9,
  ordinal: 10,
  currency: 11,
  punctuation: 12,
  symbol: 13,
  decade: 18,
} as const;

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  value(index: number): string;
  normal(index: number): number;
  mappedSpelling(index: number): number;
  posOf(index: number): number;
  property(index: number, prop: string): unknown;
  isMemberPOS(index: number, pos: number): boolean;
  intrinsicSize(): number;
}

interface CoreModel {
  pos: { list: string[]; hash: Record<string, number> };
  preserve: { prefix: Record<string, boolean>; suffix: Record<string, boolean> };
}

interface Engine {
  cache: WinkCache;
  machines: PosRules[];
  posNames: string[];
  lemmatize: (value: string, pos: string, cache: WinkCache) => string;
  spaceIndex: WordInfo[];
  preserve: CoreModel['preserve'];
}

let engine: Engine | null = null;

/** Load the model once per process (~150 ms). */
function getEngine(): Engine {
  if (engine !== null) return engine;
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model') as {
    core(): CoreModel;
    pos(): { machines: unknown[] };
    featureFn: unknown;
    addons: { lemmatize: Engine['lemmatize'] };
  };
  const Cache = require('wink-nlp/src/cache.js') as (m: CoreModel, f: unknown) => WinkCache;
  const core = model.core();
  const cache = Cache(core, model.featureFn);
  const machines = model.pos().machines.map((json) => new PosRules(json as string));
  engine = { cache, machines, posNames: core.pos.list, lemmatize: model.addons.lemmatize, spaceIndex: [], preserve: core.preserve };
  engine.spaceIndex = ['\n', '\n\n'].map((s) => wordInfo(s, 14));
  return engine;
}

// Bits of wink's token layout for contraction expansions (wink-nlp src/constants.js).
const HINT_DELTA = 1080000;

/** One word of a contraction as the lexicon expands it ("didn't" -> "did" + "n't"). */
export interface Expansion {
  /** Text of the piece, as the lexicon spells it (its length gives the split point). */
  text: string;
  /** Lexicon indexes of the piece, its normal form, its lemma; default tag number. */
  index: number;
  normal: number;
  lemma: number;
  pos: number;
}

/**
 * Everything the tagger needs about one spelling, computed once per process and memoised:
 * lexicon indexes, default tag, rule hint, lower case, and the lemma per tag.
 */
export interface WordInfo {
  /** Lexicon index (words not in the model are added to it, as wink does). */
  index: number;
  /** Index of the normal form (for the rules' "can this word be X" checks). */
  normal: number;
  /** Default tag number. */
  tag: number;
  /** Rule hint, already offset as the automata expect, or 0. */
  hint: number;
  /** The pieces when the spelling is a listed contraction ("didn't", "cannot"), else null. */
  pieces: Expansion[] | null;
  /** The lexicon lists the spelling exactly. */
  listed: boolean;
  /** Lemma per tag number, filled on demand. */
  lemmas: (string | undefined)[];
  /** The spelling in lower case. */
  lower: string;
  /** The spelling itself (the memo's key). */
  text: string;
}

const MEMO_LIMIT = 300_000;
const memo = new Map<string, WordInfo>();

/** What the lexicon holds for `text` (spelled exactly so); `category` is used for unlisted words. */
export function wordInfo(text: string, category: number): WordInfo {
  let w = memo.get(text);
  if (w !== undefined) return w;
  const { cache } = getEngine();
  const hit = cache.lookup(text);
  let pieces: Expansion[] | null = null;
  let index: number;
  if (hit !== null && hit.length > 1) {
    const xp = (cache as unknown as { nox(b: number): number }).nox;
    pieces = [];
    for (let k = 0; k < hit.length; k += 4) {
      // lookup() gives [lexeme, pointer to the normal in the expansion table, lemma, pos] per piece
      pieces.push({ text: cache.value(hit[k]!), index: hit[k]!, normal: xp(hit[k + 1]! << 16), lemma: hit[k + 2]!, pos: hit[k + 3]! });
    }
    index = hit[0]!;
  } else {
    index = hit !== null ? hit[0]! : cache.add(text, category);
  }
  const h = cache.property(index, 'posHint') as number;
  w = {
    index,
    normal: cache.normal(index),
    tag: cache.posOf(cache.mappedSpelling(index)) || 8,
    hint: h ? h + HINT_DELTA : 0,
    pieces,
    listed: hit !== null && (pieces !== null || index < cache.intrinsicSize()),
    lemmas: [],
    lower: text.toLowerCase(),
    text,
  };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, w);
  return w;
}

/** Recently seen spellings by a hash of their characters (direct-mapped: a newer spelling takes the slot). */
const RECENT_BITS = 17;
const recent: (WordInfo | undefined)[] = new Array(1 << RECENT_BITS);

/**
 * `wordInfo` of the word text[start, end), without slicing the text or hashing a new string when the
 * spelling was seen recently: the tokenizer's path for words. The returned info's `text` is the spelling.
 */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  let h = end - start;
  for (let x = start; x < end; x++) h = (Math.imul(h, 31) + text.charCodeAt(x)) | 0;
  const slot = (h ^ (h >>> RECENT_BITS)) & ((1 << RECENT_BITS) - 1);
  const w = recent[slot];
  if (w !== undefined && w.text.length === end - start && text.startsWith(w.text, start)) return w;
  const info = wordInfo(text.slice(start, end), CAT.word);
  recent[slot] = info;
  return info;
}

/** Lemma of a word under a tag, as wink's its.lemma computes it (memoised per word and tag). */
function lemmaOf(text: string, w: WordInfo, tagNo: number): string {
  const have = w.lemmas[tagNo];
  if (have !== undefined) return have;
  const { cache, posNames, lemmatize } = getEngine();
  const mapped = cache.mappedSpelling(w.index);
  let lemma: string | undefined;
  if (cache.property(mapped, 'isSLemma') === 1) lemma = cache.value(cache.property(mapped, 'lemma') as number);
  else lemma = lemmatize(cache.value(w.normal), posNames[tagNo]!, cache);
  w.lemmas[tagNo] = lemma ?? text.toLowerCase();
  return w.lemmas[tagNo]!;
}

/**
 * A hyphenated compound stays one token when the lexicon has it ("follow-up" is split, but
 * "co-operation" is listed), when it has a digit ("F-16", "COVID-19"), or when it starts with
 * a prefix or ends with a suffix of the model's list ("anti-", "pro-", "non-", "vice-", "-less").
 */
export function keepsCompound(text: string, first: string, last: string): boolean {
  const e = getEngine();
  return e.preserve.prefix[first] === true || e.preserve.suffix[last] === true || wordInfo(text, CAT.word).listed;
}

/** A token to tag: its text and lexicon data, or a contraction piece with its preset data. */
export interface TagInput {
  text: string;
  info: WordInfo;
  piece?: Expansion;
  /** Line breaks before the token (wink sees one as a SPACE token in the tag context). */
  newlines: number;
}

export interface Tagged {
  pos: string[];
  /** Lemmas as the model gives them. */
  lemma: string[];
}

/** Tag a token sequence (a whole body: context crosses sentences as in wink). */
export function tag(tokens: TagInput[]): Tagged {
  const { cache, machines, posNames, spaceIndex } = getEngine();
  const n = tokens.length;
  // The tag context: tokens plus SPACE tokens at line breaks, as wink's readDoc builds it.
  let size = n;
  for (let i = 1; i < n; i++) if (tokens[i]!.newlines > 0) size++;
  const hints = new Int32Array(size);
  const normals = new Int32Array(size);
  const tags = new Int32Array(size);
  const where = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.newlines > 0 && i > 0) {
      const sp = spaceIndex[t.newlines > 1 ? 1 : 0]!;
      hints[at] = sp.hint;
      normals[at] = sp.normal;
      tags[at++] = 14;
    }
    where[i] = at;
    if (t.piece) {
      const h = cache.property(t.piece.index, 'posHint') as number;
      hints[at] = h ? h + HINT_DELTA : 0;
      normals[at] = t.piece.normal;
      tags[at++] = t.piece.pos;
    } else {
      hints[at] = t.info.hint;
      normals[at] = t.info.normal;
      tags[at++] = t.info.tag;
    }
  }
  for (const m of machines) {
    for (const { at, tag: target } of m.recognize(tags, hints)) {
      if (target < 0) tags[at] = -target;
      else if (cache.isMemberPOS(normals[at]!, target)) tags[at] = target;
    }
  }
  const pos: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const tagNo = tags[where[i]!]!;
    pos[i] = posNames[tagNo]!;
    const t = tokens[i]!;
    lemma[i] = t.piece ? cache.value(t.piece.lemma) ?? '' : lemmaOf(t.text, t.info, tagNo);
  }
  return { pos, lemma };
}
