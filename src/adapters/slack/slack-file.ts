import { Readable } from 'node:stream';
import type { webApi } from '@slack/bolt';
import { UserError } from '../../errors.js';
import { decodeBody } from '../http/decode-body.js';
import { formatBytes } from '../http/messages.js';
import { readCappedBody } from '../http/read-body.js';

export interface SlackFileOptions {
  client: Pick<webApi.WebClient, 'files'>;
  token: string;
  /** Where Lede reaches Slack's Web API (a test's fake): its host may serve files too. */
  apiUrl?: string;
  maxBytes: number;
  timeoutMs?: number;
}

/** `…/files/U123/F0ABC12/feeds.opml` or `…/files-pri/T1-F0ABC12/…`: the file's id. */
const fileIdPattern = /\/files(?:-pri)?\/(?:[A-Z0-9]+[/-])?(F[A-Z0-9]{6,})(?:\/|$)/;

/**
 * Reads a file shared in Slack, from the link a person pastes: files.info names it, then its
 * private URL is downloaded with the bot token (Slack's files need it), under a byte cap. The
 * token is sent only to Slack's own hosts. Other links are left to `fallback`.
 */
export function createSlackFileLoader(
  options: SlackFileOptions,
  fallback?: (ref: string) => Promise<string>,
): (ref: string) => Promise<string> {
  return async (ref) => {
    const id = fileIdPattern.exec(ref.trim())?.[1];
    if (!id) {
      if (fallback && /^https?:\/\//i.test(ref.trim())) return fallback(ref);
      throw new UserError('Share the file in Slack, then give its link (Copy link on the file).');
    }
    const url = await privateUrl(options, id);
    return download(options, url);
  };
}

async function privateUrl(options: SlackFileOptions, id: string): Promise<string> {
  let file: { url_private_download?: string; url_private?: string; size?: number } | undefined;
  try {
    file = (await options.client.files.info({ file: id })).file;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? 'no answer';
    throw new UserError(`Slack would not show that file (${code}): is Lede in its channel?`);
  }
  const url = file?.url_private_download ?? file?.url_private;
  if (!url) throw new UserError('Slack gave no download link for that file.');
  if ((file?.size ?? 0) > options.maxBytes) throw tooLarge(options.maxBytes);
  if (!isSlackHost(url, options.apiUrl)) throw new UserError('That file is not stored by Slack.');
  return url;
}

function isSlackHost(url: string, apiUrl: string | undefined): boolean {
  const parsed = new URL(url);
  if (apiUrl && parsed.origin === new URL(apiUrl).origin) return true;
  return parsed.protocol === 'https:' && /(^|\.)slack(-edge)?\.com$/.test(parsed.hostname);
}

async function download(options: SlackFileOptions, url: string): Promise<string> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${options.token}` },
      redirect: 'error',
      signal,
    });
  } catch {
    throw new UserError('The file could not be downloaded from Slack.');
  }
  if (!response.ok || !response.body) {
    throw new UserError(`Slack answered ${response.status} for the file.`);
  }
  const body = Readable.fromWeb(response.body as never);
  const read = await readCappedBody(body, undefined, options.maxBytes, signal);
  if (read.kind !== 'ok') throw tooLarge(options.maxBytes);
  return decodeBody(read.body, response.headers.get('content-type') ?? undefined).text;
}

function tooLarge(maxBytes: number): UserError {
  return new UserError(`The file is larger than the ${formatBytes(maxBytes)} limit.`);
}
