import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, Span } from '../types.js';
import { withoutEffortFrames } from './effort-frame.js';

/** What survives of a sentence: kept token indices in order, and replacement text by position. */
export interface LinePlan {
  keep: number[];
  /** Replacement text to insert right before the kept token at this index (or at the end). */
  insertBefore: Map<number, string>;
  insertAtEnd?: string;
}

const CLOSING = /^[,.;:!?)\]}’”'%]/;

/**
 * Renders kept tokens as a line: runs of adjacent tokens keep their original spacing and become
 * one span each; runs are joined with a space (none before closing punctuation). Only two
 * surface repairs touch source words: the first letter is capitalised and "a"/"an" follows the
 * word that now comes after it. An effort frame ("managed to regain") is rendered as the fact
 * it entails ("regained").
 */
export function renderLine(doc: TextDoc, written: LinePlan): DigestLine {
  const plan = withoutEffortFrames(doc, written);
  const pieces: string[] = [];
  const spans: Span[] = [];
  const values = plan.keep.map((i) => doc.tokens[i]!.value);
  fixArticles(doc, plan, values);
  let k = 0;
  while (k < plan.keep.length) {
    const inserted = plan.insertBefore.get(plan.keep[k]!);
    if (inserted !== undefined) pieces.push(inserted);
    let end = k;
    while (end + 1 < plan.keep.length && plan.keep[end + 1] === plan.keep[end]! + 1) {
      if (plan.insertBefore.has(plan.keep[end + 1]!)) break;
      end++;
    }
    let text = values[k]!;
    for (let j = k + 1; j <= end; j++) {
      text += doc.text.slice(doc.tokens[plan.keep[j - 1]!]!.end, doc.tokens[plan.keep[j]!]!.start);
      text += values[j]!;
    }
    pieces.push(text);
    spans.push([doc.tokens[plan.keep[k]!]!.start, doc.tokens[plan.keep[end]!]!.end]);
    k = end + 1;
  }
  if (plan.insertAtEnd !== undefined) pieces.push(plan.insertAtEnd);
  let text = '';
  for (const piece of pieces) text += text === '' || CLOSING.test(piece) ? piece : ` ${piece}`;
  return { text: capitalise(text), spans };
}

/** The first word's first letter; a line that opens on a number ("3,500 people …") keeps its case. */
function capitalise(text: string): string {
  const at = text.search(/[\p{L}\p{N}]/u);
  if (at < 0 || !/\p{L}/u.test(text[at]!)) return text;
  return text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1);
}

/** "an" before a vowel sound, by spelling; the usual exceptions ("a union", "an hour"). */
export function articleFor(nextWord: string): 'a' | 'an' {
  const w = nextWord.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(uni|use|usu|uti|eu|one|once|u\.)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

function fixArticles(doc: TextDoc, plan: LinePlan, values: string[]): void {
  for (let k = 0; k + 1 < plan.keep.length; k++) {
    const index = plan.keep[k]!;
    const normal = doc.tokens[index]!.normal;
    if (normal !== 'a' && normal !== 'an') continue;
    const next = plan.keep[k + 1]!;
    const inserted = plan.insertBefore.get(next);
    if (next === index + 1 && inserted === undefined) continue;
    const wanted = articleFor(inserted ?? doc.tokens[next]!.value);
    const value = values[k]!;
    const upper = value[0] === value[0]!.toUpperCase();
    values[k] = upper ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
  }
}
