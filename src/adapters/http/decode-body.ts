import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding actually used, lower-case. */
  charset: string;
  /** Where the choice came from. */
  source:
    | 'bom'
    | 'sniffed-utf-16'
    | 'header'
    | 'xml-declaration'
    | 'meta'
    | 'sniffed-utf-8'
    | 'default';
}

const BOMS: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/**
 * Labels the WHATWG Encoding Standard maps elsewhere: pages labelled Latin-1 or ASCII use
 * windows-1252 in practice (curly quotes at 0x93/0x94), so browsers decode them that way.
 */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
  'x-sjis': 'shift_jis',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function bomCharset(bytes: Buffer): string | null {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return charset;
  }
  return null;
}

/**
 * UTF-16 without a BOM, told by its first two characters being ASCII (`<?` of `<?xml`, `<r` of
 * `<rss`, whitespace): each then has a zero byte, after it in LE, before it in BE (XML 1.0,
 * appendix F). UTF-32 has two zero bytes in a row and does not match.
 */
function utf16Pattern(bytes: Buffer): string | null {
  const [a, b, c, d] = bytes;
  const ascii = (byte: number | undefined) => byte !== undefined && byte > 0 && byte < 0x80;
  if (ascii(a) && b === 0 && ascii(c) && d === 0) return 'utf-16le';
  if (a === 0 && ascii(b) && c === 0 && ascii(d)) return 'utf-16be';
  return null;
}

/**
 * A UTF-16 label over bytes with no zero byte near the start is wrong: markup and whitespace in
 * UTF-16 always hold zero bytes, and ASCII-compatible text never does.
 */
function contradictsUtf16(bytes: Buffer): boolean {
  return !bytes.subarray(0, 1024).includes(0);
}

export function charsetFromContentType(header: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** The in-document declaration: the XML prolog, else `<meta charset>` or `http-equiv`. */
export function declaredCharset(
  bytes: Buffer,
): { charset: string; source: 'xml-declaration' | 'meta' } | null {
  // Declarations are ASCII and belong near the top; 4 KB is generous (HTML's prescan uses 1 KB).
  const head = bytes.subarray(0, 4096).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { charset: xml[1]!, source: 'xml-declaration' };
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/i.exec(head);
  if (meta) return { charset: meta[1]!, source: 'meta' };
  return null;
}

function normaliseLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

function validUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Non-ASCII bytes that form valid UTF-8 are UTF-8 in practice, whatever the label says. */
function looksLikeUtf8(bytes: Buffer): boolean {
  return bytes.some((b) => b >= 0x80) && validUtf8(bytes);
}

function decodeWith(bytes: Buffer, charset: string, source: DecodedText['source']): DecodedText {
  // iconv-lite strips a leading BOM for the Unicode encodings by default.
  return { text: iconv.decode(bytes, charset), charset, source };
}

/**
 * Picks the body's character set the way a browser would, with two guards: a label that
 * contradicts valid multi-byte UTF-8 loses, so UTF-8 is never garbled, and the bytes' own
 * evidence of UTF-16 (a BOM, or the zero-byte pattern of ASCII) beats any label.
 * Order: BOM or UTF-16 pattern, HTTP header, XML declaration or meta, then UTF-8 if valid,
 * else windows-1252. Local files come through here too, with no header.
 */
export function decodeBody(bytes: Buffer, contentTypeHeader: string | undefined): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes, bom, 'bom');
  const utf16 = utf16Pattern(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'sniffed-utf-16');
  return decodeWith(bytes, ...labelledOrSniffed(bytes, contentTypeHeader));
}

function labelledOrSniffed(
  bytes: Buffer,
  contentTypeHeader: string | undefined,
): [charset: string, source: DecodedText['source']] {
  const declared = declaredCharset(bytes);
  const candidates: [string | null, DecodedText['source']][] = [
    [charsetFromContentType(contentTypeHeader), 'header'],
    [declared?.charset ?? null, declared?.source ?? 'meta'],
  ];
  const utf8 = looksLikeUtf8(bytes);
  let utf8Declared: DecodedText['source'] | null = null;
  for (const [label, source] of candidates) {
    const charset = label ? normaliseLabel(label) : null;
    if (!charset) continue;
    if (charset === 'utf-8') {
      if (validUtf8(bytes)) return [charset, source];
      utf8Declared ??= source;
      continue;
    }
    if (charset.startsWith('utf-16')) {
      if (contradictsUtf16(bytes)) continue;
      return [charset, source];
    }
    return utf8 ? ['utf-8', 'sniffed-utf-8'] : [charset, source];
  }
  // Declared UTF-8 with a few broken bytes: keep the rest readable (U+FFFD for the broken ones).
  if (utf8Declared) return ['utf-8', utf8Declared];
  if (validUtf8(bytes)) return ['utf-8', utf8 ? 'sniffed-utf-8' : 'default'];
  return ['windows-1252', 'default'];
}
