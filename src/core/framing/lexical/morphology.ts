import type { LexiconEntry } from '../lexicon.js';

/** Categories whose adjectives stay loaded as -ly adverbs: "outrageous" and "outrageously". */
const GRADABLE = new Set(['praise', 'disparagement', 'intensifier']);
// Only clearly loaded adjectives lend their adverb a note: the adverbs of weaker ones
// ("dramatically", "massively") mostly measure a plain change.
const STRONG = 0.7;

// Adverbs whose usual sense leaves the adjective's: "effectively" (in effect), "decisively won"
// (by a wide margin), "crucially" and "merely" (discourse and degree markers), "sharply" (of
// rates and prices), "historically" (in the past).
const SENSE_DEPARTS = new Set([
  'effectively',
  'decisively',
  'crucially',
  'merely',
  'sharply',
  'historically',
  'notably',
  'importantly',
  'positively',
  'greatly',
]);

/**
 * The -ly adverb of an adjective, by the regular English rules: "terrible" → "terribly",
 * "angry" → "angrily", "drastic" → "drastically", "full" → "fully", else "+ly".
 */
export function adverbOf(adjective: string): string {
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (adjective.endsWith('ic')) return `${adjective}ally`;
  if (adjective.endsWith('ll')) return `${adjective}y`;
  return `${adjective}ly`;
}

/**
 * Adverb entries derived from the reviewed adjectives ("ludicrously" from "ludicrous", with its
 * category and weight), for the adverbs the lexicon does not list itself. A derived adverb is
 * dropped from a digest line, never swapped, so its advice is "omit".
 */
export function derivedAdverbs(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const listed = new Set(entries.map((e) => e.term));
  const out: LexiconEntry[] = [];
  for (const e of entries) {
    if (!GRADABLE.has(e.category) || e.weight < STRONG || !/^[a-z]+$/.test(e.term)) continue;
    if (e.term.endsWith('ly') || (e.pos && !e.pos.includes('ADJ'))) continue;
    const term = adverbOf(e.term);
    if (listed.has(term) || SENSE_DEPARTS.has(term)) continue;
    listed.add(term);
    const { category, weight } = e;
    out.push({
      term,
      category,
      weight,
      neutral: 'omit',
      source: `derived:${e.term}`,
      pos: ['ADV'],
    });
  }
  return out;
}

/**
 * The regular inflections of `base`: "rages", "raged", "raging" of "rage"; "guts", "gutted",
 * "gutting" of "gut"; "parties", "partied" of "party". The tagger's lemmas miss some ("raged"
 * → "rag"), and a capitalised first word gets none.
 */
export function inflectionsOf(base: string): string[] {
  if (base.endsWith('e')) return [`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [`${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  const plural = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
  const forms = [plural, `${base}ed`, `${base}ing`];
  // A short final syllable doubles its consonant: "gutted", "slammed".
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(base))
    forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  return forms;
}

/** Whether `form` is one of the regular inflections of `base`. */
export function isInflectionOf(form: string, base: string): boolean {
  return form.length > base.length && inflectionsOf(base).includes(form);
}
