import { serveAnalysis } from '../../../src/adapters/analysis-pool/serve-analysis.js';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { SPIN } from './spin.js';

// A worker for tests only: the real engine, except that SPIN keeps the thread busy for ever, a
// stand-in for an article the engine cannot finish, that does not depend on how fast wink is.
const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
serveAnalysis((input) => {
  if (input.text === SPIN) for (;;);
  return engine.analyze(input);
});
