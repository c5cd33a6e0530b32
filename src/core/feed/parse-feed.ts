import {
  type AnyFeed,
  DetectError,
  detectAtomFeed,
  detectRdfFeed,
  detectRssFeed,
  ParseError,
  parseFeed as parseWithFeedsmith,
} from 'feedsmith';
import { resolveUrl } from './clean-url.js';
import { htmlPageMessage, looksLikeHtml } from './html-page.js';
import { assignIdentities } from './item-identity.js';
import { mapAtom } from './map-atom.js';
import { mapJson } from './map-json.js';
import { type MappedFeed, mapRdf, mapRss } from './map-rss.js';
import type { FeedFormat, NormalizedFeed, ParseFeedOutcome } from './types.js';
import { findXmlProblem, type XmlProblem } from './xml-check.js';

const NOT_A_FEED = 'That is not a feed Lede can read (RSS, Atom, RDF or JSON Feed).';

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x into Lede's shape. Never throws: every
 * failure is a `parse-error` whose message is safe to show in chat. A feed that reads but has
 * broken XML comes back as a `parse-error` with the items read so far in `partial`.
 */
export function parseFeed(text: string, contentType?: string, baseUrl?: string): ParseFeedOutcome {
  try {
    return parseOrExplain(text.replace(/^\uFEFF/, ''), contentType, resolveUrl(baseUrl));
  } catch {
    return { kind: 'parse-error', message: NOT_A_FEED };
  }
}

function parseOrExplain(text: string, contentType: string | undefined, baseUrl: string | null) {
  if (text.trim() === '') return failure('The feed is empty.');
  if (looksLikeHtml(text, contentType)) return failure(htmlPageMessage(text, baseUrl ?? undefined));
  if (/^\s*[{[]/.test(text)) return parseJsonText(text, baseUrl);
  const problem = findXmlProblem(text);
  let parsed: AnyFeed | null = null;
  try {
    parsed = parseWithFeedsmith(text);
  } catch (error) {
    if (problem) return failure(brokenXmlMessage(problem));
    const format = error instanceof ParseError ? detectXmlFormat(text) : null;
    // feedsmith refuses a recognised feed that has no title and no items; to Lede it is just empty.
    if (format) return { kind: 'ok', feed: emptyFeed(format) } as const;
    return failure(error instanceof DetectError ? NOT_A_FEED : 'The feed could not be read.');
  }
  const feed = normalize(parsed, baseUrl);
  if (problem) return failure(brokenXmlMessage(problem), feed);
  return { kind: 'ok', feed } as const;
}

function parseJsonText(text: string, baseUrl: string | null): ParseFeedOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return failure(`The feed's JSON is broken: ${detail}`);
  }
  try {
    return { kind: 'ok', feed: normalize(parseWithFeedsmith(json), baseUrl) };
  } catch {
    return failure(NOT_A_FEED);
  }
}

export function brokenXmlMessage(problem: XmlProblem): string {
  return `The feed's XML is broken at line ${problem.line}: ${problem.message}.`;
}

function detectXmlFormat(text: string): FeedFormat | null {
  if (detectRssFeed(text)) return 'rss';
  if (detectAtomFeed(text)) return 'atom';
  return detectRdfFeed(text) ? 'rdf' : null;
}

function emptyFeed(format: FeedFormat): NormalizedFeed {
  return { format, title: null, url: null, id: null, description: null, items: [] };
}

function failure(message: string, partial?: NormalizedFeed): ParseFeedOutcome {
  return partial ? { kind: 'parse-error', message, partial } : { kind: 'parse-error', message };
}

function mapAny(parsed: AnyFeed, baseUrl: string | null): MappedFeed {
  switch (parsed.format) {
    case 'rss':
      return mapRss(parsed.feed, baseUrl);
    case 'atom':
      return mapAtom(parsed.feed, baseUrl);
    case 'rdf':
      return mapRdf(parsed.feed, baseUrl);
    case 'json':
      return mapJson(parsed.feed, baseUrl);
  }
}

function normalize(parsed: AnyFeed, baseUrl: string | null): NormalizedFeed {
  const mapped = mapAny(parsed, baseUrl);
  return {
    format: parsed.format,
    title: mapped.title,
    url: mapped.link,
    id: mapped.id,
    description: mapped.description,
    items: assignIdentities(mapped.items),
  };
}
