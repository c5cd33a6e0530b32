import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  declaredCharset,
  decodeBody,
} from '../../../src/adapters/http/decode-body.js';

const encode = (text: string, charset: string) => iconv.encode(text, charset);
const xmlDeclaring = (charset: string, title: string) =>
  `<?xml version="1.0" encoding="${charset}"?><rss version="2.0"><title>${title}</title></rss>`;

describe('decodeBody', () => {
  it.each([
    [
      'a BOM over a contradicting header',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ünï')]),
      'text/html; charset=windows-1251',
      'ünï',
      'utf-8',
      'bom',
    ],
    [
      'a UTF-16LE BOM',
      encode('\ufeffhello ü', 'utf-16le'),
      undefined,
      'hello ü',
      'utf-16le',
      'bom',
    ],
    [
      'the header charset',
      encode('Ελληνικά', 'iso-8859-7'),
      'text/html; charset=ISO-8859-7',
      'Ελληνικά',
      'iso-8859-7',
      'header',
    ],
    [
      'a quoted header charset',
      encode('Привет', 'koi8-r'),
      'text/plain; charset="KOI8-R"',
      'Привет',
      'koi8-r',
      'header',
    ],
    [
      'meta charset',
      encode('<meta charset="windows-1251"><p>Привет', 'windows-1251'),
      'text/html',
      'Привет',
      'windows-1251',
      'meta',
    ],
    [
      'meta http-equiv',
      encode(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Привет',
        'windows-1251',
      ),
      'text/html',
      'Привет',
      'windows-1251',
      'meta',
    ],
    [
      'the XML declaration',
      encode("<?xml version='1.0' encoding='Shift_JIS'?><a>東京</a>", 'shift_jis'),
      'application/xml',
      '東京',
      'shift_jis',
      'xml-declaration',
    ],
    [
      'EUC-KR from the header',
      encode('한국어 뉴스', 'euc-kr'),
      'text/html; charset=euc-kr',
      '한국어 뉴스',
      'euc-kr',
      'header',
    ],
    [
      'GBK from meta',
      encode('<meta charset="gbk">中文新闻', 'gbk'),
      'text/html',
      '中文新闻',
      'gbk',
      'meta',
    ],
    [
      'ISO-8859-1 read as windows-1252 (WHATWG)',
      encode('“curly” café', 'windows-1252'),
      'text/html; charset=iso-8859-1',
      '“curly” café',
      'windows-1252',
      'header',
    ],
    [
      'undeclared valid UTF-8',
      Buffer.from('Grüße'),
      'text/html',
      'Grüße',
      'utf-8',
      'sniffed-utf-8',
    ],
    [
      'UTF-8 under a legacy label',
      Buffer.from('<meta charset="windows-1251">Grüße'),
      'text/html',
      'Grüße',
      'utf-8',
      'sniffed-utf-8',
    ],
    [
      'undeclared legacy bytes',
      encode('café', 'windows-1252'),
      'text/html',
      'café',
      'windows-1252',
      'default',
    ],
    [
      'a wrong UTF-8 header over a right meta',
      encode('<meta charset="windows-1251">Привет', 'windows-1251'),
      'text/html; charset=utf-8',
      'Привет',
      'windows-1251',
      'meta',
    ],
    [
      'an unknown label',
      Buffer.from('plain ascii'),
      'text/html; charset=x-nonsense',
      'plain ascii',
      'utf-8',
      'default',
    ],
    [
      'UTF-8 bytes under a UTF-16 XML declaration',
      Buffer.from(xmlDeclaring('UTF-16', 'Grüße')),
      'application/rss+xml',
      'Grüße',
      'utf-8',
      'sniffed-utf-8',
    ],
    [
      'ASCII bytes under a UTF-16 XML declaration',
      Buffer.from(xmlDeclaring('UTF-16', 'plain')),
      undefined,
      '<title>plain</title>',
      'utf-8',
      'default',
    ],
    [
      'windows-1252 bytes under a UTF-16 header and a windows-1252 declaration',
      encode(xmlDeclaring('windows-1252', '“curly” café'), 'windows-1252'),
      'application/xml; charset=utf-16',
      '“curly” café',
      'windows-1252',
      'xml-declaration',
    ],
    [
      'a UTF-16BE BOM over a UTF-8 declaration and header',
      encode(`\ufeff${xmlDeclaring('UTF-8', 'Grüße')}`, 'utf-16be'),
      'application/xml; charset=utf-8',
      'Grüße',
      'utf-16be',
      'bom',
    ],
    [
      'a UTF-16LE BOM over a windows-1252 header',
      encode(`\ufeff${xmlDeclaring('windows-1252', 'Grüße')}`, 'utf-16le'),
      'text/xml; charset=windows-1252',
      'Grüße',
      'utf-16le',
      'bom',
    ],
    [
      'UTF-16LE without a BOM',
      encode(xmlDeclaring('UTF-16', 'Grüße'), 'utf-16le'),
      undefined,
      'Grüße',
      'utf-16le',
      'sniffed-utf-16',
    ],
    [
      'UTF-16BE without a BOM, under a UTF-8 header',
      encode(xmlDeclaring('UTF-16', 'Grüße'), 'utf-16be'),
      'application/rss+xml; charset=utf-8',
      'Grüße',
      'utf-16be',
      'sniffed-utf-16',
    ],
    [
      'a UTF-16 header over UTF-16 bytes that start with a non-ASCII character',
      encode('Привет, мир', 'utf-16le'),
      'text/plain; charset=utf-16le',
      'Привет, мир',
      'utf-16le',
      'header',
    ],
  ])('follows %s', (_, bytes, header, text, charset, source) => {
    const decoded = decodeBody(bytes, header);
    expect(decoded.text).toContain(text);
    expect(decoded.text.startsWith('\ufeff')).toBe(false);
    expect(decoded).toMatchObject({ charset, source });
  });

  it('keeps mostly-valid declared UTF-8 readable', () => {
    const bytes = Buffer.concat([Buffer.from('Grüße '), Buffer.from([0xff]), Buffer.from(' Köln')]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    expect(decoded.text).toBe('Grüße \ufffd Köln');
  });
});

describe('charset helpers', () => {
  it('reads the header parameter', () => {
    expect(charsetFromContentType('text/html;charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });

  it('prefers the XML declaration to a later meta', () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-2"?><html><meta charset="utf-8">',
    );
    expect(declaredCharset(bytes)).toEqual({ charset: 'ISO-8859-2', source: 'xml-declaration' });
  });
});
