import type { TextDoc, Token } from '../text/text-model.js';
import { hasLetterOrDigit, isVerb } from '../text/word-tests.js';
import type { DigestLine, FramingNote } from '../types.js';
import { type Clause, enclosingClause } from './clauses.js';
import { datelineEnd } from './dateline.js';
import { leadingConnectiveEnd } from './leading-connective.js';
import { inPremodifierSlot } from './premodifier-slot.js';
import { type LinePlan, renderLine } from './render-line.js';
import { inFlaggedForm } from './replacement-form.js';
import { lastTokenOf, repeatsNeighbour, swapFits } from './swap-fits.js';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

export interface NeutralSentence {
  line: DigestLine;
  /** False when a flagged word could not be removed without breaking the sentence. */
  clean: boolean;
  /**
   * A flagged verb was swapped for a neutral one ("Trump mocked …" -> "criticized"): the line
   * says what someone did in Lede's words, not the writer's, so it is a fallback (reads-alone.ts).
   */
  verbSwapped: boolean;
}

/**
 * A note's suggestion, when it is a neutral word to put in place of the flagged one. Lexicon
 * advice such as "attribute it or omit" is an instruction, not a replacement.
 */
export function replacementFor(note: FramingNote): string | null {
  const s = note.suggestion?.trim();
  if (!s || /\b(omit|attribute|rephrase|remove)\b/i.test(s) || /[/()]/.test(s)) return null;
  return s.split(/\s+/).length <= 4 ? s : null;
}

/**
 * Removes or replaces the words that notes flagged in one sentence (opinion stated as fact and
 * unattributed claims only go with their whole phrase). A flagged
 * modifier (an adjective before its noun, an adverb) is dropped alone, with a dangling "and" or
 * comma; a flagged word inside a non-restrictive phrase set off by commas or dashes (participial,
 * relative, or an appositive noun phrase) takes the whole phrase with it, following the
 * sentence-compression rules of Zajic et al. 2007 ("Multi-candidate reduction").
 */
export function neutralizeSentence(
  doc: TextDoc,
  sentenceIndex: number,
  notes: readonly FramingNote[],
  /** Tokens to leave out besides the flagged ones (a claim line's asides). */
  alsoRemove: readonly number[] = [],
  /**
   * The line comes right after the line of the sentence before it, so it keeps its opening
   * connective and pronoun: they point at a line the reader has just read.
   */
  followsLineBefore = false,
): NeutralSentence {
  const sentence = doc.sentences[sentenceIndex]!;
  const opening = datelineEnd(doc, sentence);
  const lead = followsLineBefore ? opening : leadingConnectiveEnd(doc, sentence, opening);
  const removed = new Set([...range(sentence.firstToken, lead), ...alsoRemove]);
  const plan: LinePlan = { keep: [], insertBefore: new Map() };
  let clean = true;
  const replacements: { unit: [number, number]; text: string; verb?: boolean }[] = [];
  for (const note of notes) {
    if (!EDITABLE.has(note.kind)) continue;
    const unit = tokensIn(doc, sentence.firstToken, sentence.endToken, note);
    if (unit === null) continue;
    const word = note.kind === 'loaded-language';
    const clause = enclosingClause(doc, sentence, unit);
    const suggested = word ? replacementFor(note) : null;
    const replacement = suggested && inFlaggedForm(doc.tokens[unit[1] - 1]!, suggested);
    const modifier = word && modifierDroppable(doc.tokens, unit);
    // Dropping an evaluative modifier never changes what is named; a swap can ("disgraced
    // former" is a drop, not "former former"), so a swap is only for words that cannot go.
    const premodifier = word && inPremodifierSlot(doc.tokens, unit, sentence.firstToken);
    // A modifier's slot takes a modifier, never a verb the lexicon offers for a verb sense.
    const premodifierSwap =
      premodifier &&
      replacement !== null &&
      MODIFIER_POS.has(lastTokenOf(replacement)?.pos ?? '') &&
      !repeatsNeighbour(doc.tokens, unit, replacement);
    // A clause that holds numbers carries facts ("… in more than 100 cities … on 15 November"):
    // when its evaluative modifier can go alone, only the modifier goes.
    const factClause = modifier && clause !== null && holdsNumbers(doc.tokens, clause);
    if (clause?.droppable === 'always' && !factClause) dropClause(clause, removed);
    else if (modifier) dropModifier(doc.tokens, unit, removed, sentence.firstToken);
    else if (replacement !== null && swapFits(doc.tokens, unit, replacement))
      replacements.push({ unit, text: replacement, verb: isVerb(doc.tokens[unit[1] - 1]!) });
    else if (clause) dropClause(clause, removed);
    else if (premodifierSwap) replacements.push({ unit, text: replacement });
    else if (premodifier) dropModifier(doc.tokens, unit, removed, sentence.firstToken);
    // A source's word the line cannot lose stays theirs: the sentence says who said it.
    else if (note.voice !== 'source') clean = false;
  }
  const all = range(sentence.firstToken, sentence.endToken);
  const verbs = all.filter((i) => isVerb(doc.tokens[i]!));
  const lostVerb = verbs.length > 0 && verbs.every((i) => removed.has(i));
  // A replacement inside a phrase that was dropped anyway is not needed.
  let verbSwapped = false;
  for (const { unit, text, verb } of replacements) {
    if (range(unit[0], unit[1]).some((i) => removed.has(i))) continue;
    verbSwapped ||= verb === true;
    for (let i = unit[0]; i < unit[1]; i++) removed.add(i);
    plan.insertBefore.set(unit[1], text);
  }
  plan.keep = tidy(doc.tokens, sentence.firstToken, sentence.endToken, removed);
  if (plan.insertBefore.has(sentence.endToken))
    plan.insertAtEnd = plan.insertBefore.get(sentence.endToken);
  // Deletions must never take the last verb: fall back to the sentence as written.
  if (lostVerb)
    return {
      line: renderLine(doc, { keep: all, insertBefore: new Map() }),
      clean: false,
      verbSwapped: false,
    };
  if (!followsLineBefore)
    plan.keep = [...antecedentFor(doc, sentenceIndex, plan.keep), ...plan.keep];
  return { line: renderLine(doc, plan), clean, verbSwapped };
}

/**
 * A sentence that opens with "He" or "She" right after a sentence that opens with a full name
 * gets the name instead, as the first mention of a person in a summary should be the full
 * name (Nenkova & McKeown 2003, "References to named entities"). Returns the name's tokens,
 * to put in front of the kept tokens with the pronoun removed; or nothing.
 */
function antecedentFor(doc: TextDoc, index: number, keep: number[]): number[] {
  const sentence = doc.sentences[index]!;
  const previous = doc.sentences[index - 1];
  if (!previous || keep[0] !== sentence.firstToken) return [];
  if (!['he', 'she'].includes(doc.tokens[sentence.firstToken]!.normal)) return [];
  let end = previous.firstToken;
  while (end < previous.endToken && doc.tokens[end]!.pos === 'PROPN') end++;
  if (end - previous.firstToken < 2 || end - previous.firstToken > 4) return [];
  keep.shift();
  return range(previous.firstToken, end);
}

/** Notes about words or phrases; the others (vague attribution, genre) only lower the rank. */
const EDITABLE = new Set(['loaded-language', 'opinion-as-fact', 'unattributed-claim']);

function tokensIn(
  doc: TextDoc,
  first: number,
  end: number,
  note: FramingNote,
): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]!;
    if (t.end <= note.span[0] || t.start >= note.span[1]) continue;
    if (a < 0) a = i;
    b = i + 1;
  }
  return a < 0 ? null : [a, b];
}

const isWord = (t: Token | undefined) => t !== undefined && hasLetterOrDigit(t.value);

/** An adverb, or an adjective (possibly hyphenated or a listed pair) that precedes a noun. */
function modifierDroppable(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const words = tokens.slice(a, b).filter(isWord);
  const head = words[words.length - 1];
  if (!head || tokens.slice(a, b).some((t) => !isWord(t) && !/^[-,‐]$/.test(t.value))) return false;
  const next = tokens[b];
  if (head.pos === 'ADV') return !(isVerb(tokens[a - 1] ?? head) && !isWord(next));
  if (head.pos !== 'ADJ') return false;
  // "did a masterful job" is praise all through: "did a job" says something else; so does
  // "the frustration of his presidency" for "the greatest frustration" (a ranking, not a tone).
  const article = tokens[a - 1]?.normal ?? '';
  if (LIGHT_NOUNS.has(next?.normal ?? '') && /^an?$/.test(article)) return false;
  if (article === 'the' && isSuperlative(head.normal)) return false;
  if (next && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)) return true;
  const after = tokens[b + 1];
  return next !== undefined && (next.value === ',' || next.pos === 'CCONJ') && after?.pos === 'ADJ';
}

const isSuperlative = (word: string) =>
  /^(best|worst|most|least)$/.test(word) || (word.length > 5 && word.endsWith('est'));

/** Nouns that say little without their adjective ("a good job", "a great deal", "a hard time"). */
const LIGHT_NOUNS = new Set(['job', 'deal', 'time', 'thing', 'way', 'lot', 'idea', 'sense']);

const DEGREE = new Set(
  'equally very so too most more less least quite rather fairly truly really extremely highly'.split(
    ' ',
  ),
);

function dropModifier(
  tokens: readonly Token[],
  [flagged, b]: [number, number],
  removed: Set<number>,
  first: number,
) {
  // "an equally startling discovery" -> "a discovery": the degree adverb goes with its adjective.
  const degree = tokens[b - 1]!.pos === 'ADJ' && DEGREE.has(tokens[flagged - 1]?.normal ?? '');
  const a = degree && flagged - 1 >= first ? flagged - 1 : flagged;
  for (let i = a; i < b; i++) removed.add(i);
  const before = tokens[a - 1];
  const joins = (t: Token | undefined) => t !== undefined && (t.value === ',' || t.pos === 'CCONJ');
  // "strong and effective leadership" -> "strong leadership"; "effective and strong" likewise.
  if (a - 1 > first && joins(before) && ['ADJ', 'ADV'].includes(tokens[a - 2]!.pos))
    removed.add(a - 1);
  else if (joins(tokens[b]) && tokens[b + 1]?.pos === 'ADJ') removed.add(b);
  // A sentence-initial adverb takes its comma: "Sadly, the talks failed."
  else if (a === first && tokens[b]?.value === ',') removed.add(b);
}

function holdsNumbers(tokens: readonly Token[], clause: Clause): boolean {
  return tokens.slice(clause.start, clause.end).some((t) => t.pos === 'NUM' && /\d/.test(t.value));
}

function dropClause(clause: Clause, removed: Set<number>) {
  for (let i = clause.start; i < clause.end; i++) removed.add(i);
}

/** Kept tokens, without commas left doubled or dangling at either end by the deletions. */
function tidy(
  tokens: readonly Token[],
  first: number,
  end: number,
  removed: Set<number>,
): number[] {
  const kept = range(first, end).filter((i) => !removed.has(i));
  return kept.filter((index, k) => {
    if (tokens[index]!.value !== ',') return true;
    const next = kept[k + 1];
    if (k === 0 || next === undefined) return false;
    return !/^[,.;:!?]$/.test(tokens[next]!.value);
  });
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
