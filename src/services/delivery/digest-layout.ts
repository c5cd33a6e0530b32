import {
  type Inline,
  noteCountsText,
  type Paragraph,
  type Reply,
  type ReplyItem,
} from '../../core/reply.js';
import { truncate } from '../../render/text-limits.js';

/** A digest cut for a thread: a short header for the channel, then the stories. */
export interface ThreadedDigest {
  header: Reply;
  stories: ReplyItem[];
}

/**
 * The header names the digest and counts its stories, which follow in the thread (Discord) or
 * below it, each with its notes in a thread of its own (Slack).
 */
export function splitForThread(reply: Reply, stories: 'in-thread' | 'below'): ThreadedDigest {
  const items = reply.items ?? [];
  const count = items.length === 1 ? '1 story' : `${items.length} stories`;
  const where = stories === 'in-thread' ? 'in the thread' : 'below, notes in their threads';
  const header: Reply = {
    ...(reply.title ? { title: reply.title } : {}),
    body: [...(reply.body ?? []), `${count} ${where}.`],
    ...(reply.footer ? { footer: reply.footer } : {}),
  };
  return { header, stories: items };
}

/** A story without its notes: title, link, outlet and digest lines (Slack's channel message). */
export function storyWithoutNotes(item: ReplyItem): ReplyItem {
  const { coverage: _coverage, framingNote: _framingNote, ...story } = item;
  return { ...story, noteCounts: {} };
}

/**
 * A story's notes as their own reply (Slack's thread reply under the story): the framing-note
 * counts, the other outlets and the framing line. Null when the story has none.
 */
export function storyNotes(item: ReplyItem): Reply | null {
  const body: Paragraph[] = [];
  const counts = noteCountsText(item.noteCounts);
  if (counts) body.push(`Notes: ${counts}`);
  const coverage = item.coverage ?? [];
  if (coverage.length) {
    const runs: Inline[] = ['Also covered by '];
    coverage.forEach((c, i) => {
      if (i > 0) runs.push(', ');
      runs.push(c.url ? { link: c.url, label: c.outlet } : c.outlet);
    });
    body.push(runs);
  }
  if (item.framingNote) body.push(item.framingNote);
  return body.length ? { body } : null;
}

/** Discord's limit for a thread's or forum post's name. */
const NAME_LIMIT = 100;

/**
 * The thread's title: the digest's title and its slot in the schedule's time zone, so each
 * slot's thread reads apart from the last ("Digest · Tue 1 Dec, 08:00").
 */
export function threadName(title: string, slotAt: number, timeZone: string): string {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(slotAt));
  // A long title gives way, cut between graphemes; the slot's time stays readable.
  const suffix = ` · ${when}`;
  return `${truncate(title, NAME_LIMIT - suffix.length)}${suffix}`;
}
