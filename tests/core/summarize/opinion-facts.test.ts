import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { checkDigestLine, WRITER_FRAME } from '../../../src/core/summarize/check-digest-line.js';
import { reportedFactScores } from '../../../src/core/summarize/reported-facts.js';
import { readText } from '../../../src/core/text/read-text.js';
import { corpusPath, describeCorpus } from '../../helpers/corpora.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
/** The seed sits beside the corpora in ../shared, which a clone from a forge does not have. */
const seedPath = corpusPath('..', 'seeds', 'belarus-envoy-opinion.txt');

describe('the facts an opinion piece rests on', () => {
  it('score a sentence of who, where and when above the writer arguing with the same names', () => {
    const doc = readText(
      'Kellogg met Lukashenko in Minsk on Saturday. ' +
        'To conclude, Trump could surely teach Europe a lesson we should learn. ' +
        'Against all odds, the two talks were a triumph.',
    );
    const [fact, argument, noNames] = reportedFactScores(doc, new Set(), [0, 0, 0]);
    expect(fact).toBeGreaterThan(argument! * 3);
    expect(noNames).toBe(0);
  });

  it('score nought for a sentence that only says what something is, and not for one told in the past', () => {
    const doc = readText(
      "Hong Kong's street battles are an existential threat to Xi's regime. Among the freed was Sergei Tikhanovsky, a dissident from Minsk.",
    );
    const [verdict, event] = reportedFactScores(doc, new Set(), [0, 0]);
    expect(verdict).toBe(0);
    expect(event).toBeGreaterThan(0);
  });

  it('score nought for a sentence that only says what something is like', () => {
    const doc = readText(
      "Xi Jinping's problem in Hong Kong is simple. Propaganda efforts by Beijing in Hong Kong have been similarly catastrophic.",
    );
    expect(reportedFactScores(doc, new Set(), [0, 0])).toEqual([0, 0]);
    const summing = readText('In short, slaughter is likely coming to Hong Kong by Christmas.');
    expect(reportedFactScores(summing, new Set(), [0])).toEqual([0]);
    // A label and its gloss (mspoweruser's Stadia piece opened on it), not what happened.
    const label = readText(
      'The promise of Google Stadia: high quality visuals and rock-solid performance streamed to your browser.',
    );
    expect(reportedFactScores(label, new Set(), [0])).toEqual([0]);
    const said = readText(
      'Google said on Tuesday: Stadia will launch in 14 countries in November.',
    );
    expect(reportedFactScores(said, new Set(), [0])[0]).toBeGreaterThan(0);
    // The same, with the flagged "catastrophic" swapped for a neutral word by the digest.
    const swapped = new Set([doc.sentences[1]!.endToken - 2]);
    expect(reportedFactScores(doc, swapped, [0, 0])[1]).toBe(0);
  });

  it('end, when no sentence carries a verdict note, on a claim in the writer’s own voice', () => {
    const text = [
      'On Monday, police surrounded Hong Kong Polytechnic University and fired teargas at students trying to leave the campus. The siege began on Sunday night after protesters set fires at the entrances.',
      "On Tuesday, the People's Daily, the newspaper of the Communist party, wrote that there was no room for compromise. Chief Executive Carrie Lam met officials in Beijing in November.",
      'Beijing will choose a crackdown over concessions, and the city will pay for that choice for years. The government should talk to the students before the campus becomes a prison. We cannot pretend that the old bargain still holds. Our leaders should say so plainly. You may think the protests will fade, but they will not.',
    ].join('\n\n');
    const genreHint = { label: 'opinion' as const, evidence: 'an /opinion/ address' };
    const analysis = engine.analyze({ text, title: null, source: 'op-ed', genreHint });
    const lines = analysis.digest.map((l) => l.text);
    expect(lines[0]).toMatch(/^On Monday, police surrounded Hong Kong Polytechnic University/);
    expect(lines.slice(0, -1).join(' ')).not.toMatch(/\b(will|should|cannot)\b/);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${WRITER_FRAME} (the government should|Beijing will)`),
    );
  });
});

describe('an opinion piece’s digest', () => {
  it('opens on the event its first paragraph states before the facts further down', () => {
    const text = [
      'Voters in Kentucky, Louisiana and Virginia went to the polls this month in statewide races. In each case, President Trump tied himself to the outcome.',
      'Trump thought voters would vindicate him. Instead, they did the opposite, and that should worry him.',
      'Virginia Democrats won a legislative majority on November 5 for the first time since 1993. Kentucky Democrats beat Gov. Matt Bevin in a state Trump won by 30 points in 2016. Louisiana Democrats re-elected Governor John Bel Edwards on Saturday, November 16, in Baton Rouge.',
      'In Mississippi, Democrat Jim Hood lost to Tate Reeves by five points on November 5, after Phil Bryant won by 33 points in 2015.',
      'Democrats should widen the inquiry. We cannot let it stop at Ukraine, and you should not want it to.',
    ].join('\n\n');
    const genreHint = { label: 'opinion' as const, evidence: 'an /opinion/ address' };
    const analysis = engine.analyze({ text, title: null, source: 'op-ed', genreHint });
    expect(analysis.digest[0]?.text).toMatch(
      /^Voters in Kentucky, Louisiana and Virginia went to the polls/,
    );
  });
});

describeCorpus('the seed’s digest (../shared/seeds)', () => {
  it('are what the seed’s digest states, with the writer’s claim last and attributed', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const analysis = engine.analyze({ text: seed, title: null, source: 'seed' });
    const lines = analysis.digest.map((l) => l.text);
    const facts = lines.slice(0, -1).join(' ');
    expect(facts).toMatch(/Kellogg met Lukashenko in Minsk/);
    expect(facts).toMatch(
      /first encounter between a senior U\.S\. official .* more than five years/,
    );
    expect(facts).toMatch(/at least 14 political prisoners/i);
    expect(facts).toMatch(/Among the freed was Sergei Tikhanovsky/);
    expect(facts).toMatch(/made it safely to Lithuania/);
    expect(facts).not.toMatch(/prowess|success|evidence of|unbreachable|testament/);
    // The advocacy frame of the release: the talks it credits, and the feat it makes of it.
    expect(facts).not.toMatch(/strategic discussions|managed to/);
    expect(lines.at(-1)).toMatch(new RegExp(`^${WRITER_FRAME} the Trump administration`));
    const words = lines.join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(95);
    for (const line of analysis.digest) {
      expect(checkDigestLine(seed, line, analysis.notes)).toEqual({ ok: true, problems: [] });
    }
  });
});
