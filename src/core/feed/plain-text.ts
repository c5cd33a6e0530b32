import { decodeHTML } from 'entities/decode';

/** Any run of whitespace (no-break spaces too) becomes one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A field meant as plain text: entities decoded and whitespace collapsed, markup kept literally. */
export function plainText(text: string): string {
  return collapseWhitespace(decodeHTML(text));
}

/** Null for missing or blank text, so "no title" is one value, not three. */
export function nonEmpty(text: string | null | undefined): string | null {
  return text && text.trim() !== '' ? text : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
