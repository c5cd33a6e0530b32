import { NAMED_ENTITIES } from './html-entities.js';
import { removeElements } from './scan-tags.js';

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;
const HIDDEN_ELEMENTS = ['script', 'style', 'template', 'noscript'];
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
/** A tag starts with a letter, `/`, `!` or `?`, so "1 < 2" survives as text. */
const TAG = /<[a-zA-Z/!?][^<>]*>/g;
const BLOCK_BREAK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|blockquote|pre|section|article)\b/gi;

function decodeNumeric(ref: string): string | null {
  const code =
    ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return null;
  if (code >= 0xd800 && code <= 0xdfff) return null;
  return String.fromCodePoint(code);
}

/** Decodes numeric references and the HTML 4 named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    const decoded = ref.startsWith('#') ? decodeNumeric(ref) : NAMED_ENTITIES.get(ref);
    return decoded ?? whole;
  });
}

/** Any run of whitespace (no-break spaces too) becomes one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text from an HTML fragment: hidden elements and tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const visible = removeElements(html.replace(CDATA, '$1').replace(COMMENT, ' '), HIDDEN_ELEMENTS);
  const text = visible.replace(BLOCK_BREAK, ' $&').replace(TAG, '');
  return collapseWhitespace(decodeEntities(text));
}

/** A field meant as plain text: entities decoded and whitespace collapsed, markup kept literally. */
export function plainText(text: string): string {
  return collapseWhitespace(decodeEntities(text));
}

/** Null for missing or blank text, so "no title" is one value, not three. */
export function nonEmpty(text: string | null | undefined): string | null {
  return text && text.trim() !== '' ? text : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
