import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/types.js';
import { startLocalServer } from '../helpers/local-server.js';
import { runLedeInProcess } from '../helpers/run-cli.js';
import { repoRoot, runLede } from '../helpers/run-lede.js';
import { expectSpansHold } from '../helpers/spans.js';

const bridge = 'tests/fixtures/articles/harbor-bridge.txt';
const library = 'tests/fixtures/articles/library-hours.html';

function expectResultShape(result: ArticleAnalysis) {
  expect(Object.keys(result).sort()).toEqual(
    [
      'digest',
      'genre',
      'notes',
      'outlet',
      'published',
      'source',
      'sources',
      'stats',
      'text',
      'title',
      'url',
    ].filter((k) => k !== 'text' || 'text' in result),
  );
  expect(['news', 'opinion', 'analysis', 'unknown']).toContain(result.genre.label);
  expect(result.digest.length).toBeGreaterThanOrEqual(1);
  expect(result.stats.words).toBeGreaterThan(50);
}

describe('lede summarize', () => {
  it('prints one JSON object for one source, with spans that point into the text', async () => {
    const run = await runLedeInProcess(['summarize', bridge, '--format', 'json', '--include-text']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ArticleAnalysis;
    expectResultShape(result);
    expect(result.source).toBe(bridge);
    expect(result.text).toContain('Harbor Street bridge');
    expectSpansHold(result, result.text!);
  });

  it('prints one JSON line per source, in input order, for jsonl', async () => {
    const run = await runLedeInProcess([
      'summarize',
      library,
      bridge,
      '--format',
      'jsonl',
      '--include-text',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ArticleAnalysis);
    expect(lines.map((l) => l.source)).toEqual([library, bridge]);
    expect(lines[0]!.title).toContain('Library extends weekend hours');
    expect(lines[0]!.text).not.toContain('Privacy');
    for (const line of lines) {
      expectResultShape(line);
      expectSpansHold(line, line.text!);
    }
  });

  it('renders Markdown by default', async () => {
    const run = await runLedeInProcess(['summarize', library]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## Library extends weekend hours/);
    expect(run.stdout).toContain('**Digest**\n- ');
    expect(run.stdout).toContain('words');
  });

  it('reads a file given as a file:// URL, as it reads the path', async () => {
    const byUrl = await runLedeInProcess([
      'summarize',
      pathToFileURL(join(repoRoot, library)).href,
      '--format',
      'json',
    ]);
    expect(byUrl.stderr).toBe('');
    expect(byUrl.code).toBe(0);
    const result = JSON.parse(byUrl.stdout) as ArticleAnalysis;
    expect(result.title).toContain('Library extends weekend hours');
    expect(result.source).toBe(join(repoRoot, library));
  });

  it('reads the article from standard input when the source is -', async () => {
    const run = await runLede(['summarize', '-', '--format', 'json'], {
      input:
        'The mayor opened a new park on Friday. It has a playground and a pond. About 300 people came.',
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ArticleAnalysis;
    expect(result.source).toBe('stdin');
    expect(result.digest.map((d) => d.text).join(' ')).toContain('new park');
  });

  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'photo.jpg');
  writeFileSync(empty, '  \n\n ');
  writeFileSync(
    binary,
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  );

  it.each([
    ['a missing file', ['summarize', join(dir, 'missing.txt')], 1, /missing\.txt: no such file/],
    ['an empty file', ['summarize', empty], 1, /empty\.txt: is empty/],
    ['a binary file', ['summarize', binary], 1, /photo\.jpg: looks like a binary file/],
    ['an unknown flag', ['summarize', bridge, '--colour'], 2, /unknown option '--colour'/i],
    ['an unknown format', ['summarize', bridge, '--format', 'xml'], 1, /--format must be one of/],
    ['no source at all', ['summarize'], 1, /needs at least one source/],
    ['an unknown command', ['summarise'], 2, /unknown command "summarise"/],
    [
      'a file URL that names another host',
      ['summarize', 'file://fileserver/share/story.txt'],
      1,
      /a file URL must name a file on this machine/,
    ],
  ])('refuses %s with a one-line message and a non-zero exit', async (_, args, code, message) => {
    const run = await runLedeInProcess(args as string[]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits from the real launcher with 2 for a usage error and 1 for a source that fails', async () => {
    const usage = await runLede(['summarise']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command "summarise"/);
    const failed = await runLede(['summarize', join(dir, 'missing.txt')]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('still prints the good sources when one of several fails, and exits non-zero', async () => {
    const run = await runLedeInProcess([
      'summarize',
      bridge,
      join(dir, 'gone.txt'),
      '--format',
      'jsonl',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('gone.txt: no such file');
  });

  it('summarizes a web page through the safe fetcher when the host is allowed', async () => {
    const server = await startLocalServer();
    server.route('/story', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(library));
    });
    try {
      const url = `${server.origin}/story`;
      const allowed = await runLedeInProcess(['summarize', url, '--format', 'json'], {
        env: { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
      });
      expect(allowed.code).toBe(0);
      expect(JSON.parse(allowed.stdout)).toMatchObject({ source: url });
      const refused = await runLedeInProcess(['summarize', url]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^lede: .*private/i);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('ends quietly when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'lede.js'), 'summarize', bridge], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', LEDE_LOG_LEVEL: 'warn' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('answers --version from the real launcher and --help', async () => {
    const version = await runLede(['--version']);
    expect(version.stdout).toMatch(/^lede \d+\.\d+\.\d+\n$/);
    const help = await runLedeInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('summarize <source...>');
  });
});
