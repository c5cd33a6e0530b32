import { readFileSync } from 'node:fs';
import { corpusPath } from '../../helpers/corpora.js';

export function readCorpusBytes(relativePath: string): Uint8Array {
  return readFileSync(corpusPath(relativePath));
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes to text the way the fetcher should: a BOM wins, then the XML declaration's encoding,
 * then UTF-8. (The feedparser HTTP-header cases are emulated by the caller.)
 */
export function decodeFeedBytes(bytes: Uint8Array, headerCharset?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le') ?? '';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be') ?? '';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8')!;
  const label = headerCharset ?? declaredEncoding(bytes);
  return (label ? decodeAs(bytes, label) : null) ?? new TextDecoder('utf-8').decode(bytes);
}

/** JSON written in UTF-8 mostly, in Latin-1 sometimes (rss-parser's encoding.json). */
export function decodeJsonBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
