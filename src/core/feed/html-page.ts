import { decodeHTML } from 'entities/decode';
import { resolveUrl } from './clean-url.js';

const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|rdf|channel)\b/i;
const LINK_TAG = /<link\b[^<>]*>/gi;
const FEED_TYPE = /^application\/(?:rss|atom|feed|rdf)\+(?:xml|json)$/i;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? null : decodeHTML(value.trim());
}

/** True for a web page rather than a feed: a doctype/<html> start, or text/html with no feed root. */
export function looksLikeHtml(text: string, contentType?: string): boolean {
  const start = text.slice(PROLOG.exec(text)?.[0].length ?? 0, 2048);
  if (/^<!doctype\s+html\b|^<html\b/i.test(start)) return true;
  if (FEED_ROOT.test(start)) return false;
  return /^\s*text\/html\b/i.test(contentType ?? '') && /^<(?:head|body|meta|title)\b/i.test(start);
}

/** Feed URLs a page advertises with <link rel="alternate" type="application/rss+xml">. */
export function findAdvertisedFeeds(html: string, pageUrl?: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(LINK_TAG)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const type = attribute(tag, 'type') ?? '';
    if (!rel.includes('alternate') || !FEED_TYPE.test(type)) continue;
    const url = resolveUrl(attribute(tag, 'href'), pageUrl);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

export function htmlPageMessage(html: string, pageUrl?: string): string {
  const feeds = findAdvertisedFeeds(html, pageUrl);
  if (feeds.length === 0) return 'That page is HTML, not a feed, and it does not link to one.';
  const list = feeds.slice(0, 3).join(' , ');
  return `That page is HTML, not a feed. It links to ${feeds.length === 1 ? 'a feed' : 'feeds'}: ${list}`;
}
