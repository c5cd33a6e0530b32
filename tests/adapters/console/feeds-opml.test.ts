import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOpml } from '../../../src/core/feed/opml.js';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.js';
import { opmlListing, serveOpmlFeeds } from '../../helpers/opml-feeds.js';
import { runLede } from '../../helpers/run-lede.js';

describe('OPML import and export in console mode', () => {
  let server: LocalServer;
  let dir: string;

  beforeAll(async () => {
    server = await startLocalServer();
    serveOpmlFeeds(server);
    dir = mkdtempSync(join(tmpdir(), 'lede-opml-'));
    writeFileSync(join(dir, 'feeds.opml'), opmlListing(server.origin));
    writeFileSync(join(dir, 'notes.txt'), 'just some notes');
  });

  afterAll(() => server.close());

  it('imports every feed of a file, reports added, already there and refused, and exports them', async () => {
    const opml = join(dir, 'feeds.opml');
    const input = [
      `/news feeds add url:${server.origin}/herald.xml`,
      `/news feeds import file:${opml}`,
      '/news feeds list',
      '/news feeds export',
      `/news feeds import file:${opml}`,
      '',
    ].join('\n');
    const run = await runLede(['start'], {
      input,
      env: { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
    });
    expect(run.code).toBe(0);
    const [, , first, , exported, second] = run.stdout.split(/^## /m);
    expect(first).toContain('Added 1: Harbor Gazette.');
    expect(first).toContain('Already followed 1: Hill Herald.');
    expect(first).toContain('Refused 2:');
    expect(first).toMatch(/\*\*A web page\*\* — .*HTML, not a feed/);
    expect(first).toMatch(/\*\*Gone\*\* — .*404/);
    const xml = /```\n([\s\S]*?)\n```/.exec(exported ?? '')?.[1] ?? '';
    expect(parseOpml(xml).feeds).toEqual([
      { url: `${server.origin}/herald.xml`, title: 'Hill Herald' },
      { url: `${server.origin}/gazette.xml`, title: 'Harbor Gazette' },
    ]);
    expect(second).toContain('Added 0.');
    expect(second).toContain('Already followed 2: Harbor Gazette, Hill Herald.');
  });

  it('says so when the file is not a subscription list or cannot be read', async () => {
    const input = [
      `/news feeds import file:${join(dir, 'notes.txt')}`,
      `/news feeds import file:${join(dir, 'missing.opml')}`,
      '/news feeds export',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'That file lists no feeds: give an OPML subscription list (.opml).',
    );
    expect(run.stdout).toContain('missing.opml: no such file.');
    expect(run.stdout).toContain('This channel follows no feeds to export.');
  });
});
