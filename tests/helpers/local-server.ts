import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import {
  type BrotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  type Gzip,
} from 'node:zlib';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  port: number;
  /** `http://127.0.0.1:port` */
  origin: string;
  /** Every request seen, as "METHOD path". */
  seen: string[];
  lastHeaders: () => IncomingMessage['headers'] | undefined;
  /** Sockets the server still holds open. */
  openSockets: () => number;
  /** Resolves when the server holds no socket open (after the client closed its connections). */
  idle: () => Promise<void>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A test server on 127.0.0.1, port 0; routes are added per test file. */
export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  let lastHeaders: IncomingMessage['headers'] | undefined;
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    lastHeaders = req.headers;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  let idleWaiters: (() => void)[] = [];
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      if (sockets.size > 0) return;
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    seen,
    lastHeaders: () => lastHeaders,
    openSockets: () => sockets.size,
    idle: () =>
      sockets.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve)),
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * `total` bytes of `fill`, produced lazily in 64 KB chunks: nothing large is ever allocated.
 * `produced.bytes` counts what the reader has pulled so far.
 */
export function lazyBytes(total: number, fill = 0x61, produced = { bytes: 0 }): Readable {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return this.push(null);
      const size = Math.min(chunk.length, total - sent);
      sent += size;
      produced.bytes = sent;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

async function compressLazily(total: number, compressor: Gzip | BrotliCompress): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of lazyBytes(total, 0).pipe(compressor)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** gzip of `total` zero bytes (200 MB compresses to about 200 KB). */
export function gzipBomb(total: number): Promise<Buffer> {
  return compressLazily(total, createGzip({ level: 9 }));
}

export function brotliBomb(total: number): Promise<Buffer> {
  return compressLazily(
    total,
    createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
  );
}

/** An injected resolver: a fixed table, or a function per host; unknown hosts fail like DNS. */
export function tableResolver(table: Record<string, string | string[] | (() => string[])>) {
  const calls: string[] = [];
  const resolver = async (host: string) => {
    calls.push(host);
    const entry = table[host];
    if (entry === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    }
    const list = typeof entry === 'function' ? entry() : Array.isArray(entry) ? entry : [entry];
    return list.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return { resolver, calls };
}
