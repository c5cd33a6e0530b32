import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { corpusPath, describeCorpus } from '../../helpers/corpora.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });

/** Straight reports from the extraction benchmark whose text scores in the old analysis band. */
const NEWS_PAGES = [
  'https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html',
  'https://www.sfgate.com/news/article/7-key-questions-heading-into-Wednesday-s-14848176.php',
  'https://www.slashgear.com/the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-19600475/',
];

describeCorpus('genre of real news pages', () => {
  it.each(NEWS_PAGES)('reads %s as news', (url) => {
    const truth = JSON.parse(
      readFileSync(corpusPath('article-extraction-benchmark', 'ground-truth.json'), 'utf8'),
    ) as Record<string, { articleBody: string; url: string }>;
    const page = Object.values(truth).find((p) => p.url === url);
    expect(page).toBeDefined();
    const analysis = engine.analyze({ text: page!.articleBody, title: null, source: url });
    expect(analysis.genre.label).toBe('news');
  });
});
