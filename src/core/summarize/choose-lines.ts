import { isPageNote } from '../extract/boilerplate.js';
import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, Span } from '../types.js';
import { opensOnImperative, talksAboutThePage } from './addresses-reader.js';
import type { Prepared } from './neutralised-sentences.js';
import type { NeutralSentence } from './neutralize-sentence.js';
import { quoteSpokenNext } from './quote-speaker-next.js';
import type { Ranking } from './rank-sentences.js';
import { readsAlone, readsAloneAtAll, wordsIn } from './reads-alone.js';
import { selectSentences } from './select-sentences.js';

interface Choice {
  count: number;
  /** Words the chosen lines may use between them. */
  room: number;
  claim: { index: number; line: DigestLine } | null;
  /** Whether a line may open on "But" or "It" when it follows the chosen line before it. */
  followOn: boolean;
  /** The text's direct quotations (quoted-spans.ts). */
  quotations: readonly Span[];
}

/** The ranked sentences that make the digest's lines: strictly readable ones first, else the fallback pass. */
export function chooseLines(
  doc: TextDoc,
  ranking: Ranking,
  prepared: Prepared,
  choice: Choice,
): DigestLine[] {
  let used = 0;
  const others = choice.claim ? [choice.claim.line.text] : [];
  const versions = new Map<number, NeutralSentence>();
  /** Sentences taken as the speaker of the quoted line before them, not chosen on their own. */
  const speakers = new Set<number>();
  const reads = (n: NeutralSentence, before: string[], follows: boolean, strict: boolean) =>
    strict ? readsAlone(n, before, follows) : readsAloneAtAll(n.line.text, follows);
  // "That's the view mouthed by Michael Reed" after a line of his quoted words: it may point
  // back, since it comes right after the line it names the speaker of.
  const speakerAfter = (
    index: number,
    line: NeutralSentence,
    before: string[],
    strict: boolean,
  ) => {
    const next = prepared.following(index + 1);
    if (!followsChosen(doc, line, next) || isPageNote(next.line.text)) return null;
    return reads(next, [...before, line.line.text], true, strict) ? next : null;
  };
  const accept = (index: number, chosen: readonly number[], strict: boolean) => {
    // A sentence with a score of nought states none of what the digest is for (no fact at all).
    if (index === choice.claim?.index || ranking.scores[index]!.score <= 0) return false;
    if (versions.has(index) || chosen.length + speakers.size >= choice.count) return false;
    // In an opinion piece the sentence after a fact is often the writer's turn ("But it is not
    // merely that Beijing …"): only news lines may lean on the line before.
    const follows =
      choice.followOn && followsChosen(doc, versions.get(index - 1), prepared.following(index));
    const n = follows ? prepared.following(index) : prepared.made(index);
    // A caption ("The core stage at Michoud after the installation of its engines.") has no verb.
    if (isPageNote(n.line.text) || talksAboutThePage(n.line.text)) return false;
    if (!hasVerb(doc, index) || opensOnImperative(doc, index)) return false;
    if (withinQuotation(doc, index, choice.quotations)) return false;
    const words = wordsIn(n.line.text);
    // Only when no sentence fits (the fallback pass) may the one chosen run past the cap.
    const cap = strict ? choice.room : choice.room * 1.5;
    const budget = chosen.length + speakers.size === 0 ? cap : choice.room - used;
    if (words < 5 || words > budget) return false;
    const before = [...others, ...[...versions.values()].map((v) => v.line.text)];
    if (!reads(n, before, follows, strict)) return false;
    // A quote keeps its speaker: a line of someone's words named only in the next sentence
    // comes with that sentence right after it, or not at all.
    const speaker = quoteSpokenNext(doc, index, choice.quotations)
      ? speakerAfter(index, n, before, strict)
      : undefined;
    if (speaker === null) return false;
    const total = words + (speaker ? wordsIn(speaker.line.text) : 0);
    if (speaker && (total > budget || chosen.length + speakers.size + 2 > choice.count))
      return false;
    used += total;
    versions.set(index, n);
    if (speaker) {
      versions.set(index + 1, speaker);
      speakers.add(index + 1);
    }
    return true;
  };
  const select = (strict: boolean) =>
    selectSentences(ranking, {
      count: choice.count,
      accept: (index, chosen) => accept(index, chosen, strict),
    });
  let chosen = select(true);
  if (chosen.length === 0) {
    used = 0;
    versions.clear();
    speakers.clear();
    chosen = select(false);
  }
  return [...chosen, ...speakers].sort((a, b) => a - b).map((i) => versions.get(i)!.line);
}

/**
 * A sentence in the middle of someone's quotation ("Meth is IN SD. Twitter can make a joke of
 * it … We are here," Noem tweeted): as a line it would carry their words with neither the marks
 * nor the speaker.
 */
function withinQuotation(doc: TextDoc, index: number, quotations: readonly Span[]): boolean {
  const sentence = doc.sentences[index]!;
  return quotations.some(([start, end]) => start < sentence.start && sentence.end <= end);
}

/**
 * Whether a line starts right where the chosen line before it ends in the source (only space
 * between), so the reader has just read what its "But" or "It" points at.
 */
function followsChosen(
  doc: TextDoc,
  before: NeutralSentence | undefined,
  line: NeutralSentence,
): boolean {
  const end = before?.line.spans.at(-1)?.[1];
  const start = line.line.spans[0]?.[0];
  return end !== undefined && start !== undefined && doc.text.slice(end, start).trim() === '';
}

function hasVerb(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  for (let t = firstToken; t < endToken; t++) {
    const pos = doc.tokens[t]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}
