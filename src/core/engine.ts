import { analyzeFraming } from './analyze-framing.js';
import type { Lexicon } from './framing/lexicon.js';
import { readText } from './text/read-text.js';
import type { ArticleAnalysis, ArticleInput, DigestLine } from './types.js';

export interface EngineOptions {
  lexicon: Lexicon;
  digestSentences: number;
  digestMaxWords: number;
}

export interface Engine {
  analyze(input: ArticleInput): ArticleAnalysis;
}

/** The analysis engine. Heavy resources (the NLP model, lexicons) are loaded once, here. */
export function createEngine(options: EngineOptions): Engine {
  return {
    analyze(input) {
      const doc = readText(input.text);
      const framing = analyzeFraming(doc, options.lexicon);
      const digest: DigestLine[] = leadBaselineDigest(doc.sentences, options.digestSentences);
      const words = doc.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM').length;
      return {
        title: input.title,
        source: input.source,
        genre: framing.genre,
        digest,
        notes: framing.notes,
        sources: framing.sources,
        stats: { words, sentences: doc.sentences.length },
      };
    },
  };
}

/** Lead-N baseline: the first sentences of the article, verbatim. */
function leadBaselineDigest(sentences: { text: string; start: number; end: number }[], n: number) {
  return sentences
    .slice(0, n)
    .map((s) => ({ text: s.text, spans: [[s.start, s.end]] }) as DigestLine);
}
