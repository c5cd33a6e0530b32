import { isAccordingTo } from '../attribution/report-verbs.js';
import type { TextDoc, Token } from '../text/text-model.js';
import { TIME_NOUNS } from '../text/word-tests.js';
import type { DigestLine, FramingNote } from '../types.js';
import { opensOnImperative } from './addresses-reader.js';
import { WRITER_FRAME } from './check-digest-line.js';
import { DEFAULT_RANK_WEIGHTS, rankSentences } from './rank-sentences.js';
import { quotesSomeone } from './writers-voice.js';

/** One way to find the claim: which sentences argue, and the line each would make (or null). */
export interface ClaimPass {
  argues: (index: number) => boolean;
  lineFor: (index: number) => DigestLine | null;
}

/**
 * The writer's main claim, attributed to the writer: the most central sentence (by the usual
 * weights, which favour the argument) that the first pass finds arguing and that reads alone,
 * else the next pass's; framed as "The writer argues that …" so a reader never takes the
 * verdict for reported fact. The sentences are ranked once for all the passes.
 */
export function writerClaim(
  doc: TextDoc,
  notes: ReadonlySet<FramingNote>,
  dropped: ReadonlySet<number>,
  passes: readonly ClaimPass[],
): { index: number; line: DigestLine } | null {
  const ranking = rankSentences(doc, [...notes], { ...DEFAULT_RANK_WEIGHTS, facts: 0 }, dropped);
  const order = [...ranking.scores].sort((a, b) => b.score - a.score);
  for (const { argues, lineFor } of passes) {
    for (const { index } of order) {
      if (!argues(index) || !statesAClaim(doc, index)) continue;
      const line = lineFor(index);
      if (line) return { index, line: attributeToWriter(doc, index, line) };
    }
  }
  return null;
}

/**
 * Words that cannot follow "The writer argues that": the reader, the writer, a question; nor
 * can someone else's claim ("according to a document …"), an imperative or a back-reference.
 */
const NOT_A_CLAIM = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', '?']);
/** Openers of the writer's own turns of argument: a conclusion, a concession, an aside. */
export const SIGNPOST =
  /^(to conclude|in conclusion|in short|in sum|in other words|finally|sometimes|yet|of course|after all|as of now|to be sure)\b/i;

/**
 * A sentence that can follow the frame: a statement in the third person that does not open on a
 * signpost ("To conclude, …") and holds no quotation (the writer's claim is the writer's words).
 */
function statesAClaim(doc: TextDoc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  // Any double quote mark; single marks only round someone's words, not a scare-quoted word.
  const quotes = /["“”]/.test(sentence.text) || quotesSomeone(sentence.text);
  if (SIGNPOST.test(sentence.text) || quotes) return false;
  if (insideQuotation(doc.text, sentence.start) || opensOnImperative(doc, index)) return false;
  const { tokens } = doc;
  // "Yes, that's it." answers the sentence before; "- Why it is promising." is a list's item.
  if (/^(INTJ|PUNCT)$/.test(tokens[sentence.firstToken]?.pos ?? '')) return false;
  let named = false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (addressesOrIsWriter(tokens[i]!) || isAccordingTo(tokens, i)) return false;
    if (pointsBack(tokens, i)) return false;
    // "If there was any sign of it, he simply can't remember": who "he" is was told before.
    if (PERSONAL.has(tokens[i]!.normal) && !named) return false;
    named ||= tokens[i]!.pos === 'PROPN';
  }
  return true;
}

/** "US" is the country, not the pronoun "us": a word in capitals is an acronym. */
function addressesOrIsWriter(token: Token): boolean {
  return NOT_A_CLAIM.has(token.normal) && !/^\p{Lu}{2,}$/u.test(token.value);
}

/**
 * "Many in Hong Kong will deplore that decision": a demonstrative before a noun names something
 * told in an earlier sentence, which the claim line, read alone, does not have. "This year" is
 * the time of writing, not a pointer back.
 */
function pointsBack(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (tokens[i + 1]?.pos !== 'NOUN' || TIME_NOUNS.has(tokens[i + 1]!.normal)) return false;
  if (t.pos === 'DET' && DEMONSTRATIVES.has(t.normal)) return true;
  if (t.normal !== 'that') return false;
  // The tagger reads "that decision" as a conjunction; a conjunction's subject, however many
  // nouns long, has a verb next ("that government spending must fall"), a demonstrative's
  // noun does not ("that decision and were repelled").
  let k = i + 1;
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') k++;
  const after = tokens[k];
  return after !== undefined && after.pos !== 'VERB' && after.pos !== 'AUX';
}

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'that']);

/**
 * Whether `at` lies inside a quotation opened earlier in its paragraph: a reader's review quoted
 * over several sentences ("“… The theater was fairly small so …”") is theirs, not the writer's.
 */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let depth = 0;
  for (const char of before) {
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0 || (before.split('"').length - 1) % 2 === 1;
}

const QUANTIFIERS = new Set(['none', 'few', 'many', 'most', 'some', 'several', 'all', 'each']);

function attributeToWriter(doc: TextDoc, index: number, line: DigestLine): DigestLine {
  // The line's first word, which an aside left out ("Specifically, …") may have moved.
  const { firstToken, endToken } = doc.sentences[index]!;
  const opening = line.spans[0]?.[0] ?? 0;
  const at = doc.tokens.findIndex((t, k) => k >= firstToken && k < endToken && t.start >= opening);
  const first = doc.tokens[at < 0 ? firstToken : at]!;
  // The tagger reads a capitalised "None" or "Few" that opens a sentence as a name.
  // The tagger also reads a capitalised "Armed" or "Content" that opens a sentence as a name:
  // a word the text writes in lower case elsewhere is not one, unless the text also writes it
  // with its capital inside a sentence ("Theresa May", "China" beside "fine china").
  const nameWord = first.pos === 'PROPN' || first.pos === 'NOUN';
  const name =
    (nameWord && capitalisedInside(doc, first.value)) ||
    (first.pos === 'PROPN' &&
      !QUANTIFIERS.has(first.normal) &&
      !new RegExp(`\\b${escapeRegExp(first.normal)}\\b`).test(doc.text));
  const keepCapital = name || first.value === 'I';
  const text = keepCapital ? line.text : line.text.charAt(0).toLowerCase() + line.text.slice(1);
  return { text: `${WRITER_FRAME} ${text}`, spans: line.spans };
}

/** Whether the text writes `word` with its capital somewhere other than a sentence's start. */
function capitalisedInside(doc: TextDoc, word: string): boolean {
  const starts = new Set(doc.sentences.map((sentence) => sentence.firstToken));
  return doc.tokens.some((t, k) => t.value === word && !starts.has(k));
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
