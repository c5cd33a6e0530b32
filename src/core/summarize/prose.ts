import type { TextDoc } from '../text/text-model.js';
import { LIST_BULLET } from './list.js';

/** A paragraph's closing stop, past any reference marks ("…in 2014.[27]", "[citation needed]"). */
const ENDS_ON_STOP = /[.!?]["”’)]?(?:\s*\[[^\]\n]{1,30}\])*$/;

/** Below this many words a stopped line is a caption, a heading or a list item's note. */
const PROSE_PARAGRAPH_WORDS = 12;

/** A list with fewer words than this in prose paragraphs has no article to digest. */
export const MIN_PROSE_WORDS = 100;

export interface Prose {
  /** Words in the text's prose paragraphs. */
  words: number;
  /** The sentences that start inside a prose paragraph. */
  sentences: ReadonlySet<number>;
}

/**
 * The text's prose: lines that are not list items, run to a closing stop and are long enough
 * to be a paragraph. A list page's captions, item names, specifications and code are not prose.
 */
export function proseOf(doc: TextDoc): Prose {
  const sentences = new Set<number>();
  let words = 0;
  let next = 0;
  let offset = 0;
  for (const line of doc.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!isProseParagraph(line)) continue;
    words += wordCount(line);
    while (next < doc.sentences.length && doc.sentences[next]!.start < start) next++;
    for (; next < doc.sentences.length && doc.sentences[next]!.start < offset; next++)
      sentences.add(next);
  }
  return { words, sentences };
}

function isProseParagraph(line: string): boolean {
  const text = line.trim();
  return (
    !LIST_BULLET.test(text) && ENDS_ON_STOP.test(text) && wordCount(text) >= PROSE_PARAGRAPH_WORDS
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
