import type { Reporter, TestModule } from 'vitest/node';
import { corpusTag, missingCorporaReason } from './corpora.js';

/** Ends a run with one line saying how many corpus tests were skipped, and why. */
export default class CorpusReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    let ran = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (!test.fullName.includes(corpusTag)) continue;
        if (test.result().state === 'skipped') skipped++;
        else ran++;
      }
    }
    if (skipped + ran === 0) return;
    const why = skipped > 0 ? `: ${missingCorporaReason}` : '';
    process.stdout.write(`corpus tests: ${ran} ran, ${skipped} skipped${why}\n`);
  }
}
