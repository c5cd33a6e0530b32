import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` is what `npm test` runs (quick, no corpora needed); `corpora` holds the
 * sweeps over every sentence, article or fixture of a public corpus and the randomised crash
 * soak (`npm run test:corpora`). CI runs both, with the corpora required.
 */
const shared = {
  // Integration tests start real servers and child processes; give them room on a 2-core machine.
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/corpus-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // One module graph per worker rather than per file: the engine, its lexicon and the
          // word scorer load once per worker instead of in each of 80 files, which halves the
          // suite's CPU time. Tests keep no state in modules, so order does not matter.
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.corpus.test.ts', 'tests/**/*.soak.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'corpora',
          include: ['tests/**/*.corpus.test.ts', 'tests/**/*.soak.test.ts'],
        },
      },
    ],
  },
});
