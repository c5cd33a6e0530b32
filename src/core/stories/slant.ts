import type { ArticleAnalysis, NoteKind } from '../types.js';

/** How many notes of `kind` an analysis carries. */
export function countNotes(analysis: ArticleAnalysis, kind: NoteKind): number {
  let n = 0;
  for (const note of analysis.notes) if (note.kind === kind) n++;
  return n;
}

/** Notes of the given kinds per 100 words of the article. */
export function notesPer100Words(analysis: ArticleAnalysis, kinds: readonly NoteKind[]): number {
  const notes = kinds.reduce((sum, kind) => sum + countNotes(analysis, kind), 0);
  return (100 * notes) / Math.max(1, analysis.stats.words);
}
