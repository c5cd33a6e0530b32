import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalUrl } from '../../../src/core/feed/clean-url.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { plainText } from '../../../src/core/feed/plain-text.js';
import type { NormalizedFeed, ParseFeedOutcome } from '../../../src/core/feed/types.js';
import { htmlToText } from '../../../src/core/html-text.js';
import { corpusPath } from '../../helpers/corpora.js';
import { decodeFeedBytes, readCorpusBytes } from './corpus-files.js';
import { type Alternative, type FieldRef, parseExpectation } from './feedparser-expect.js';

interface IndexRow {
  path: string;
  group: string;
  subgroup: string | null;
  expect: string | null;
}

export type FixtureStatus = 'pass' | 'fail' | 'skipped';

export interface FixtureResult {
  path: string;
  group: string;
  status: FixtureStatus;
  outcome: ParseFeedOutcome['kind'] | 'crash';
  hasPartial: boolean;
}

export function readFeedparserIndex(): IndexRow[] {
  const text = readFileSync(corpusPath('feedparser-tests', 'index.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as IndexRow);
}

/** feedparser's test server sends `Header:` lines from the fixture's comment as HTTP headers. */
function fixtureHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  const comment = /^\s*<!--([\s\S]*?)-->/.exec(text)?.[1] ?? '';
  for (const [, name, value] of comment.matchAll(/^Header:\s*([\w-]+):\s*(.*)$/gm)) {
    headers.set(name!.toLowerCase(), value!.trim());
  }
  return headers;
}

function fieldValue(feed: NormalizedFeed, ref: FieldRef): string | null | undefined {
  if (ref.scope === 'feed') {
    if (ref.field === 'title') return feed.title;
    return ref.field === 'link' ? feed.url : feed.id;
  }
  const item = feed.items[ref.scope];
  if (!item) return undefined;
  if (ref.field === 'title') return item.title;
  return ref.field === 'link' ? item.url : item.guid;
}

/** Lede keeps titles as plain text and links canonical: compare in that representation. */
function sameValue(ref: FieldRef, actual: string | null | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  if (ref.field === 'title') {
    return actual === (plainText(expected) || null) || actual === (htmlToText(expected) || null);
  }
  if (ref.field === 'link') return actual === expected || actual === canonicalUrl(expected);
  return actual === expected;
}

function passes(alternative: Alternative, outcome: ParseFeedOutcome): boolean {
  if (alternative.requiresOk && outcome.kind !== 'ok') return false;
  const feed = outcome.kind === 'ok' ? outcome.feed : outcome.partial;
  if (!feed) return false;
  return alternative.comparisons.every((c) =>
    c.refs.every((ref) => sameValue(ref, fieldValue(feed, ref), c.expected)),
  );
}

export function runFixture(row: IndexRow): FixtureResult {
  const bytes = readCorpusBytes(join('feedparser-tests', row.path));
  const text = decodeFeedBytes(bytes);
  const headers = fixtureHeaders(text);
  const docUri = `http://127.0.0.1:8097/tests/${row.path.replace(/^files\//, '')}`;
  const base = headers.get('content-location') ?? docUri;
  const result: FixtureResult = {
    path: row.path,
    group: row.group,
    status: 'skipped',
    outcome: 'crash',
    hasPartial: false,
  };
  let outcome: ParseFeedOutcome;
  try {
    outcome = parseFeed(text, headers.get('content-type'), new URL(base, docUri).href);
  } catch {
    return { ...result, status: 'fail' };
  }
  result.outcome = outcome.kind;
  result.hasPartial = outcome.kind === 'parse-error' && outcome.partial !== undefined;
  // CDF (Microsoft's Channel Definition Format) is not one of the formats Lede reads.
  if (row.subgroup === 'cdf') return result;
  const checkable = parseExpectation(row.expect ?? '').filter((a) => a.comparisons.length > 0);
  if (checkable.length === 0) return result;
  result.status = checkable.some((a) => passes(a, outcome)) ? 'pass' : 'fail';
  return result;
}

export interface FeedparserSummary {
  wellformed: { total: number; passed: number; applicable: number; skipped: number };
  /** Fixtures outside `wellformed/` that also state a supported expectation (entities, encoding). */
  otherGroups: { passed: number; applicable: number };
  illformed: { total: number; parseError: number; partialOrOk: number };
  crashed: string[];
  failures: string[];
}

export function runFeedparserSuite(): FeedparserSummary {
  const summary: FeedparserSummary = {
    wellformed: { total: 0, passed: 0, applicable: 0, skipped: 0 },
    otherGroups: { passed: 0, applicable: 0 },
    illformed: { total: 0, parseError: 0, partialOrOk: 0 },
    crashed: [],
    failures: [],
  };
  for (const row of readFeedparserIndex()) {
    const result = runFixture(row);
    if (result.outcome === 'crash') summary.crashed.push(row.path);
    if (row.group === 'illformed') {
      summary.illformed.total++;
      if (result.outcome === 'parse-error') summary.illformed.parseError++;
      else if (result.outcome === 'ok') summary.illformed.partialOrOk++;
      continue;
    }
    const bucket = row.group === 'wellformed' ? summary.wellformed : summary.otherGroups;
    if (row.group === 'wellformed') summary.wellformed.total++;
    if (result.status === 'skipped') {
      if (row.group === 'wellformed') summary.wellformed.skipped++;
      continue;
    }
    bucket.applicable++;
    if (result.status === 'pass') bucket.passed++;
    else if (row.group === 'wellformed') summary.failures.push(row.path);
  }
  return summary;
}
