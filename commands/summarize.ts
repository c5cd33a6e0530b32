import { presentAnalysis } from '../src/core/present-analysis.js';
import type { CommandDefinition } from './types.js';

export const summarizeCommand: CommandDefinition = {
  name: 'summarize',
  description: 'A neutral digest of one article, with notes on how the text frames it',
  permission: 'everyone',
  options: [
    { name: 'url', description: 'Link to the article', type: 'string', required: true },
    { name: 'private', description: 'Show the answer only to you', type: 'boolean' },
  ],
  async run(input, deps) {
    const article = await deps.loadArticle(String(input.options.url));
    const reply = presentAnalysis(await deps.engine.analyze(article));
    return { ...reply, private: input.options.private === true };
  },
};
