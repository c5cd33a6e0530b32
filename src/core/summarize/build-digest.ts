import { findQuotedSpans } from '../attribution/quoted-spans.js';
import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, FramingNote, Span } from '../types.js';
import { chooseLines } from './choose-lines.js';
import { claimAsides } from './claim-asides.js';
import {
  deniesOrLikens,
  instructsOrWorksThrough,
  opensOnVerb,
  predictsOrPrescribes,
} from './claim-signals.js';
import { guessEnglish } from './language.js';
import { promoteLeadParagraph, restOfParagraph } from './lead-paragraph.js';
import { looksLikeList } from './list.js';
import { covers, neutralised, type Prepared } from './neutralised-sentences.js';
import { neutralizeSentence } from './neutralize-sentence.js';
import { MIN_PROSE_WORDS, proseOf } from './prose.js';
import { DEFAULT_RANK_WEIGHTS, type RankWeights, rankSentences } from './rank-sentences.js';
import { readsAlone, readsAloneAtAll, wordsIn } from './reads-alone.js';
import { rankReportedFacts } from './reported-facts.js';
import { firstProseSentence } from './standalone.js';
import { carryPronounTopics } from './topic-continuation.js';
import { writerClaim } from './writer-claim.js';
import { reportsOthers, speaksInWritersVoice, voicesAStance } from './writers-voice.js';

export interface DigestOptions {
  /** How many sentences to aim for; clamped to 2..4. */
  sentences: number;
  /** The digest stops adding sentences before it would pass this many words. */
  maxWords: number;
  /** Rank by fact density first: for text that reads as opinion or analysis. */
  factsFirst?: boolean;
  /** The text's direct quotations, when the framing analysis found them already. */
  quotations?: readonly Span[];
}

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = { sentences: 3, maxWords: 90 };

export type DigestStatus =
  | 'ok'
  | 'too-short'
  | 'list'
  | 'not-english'
  | 'no-sentences'
  | 'no-lines';

export interface DigestResult {
  status: DigestStatus;
  /** A sentence to show the reader when the status is not 'ok'. */
  message: string;
  lines: DigestLine[];
}

/** Below this many words an article is summarised by itself: its own sentences, neutralised. */
export const MIN_WORDS_TO_DIGEST = 60;

/**
 * The neutral digest: rank sentences, pick a few with MMR under the word cap, neutralise each,
 * keep source order. Sentences whose flagged words cannot be removed cleanly, and sentences that
 * open with a pronoun whose antecedent would be missing, are passed over.
 */
export function buildDigest(
  doc: TextDoc,
  notes: readonly FramingNote[],
  options: DigestOptions = DEFAULT_DIGEST_OPTIONS,
): DigestResult {
  const count = Math.min(4, Math.max(2, Math.round(options.sentences)));
  const language = guessEnglish(doc);
  const wordCount = language.words;
  if (wordCount === 0 || doc.sentences.length === 0) {
    return { status: 'no-sentences', message: 'There is no text to summarise.', lines: [] };
  }
  if (!language.english) {
    const message = 'This does not look like English. Lede digests English only for now.';
    return { status: 'not-english', message, lines: [] };
  }
  // A list page may still carry an article's paragraphs (a lead, then the table): the digest
  // is made of those, and only a list with too little prose has none.
  const prose = looksLikeList(doc) ? proseOf(doc) : null;
  if (prose && prose.words < MIN_PROSE_WORDS) {
    const message = `This looks like a list, not an article: it has ${prose.words} words of prose, too few for a digest.`;
    return { status: 'list', message, lines: [] };
  }
  const candidates = prose?.sentences ?? null;
  if (wordCount < MIN_WORDS_TO_DIGEST || doc.sentences.length <= count) {
    const lines = leadingLines(doc, notes, count, options);
    if (lines.length === 0) return noLines();
    const message = `The text is short (${wordCount} words), so the digest is its opening sentences, loaded ones left out.`;
    return { status: 'too-short', message, lines };
  }
  const lines = rankedLines(doc, notes, count, options, candidates);
  if (lines.length === 0) return noLines();
  return { status: 'ok', message: `Digest of ${lines.length} sentences.`, lines };
}

function noLines(): DigestResult {
  const message = 'No sentence of this text reads alone as a neutral line, so there is no digest.';
  return { status: 'no-lines', message, lines: [] };
}

function rankedLines(
  doc: TextDoc,
  notes: readonly FramingNote[],
  count: number,
  options: DigestOptions,
  /** The only sentences a line may be made of; null: any. */
  candidates: ReadonlySet<number> | null,
) {
  const prepared = neutralised(doc, notes);
  const weights = options.factsFirst ? FACTS_FIRST_WEIGHTS : DEFAULT_RANK_WEIGHTS;
  const ranking = rankSentences(doc, [...prepared.surviving], weights, prepared.dropped);
  carryPronounTopics(doc, ranking);
  if (options.factsFirst) rankReportedFacts(doc, ranking, prepared.dropped);
  else promoteLeadParagraph(doc, ranking, candidates?.values().next().value ?? 0);
  // A score of nought is never chosen (choose-lines.ts).
  if (candidates) for (const s of ranking.scores) if (!candidates.has(s.index)) s.score = 0;
  // Opinion and analysis: the writer's main claim, said to be theirs, is set aside first (it
  // goes last), and the facts the piece rests on fill the rest.
  const claim = options.factsFirst ? claimLine(doc, prepared, options.maxWords) : null;
  const room = claim
    ? options.maxWords + CLAIM_ALLOWANCE - wordsIn(claim.line.text)
    : options.maxWords;
  const factLines = options.factsFirst ? Math.min(4, count + 1) : count;
  const followOn = !options.factsFirst;
  const quotations = options.quotations ?? findQuotedSpans(doc.text);
  const lines = chooseLines(doc, ranking, prepared, {
    count: factLines,
    room,
    claim,
    followOn,
    quotations,
  });
  return claim ? [...lines, claim.line] : lines;
}

/**
 * The writer's main claim, framed; at most the cap's worth of words, so facts still fit. An
 * op-ed states its thesis up top, so a sentence of the first paragraph in the writer's voice
 * comes first; then one with a note on a verdict; then one with a modal or a hedge ("Xi will
 * choose the former"); then any in the writer's evaluative voice ("Facebook is just one culprit").
 */
function claimLine(doc: TextDoc, prepared: Prepared, maxWords: number) {
  const { notesIn, surviving, dropped } = prepared;
  const verdict = (index: number) =>
    notesIn[index]!.some((n) => CLAIM_KINDS.has(n.kind) && !reportsAnAction(n));
  const reportsAnAction = (note: FramingNote) =>
    note.kind === 'unattributed-claim' && opensOnVerb(doc, note.span[0]);
  const lineFor = (index: number, needsVerdict: boolean) => {
    // The frame attributes the claim, so only its loaded words need neutral ones.
    const loaded = notesIn[index]!.filter((note) => note.kind === 'loaded-language');
    const n = neutralizeSentence(doc, index, loaded, claimAsides(doc, index));
    const words = wordsIn(n.line.text) + 4;
    // The verdict itself must be in the line: attributing a line it was cut from says nothing.
    const kept = notesIn[index]!.some(
      (x) => CLAIM_KINDS.has(x.kind) && covers(n.line.spans, x.span),
    );
    if ((needsVerdict && !kept) || words > maxWords / 3 + CLAIM_ALLOWANCE || !readsAlone(n, []))
      return null;
    return n.line;
  };
  // A claim argues by Lede's own signals; a present verb alone describes ("… is easy to care for").
  const modal = (i: number) => predictsOrPrescribes(doc, i);
  const loaded = (i: number) => notesIn[i]!.some((n) => n.kind === 'loaded-language');
  const evaluative = (i: number) =>
    voicesAStance(doc, i) || (loaded(i) && speaksInWritersVoice(doc, i));
  const lead = new Set([firstProseSentence(doc), ...restOfParagraph(doc, firstProseSentence(doc))]);
  const thesis = (i: number) => deniesOrLikens(doc, i) && speaksInWritersVoice(doc, i);
  const neverArgues = (i: number) => instructsOrWorksThrough(doc, i) || reportsOthers(doc, i);
  const pass = (argues: (i: number) => boolean, needsVerdict = false) => ({
    argues: (i: number) => argues(i) && !neverArgues(i),
    lineFor: (i: number) => lineFor(i, needsVerdict),
  });
  return writerClaim(doc, surviving, dropped, [
    pass((i) => lead.has(i) && verdict(i), true),
    pass((i) => lead.has(i) && (modal(i) || evaluative(i) || thesis(i))),
    pass(verdict, true),
    pass(modal),
    pass(evaluative),
  ]);
}

/**
 * The claim line may run this many words past the cap: the facts of an opinion piece fill the
 * digest first, and a short attributed claim is worth more than a fourth fact cut for it.
 */
const CLAIM_ALLOWANCE = 20;

/** Notes that mark a sentence as the writer arguing rather than reporting. */
const CLAIM_KINDS = new Set(['opinion-as-fact', 'unattributed-claim']);

/**
 * For opinion and analysis pieces the central sentences are the argument; what the reader needs
 * from a neutral digest is the event, so sentences with no names, numbers or dates drop out.
 */
const FACTS_FIRST_WEIGHTS: RankWeights = {
  ...DEFAULT_RANK_WEIGHTS,
  frequency: 0.4,
  degree: 0.4,
  facts: 1,
  notePenalty: 1,
};

/**
 * A short text's own sentences from the top, neutralised, as many as fit the cap. The first
 * says what the text is about and always opens the digest; after it, as in a longer text, a
 * sentence that keeps a flagged word or had its verb swapped is left out, and a sentence after
 * one left out must read alone (one right after the line before may point back at it, but not be
 * half a quote or stop mid-sentence). In opinion or analysis, a sentence in the writer's voice is left
 * out wherever it stands: a short op-ed's claim would otherwise be given as fact.
 */
function leadingLines(
  doc: TextDoc,
  notes: readonly FramingNote[],
  count: number,
  { maxWords, factsFirst }: DigestOptions,
): DigestLine[] {
  const lines: DigestLine[] = [];
  let used = 0;
  let skipped = false;
  for (let i = 0; i < doc.sentences.length && lines.length < count; i++) {
    if (factsFirst && speaksInWritersVoice(doc, i)) {
      skipped = true;
      continue;
    }
    const n = neutralizeSentence(doc, i, notes);
    const words = wordsIn(n.line.text);
    if (words === 0) continue;
    if (lines.length > 0 && (!n.clean || n.verbSwapped)) {
      skipped = true;
      continue;
    }
    // Right after the line before, a line may point back at it, but never be half a quote or
    // stop mid-sentence, as the last sentence of a cut-off feed summary does.
    if ((skipped || lines.length > 0) && !readsAloneAtAll(n.line.text, !skipped)) continue;
    if (lines.length > 0 && used + words > maxWords) break;
    lines.push(n.line);
    used += words;
    skipped = false;
  }
  return lines;
}
