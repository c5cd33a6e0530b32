import { htmlToText } from '../html-text.js';
import { canonicalUrl, resolveBase } from './clean-url.js';
import { parseFeedDate } from './parse-date.js';
import { escapeHtml, nonEmpty, plainText } from './plain-text.js';
import type { DraftItem } from './types.js';

/**
 * A feed item's title, summary or body is read up to this many characters (about 30,000 words of
 * markup); the rest is dropped before any text extraction. Real items are a few kilobytes.
 */
export const MAX_ITEM_FIELD_CHARS = 200_000;

/** An Atom-style text construct: `type` says whether `value` is text, escaped HTML or XHTML. */
export interface TypedText {
  value?: string;
  type?: string;
}

export interface AtomLikeLink {
  href?: string;
  rel?: string;
  type?: string;
}

/** What a mapper reads from the item before shared normalisation. */
export interface RawItem {
  guid?: string | undefined;
  link?: string | undefined;
  title?: TypedText | undefined;
  author?: string | undefined;
  dates: (string | undefined)[];
  summary?: TypedText | undefined;
  content?: TypedText | undefined;
  /** xml:base in scope for this item (already resolved against the feed's base). */
  base: string | null;
}

export function isHtmlType(type: string | undefined): boolean {
  const lower = type?.toLowerCase() ?? 'html';
  return lower === 'html' || lower === 'xhtml' || lower.includes('html');
}

/** Plain text of a text construct; RSS fields (no type) are treated as HTML, as readers do. */
export function textOf(text: TypedText | undefined): string | null {
  if (!text?.value) return null;
  const value = text.value.slice(0, MAX_ITEM_FIELD_CHARS);
  return nonEmpty(isHtmlType(text.type) ? htmlToText(value) : plainText(value));
}

export function htmlOf(text: TypedText | undefined): string | null {
  const value = text?.value?.slice(0, MAX_ITEM_FIELD_CHARS).trim();
  if (!value) return null;
  return isHtmlType(text?.type) ? value : escapeHtml(value);
}

/** The first date that parses: a feed often has several date fields and some carry junk. */
export function firstDate(dates: (string | undefined)[]): number | null {
  for (const raw of dates) {
    const parsed = parseFeedDate(raw);
    if (parsed !== null) return parsed;
  }
  return null;
}

/** The alternate link of an Atom link list: rel alternate (or none), HTML preferred. */
export function alternateLink(links: AtomLikeLink[] | undefined): string | undefined {
  const candidates = (links ?? []).filter(
    (link) => link.href?.trim() && (!link.rel || link.rel.toLowerCase() === 'alternate'),
  );
  const html = candidates.find((link) => !link.type || link.type.toLowerCase().includes('html'));
  return (html ?? candidates[0])?.href;
}

export function toDraftItem(raw: RawItem): DraftItem {
  const summaryText = textOf(raw.summary) ?? textOf(raw.content);
  return {
    guid: nonEmpty(raw.guid?.trim()),
    url: canonicalUrl(raw.link, raw.base),
    title: textOf(raw.title),
    author: nonEmpty(raw.author ? plainText(raw.author) : null),
    publishedAt: firstDate(raw.dates),
    summary: summaryText,
    contentHtml: htmlOf(raw.content) ?? htmlOf(raw.summary),
  };
}

/** The base for an element: its own xml:base resolved against the base in scope. */
export function scopedBase(xmlBase: string | undefined, inScope: string | null): string | null {
  return resolveBase(xmlBase, inScope);
}
