import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withLlmDigest } from '../../../src/adapters/llm/with-llm-digest.js';
import type { Analyzer } from '../../../src/core/engine.js';
import { type FakeOpenAi, linesAnswer, startFakeOpenAi } from '../../helpers/fake-openai.js';
import {
  fixtureArticle,
  llmConfig,
  shippedAnalyzer,
  silentLog,
} from '../../helpers/llm-test-kit.js';

const engine = shippedAnalyzer();
const article = fixtureArticle('harbor-bridge.txt', 'bridge');

const faithful = [
  'The city council voted 7 to 2 on Tuesday to spend $4.2 million repairing the Harbor Street bridge.',
  'Council member Ana Ruiz said the detour adds about 20 minutes to each trip; Tom Hale voted against.',
];

const API_KEY = 'sk-test-4f9a1c2e7b';
let fake: FakeOpenAi;
let logs: { details: object; message: string }[];

function analyzerFor(timeoutSeconds = 30, withKey = true): Analyzer {
  const config = llmConfig(fake.baseUrl, {
    llmApiKey: withKey ? API_KEY : undefined,
    llmTimeoutSeconds: timeoutSeconds,
  });
  return withLlmDigest(engine, config, {
    ...silentLog,
    warn: (details, message) => void logs.push({ details, message }),
  });
}

/** The reason of the one fallback log line. */
function reasonLogged(): string | undefined {
  return (logs[0]?.details as { reason?: string } | undefined)?.reason;
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
beforeEach(() => {
  logs = [];
  fake.reset();
});

describe('LLM digests through the openai client', () => {
  it('uses a faithful answer and keeps Lede’s own notes', async () => {
    fake.reply(linesAnswer(...faithful));
    const extractive = await engine.analyze(article);
    const result = await analyzerFor().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual(faithful);
    expect(result.guard).toEqual({ checked: 2, rejected: [] });
    expect(result.notes).toEqual(extractive.notes);
    expect(logs).toEqual([]);
  });

  it('sends the key as a bearer token, the model and the article, and never logs the key', async () => {
    fake.reply({ status: 500 });
    await analyzerFor().analyze(article);
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${API_KEY}`);
    expect(fake.requests[0]?.body.model).toBe('test-model');
    expect(fake.requests[0]?.body.messages.at(-1)?.content).toContain('Harbor Street bridge');
    expect(logs).toHaveLength(1);
    expect(JSON.stringify(logs)).not.toContain(API_KEY);
  });

  it('sends no Authorization header when no key is configured', async () => {
    fake.reply(linesAnswer(...faithful));
    await analyzerFor(30, false).analyze(article);
    expect(fake.requests[0]?.authorization).toBeUndefined();
  });

  const corrupt: [string, string, RegExp][] = [
    ['an invented number', faithful[0]!.replace('$4.2 million', '$5.8 million'), /number 5.8/],
    ['an invented name', faithful[1]!.replace('Tom Hale', 'Tom Baker'), /name "baker"/],
    [
      'an altered quote',
      'Ana Ruiz said: "We cannot keep sending buses through residential streets."',
      /quotation/,
    ],
    [
      'a loaded adjective the neutraliser cannot take out',
      faithful[0]!.replace('bridge.', 'bridge; the repairs are fantastic.'),
      /loaded-language in the digest's own voice: "fantastic"/,
    ],
  ];
  for (const [kind, line, reason] of corrupt) {
    it(`catches ${kind}, retries once with the violation listed, then keeps the extractive digest`, async () => {
      fake.reply(linesAnswer(line), linesAnswer(line));
      const extractive = await engine.analyze(article);
      const result = await analyzerFor().analyze(article);
      expect(result.digestSource).toBe('extractive');
      expect(result.digest).toEqual(extractive.digest);
      expect(result.guard?.checked).toBe(2);
      expect(result.guard?.rejected[0]?.line).toBe(line);
      expect(result.guard?.rejected[0]?.reason).toMatch(reason);
      expect(fake.requests).toHaveLength(2);
      expect(fake.requests[1]?.body.messages.at(-1)?.content).toMatch(reason);
      expect(logs).toHaveLength(1);
    });
  }

  it('takes out a loaded adjective the neutraliser can remove, and uses the line', async () => {
    fake.reply(linesAnswer(faithful[0]!.replace('bridge.', 'bridge, which is disastrous.')));
    const result = await analyzerFor().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual([faithful[0]]);
    expect(result.guard).toEqual({ checked: 1, rejected: [], neutralised: ['disastrous'] });
  });

  it('catches an overlong answer', async () => {
    const long = Array.from({ length: 5 }, () => faithful[0]!);
    fake.reply(linesAnswer(...long), linesAnswer(...long));
    const result = await analyzerFor().analyze(article);
    expect(result.digestSource).toBe('extractive');
    expect(result.guard?.rejected.map((r) => r.reason)).toContain('5 lines, more than 3');
    expect(result.guard?.rejected.some((r) => /words, more than 90/.test(r.reason))).toBe(true);
  });

  it('uses a retry that fixes the violation, reporting the first answer’s rejection', async () => {
    fake.reply(linesAnswer(faithful[0]!.replace('7 to 2', '8 to 1')), linesAnswer(...faithful));
    const result = await analyzerFor().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual(faithful);
    expect(result.guard?.checked).toBe(3);
    expect(result.guard?.rejected.map((r) => r.reason)).toEqual([
      'the number 8 is not in the source',
      'the number 1 is not in the source',
    ]);
  });

  it('accepts plain bulleted lines from a model that ignores the format', async () => {
    fake.reply({ content: `Here is the digest:\n- ${faithful[0]}\n- ${faithful[1]}` });
    const result = await analyzerFor().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual(faithful);
  });

  const failures: [string, Parameters<FakeOpenAi['reply']>[0], RegExp][] = [
    ['an HTTP 500', { status: 500 }, /HTTP 500/],
    ['malformed JSON', { content: '{"lines": ["The council voted' }, /malformed JSON/],
    ['JSON without lines', { content: '{"summary": "The council voted."}' }, /no "lines"/],
    ['an empty answer', { content: '' }, /empty answer/],
    ['a body that is not JSON', { raw: '<html>oops</html>' }, /could not be read|HTTP/],
  ];
  for (const [kind, reply, reason] of failures) {
    it(`falls back to the extractive digest with one log line on ${kind}`, async () => {
      fake.reply(reply);
      const extractive = await engine.analyze(article);
      const result = await analyzerFor().analyze(article);
      expect(result.digestSource).toBe('extractive');
      expect(result.digest).toEqual(extractive.digest);
      expect(fake.requests).toHaveLength(1);
      expect(logs).toHaveLength(1);
      expect(reasonLogged()).toMatch(reason);
    });
  }

  it('falls back when the model never answers within the configured timeout', async () => {
    fake.reply({ hang: true });
    const result = await analyzerFor(1).analyze(article);
    expect(result.digestSource).toBe('extractive');
    expect(reasonLogged()).toBe('the model did not answer in time');
  });

  it('sends at most LEDE_LLM_MAX_CONCURRENCY requests at once, and none while cooling down', async () => {
    fake.reply({ hang: true }, { hang: true }, linesAnswer(...faithful));
    const analyzer = analyzerFor(2);
    const runs = [1, 2, 3].map(() => analyzer.analyze(article));
    await fake.received(2);
    // Both slots are held by hanging requests, so the third cannot have been sent.
    expect(fake.requests).toHaveLength(2);
    const results = await Promise.all(runs);
    // The two timeouts started the cooldown: the queued third article was not sent at all.
    expect(fake.requests).toHaveLength(2);
    expect(results.map((r) => r.digestSource)).toEqual(['extractive', 'extractive', 'extractive']);
    expect(logs.map((l) => (l.details as { reason: string }).reason)).toContain(
      'the model failed moments ago; not asked again yet',
    );
  });

  it('changes nothing when the LLM settings are unset', async () => {
    const analyzer = withLlmDigest(engine, llmConfig('', { llmBaseUrl: undefined }), silentLog);
    expect(analyzer).toBe(engine);
    const result = await analyzer.analyze(article);
    expect(result).not.toHaveProperty('digestSource');
    expect(fake.requests).toHaveLength(0);
  });
});
