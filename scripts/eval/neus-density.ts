import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { findQuotedSpans } from '../../src/core/attribution/quoted-spans.js';
import { createEngine } from '../../src/core/engine.js';
import { findLoadedLanguage } from '../../src/core/framing/loaded-language.js';
import { readText } from '../../src/core/text/read-text.js';
import type { FramingNote } from '../../src/core/types.js';
import { readNeusVal } from './lib/corpora.js';
import type { EvalSection } from './types.js';

const SECTION = 'NeuS val (307 stories x 3 outlets), loaded terms per 100 words';

export type CountLoaded = (text: string) => number;
/** The digest under test, as plain text. */
export type DigestOf = (text: string) => { status: string; text: string };

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * For every partisan article: loaded-term density of the source, of Lede's digest of it, and of
 * the AllSides editors' neutral summary of the story (Lee et al. 2022, NeuS). Densities are
 * pooled (all flagged terms / all words * 100). `countLoaded` is the detector under test;
 * `digestOf` is the product digest (the engine, with every framing note).
 */
export function createNeusDensity(countLoaded: CountLoaded, digestOf: DigestOf): EvalSection {
  return {
    name: SECTION,
    async run() {
      const totals = { source: [0, 0], digest: [0, 0], editors: [0, 0] };
      const add = (key: keyof typeof totals, text: string) => {
        totals[key][0]! += countLoaded(text);
        totals[key][1]! += wordCount(text);
      };
      const stories = readNeusVal();
      const status = new Map<string, number>();
      for (const story of stories) {
        for (const source of story.sources) {
          const digest = digestOf(source.article);
          status.set(digest.status, (status.get(digest.status) ?? 0) + 1);
          add('source', source.article);
          add('digest', digest.text);
          add('editors', story.neutral_target.article);
        }
      }
      const density = (key: keyof typeof totals) =>
        Number(((100 * totals[key][0]!) / Math.max(1, totals[key][1]!)).toFixed(2));
      const statuses = [...status].map(([s, n]) => `${s} ${n}`).join(', ');
      return [
        {
          section: SECTION,
          metric: 'loaded terms / 100 words: digest (source, editors)',
          lede: density('digest'),
          baseline: { name: 'editors’ neutral summary', value: density('editors') },
          target: 'digest below the editors’ summary',
          note: `partisan source ${density('source')}; digest statuses: ${statuses}`,
        },
      ];
    },
  };
}

const lexicon = loadLexicon();
const engine = createEngine({ lexicon, digestSentences: 3, digestMaxWords: 90 });

function loadedNotes(text: string): FramingNote[] {
  return findLoadedLanguage(readText(text), lexicon, findQuotedSpans(text));
}

function productDigest(text: string) {
  const analysis = engine.analyze({ text, title: null, source: 'neus' });
  return {
    status: analysis.notice ? 'short, list or not English' : 'ok',
    text: analysis.digest.map((l) => l.text).join(' '),
  };
}

export const neusDensity = createNeusDensity((text) => loadedNotes(text).length, productDigest);
