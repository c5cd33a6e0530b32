import type { Fetcher, FetchOutcome, FetchRequest } from '../core/fetch-outcome.js';
import { UserError } from '../errors.js';
import { readLocalText } from './local-source.js';

/**
 * The feed fetcher of a Lede process: web feeds through the safe fetcher, and feeds that are
 * `file:` URLs read from disk under the same byte cap, again at every poll. Only feed requests
 * read files: an article link in a feed item must never open a file on the host. Which
 * channels may add a `file:` feed at all is decided when it is added (console mode only).
 */
export function withLocalFeeds(fetcher: Fetcher, maxBytes: number): Fetcher {
  return {
    fetch(request) {
      if (request.accept !== 'feed' || !/^file:/i.test(request.url)) return fetcher.fetch(request);
      return readFeedFile(request, maxBytes);
    },
  };
}

async function readFeedFile(request: FetchRequest, maxBytes: number): Promise<FetchOutcome> {
  const { url } = request;
  try {
    const text = await readLocalText(url, maxBytes);
    const bytes = Buffer.byteLength(text);
    return {
      kind: 'ok',
      url,
      requestedUrl: url,
      message: 'read from disk',
      status: 200,
      // Empty: the feed parser tells RSS, Atom and JSON Feed apart by their text.
      contentType: '',
      // readLocalText sniffed and decoded the bytes already; the text is a JS string now.
      charset: 'utf-8',
      text,
      etag: null,
      lastModified: null,
      bytes,
      wireBytes: bytes,
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // A file that cannot be read now is like a host that cannot be reached: retried with backoff.
    return { kind: 'http-error', url, status: null, reason: 'network', message: error.message };
  }
}
