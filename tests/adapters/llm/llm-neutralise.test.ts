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
const article = fixtureArticle('mill-road-fire.txt', 'fire');

let fake: FakeOpenAi;

function analyzer(): Analyzer {
  return withLlmDigest(engine, llmConfig(fake.baseUrl), silentLog);
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('a loaded word in the model’s own voice goes through Lede’s neutraliser', () => {
  it('gives the reader the neutral line for "the horrific fire" and lists the word taken out', async () => {
    fake.reply(
      linesAnswer(
        'The horrific fire destroyed a warehouse on Mill Road on Sunday night.',
        'No one was hurt.',
      ),
    );
    const result = await analyzer().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual([
      'The fire destroyed a warehouse on Mill Road on Sunday night.',
      'No one was hurt.',
    ]);
    expect(result.guard).toEqual({ checked: 2, rejected: [], neutralised: ['horrific'] });
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps a loaded word inside an accurate quotation of the source', async () => {
    const line =
      'The horrific fire destroyed a warehouse on Mill Road; Helen Marsh called it "a horrific fire".';
    fake.reply(linesAnswer(line));
    const result = await analyzer().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual([
      'The fire destroyed a warehouse on Mill Road; Helen Marsh called it "a horrific fire".',
    ]);
    expect(result.guard?.neutralised).toEqual(['horrific']);
  });

  it('still rejects a loaded word the neutraliser cannot take out, and only that word', async () => {
    const line =
      'The horrific fire destroyed a warehouse on Mill Road, and the crews were fantastic.';
    fake.reply(linesAnswer(line), linesAnswer(line));
    const extractive = await engine.analyze(article);
    const result = await analyzer().analyze(article);
    expect(result.digestSource).toBe('extractive');
    expect(result.digest).toEqual(extractive.digest);
    expect(result.guard?.rejected.map((r) => r.reason)).toEqual([
      'loaded-language in the digest\'s own voice: "fantastic"',
      'loaded-language in the digest\'s own voice: "fantastic"',
    ]);
    expect(result.guard).not.toHaveProperty('neutralised');
  });

  it('leaves a quotation alone when the line opens inside it, as a line after a quote’s first words does', async () => {
    const line =
      'This was a horrific fire, and the crews held it to one building," said fire chief Helen Marsh.';
    fake.reply(linesAnswer(line));
    const result = await analyzer().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual([line]);
    expect(result.guard).toEqual({ checked: 1, rejected: [] });
  });

  it('puts the neutral word in the flagged word’s tense: "insisted" becomes "said", not "say"', async () => {
    fake.reply(linesAnswer('The fire service insisted the road would reopen on Wednesday.'));
    const result = await analyzer().analyze(article);
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual([
      'The fire service said the road would reopen on Wednesday.',
    ]);
    expect(result.guard?.neutralised).toEqual(['insisted']);
  });
});
