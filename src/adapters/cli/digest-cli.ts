import { parseArgs } from 'node:util';
import type { DigestResult } from '../../core/digest-result.js';
import { parseDuration } from '../../core/duration.js';
import { UserError } from '../../errors.js';
import { renderMarkdown } from '../../render/markdown.js';
import { digestReply } from '../../services/build-feed-digest.js';
import { type Clock, systemClock } from '../../services/ports.js';
import {
  digestFeedSources,
  type SourceDigest,
  type SourceDigestDeps,
  storyResult,
} from '../../services/source-digest.js';
import type { CliIo } from './summarize-cli.js';

const formats = ['markdown', 'json', 'jsonl'] as const;
type Format = (typeof formats)[number];

export type DigestCliDeps = SourceDigestDeps & { clock?: Clock };

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
  const max = parseMax(values.max);
  const windowMs = values.since === undefined ? null : parseWindow(values.since);
  if (positionals.length === 0) {
    throw new UserError(
      'digest needs at least one source: a feed URL, a feed file or an OPML file.',
    );
  }
  const since = windowMs === null ? null : (deps.clock ?? systemClock).now() - windowMs;
  const digest = await digestFeedSources(positionals, deps, { max, since });
  for (const error of digest.errors) io.stderr(`lede: ${error}\n`);
  io.stdout(render(digest, format, values.since));
  return digest.errors.length > 0 ? 1 : 0;
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

function render(digest: SourceDigest, format: Format, since: string | undefined): string {
  const { candidates, stories } = digest;
  if (format === 'json') {
    const result: DigestResult = { items: stories.map(storyResult) };
    return `${JSON.stringify(result, null, 2)}\n`;
  }
  if (format === 'jsonl') return stories.map((s) => `${JSON.stringify(storyResult(s))}\n`).join('');
  const window = since ? ` from the last ${since}` : '';
  if (stories.length === 0) return renderMarkdown({ body: [`No items${window}.`] });
  const storyCount = `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}`;
  const itemCount = `${candidates.length} item${candidates.length === 1 ? '' : 's'}`;
  return renderMarkdown(
    digestReply(candidates, `Digest: ${storyCount} from ${itemCount}${window}`),
  );
}
