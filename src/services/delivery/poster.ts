import { fnv1a64Value } from '../../core/hash.js';
import type { Reply } from '../../core/reply.js';
import type { Placement } from '../ports.js';

/** What a post attempt came to. `transient` may be retried; `permanent` pauses the schedule. */
export type PostOutcome =
  | { ok: true; id: string }
  | { ok: false; kind: 'transient'; error: string; retryAfterMs?: number }
  | { ok: false; kind: 'permanent'; error: string };

/** What a look-up of earlier attempts came to: the platform ids of the parts it found. */
export type FindOutcome =
  | { ok: true; found: Map<string, string> }
  | { ok: false; kind: 'transient' | 'permanent'; error: string; retryAfterMs?: number };

/** How a schedule wants its digest laid out (from `schedule set … thread:… mention:…`). */
export interface DigestLayout {
  thread: boolean;
  /** Pinged once, in the header (a Discord role id; a Slack user group id or @handle). */
  mention: string | null;
  /** The thread's or forum post's title. */
  name: string;
}

/** A digest ready for the outbox: its messages and where each goes (null opens a thread). */
export interface PlannedDigest {
  messages: unknown[];
  placements: Placement[];
}

/** Where one part goes, with the platform ids the outbox already holds filled in. */
export interface PostTarget {
  channelId: string;
  /** Inside this thread: a Discord thread's channel id, or a Slack parent message's ts. */
  thread?: string;
  /** The part opens a new Discord forum post with this title. */
  forumPost?: string;
}

/**
 * One delivery target kind (Discord channels, Slack channels, webhooks). Adapters implement it
 * over discord.js, the Slack Web API or plain HTTP; services never see a platform SDK.
 */
export interface Poster {
  /**
   * The platform messages of a digest (the same renderer `/news digest` uses) and their
   * placements. May ask the platform what kind of channel it is (a Discord forum).
   */
  plan(reply: Reply, channelId: string, layout: DigestLayout): Promise<PlannedDigest>;
  /**
   * Posts one part, carrying `ref` where `find` can see it later (an embed footer and nonce on
   * Discord, message metadata on Slack).
   */
  post(target: PostTarget, message: unknown, ref: string): Promise<PostOutcome>;
  /**
   * Starts a thread from a posted message (Discord). Asked again for a message that already has
   * its thread, it answers with that thread: no look-up is needed after a crash.
   */
  openThread?(channelId: string, messageId: string, name: string): Promise<PostOutcome>;
  /**
   * Looks for parts posted by an attempt whose outcome is unknown (a crash or a timeout after the
   * request left), where `target` says they went. Null when the target keeps no readable history
   * (incoming webhooks): such parts are posted again, so a crash there can mean a duplicate,
   * never a loss.
   */
  find: ((target: PostTarget, refs: string[]) => Promise<FindOutcome>) | null;
}

export type Posters = Partial<Record<'discord' | 'slack' | 'webhook', Poster>>;

/**
 * The marker of one part of a queued digest: short enough for a Discord nonce (25 characters),
 * unique per channel and slot (the 64-bit FNV-1a hash of the idempotency key, base 36) and part.
 */
export function partRef(key: string, part: number): string {
  return `lede-${fnv1a64Value(key).toString(36)}-${part}`;
}
