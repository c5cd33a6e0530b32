import { describe, expect, it } from 'vitest';
import { staticPackages } from './helpers/import-graph.js';
import { repoRoot } from './helpers/run-lede.js';

/*
 * Start-up cost: each of these takes 0.3–0.7 s of CPU to load. Lede loads a platform's SDK only
 * when that platform has a token, the HTML and feed parsers with the first page or feed, and the
 * OpenAI client only when a model is configured.
 */
const deferred = [
  'discord.js',
  '@slack/bolt',
  '@slack/web-api',
  'linkedom',
  '@mozilla/readability',
  'feedsmith',
  'openai',
];

describe('what `lede start` and the CLI load before they need it', () => {
  it.each([
    'src/cli.ts',
    'src/adapters/cli/run-cli.ts',
    'src/compose/start-lede.ts',
    'src/compose/start-platforms.ts',
    'src/compose/cli-runtime.ts',
    'src/compose/cli-context.ts',
  ])('%s reaches no platform SDK or parser through static imports', (entry) => {
    const reached = staticPackages(repoRoot, entry);
    const loadedEarly = deferred
      .filter((name) => reached.has(name))
      .map((n) => `${n} (via ${reached.get(n)})`);
    expect(loadedEarly).toEqual([]);
  });

  it('the walk does find them where they are loaded on purpose', () => {
    expect(
      staticPackages(repoRoot, 'src/adapters/discord/start-discord.ts').has('discord.js'),
    ).toBe(true);
    expect(staticPackages(repoRoot, 'src/adapters/slack/start-slack.ts').has('@slack/bolt')).toBe(
      true,
    );
    expect(staticPackages(repoRoot, 'src/core/extract.ts').has('linkedom')).toBe(true);
    expect(staticPackages(repoRoot, 'src/core/feed/parse-feed.ts').has('feedsmith')).toBe(true);
    expect(staticPackages(repoRoot, 'src/adapters/llm/openai-writer.ts').has('openai')).toBe(true);
  });
});
