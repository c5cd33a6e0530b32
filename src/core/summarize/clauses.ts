import type { Sentence, TextDoc, Token } from '../text/text-model.js';

/** A non-restrictive phrase set off by commas or dashes, as a token range to delete. */
export interface Clause {
  /** From the opening comma or dash up to and including the closing one (not a final stop). */
  start: number;
  end: number;
  /** Participial and relative phrases always go; an appositive goes only if its flagged word can't. */
  droppable: 'always' | 'if-needed';
}

const OPEN = new Set([',', '—', '–', '(']);
const CLOSE = new Set([',', '—', '–', ')']);
const FINAL = /^[.!?;:]+$/;
const REPORTING = new Set(['added', 'warned', 'stated', 'noted', 'explained', 'insisted']);
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'told', 'added', 'according', 'wrote']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);

/**
 * The phrase around the flagged tokens [a, b), if it is one that can be removed whole:
 * ", known for his diplomacy," (participial), ", who ..." (relative), ", a silence that ..."
 * (appositive noun phrase). A comma-separated main clause ("Against expectations, the talks
 * proved fruitful") contains a finite verb before any relative pronoun, and is never returned.
 */
export function enclosingClause(
  doc: TextDoc,
  sentence: Sentence,
  [a, b]: [number, number],
): Clause | null {
  const tokens = doc.tokens;
  let open = -1;
  for (let i = a - 1; i > sentence.firstToken; i--) {
    if (OPEN.has(tokens[i]!.value)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  let close = sentence.endToken;
  for (let i = b; i < sentence.endToken; i++) {
    const v = tokens[i]!.value;
    if (CLOSE.has(v) || FINAL.test(v)) {
      close = i;
      break;
    }
  }
  const kind = phraseKind(tokens.slice(open + 1, close));
  if (kind === null) return null;
  const closesWithMark = close < sentence.endToken && CLOSE.has(tokens[close]!.value);
  // ", known for X, expanded" loses both commas; ", evidence of X." keeps the full stop; after
  // an opening adverbial ("In so, painting X, Hong Kong's …") the closing comma stays.
  // So does the comma of an inverted attribution: "…security forces, which …, said Amnesty".
  const keepsComma =
    tokens[close]?.value === ',' &&
    (opensOnAdverbial(tokens, sentence.firstToken, open) ||
      ATTRIBUTION_VERBS.has(tokens[close + 1]?.normal ?? ''));
  return { start: open, end: closesWithMark && !keepsComma ? close + 1 : close, droppable: kind };
}

function phraseKind(phrase: readonly Token[]): Clause['droppable'] | null {
  const first = phrase[0];
  if (!first) return null;
  if (RELATIVE.has(first.normal)) return 'always';
  // "..., added Smith" is an inverted attribution, not a participial phrase.
  if (
    first.pos === 'VERB' &&
    /(ing|ed|en|wn)$/.test(first.normal) &&
    !REPORTING.has(first.normal)
  ) {
    return 'always';
  }
  if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON'].includes(first.pos)) return null;
  if (first.pos === 'PRON' && !['his', 'her', 'its', 'their'].includes(first.normal)) return null;
  for (const t of phrase) {
    if (t.normal === 'that' || RELATIVE.has(t.normal)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return 'if-needed';
}

/** The words before the phrase are an opening adverbial ("In so", "On Monday"), not a subject. */
function opensOnAdverbial(tokens: readonly Token[], first: number, open: number): boolean {
  const opener = tokens[first];
  return (
    open > first && (opener?.pos === 'ADP' || opener?.pos === 'SCONJ' || opener?.pos === 'ADV')
  );
}
