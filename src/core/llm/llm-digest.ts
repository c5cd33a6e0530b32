import type { Analyzer } from '../engine.js';
import type { ArticleAnalysis, ArticleInput } from '../types.js';
import { checkAnswer } from './check-answer.js';
import {
  type GuardLimits,
  type GuardRejection,
  type GuardSource,
  prepareGuardSource,
} from './guard.js';
import { parseDigestAnswer } from './parse-answer.js';
import { buildDigestPrompt, DEFAULT_PROMPT_BUDGET_CHARS } from './prompt.js';
import type { DigestWriter, LlmLog } from './types.js';

export interface LlmDigestDeps {
  analyzer: Analyzer;
  writer: DigestWriter;
  limits: GuardLimits;
  log: LlmLog;
  budgetChars?: number;
}

type Attempt =
  | { lines: string[]; rejected: GuardRejection[]; neutralised: string[] }
  | { failed: string };

/**
 * The analyser with the model's digest in place of the extractive one when Lede's guard passes
 * it: the first answer, or a retry that lists the first answer's violations. Anything else (no
 * answer, a malformed one, two failed checks) keeps the extractive digest and logs one line.
 */
export function llmDigestAnalyzer(deps: LlmDigestDeps): Analyzer {
  return {
    async analyze(input) {
      const analysis = await deps.analyzer.analyze(input);
      // Too short, a list, not English: the engine wrote no digest, and neither may the model.
      if (analysis.digest.length === 0) return withProvenance(analysis, 'extractive', 0, []);
      return modelDigest(analysis, input, deps);
    },
  };
}

const LOG_MESSAGE = 'LLM digest not used; the extractive digest stands';
/** The first answer and one retry that lists the first one's violations. */
const ANSWERS = 2;

async function modelDigest(
  analysis: ArticleAnalysis,
  input: ArticleInput,
  deps: LlmDigestDeps,
): Promise<ArticleAnalysis> {
  const source = prepareGuardSource(`${input.title ?? ''}\n\n${input.text}`);
  let checked = 0;
  const rejected: GuardRejection[] = [];
  for (let answer = 1; answer <= ANSWERS; answer++) {
    const attempt = await tryOnce(analysis, input, deps, source, answer === 1 ? [] : rejected);
    if ('failed' in attempt) {
      deps.log.warn({ reason: attempt.failed, source: input.source }, LOG_MESSAGE);
      return withProvenance(analysis, 'extractive', checked, rejected);
    }
    checked += attempt.lines.length;
    if (attempt.rejected.length === 0) {
      const digest = attempt.lines.map((text) => ({ text, spans: [] }));
      const used = withProvenance({ ...analysis, digest }, 'llm', checked, rejected);
      return withNeutralised(used, attempt.neutralised);
    }
    rejected.push(...attempt.rejected);
  }
  deps.log.warn({ reason: 'the guard rejected both answers', source: input.source }, LOG_MESSAGE);
  return withProvenance(analysis, 'extractive', checked, rejected);
}

async function tryOnce(
  analysis: ArticleAnalysis,
  input: ArticleInput,
  deps: LlmDigestDeps,
  source: GuardSource,
  violations: readonly GuardRejection[],
): Promise<Attempt> {
  const messages = buildDigestPrompt({
    title: input.title,
    text: input.text,
    genre: analysis.genre.label,
    notes: analysis.notes,
    limits: deps.limits,
    budgetChars: deps.budgetChars ?? DEFAULT_PROMPT_BUDGET_CHARS,
    violations: [...violations],
  });
  const outcome = await deps.writer.write(messages);
  if (!outcome.ok) return { failed: outcome.reason };
  const parsed = parseDigestAnswer(outcome.content);
  if (!parsed.ok) return { failed: parsed.reason };
  const checked = await checkAnswer(deps.analyzer, source, parsed.lines, deps.limits);
  if (checked === null) return { failed: 'the engine could not check the answer' };
  const { lines, report, neutralised } = checked;
  return { lines, rejected: report.rejected, neutralised };
}

function withProvenance(
  analysis: ArticleAnalysis,
  digestSource: NonNullable<ArticleAnalysis['digestSource']>,
  checked: number,
  rejected: GuardRejection[],
): ArticleAnalysis {
  return { ...analysis, digestSource, guard: { checked, rejected } };
}

/** The words the neutraliser took out of the lines the reader gets, when there were any. */
function withNeutralised(analysis: ArticleAnalysis, neutralised: string[]): ArticleAnalysis {
  if (neutralised.length === 0 || !analysis.guard) return analysis;
  return { ...analysis, guard: { ...analysis.guard, neutralised } };
}
