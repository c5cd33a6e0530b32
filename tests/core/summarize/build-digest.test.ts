import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { checkDigestLine } from '../../../src/core/summarize/check-digest-line.js';
import { lead3Digest } from '../../../src/core/summarize/lead3.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

const options = { sentences: 3, maxWords: 90 };
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/summarize/${name}`, import.meta.url), 'utf8');

describe('buildDigest edge cases', () => {
  it('says there is nothing to summarise for empty text and punctuation alone', () => {
    for (const text of ['', '   \n\n ', '... !!! ---']) {
      const result = buildDigest(readText(text), [], options);
      expect(result.status).toBe('no-sentences');
      expect(result.lines).toEqual([]);
    }
  });

  it('returns a one-paragraph text as its own digest, marked too short', () => {
    const text =
      'The city council voted 7 to 2 on Tuesday to close the old library. The building will be sold.';
    const result = buildDigest(readText(text), [], options);
    expect(result.status).toBe('too-short');
    expect(result.lines.map((l) => l.text)).toEqual([
      'The city council voted 7 to 2 on Tuesday to close the old library.',
      'The building will be sold.',
    ]);
  });

  it('recognises a list and gives no digest', () => {
    const text = '- Milk\n- Eggs and bread\n- Two lemons\n- Coffee beans\n';
    const result = buildDigest(readText(text), [], options);
    expect(result.status).toBe('list');
    expect(result.message).toMatch(/list/);
  });

  it('says why there is no digest when no sentence makes a line', () => {
    // Every sentence is a prompt to the reader: none is a line of news.
    const text = [
      'Try the new tasks with your partner this weekend at home or away.',
      'Download the game from the store and open it on your phone today.',
      'Invite your partner to play and pick one of the many sets of questions.',
      'Choose a level for the evening and take turns with each new card.',
      'Share your results with friends and come back for the next pack soon.',
      'Buy the full version to unlock every card and every challenge in it.',
    ].join(' ');
    const result = buildDigest(readText(text), [], options);
    expect(result.lines).toEqual([]);
    expect(result.status).toBe('no-lines');
    expect(result.message).toBe(
      'No sentence of this text reads alone as a neutral line, so there is no digest.',
    );
  });

  it('says English only for non-English text', () => {
    const text =
      'Die Regierung hat am Dienstag neue Regeln für den Wohnungsmarkt beschlossen. Mieter sollen ' +
      'besser geschützt werden, sagte die Ministerin in Berlin. Die Opposition kritisierte den Plan.';
    const result = buildDigest(readText(text), [], options);
    expect(result.status).toBe('not-english');
    expect(result.message).toMatch(/English only for now/);
  });
});

describe('an advocacy piece about a real-sounding event (fixture of our own)', () => {
  it('keeps the story and carries no flagged word', () => {
    const article = readFileSync(
      new URL('../../fixtures/articles/envoy-opinion.txt', import.meta.url),
      'utf8',
    );
    const phrases = JSON.parse(fixture('envoy-notes.json')) as string[];
    const notes = phrases.map((p) => noteOn(article, p));
    const result = buildDigest(readText(article), notes, options);
    expect(result.status).toBe('ok');
    const digest = result.lines.map((l) => l.text).join(' ');
    expect(digest).toMatch(/Velt/);
    for (const phrase of phrases) expect(digest).not.toContain(phrase);
    for (const line of result.lines) expect(checkDigestLine(article, line, notes).ok).toBe(true);
  });
});

describe('lead3Digest', () => {
  it('is the first three sentences verbatim', () => {
    const text = 'One fact here. Two facts here. Three facts here. Four facts here.';
    expect(lead3Digest(readText(text)).map((l) => l.text)).toEqual([
      'One fact here.',
      'Two facts here.',
      'Three facts here.',
    ]);
  });
});

describe('redundancy', () => {
  it('never repeats a sentence, even when the article does', () => {
    const repeated = 'Council members debated the cost and the timetable for the work at length.';
    const text = [
      'The city council voted 7 to 2 on Tuesday to repair the Harbor Street bridge.',
      repeated,
      repeated,
      repeated,
      'Work is expected to begin in June and to last about five months, the city said.',
      repeated,
    ].join(' ');
    const result = buildDigest(readText(text), [], { sentences: 3, maxWords: 90 });
    const lines = result.lines.map((l) => l.text);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
