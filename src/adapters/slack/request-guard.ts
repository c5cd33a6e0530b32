import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Clock } from '../../services/ports.js';
import { createReplayMemory, verifySlackRequest } from './verify-request.js';

/** Bolt's own limit for a request body. */
const maxBodyBytes = 4 * 1024 * 1024;

export interface RequestGuardOptions {
  signingSecret: string;
  clock: Clock;
  warn(details: object, message: string): void;
}

/**
 * Wraps Bolt's HTTP receiver: reads each POST, refuses (401) one that is stale, from the future,
 * badly signed or replayed, and hands the rest on. Bolt reuses a body already read into
 * `rawBody` and checks the signature again itself.
 */
export function guardSlackRequests(next: RequestListener, options: RequestGuardOptions) {
  const replays = createReplayMemory();
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') return void next(req, res);
    void readBody(req).then(
      (body) => {
        if (body === null) return void res.writeHead(413).end();
        if (!isSslCheck(req, body)) {
          const headers = req.headers;
          const verdict = verifySlackRequest(
            {
              timestamp: single(headers['x-slack-request-timestamp']),
              signature: single(headers['x-slack-signature']),
              body,
            },
            options.signingSecret,
            options.clock.now(),
            replays,
          );
          if (!verdict.ok) {
            options.warn({ reason: verdict.reason }, 'refused a Slack request');
            return void res.writeHead(401).end();
          }
        }
        Object.assign(req, { rawBody: body });
        next(req, res);
      },
      () => void res.writeHead(400).end(),
    );
  };
}

/** The whole body, or null past the limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Slack's unsigned SSL check; Bolt strips anything else from such a body. */
function isSslCheck(req: IncomingMessage, body: Buffer): boolean {
  if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return false;
  return new URLSearchParams(body.toString()).get('ssl_check') === '1';
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}
