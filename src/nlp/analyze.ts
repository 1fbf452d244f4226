/**
 * Linguistic layer: sentences, tokens, part of speech and lemmas over an article body, with
 * exact UTF-16 offsets into the body.
 *
 *   tokenize.ts   our tokenizer (words, numbers, punctuation, abbreviations, contractions)
 *   tagger.ts     part of speech and lemmas from wink-nlp's English model and its contextual rules
 *   sentences.ts  sentence boundaries
 *
 * Part of speech: universal tags (PROPN, NOUN, VERB, AUX, ADJ, ADP, DET, PRON, PUNCT, NUM,
 * CCONJ, SCONJ, PART, ADV, SYM, X). Quirks of the model to know downstream:
 * - Capitalised common nouns at sentence start are often PROPN and then not lemmatised
 *   ("Talks"/"talks", "Officials"/"officials"); match triggers on `lower` too.
 * - Titles before names are inconsistent: "President" is NOUN, but "Foreign Minister",
 *   "Secretary", "Prime Minister", "Chancellor" are PROPN; lower-case "spokesman", "aide",
 *   "minister" are NOUN; "chief" in "policy chief" is ADJ.
 * - All-caps: names are PROPN, but all-caps headlines get mixed tags. "US", "U.S.", "UK", "EU",
 *   "NATO" PROPN; lower-case "us" PRON.
 * - Name particles "bin", "al", "von", "van", "der" are NOUN; "Downing" (Street) is VERB.
 * - Words outside the lexicon are tagged from their shape: capitalised or non-Latin -> PROPN,
 *   "-ing"/"-ed" -> VERB, "-ly" -> ADV, and so on.
 * - Lemmas are lower-cased here; "through" -> "thru" and "Rt" -> "retweet" come from the model.
 */
import type { Doc, Token } from './types.js';
import { tokenize } from './tokenize.js';
import { tag, wordInfo, type TagInput } from './tagger.js';
import { splitSentences } from './sentences.js';
import { startsUpper, isLetter } from './chars.js';

/** Analyse an article body: tokens, part of speech, lemmas and sentences, offsets into `text`. */
export function analyze(text: string): Doc {
  const raw = tokenize(text);
  const n = raw.length;
  // the raw tokens are the tagger's input once each has its lexicon data
  for (let k = 0; k < n; k++) {
    const r = raw[k]!;
    if (r.info === undefined) r.info = wordInfo(r.text, r.category);
  }
  const tagged = tag(raw as TagInput[]);
  const tokens: Token[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const r = raw[k]!;
    const t = r.text;
    const lower = r.info!.lower;
    let pos = r.pos ?? tagged.pos[k]!;
    if (pos === 'X' && isLetter(t.charCodeAt(0)) && startsUpper(t)) pos = 'PROPN';
    const lemma = r.lemma ?? tagged.lemma[k]!;
    tokens[k] = { i: k, start: r.start, end: r.end, text: t, lower, pos, lemma: lemma === '' ? lower : lemma.toLowerCase(), sentence: 0, space: r.space };
  }
  const sentences = splitSentences(tokens, raw);
  for (const sen of sentences) for (let k = sen.first; k < sen.last; k++) tokens[k]!.sentence = sen.i;
  return { text, tokens, sentences };
}
