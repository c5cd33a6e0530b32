import { maskOverlongRuns } from './bound-text.js';
import { correctSentenceEnds } from './sentence-rules.js';
import { loadNlp, type Sentence, type TextDoc, type Token } from './text-model.js';

/**
 * Tokenises and sentence-splits `text` with wink-nlp, and maps every token back to its offsets,
 * so that everything downstream can point at the exact characters it is talking about.
 * A line break always ends a sentence: headlines and list items carry no final stop.
 * A run too long to be a word reaches wink as a placeholder (`maskOverlongRuns`) and comes back
 * as one opaque token covering the whole run.
 */
export function readText(text: string): TextDoc {
  const nlp = loadNlp();
  const its = nlp.its;
  const { masked, runs } = maskOverlongRuns(text);
  const doc = nlp.readDoc(masked);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  // wink's typings reject its.lemma here (it takes model add-ons); the call itself is documented.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const winkEnds = new Set((doc.sentences().out(its.span) as [number, number][]).map((s) => s[1]));
  const tokens: Token[] = [];
  const endsSentence: boolean[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = values[i]!.trim() === '' ? -1 : masked.indexOf(values[i]!, cursor);
    // Line breaks come through as tokens of their own (the gaps tell us about them), and a token
    // whose characters were ever rewritten is skipped rather than given invented offsets.
    if (at < 0) {
      if (winkEnds.has(i) && endsSentence.length > 0) endsSentence[endsSentence.length - 1] = true;
      continue;
    }
    const runEnd = runs.get(at);
    cursor = runEnd ?? at + values[i]!.length;
    const value = text.slice(at, cursor);
    tokens.push(
      runEnd === undefined
        ? { value, normal: normals[i]!, lemma: lemmas[i]!, pos: tags[i]!, start: at, end: cursor }
        : opaqueToken(value, at),
    );
    endsSentence.push(winkEnds.has(i));
  }
  correctSentenceEnds(tokens, endsSentence);
  return { text, tokens, sentences: groupSentences(text, tokens, endsSentence) };
}

/** An over-long run as one token: no part of speech, no lemma but itself. */
function opaqueToken(value: string, start: number): Token {
  const normal = value.toLowerCase();
  return { value, normal, lemma: normal, pos: 'X', start, end: start + value.length };
}

function groupSentences(text: string, tokens: Token[], endsSentence: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(tokens[i]!.end, next.start).includes('\n');
    if (next === undefined || lineBreak || endsSentence[i]) {
      const start = tokens[first]!.start;
      const end = tokens[i]!.end;
      sentences.push({
        text: text.slice(start, end),
        start,
        end,
        firstToken: first,
        endToken: i + 1,
      });
      first = i + 1;
    }
  }
  return sentences;
}
