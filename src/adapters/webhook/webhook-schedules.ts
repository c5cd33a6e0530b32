import { createHash } from 'node:crypto';
import { UserError } from '../../errors.js';
import type { ChannelRef, ScheduleStore, Store } from '../../services/ports.js';
import { parseScheduleSpec } from '../../services/schedule-spec.js';
import type { WebhookSchedule } from '../../setting-schemas.js';

export interface WebhookTarget {
  url: string;
  kind: 'discord' | 'slack';
  /** Who the digest is posted as; the webhook's own name and picture when absent. */
  name?: string;
  avatar?: string;
}

/** A webhook's channel id: a hash, so the URL (which holds a token) never reaches the database. */
export function webhookChannelId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 20);
}

/**
 * Makes the database follow LEDE_WEBHOOK_SCHEDULES: one schedule per webhook (as a `webhook`
 * channel following the listed feeds), updated when its line changes, removed when it goes.
 * An unchanged line keeps its last run and any pause. Returns the targets by channel id.
 */
export function syncWebhookSchedules(
  list: WebhookSchedule[],
  stores: { feeds: Store; schedules: ScheduleStore },
  now: number,
): Map<string, WebhookTarget> {
  const { feeds, schedules } = stores;
  const targets = new Map<string, WebhookTarget>();
  for (const hook of list) {
    const id = webhookChannelId(hook.url);
    const channel: ChannelRef = { platform: 'webhook', id };
    const { name, avatar } = hook;
    targets.set(id, { url: hook.url, kind: hook.kind ?? guessKind(hook.url), name, avatar });
    const spec = parseScheduleSpec(hook.when, hook.timezone);
    const current = schedules.getSchedule(channel);
    const same =
      current?.cron === spec.cron &&
      current.timezone === spec.timezone &&
      current.maxItems === hook.max;
    if (!same) schedules.setSchedule({ channel, ...spec, maxItems: hook.max }, 'config', now);
    const wanted = new Set<number>();
    for (const url of hook.feeds) {
      const feed = feeds.addFeed(new URL(url).href, null, now);
      feeds.subscribe(channel, feed.id, 'config', now);
      wanted.add(feed.id);
    }
    for (const feed of feeds.channelFeeds(channel)) {
      if (!wanted.has(feed.id)) unfollow(feeds, channel, feed.id);
    }
  }
  for (const schedule of schedules.allSchedules()) {
    const { channel } = schedule;
    if (channel.platform !== 'webhook' || targets.has(channel.id)) continue;
    schedules.clearSchedule(channel);
    for (const feed of feeds.channelFeeds(channel)) unfollow(feeds, channel, feed.id);
  }
  return targets;
}

function unfollow(feeds: Store, channel: ChannelRef, feedId: number): void {
  feeds.unsubscribe(channel, feedId);
  feeds.dropFeedIfUnfollowed(feedId);
}

function guessKind(url: string): WebhookTarget['kind'] {
  const { hostname, pathname } = new URL(url);
  if (/(^|\.)discord(app)?\.com$/.test(hostname) && pathname.startsWith('/api/webhooks/'))
    return 'discord';
  if (hostname === 'hooks.slack.com') return 'slack';
  throw new UserError(
    `LEDE_WEBHOOK_SCHEDULES: cannot tell whether ${hostname} is a Discord or a Slack webhook; add "kind": "discord" or "kind": "slack".`,
  );
}
