import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, recall: reviewed entries added in session 5 from GloVe neighbours of reviewed entries
// (source "glove"), WNC-train removals ("wnc") and the reviewer's knowledge of news language
// ("judgement"); procedure in scripts/lexicon/README.md.
const lexicon = loadLexicon();
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('session 5 lexicon entries', () => {
  it.each([
    ['The senator castigated the deplorable plan.', ['castigated', 'deplorable']],
    ['Critics pilloried the egotistical mayor.', ['pilloried', 'egotistical']],
    ['The columnist savaged the sycophantic board.', ['savaged', 'sycophantic']],
    ['The agency was run by a crackpot and his lapdog.', ['crackpot', 'lapdog']],
    [
      'A self-styled expert spouted bombastic nonsense.',
      ['self-styled', 'spouted bombastic nonsense'],
    ],
    ['The feckless council made a boneheaded choice.', ['feckless', 'boneheaded']],
    ['Critics called it hogwash, but the mayor kept grandstanding.', ['hogwash', 'grandstanding']],
  ])('flags the loaded words in "%s"', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it('matches the inflections of a new verb by its lemma', () => {
    expect(flagged('She disparages the reprehensible deal.')).toEqual([
      'disparages',
      'reprehensible',
    ]);
  });

  it.each([
    ['Water poured from the spout of the kettle.', 'spout'],
    ['Privilege shields some people while damning others.', 'damning'],
    ['A massive explosion shook the port.', 'massive'],
    ['The ban on excessive bail dates from 1791.', 'excessive'],
    ['He was convicted of murder by depraved indifference.', 'depraved'],
    ['The rebels fought the nobles.', 'noble'],
    ['The mascot was changed from the braves to the blaze.', 'brave'],
    ['Wildfires raged across the state on Monday.', 'raged'],
    ['The storm lashed the coast overnight.', 'lashed'],
    ['A fire gutted the building.', 'gutted'],
    ['The car slammed into a tree.', 'slammed'],
  ])('leaves a plain sense or a term of art alone: "%s"', (text, member) => {
    expect(lexicon.entries.some((e) => e.term === member)).toBe(true);
    expect(flagged(text).map((w) => w.toLowerCase())).not.toContain(member);
  });

  it('records where each new entry was drafted from', () => {
    const sources = new Set(lexicon.entries.map((e) => e.source));
    expect([...sources].every((s) => s !== undefined)).toBe(true);
    for (const term of ['castigated', 'crackpot', 'tacky']) {
      const entry = lexicon.entries.find((e) => e.term === term);
      expect(['glove', 'wnc', 'judgement']).toContain(entry?.source);
    }
  });
});

describe('weak entries and idioms whose plain sense dominates on real pages', () => {
  it.each([
    'The image shows Van Gogh’s famous painting.',
    'The mean is influenced by extreme values.',
    'Therapy is an effective treatment for binge eating.',
    'The probe found massive plumes of liquid.',
    'It makes perfect sense, since the devices are pricey.',
    'Follow us for the latest and greatest deals.',
  ])('are looked up but not reported: "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('the writer naming a piece of their own', () => {
  it.each([
    'I wrote a long rant about this last year.',
    'In my screed last week I argued for it.',
    'I went on a rant.',
  ])('disparages nobody: "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['I heard his rant.', 'rant'],
    ['We read a tirade by the mayor.', 'tirade'],
    ['My colleague wrote a rant.', 'rant'],
    ['The senator delivered a long rant.', 'rant'],
  ])('still flags what someone else said or wrote: "%s"', (text, word) => {
    expect(flagged(text)).toEqual([word]);
  });

  it('reads "perfect for the part" as the casting idiom', () => {
    expect(flagged('Harper knew that she was perfect for the part.')).toEqual([]);
    expect(flagged('It was a perfect plan.')).toEqual(['perfect']);
  });
});
