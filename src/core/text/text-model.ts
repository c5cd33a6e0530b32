import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One word or punctuation mark, with its UTF-16 offsets into the document text. */
export interface Token {
  value: string;
  /** Lower-cased form, the key for lexicon look-ups. */
  normal: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, ADJ, ADV, PROPN, PUNCT, ...). */
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence's first token in `TextDoc.tokens`, and one past its last. */
  firstToken: number;
  endToken: number;
}

export interface TextDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type WinkNlp = ReturnType<typeof winkNLP>;
let shared: WinkNlp | undefined;

/** The wink-nlp pipeline, loaded once per process (about 60 to 110 ms). */
export function loadNlp(): WinkNlp {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}
