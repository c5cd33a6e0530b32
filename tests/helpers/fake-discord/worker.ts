import { parentPort } from 'node:worker_threads';
import { startFakeDiscord } from './fake-discord.js';

/**
 * The fake Discord in its own thread, so a benchmark measures the bot rather than the fake
 * sharing its event loop (the real Discord is on other machines). Messages: `{ burst: payloads }`
 * dispatches them all at once and answers with each one's acknowledgement latency in ms;
 * `{ countPosts: true }` answers with the number of channel messages stored; `{ close: true }`
 * stops the fake.
 */
const port = parentPort!;
const fake = await startFakeDiscord();
port.postMessage({ apiUrl: fake.apiUrl });
port.on(
  'message',
  async (message: { burst?: { id: string; token: string }[]; countPosts?: true; close?: true }) => {
    if (message.countPosts) {
      let posts = 0;
      for (const stored of fake.channelMessages.values()) posts += stored.length;
      port.postMessage({ posts });
    }
    if (message.burst) {
      const latencies = await Promise.all(
        message.burst.map(async (payload) => {
          const sentAt = fake.dispatch('INTERACTION_CREATE', payload);
          const path = `/interactions/${payload.id}/${payload.token}/callback`;
          const callback = await fake.waitFor((r) => r.path === path);
          return callback.at - sentAt;
        }),
      );
      port.postMessage({ latencies });
    }
    if (message.close) {
      await fake.close();
      port.close();
    }
  },
);
