import { articleFromPlainText } from '../../src/core/article-input.js';
import { baselineEngine, currentEngine, type EngineUnderTest } from './lib/baseline-engine.js';
import { readNeusVal } from './lib/corpora.js';
import { leadSentences } from './lib/lead3.js';
import {
  densityPer100,
  huLiuOpinion,
  riloffStrong,
  type Yardstick,
} from './lib/yardstick-lists.js';
import type { EvalRow, EvalSection } from './types.js';

const SECTION = 'NeuS val (307 stories x 3 outlets), independent yardsticks per 100 words';

/** The texts each system produced for every partisan article, in one of the two inputs. */
interface Texts {
  source: string[];
  editors: string[];
  lead3: string[];
  lede: string[];
  today: string[] | null;
}

/**
 * The digest of a plain text. `asProduct` reads it the way Lede's text input does (issue 11:
 * a short first line before a blank line is the headline, the title, not body text); the
 * engine of the baseline commit gets the text as it is, as its input path did.
 */
async function digestText(
  engine: EngineUnderTest,
  raw: string,
  asProduct: boolean,
): Promise<string> {
  const { text, title } = asProduct
    ? articleFromPlainText(raw, 'eval')
    : { text: raw, title: null };
  const analysis = await engine.analyze(text, title);
  return analysis.digest.map((l) => l.text).join(' ');
}

/** Body only, or the headline as the first line of the text (how the issue measured 5.36%). */
async function collect(
  withHeadline: boolean,
  lede: EngineUnderTest,
  today: EngineUnderTest | null,
): Promise<Texts> {
  const texts: Texts = { source: [], editors: [], lead3: [], lede: [], today: today ? [] : null };
  for (const story of readNeusVal()) {
    const editors = story.neutral_target;
    for (const { title, article } of story.sources) {
      const input = withHeadline ? `${title}\n\n${article}` : article;
      texts.source.push(input);
      texts.editors.push(withHeadline ? `${editors.title}\n\n${editors.article}` : editors.article);
      texts.lead3.push(leadSentences(input, 3).join(' '));
      texts.lede.push(await digestText(lede, input, true));
      if (today) texts.today!.push(await digestText(today, input, false));
    }
  }
  return texts;
}

const two = (x: number) => x.toFixed(3);

function rowsFor(texts: Texts, variant: string, yardsticks: readonly Yardstick[]): EvalRow[] {
  return yardsticks.map((y) => {
    const d = (list: readonly string[]) => densityPer100(y, list);
    const lede = d(texts.lede);
    const editors = d(texts.editors);
    return {
      section: SECTION,
      metric: `${y.name} / 100 words, digest (${variant})`,
      lede: two(lede),
      today: texts.today ? two(d(texts.today)) : 'unavailable',
      baseline: { name: 'editors’ neutral summary', value: two(editors) },
      target: 'digest at or below the editors’ summary',
      distance: lede > editors ? `missed by ${two(lede - editors)}` : undefined,
      note: `partisan source ${two(d(texts.source))}; Lead-3 of the source ${two(d(texts.lead3))}`,
    };
  });
}

export const neusYardsticks: EvalSection = {
  name: 'neus-yardsticks',
  async run() {
    const lede = await currentEngine();
    const baseline = await baselineEngine();
    const today = baseline.available ? baseline : null;
    const yardsticks = [riloffStrong(), huLiuOpinion()];
    return [
      ...rowsFor(await collect(false, lede, today), 'body only', yardsticks),
      ...rowsFor(await collect(true, lede, today), 'headline as first line', yardsticks),
    ];
  },
};
