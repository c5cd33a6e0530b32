import type { ChatMessage } from './prompt.js';

/** What asking the model gave: its answer text, or why there is none (timeout, HTTP error…). */
export type WriterOutcome = { ok: true; content: string | null } | { ok: false; reason: string };

/** The port to a chat model (src/adapters/llm/). It never throws: failures are outcomes. */
export interface DigestWriter {
  write(messages: ChatMessage[]): Promise<WriterOutcome>;
}

/** The one method of services' `Log` (services/ports.ts) the LLM digest uses; core cannot import services. */
export interface LlmLog {
  warn(details: object, message: string): void;
}
