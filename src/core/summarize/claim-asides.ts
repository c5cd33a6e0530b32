import type { TextDoc, Token } from '../text/text-model.js';
import { isVerb } from '../text/word-tests.js';

const DASH = /^(—|–|--)$/;
/** Focusing adverbs that open an aside which narrows or stresses, never states, the claim. */
const ASIDE_OPENERS = new Set(['even', 'especially', 'particularly', 'notably', 'including']);
/** A verb of its own, not the half of a compound ("so-called", "well-known"). */
const hasVerb = (tokens: readonly Token[], indices: readonly number[]) =>
  indices.some((k) => isVerb(tokens[k]!) && tokens[k - 1]?.value !== '-');

/**
 * The asides of a writer's claim that the digest can leave out without changing what is
 * claimed: a verbless tail after a dash ("…concrete benefits—and not merely symbolic ones.") and
 * a verbless phrase between commas that opens on a focusing adverb (", even with so-called
 * 'hardline' leaders,"), and a stance adverb that opens it ("Specifically, …"). The claim is quoted to the writer in as few words as keep its sense.
 */
export function claimAsides(doc: TextDoc, index: number): number[] {
  const { firstToken, endToken } = doc.sentences[index]!;
  const tokens = doc.tokens;
  const last = /^[.!?]$/.test(tokens[endToken - 1]?.value ?? '') ? endToken - 1 : endToken;
  const removed: number[] = leadingStanceAdverb(tokens, firstToken);
  for (let i = firstToken + 1; i < last; i++) {
    if (DASH.test(tokens[i]!.value)) {
      const tail = range(i, last);
      if (tail.length > 1 && !hasVerb(tokens, tail)) removed.push(...tail);
      break;
    }
    if (tokens[i]!.value !== ',' || !ASIDE_OPENERS.has(tokens[i + 1]?.normal ?? '')) continue;
    const close = range(i + 1, last).find((k) => tokens[k]!.value === ',');
    if (close === undefined) continue;
    const phrase = range(i, close + 1);
    if (!hasVerb(tokens, phrase)) removed.push(...phrase);
    i = close;
  }
  return removed;
}

/**
 * "Specifically, …", "Fortunately, …": an adverb and its comma that open the claim weigh it; the
 * frame already says whose it is, and the clause after them reads whole without them.
 */
function leadingStanceAdverb(tokens: readonly Token[], first: number): number[] {
  const adverb = tokens[first];
  const opensClause = tokens[first + 2] !== undefined && tokens[first + 2]!.pos !== 'PUNCT';
  if (adverb?.pos !== 'ADV' || !adverb.normal.endsWith('ly') || tokens[first + 1]?.value !== ',')
    return [];
  return opensClause ? [first, first + 1] : [];
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}
