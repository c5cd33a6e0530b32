import { expect } from 'vitest';
import { partRef } from '../../src/services/delivery/poster.js';
import type { OutboxEntry } from '../../src/services/ports.js';
import type { FakeDiscord, StoredMessage } from './fake-discord/fake-discord.js';
import type { FakeSlackApi } from './fake-slack/web-api.js';

/** What the thread crash tests check after a restart: every part once, where it belongs. */

const carries = (message: StoredMessage, ref: string) =>
  message.content.includes(ref) || message.embeds.some((e) => e.footer?.text.includes(ref));

/**
 * Every part of a threaded Discord digest is on the fake exactly once, under the id Lede
 * recorded and in the place its placement names; the channel got exactly one thread or post.
 */
export function expectDiscordPartsOnce(discord: FakeDiscord, entry: OutboxEntry): void {
  const { id: channelId } = entry.channel;
  const threads = [...discord.channels.values()].filter((c) => c.parent_id === channelId);
  expect(threads).toHaveLength(1);
  const everything = [...discord.channelMessages.values()].flat();
  entry.placements.forEach((placement, part) => {
    const id = entry.platformIds[part];
    if (placement.kind === 'open-thread') {
      expect(threads[0]!.id).toBe(id);
      return;
    }
    const found = everything.filter((m) => carries(m, partRef(entry.key, part)));
    expect(found.map((m) => m.id)).toEqual([id]);
    const thread = placement.kind === 'post' ? placement.thread : undefined;
    const where =
      placement.kind === 'forum-post'
        ? threads[0]!.id
        : thread === undefined
          ? channelId
          : entry.platformIds[thread];
    expect(found[0]!.channel_id).toBe(where);
  });
}

/** Every part of a threaded Slack digest once, each reply under the story it belongs to. */
export function expectSlackPartsOnce(slack: FakeSlackApi, entry: OutboxEntry): void {
  const posted = slack.channelMessages.get(entry.channel.id) ?? [];
  expect(posted).toHaveLength(entry.messages.length);
  entry.placements.forEach((placement, part) => {
    const ref = partRef(entry.key, part);
    const found = posted.filter((m) => m.metadata?.event_payload.key === ref);
    expect(found.map((m) => m.ts)).toEqual([entry.platformIds[part]]);
    const thread = placement.kind === 'post' ? placement.thread : undefined;
    if (thread !== undefined) expect(found[0]!.thread_ts).toBe(entry.platformIds[thread]);
  });
}
