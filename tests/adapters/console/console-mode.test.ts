import { describe, expect, it } from 'vitest';
import { runLede } from '../../helpers/run-lede.js';

describe('console mode (lede start with no chat tokens)', () => {
  it('answers piped slash commands in Markdown and exits at the end of input', async () => {
    const input = [
      '/news help',
      '/news summarize tests/fixtures/articles/harbor-bridge.txt',
      '/news framing text:The council voted 7 to 2 on Tuesday.',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    const [help, rest] = run.stdout.split('## Framing notes');
    expect(help).toContain('## Lede: neutral news digests');
    expect(help).toContain('`/news summarize url:<url> [private]`');
    expect(help).toContain('**Digest**\n- ');
    expect(help).toContain('$4.2 million');
    expect(rest).toContain('pasted text');
    expect(run.stderr).toBe('');
  });

  it('explains unknown commands and problems, and keeps going', async () => {
    const input = [
      '/news frobnicate',
      'hello',
      '/news summarize tests/fixtures/articles/nope.txt',
      '/news summarize',
      '/news help',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Unknown command: frobnicate. Try /news help.');
    expect(run.stdout).toContain('Commands start with /news.');
    expect(run.stdout).toContain('nope.txt: no such file.');
    expect(run.stdout).toContain('\\`summarize\\` needs \\`url\\`.');
    expect(run.stdout).toContain('## Lede: neutral news digests');
  });

  it('uses the configured root command name', async () => {
    const run = await runLede(['start'], {
      input: '/digest help\n',
      env: { LEDE_COMMAND_NAME: 'digest' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('`/digest summarize url:<url> [private]`');
  });

  it('refuses to start with a broken configuration and lists every problem', async () => {
    const run = await runLede(['start'], {
      env: { LEDE_LOG_LEVEL: 'loud', LEDE_DIGEST_SENTENCES: '9' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LEDE_LOG_LEVEL');
    expect(run.stderr).toContain('LEDE_DIGEST_SENTENCES');
  });
});
