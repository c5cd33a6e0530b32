import type { Analyzer } from '../src/core/engine.js';
import type { Reply } from '../src/core/reply.js';
import type { ArticleInput } from '../src/core/types.js';
import type { ChannelRef } from '../src/services/ports.js';

/**
 * `role`: a Discord role picker (the role's id arrives); elsewhere typed text. `attachment`: a file
 * the person gives; the command receives a reference for `loadFile`.
 */
export type OptionType = 'string' | 'integer' | 'boolean' | 'role' | 'attachment';
export type OptionValue = string | number | boolean;

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Offer choices while the person types (Discord), from `ChannelServices.suggestFeeds`. */
  autocomplete?: boolean;
  /** An empty value reaches the command (it clears something) instead of counting as left out. */
  clearable?: boolean;
}

/** Who may run a command: anyone, or only people who manage the server or channel. */
export type Permission = 'everyone' | 'manage';

export interface CommandInput {
  options: Record<string, OptionValue | undefined>;
  user: { id: string; canManage: boolean };
  channel: ChannelRef;
}

/** What commands may use; adapters build it, so commands never touch I/O themselves. */
export interface CommandDeps {
  /** The article analyser (the engine, usually on worker threads). */
  engine: Analyzer;
  /** Turns what a person typed (a URL, or a file path in the console) into article text. */
  loadArticle(source: string): Promise<ArticleInput>;
  commandName: string;
  registry: readonly CommandDefinition[];
  /** Feeds and schedules of chat channels; absent where Lede runs without its database. */
  channels?: ChannelServices;
  /**
   * Reads a file the person gave as text, under a size cap: an attachment on Discord, a file
   * shared in Slack, a path in the console. Absent where files cannot be given.
   */
  loadFile?(ref: string): Promise<string>;
}

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

export interface CommandDefinition {
  /** Subcommand group, as in `/news feeds add`. */
  group?: string;
  name: string;
  /** At most 100 characters (Discord's limit). */
  description: string;
  options: CommandOption[];
  permission: Permission;
  run(input: CommandInput, deps: CommandDeps): Promise<Reply>;
}

export function commandPath(command: CommandDefinition): string {
  return command.group ? `${command.group} ${command.name}` : command.name;
}
