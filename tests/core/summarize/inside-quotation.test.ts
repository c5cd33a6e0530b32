import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';

// Written for this test: a strong sentence of the story sits in the middle of a quoted post.
const text = [
  'Noem defended the state’s new anti-drug campaign on Monday after it drew ridicule online.',
  '“Meth is in our state. Twitter can make a joke of it, but meth is a serious problem in South Dakota and 3,000 families know it. We are here to get it out,” Noem tweeted Monday night.',
  'The campaign cost the state roughly $449,000, according to the Argus Leader.',
  'One campaign video featured a series of residents declaring that they were on meth.',
  'The state trademarked the tagline in October.',
  'Officials said the ads would run on television and online until the end of the year.',
].join('\n\n');

describe('a sentence inside someone’s quotation', () => {
  it('is not a digest line: it would carry their words with neither marks nor speaker', () => {
    const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
    const lines = engine.analyze({ text, title: null, source: 'post' }).digest.map((l) => l.text);
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes('Twitter can make a joke of it'))).toBe(false);
  });
});
