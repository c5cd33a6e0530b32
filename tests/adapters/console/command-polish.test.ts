import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandDeps } from '../../../commands/types.js';
import { runConsole } from '../../../src/adapters/console/console-mode.js';
import { createSafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';
import { withLocalFeeds } from '../../../src/adapters/local-feed-fetcher.js';
import { openStores, type Stores } from '../../../src/adapters/sqlite/open-stores.js';
import { createChannelServices } from '../../../src/services/channel-services.js';

const log = { debug() {}, info() {}, warn() {}, error() {} };
const safe = createSafeFetcher({});
let stores: Stores;
let deps: CommandDeps;

beforeAll(() => {
  stores = openStores(mkdtempSync(join(tmpdir(), 'lede-console-polish-')));
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher: withLocalFeeds(safe, 1_000_000),
    // Help, option checks, feeds and schedules never analyse or read articles.
    engine: {} as never,
    itemText: {} as never,
    clock: { now: () => Date.now() },
    log,
  });
  deps = {
    engine: {} as never,
    loadArticle: async () => {
      throw new Error('no article is read in these tests');
    },
    commandName: 'news',
    registry,
    channels,
  };
});

afterAll(async () => {
  stores.close();
  await safe.close();
});

/** Pipes the lines into console mode, as `lede start` does, and returns what it printed. */
async function typeLines(...lines: string[]): Promise<string> {
  let printed = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      printed += chunk;
      done();
    },
  });
  const input = Readable.from([`${lines.join('\n')}\n`]);
  const session = await runConsole({ input, output, interactive: false, deps, log });
  await session.done;
  return printed;
}

describe('console commands, polished', () => {
  it('answers /news feeds and /news schedule alone with that group’s help', async () => {
    const parts = (await typeLines('/news feeds', '/news schedule')).split(
      '## Lede: the schedule commands',
    );
    expect(parts).toHaveLength(2);
    const [feeds = '', schedule = ''] = parts;
    expect(feeds).toContain('## Lede: the feeds commands');
    expect(feeds).toContain(
      '`/news feeds add url:<url> [include:<include>] [exclude:<exclude>]` — Follow a news feed',
    );
    expect(feeds).toContain('`/news feeds list`');
    expect(feeds).not.toContain('schedule set');
    expect(schedule).toContain('`/news schedule set cron:<cron>');
    expect(schedule).toContain('`/news schedule clear`');
    expect(feeds + schedule).not.toContain('Unknown command');
  });

  it('refuses an option the command does not have, naming the ones it has', async () => {
    const out = await typeLines('/news digest since:7d extra:1', '/news help extra:1');
    expect(out).toContain(
      '\\`digest\\` has no option \\`extra\\`. Its options: \\`since\\`, \\`max\\`.',
    );
    expect(out).toContain('\\`help\\` has no option \\`extra\\`. It takes no options.');
  });

  it('gives the next runs in the schedule’s own time zone, and warns while no feed can fill it', async () => {
    const first = await typeLines('/news schedule set cron:daily 08:00 timezone:Europe/Berlin');
    // 08:00 in Berlin, whatever the season: UTC+01:00 in winter, UTC+02:00 in summer.
    expect(first).toMatch(
      /Next: \w{3} \d{4}-\d\d-\d\d 08:00 \(UTC\+0[12]:00\), \w{3} \d{4}-\d\d-\d\d 08:00 /,
    );
    expect(first).toContain(
      'This channel follows no feeds yet, so nothing will be posted until you add one with `/news feeds add`.',
    );
    const later = await typeLines(
      '/news feeds add url:examples/feed.xml',
      '/news schedule set cron:weekdays 17:30 timezone:Asia/Kolkata',
      '/news schedule show',
    );
    expect(later).toMatch(/Next: \w{3} \d{4}-\d\d-\d\d 17:30 \(UTC\+05:30\)/);
    expect(later).not.toContain('follows no feeds yet');
    expect(later).not.toMatch(/\d\d:\d\d UTC\b/);
  });
});
