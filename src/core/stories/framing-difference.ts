import type { NoteKind } from '../types.js';
import { countNotes } from './slant.js';
import type { StoryCandidate } from './types.js';

interface OutletSlant {
  outlet: string;
  notes: number;
  words: number;
  density: number;
}

interface Rule {
  kind: NoteKind;
  /** The heavier copy needs at least this many notes of the kind... */
  minNotes: number;
  /** ...and at least this many per 100 words... */
  minDensity: number;
  /** ...and the lighter copy at most this fraction of its density. */
  maxRatio: number;
  phrase: (n: number) => string;
}

/**
 * Materiality thresholds. Lexicon flags are noisy one by one (word-level bias detection is hard:
 * BABE reports F1 0.20-0.40 for lexicons), so a note needs a pattern, not a stray word: several
 * flags, a density well above the ~1 per 100 words of ordinary wire copy, and a lighter copy at
 * a third of that or less.
 */
const RULES: Rule[] = [
  {
    kind: 'loaded-language',
    minNotes: 3,
    minDensity: 2,
    maxRatio: 1 / 3,
    phrase: (n) => (n === 0 ? 'none' : n === 1 ? '1 loaded term' : `${n} loaded terms`),
  },
  {
    kind: 'opinion-as-fact',
    minNotes: 2,
    minDensity: 1,
    maxRatio: 1 / 3,
    phrase: (n) =>
      n === 0 ? 'none' : n === 1 ? '1 opinion stated as fact' : `${n} opinions stated as fact`,
  },
];

/**
 * One line contrasting the most and the least slanted outlets' copies, e.g. "Outlet A's copy
 * carries 7 loaded terms; Outlet B's carries none." Loaded language is checked first, then
 * opinion stated as fact; null when neither difference is material or only one outlet covered
 * the story. Several articles from one outlet are pooled.
 */
export function describeFramingDifference(members: readonly StoryCandidate[]): string | null {
  for (const rule of RULES) {
    const outlets = slantByOutlet(members, rule.kind);
    if (outlets.length < 2) return null;
    const heavy = outlets[0]!;
    const light = outlets[outlets.length - 1]!;
    const material =
      heavy.notes >= rule.minNotes &&
      heavy.density >= rule.minDensity &&
      light.density <= heavy.density * rule.maxRatio;
    if (material) {
      const verb = rule.kind === 'loaded-language' ? 'carries' : 'has';
      return `${heavy.outlet}'s copy ${verb} ${rule.phrase(heavy.notes)}; ${light.outlet}'s ${verb} ${rule.phrase(light.notes)}.`;
    }
  }
  return null;
}

/** Outlets from the most to the least slanted (density, then count, then name). */
function slantByOutlet(members: readonly StoryCandidate[], kind: NoteKind): OutletSlant[] {
  const byOutlet = new Map<string, { notes: number; words: number }>();
  for (const m of members) {
    const entry = byOutlet.get(m.outlet) ?? { notes: 0, words: 0 };
    entry.notes += countNotes(m.analysis, kind);
    entry.words += m.analysis.stats.words;
    byOutlet.set(m.outlet, entry);
  }
  return [...byOutlet]
    .map(([outlet, { notes, words }]) => ({
      outlet,
      notes,
      words,
      density: (100 * notes) / Math.max(1, words),
    }))
    .sort(
      (a, b) =>
        b.density - a.density ||
        b.notes - a.notes ||
        (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0),
    );
}
