import { isSpaceCode, maskOverlongRuns } from './bound-text.js';
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
  const winkEnds = new Uint8Array(values.length + 1);
  for (const [, end] of doc.sentences().out(its.span) as [number, number][]) winkEnds[end] = 1;
  const tokens: Token[] = [];
  const endsSentence: boolean[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = isBlank(value) ? -1 : masked.indexOf(value, cursor);
    // Line breaks come through as tokens of their own (the gaps tell us about them), and a token
    // whose characters were ever rewritten is skipped rather than given invented offsets.
    if (at < 0) {
      if (winkEnds[i] === 1 && endsSentence.length > 0)
        endsSentence[endsSentence.length - 1] = true;
      continue;
    }
    const runEnd = runs.size > 0 ? runs.get(at) : undefined;
    cursor = runEnd ?? at + value.length;
    // Without masked runs the masked text is the text, so the value is already its characters.
    tokens.push(
      runEnd === undefined
        ? {
            value: runs.size > 0 ? text.slice(at, cursor) : value,
            normal: normals[i]!,
            lemma: lemmas[i]!,
            pos: tags[i]!,
            start: at,
            end: cursor,
          }
        : opaqueToken(text.slice(at, cursor), at),
    );
    endsSentence.push(winkEnds[i] === 1);
  }
  correctSentenceEnds(tokens, endsSentence);
  return { text, tokens, sentences: groupSentences(text, tokens, endsSentence) };
}

/** `value.trim() === ''` without building the trimmed copy. */
function isBlank(value: string): boolean {
  return value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && value.trim() === '');
}

/** An over-long run as one token: no part of speech, no lemma but itself. */
function opaqueToken(value: string, start: number): Token {
  const normal = value.toLowerCase();
  return { value, normal, lemma: normal, pos: 'X', start, end: start + value.length };
}

function groupSentences(text: string, tokens: Token[], endsSentence: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  // The first line break at or after the current token's end: one forward scan for the document.
  let lineBreak = text.indexOf('\n');
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const end = tokens[i]!.end;
    if (lineBreak >= 0 && lineBreak < end) lineBreak = text.indexOf('\n', end);
    const breaksLine = next !== undefined && lineBreak >= 0 && lineBreak < next.start;
    if (next === undefined || breaksLine || endsSentence[i]) {
      const start = tokens[first]!.start;
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
