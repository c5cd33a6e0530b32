import { decodeHTML } from 'entities/decode';
import { removeElements, replaceTags } from './feed/scan-tags.js';

/** Elements whose content is never article text. Captions are credits more often than prose. */
const HIDDEN = [
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'figcaption',
  'button',
  'form',
  'select',
];
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
const BLOCK =
  /<\/?(?:p|div|section|article|header|footer|aside|main|blockquote|pre|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|figure|hr|address)\b/gi;
const LINE_BREAK = /<br\b/gi;
const CELL = /<\/?t[dh]\b/gi;
/** A tag starts with a letter, `/`, `!` or `?`, so "1 < 2" survives as text. */
const TAG = /<[a-zA-Z/!?][^<>]*>/g;
const PARAGRAPH_MARK = '\u0000';
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/**
 * Lede's one HTML-to-text converter for fragments (feed titles, summaries and bodies; pages go
 * through the DOM in core/extract). Plain text, one paragraph per block element and paragraphs
 * separated by a blank line, the shape the engine reads. Inline markup is dropped, hidden
 * elements are removed with their content, entities are decoded with the complete HTML5 table
 * (the `entities` package, as browsers read text). Pure and scan-based, each pass linear in the
 * length of the text (feed bodies come from anyone); no DOM needed, so a 200-item feed stays fast.
 */
export function htmlToBlockText(html: string): string {
  const visible = removeElements(html.replace(CDATA, '$1').replace(COMMENT, ' '), HIDDEN);
  // Block tags are found by their start and end at the next `>` (`replaceTags`): a `[^>]*>`
  // regex rescanned to the end of the text for each unclosed `<p x`.
  const blocks = replaceTags(
    replaceTags(visible, BLOCK, PARAGRAPH_MARK),
    LINE_BREAK,
    PARAGRAPH_MARK,
  );
  const marked = replaceTags(blocks, CELL, ' ').replace(TAG, '');
  return decodeHTML(marked)
    .split(PARAGRAPH_MARK)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

/** `htmlToBlockText` on one line: for fields shown inline, such as a title or a summary. */
export function htmlToText(html: string): string {
  return htmlToBlockText(html).replace(/\n\n/g, ' ');
}

/** Words as a reader counts them: "mayor's", "long-awaited" and "4.2" are one word each. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
