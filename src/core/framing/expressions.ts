import type { Token } from '../text/text-model.js';
import { inflectionsOf, isInflectionOf } from './lexical/morphology.js';

/**
 * Reviewed multi-word expressions and terms of art (config/expressions.json): "extreme fire
 * weather", "natural disaster", "civil rights". Such a phrase is one unit, so none of its words
 * is flagged on its own; a discourse marker ("of course", "to be sure") is never an assertion.
 */
export interface Expressions {
  /** Each expression as its words, keyed by the first word, longest first. */
  byFirst: ReadonlyMap<string, readonly string[][]>;
  size: number;
}

/** Validates the parsed JSON of `config/expressions.json` and compiles it for matching. */
export function parseExpressions(json: unknown): Expressions {
  const list = (json as { expressions?: unknown } | null)?.expressions;
  if (!Array.isArray(list)) throw new Error('expressions: expected { "expressions": [...] }');
  const problems: string[] = [];
  const byFirst = new Map<string, string[][]>();
  for (const [i, raw] of list.entries()) {
    const e = raw as { expression?: unknown; comment?: unknown } | null;
    const text = e?.expression;
    if (typeof text !== 'string' || text !== text.trim().toLowerCase() || text === '') {
      problems.push(`entry ${i}: expression must be a lower-case, trimmed string`);
    } else if (typeof e?.comment !== 'string' || e.comment.trim() === '') {
      problems.push(`entry ${i}: "${text}" needs a comment saying why it is one unit`);
    } else {
      for (const words of variants(text)) {
        // Keyed by the first word's inflections too: "Wildfires raged" has no lemma to look up.
        for (const key of [words[0]!, ...inflectionsOf(words[0]!)])
          byFirst.set(key, [...(byFirst.get(key) ?? []), words]);
      }
    }
  }
  if (problems.length > 0) throw new Error(`expressions: ${problems.join('; ')}`);
  for (const forms of byFirst.values()) forms.sort((a, b) => b.length - a.length);
  return { byFirst, size: list.length };
}

/** "best-selling" is read by the tokeniser either as one token or as "best", "-", "selling". */
function variants(text: string): string[][] {
  const whole = text.split(/\s+/);
  const split = text.split(/\s+|(?=-)|(?<=-)/).filter((w) => w !== '');
  return split.length === whole.length ? [whole] : [whole, split];
}

const sameWord = (token: Token, word: string) =>
  token.normal === word || token.lemma === word || isInflectionOf(token.normal, word);

function longestAt(
  forms: readonly string[][] | undefined,
  tokens: readonly Token[],
  i: number,
  to: number,
): readonly string[] | undefined {
  return forms?.find((w) => i + w.length <= to && w.every((x, k) => sameWord(tokens[i + k]!, x)));
}

/** For each token of tokens[from, to), whether it lies inside a reviewed expression. */
export function tokensInExpressions(
  expressions: Expressions | undefined,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean[] {
  const inside = new Array<boolean>(to - from).fill(false);
  if (!expressions) return inside;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const words =
      longestAt(expressions.byFirst.get(token.normal), tokens, i, to) ??
      (token.lemma !== token.normal
        ? longestAt(expressions.byFirst.get(token.lemma), tokens, i, to)
        : undefined);
    if (!words) continue;
    for (let k = 0; k < words.length; k++) inside[i - from + k] = true;
  }
  return inside;
}
