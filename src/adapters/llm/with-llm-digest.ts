import type { Config } from '../../config.js';
import type { Analyzer } from '../../core/engine.js';
import { llmDigestAnalyzer } from '../../core/llm/llm-digest.js';
import type { DigestWriter } from '../../core/llm/types.js';
import type { Log } from '../../services/ports.js';

type LlmConfig = Pick<
  Config,
  | 'llmBaseUrl'
  | 'llmModel'
  | 'llmApiKey'
  | 'llmTimeoutSeconds'
  | 'llmMaxConcurrency'
  | 'digestSentences'
  | 'digestMaxWords'
>;

/**
 * The analyser with LLM digests when LEDE_LLM_BASE_URL and LEDE_LLM_MODEL are both set, else
 * the analyser itself. Whatever else the analyser offers (`close`) stays. The openai client is
 * imported on the first analysis, so an unconfigured Lede never loads it.
 */
export function withLlmDigest<A extends Analyzer>(analyzer: A, config: LlmConfig, log: Log): A {
  const { llmBaseUrl: baseUrl, llmModel: model } = config;
  if (!baseUrl || !model) return analyzer;
  let writer: Promise<DigestWriter> | undefined;
  const lazyWriter: DigestWriter = {
    async write(messages) {
      writer ??= import('./openai-writer.js').then(({ createOpenAiWriter }) =>
        createOpenAiWriter({
          baseUrl,
          model,
          apiKey: config.llmApiKey,
          timeoutMs: config.llmTimeoutSeconds * 1000,
          maxConcurrency: config.llmMaxConcurrency,
        }),
      );
      return (await writer).write(messages);
    },
  };
  const decorated = llmDigestAnalyzer({
    analyzer,
    writer: lazyWriter,
    limits: { maxLines: config.digestSentences, maxWords: config.digestMaxWords },
    log,
  });
  const version = analyzer.version && `${analyzer.version}+llm:${baseUrl}:${model}`;
  return { ...analyzer, analyze: decorated.analyze, version };
}
