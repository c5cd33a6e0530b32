import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';
import { settings } from '../src/settings.js';
import { repoRoot } from './helpers/run-lede.js';

const defaults = JSON.parse(readFileSync(join(repoRoot, 'config', 'defaults.json'), 'utf8'));

function problemsOf(env: Record<string, string>, given: unknown = defaults): string[] {
  try {
    parseConfig(env, given);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('loads the shipped defaults with an empty environment', () => {
    const config = parseConfig({}, defaults);
    expect(config).toMatchObject({ logLevel: 'info', commandName: 'news', digestSentences: 3 });
    expect(config.discordToken).toBeUndefined();
  });

  it('lets the environment override defaults and coerces numbers', () => {
    const config = parseConfig(
      { LEDE_DIGEST_SENTENCES: '4', LEDE_COMMAND_NAME: 'digest', DISCORD_TOKEN: 'abc.def' },
      defaults,
    );
    expect(config).toMatchObject({
      digestSentences: 4,
      commandName: 'digest',
      discordToken: 'abc.def',
    });
  });

  it('treats an empty variable as unset, as a copied .env.example leaves them', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', LEDE_LOG_LEVEL: ' ' }, defaults).logLevel).toBe('info');
  });

  it.each([
    ['LEDE_LOG_LEVEL', 'loud'],
    ['LEDE_COMMAND_NAME', 'News Bot'],
    ['LEDE_DIGEST_SENTENCES', '7'],
    ['LEDE_DIGEST_MAX_WORDS', 'many'],
    ['DISCORD_APPLICATION_ID', 'my-app'],
    ['DISCORD_API_URL', 'ftp://proxy.local'],
    ['SLACK_BOT_TOKEN', 'xoxp-user-token'],
    ['SLACK_APP_TOKEN', 'abc'],
  ])('names %s and gives an example when its value %j is invalid', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}:`);
    expect(problems[0]).toContain(JSON.stringify(value));
    expect(problems[0]).toMatch(new RegExp(`Example: ${name}=\\S`));
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({
      LEDE_LOG_LEVEL: 'loud',
      LEDE_DIGEST_SENTENCES: '0',
      SLACK_APP_TOKEN: 'nope',
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'LEDE_LOG_LEVEL',
      'LEDE_DIGEST_SENTENCES',
      'SLACK_APP_TOKEN',
    ]);
  });

  it('refuses a crash-test fail point unless the test-only switch is set', () => {
    expect(problemsOf({ LEDE_TEST_FAIL_POINT: 'after-post:2' })).toEqual([
      'LEDE_TEST_FAIL_POINT is for crash tests only and needs LEDE_TEST_ALLOW_FAIL_POINTS=1',
    ]);
    const config = parseConfig(
      { LEDE_TEST_FAIL_POINT: 'after-post:2', LEDE_TEST_ALLOW_FAIL_POINTS: '1' },
      defaults,
    );
    expect(config.testFailPoint).toEqual({ name: 'after-post', hit: 2 });
    expect(
      problemsOf({ LEDE_TEST_FAIL_POINT: 'mid-air', LEDE_TEST_ALLOW_FAIL_POINTS: '1' })[0],
    ).toMatch(
      /^LEDE_TEST_FAIL_POINT: one of before-queue, before-post, after-post, before-thread, after-thread, after-record/,
    );
  });

  it('refuses secrets and unknown names in the defaults file', () => {
    const problems = problemsOf({}, { ...defaults, discordToken: 'x', colour: 'red' });
    expect(problems.join('\n')).toContain('"discordToken" is a secret; set DISCORD_TOKEN instead');
    expect(problems.join('\n')).toContain('unknown setting "colour"');
  });

  it('refuses a defaults file that is not an object', () => {
    expect(problemsOf({}, [1, 2])[0]).toContain('must hold one JSON object');
  });

  it('documents every setting in the README configuration table', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const setting of Object.values(settings)) {
      expect(readme).toMatch(new RegExp(`^\\| \`${setting.env}\` \\|`, 'm'));
    }
  });
});
