import { registry } from '../../../commands/index.js';
import type { CommandDefinition, CommandDeps } from '../../../commands/types.js';
import type { Analyzer } from '../../../src/core/engine.js';
import type { ArticleAnalysis } from '../../../src/core/types.js';
import { UserError } from '../../../src/errors.js';
import type { Log } from '../../../src/services/ports.js';
import { createGate } from '../../helpers/gate.js';

/** A managing command that exists only in tests, with every option type. */
export const addFeedCommand: CommandDefinition = {
  group: 'testing',
  name: 'follow',
  description: 'Follow a feed in this channel',
  permission: 'manage',
  options: [
    { name: 'url', description: 'Feed address', type: 'string', required: true },
    { name: 'every', description: 'Hours between checks', type: 'integer' },
    { name: 'quiet', description: 'Post without a preview', type: 'boolean' },
  ],
  async run(input) {
    return { body: [`Following ${input.options.url} every ${input.options.every ?? 24} h.`] };
  },
};

/** A long digest, to see the answer split into follow-ups. */
export const longDigestCommand: CommandDefinition = {
  name: 'long',
  description: 'A 40-story digest',
  permission: 'everyone',
  options: [],
  async run() {
    const items = Array.from({ length: 40 }, (_, i) => ({
      title: `Story ${i + 1}: ${'a long headline about the harbor bridge '.repeat(8)}`,
      url: `https://example.com/story/${i + 1}`,
      outlet: 'Example Times',
      digest: ['The council voted 7 to 2 on Tuesday. '.repeat(12)],
      noteCounts: { 'loaded-language': 2 },
    }));
    return { title: 'Today', items, footer: '40 stories' };
  },
};

export const testRegistry = [...registry, addFeedCommand, longDigestCommand];

const analysis = (title: string | null, source: string): ArticleAnalysis => ({
  title,
  source,
  genre: { label: 'news', score: 0.9, evidence: [] },
  digest: [{ text: 'The council approved the bridge repair on Tuesday.', spans: [[0, 10]] }],
  notes: [
    {
      kind: 'loaded-language',
      text: 'slammed',
      span: [0, 7],
      message: 'a charged verb',
      suggestion: 'criticised',
    },
  ],
  sources: [],
  published: null,
  outlet: null,
  url: null,
  stats: { words: 120, sentences: 6 },
});

export const stubEngine: Analyzer = {
  analyze: async (input) => analysis(input.title, input.source),
};

/** Holds the article at a "slow" address until the test opens it. */
export const slowArticle = createGate();

export function testDeps(): CommandDeps {
  return {
    engine: stubEngine,
    async loadArticle(source) {
      if (source.includes('slow')) await slowArticle.wait();
      if (source.includes('missing')) throw new UserError('That page could not be found (404).');
      return {
        text: 'The council approved it.',
        title: 'Harbor @everyone <@123> **bridge**',
        source,
      };
    },
    commandName: 'news',
    registry: testRegistry,
  };
}

export function recordingLog(): Log & { entries: { level: string; message: string }[] } {
  const entries: { level: string; message: string }[] = [];
  const at = (level: string) => (_details: object, message: string) => {
    entries.push({ level, message });
  };
  return { entries, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
