// Supervised adjustment of the reviewed lexicon on labelled rows (BABE word marks). Used by the
// eval on training folds only; the held-out fold is scored with what was fitted without it.
import { compileLexicon, type Lexicon, type LexiconEntry } from '../../src/core/framing/lexicon.js';
import { findLoadedTerms } from '../../src/core/framing/loaded-language.js';
import type { TextDoc } from '../../src/core/text/text-model.js';
import type { Span } from '../../src/core/types.js';

export interface LabelledDoc {
  doc: TextDoc;
  quoted: Span[];
  /** Lower-cased words the annotators marked (empty for unmarked or non-biased rows). */
  gold: Set<string>;
  biased: boolean;
}

const PRIOR_STRENGTH = 3;
const MIN_MARKS = 2;
const CONTENT = new Set(['ADJ', 'ADV', 'VERB', 'NOUN']);

/**
 * Re-weights every reviewed entry by how often its matches were marked biased in `train`
 * (shrunk towards the reviewed weight), and adds content words marked at least MIN_MARKS times
 * and in at least half their occurrences, as the annotators' own additions.
 */
export function fitLexicon(base: readonly LexiconEntry[], train: readonly LabelledDoc[]): Lexicon {
  const hits = new Map<LexiconEntry, [number, number]>();
  const all = compileLexicon(base.map((e) => ({ ...e, weight: 1, source: e.term })));
  const byTerm = new Map(base.map((e) => [`${e.term}|${e.category}`, e]));
  for (const row of train) {
    for (const t of findLoadedTerms(row.doc, all, row.quoted, { minWeight: 0 })) {
      const entry = byTerm.get(`${t.entry.term}|${t.entry.category}`)!;
      const h = hits.get(entry) ?? [0, 0];
      h[1]++;
      if (spanMarked(row, t.span)) h[0]++;
      hits.set(entry, h);
    }
  }
  const fitted = base.map((e) => {
    const [hit, seen] = hits.get(e) ?? [0, 0];
    return { ...e, weight: (hit + PRIOR_STRENGTH * e.weight) / (seen + PRIOR_STRENGTH) };
  });
  return compileLexicon([...fitted, ...annotatorTerms(train, new Set(base.map((e) => e.term)))]);
}

function spanMarked(row: LabelledDoc, [s, e]: Span): boolean {
  return (row.doc.text.slice(s, e).toLowerCase().match(/\w+/g) ?? []).some((w) => row.gold.has(w));
}

function annotatorTerms(train: readonly LabelledDoc[], known: Set<string>): LexiconEntry[] {
  const seen = new Map<string, [number, number]>();
  for (const row of train) {
    for (const t of row.doc.tokens) {
      if (!CONTENT.has(t.pos) || !/^[a-z][a-z-]+$/.test(t.normal)) continue;
      const c = seen.get(t.normal) ?? [0, 0];
      c[1]++;
      if (row.gold.has(t.normal)) c[0]++;
      seen.set(t.normal, c);
    }
  }
  const added: LexiconEntry[] = [];
  for (const [term, [marked, total]] of seen) {
    if (known.has(term) || marked < MIN_MARKS || marked / total < 0.34) continue;
    const weight = marked / (total + 1);
    added.push({ term, category: 'disparagement', weight, neutral: 'omit', source: 'babe-fold' });
  }
  return added;
}
