import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { withLlmDigest } from '../../../src/adapters/llm/with-llm-digest.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import { createEngine, inProcessAnalyzer } from '../../../src/core/engine.js';
import type { ArticleInput } from '../../../src/core/types.js';
import { type FakeOpenAi, startFakeOpenAi } from '../../helpers/fake-openai.js';
import { slackHttpConfig } from '../../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';
import { repoRoot } from '../../helpers/run-lede.js';

const secret = 'test-signing-secret';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const bridge = readFileSync(join(repoRoot, 'tests/fixtures/articles/harbor-bridge.txt'), 'utf8');
let api: FakeSlackApi;
let llm: FakeOpenAi;
let session: SlackSession;

beforeAll(async () => {
  api = await startFakeSlackApi();
  // Every request hangs: the model never answers, and only the client's timeout ends the wait.
  llm = await startFakeOpenAi({ hang: true });
  const engine = withLlmDigest(
    inProcessAnalyzer(
      createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
    ),
    {
      llmBaseUrl: llm.baseUrl,
      llmModel: 'slow-model',
      llmApiKey: undefined,
      llmTimeoutSeconds: 2,
      llmMaxConcurrency: 1,
      digestSentences: 3,
      digestMaxWords: 90,
    },
    quiet,
  );
  const loadArticle = async (source: string): Promise<ArticleInput> => ({
    text: bridge,
    title: 'Harbor bridge',
    source,
  });
  session = await startSlack({
    config: slackHttpConfig(api.apiUrl, secret),
    deps: { engine, loadArticle, commandName: 'news', registry },
    logger: quiet,
    host: '127.0.0.1',
  });
});

afterAll(async () => {
  await session?.stop();
  await llm?.close();
  await api?.close();
});

const postsTo = (channel: string) =>
  api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

describe('Slack over HTTP with a model that never answers (the real Bolt, fake Slack, fake LLM)', () => {
  it('acknowledges /news summarize within 3 s, then answers with the extractive digest', async () => {
    const sent = await postSlashCommand(`http://127.0.0.1:${session.port}/slack/events`, secret, {
      text: 'summarize https://news.example/bridge',
      user_id: 'U0001',
      channel_id: 'CLLM',
      response_url: api.responseUrl('llm1'),
    });
    expect(sent.status).toBe(200);
    expect(sent.ms).toBeLessThan(3_000);
    // The model has the request and is holding it; Lede has not answered yet.
    await llm.received(1);
    expect(postsTo('CLLM')).toEqual([]);
    const text = JSON.stringify(await waitFor(() => postsTo('CLLM')[0]));
    expect(text).toContain('Harbor Street bridge');
    expect(text).not.toContain('checked by Lede');
  });
});
