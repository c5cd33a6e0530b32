import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCli } from '../../src/adapters/cli/digest-cli.js';
import {
  createSafeFetcher,
  DEFAULT_MAX_BYTES,
  type SafeFetcher,
} from '../../src/adapters/http/safe-fetcher.js';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { loadLocalSource, readLocalText } from '../../src/adapters/local-source.js';
import { createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { UserError } from '../../src/errors.js';
import { createItemText } from '../../src/services/item-text.js';
import { runLedeInProcess } from '../helpers/run-cli.js';

const engine = inProcessAnalyzer(
  createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
);
const dir = mkdtempSync(join(tmpdir(), 'lede-local-source-'));
const TITLES = ['Straße in Köln reopens', 'Café “Zur Post” wins award'];

const body = `<p>The city council agreed on Tuesday to reopen the street, the council's chair, Ana Silva, told reporters. The decision followed three months of consultation with shop owners and residents. "We listened to everyone who lives there," Silva said. The work is expected to take about a year and to cost 1.8 million euros, according to the published budget.</p>`;

/** A two-item RSS feed whose XML declaration names `declared`; the items carry their own text. */
function feedDeclaring(declared: string): string {
  const items = TITLES.map(
    (title, i) =>
      `<item><title>${title}</title><guid>item-${i}</guid><content:encoded><![CDATA[${body.repeat(3)}]]></content:encoded></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="${declared}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Stadtblatt</title>${items}</channel></rss>`;
}

function writeFeed(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function captureIo() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: (text: string) => {
      out.stdout += text;
    },
    stderr: (text: string) => {
      out.stderr += text;
    },
  };
  return { out, io };
}

describe('lede digest on local feed files in other encodings (in process)', () => {
  let fetcher: SafeFetcher;
  beforeAll(() => {
    fetcher = createSafeFetcher({});
  });
  afterAll(() => fetcher.close());

  /** What `lede digest` runs with, as the composition root builds it. */
  const digestDeps = (maxBytes = DEFAULT_MAX_BYTES) => ({
    engine,
    fetcher,
    itemText: createItemText(fetcher),
    readLocal: (path: string) => readLocalText(path, maxBytes),
  });

  const withBom = (text: string, charset: string) => iconv.encode(text, charset, { addBOM: true });
  it.each([
    ['UTF-16LE with a BOM', withBom(feedDeclaring('UTF-16'), 'utf-16le')],
    ['UTF-16BE with a BOM, declaring UTF-8', withBom(feedDeclaring('UTF-8'), 'utf-16be')],
    ['UTF-16LE without a BOM', iconv.encode(feedDeclaring('UTF-16'), 'utf-16le')],
    ['UTF-8 bytes declaring UTF-16', Buffer.from(feedDeclaring('UTF-16'))],
    ['windows-1252 declaring it', iconv.encode(feedDeclaring('windows-1252'), 'windows-1252')],
  ])('reads the titles of %s', async (name, bytes) => {
    const file = writeFeed(`${name.replace(/\W+/g, '-')}.rss`, bytes);
    const { out, io } = captureIo();
    const code = await digestCli([file, '--format', 'json'], digestDeps(), io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const items = JSON.parse(out.stdout).items as { title: string; outlet: string }[];
    expect(items.map((i) => i.title).sort()).toEqual([...TITLES].sort());
    expect(items.map((i) => i.outlet)).toEqual(['Stadtblatt', 'Stadtblatt']);
  });

  it('refuses a feed file over the byte cap in one line and still digests the others', async () => {
    const small = writeFeed('small.rss', Buffer.from(feedDeclaring('UTF-8')));
    const big = writeFeed('big.rss', Buffer.from(feedDeclaring('UTF-8').repeat(20)));
    const { out, io } = captureIo();
    const code = await digestCli([big, small, '--format', 'json'], digestDeps(50_000), io);
    expect(code).toBe(1);
    expect(out.stderr).toBe(
      `lede: ${big}: is larger than the 48.8 KB limit (LEDE_FETCH_MAX_BYTES), so Lede did not read it.\n`,
    );
    expect(JSON.parse(out.stdout).items).toHaveLength(2);
  });
});

describe('the byte cap on local files, from LEDE_FETCH_MAX_BYTES', () => {
  it.each([['digest'], ['summarize']])('applies to lede %s', async (command) => {
    const big = writeFeed(`big-for-${command}.rss`, Buffer.from(feedDeclaring('UTF-8').repeat(10)));
    const run = await runLedeInProcess([command, big], { env: { LEDE_FETCH_MAX_BYTES: '10000' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `lede: ${big}: is larger than the 9.8 KB limit (LEDE_FETCH_MAX_BYTES), so Lede did not read it.\n`,
    );
  });
});

describe('readLocalText', () => {
  it('stops reading an endless file at the cap instead of holding it all', async () => {
    await expect(readLocalText('/dev/zero', 64 * 1024)).rejects.toThrow(
      new UserError(
        '/dev/zero: is larger than the 64 KB limit (LEDE_FETCH_MAX_BYTES), so Lede did not read it.',
      ),
    );
  });

  it('reads a file exactly at the cap', async () => {
    const file = writeFeed('exact.txt', Buffer.alloc(10_000, 'a'));
    expect(await readLocalText(file, 10_000)).toHaveLength(10_000);
  });

  it.each([
    ['a missing file', join(dir, 'missing.rss'), 'no such file.'],
    ['a folder', dir, 'is a folder, not a file.'],
  ])('names %s in a UserError', async (_, path, problem) => {
    await expect(readLocalText(path, 10_000)).rejects.toThrow(new UserError(`${path}: ${problem}`));
  });

  it('refuses binary bytes that no charset turns into text', async () => {
    const file = writeFeed('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]));
    await expect(readLocalText(file, 10_000)).rejects.toThrow(/photo\.jpg: looks like a binary/);
  });
});

describe('loadLocalSource', () => {
  it('reads a UTF-16LE text file, which holds zero bytes, as text rather than binary', async () => {
    const text = 'Die Straße in Köln ist wieder offen, sagte die Stadt am Dienstag.';
    const file = writeFeed('note-utf16.txt', iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(await loadLocalSource(file, 10_000)).toEqual({ text, title: null, source: file });
  });

  it('reads a windows-1252 text file full of accents instead of calling it binary', async () => {
    const text = 'Élan, café, crème brûlée à la française: “déjà vu” für Öl. '.repeat(20).trim();
    const file = writeFeed('note-1252.txt', iconv.encode(text, 'windows-1252'));
    expect((await loadLocalSource(file, 10_000)).text).toBe(text);
  });
});
