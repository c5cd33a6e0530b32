import { STATUS_CODES } from 'node:http';
import type { BlockReason } from '../../core/fetch-outcome.js';

/** 1500 → "1.5 s", 10000 → "10 s", 90000 → "1.5 min". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${Number(seconds.toFixed(1))} s`;
  const minutes = seconds / 60;
  if (minutes < 60) return `${Number(minutes.toFixed(1))} min`;
  return `${Number((minutes / 60).toFixed(1))} h`;
}

/** 5 * 1024 * 1024 → "5 MB"; 300 * 1024 → "300 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

const BLOCKED: Record<BlockReason, string> = {
  'private-address': "That address points inside a private network, so Lede won't fetch it.",
  metadata: "That address belongs to a cloud metadata service, so Lede won't fetch it.",
  scheme: 'Lede only fetches http:// and https:// links.',
  port: "That link uses a port reserved for other protocols, so Lede won't fetch it.",
};

export const messages = {
  blocked: (reason: BlockReason) => BLOCKED[reason],
  totalTimeout: (ms: number) => `The page took longer than ${formatDuration(ms)}.`,
  connectTimeout: (ms: number, host: string) =>
    `${host} did not accept a connection within ${formatDuration(ms)}.`,
  tooLarge: (bytes: number) =>
    `The page is larger than ${formatBytes(bytes)}, so Lede stopped reading it.`,
  notModified: () => 'Nothing changed since the last check.',
  tooManyRedirects: (max: number) => `The link redirected more than ${max} times, so Lede gave up.`,
  badRedirect: () => 'The site sent a redirect without a usable address.',
  dns: (host: string) => `Lede couldn't find a server called ${host}.`,
  network: (host: string) => `Lede couldn't reach ${host}; the connection failed.`,
  badUrl: () => "That doesn't look like a web address.",
  badEncoding: () => "The page's compressed data is damaged, so Lede couldn't read it.",
  status(status: number, retryAfterMs: number | undefined): string {
    const label = `${status} ${STATUS_CODES[status] ?? ''}`.trim();
    const later =
      retryAfterMs !== undefined ? ` Try again in ${formatDuration(retryAfterMs)}.` : '';
    if (status === 429) return `The site is limiting requests (${label}).${later}`;
    if (status === 503) return `The site is unavailable right now (${label}).${later}`;
    if (status === 404 || status === 410) return `The page wasn't found (${label}).`;
    if (status === 401 || status === 403) return `The site refused access (${label}).`;
    return `The site answered ${label}.`;
  },
};

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
