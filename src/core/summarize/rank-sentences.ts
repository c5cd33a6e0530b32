import { itemsBySentence } from '../text/by-sentence.js';
import type { TextDoc } from '../text/text-model.js';
import type { FramingNote, NoteKind } from '../types.js';
import {
  degreeCentrality,
  inverseSentenceFrequency,
  meanDocumentFrequency,
  numberTerms,
  type SentenceTerms,
  sentenceTerms,
  unitVectors,
} from './sentence-terms.js';

export interface RankWeights {
  /** Mean document frequency of the sentence's content words (SumBasic). */
  frequency: number;
  /** Sum of tf-idf cosine similarity to the other sentences (degree centrality). */
  degree: number;
  position: number;
  facts: number;
  /** Word count at which the length factor reaches 1. */
  fullLength: number;
  /** Score is multiplied by exp(-notePenalty * n) for n framing notes (weighted by kind). */
  notePenalty: number;
  /** Likewise per hedge or modal ("seems", "might"): speculation is not wire copy. */
  hedgePenalty: number;
}

/** Hand-tuned on BBC News Summary ROUGE (scripts/eval/bbc-rouge.ts) and the Belarus seed. */
export const DEFAULT_RANK_WEIGHTS: RankWeights = {
  frequency: 1,
  degree: 0.8,
  position: 0.2,
  facts: 0.6,
  fullLength: 40,
  notePenalty: 0.5,
  hedgePenalty: 0.5,
};

export interface SentenceScore {
  index: number;
  score: number;
  /** Each feature scaled to 0..1 within the document. */
  frequency: number;
  degree: number;
  position: number;
  facts: number;
  length: number;
  notes: number;
  hedges: number;
}

export interface Ranking {
  scores: SentenceScore[];
  /** Unit tf-idf vectors, shared with the selector so MMR compares the same vectors. */
  vectors: Map<string, number>[];
}

/** Opinion stated as fact weighs more than a single loaded word; genre notes say nothing local. */
const NOTE_WEIGHT: Record<NoteKind, number> = {
  'loaded-language': 1,
  'opinion-as-fact': 2,
  'unattributed-claim': 1,
  'vague-attribution': 0.5,
  sourcing: 0,
  genre: 0,
};

/**
 * Scores every sentence (in source order). Relevance mixes centrality, twice over: the mean
 * document frequency of its content words (SumBasic, Nenkova & Vanderwende 2005) and its tf-idf
 * degree centrality (LexRank's degree variant, Erkan & Radev 2004); a position prior (news leads
 * carry the main facts, Brandow et al. 1995); and fact density. Relevance is squared and scaled by
 * a saturating length factor, so a short sentence must be clearly more central to beat a long one;
 * framing notes and hedges inside the sentence scale it down.
 */
export function rankSentences(
  doc: TextDoc,
  notes: readonly FramingNote[] = [],
  weights: RankWeights = DEFAULT_RANK_WEIGHTS,
  /** Tokens the neutraliser drops: a hedge among them is not in the digest, so not penalised. */
  dropped: ReadonlySet<number> = new Set(),
): Ranking {
  const { terms, frequency, vectors, degree, facts } = centralityOf(doc);
  const noteCounts = countNotes(doc, notes);
  const scores = doc.sentences.map((_, index): SentenceScore => {
    const words = terms[index]!.words;
    const s = {
      index,
      frequency: frequency[index]!,
      degree: degree[index]!,
      position: 1 / Math.sqrt(index + 1),
      facts: facts[index]!,
      length: Math.min(1, words / weights.fullLength),
      notes: noteCounts[index]!,
      hedges: hedgeCount(doc, index, dropped),
      score: 0,
    };
    const relevance =
      weights.frequency * s.frequency + weights.degree * s.degree + weights.position * s.position;
    const penalty = weights.notePenalty * s.notes + weights.hedgePenalty * s.hedges;
    // Fact density multiplies: a sentence with no names, numbers or dates is rarely news.
    const factual = 1 - weights.facts + weights.facts * s.facts;
    s.score = relevance ** 2 * s.length * factual * Math.exp(-penalty);
    return s;
  });
  // A copy: callers replace entries (topic continuation), and the features are shared.
  return { scores, vectors: [...vectors] };
}

interface Centrality {
  terms: SentenceTerms[];
  frequency: number[];
  vectors: readonly Map<string, number>[];
  degree: number[];
  facts: number[];
}

/** An opinion piece is ranked twice (facts, then its claim): the features are computed once. */
const centralityByDoc = new WeakMap<TextDoc, Centrality>();

/** The features that depend on the text alone, not on the notes or the weights. */
function centralityOf(doc: TextDoc): Centrality {
  const known = centralityByDoc.get(doc);
  if (known) return known;
  const terms = sentenceTerms(doc);
  const numbered = numberTerms(terms);
  const vectors = unitVectors(terms, numbered, inverseSentenceFrequency(numbered));
  const centrality = {
    terms,
    frequency: scaleToMax(meanDocumentFrequency(terms, numbered)),
    vectors,
    degree: scaleToMax(degreeCentrality(vectors, numbered)),
    facts: scaleToMax(
      doc.sentences.map((_, i) => factCount(doc, i) / Math.sqrt(terms[i]!.words + 1)),
    ),
  };
  centralityByDoc.set(doc, centrality);
  return centrality;
}

const MONTHS_AND_DAYS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept ' +
    'september oct october nov november dec december monday tuesday wednesday thursday friday ' +
    'saturday sunday'
  ).split(' '),
);
const ATTRIBUTION = new Set([
  'said',
  'says',
  'told',
  'according',
  'announced',
  'reported',
  'added',
]);

/** Numbers, proper names, dates and attribution verbs: the checkable content of news copy. */
function factCount(doc: TextDoc, index: number): number {
  const sentence = doc.sentences[index]!;
  let count = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'NUM' || t.pos === 'PROPN' || ATTRIBUTION.has(t.normal)) count++;
    else if (MONTHS_AND_DAYS.has(t.normal)) count++;
  }
  return count;
}

const HEDGES = new Set(['seem', 'seems', 'seemingly', 'might', 'perhaps', 'arguably', 'apparent']);

/** Speculative hedges in the writer's voice (Hyland 1998's hedging devices, a small subset). */
function hedgeCount(doc: TextDoc, index: number, dropped: ReadonlySet<number>): number {
  const sentence = doc.sentences[index]!;
  let count = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (HEDGES.has(doc.tokens[i]!.normal) && !dropped.has(i)) count++;
  }
  return count;
}

function countNotes(doc: TextDoc, notes: readonly FramingNote[]): number[] {
  return itemsBySentence(doc.sentences, notes).map((inSentence) =>
    inSentence.reduce((sum, note) => sum + (NOTE_WEIGHT[note.kind] ?? 1), 0),
  );
}

function scaleToMax(values: readonly number[]): number[] {
  // Not Math.max(...values): past ~120k sentences the spread overflows the call stack.
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  return values.map((v) => (max > 0 ? v / max : 0));
}
