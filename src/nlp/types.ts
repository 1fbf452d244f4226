/** Stage `nlp`: linguistic layer over an article body. Offsets are UTF-16 code units into the body. */

export interface Token {
  /** Index in Doc.tokens. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, ADJ, ADP, DET, PRON, PUNCT, NUM, CCONJ, SCONJ, PART, ADV, ...). */
  pos: string;
  /** Lemma (lower case) where the tagger gives one, else `lower`. */
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** True when whitespace precedes the token. */
  space: boolean;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** Token range [first, last) in Doc.tokens. */
  first: number;
  last: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}
