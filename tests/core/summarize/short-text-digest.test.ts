import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

// A text too short to rank is digested from the top. Its first sentence says what it is about
// and always opens the digest; after it, a sentence that keeps a flagged word the neutraliser
// cannot remove, or had its verb swapped, is left out, as it would be from a longer text.

const options = { sentences: 3, maxWords: 90 };
const digestOf = (text: string, flagged: [string, string?][]) =>
  buildDigest(
    readText(text),
    flagged.map(([word, suggestion]) => noteOn(text, word, suggestion)),
    options,
  );

describe('the digest of a short text', () => {
  it('leaves out a later sentence whose flagged word stays, and takes the next one', () => {
    const text =
      'The council closed the old library on Tuesday. The plan was a disaster for the town. The building will be sold in May.';
    const result = digestOf(text, [['disaster']]);
    expect(result.status).toBe('too-short');
    expect(result.lines.map((l) => l.text)).toEqual([
      'The council closed the old library on Tuesday.',
      'The building will be sold in May.',
    ]);
  });

  it('leaves out a later sentence whose verb was swapped', () => {
    const text =
      'The council closed the old library on Tuesday. Residents slammed the decision at a meeting. The building will be sold in May.';
    const lines = digestOf(text, [['slammed', 'criticized']]).lines.map((l) => l.text);
    expect(lines).toEqual([
      'The council closed the old library on Tuesday.',
      'The building will be sold in May.',
    ]);
  });

  it('after a sentence left out, takes no line that points back at it', () => {
    const text =
      'The council closed the old library on Tuesday. The plan was a disaster for the town. It will be sold in May.';
    const lines = digestOf(text, [['disaster']]).lines.map((l) => l.text);
    expect(lines).toEqual(['The council closed the old library on Tuesday.']);
  });

  it('leaves out the last sentence of a cut-off summary: half a quote, or stopped mid-sentence', () => {
    const halfQuote =
      'The council closed the old library on Tuesday. “We have lost a place that mattered to';
    expect(digestOf(halfQuote, []).lines.map((l) => l.text)).toEqual([
      'The council closed the old library on Tuesday.',
    ]);
    const cut = 'The council closed the old library on Tuesday. The building will be sold to the';
    expect(digestOf(cut, []).lines.map((l) => l.text)).toEqual([
      'The council closed the old library on Tuesday.',
    ]);
  });

  it('keeps its first sentence even when a flagged word stays in it', () => {
    const text =
      'The plan was a disaster for the town. The council closed the old library on Tuesday.';
    const lines = digestOf(text, [['disaster']]).lines.map((l) => l.text);
    expect(lines).toEqual([
      'The plan was a disaster for the town.',
      'The council closed the old library on Tuesday.',
    ]);
  });
});

describe('the digest of a short opinion piece', () => {
  const opinion = (text: string) =>
    buildDigest(readText(text), [], { ...options, factsFirst: true }).lines.map((l) => l.text);

  it('leaves out the sentences in the writer’s voice, the first one too', () => {
    const text =
      'The council will regret this vote for years. The council closed the old library on Tuesday. ' +
      'The building will be sold in May. Residents deserve better from their mayor.';
    expect(opinion(text)).toEqual(['The council closed the old library on Tuesday.']);
  });

  it('has no lines when every sentence is the writer’s', () => {
    const text = 'The council will regret this vote. Residents deserve better from their mayor.';
    const result = buildDigest(readText(text), [], { ...options, factsFirst: true });
    expect(result.status).toBe('no-lines');
    expect(result.lines).toEqual([]);
  });
});
