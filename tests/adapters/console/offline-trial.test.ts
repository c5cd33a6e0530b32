import { describe, expect, it } from 'vitest';
import { runLede } from '../../helpers/run-lede.js';

describe('the offline trial: a feed file in console mode', () => {
  it('follows examples/feed.xml and digests it, then removes it by the same path', async () => {
    const input = [
      '/news feeds add url:examples/feed.xml',
      '/news feeds list',
      '/news digest',
      '/news feeds remove feed:examples/feed.xml',
      '/news feeds list',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    const [added, digest] = run.stdout.split('## Digest');
    expect(added).toContain('Following **Harbor City Courier (sample feed)**');
    expect(added).toMatch(/file:\/\/\/\S+\/examples\/feed\.xml — ok/);
    // The first check announces the newest three items (LEDE_FIRST_POLL_POSTS).
    expect(digest).toContain(
      '### [Eastside tram line opens with 4,000 riders by noon](https://courier.example/2026/12/01/eastside-tram-opens)',
    );
    expect(digest).toContain('### [Library extends weekend opening hours from January]');
    expect(digest).not.toContain('Storm warning');
    expect(digest).toContain('- The Harbor City central library will open from 9 a.m.');
    expect(digest).toContain(
      'This channel no longer follows **Harbor City Courier (sample feed)**.',
    );
    expect(digest).toContain('This channel follows no feeds yet.');
  });

  it('filters a feed file by the same path, and the digest says what the filter held back', async () => {
    const input = [
      '/news feeds add url:examples/feed.xml',
      '/news feeds filter feed:examples/feed.xml exclude:"harbour, dredging"',
      '/news digest',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    const [setUp, digest] = run.stdout.split('## Digest');
    expect(setUp).toContain('**Harbor City Courier (sample feed)**: exclude: harbour, dredging.');
    expect(digest).toContain('### [Eastside tram line opens with 4,000 riders by noon]');
    expect(digest).not.toContain('Council delays vote on harbour dredging contract');
    expect(digest).toContain('The feed filters held back 1 item.');
  });

  it('names a feed file that is not there, and follows nothing', async () => {
    const input = ['/news feeds add url:examples/no-such-feed.xml', '/news feeds list', ''].join(
      '\n',
    );
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\/examples\/no-such-feed\.xml: no such file\./);
    expect(run.stdout).toContain('This channel follows no feeds yet.');
  });
});
