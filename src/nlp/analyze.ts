/**
 * Linguistic layer: sentences, tokens and part of speech over an article body, with exact
 * UTF-16 offsets into the body. Built on wink-nlp + wink-eng-lite-web-model (pipe: sbd, pos),
 * loaded once per process on first use, followed by a post-pass that repairs wink's tokens
 * and sentence boundaries.
 *
 * What wink does, and what the post-pass changes (wink-nlp 2.4, eng-lite-web-model 1.8):
 *
 * Tokens
 * - Token values are verbatim slices of the input; offsets are recovered by walking the text
 *   (wink only keeps a count of preceding spaces). Newlines come out as SPACE tokens
 *   ("\n", "\n\n"), which are dropped here.
 * - Possessives: "Russia's", "Britain’s", "U.S.’s" normally give a separate `'s`/`’s` token
 *   (PART). But when punctuation follows ("Peskov’s,", "Washington’s.") or the word is
 *   unknown, wink leaves "Peskov’s" glued: the post-pass splits a trailing 's/’s (and the
 *   plural "ministers’" before punctuation) off into its own token.
 * - Contractions are split: "didn’t" -> "did" + "n’t" (lemma "not"), "that’s" -> "that" + "’s"
 *   (AUX, lemma "be").
 * - Letters outside Latin-1 break words apart: "Erdoğan" -> "Erdo" "ğ" "an", "Vučević",
 *   "Radosław", "Nguyễn" likewise. Adjacent pieces with a letter-letter junction involving a
 *   non-ASCII letter are merged back into one token (tagged PROPN when capitalised).
 *   Cyrillic/CJK words come out whole with POS X; capitalised ones are re-tagged PROPN.
 * - Hyphenated words are split with the hyphen as its own token: "one-off" -> one / - / off,
 *   "al-Assad" -> al / - / Assad, "Jean-Yves", "Saudi-led", "Lee Jae-myung" ("myung" NOUN).
 *   Kept as is: offsets are exact and later stages can join on `space === false`.
 * - wink's lexicon glues a period to ~130 words it treats as abbreviations, including
 *   ordinary words: "no.", "in.", "ill.", "mass.", "sun.", "wash." ("He said no." gave the
 *   token "no." and no sentence break). A glued period is kept only for abbreviations in
 *   lexicon/abbreviations.yaml, dotted initials ("U.S.", "J.D.", "a.m.") and single capital
 *   initials followed by a name ("Donald J. Trump"); otherwise it is split off.
 *   Abbreviations wink does not know ("Adm.", "ed." in "[... – ed.]") come out as word + ".";
 *   listed ones are merged into one token.
 * - Bare domains ("www.tass.ru", "RT.com") are split by wink at every dot and even into
 *   sentences; they are merged into one token (PROPN). URLs with a scheme and e-mail addresses
 *   are single tokens from wink (POS SYM).
 * - Curly and straight quotes, brackets, em/en dashes, "•" are separate tokens (bullets get
 *   POS X). Numbers stay whole: "3,000", "1.5", "14:02", "2025-08-27", "12-3"; "$1.5bn" ->
 *   $ / 1.5 / bn; "5G." -> 5 / G.
 *
 * Sentences
 * - wink splits on "\n\n" but not on a single "\n"; here any newline is a hard break, so a
 *   sentence never crosses a paragraph (or line) boundary. wink runs once per body: running
 *   it per paragraph gave identical tokens, tags and sentences after this pass on the bench
 *   corpus, and was 15-30% slower (src/nlp/bench-nlp.ts).
 * - wink keeps a closing quote with the sentence it closes (`...peace.” He` splits after ”)
 *   and does not split `"It is done," he said.`; the post-pass enforces both.
 * - wink splits after "U.S." before "The"/"He" but not after "a.m.", "Inc.", "Jan." before
 *   "The"; and wrongly splits after unknown abbreviations ("Adm. | Jones", "5 bn. | rubles").
 *   Rules here: never split after a title abbreviation (Gen., Dr., St., vs.) or an initial;
 *   after a can-end abbreviation (U.S., Inc., a.m., Jan.) split only before a capitalised
 *   sentence starter (The, He, But, In, ...); never split before a lower-case word; split
 *   after a full stop before a capitalised word; always split before a bullet "•".
 * - A multi-sentence quotation is split into its sentences like any other text
 *   ("“A. B,” he said." -> "“A." + "B,” he said.").
 *
 * Speed: ~400k tokens/s (~750 articles of ~560 tokens per second) on one core, against
 * ~570k tokens/s for wink alone (readDoc + value/pos/lemma); model load ~150 ms, once.
 *
 * Part of speech (wink universal tags) quirks to know downstream
 * - Capitalised common nouns at sentence start are often PROPN and then not lemmatised
 *   ("Talks"/"talks", "Officials"/"officials", "Prices"); match triggers on `lower` too.
 * - Titles before names are inconsistent: "President" is NOUN, but "Foreign Minister",
 *   "Secretary", "Prime Minister", "Chancellor" are PROPN; lower-case "spokesman", "aide",
 *   "minister" are NOUN; "chief" in "policy chief" is ADJ.
 * - All-caps: names are PROPN ("DARIA KOVALENKO", "KREMLIN"), but all-caps headlines get
 *   mixed tags ("RUSSIA" NOUN, "SIGN"/"DEAL" PROPN). "US", "U.S.", "UK", "EU", "NATO" PROPN;
 *   lower-case "us" PRON.
 * - Name particles "bin", "al", "von", "van", "der" are NOUN; "Downing" (Street) is VERB.
 * - Title-case headlines: verbs are mostly right ("Confirms", "Urges" VERB), nouns PROPN.
 * - Lemma oddities: its.lemma keeps the case of some proper nouns ("Russia"; lower-cased
 *   here), "through" -> "thru", "Rt" -> "retweet"; "'s" after a name has lemma "'s".
 */
import { createRequire } from 'node:module';
import type { ItsFunction, Model, WinkMethods } from 'wink-nlp';
import type { Doc, Sentence, Token } from './types.js';
import { abbreviationKind, isSentenceStarter } from './abbrev.js';
import {
  isApostrophe,
  isBulletChar,
  isClosingChar,
  isDigit,
  isLetter,
  isOpeningChar,
  isStraightQuote,
  isTerminalChar,
  isWinkSpace,
  startsLower,
  startsUpper,
} from './chars.js';

let wink: WinkMethods | null = null;

/** The wink pipeline, created on first use (model load takes ~150 ms). */
function getWink(): WinkMethods {
  if (wink === null) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    wink = winkNLP(model, ['sbd', 'pos']);
  }
  return wink;
}

// Flags carried per piece / token.
const F_NL = 1; // a newline precedes
const F_WS = 2; // whitespace precedes
const F_WINK = 4; // wink starts a sentence here

// Abbreviation class of a token ending in a period that keeps it.
const A_NONE = 0;
const A_TITLE = 1; // never ends a sentence
const A_CAN_END = 2; // ends a sentence only before a sentence starter
const A_INITIAL = 3; // single capital initial: like A_CAN_END

/** Analyse an article body: tokens, part of speech, lemmas and sentences, offsets into `text`. */
export function analyze(text: string): Doc {
  const nlp = getWink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const wtoks = wdoc.tokens();
  const values = wtoks.out(its.value) as string[];
  const wpos = wtoks.out(its.pos) as string[];
  const wlemma = wtoks.out(its.lemma as unknown as ItsFunction<string>) as string[]; // wink's typings for its.lemma are wrong
  const spans = wdoc.sentences().out(its.span) as unknown as number[][];

  const nw = values.length;
  const winkStart = new Uint8Array(nw + 1);
  for (let s = 1; s < spans.length; s++) {
    const first = spans[s]![0]!;
    if (first >= 0 && first < nw) winkStart[first] = 1;
  }

  // ---- Pass 1: align wink tokens with the text; merge pieces wink broke apart. ----
  const pStart: number[] = [];
  const pEnd: number[] = [];
  const pPos: string[] = [];
  const pLemma: string[] = []; // '' = recompute from text
  const pFlags: number[] = [];
  const L = text.length;
  let c = 0;
  let carryWink = 0;
  let pendingFlags = 0;
  for (let i = 0; i < nw; i++) {
    let flags = 0;
    while (c < L) {
      const code = text.charCodeAt(c);
      if (!isWinkSpace(code)) break;
      flags |= code === 10 || code === 13 ? F_NL | F_WS : F_WS;
      c++;
    }
    const v = values[i]!;
    if (v.length === 0) continue;
    if (isWinkSpace(v.charCodeAt(0))) {
      // SPACE token (newlines); already consumed above.
      if (winkStart[i]) carryWink = 1;
      pendingFlags |= flags;
      continue;
    }
    flags |= pendingFlags;
    pendingFlags = 0;
    let s = c;
    if (!text.startsWith(v, c)) {
      // wink silently drops a few characters (BOM, U+2028 ...): find the token further on
      // and read the newline/space flags off the skipped gap.
      s = text.indexOf(v, c);
      if (s < 0) continue; // cannot align (never seen); drop the token
      flags |= gapFlags(text, c, s);
    }
    const e = s + v.length;
    c = e;
    if (winkStart[i] || carryWink) flags |= F_WINK;
    carryWink = 0;

    const m = pStart.length;
    if (m > 0 && (flags & F_WS) === 0 && s === pEnd[m - 1]) {
      const ps = pStart[m - 1]!;
      const a = text.charCodeAt(s - 1);
      const b = text.charCodeAt(s);
      // "Erdo"+"ğ"+"an": letters on both sides of the joint, one of them non-ASCII.
      if ((a >= 128 || b >= 128) && isLetter(a) && isLetter(b)) {
        pEnd[m - 1] = e;
        pLemma[m - 1] = '';
        if (startsUpper(text.slice(ps, ps + 1))) pPos[m - 1] = 'PROPN';
        else if (pPos[m - 1] === 'X') pPos[m - 1] = wpos[i]!;
        continue;
      }
      // "Adm"+"." where "Adm." is a listed abbreviation (and no letter follows, as in "RT.com").
      if (b === 46 && e - s === 1 && isLetter(a) && !(e < L && isLetter(text.charCodeAt(e)))) {
        const kind = abbreviationKind(text.slice(ps, e));
        if (kind === 'title' || kind === 'can_end') {
          pEnd[m - 1] = e;
          pLemma[m - 1] = '';
          if (kind === 'title') pPos[m - 1] = 'PROPN';
          continue;
        }
      }
    }
    pStart.push(s);
    pEnd.push(e);
    pPos.push(wpos[i]!);
    pLemma.push(wlemma[i]!);
    pFlags.push(flags);
  }

  // ---- Pass 2: split glued possessives and periods; merge bare domains; build tokens. ----
  const np = pStart.length;
  const tokens: Token[] = [];
  const tFlags: number[] = [];
  const tAbbr: number[] = [];
  const push = (s: number, e: number, pos: string, lemma: string, flags: number, abbr: number): void => {
    const t = text.slice(s, e);
    const lower = t.toLowerCase();
    tokens.push({
      i: tokens.length,
      start: s,
      end: e,
      text: t,
      lower,
      pos,
      lemma: lemma === '' ? lower : lemma.toLowerCase(),
      sentence: 0,
      space: (flags & F_WS) !== 0,
    });
    tFlags.push(flags);
    tAbbr.push(abbr);
  };

  for (let k = 0; k < np; k++) {
    const s = pStart[k]!;
    const e = pEnd[k]!;
    const flags = pFlags[k]!;
    const len = e - s;
    const last = text.charCodeAt(e - 1);

    // Bare domain: label ("." label)+ with no spaces, last label 2-6 lower-case letters.
    if (isAlnum(text.charCodeAt(s)) && k + 2 < np && isDotPiece(k + 1) && joined(k + 1) && joined(k + 2)) {
      const endK = domainEnd(k);
      if (endK > k) {
        push(s, pEnd[endK]!, 'PROPN', '', flags, A_NONE);
        k = endK;
        continue;
      }
    }

    if (last === 46 && len >= 2 && text.charCodeAt(e - 2) !== 46 && isLetter(text.charCodeAt(e - 2))) {
      const abbr = dottedClass(k, s, e);
      if (abbr === A_NONE) {
        push(s, e - 1, pPos[k]!, '', flags, A_NONE);
        push(e - 1, e, 'PUNCT', '.', 0, A_NONE);
      } else {
        push(s, e, pPos[k]!, pLemma[k]!, flags, abbr);
      }
      continue;
    }

    if (len > 2) {
      // Glued possessive: "Peskov’s" -> "Peskov" + "’s".
      if ((last === 115 || last === 83) && isApostrophe(text.charCodeAt(e - 2))) {
        const before = text.charCodeAt(e - 3);
        if (isLetter(before) || isDigit(before) || before === 46) {
          const stem = text.slice(s, e - 2).toLowerCase();
          if (IS_CONTRACTION_HOSTS.has(stem)) {
            // "here's", "there’s": the verb "is", not a possessive.
            push(s, e - 2, stem === 'here' || stem === 'there' ? 'ADV' : 'PRON', '', flags, A_NONE);
            push(e - 2, e, 'AUX', 'be', 0, A_NONE);
          } else {
            push(s, e - 2, pPos[k] === 'PART' ? 'PROPN' : pPos[k]!, '', flags, A_NONE);
            push(e - 2, e, 'PART', '', 0, A_NONE);
          }
          continue;
        }
      }
      // Glued plural possessive: "ministers’" -> "ministers" + "’".
      if (isApostrophe(last)) {
        const before = text.charCodeAt(e - 2);
        if (before === 115 || before === 83) {
          push(s, e - 1, pPos[k]!, '', flags, A_NONE);
          push(e - 1, e, 'PUNCT', '', 0, A_NONE);
          continue;
        }
      }
    }

    let pos = pPos[k]!;
    if (pos === 'X' && startsUpper(text.slice(s, s + 2)) && isLetter(text.charCodeAt(s))) pos = 'PROPN';
    push(s, e, pos, pLemma[k]!, flags, A_NONE);
  }

  // ---- Pass 3: sentence boundaries. ----
  const n = tokens.length;
  const sentences: Sentence[] = [];
  let first = 0;
  let winkCarry = false;
  for (let k = 1; k < n; k++) {
    const f = tFlags[k]!;
    const wb: boolean = winkCarry || (f & F_WINK) !== 0;
    winkCarry = false;
    const t = tokens[k]!;
    let split: boolean;
    if ((f & F_NL) !== 0) {
      split = true;
    } else if (isClosing(k)) {
      // Never open a sentence with a closing quote or bracket; defer wink's break past it.
      split = false;
      winkCarry = wb;
    } else if (t.text.length === 1 && isBulletChar(t.text.charCodeAt(0))) {
      split = true;
    } else {
      // The last token before any closing quotes/brackets.
      let j = k - 1;
      while (j > first && isClosing(j)) j--;
      const core = tokens[j]!;
      const prev = tokens[k - 1]!;
      const abbr = tAbbr[j]!;
      if (prev.text.length === 1 && isBulletChar(prev.text.charCodeAt(0))) {
        split = false;
      } else if (abbr === A_TITLE) {
        split = false;
      } else if (abbr === A_CAN_END || abbr === A_INITIAL) {
        split = starterAt(k);
      } else if (startsLower(t.text)) {
        split = false;
      } else if (isTerminal(core.text)) {
        const ch = core.text.charCodeAt(0);
        if (ch === 46 && core.text.length === 1) {
          // Full stop: a capitalised word or an opening quote after a space starts a sentence,
          // unless the full stop ends a list number at the start of the line ("1. The ...").
          if (j === first + 1 && j === k - 1 && isListNumber(tokens[first]!.text)) split = false;
          else if ((f & F_WS) !== 0 && (startsUpper(t.text) || isOpening(k))) split = true;
          else split = wb;
        } else if (ch === 46 || ch === 0x2026) {
          split = wb || starterAt(k);
        } else {
          split = wb;
        }
      } else {
        split = wb;
      }
    }
    if (split) {
      sentences.push(makeSentence(sentences.length, first, k));
      first = k;
    }
  }
  if (n > 0) sentences.push(makeSentence(sentences.length, first, n));
  for (const sen of sentences) for (let k = sen.first; k < sen.last; k++) tokens[k]!.sentence = sen.i;

  return { text, tokens, sentences };

  // ---- helpers (closures over the arrays above) ----

  function makeSentence(i: number, a: number, b: number): Sentence {
    return { i, start: tokens[a]!.start, end: tokens[b - 1]!.end, first: a, last: b };
  }

  function isAlnum(code: number): boolean {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }

  function isDotPiece(k: number): boolean {
    return pEnd[k]! - pStart[k]! === 1 && text.charCodeAt(pStart[k]!) === 46;
  }

  /** Piece k touches the previous piece (no whitespace between). */
  function joined(k: number): boolean {
    return pStart[k] === pEnd[k - 1];
  }

  function isLabel(k: number): boolean {
    const s = pStart[k]!;
    const e = pEnd[k]!;
    for (let x = s; x < e; x++) {
      const code = text.charCodeAt(x);
      if (!isAlnum(code) && code !== 45) return false;
    }
    return isAlnum(text.charCodeAt(s));
  }

  /** Last piece of a bare domain starting at piece k, or k when there is none. */
  function domainEnd(k: number): number {
    if (!isLabel(k)) return k;
    let j = k;
    while (j + 2 < np && isDotPiece(j + 1) && joined(j + 1) && joined(j + 2) && isLabel(j + 2)) j += 2;
    if (j === k) return k;
    // Top-level domain: 2-6 lower-case ASCII letters.
    const s = pStart[j]!;
    const e = pEnd[j]!;
    if (e - s < 2 || e - s > 6) return k;
    for (let x = s; x < e; x++) {
      const code = text.charCodeAt(x);
      if (code < 97 || code > 122) return k;
    }
    return j;
  }

  /** Next piece on the same line, or -1. */
  function nextOnLine(k: number): number {
    return k + 1 < np && (pFlags[k + 1]! & F_NL) === 0 ? k + 1 : -1;
  }

  /** For a piece ending in a period: which abbreviation class keeps the period, or A_NONE to split it. */
  function dottedClass(k: number, s: number, e: number): number {
    const t = text.slice(s, e);
    const kind = abbreviationKind(t);
    if (kind === 'title') return A_TITLE;
    if (kind === 'can_end') return A_CAN_END;
    if (kind === 'before_number') {
      const nx = nextOnLine(k);
      return nx >= 0 && isDigit(text.charCodeAt(pStart[nx]!)) ? A_TITLE : A_NONE;
    }
    const len = e - s;
    if (len === 2) {
      // Single capital initial, separated from what precedes it, with more text on the line.
      const cc = text.charCodeAt(s);
      const attached = k > 0 && (pFlags[k]! & F_WS) === 0 && pEnd[k - 1] === s;
      if (cc < 128 && !(cc >= 65 && cc <= 90)) return A_NONE;
      if (!startsUpper(t) || attached || nextOnLine(k) < 0) return A_NONE;
      return A_INITIAL;
    }
    // Dotted initials: "U.S.", "J.D.", "e.g.", "N.Y."
    for (let x = s; x < e; x += 2) {
      if (!isLetter(text.charCodeAt(x)) || text.charCodeAt(x + 1) !== 46) return A_NONE;
    }
    return A_CAN_END;
  }

  function isClosing(k: number): boolean {
    const t = tokens[k]!;
    if (t.text.length !== 1) return false;
    const code = t.text.charCodeAt(0);
    if (isClosingChar(code)) return true;
    return isStraightQuote(code) && !t.space && k > 0;
  }

  function isOpening(k: number): boolean {
    const t = tokens[k]!;
    if (t.text.length !== 1) return false;
    const code = t.text.charCodeAt(0);
    if (isOpeningChar(code)) return true;
    return isStraightQuote(code) && (t.space || k === 0);
  }

  /** Token k (or the word after an opening quote at k) is a capitalised sentence starter. */
  function starterAt(k: number): boolean {
    let j = k;
    if (isOpening(j) && j + 1 < n && !tokens[j + 1]!.space) j++;
    return isSentenceStarter(tokens[j]!.text);
  }
}

/** Newline / whitespace flags for a stretch of text wink did not turn into tokens. */
function gapFlags(text: string, a: number, b: number): number {
  let f = 0;
  for (let x = a; x < b; x++) {
    const code = text.charCodeAt(x);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) f |= F_NL | F_WS;
    else if (isWinkSpace(code) || code === 0x3000 || code === 0x2000 || code === 0x2001) f |= F_WS;
  }
  return f;
}

/** Words after which a glued 's is "is"/"has" rather than a possessive (closed class). */
const IS_CONTRACTION_HOSTS = new Set(['here', 'there', 'where', 'what', 'who', 'how', 'it', 'that', 'this', 'he', 'she']);

/** One to three digits, as in a numbered list item "2." */
function isListNumber(s: string): boolean {
  if (s.length > 3) return false;
  for (let x = 0; x < s.length; x++) if (!isDigit(s.charCodeAt(x))) return false;
  return true;
}

/** Token text made only of sentence-final punctuation (".", "?!", "...", "…"). */
function isTerminal(s: string): boolean {
  for (let x = 0; x < s.length; x++) if (!isTerminalChar(s.charCodeAt(x))) return false;
  return s.length > 0;
}
