import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { presentAnalysis } from '../../../src/core/present-analysis.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });

describe('note headings', () => {
  it('put loaded words a source is reported to have said under their own heading', () => {
    const analysis = engine.analyze({
      text: 'The council passed a shameful rule. The mayor said the rule was a disaster for the city.',
      title: null,
      source: 'test',
    });
    const groups = (presentAnalysis(analysis).notes ?? []).filter(
      (g) => g.kind === 'loaded-language',
    );
    expect(groups.map((g) => g.label)).toEqual([
      'Loaded language',
      "Loaded language, in sources' words",
    ]);
    expect(groups[0]!.items.join(' ')).toMatch(/shameful/);
    expect(groups[1]!.items.join(' ')).toMatch(/disaster/);
  });
});
