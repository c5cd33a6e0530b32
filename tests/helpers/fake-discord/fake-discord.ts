import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';
import { appId, botUser, fakeMessage, nextId } from './payloads.js';
import { type FakeChannel, threadRoute } from './threads.js';

export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix and query, `@` decoded: `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface FakeDiscord {
  apiUrl: string;
  requests: RecordedRequest[];
  /** Resolves once a client has identified and been sent READY. */
  identified: Promise<void>;
  /** Sends a gateway dispatch to every connected client; returns performance.now() at send. */
  dispatch(event: string, data: unknown): number;
  /** Messages posted to each channel (`POST /channels/:id/messages`), oldest first. */
  channelMessages: Map<string, StoredMessage[]>;
  /**
   * Channels by id, for `GET /channels/:id` and threads: set a forum's type (15) here. Threads
   * Lede starts land here too (type 11, or 11 under a forum). Unlisted ids are text channels.
   */
  channels: Map<string, FakeChannel>;
  /** Decides how a channel post is answered: `respond` (default) or an error status and body. */
  onChannelPost?: (request: RecordedRequest) => ChannelPostAction;
  /** Discord drops a repeated nonce with `enforce_nonce` (default true; off to test look-ups). */
  enforceNonce: boolean;
  /** The first recorded request (past or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  author: typeof botUser;
  content: string;
  embeds: { footer?: { text: string } }[];
  nonce?: string;
}

export type ChannelPostAction =
  | 'respond'
  | { status: number; body: unknown; headers?: Record<string, string> };

type Waiter = { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };

/**
 * A stand-in for Discord on 127.0.0.1: the REST routes Lede uses (recorded for assertions) and
 * a JSON gateway that says HELLO, answers IDENTIFY with READY and acknowledges heartbeats.
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const waiters = new Set<Waiter>();
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let markIdentified: () => void = () => {};
  const identified = new Promise<void>((resolve) => {
    markIdentified = resolve;
  });

  const http = createServer((req, res) => {
    const at = performance.now();
    readBody(req).then(async (raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
      const type = req.headers['content-type'] ?? '';
      const body = type.startsWith('multipart/form-data')
        ? await multipartBody(raw, type)
        : raw
          ? JSON.parse(raw)
          : undefined;
      const request = { method: req.method ?? 'GET', path, query: url.searchParams, body, at };
      requests.push(request);
      for (const waiter of waiters) {
        if (waiter.match(request)) {
          waiters.delete(waiter);
          waiter.resolve(request);
        }
      }
      if (channelRoute(fake, request, res)) return;
      respond(request, res, gatewayUrl());
    });
  });
  const gateway = new WebSocketServer({ server: http });
  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
    socket.on('message', (data) => {
      const packet = JSON.parse(String(data)) as { op: number };
      if (packet.op === 1) send(socket, { op: 11 });
      if (packet.op === 2) {
        send(socket, { op: 0, t: 'READY', s: ++seq, d: readyPayload(gatewayUrl()) });
        markIdentified();
      }
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const gatewayUrl = () => `ws://127.0.0.1:${port}`;

  const fake: FakeDiscord = {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    identified,
    channelMessages: new Map(),
    channels: new Map(),
    enforceNonce: true,
    dispatch(event, data) {
      const at = performance.now();
      for (const socket of sockets) send(socket, { op: 0, t: event, s: ++seq, d: data });
      return at;
    },
    waitFor(match) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      // No timer of its own: the test's timeout is the only clock, so a slow machine waits longer.
      return new Promise((resolve) => waiters.add({ match, resolve }));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  return fake;
}

/**
 * The channel routes scheduled digests use: post a message (stored, nonce honoured), read the
 * channel's recent messages newest first, and who the bot is. True when it answered.
 */
function channelRoute(fake: FakeDiscord, request: RecordedRequest, res: ServerResponse): boolean {
  const { method, path } = request;
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (method === 'GET' && path === '/users/@me') {
    json(200, botUser);
    return true;
  }
  if (threadRoute(fake, request, json)) return true;
  const match = /^\/channels\/([^/]+)\/messages$/.exec(path);
  if (!match) return false;
  const channelId = match[1]!;
  if (fake.channels.get(channelId)?.type === 15) {
    json(400, { message: 'Cannot send messages in a non-text channel', code: 50008 });
    return true;
  }
  const stored = fake.channelMessages.get(channelId) ?? [];
  fake.channelMessages.set(channelId, stored);
  if (method === 'GET') {
    const limit = Math.min(Number(request.query.get('limit') ?? 50), 100);
    json(200, stored.slice(-limit).reverse());
    return true;
  }
  if (method !== 'POST') return false;
  const action = fake.onChannelPost?.(request) ?? 'respond';
  if (typeof action === 'object') {
    json(action.status, action.body, action.headers);
    return true;
  }
  const body = request.body as {
    content?: string;
    embeds?: StoredMessage['embeds'];
    nonce?: string;
    enforce_nonce?: boolean;
  };
  const repeat =
    fake.enforceNonce && body.enforce_nonce && body.nonce
      ? stored.find((m) => m.nonce === body.nonce)
      : undefined;
  const message = repeat ?? storeMessage(fake, channelId, nextId(), body);
  json(200, { ...fakeMessage(message.id, body), channel_id: channelId });
  return true;
}

/** Keeps a posted message (what a history read returns) and gives it back. */
export function storeMessage(
  fake: FakeDiscord,
  channelId: string,
  id: string,
  body: { content?: string; embeds?: StoredMessage['embeds']; nonce?: string },
): StoredMessage {
  const message: StoredMessage = {
    id,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    ...(body.nonce ? { nonce: body.nonce } : {}),
  };
  const stored = fake.channelMessages.get(channelId) ?? [];
  fake.channelMessages.set(channelId, stored);
  stored.push(message);
  return message;
}

function send(socket: WebSocket, packet: object): void {
  socket.send(JSON.stringify(packet));
}

/** A message with files, as discord.js uploads it: `payload_json` plus `files[n]` parts. */
async function multipartBody(raw: string, type: string) {
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  const payload = JSON.parse(String(form.get('payload_json') ?? '{}'));
  const files: { name: string; text: string }[] = [];
  for (let n = 0; form.has(`files[${n}]`); n++) {
    const file = form.get(`files[${n}]`) as File;
    files.push({ name: file.name, text: await file.text() });
  }
  return { ...payload, files };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function readyPayload(gatewayUrl: string) {
  return {
    v: 10,
    user: botUser,
    guilds: [],
    session_id: 'fake-session',
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: appId, flags: 0 },
  };
}

function respond(request: RecordedRequest, res: ServerResponse, gatewayUrl: string): void {
  const { method, path } = request;
  const json = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
    if (body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(status, headers);
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  if (method === 'GET' && path === '/gateway/bot') {
    const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 };
    json(200, { url: gatewayUrl, shards: 1, session_start_limit: limit });
    return;
  }
  if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
    json(204);
    return;
  }
  if (/^\/webhooks\/[^/]+\/[^/]+(\/messages\/.+)?$/.test(path)) {
    if (method === 'DELETE') {
      json(204);
      return;
    }
    // Follow-ups say their bucket is spent for 50 ms, so a burst of them meets a rate limit.
    const spent = {
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '0.05',
    };
    json(200, fakeMessage(nextId(), request.body), method === 'POST' ? spent : {});
    return;
  }
  if (method === 'PUT' && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
    const commands = (request.body as object[]).map((c, i) => ({
      id: String(900 + i),
      application_id: appId,
      version: '1',
      ...c,
    }));
    json(200, commands);
    return;
  }
  json(404, { message: 'Unknown route (fake Discord)', code: 0 });
}
