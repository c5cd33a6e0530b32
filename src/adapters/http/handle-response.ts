import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { FetchOutcome, FetchRequest } from '../../core/fetch-outcome.js';
import {
  accepts,
  contentFamily,
  mimeEssence,
  sniffFamily,
  unsupportedTypeMessage,
} from './content-type.js';
import { decodeBody } from './decode-body.js';
import { messages, parseRetryAfter } from './messages.js';
import { abandon, readCappedBody } from './read-body.js';

export type HopResult = { kind: 'redirect'; next: URL } | { kind: 'done'; outcome: FetchOutcome };

export interface ResponseContext {
  req: FetchRequest;
  url: URL;
  maxBytes: number;
  signal: AbortSignal;
  nowMs: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Reads a little of an unwanted body so the connection can be reused; never fails. */
function discard(res: Dispatcher.ResponseData, signal: AbortSignal): Promise<void> {
  return res.body.dump({ limit: 64 * 1024, signal }).catch(() => undefined);
}

function done(outcome: FetchOutcome): HopResult {
  return { kind: 'done', outcome };
}

function redirectOrError(res: Dispatcher.ResponseData, ctx: ResponseContext): HopResult {
  const location = header(res.headers, 'location');
  const url = ctx.url.href;
  if (location) {
    try {
      return { kind: 'redirect', next: new URL(location, ctx.url) };
    } catch {}
  }
  const message = messages.badRedirect();
  return done({ kind: 'http-error', url, status: res.statusCode, reason: 'bad-redirect', message });
}

function statusOutcome(res: Dispatcher.ResponseData, ctx: ResponseContext): FetchOutcome {
  const status = res.statusCode;
  const url = ctx.url.href;
  if (status === 304) {
    return {
      kind: 'not-modified',
      url,
      etag: header(res.headers, 'etag') ?? ctx.req.etag ?? null,
      lastModified: header(res.headers, 'last-modified') ?? ctx.req.lastModified ?? null,
      message: messages.notModified(),
    };
  }
  const retryAfterMs =
    status === 429 || status === 503
      ? parseRetryAfter(header(res.headers, 'retry-after'), ctx.nowMs)
      : undefined;
  const message = messages.status(status, retryAfterMs);
  return {
    kind: 'http-error',
    url,
    status,
    reason: 'status',
    message,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  };
}

/** Turns one response into the next hop or a final outcome, reading at most `maxBytes`. */
export async function handleResponse(
  res: Dispatcher.ResponseData,
  ctx: ResponseContext,
): Promise<HopResult> {
  const status = res.statusCode;
  if (REDIRECTS.has(status)) {
    await discard(res, ctx.signal);
    return redirectOrError(res, ctx);
  }
  if (status < 200 || status > 299) {
    await discard(res, ctx.signal);
    return done(statusOutcome(res, ctx));
  }
  return done(await readSuccess(res, ctx));
}

async function readSuccess(
  res: Dispatcher.ResponseData,
  ctx: ResponseContext,
): Promise<FetchOutcome> {
  const url = ctx.url.href;
  const contentTypeHeader = header(res.headers, 'content-type');
  const mime = mimeEssence(contentTypeHeader);
  let family = contentFamily(mime);
  const unsupported = (): FetchOutcome => ({
    kind: 'unsupported-type',
    url,
    contentType: mime,
    message: unsupportedTypeMessage(ctx.req.accept, family, mime),
  });
  const tooLarge = (): FetchOutcome => ({
    kind: 'too-large',
    url,
    limitBytes: ctx.maxBytes,
    message: messages.tooLarge(ctx.maxBytes),
  });
  if (!accepts(ctx.req.accept, family)) {
    abandon(res.body);
    return unsupported();
  }
  if (Number(header(res.headers, 'content-length') ?? 0) > ctx.maxBytes) {
    abandon(res.body);
    return tooLarge();
  }
  const read = await readCappedBody(
    res.body,
    header(res.headers, 'content-encoding'),
    ctx.maxBytes,
    ctx.signal,
  );
  if (read.kind === 'too-large') return tooLarge();
  if (read.kind === 'bad-encoding') {
    return { kind: 'parse-error', url, message: messages.badEncoding() };
  }
  if (family === 'unknown') {
    family = sniffFamily(read.body);
    if (!accepts(ctx.req.accept, family)) return unsupported();
  }
  return okOutcome(res, ctx, read, contentTypeHeader);
}

function okOutcome(
  res: Dispatcher.ResponseData,
  ctx: ResponseContext,
  read: { body: Buffer; bytes: number; wireBytes: number },
  contentTypeHeader: string | undefined,
): FetchOutcome {
  const decoded = decodeBody(read.body, contentTypeHeader);
  return {
    kind: 'ok',
    url: ctx.url.href,
    requestedUrl: ctx.req.url,
    status: res.statusCode,
    contentType: mimeEssence(contentTypeHeader),
    charset: decoded.charset,
    text: decoded.text,
    etag: header(res.headers, 'etag') ?? null,
    lastModified: header(res.headers, 'last-modified') ?? null,
    bytes: read.bytes,
    wireBytes: read.wireBytes,
    message: 'Fetched.',
  };
}
