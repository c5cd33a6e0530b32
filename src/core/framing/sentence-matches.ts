import type { TextDoc } from '../text/text-model.js';
import { tokensInExpressions } from './expressions.js';
import { type Lexicon, type LexiconMatch, matchLexicon } from './lexicon.js';

/** What the lexicon finds in one sentence. */
export interface SentenceMatches {
  matches: LexiconMatch[];
  /** For each token of the sentence, from its first, whether it lies in a reviewed expression. */
  fixed: boolean[];
}

/**
 * Each sentence's lexicon matches and expression words, in sentence order: found once per
 * article and read by the loaded-language note, the word scorer and the opinion-as-fact note.
 */
export function matchSentences(doc: TextDoc, lexicon: Lexicon): SentenceMatches[] {
  return doc.sentences.map(({ firstToken, endToken }) => {
    const fixed = tokensInExpressions(lexicon.expressions, doc.tokens, firstToken, endToken);
    return { matches: matchLexicon(lexicon, doc.tokens, firstToken, endToken, fixed), fixed };
  });
}
