import { noteAt, tokenSpan, tokensInsideQuotes } from '../attribution/notes.js';
import type { TextDoc, Token } from '../text/text-model.js';
import type { FramingNote } from '../types.js';
import type { Quote } from './types.js';

// Participles that turn a reported fact into the writer's verdict (", showcasing his prowess").
const VERDICT_PARTICIPLES = new Set(
  (
    'showcasing demonstrating highlighting underscoring proving cementing illustrating ' +
    'testifying vindicating validating exposing'
  ).split(' '),
);
// Verbs that only carry a verdict when an evaluative word follows ("marks an important event").
const WEAK_VERDICT_FORMS = new Set(
  'marks marked represents represented signals signalled signaled signifies heralds'.split(' '),
);
const STRONG_VERDICT_LEMMAS = new Set(['showcase', 'prove', 'demonstrate', 'illustrate']);
const EVALUATIVE = new Set(
  (
    'important significant major historic crucial key pivotal strategic remarkable new ' +
    'turning milestone success triumph failure victory defeat breakthrough watershed effective ' +
    'bold clear decisive dramatic welcome worrying alarming'
  ).split(' '),
);
// Nouns that present an inference as established ("evidence of", "a testament to").
const VERDICT_NOUNS = new Set(
  'evidence proof testament sign reminder affirmation indication vindication symbol'.split(' '),
);
const CLAUSE_BREAK = /^[,;:–—()]$/;
// "You could read these numbers as proof that…": a reading offered, not a claim made.
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'would']);
// "The figures show that…" cites data; only the writer's own verdicts are flagged.
const DATA_SUBJECTS =
  /^(data|figures|study|poll|survey|report|statistics|records|research|results)$/;
// "they showed that", "a group of Swiss scientists showed that", "DelGiorno helped to show
// that": the finding is the researchers', who are the source. "This shows that" stays the writer's.
const AGENT_SUBJECTS = new Set(
  'he she they we i scientists researchers group team lab laboratory work studies experiments'.split(
    ' ',
  ),
);

/**
 * Causal or evaluative claims made in the writer's voice, in sentences that attribute nothing
 * to anyone. Precision over recall: only the clear patterns above are flagged.
 */
export function findUnattributedClaims(
  doc: TextDoc,
  quotes: readonly Quote[],
  inside: readonly boolean[] = tokensInsideQuotes(doc),
): FramingNote[] {
  const attributed = new Set(quotes.filter((q) => q.speaker).map((q) => q.sentenceIndex));
  const notes: FramingNote[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (attributed.has(index)) return;
    // Whether a hypothetical auxiliary came earlier in the sentence, kept up as `i` advances.
    let afterHypothetical = false;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const before = afterHypothetical;
      afterHypothetical ||= isHypothetical(doc.tokens[i]!);
      if (inside[i] || !startsVerdict(doc.tokens, i, sentence.firstToken, before)) continue;
      const last = clauseEnd(doc.tokens, i, sentence.endToken);
      const first = doc.tokens[i - 1]?.pos === 'DET' && i > sentence.firstToken ? i - 1 : i;
      notes.push(
        noteAt(
          doc,
          'unattributed-claim',
          tokenSpan(doc, first, last),
          'A causal or evaluative claim in the writer’s own voice, with no source.',
          'Attribute the judgement to someone, or report the facts without it.',
        ),
      );
      return;
    }
  });
  return notes;
}

const isHypothetical = (t: Token) => t.pos === 'AUX' && HYPOTHETICAL.has(t.normal);

function startsVerdict(
  tokens: readonly Token[],
  i: number,
  first: number,
  afterHypothetical: boolean,
): boolean {
  const token = tokens[i]!;
  if (VERDICT_PARTICIPLES.has(token.normal)) {
    return i > first && CLAUSE_BREAK.test(tokens[i - 1]!.value);
  }
  if (token.normal === 'which' && /^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')) {
    const lemma = tokens[i + 1]!.lemma;
    return STRONG_VERDICT_LEMMAS.has(lemma) || lemma === 'show' || lemma === 'highlight';
  }
  if (afterHypothetical) return false;
  if (VERDICT_NOUNS.has(token.normal)) return verdictNounAt(tokens, i, first);
  // wink tags "marks" and "signals" as plural nouns often enough that the form decides here.
  if (WEAK_VERDICT_FORMS.has(token.normal)) return evaluativeFollows(tokens, i);
  if (token.pos !== 'VERB' || token.value.endsWith('ing')) return false;
  if (hasDataSubject(tokens, i, first) || hasAgentSubject(tokens, i, first)) return false;
  const next = tokens[i + 1]?.normal ?? '';
  if ((STRONG_VERDICT_LEMMAS.has(token.lemma) || token.lemma === 'show') && next === 'that') {
    return true;
  }
  return STRONG_VERDICT_LEMMAS.has(token.lemma) && evaluativeFollows(tokens, i);
}

function evaluativeFollows(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i + 1, i + 4).some((t) => EVALUATIVE.has(t.normal));
}

/** "…, evidence of the success", "is a reminder of", "– a testament to". */
function verdictNounAt(tokens: readonly Token[], i: number, first: number): boolean {
  const next = tokens[i + 1]?.normal ?? '';
  if (!/^(of|to|that)$/.test(next)) return false;
  // "There was no sign of her" reports an absence; it presents no inference.
  if (tokens[i - 1]?.normal === 'no') return false;
  let k = i - 1;
  while (k >= first && /^(DET|ADJ|ADV)$/.test(tokens[k]!.pos)) k--;
  if (k < first) return false;
  return CLAUSE_BREAK.test(tokens[k]!.value) || tokens[k]!.lemma === 'be';
}

function hasDataSubject(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = Math.max(first, i - 3); k < i; k++) {
    if (DATA_SUBJECTS.test(tokens[k]!.normal)) return true;
  }
  return false;
}

function hasAgentSubject(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = Math.max(first, i - 6); k < i; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || AGENT_SUBJECTS.has(t.normal)) return true;
  }
  return false;
}

/** The last token of the clause that starts at `from` (before a comma, dash or final stop). */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k + 1 < end && !CLAUSE_BREAK.test(tokens[k + 1]!.value)) k++;
  while (k > from && tokens[k]!.pos === 'PUNCT') k--;
  return k;
}
