import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { asDocument } from './extract/as-document.js';
import { blockParagraphs } from './extract/block-text.js';
import { dropBoilerplate, looksLikeArticle } from './extract/boilerplate.js';
import { cleanTitle } from './extract/clean-title.js';
import { limitDepth } from './extract/limit-depth.js';
import { nestsDeeperThan } from './extract/nesting.js';
import { type GenreHint, pageGenreHint } from './extract/page-genre.js';
import { pruneFurniture } from './extract/prune.js';

/** Deeper than any real page seen (51 levels over both corpora); see `limitDepth`. */
const MAX_DEPTH = 64;
/**
 * Markup nested deeper than this is refused before parsing: linkedom parsed 20,000 nested
 * `<div>`s in 0.2 s but 100,000 in 15 s, and no article needs more than a few dozen levels.
 */
const MAX_MARKUP_DEPTH = 10_000;

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The page's canonical address (`<link rel=canonical>`, `og:url`), else the one it came from. */
  url: string | null;
  /** What the page says of its own genre (an opinion section, an analysis type), if anything. */
  genreHint: GenreHint | null;
  /** Plain text, one paragraph per block, paragraphs separated by a blank line. */
  text: string;
}

/**
 * The readable article of an HTML page (Mozilla Readability over linkedom), or null when the page
 * has no article. `baseUrl` makes relative links absolute, which linkedom does not do by itself.
 */
export function extractArticle(html: string, baseUrl?: string): ExtractedArticle | null {
  if (!/\S/.test(html) || nestsDeeperThan(html, MAX_MARKUP_DEPTH)) return null;
  const { document } = parseHTML(asDocument(html, baseUrl));
  if (!document.documentElement || !document.body) return null;
  limitDepth(document.body as unknown as Element, MAX_DEPTH);
  // linkedom reads the title from <head> only; a page without one leaves <title> in the body.
  const strayTitle = document.title ? null : document.querySelector('title');
  if (strayTitle) document.head.append(strayTitle);
  const pageLang = document.documentElement.getAttribute('lang');
  const url = canonicalUrl(document as unknown as Document, baseUrl);
  const genreHint = pageGenreHint(document as unknown as Document, url ?? undefined);
  // Before Readability: it turns caption boxes into plain paragraphs, and their names are lost.
  pruneFurniture(document.body as unknown as Element);
  const reader = new Readability<Element>(document as unknown as Document, {
    keepClasses: true,
    // Hand back the content element itself: no serialise-and-reparse round trip.
    serializer: (node) => node as Element,
  });
  const article = reader.parse();
  if (!article?.content) return null;
  const title = cleanTitle(clean(article.title), clean(article.siteName));
  pruneFurniture(article.content);
  const paragraphs = dropBoilerplate(blockParagraphs(article.content), title);
  if (!looksLikeArticle(paragraphs, article.content)) return null;
  return {
    title,
    byline: clean(article.byline),
    siteName: clean(article.siteName),
    publishedTime: clean(article.publishedTime),
    lang: clean(article.lang) ?? clean(pageLang),
    excerpt: clean(article.excerpt),
    url,
    genreHint,
    text: paragraphs.join('\n\n'),
  };
}

function canonicalUrl(document: Document, baseUrl: string | undefined): string | null {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [declared, baseUrl]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, baseUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an address: try the next one.
    }
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}
