import { readText } from '../../src/core/text/read-text.js';
import { loadNlp } from '../../src/core/text/text-model.js';
import { readJsonl } from './lib/corpora.js';
import type { EvalRow, EvalSection } from './types.js';

interface GoldenRule {
  id: string;
  text: string;
  expected: string[];
}

function loadGoldenRules(): GoldenRule[] {
  return readJsonl<GoldenRule>('pysbd-golden-rules/english_golden_rules__GOLDEN_EN_RULES.jsonl');
}

function ledeSentences(text: string): string[] {
  return readText(text).sentences.map((s) => s.text.trim());
}

/** wink-nlp's own sentences, with no post-pass: the baseline. */
function winkSentences(text: string): string[] {
  const nlp = loadNlp();
  return (nlp.readDoc(text).sentences().out() as string[]).map((s) => s.trim());
}

function passCount(rules: GoldenRule[], split: (text: string) => string[]): number {
  return rules.filter((rule) => {
    const got = split(rule.text);
    const expected = rule.expected.map((s) => s.trim());
    return got.length === expected.length && got.every((s, i) => s === expected[i]);
  }).length;
}

export const sentenceBoundaries: EvalSection = {
  name: 'Sentence boundaries',
  async run(): Promise<EvalRow[]> {
    const rules = loadGoldenRules();
    const lede = passCount(rules, ledeSentences);
    const wink = passCount(rules, winkSentences);
    return [
      {
        section: 'Sentence boundaries',
        metric: `English golden rules passed (of ${rules.length})`,
        lede: `${lede}/${rules.length}`,
        baseline: { name: 'wink-nlp alone', value: `${wink}/${rules.length}` },
        anchor: 'pySBD 47/48 (Sadvilkar & Neumann 2020)',
      },
    ];
  },
};
