import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { parseDuration } from '../../core/duration.js';
import type { Analyzer } from '../../core/engine.js';
import { type NormalizedItem, parseFeed, parseOpml } from '../../core/feed/index.js';
import type { Fetcher } from '../../core/fetch-outcome.js';
import { UserError } from '../../errors.js';
import { renderMarkdown } from '../../render/markdown.js';
import {
  collectDigestCandidates,
  countNotes,
  type DigestCandidate,
  type DigestItemInput,
  digestReply,
} from '../../services/build-feed-digest.js';
import { type DigestStory, groupIntoStories } from '../../services/group-stories.js';
import { createItemText } from '../../services/item-text.js';
import { type Clock, systemClock } from '../../services/ports.js';
import { DEFAULT_MAX_BYTES } from '../http/safe-fetcher.js';
import { readLocalText } from '../local-source.js';
import type { CliIo } from './summarize-cli.js';

const formats = ['markdown', 'json', 'jsonl'] as const;
type Format = (typeof formats)[number];

export interface DigestCliDeps {
  engine: Analyzer;
  /** The safe fetcher; the caller closes it. */
  fetcher: Fetcher;
  /** Local feed files get the fetcher's cap; LEDE_FETCH_MAX_BYTES. */
  maxFileBytes?: number;
  clock?: Clock;
}

interface LoadedFeed {
  title: string | null;
  url: string | null;
  items: NormalizedItem[];
}

interface Loaded {
  feeds: LoadedFeed[];
  errors: string[];
}

/**
 * `lede digest <feed-url-or-file...>`: reads feeds (URLs, local files, or every feed of an OPML
 * file), keeps the items of the `--since` window, and prints a digest of the newest `--max`.
 * A source that fails is reported on stderr in one line; the others still print.
 */
export async function digestCli(args: string[], deps: DigestCliDeps, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      max: { type: 'string', default: '10' },
      format: { type: 'string', short: 'f', default: 'markdown' },
    },
  });
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new UserError(`--format must be one of ${formats.join(', ')} (got "${values.format}").`);
  }
  const max = parseMax(values.max!);
  const windowMs = values.since === undefined ? null : parseWindow(values.since);
  if (positionals.length === 0) {
    throw new UserError(
      'digest needs at least one source: a feed URL, a feed file or an OPML file.',
    );
  }
  const loaded = await pLimit(4).map(positionals, (source) =>
    loadSource(source, deps.fetcher, deps.maxFileBytes ?? DEFAULT_MAX_BYTES),
  );
  const errors = loaded.flatMap((l) => l.errors);
  for (const error of errors) io.stderr(`lede: ${error}\n`);
  const now = (deps.clock ?? systemClock).now();
  const items = loaded
    .flatMap((l) => l.feeds)
    .flatMap((feed) => feed.items.map((item) => toDigestInput(item, feed)))
    .filter(
      (item) =>
        windowMs === null || item.publishedAt === null || item.publishedAt >= now - windowMs,
    );
  const itemText = createItemText(deps.fetcher);
  const stories = await collectDigestCandidates(items, { engine: deps.engine, itemText }, { max });
  io.stdout(render(stories, format, values.since));
  return errors.length > 0 ? 1 : 0;
}

function parseWindow(text: string): number {
  const ms = parseDuration(text);
  if (ms === null) {
    throw new UserError(
      `--since takes a number and m, h or d, like 30m, 24h or 7d (got "${text}").`,
    );
  }
  return ms;
}

function parseMax(text: string): number {
  const max = Number(text);
  if (!Number.isInteger(max) || max < 1 || max > 200) {
    throw new UserError(`--max takes a whole number from 1 to 200 (got "${text}").`);
  }
  return max;
}

async function loadSource(source: string, fetcher: Fetcher, maxBytes: number): Promise<Loaded> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source, fetcher);
  let text: string;
  try {
    text = await readLocalText(source, maxBytes);
  } catch (error) {
    if (error instanceof UserError) return { feeds: [], errors: [error.message] };
    throw error;
  }
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml\b/i.test(text)) {
    const { feeds } = parseOpml(text);
    if (feeds.length === 0)
      return { feeds: [], errors: [`${source}: the OPML file lists no feeds.`] };
    const results = await pLimit(4).map(feeds, (feed) => fetchFeed(feed.url, fetcher, feed.title));
    return { feeds: results.flatMap((r) => r.feeds), errors: results.flatMap((r) => r.errors) };
  }
  return readFeedText(source, text);
}

async function fetchFeed(url: string, fetcher: Fetcher, title?: string): Promise<Loaded> {
  const outcome = await fetcher.fetch({ url, accept: 'feed' });
  if (outcome.kind !== 'ok') return { feeds: [], errors: [`${url}: ${outcome.message}`] };
  return readFeedText(url, outcome.text, outcome.contentType, outcome.url, title);
}

function readFeedText(
  source: string,
  text: string,
  contentType?: string,
  url?: string,
  fallbackTitle?: string,
): Loaded {
  const parsed = parseFeed(text, contentType, url);
  const feed = parsed.kind === 'ok' ? parsed.feed : parsed.partial;
  const loaded = feed
    ? [{ title: feed.title ?? fallbackTitle ?? null, url: url ?? null, items: feed.items }]
    : [];
  if (parsed.kind === 'ok') return { feeds: loaded, errors: [] };
  const kept = feed?.items.length ? ` (read ${feed.items.length} items before that)` : '';
  return { feeds: loaded, errors: [`${source}: ${parsed.message}${kept}`] };
}

function toDigestInput(item: NormalizedItem, feed: LoadedFeed): DigestItemInput {
  const { url, title, summary, contentHtml, publishedAt } = item;
  return { url, title, summary, contentHtml, publishedAt, outlet: feed.title, feedUrl: feed.url };
}

function render(candidates: DigestCandidate[], format: Format, since: string | undefined): string {
  const stories = groupIntoStories(candidates);
  if (format === 'json') return `${JSON.stringify({ items: stories.map(jsonItem) }, null, 2)}\n`;
  if (format === 'jsonl') return stories.map((s) => `${JSON.stringify(jsonItem(s))}\n`).join('');
  const window = since ? ` from the last ${since}` : '';
  if (stories.length === 0) return renderMarkdown({ body: [`No items${window}.`] });
  const title = `Digest: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} from ${candidates.length} item${candidates.length === 1 ? '' : 's'}${window}`;
  return renderMarkdown(digestReply(candidates, title));
}

/** The public JSON shape of one digest item: a story, told by its most neutral copy. */
function jsonItem({ lead: story, others, framingNote }: DigestStory) {
  return {
    title: story.title,
    url: story.url,
    outlet: story.outlet,
    publishedAt: story.publishedAt === null ? null : new Date(story.publishedAt).toISOString(),
    digest: story.analysis?.digest.map((line) => line.text) ?? [],
    noteCounts: countNotes(story.analysis),
    genre: story.analysis?.genre.label ?? null,
    ...(story.problem ? { problem: story.problem } : {}),
    coverage: others.map((o) => ({ outlet: o.outlet, url: o.url })),
    framingNote,
  };
}
