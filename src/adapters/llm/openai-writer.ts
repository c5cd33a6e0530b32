import OpenAI from 'openai';
import pLimit from 'p-limit';
import type { ChatMessage } from '../../core/llm/prompt.js';
import type { DigestWriter } from '../../core/llm/types.js';
import { type Clock, systemClock } from '../../services/ports.js';
import { type AskResult, createCooldown } from './cooldown.js';

export interface OpenAiWriterOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  maxConcurrency: number;
  /** The clock of the cooldown after a timeout (tests move it). */
  clock?: Clock;
}

/**
 * The model behind the official openai client, which speaks to every OpenAI-compatible server
 * (Ollama, llama.cpp, vLLM). No retries in the client (`maxRetries: 0`): the caller retries once
 * with the guard's violations, and a slow or failing model must not hold up a digest for more
 * than one timeout. Requests beyond `maxConcurrency` wait in a queue; after a timeout or an
 * unreachable server, the model is left alone for a minute (cooldown.ts).
 */
export function createOpenAiWriter(options: OpenAiWriterOptions): DigestWriter {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    // Local servers need no key; the client insists on one, so send none rather than a dummy.
    apiKey: options.apiKey ?? 'none',
    defaultHeaders: options.apiKey ? undefined : { Authorization: null },
    // Explicit, so the client never falls back to OPENAI_* variables of the environment.
    organization: null,
    project: null,
    timeout: options.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
  });
  const limit = pLimit(options.maxConcurrency);
  // Checked when a request's turn comes, so the queue behind a hung model empties at once.
  const cooldown = createCooldown(options.clock ?? systemClock);
  return {
    write: (messages) => limit(() => cooldown.run(() => ask(client, options.model, messages))),
  };
}

async function ask(client: OpenAI, model: string, messages: ChatMessage[]): Promise<AskResult> {
  try {
    const completion = await client.chat.completions.create({ model, messages, temperature: 0 });
    return { ok: true, content: completion.choices[0]?.message?.content ?? null };
  } catch (error) {
    const unreachable = error instanceof OpenAI.APIConnectionError;
    return { ok: false, reason: describeClientError(error), unreachable };
  }
}

/** A short reason for the log: the status of an HTTP error, or the kind of failure. */
function describeClientError(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'the model did not answer in time';
  if (error instanceof OpenAI.APIConnectionError) return 'the model server could not be reached';
  if (error instanceof OpenAI.APIError) return `the model server answered HTTP ${error.status}`;
  return `the model's answer could not be read (${(error as Error).message})`;
}
