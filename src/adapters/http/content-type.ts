import type { FetchAccept } from '../../core/fetch-outcome.js';

export type ContentFamily =
  | 'html'
  | 'xml'
  | 'json'
  | 'text'
  | 'pdf'
  | 'image'
  | 'audio'
  | 'video'
  | 'binary'
  | 'unknown';

/** `Text/HTML; charset=utf-8` → `text/html`; '' when absent. */
export function mimeEssence(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function contentFamily(mime: string): ContentFamily {
  if (mime === '' || mime === 'application/octet-stream') return 'unknown';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/pdf') return 'pdf';
  if (/^(text|application)\/xml$/.test(mime) || mime.endsWith('+xml')) return 'xml';
  if (mime === 'application/json' || mime.endsWith('+json') || mime === 'text/json') return 'json';
  if (mime.startsWith('text/')) return 'text';
  const top = mime.split('/')[0];
  if (top === 'image' || top === 'audio' || top === 'video') return top;
  return 'binary';
}

/** Unknown types pass here and are judged by their first bytes once read. */
const ACCEPTED: Record<FetchAccept, ReadonlySet<ContentFamily>> = {
  article: new Set(['html', 'text', 'unknown']),
  // HTML stays in: a site's home page is how callers discover its feed (<link rel="alternate">).
  feed: new Set(['xml', 'json', 'html', 'text', 'unknown']),
  any: new Set(['html', 'xml', 'json', 'text', 'unknown']),
};

export function accepts(accept: FetchAccept, family: ContentFamily): boolean {
  return ACCEPTED[accept].has(family);
}

const MAGIC: [prefix: string, family: ContentFamily][] = [
  ['%PDF-', 'pdf'],
  ['\x89PNG', 'image'],
  ['GIF8', 'image'],
  ['\xff\xd8\xff', 'image'],
  ['PK\x03\x04', 'binary'],
  ['\x1f\x8b', 'binary'],
];

/** For bodies sent without a usable type: recognise the usual binary formats by magic bytes. */
export function sniffFamily(body: Buffer): ContentFamily {
  const head = body.subarray(0, 512).toString('latin1');
  for (const [prefix, family] of MAGIC) if (head.startsWith(prefix)) return family;
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image';
  // UTF-16 text has NULs too, but carries a BOM.
  const utf16 = head.startsWith('\xfe\xff') || head.startsWith('\xff\xfe');
  return !utf16 && head.includes('\x00') ? 'binary' : 'unknown';
}

const WANTED: Record<FetchAccept, string> = {
  article: 'an article',
  feed: 'a feed',
  any: 'a web page or feed',
};

const WHAT: Partial<Record<ContentFamily, string>> = {
  pdf: 'a PDF',
  image: 'an image',
  audio: 'an audio file',
  video: 'a video',
  xml: 'an XML document (perhaps a feed)',
  json: 'JSON data',
  html: 'a web page',
};

export function unsupportedTypeMessage(accept: FetchAccept, family: ContentFamily, mime: string) {
  const what = WHAT[family] ?? (mime ? `a ${mime} file` : 'a binary file');
  return `That link is ${what}, not ${WANTED[accept]}, so Lede can't read it.`;
}
