import type { ArticleAnalysis } from '../core/types.js';

/** One analysed story, before any grouping across outlets. */
export interface DigestCandidate {
  id: string;
  title: string;
  /** The text analysed, or null when none could be read (`problem` says why). */
  text: string | null;
  url: string | null;
  outlet: string;
  publishedAt: number | null;
  analysis: ArticleAnalysis | null;
  problem?: string;
}
