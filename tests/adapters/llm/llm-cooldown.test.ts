import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_COOLDOWN_MS } from '../../../src/adapters/llm/cooldown.js';
import { createOpenAiWriter } from '../../../src/adapters/llm/openai-writer.js';
import { type FakeOpenAi, linesAnswer, startFakeOpenAi } from '../../helpers/fake-openai.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const ask = [{ role: 'user' as const, content: 'Digest this.' }];

describe('the model’s cooldown (real openai client, fake server)', () => {
  it('leaves a model that timed out alone for a while, then asks it again', async () => {
    let clock = 1_000_000;
    const writer = createOpenAiWriter({
      baseUrl: fake.baseUrl,
      model: 'm',
      timeoutMs: 500,
      maxConcurrency: 2,
      clock: { now: () => clock },
    });
    fake.reply({ hang: true }, linesAnswer('One.'), { status: 500 }, linesAnswer('Two.'));
    expect(await writer.write(ask)).toEqual({
      ok: false,
      reason: 'the model did not answer in time',
    });
    clock += MODEL_COOLDOWN_MS - 1;
    expect(await writer.write(ask)).toEqual({
      ok: false,
      reason: 'the model failed moments ago; not asked again yet',
    });
    expect(fake.requests).toHaveLength(1);
    clock += 1;
    expect(await writer.write(ask)).toEqual({ ok: true, content: '{"lines":["One."]}' });
    // An HTTP error means the server is there: no cooldown after it.
    expect(await writer.write(ask)).toEqual({
      ok: false,
      reason: 'the model server answered HTTP 500',
    });
    expect(await writer.write(ask)).toEqual({ ok: true, content: '{"lines":["Two."]}' });
    expect(fake.requests).toHaveLength(4);
  });
});
