import { analyzeFraming } from './analyze-framing.js';
import type { Lexicon } from './framing/lexicon.js';
import type { LoadedModel } from './framing/model/loaded-model.js';
import { buildDigest } from './summarize/build-digest.js';
import { type AnalysedPart, analysedPart, omittedNotice } from './text/bound-text.js';
import { readText } from './text/read-text.js';
import type { TextDoc } from './text/text-model.js';
import type { ArticleAnalysis, ArticleInput } from './types.js';

export interface EngineOptions {
  lexicon: Lexicon;
  /** The learned loaded-language scorer; without it, loaded language comes from the lexicon. */
  loadedModel?: LoadedModel;
  digestSentences: number;
  digestMaxWords: number;
}

export interface Engine {
  analyze(input: ArticleInput): ArticleAnalysis;
}

/**
 * The engine as commands, services and the CLI use it: the analysis may run on another thread
 * (src/adapters/analysis-pool), so the answer comes later, and a refusal is a rejected promise.
 */
export interface Analyzer {
  analyze(input: ArticleInput): Promise<ArticleAnalysis>;
  /**
   * What made the analyses (the engine's code and data, the model): a stored analysis with
   * another version is stale and made again. Absent: analyses are not cached across runs.
   */
  version?: string;
}

/** An analyser that runs the engine on the calling thread (tests, scripts). */
export function inProcessAnalyzer(engine: Engine): Analyzer {
  return { analyze: async (input) => engine.analyze(input) };
}

/** The analysis engine. Heavy resources (the NLP model, lexicons) are loaded once, here. */
export function createEngine(options: EngineOptions): Engine {
  return {
    analyze(input) {
      const part = analysedPart(input.text);
      const doc = readText(part.text);
      const framing = analyzeFraming(doc, options.lexicon, options.loadedModel, input.genreHint);
      const digest = buildDigest(doc, framing.notes, {
        sentences: options.digestSentences,
        maxWords: options.digestMaxWords,
        factsFirst: framing.genre.label === 'opinion' || framing.genre.label === 'analysis',
        quotations: framing.quotations,
      });
      const words = countWords(doc);
      return {
        title: input.title,
        source: input.source,
        published: input.published ?? null,
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        genre: framing.genre,
        digest: digest.lines,
        notes: framing.notes,
        sources: framing.sources,
        stats: { words, sentences: doc.sentences.length },
        ...noticeOf(digest.status === 'ok' ? null : digest.message, part),
      };
    },
  };
}

/** Tokens that are words, not punctuation or symbols. */
function countWords(doc: TextDoc): number {
  let words = 0;
  for (const token of doc.tokens) if (token.pos !== 'PUNCT' && token.pos !== 'SYM') words++;
  return words;
}

/** The digest's own notice and, for a text longer than is analysed, how much was left out. */
function noticeOf(digestNotice: string | null, part: AnalysedPart): { notice?: string } {
  const parts = [digestNotice, part.omitted > 0 ? omittedNotice(part) : null].filter(Boolean);
  return parts.length > 0 ? { notice: parts.join(' ') } : {};
}
