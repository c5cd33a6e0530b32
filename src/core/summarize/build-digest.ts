import { itemsBySentence } from '../text/by-sentence.js';
import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, FramingNote, Span } from '../types.js';
import { guessEnglish } from './language.js';
import { looksLikeList } from './list.js';
import { type NeutralSentence, neutralizeSentence } from './neutralize-sentence.js';
import {
  DEFAULT_RANK_WEIGHTS,
  type Ranking,
  type RankWeights,
  rankSentences,
} from './rank-sentences.js';
import { selectSentences } from './select-sentences.js';
import { contentWords, leadSentence, repeatsLine, standaloneProblem } from './standalone.js';
import { writerClaim } from './writer-claim.js';

export interface DigestOptions {
  /** How many sentences to aim for; clamped to 2..4. */
  sentences: number;
  /** The digest stops adding sentences before it would pass this many words. */
  maxWords: number;
  /** Rank by fact density first: for text that reads as opinion or analysis. */
  factsFirst?: boolean;
}

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = { sentences: 3, maxWords: 90 };

export type DigestStatus = 'ok' | 'too-short' | 'list' | 'not-english' | 'no-sentences';

export interface DigestResult {
  status: DigestStatus;
  /** A sentence to show the reader when the status is not 'ok'. */
  message: string;
  lines: DigestLine[];
}

/** Below this many words an article is summarised by itself: its own sentences, neutralised. */
export const MIN_WORDS_TO_DIGEST = 60;

/**
 * The neutral digest: rank sentences, pick a few with MMR under the word cap, neutralise each,
 * keep source order. Sentences whose flagged words cannot be removed cleanly, and sentences that
 * open with a pronoun whose antecedent would be missing, are passed over.
 */
export function buildDigest(
  doc: TextDoc,
  notes: readonly FramingNote[],
  options: DigestOptions = DEFAULT_DIGEST_OPTIONS,
): DigestResult {
  const count = Math.min(4, Math.max(2, Math.round(options.sentences)));
  const language = guessEnglish(doc);
  const wordCount = language.words;
  if (wordCount === 0 || doc.sentences.length === 0) {
    return { status: 'no-sentences', message: 'There is no text to summarise.', lines: [] };
  }
  if (!language.english) {
    const message = 'This does not look like English. Lede digests English only for now.';
    return { status: 'not-english', message, lines: [] };
  }
  if (looksLikeList(doc)) {
    const message = 'This looks like a list, not an article, so there is no digest.';
    return { status: 'list', message, lines: [] };
  }
  if (wordCount < MIN_WORDS_TO_DIGEST || doc.sentences.length <= count) {
    const lines = leadingLines(doc, notes, count, options.maxWords);
    const message = `The text is short (${wordCount} words), so the digest is the text itself.`;
    return { status: 'too-short', message, lines };
  }
  const lines = rankedLines(doc, notes, count, options);
  return { status: 'ok', message: `Digest of ${lines.length} sentences.`, lines };
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const wordsIn = (text: string) => wordsOf(text).length;
const DANGLING = new Set([
  'he',
  'she',
  'it',
  'they',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
]);

function rankedLines(
  doc: TextDoc,
  notes: readonly FramingNote[],
  count: number,
  options: DigestOptions,
) {
  // Neutralise first, then rank: a note the neutraliser removes ("…, showcasing X's prowess")
  // should not keep a sentence of plain facts out of the digest; only the notes left count.
  const notesIn = itemsBySentence(doc.sentences, notes);
  const cache = new Map<number, NeutralSentence>();
  const made = (index: number) => {
    const cached = cache.get(index);
    if (cached) return cached;
    const made = neutralizeSentence(doc, index, notesIn[index]!);
    cache.set(index, made);
    return made;
  };
  const surviving = new Set<FramingNote>();
  const dropped = new Set<number>();
  notesIn.forEach((inSentence, index) => {
    if (inSentence.length === 0) return;
    const kept = made(index).line.spans;
    for (const note of inSentence) if (covers(kept, note.span)) surviving.add(note);
    const sentence = doc.sentences[index]!;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = doc.tokens[t]!;
      if (!covers(kept, [token.start, token.end])) dropped.add(t);
    }
  });

  const weights = options.factsFirst ? FACTS_FIRST_WEIGHTS : DEFAULT_RANK_WEIGHTS;
  const ranking = rankSentences(doc, [...surviving], weights, dropped);
  if (!options.factsFirst) leadFirst(doc, ranking);
  let used = 0;
  // Opinion and analysis: the facts first, then the writer's main claim, said to be theirs.
  const factLines = options.factsFirst ? Math.max(1, count - 1) : count;
  const select = (strict: boolean) =>
    selectSentences(ranking, {
      count: factLines,
      accept: (index, chosen) => accept(index, chosen, strict),
    });
  const accept = (index: number, chosen: readonly number[], strict: boolean) => {
    const n = made(index);
    const words = wordsIn(n.line.text);
    // Only when no sentence fits (the fallback pass) may the one chosen run past the cap.
    const cap = strict ? options.maxWords : options.maxWords * 1.5;
    const budget = chosen.length === 0 ? cap : options.maxWords - used;
    if (words < 5 || words > budget) return false;
    if (
      strict &&
      !readsAlone(
        n,
        chosen.map((c) => made(c).line.text),
      )
    )
      return false;
    used += words;
    return true;
  };
  let chosen = select(true);
  if (chosen.length === 0) {
    used = 0;
    chosen = select(false);
  }
  const lines = chosen.map((i) => made(i).line);
  if (!options.factsFirst) return lines;
  const argues = (index: number) => notesIn[index]!.some((n) => CLAIM_KINDS.has(n.kind));
  const claim = writerClaim(doc, surviving, dropped, chosen, argues, (index) => {
    const n = made(index);
    const words = wordsIn(n.line.text) + 4;
    if (
      words > options.maxWords - used ||
      !readsAlone(
        n,
        lines.map((l) => l.text),
      )
    )
      return null;
    return n.line;
  });
  return claim ? [...lines, claim] : lines;
}

/** Notes that mark a sentence as the writer arguing rather than reporting. */
const CLAIM_KINDS = new Set(['opinion-as-fact', 'unattributed-claim', 'loaded-language']);

/** Clean, readable without the article, and not saying again what a chosen line says. */
function readsAlone(n: NeutralSentence, chosen: readonly string[]): boolean {
  if (!n.clean || DANGLING.has(wordsOf(n.line.text)[0] ?? '')) return false;
  if (standaloneProblem(n.line.text) !== null) return false;
  const words = contentWords(n.line.text);
  return !chosen.some((line) => repeatsLine(words, contentWords(line)));
}

/**
 * News puts the event in its first sentence; a news digest opens on that sentence whenever it
 * reads alone, so it goes to the top of the ranking (MMR then fills the rest).
 */
function leadFirst(doc: TextDoc, ranking: Ranking): void {
  const lead = leadSentence(doc);
  if (lead === null) return;
  const top = ranking.scores.reduce((max, s) => Math.max(max, s.score), 0);
  ranking.scores[lead]!.score = top * 2 + 1;
}

/**
 * For opinion and analysis pieces the central sentences are the argument; what the reader needs
 * from a neutral digest is the event, so sentences with no names, numbers or dates drop out.
 */
const FACTS_FIRST_WEIGHTS: RankWeights = {
  ...DEFAULT_RANK_WEIGHTS,
  frequency: 0.4,
  degree: 0.4,
  facts: 1,
  notePenalty: 1,
};

function covers(spans: readonly Span[], span: Span): boolean {
  return spans.some(([start, end]) => start <= span[0] && span[1] <= end);
}

/** A short text's own sentences from the top, neutralised, as many as fit the cap. */
function leadingLines(
  doc: TextDoc,
  notes: readonly FramingNote[],
  count: number,
  maxWords: number,
) {
  const lines: DigestLine[] = [];
  let used = 0;
  for (let i = 0; i < doc.sentences.length && lines.length < count; i++) {
    const { line } = neutralizeSentence(doc, i, notes);
    const words = wordsIn(line.text);
    if (words === 0) continue;
    if (lines.length > 0 && used + words > maxWords) break;
    lines.push(line);
    used += words;
  }
  return lines;
}
