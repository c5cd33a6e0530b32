import type { StoryCandidate } from '../../../src/core/stories/index.js';
import type {
  ArticleAnalysis,
  FramingNote,
  GenreLabel,
  NoteKind,
} from '../../../src/core/types.js';
import type { StoryFixture } from '../../fixtures/stories/articles.js';

export const BATCH_START = Date.UTC(2024, 4, 6, 8);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface AnalysisShape {
  words?: number;
  loaded?: number;
  opinion?: number;
  genre?: GenreLabel;
  notice?: string;
  quotes?: number;
}

/** A hand-made analysis with the given counts; the note texts are placeholders. */
export function fakeAnalysis(shape: AnalysisShape = {}): ArticleAnalysis {
  const notes = (kind: NoteKind, n: number): FramingNote[] =>
    Array.from({ length: n }, (_, i) => ({ kind, text: 'x', span: [i, i + 1], message: kind }));
  return {
    title: null,
    source: 'test',
    genre: { label: shape.genre ?? 'news', score: 0.5, evidence: [] },
    digest: [],
    notes: [
      ...notes('loaded-language', shape.loaded ?? 0),
      ...notes('opinion-as-fact', shape.opinion ?? 0),
    ],
    sources: shape.quotes ? [{ name: 'Someone', quotes: shape.quotes }] : [],
    published: null,
    outlet: null,
    url: null,
    stats: { words: shape.words ?? 100, sentences: 5 },
    ...(shape.notice ? { notice: shape.notice } : {}),
  };
}

export function candidate(
  fixture: StoryFixture,
  analysis: ArticleAnalysis = fakeAnalysis(),
): StoryCandidate {
  return {
    id: fixture.id,
    title: fixture.title,
    text: fixture.text,
    url: `https://example.test/${fixture.id}`,
    outlet: fixture.outlet,
    publishedAt: BATCH_START + fixture.hours * HOUR,
    analysis,
  };
}

/** A bare candidate for lead and framing tables: only the analysis and outlet matter. */
export function member(
  id: string,
  outlet: string,
  shape: AnalysisShape,
  text = '',
): StoryCandidate {
  return {
    id,
    title: null,
    text,
    url: null,
    outlet,
    publishedAt: null,
    analysis: fakeAnalysis(shape),
  };
}

/** Deterministic shuffles (a small linear congruential generator), so failures reproduce. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
