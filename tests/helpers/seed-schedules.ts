import type { Stores } from '../../src/adapters/sqlite/open-stores.js';
import type { ChannelRef, NewItem } from '../../src/services/ports.js';

const words =
  'harbor council budget river school library bridge transit market farmers rainfall storm museum orchestra hospital clinic nurses teachers students parents mayor county village tunnel railway station airport runway highway cyclists lane park garden forest wildfire drought reservoir pipeline factory workers union wages contract housing rents tenants landlords zoning permit builders tower stadium league season coach players referee festival theatre gallery painter novelist poet archive census survey election ballot voters turnout senator committee hearing report audit deficit surplus taxes tariff exports imports shipping port cargo ferry island coast fishermen quota whales seals glacier mountain valley vineyard harvest grain wheat barley orchard apples bakery bread cheese dairy cattle'.split(
    ' ',
  );

/** Distinct, article-length text (no fetch needed: over the 120-word threshold). */
export function storyText(seed: number, sentences = 10): string {
  let x = seed * 7919 + 17;
  const next = () => {
    x = (x * 48271) % 2147483647;
    return words[x % words.length]!;
  };
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const sentence = Array.from({ length: 14 }, next).join(' ');
    out.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(' ');
}

export interface SeedOptions {
  channels: ChannelRef[];
  itemsPerChannel: number;
  /** The schedule's cron (UTC) and when it was set. */
  cron: string;
  setAt: number;
  now: number;
  maxItems?: number;
  /** Stories in a thread (`schedule set … thread:true`). */
  thread?: boolean;
}

/**
 * Gives each channel its own feed with fresh items and a schedule, and marks the feeds as just
 * checked so the poller leaves them alone during the test.
 */
export function seedScheduledChannels(stores: Stores, options: SeedOptions): void {
  const { channels, now } = options;
  channels.forEach((channel, c) => {
    const feed = stores.feeds.addFeed(`https://feeds.invalid/${c}.xml`, `Outlet ${c}`, now);
    stores.feeds.recordFetchSuccess(feed.id, {
      checkedAt: now,
      nextCheckAt: now + 24 * 3_600_000,
      etag: null,
      lastModified: null,
      title: `Outlet ${c}`,
    });
    stores.feeds.subscribe(channel, feed.id, 'test', now);
    const items: NewItem[] = Array.from({ length: options.itemsPerChannel }, (_, i) => ({
      identity: `item-${c}-${i}`,
      url: null,
      title: `Story ${c}.${i}: ${storyText(c * 100 + i, 1).slice(0, 60)}`,
      author: null,
      publishedAt: now - i * 60_000,
      summary: null,
      contentHtml: `<p>${storyText(c * 100 + i)}</p>`,
      announce: true,
    }));
    stores.feeds.saveItems(feed.id, items, now - 30 * 60_000);
    stores.schedules.setSchedule(
      {
        channel,
        cron: options.cron,
        timezone: 'UTC',
        label: options.cron,
        maxItems: options.maxItems ?? 40,
        thread: options.thread ?? false,
      },
      'test',
      options.setAt,
    );
  });
}

/** A cron (UTC, hourly) whose latest slot was `minutesAgo` minutes before `now`. */
export function hourlyCronMinutesAgo(now: number, minutesAgo: number): string {
  const minute = new Date(now - minutesAgo * 60_000).getUTCMinutes();
  return `${minute} * * * *`;
}
