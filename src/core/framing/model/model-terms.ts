import type { TextDoc, Token } from '../../text/text-model.js';
import type { Span } from '../../types.js';
import type { Lexicon, LexiconCategory, LexiconEntry } from '../lexicon.js';
import { flagSpan, type WordLists } from './features.js';
import { type LoadedModel, type ScoredCandidate, scoreWords } from './loaded-model.js';

/** A word the model reports, with the entry that explains it (the lexicon's, or one made up). */
export interface ModelTerm {
  entry: LexiconEntry;
  span: Span;
  negated: boolean;
  pos: string;
  probability: number;
  /** True when the word is not in the reviewed lexicon: the model found it on its own. */
  learned: boolean;
}

/**
 * In every sentence with a word at or above the model's threshold, the words at or above its
 * word threshold, one term per lexicon phrase, in text order.
 */
export function findModelTerms(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  model: LoadedModel,
): ModelTerm[] {
  const scored = scoreWords(doc, lexicon, quoted, model);
  const gate = new Map<number, number>();
  for (const c of scored) {
    const key = c.sentence.firstToken;
    gate.set(key, Math.max(gate.get(key) ?? 0, c.probability));
  }
  const reported = scored.filter(
    (c) =>
      c.probability >= model.wordThreshold && gate.get(c.sentence.firstToken)! >= model.threshold,
  );
  return termsFromScores(doc, reported, model);
}

function termsFromScores(
  doc: TextDoc,
  scored: readonly ScoredCandidate[],
  model: Pick<LoadedModel, 'lists' | 'neutral'>,
): ModelTerm[] {
  const terms: ModelTerm[] = [];
  for (const c of scored) {
    const span = flagSpan(doc.tokens, c);
    const last = terms[terms.length - 1];
    if (last && last.span[0] === span[0]) {
      last.probability = Math.max(last.probability, c.probability);
      continue;
    }
    const token = doc.tokens[c.index]!;
    terms.push({
      entry: c.match?.entry ?? learnedEntry(token, model, c.probability),
      span,
      negated: c.negated,
      pos: token.pos,
      probability: c.probability,
      learned: !c.match,
    });
  }
  return terms;
}

/** An entry for a word outside the lexicon: its category guessed from the public word lists. */
function learnedEntry(
  token: Token,
  model: Pick<LoadedModel, 'lists' | 'neutral'>,
  probability: number,
): LexiconEntry {
  return {
    term: token.normal,
    category: guessCategory(token, model.lists),
    weight: probability,
    neutral: model.neutral.get(token.normal) ?? model.neutral.get(token.lemma) ?? 'omit',
    source: 'model',
  };
}

function guessCategory(token: Token, lists: WordLists): LexiconCategory {
  const named = lists.get(token.normal) ?? lists.get(token.lemma) ?? [];
  if (named.includes('liu+')) return 'praise';
  if (named.includes('liu-')) return 'disparagement';
  return 'label';
}
