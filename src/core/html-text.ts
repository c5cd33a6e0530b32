import { decodeEntities } from './feed/plain-text.js';

/** Elements whose content is never article text. Captions are credits more often than prose. */
const HIDDEN =
  /<(script|style|template|noscript|svg|math|iframe|object|figcaption|button|form|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
const BLOCK =
  /<\/?(?:p|div|section|article|header|footer|aside|main|blockquote|pre|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|figure|hr|address)\b[^>]*>/gi;
const LINE_BREAK = /<br\b[^>]*>/gi;
const CELL = /<\/?t[dh]\b[^>]*>/gi;
/** A tag starts with a letter, `/`, `!` or `?`, so "1 < 2" survives as text. */
const TAG = /<[a-zA-Z/!?][^<>]*>/g;
const PARAGRAPH_MARK = '\u0000';
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/**
 * Plain text of an HTML fragment (a feed item's body), one paragraph per block element and
 * paragraphs separated by a blank line, the shape the engine reads. Inline markup is dropped,
 * hidden elements are removed with their content, entities are decoded. Pure and regex-based:
 * feed bodies are small, trusted to be fragments, and need no DOM.
 */
export function htmlToBlockText(html: string): string {
  const marked = html
    .replace(CDATA, '$1')
    .replace(COMMENT, ' ')
    .replace(HIDDEN, ' ')
    .replace(BLOCK, PARAGRAPH_MARK)
    .replace(LINE_BREAK, PARAGRAPH_MARK)
    .replace(CELL, ' ')
    .replace(TAG, '');
  return decodeEntities(marked)
    .split(PARAGRAPH_MARK)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Words as a reader counts them: "mayor's", "long-awaited" and "4.2" are one word each. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
