import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalUrl } from '../../../src/core/feed/clean-url.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { plainText } from '../../../src/core/feed/plain-text.js';
import type { NormalizedFeed } from '../../../src/core/feed/types.js';
import { htmlToText } from '../../../src/core/html-text.js';
import { corpusPath } from '../../helpers/corpora.js';
import { decodeFeedBytes, decodeJsonBytes, readCorpusBytes } from './corpus-files.js';

interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  isoDate?: string;
}
interface ExpectedFeed {
  title?: string;
  link?: string;
  items?: ExpectedItem[];
}

export type FieldName = 'feed title' | 'feed link' | 'title' | 'link' | 'guid/id' | 'isoDate';
export interface FieldTally {
  passed: number;
  applicable: number;
}
export interface RssParserSummary {
  files: number;
  filesFullyMatching: number;
  fields: Record<FieldName, FieldTally>;
  mismatches: string[];
  /** Inputs with no expected output (rss-parser's error cases): Lede's outcome for each. */
  noOutput: Record<string, string>;
}

const sameTitle = (actual: string | null | undefined, expected: string) =>
  actual === (plainText(expected) || null) || actual === (htmlToText(expected) || null);

/** rss-parser keeps links as written; Lede resolves them and drops tracking parameters. */
const sameLink = (actual: string | null | undefined, expected: string, base: string | null) =>
  actual === canonicalUrl(expected, base);

function emptyFields(): Record<FieldName, FieldTally> {
  const names: FieldName[] = ['feed title', 'feed link', 'title', 'link', 'guid/id', 'isoDate'];
  return Object.fromEntries(names.map((n) => [n, { passed: 0, applicable: 0 }])) as Record<
    FieldName,
    FieldTally
  >;
}

function compareFeed(expected: ExpectedFeed, feed: NormalizedFeed, record: Recorder): void {
  if (expected.title) record('feed title', sameTitle(feed.title, expected.title));
  if (expected.link) record('feed link', sameLink(feed.url, expected.link, null));
  (expected.items ?? []).forEach((want, index) => {
    const got = feed.items[index];
    if (want.title) record('title', sameTitle(got?.title, want.title), index);
    if (want.link) record('link', sameLink(got?.url, want.link, feed.url), index);
    const guid = want.guid ?? want.id;
    if (guid) record('guid/id', got?.guid === guid.trim(), index);
    if (want.isoDate) record('isoDate', got?.publishedAt === Date.parse(want.isoDate), index);
  });
}

type Recorder = (field: FieldName, ok: boolean, index?: number) => void;

export function runRssParserSuite(): RssParserSummary {
  const dir = corpusPath('rss-parser-tests');
  const summary: RssParserSummary = {
    files: 0,
    filesFullyMatching: 0,
    fields: emptyFields(),
    mismatches: [],
    noOutput: {},
  };
  const outputs = new Set(readdirSync(join(dir, 'output')));
  for (const input of readdirSync(join(dir, 'input')).sort()) {
    const stem = input.replace(/\.[^.]+$/, '');
    const outcome = parseFeed(decodeFeedBytes(readCorpusBytes(`rss-parser-tests/input/${input}`)));
    if (!outputs.has(`${stem}.json`)) {
      summary.noOutput[stem] = outcome.kind === 'ok' ? 'ok' : outcome.message;
      continue;
    }
    const json = decodeJsonBytes(readCorpusBytes(`rss-parser-tests/output/${stem}.json`));
    const expected = (JSON.parse(json) as { feed: ExpectedFeed }).feed;
    summary.files++;
    const feed = outcome.kind === 'ok' ? outcome.feed : outcome.partial;
    let clean = true;
    const record: Recorder = (field, ok, index) => {
      summary.fields[field].applicable++;
      if (ok) summary.fields[field].passed++;
      else {
        clean = false;
        summary.mismatches.push(`${stem}: ${field}${index === undefined ? '' : ` [${index}]`}`);
      }
    };
    if (feed) compareFeed(expected, feed, record);
    else record('feed title', false);
    if (clean) summary.filesFullyMatching++;
  }
  return summary;
}
