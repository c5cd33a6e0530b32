import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { matchLexicon } from '../../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { writerCandidates } from '../../../src/core/framing/model/model-terms.js';
import { findOpinionAsFact } from '../../../src/core/framing/opinion-as-fact.js';
import { matchSentences } from '../../../src/core/framing/sentence-matches.js';
import { readText } from '../../../src/core/text/read-text.js';

const lexicon = loadLexicon();
const TEXT =
  'The senator slammed the deeply flawed plan. No one can deny that the bridge changed the town.';

/** What the detectors see when told that no sentence holds a lexicon term or an expression. */
function nothingMatched(text: string) {
  return readText(text).sentences.map((s) => ({
    matches: [],
    fixed: new Array<boolean>(s.endToken - s.firstToken).fill(false),
  }));
}

describe('lexicon matches found once per article', () => {
  it('are each sentence’s matchLexicon result', () => {
    const doc = readText(TEXT);
    const perSentence = matchSentences(doc, lexicon);
    expect(perSentence.map((s) => s.matches)).toEqual(
      doc.sentences.map((s) => matchLexicon(lexicon, doc.tokens, s.firstToken, s.endToken)),
    );
    expect(perSentence[0]!.matches.map((m) => m.entry.term)).toContain('slammed');
  });

  it('are what the loaded-language and opinion-as-fact notes read', () => {
    const doc = readText(TEXT);
    const none = { matches: nothingMatched(TEXT), model: null };
    expect(findLoadedLanguage(doc, lexicon, [], { model: null })).not.toEqual([]);
    expect(findLoadedLanguage(doc, lexicon, [], none)).toEqual([]);
    expect(findOpinionAsFact(doc, lexicon, [])).not.toEqual([]);
    expect(findOpinionAsFact(doc, lexicon, [], none)).toEqual([]);
  });

  it('are what the word scorer reads, with the per-token letter test it is given', () => {
    const doc = readText(TEXT);
    const slammed = doc.tokens.findIndex((t) => t.normal === 'slammed');
    const indexes = (perSentence = matchSentences(doc, lexicon), lettered?: boolean[]) =>
      writerCandidates(doc, lexicon, [], perSentence, lettered).map((c) => c.index);
    const withMatches = writerCandidates(doc, lexicon, []).find((c) => c.index === slammed);
    const without = writerCandidates(doc, lexicon, [], nothingMatched(TEXT));
    expect(withMatches?.match?.entry.term).toBe('slammed');
    expect(without.find((c) => c.index === slammed)?.match).toBeNull();
    expect(indexes()).toContain(slammed);
    expect(indexes(undefined, new Array<boolean>(doc.tokens.length).fill(false))).toEqual([]);
  });
});
