import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeSocketMode {
  /** The wss-style URL that apps.connections.open hands out (plain ws on 127.0.0.1). */
  url: string;
  /** Resolves once an app connected and was greeted with `hello`. */
  connected: Promise<void>;
  /** Sends one envelope; resolves with the app's acknowledgement and how long it took. */
  send(type: string, payload: Record<string, unknown>): Promise<{ ack: unknown; ms: number }>;
  close(): Promise<void>;
}

/**
 * Slack's Socket Mode side on 127.0.0.1: greets the app with `hello`, sends envelopes
 * (`{ envelope_id, type, payload, accepts_response_payload }`) and collects the acks the app
 * sends back with the same envelope_id.
 */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const waiting = new Map<string, (ack: unknown) => void>();
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
        waiting.get(message.envelope_id)?.(message.payload);
        waiting.delete(message.envelope_id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-socket-mode', approximate_connection_time: 3600 },
          connection_info: { app_id: 'A0001' },
        }),
      );
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected,
    send(type, payload) {
      if (!socket) return Promise.reject(new Error('no app connected'));
      const envelopeId = randomUUID();
      const started = performance.now();
      const acked = new Promise<{ ack: unknown; ms: number }>((resolve) => {
        waiting.set(envelopeId, (ack) => resolve({ ack, ms: performance.now() - started }));
      });
      socket.send(
        JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }),
      );
      return acked;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
