import type { Reply } from '../core/reply.js';
import type { ChannelRef } from './ports.js';

/*
 * What the channel services offer, declared beside them: commands call services (never the other
 * way round), so the services own the shapes they take and return.
 */

export interface FeedSummary extends FeedFilters {
  id: number;
  title: string;
  url: string;
  /** "ok", "failing (3 tries): timeout" or "disabled: …", for `feeds list`. */
  health: string;
}

/** A feed's filter terms in this channel, as `feeds list` shows them; null or absent: none. */
export interface FeedFilters {
  include?: string | null;
  exclude?: string | null;
}

/** A change to a feed's filters: a list left undefined is kept, an empty one (or `-`) cleared. */
export interface FilterRequest {
  include?: string;
  exclude?: string;
}

/** What `feeds import` did with each feed of the file, by title (or URL when it had none). */
export interface ImportReport {
  added: { title: string }[];
  known: { title: string }[];
  refused: { title: string; reason: string }[];
}

export interface ScheduleSummary {
  label: string;
  cron: string;
  timezone: string;
  maxItems: number;
  thread: boolean;
  mention: string | null;
  nextRuns: Date[];
  lastRunAt: number | null;
  pausedReason: string | null;
}

/** What the feed, digest and schedule commands ask of the services behind them. */
export interface ChannelServices {
  addFeed(
    channel: ChannelRef,
    url: string,
    by: string,
    filter?: FilterRequest,
  ): Promise<{ title: string; url: string; items: number } & FeedFilters>;
  /** Changes the filters of a feed the channel follows (`feed` as for `removeFeed`). */
  setFeedFilter(
    channel: ChannelRef,
    feed: string,
    request: FilterRequest,
  ): Promise<{ title: string } & FeedFilters>;
  /** `feed` is a feed id (from autocomplete) or its URL; returns the removed feed's title. */
  removeFeed(channel: ChannelRef, feed: string): Promise<string>;
  listFeeds(channel: ChannelRef): Promise<FeedSummary[]>;
  /** Adds every feed of an OPML subscription list, as `addFeed` would. */
  importFeeds(channel: ChannelRef, opml: string, by: string): Promise<ImportReport>;
  /** The channel's feeds as an OPML subscription list. */
  exportFeeds(channel: ChannelRef): Promise<string>;
  digest(channel: ChannelRef, options: { sinceMs: number | null; max: number }): Promise<Reply>;
  setSchedule(
    channel: ChannelRef,
    request: {
      when: string;
      timezone: string;
      maxItems: number;
      thread?: boolean;
      mention?: string | null;
    },
    by: string,
  ): Promise<ScheduleSummary>;
  getSchedule(channel: ChannelRef): Promise<ScheduleSummary | null>;
  clearSchedule(channel: ChannelRef): Promise<boolean>;
  suggestFeeds(channel: ChannelRef, typed: string): Promise<{ name: string; value: string }[]>;
}
