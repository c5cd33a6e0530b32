import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalServer, startLocalServer } from './local-server.js';

/** What the fake does with one chat completion request. */
export type FakeReply =
  | { content: string | null }
  | { status: number; body?: string }
  /** A 200 whose body is not JSON at all. */
  | { raw: string }
  /** Never answers: the client's timeout must end the wait. */
  | { hang: true };

export interface ChatRequest {
  authorization: string | undefined;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    [key: string]: unknown;
  };
}

export interface FakeOpenAi {
  /** `http://127.0.0.1:port/v1`, the LEDE_LLM_BASE_URL of the fake. */
  baseUrl: string;
  requests: ChatRequest[];
  /** Replies for the next requests, in order; when they run out, `fallback` answers. */
  reply(...replies: FakeReply[]): void;
  /** Forgets queued replies and seen requests (between tests). */
  reset(): void;
  /** Resolves when the n-th request (1-based) has arrived. */
  received(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 (`POST /v1/chat/completions`),
 * answering each request with the next queued reply: the real openai client talks to it.
 */
export async function startFakeOpenAi(fallback: FakeReply = { status: 503 }): Promise<FakeOpenAi> {
  const server: LocalServer = await startLocalServer();
  const queue: FakeReply[] = [];
  const requests: ChatRequest[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  server.route('/v1/chat/completions', (req, res) => {
    void readJson(req).then((body) => {
      requests.push({
        authorization: req.headers.authorization,
        body: body as ChatRequest['body'],
      });
      for (const w of waiters.filter((w) => requests.length >= w.n)) w.resolve();
      answer(res, queue.shift() ?? fallback, (body as ChatRequest['body']).model);
    });
  });
  return {
    baseUrl: `${server.origin}/v1`,
    requests,
    reply: (...replies) => queue.push(...replies),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    received: (n) =>
      requests.length >= n
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () => server.close(),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(res: ServerResponse, reply: FakeReply, model: string): void {
  if ('hang' in reply) return;
  if ('raw' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(reply.raw);
    return;
  }
  if ('status' in reply) {
    const body = reply.body ?? JSON.stringify({ error: { message: 'fake failure' } });
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(body);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(
    JSON.stringify({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: reply.content },
          finish_reason: 'stop',
        },
      ],
    }),
  );
}

/** A `{"lines": [...]}` answer, the format the prompt asks for. */
export function linesAnswer(...lines: string[]): FakeReply {
  return { content: JSON.stringify({ lines }) };
}
