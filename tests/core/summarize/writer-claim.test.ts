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
    const claim = writerClaim(doc, new Set(), new Set(), [
      {
        argues: () => true,
        lineFor: () => ({ text: sentence.text, spans: [[sentence.start, sentence.end]] }),
      },
    ]);
    expect(claim?.line.text).toBe(
      'The writer argues that none of the games can ever be shipped without bugs.',
    );
  });
});

describe('the sentence chosen as the writer’s claim', () => {
  const claimOf = (text: string) => {
    const doc = readText(text);
    const line = (i: number) => {
      const { text: t, start, end } = doc.sentences[i]!;
      return { text: t, spans: [[start, end]] as [number, number][] };
    };
    return writerClaim(doc, new Set(), new Set(), [{ argues: () => true, lineFor: line }])?.line
      .text;
  };

  it.each([
    ['an imperative', 'Enter South Dakota to throw down the gauntlet.'],
    [
      'someone else’s account',
      'According to a memo Smith wrote, the estate will go to his sister.',
    ],
    ['a sentence pointing back', 'Many in Hong Kong will deplore that decision by the council.'],
    [
      'a person named only before it',
      'If there was any sign of fraud, he will simply not remember it.',
    ],
    ['an answer to the sentence before', 'Yes, the council will regret it for years.'],
    ['an item of a list', '- Why the grant will be worth it in the end.'],
    [
      'a sentence holding a quotation in single marks',
      'Lam’s answer to the protesters will be ‘no concessions under violence’ again.',
    ],
  ])('is never %s', (_kind, sentence) => {
    expect(claimOf(sentence)).toBeUndefined();
    const claim = 'The council will regret the vote for years.';
    expect(claimOf(`${sentence} ${claim}`)).toBe(
      `${WRITER_FRAME} the council will regret the vote for years.`,
    );
  });

  it.each([
    ['a country written in capitals', 'US sanctions will not free a single prisoner in Belarus.'],
    ['a time of writing', 'The government should raise taxes this year.'],
    [
      'a conjunction before a subject of two nouns',
      'Economists agree that government spending must fall.',
    ],
  ])('may open on or hold %s', (_kind, sentence) => {
    expect(claimOf(sentence)).toMatch(new RegExp(`^${WRITER_FRAME} `));
  });

  it('keeps the capital of a name the text also writes inside a sentence', () => {
    const text =
      'Theresa May faces a vote on Tuesday. May should resign before the vote. Nobody may ever know why.';
    const doc = readText(text);
    const line = (i: number) => {
      const { text: t, start, end } = doc.sentences[i]!;
      return { text: t, spans: [[start, end]] as [number, number][] };
    };
    const claim = writerClaim(doc, new Set(), new Set(), [
      { argues: (i) => i === 1, lineFor: line },
    ]);
    expect(claim?.line.text).toBe(`${WRITER_FRAME} May should resign before the vote.`);
  });

  it('lower-cases an opening word the text writes in lower case elsewhere', () => {
    const text =
      'Armed with ice packs, the cooler will keep the water cold on any hike. We were armed with little else.';
    expect(claimOf(text)).toMatch(new RegExp(`^${WRITER_FRAME} armed with ice packs`));
  });
});

describe('an opinion digest', () => {
  const genreHint = { label: 'opinion' as const, evidence: 'an /opinion/ address' };
  const digestOf = (text: string) =>
    engine.analyze({ text, title: null, source: 'op-ed', genreHint }).digest.map((l) => l.text);

  it('gives no sentence in the writer’s evaluative voice as a fact', () => {
    const text = [
      'Facebook built a profile of Daniel Kahn Gillmor in 2018, although he never joined Facebook.',
      'Cambridge Analytica’s failures and mistakes are inherent to Facebook’s business model in California. Facebook is just one culprit in the surveillance economy of Silicon Valley, with Google, Amazon and Microsoft.',
      'The European Union passed the General Data Protection Regulation in April 2016. Regulators should fine Facebook every time it tracks someone like Gillmor.',
    ].join('\n\n');
    const lines = digestOf(text);
    expect(lines[0]).toMatch(/^Facebook built a profile/);
    expect(lines.slice(0, -1).join(' ')).not.toMatch(/inherent to|just one culprit/);
    expect(lines.at(-1)).toMatch(new RegExp(`^${WRITER_FRAME} `));
  });

  it('frames the thesis its first paragraph states rather than a prediction further down', () => {
    const text = [
      'Time is not on Adam Schiff’s side in the impeachment of Donald Trump. The House opened its inquiry in September 2019, and Schiff held the first public hearing on November 13.',
      'Trump released the transcript of his July 25 call with Volodymyr Zelensky on September 25. Gordon Sondland testified before the committee on November 20 in Washington.',
      'Polls by Gallup in November found support for removal at 50 percent, down from 52 percent in October. The Senate, with 53 Republicans, would need 67 votes to convict.',
      'Democrats will regret the long inquiry when the Senate trial begins in January, and by then time will have run out.',
    ].join('\n\n');
    expect(digestOf(text).at(-1)).toBe(
      `${WRITER_FRAME} time is not on Adam Schiff’s side in the impeachment of Donald Trump.`,
    );
  });
});
