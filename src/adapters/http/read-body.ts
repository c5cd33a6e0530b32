import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type BodyRead =
  | { kind: 'ok'; body: Buffer; bytes: number; wireBytes: number }
  | { kind: 'too-large' }
  | { kind: 'bad-encoding'; detail: string };

/** Drops a body we no longer want; undici reports the abort as an error nobody should see. */
export function abandon(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

class TooLargeError extends Error {}
class UnknownEncodingError extends Error {}

/** Counts bytes through and fails the pipeline as soon as the count passes the cap. */
function byteCap(maxBytes: number, seen: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen.bytes += chunk.length;
      if (seen.bytes > maxBytes) done(new TooLargeError());
      else done(null, chunk);
    },
  });
}

/** RFC 1950: CM = 8 in the low nibble and the header checksum divisible by 31. */
function hasZlibHeader(chunk: Buffer): boolean {
  return chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && (chunk[0]! * 256 + chunk[1]!) % 31 === 0;
}

/**
 * deflate is meant to be zlib-wrapped (RFC 9110) but some servers send raw DEFLATE: when it is
 * the outermost coding, peek at the first chunk and pick the decoder that fits.
 */
async function peekSource(
  body: Readable,
): Promise<{ source: AsyncIterable<Buffer>; first: Buffer | null }> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head = await iterator.next();
  const first = head.done ? null : head.value;
  async function* source() {
    if (first) yield first;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  return { source: source(), first };
}

function decoderFor(coding: string, rawDeflate = false): Transform {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return rawDeflate ? createInflateRaw() : createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new UnknownEncodingError(coding);
  }
}

/** Content-Encoding lists codings in the order applied; undo them last-first. */
export function parseContentEncoding(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
}

/**
 * Streams the body through the content decoders, holding both the bytes on the wire and the
 * decoded bytes under `maxBytes`; a decompression bomb stops at the cap, not at the end.
 */
export async function readCappedBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<BodyRead> {
  const wire = { bytes: 0 };
  const decoded = { bytes: 0 };
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const decodeErrors = new WeakSet<object>();
  try {
    const codings = parseContentEncoding(contentEncoding);
    let source: Readable = body;
    let rawDeflate = false;
    if (codings[0] === 'deflate') {
      const peeked = await peekSource(body);
      source = Readable.from(peeked.source, { objectMode: false });
      rawDeflate = peeked.first !== null && !hasZlibHeader(peeked.first);
    }
    const decoders = codings.map((c, i) => decoderFor(c, i === 0 && rawDeflate));
    for (const d of decoders) d.on('error', (err: object) => decodeErrors.add(err));
    const stages = decoders.length === 0 ? [] : [...decoders, byteCap(maxBytes, decoded)];
    await pipeline([source, byteCap(maxBytes, wire), ...stages, sink], { signal });
  } catch (err) {
    abandon(body);
    if (err instanceof TooLargeError) return { kind: 'too-large' };
    if (err instanceof UnknownEncodingError) {
      return { kind: 'bad-encoding', detail: `unknown content-encoding ${err.message}` };
    }
    if (!signal.aborted && typeof err === 'object' && err !== null && decodeErrors.has(err)) {
      return { kind: 'bad-encoding', detail: String((err as Error).message) };
    }
    throw err;
  }
  const buffer = Buffer.concat(chunks);
  return { kind: 'ok', body: buffer, bytes: buffer.length, wireBytes: wire.bytes };
}
