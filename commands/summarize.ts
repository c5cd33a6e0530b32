import { presentAnalysis } from '../src/core/present-analysis.js';
import { privateOption } from './option-rules.js';
import type { CommandDefinition } from './types.js';

export const summarizeCommand: CommandDefinition = {
  name: 'summarize',
  description: 'A neutral digest of one article, with notes on how the text frames it',
  permission: 'everyone',
  privacy: 'asker-chooses',
  options: [
    { name: 'url', description: 'Link to the article', type: 'string', required: true },
    privateOption,
  ],
  async run(input, deps) {
    const article = await deps.loadArticle(String(input.options.url));
    return presentAnalysis(await deps.engine.analyze(article));
  },
};
