import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { findNameMentions, type NameMention } from '../../../src/core/attribution/names.js';
import { findQuotedSpans, findQuoteMarks } from '../../../src/core/attribution/quoted-spans.js';
import { findSourceVoice } from '../../../src/core/attribution/voice.js';
import { measureGenreSignals } from '../../../src/core/framing/genre.js';
import { summarizeSourcing } from '../../../src/core/framing/sourcing.js';
import { findUnattributedClaims } from '../../../src/core/framing/unattributed-claim.js';
import { findVagueAttribution } from '../../../src/core/framing/vague-attribution.js';
import { readText } from '../../../src/core/text/read-text.js';

const QUOTED =
  'Mayor Hana Ruiz met union leader Piotr Nowak on Monday. "We have a deal at last," Ruiz said. ' +
  'Critics say the deal came too late.';

/** The quote marks of a text that has none: what a detector sees when told "nothing is quoted". */
function noMarks(tokens: number) {
  return { spans: [], inside: new Array<boolean>(tokens).fill(false) };
}

describe('quote marks found once per article', () => {
  it('holds the quoted spans and, per token, whether it lies inside one', () => {
    const doc = readText(QUOTED);
    const marks = findQuoteMarks(doc);
    expect(marks.spans).toEqual(findQuotedSpans(QUOTED));
    const insideWords = doc.tokens.filter((_, i) => marks.inside[i]).map((t) => t.value);
    expect(insideWords).toEqual(['"', 'We', 'have', 'a', 'deal', 'at', 'last', ',', '"']);
  });

  it('are what findQuotes reads, not a second search of the text', () => {
    const doc = readText(QUOTED);
    expect(findQuotes(doc).some((q) => q.kind === 'direct')).toBe(true);
    const quotes = findQuotes(doc, noMarks(doc.tokens.length));
    expect(quotes.some((q) => q.kind === 'direct')).toBe(false);
  });

  it('are what the vague-attribution and unattributed-claim detectors skip', () => {
    const doc = readText('Critics say the levy hurts farmers.');
    const quotes = findQuotes(doc);
    const allQuoted = new Array<boolean>(doc.tokens.length).fill(true);
    expect(findVagueAttribution(doc, quotes)).toHaveLength(1);
    expect(findVagueAttribution(doc, quotes, allQuoted)).toEqual([]);
    const claim = readText(
      'Exports rose by 4% in March, showcasing the minister’s sound planning.',
    );
    const claimQuotes = findQuotes(claim);
    expect(findUnattributedClaims(claim, claimQuotes)).toHaveLength(1);
    const claimQuoted = new Array<boolean>(claim.tokens.length).fill(true);
    expect(findUnattributedClaims(claim, claimQuotes, claimQuoted)).toEqual([]);
  });

  it('are what the genre signals count as the writer’s own words', () => {
    const doc = readText('I think we should act now. You know it and I know it.');
    const quotes = findQuotes(doc);
    const allQuoted = new Array<boolean>(doc.tokens.length).fill(true);
    expect(measureGenreSignals(doc, quotes, 0).firstPerson).toBeGreaterThan(0);
    expect(measureGenreSignals(doc, quotes, 0, allQuoted).firstPerson).toBe(0);
  });
});

describe('name mentions found once per article', () => {
  it('are what the sourcing note lists as mentioned but not heard', () => {
    const doc = readText(QUOTED);
    const quotes = findQuotes(doc);
    expect(summarizeSourcing(doc, quotes).note?.message).toContain(
      'Mentioned but not heard: Nowak',
    );
    expect(summarizeSourcing(doc, quotes, []).note?.message).not.toContain('Nowak');
  });

  it('are what findQuotes uses to tell whom a pronoun stands for', () => {
    const doc = readText(
      'Mayor Hana Ruiz spoke. Later, Ruiz said the plan would work. She said it twice.',
    );
    const marks = findQuoteMarks(doc);
    const sources = (mentions: NameMention[]) =>
      findQuotes(doc, marks, mentions).map((q) => q.source);
    expect(sources(findNameMentions(doc))).toEqual(['Ruiz', 'Ruiz', 'Ruiz']);
    expect(sources([])).toEqual(['Mayor Hana Ruiz', null, null]);
  });

  it('are what the source voice uses to find "Name Surname: ..." passages', () => {
    const doc = readText('The mayor spoke first.\nHana Ruiz: The plan will work for everyone.');
    const quotes = findQuotes(doc);
    const withNames = findSourceVoice(doc, quotes).reported;
    expect(findSourceVoice(doc, quotes, []).reported.length).toBeLessThan(withNames.length);
  });
});
