import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseCommandLine } from '../../commands/parse-command-line.js';

describe('parseCommandLine', () => {
  it.each([
    ['/news summarize ./a.html', 'summarize', { url: './a.html' }],
    ['/news summarize url:./a.html', 'summarize', { url: './a.html' }],
    ['/news summarize ./a.html private', 'summarize', { url: './a.html', private: true }],
    [
      '/news summarize url:https://example.org/x private:true',
      'summarize',
      { url: 'https://example.org/x', private: 'true' },
    ],
    ['/news framing text:Critics say it failed.', 'framing', { text: 'Critics say it failed.' }],
    [
      '/news framing The plan: a "disaster", they said.',
      'framing',
      { text: 'The plan: a "disaster", they said.' },
    ],
    ['/news framing "quoted whole"', 'framing', { text: 'quoted whole' }],
    ['  /news   help  ', 'help', {}],
    [
      '/news summarize url:https://example.org/x private',
      'summarize',
      { url: 'https://example.org/x', private: true },
    ],
    ['/news summarize private ./a.html', 'summarize', { url: './a.html', private: true }],
    ['/news digest since:7d extra:1', 'digest', { since: '7d', extra: '1' }],
    ['/news framing "ratio:3 is the plan"', 'framing', { text: 'ratio:3 is the plan' }],
    [
      '/news schedule set cron:daily 08:00 timezone:America/New_York',
      'set',
      { cron: 'daily 08:00', timezone: 'America/New_York' },
    ],
    [
      '/news summarize https://example.org/a?b=c:d',
      'summarize',
      { url: 'https://example.org/a?b=c:d' },
    ],
  ])('reads %j as %s with its options', (line, name, options) => {
    const parsed = parseCommandLine(line, 'news', registry);
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(parsed.command.name).toBe(name);
    expect(parsed.options).toEqual(options);
  });

  it.each(['feeds', 'schedule'])('reads /news %s alone as the help of that group', (group) => {
    const parsed = parseCommandLine(`/news ${group}`, 'news', registry);
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(parsed.command).toMatchObject({ group, name: 'help', options: [] });
  });

  it('ignores blank lines', () => {
    expect(parseCommandLine('   ', 'news', registry)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['summarize x', 'Commands start with /news'],
    ['/other help', 'Commands start with /news'],
    ['/news', 'Unknown command: (nothing)'],
    ['/news fly away', 'Unknown command: fly away'],
    [
      '/news feeds frob',
      'Unknown command: feeds frob. The feeds commands are add, remove, list, filter, import, export; see /news feeds.',
    ],
  ])('explains what is wrong with %j', (line, message) => {
    const parsed = parseCommandLine(line, 'news', registry);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toContain(message);
  });
});
