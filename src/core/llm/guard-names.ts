import { nameOf } from '../stories/entities.js';

// The same words as stories/terms.ts: an acronym with stops ("U.S.") or a word with a clitic.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}/u;
// Small words that may stand inside a name without breaking it: "Centers for Disease Control".
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'de']);
// Dates and times, not names: the day's number is checked as a number. "I'm" is not a name.
const NOT_NAMES = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec et est pt gmt bst im ill ive id'.split(' '),
);

/** One capitalised word of a text as the guard reads it. */
interface NameWord {
  /** nameOf's key, or null when the word is capitalised but names nothing on its own. */
  key: string | null;
  acronym: boolean;
  /** Index of the run of capitalised words ("Joe Biden", "Centers for Disease Control") it is in. */
  run: number;
  /** Whether it follows another capitalised word after one space ("Biden" in "Joe Biden"). */
  afterCapitalised: boolean;
}

/** The capitalised words of `text` in order, each with its name key and its run. */
function readNameWords(text: string): NameWord[] {
  const words: NameWord[] = [];
  let previousEnd = 0;
  let run = 0;
  let previousCapitalised = false;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const gap = text.slice(previousEnd, match.index);
    const capitalised = CAPITALISED.test(raw);
    if (gap !== ' ' || !(capitalised || NAME_JOINERS.has(raw))) run++;
    if (capitalised) {
      const key = nameOf(raw, text, previousEnd, match.index);
      words.push({
        key: key && !NOT_NAMES.has(key) ? key : null,
        acronym: ACRONYM.test(raw),
        run,
        afterCapitalised: previousCapitalised && gap === ' ',
      });
    } else if (!NAME_JOINERS.has(raw)) {
      run++;
    }
    previousCapitalised = capitalised;
    previousEnd = match.index + raw.length;
  }
  return words;
}

/** What the guard knows of the source's names beyond the words themselves. */
export interface SourceNames {
  /** For each name word, the name words that stand just before it ("biden" -> "joe"). */
  before: ReadonlyMap<string, ReadonlySet<string>>;
  /** Source words cut short by one to three letters, at least five left ("democratic" -> "democrat"). */
  stems: ReadonlySet<string>;
  /** Initials of every stretch of a run of capitalised words ("united states" -> "us"). */
  initials: ReadonlySet<string>;
}

export function readSourceNames(text: string, sourceWords: ReadonlySet<string>): SourceNames {
  const words = readNameWords(text);
  const before = new Map<string, Set<string>>();
  for (const [i, word] of words.entries()) {
    const previous = words[i - 1];
    if (!word.key || !previous?.key || !word.afterCapitalised) continue;
    const set = before.get(word.key) ?? new Set<string>();
    set.add(previous.key);
    before.set(word.key, set);
  }
  const initials = new Set<string>();
  for (const run of groupRuns(words)) {
    const letters = run.map((w) => w.key?.[0] ?? '').join('');
    for (let start = 0; start < letters.length; start++) {
      for (let end = start + 2; end <= letters.length; end++)
        initials.add(letters.slice(start, end));
    }
  }
  return { before, stems: shortenedWords(sourceWords), initials };
}

function shortenedWords(words: ReadonlySet<string>): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    for (let cut = 1; cut <= 3 && word.length - cut >= 5; cut++) stems.add(word.slice(0, -cut));
  }
  return stems;
}

function groupRuns(words: readonly NameWord[]): NameWord[][] {
  const runs = new Map<number, NameWord[]>();
  for (const word of words) {
    if (!word.key || word.acronym) continue;
    runs.set(word.run, [...(runs.get(word.run) ?? []), word]);
  }
  return [...runs.values()].filter((run) => run.length >= 2);
}

/** The source as the name check reads it: its words (names and terms) and its name facts. */
export interface NameSource {
  words: ReadonlySet<string>;
  names: SourceNames;
}

/**
 * The name keys of `line` that the source does not hold in any form. A name passes when the
 * source has it, or has it with a short suffix more or less ("Democrat", "Democratic"); an
 * acronym passes when the source spells it out ("U.S." for "United States") and a spelt-out name
 * when the source has its acronym; a given name passes before a surname the source has, when the
 * source never gives that surname another given name ("Joe Biden" where the source says "Biden",
 * but not "Hillary Biden" where it says "Joe Biden").
 */
export function unknownNames(source: NameSource, line: string): string[] {
  const words = readNameWords(line);
  const unknown = words.filter((word, i) => {
    if (!word.key || knownWord(source, word.key)) return false;
    if (word.acronym) return !source.names.initials.has(word.key);
    if (spellsSourceAcronym(source, words, word.run)) return false;
    return !givenNameOfKnownSurname(source, words[i + 1]);
  });
  return [...new Set(unknown.map((word) => word.key!))];
}

function knownWord(source: NameSource, key: string): boolean {
  if (source.words.has(key) || source.names.stems.has(key)) return true;
  for (let cut = 1; cut <= 3 && key.length - cut >= 5; cut++) {
    if (source.words.has(key.slice(0, -cut))) return true;
  }
  return false;
}

function spellsSourceAcronym(source: NameSource, words: readonly NameWord[], run: number): boolean {
  const inRun = words.filter((w) => w.run === run && w.key && !w.acronym);
  if (inRun.length < 2) return false;
  return source.words.has(inRun.map((w) => w.key![0]).join(''));
}

/** Whether a name word stands before `next`, a surname the source has with no given name. */
function givenNameOfKnownSurname(source: NameSource, next: NameWord | undefined): boolean {
  if (!next?.key || !next.afterCapitalised || !source.words.has(next.key)) return false;
  const given = source.names.before.get(next.key);
  return given === undefined || given.size === 0;
}
