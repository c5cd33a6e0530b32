import { parseArgs } from 'node:util';
import type { Analyzer } from '../../core/engine.js';
import { presentAnalysis } from '../../core/present-analysis.js';
import type { ArticleAnalysis } from '../../core/types.js';
import { UserError } from '../../errors.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { LoadArticle } from '../article-loader.js';

const formats = ['markdown', 'json', 'jsonl'] as const;
type Format = (typeof formats)[number];

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `lede summarize <source...>`: every source is analysed in input order; one that fails is
 * reported on stderr and the others still print, and the exit code says something failed.
 */
export async function summarizeCli(
  args: string[],
  deps: { engine: Analyzer; load: LoadArticle },
  io: CliIo,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'markdown' },
      'include-text': { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new UserError(`--format must be one of ${formats.join(', ')} (got "${values.format}").`);
  }
  if (positionals.length === 0) {
    throw new UserError('summarize needs at least one source: a URL, a file path, or - for stdin.');
  }
  const results: ArticleAnalysis[] = [];
  let failed = false;
  for (const source of positionals) {
    try {
      const article = await deps.load(source);
      const analysis = await deps.engine.analyze(article);
      results.push(values['include-text'] ? { ...analysis, text: article.text } : analysis);
      if (format === 'jsonl') io.stdout(`${JSON.stringify(results.at(-1))}\n`);
      if (format === 'markdown') io.stdout(renderMarkdown(presentAnalysis(analysis)));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr(`lede: ${error.message}\n`);
      failed = true;
    }
  }
  if (format === 'json' && results.length > 0) {
    const output = positionals.length === 1 ? results[0] : results;
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
