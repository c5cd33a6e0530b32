import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { checkDigestLine, WRITER_FRAME } from '../../../src/core/summarize/check-digest-line.js';
import { writerClaim } from '../../../src/core/summarize/writer-claim.js';
import { readText } from '../../../src/core/text/read-text.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
const article = readFileSync(
  new URL('../../fixtures/articles/envoy-opinion.txt', import.meta.url),
  'utf8',
);

describe("an opinion piece's digest", () => {
  const analysis = engine.analyze({ text: article, title: null, source: 'fixture' });

  it('gives facts first and ends on the writer’s claim, said to be the writer’s', () => {
    expect(analysis.genre.label).toBe('opinion');
    const lines = analysis.digest.map((l) => l.text);
    expect(lines.slice(0, -1).some((l) => l.startsWith(WRITER_FRAME))).toBe(false);
    expect(lines.at(-1)).toMatch(new RegExp(`^${WRITER_FRAME} [a-z]`));
    for (const line of analysis.digest) {
      expect(checkDigestLine(article, line, analysis.notes)).toEqual({ ok: true, problems: [] });
    }
  });

  it('is the only place the frame may appear: elsewhere its words are invented', () => {
    const [first] = analysis.digest;
    const framedLater = { ...first!, text: `${first!.text} ${WRITER_FRAME}` };
    expect(checkDigestLine(article, framedLater, analysis.notes).ok).toBe(false);
  });
});

describe('the writer’s claim, framed', () => {
  it('lower-cases a quantifier the tagger took for a name ("None of the games …")', () => {
    const doc = readText('None of the games can ever be shipped without bugs.');
    const sentence = doc.sentences[0]!;
    const claim = writerClaim(
      doc,
      new Set(),
      new Set(),
      () => true,
      () => ({ text: sentence.text, spans: [[sentence.start, sentence.end]] }),
    );
    expect(claim?.line.text).toBe(
      'The writer argues that none of the games can ever be shipped without bugs.',
    );
  });
});
