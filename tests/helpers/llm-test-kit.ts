import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import type { withLlmDigest } from '../../src/adapters/llm/with-llm-digest.js';
import { createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import type { ArticleInput } from '../../src/core/types.js';
import { repoRoot } from './run-lede.js';

/** The shipped engine as the LLM digest wraps it: lexicon, model, 3 lines, 90 words. */
export const shippedAnalyzer = () =>
  inProcessAnalyzer(
    createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
  );

/** A fixture article of tests/fixtures/articles: its first paragraph is the title. */
export function fixtureArticle(file: string, source: string): ArticleInput {
  const text = readFileSync(join(repoRoot, 'tests/fixtures/articles', file), 'utf8');
  const [title, ...body] = text.split('\n\n');
  return { text: body.join('\n\n'), title: title ?? null, source };
}

type LlmConfig = Parameters<typeof withLlmDigest>[1];

export const silentLog = { debug() {}, info() {}, warn() {}, error() {} };

/** The LLM settings against a fake server, no key, 30 s, the digest's limits. */
export function llmConfig(baseUrl: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    llmBaseUrl: baseUrl,
    llmModel: 'test-model',
    llmApiKey: undefined,
    llmTimeoutSeconds: 30,
    llmMaxConcurrency: 2,
    digestSentences: 3,
    digestMaxWords: 90,
    ...overrides,
  };
}
