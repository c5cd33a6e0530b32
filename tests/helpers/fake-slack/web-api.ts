import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
}

export interface StoredSlackMessage {
  ts: string;
  text: string;
  blocks: unknown;
  bot_id: string;
  /** Set on a thread reply (its parent's ts) and on a parent once it has replies (its own). */
  thread_ts?: string;
  reply_count?: number;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeSlackApi {
  /** Web API base URL for Bolt's `slackApiUrl`: `http://127.0.0.1:PORT/api/`. */
  apiUrl: string;
  /** A fresh response_url; what is posted to it lands in `responses` (ids `expired…` get 404). */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  /** Users that users.info reports as workspace admins. */
  admins: Set<string>;
  /** When set, chat.postMessage fails with this error code (e.g. `not_in_channel`). */
  postMessageError?: string;
  /** chat.postMessage errors by channel (e.g. `not_in_channel` for one channel only). */
  channelErrors: Map<string, string>;
  /** User groups that usergroups.list returns. */
  userGroups: { id: string; handle: string }[];
  /** Messages posted with chat.postMessage, by channel, oldest first (metadata and replies kept). */
  channelMessages: Map<string, StoredSlackMessage[]>;
  /** Bodies posted to the fake incoming webhook (`webhookUrl`), oldest first. */
  webhookPosts: Record<string, unknown>[];
  /** An incoming-webhook URL on this fake (Slack answers a webhook post with the text `ok`). */
  webhookUrl: string;
  /** What apps.connections.open hands out (the fake Socket Mode server). */
  socketUrl?: string;
  /** Files shared in the workspace, by id: files.info describes them, url_private serves them. */
  files: Map<string, { name: string; text: string; url?: string }>;
  /** The Authorization header of each file download, in order. */
  fileDownloads: string[];
  callsTo(method: string): RecordedCall[];
  close(): Promise<void>;
}

/**
 * A stand-in for Slack's Web API on 127.0.0.1: answers what Lede's Bolt app calls (auth.test,
 * users.info, chat.postMessage, apps.connections.open) and the response_url endpoint, and
 * records every request so tests can read exactly what Slack would have received.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const fake: FakeSlackApi = {
    apiUrl: '',
    responseUrl: (id) => `${base}/response/${id}`,
    calls: [],
    responses: [],
    admins: new Set(),
    channelErrors: new Map(),
    channelMessages: new Map(),
    userGroups: [],
    webhookPosts: [],
    webhookUrl: '',
    files: new Map(),
    fileDownloads: [],
    callsTo: (method) => fake.calls.filter((c) => c.method === method),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (path.startsWith('/response/expired'))
      return reply(404, { ok: false, error: 'expired_url' });
    if (path.startsWith('/response/')) {
      fake.responses.push({ id: path.slice('/response/'.length), body: JSON.parse(body) });
      return reply(200, { ok: true });
    }
    if (req.method === 'POST' && path.startsWith('/services/')) {
      fake.webhookPosts.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    }
    if (path.startsWith('/files-pri/')) return serveFile(fake, req, path, res);
    if (!path.startsWith('/api/')) return reply(404, { ok: false, error: 'unknown_path' });
    const method = path.slice('/api/'.length);
    const params = parseParams(body, req.headers['content-type'] ?? '');
    fake.calls.push({ method, params });
    if (method === 'chat.postMessage') return reply(200, postMessage(fake, params));
    if (method === 'files.info') return reply(200, fileInfo(fake, String(params.file), base));
    reply(200, answer(fake, method, params));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = `${base}/api/`;
  fake.webhookUrl = `${base}/services/T0001/B0001/secret`;
  return fake;
}

function answer(fake: FakeSlackApi, method: string, params: Record<string, unknown>): unknown {
  switch (method) {
    case 'auth.test':
      return { ok: true, team_id: 'T0001', user_id: 'UBOT', bot_id: 'B0001', url: 'https://x/' };
    case 'users.info': {
      const id = String(params.user);
      const admin = fake.admins.has(id);
      return { ok: true, user: { id, is_admin: admin, is_owner: false } };
    }
    case 'conversations.history': {
      // Thread replies stay out of the channel's history, as on Slack.
      const stored = (fake.channelMessages.get(String(params.channel)) ?? []).filter(
        (m) => !m.thread_ts || m.thread_ts === m.ts,
      );
      const limit = Math.min(Number(params.limit ?? 100), 999);
      const messages = stored.slice(-limit).reverse().map(withMetadata(params));
      return { ok: true, messages, has_more: stored.length > limit };
    }
    case 'conversations.replies': {
      const ts = String(params.ts);
      const stored = fake.channelMessages.get(String(params.channel)) ?? [];
      const thread = stored.filter((m) => m.ts === ts || m.thread_ts === ts);
      if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
      const limit = Math.min(Number(params.limit ?? 100), 999);
      const messages = thread.slice(0, limit).map(withMetadata(params));
      return { ok: true, messages, has_more: thread.length > limit };
    }
    case 'usergroups.list':
      return { ok: true, usergroups: fake.userGroups };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `${Date.now() / 1000}` };
    case 'apps.connections.open':
      return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: 'no_socket' };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** A stored message as a read returns it: metadata only when `include_all_metadata` asked. */
function withMetadata(params: Record<string, unknown>) {
  const wanted = String(params.include_all_metadata) === 'true';
  return ({ metadata, ...m }: StoredSlackMessage) => ({
    type: 'message',
    ...m,
    ...(wanted ? { metadata } : {}),
  });
}

/** files.info: a shared file's name, size and private download URL (on this fake, or `url`). */
function fileInfo(fake: FakeSlackApi, id: string, base: string): unknown {
  const file = fake.files.get(id);
  if (!file) return { ok: false, error: 'file_not_found' };
  const url = file.url ?? `${base}/files-pri/T0001-${id}/${encodeURIComponent(file.name)}`;
  const size = Buffer.byteLength(file.text);
  return {
    ok: true,
    file: { id, name: file.name, size, url_private: url, url_private_download: url },
  };
}

/** A file's bytes, only for a request carrying the bot token, as Slack requires. */
function serveFile(fake: FakeSlackApi, req: IncomingMessage, path: string, res: ServerResponse) {
  const authorization = req.headers.authorization ?? '';
  fake.fileDownloads.push(authorization);
  const id = /\/files-pri\/T0001-(F[A-Z0-9]+)\//.exec(path)?.[1] ?? '';
  const file = fake.files.get(id);
  if (!authorization.startsWith('Bearer xoxb-') || !file) {
    res.writeHead(authorization ? 404 : 302, { location: 'https://slack.example/signin' }).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.text);
}

let lastTs = 0;

/** chat.postMessage: stores the message with its metadata under a unique ts. */
function postMessage(fake: FakeSlackApi, params: Record<string, unknown>): unknown {
  const channel = String(params.channel);
  const error = fake.channelErrors.get(channel) ?? fake.postMessageError;
  if (error) return { ok: false, error };
  lastTs = Math.max(lastTs + 1, Date.now() * 1000);
  const ts = `${Math.floor(lastTs / 1e6)}.${String(lastTs % 1e6).padStart(6, '0')}`;
  const stored = fake.channelMessages.get(channel) ?? [];
  fake.channelMessages.set(channel, stored);
  const metadata = params.metadata as StoredSlackMessage['metadata'];
  const threadTs = params.thread_ts ? String(params.thread_ts) : undefined;
  const parent = threadTs ? stored.find((m) => m.ts === threadTs) : undefined;
  if (parent) {
    parent.thread_ts = parent.ts;
    parent.reply_count = (parent.reply_count ?? 0) + 1;
  }
  stored.push({
    ts,
    text: String(params.text ?? ''),
    blocks: params.blocks,
    bot_id: 'B0001',
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(metadata ? { metadata } : {}),
  });
  return { ok: true, channel, ts };
}

function parseParams(body: string, contentType: string): Record<string, unknown> {
  if (body === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(body);
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
  // The Web API client sends structured arguments (blocks) as JSON strings inside the form.
  for (const key of ['blocks', 'attachments', 'metadata']) {
    if (typeof params[key] === 'string') params[key] = JSON.parse(params[key] as string);
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Checks `probe` every few milliseconds until it returns something. Probes read state the fake
 * and the app's logger both change, so this polls rather than waiting on one event. No deadline
 * of its own: the test's timeout is the only clock, so a slow machine waits longer.
 */
export async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
