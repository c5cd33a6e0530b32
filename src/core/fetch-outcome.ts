/** What the bot asks for: the fetcher checks the content type against `accept`. */
export type FetchAccept = 'article' | 'feed' | 'any';

export interface FetchRequest {
  url: string;
  /** The ETag from the last fetch, stored verbatim; sent as If-None-Match. */
  etag?: string | null;
  /** The Last-Modified from the last fetch, stored verbatim; sent as If-Modified-Since. */
  lastModified?: string | null;
  accept: FetchAccept;
}

/** Why an address was refused; `message` says it in words a chat user can read. */
export type BlockReason = 'private-address' | 'metadata' | 'scheme' | 'port';

/** Every outcome names the URL it is about and carries a message safe to show in chat. */
interface OutcomeBase {
  url: string;
  message: string;
}

export interface FetchOk extends OutcomeBase {
  kind: 'ok';
  /** The URL asked for; `url` is the final one after redirects. */
  requestedUrl: string;
  status: number;
  /** The MIME essence, lower-case (`text/html`), or '' when the server sent none. */
  contentType: string;
  /** The character set the body was decoded from (`utf-8`, `windows-1251`, …). */
  charset: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
  /** Body size after content decoding (gzip, deflate, br). */
  bytes: number;
  /** Body size as it came over the wire. */
  wireBytes: number;
}

export interface FetchNotModified extends OutcomeBase {
  kind: 'not-modified';
  etag: string | null;
  lastModified: string | null;
}

export interface FetchBlocked extends OutcomeBase {
  kind: 'blocked-address';
  reason: BlockReason;
}

export interface FetchTimeout extends OutcomeBase {
  kind: 'timeout';
  phase: 'connect' | 'total';
  limitMs: number;
}

export interface FetchTooLarge extends OutcomeBase {
  kind: 'too-large';
  limitBytes: number;
}

export interface FetchHttpError extends OutcomeBase {
  kind: 'http-error';
  /** The HTTP status, or null when no usable answer came (network error, redirect loop). */
  status: number | null;
  reason: 'status' | 'too-many-redirects' | 'bad-redirect' | 'network' | 'dns';
  /** From Retry-After on 429 and 503, in milliseconds from the time of the answer. */
  retryAfterMs?: number;
}

export interface FetchUnsupportedType extends OutcomeBase {
  kind: 'unsupported-type';
  contentType: string;
}

export interface FetchParseError extends OutcomeBase {
  kind: 'parse-error';
}

export type FetchOutcome =
  | FetchOk
  | FetchNotModified
  | FetchBlocked
  | FetchTimeout
  | FetchTooLarge
  | FetchHttpError
  | FetchUnsupportedType
  | FetchParseError;

/** The port services use to fetch; expected failures come back as outcomes, never as throws. */
export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchOutcome>;
}
