import type { FakeDiscord, RecordedRequest, StoredMessage } from './fake-discord.js';
import { storeMessage } from './fake-discord.js';
import { botUser, guildId, nextId } from './payloads.js';

/** A channel as `GET /channels/:id` returns it: 0 text, 11 public thread, 15 forum. */
export interface FakeChannel {
  id: string;
  type: number;
  guild_id: string;
  name?: string;
  parent_id?: string;
  owner_id?: string;
}

type Json = (status: number, body: unknown) => void;

/**
 * The thread routes as Discord answers them: read a channel, start a thread from a message (the
 * thread takes the message's id; a second start is 400 with code 160004), open a forum post with
 * its first message (which takes the post's id), and list a guild's active threads.
 */
export function threadRoute(fake: FakeDiscord, request: RecordedRequest, json: Json): boolean {
  const { method, path } = request;
  let match = /^\/channels\/([^/]+)$/.exec(path);
  if (method === 'GET' && match) {
    json(200, channelOf(fake, match[1]!));
    return true;
  }
  match = /^\/channels\/([^/]+)\/messages\/([^/]+)\/threads$/.exec(path);
  if (method === 'POST' && match) {
    startFromMessage(fake, { parent: match[1]!, messageId: match[2]!, body: request.body }, json);
    return true;
  }
  match = /^\/channels\/([^/]+)\/threads$/.exec(path);
  if (method === 'POST' && match) {
    openForumPost(fake, match[1]!, request.body, json);
    return true;
  }
  match = /^\/guilds\/([^/]+)\/threads\/active$/.exec(path);
  if (method === 'GET' && match) {
    const threads = [...fake.channels.values()].filter(
      (c) => c.guild_id === match![1] && c.type === 11,
    );
    json(200, { threads, members: [] });
    return true;
  }
  return false;
}

function channelOf(fake: FakeDiscord, id: string): FakeChannel {
  return fake.channels.get(id) ?? { id, type: 0, guild_id: guildId };
}

function startFromMessage(
  fake: FakeDiscord,
  where: { parent: string; messageId: string; body: unknown },
  json: Json,
): void {
  const { parent, messageId } = where;
  const message = fake.channelMessages.get(parent)?.find((m) => m.id === messageId);
  if (!message) {
    json(404, { message: 'Unknown Message', code: 10008 });
    return;
  }
  if (fake.channels.has(messageId)) {
    json(400, { message: 'A thread has already been created for this message', code: 160004 });
    return;
  }
  const name = (where.body as { name: string }).name;
  const thread = newThread(fake, { id: messageId, parent, name });
  json(201, thread);
}

function openForumPost(fake: FakeDiscord, parent: string, body: unknown, json: Json): void {
  if (channelOf(fake, parent).type !== 15) {
    json(400, { message: 'Only forum channels take posts here (fake Discord)', code: 0 });
    return;
  }
  const { name, message } = body as {
    name: string;
    message: { content?: string; embeds?: StoredMessage['embeds'] };
  };
  const thread = newThread(fake, { id: nextId(), parent, name });
  const first = storeMessage(fake, thread.id, thread.id, message);
  json(201, { ...thread, message: first });
}

function newThread(
  fake: FakeDiscord,
  fields: { id: string; parent: string; name: string },
): FakeChannel {
  const thread: FakeChannel = {
    id: fields.id,
    type: 11,
    guild_id: channelOf(fake, fields.parent).guild_id,
    name: fields.name,
    parent_id: fields.parent,
    owner_id: botUser.id,
  };
  fake.channels.set(thread.id, thread);
  return thread;
}
