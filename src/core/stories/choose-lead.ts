import type { GenreLabel } from '../types.js';
import { notesPer100Words } from './slant.js';
import type { StoryCandidate } from './types.js';

const GENRE_RANK: Record<GenreLabel, number> = { news: 0, unknown: 0, analysis: 1, opinion: 2 };
/**
 * Slant densities are compared in steps of this many notes per 100 words, so that one stray
 * flag in a short article does not outweigh a much fuller report.
 */
const SLANT_STEP = 1;
const FIGURE = /\p{N}[\p{N},.]*/gu;

/**
 * The member whose digest should stand for the story. In order:
 * 1. genre: a news report before analysis, analysis before an opinion piece;
 * 2. most neutral: fewest loaded-language + opinion-as-fact notes per 100 words, in steps of 1;
 * 3. a regular digest before a notice ("too short", "a list", "not English");
 * 4. most complete: more specifics (attributed quotes plus figures in the text), then more words;
 * 5. the lowest id, so the choice never depends on input order.
 */
export function chooseLead<T extends StoryCandidate>(members: readonly T[]): T {
  if (members.length === 0) throw new Error('chooseLead needs at least one member');
  if (members.length === 1) return members[0]!;
  const keyed = members.map((member) => ({ member, key: leadKey(member) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || compareIds(a.member.id, b.member.id));
  return keyed[0]!.member;
}

/** Lower is better at every position. */
function leadKey({ analysis, text }: StoryCandidate): number[] {
  const slant = notesPer100Words(analysis, ['loaded-language', 'opinion-as-fact']);
  const quotes = analysis.sources.reduce((sum, s) => sum + s.quotes, 0);
  const figures = text.match(FIGURE)?.length ?? 0;
  return [
    GENRE_RANK[analysis.genre.label],
    Math.floor(slant / SLANT_STEP),
    analysis.notice === undefined ? 0 : 1,
    -(quotes + figures),
    -analysis.stats.words,
  ];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
