import { defineConfig } from 'vitest/config';

/*
 * `unit` and `unit-isolated` are what `npm test` runs (quick, no corpora needed); `corpora` holds
 * the sweeps over every sentence, article or fixture of a public corpus and the randomised crash
 * soak (`npm run test:corpora`). CI runs all three, with the corpora required.
 */

/**
 * Files that run in a process of their own. The LLM timeout cases leave a real HTTP client
 * holding a request to a fake that never answers.
 */
const isolatedTests = [
  'tests/adapters/llm/**/*.test.ts',
  'tests/adapters/slack/llm-ack.test.ts',
  'tests/cli/llm-digest.test.ts',
];

const shared = {
  // Integration tests start real servers and child processes; give them room on a 2-core machine.
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine is one. Most
    // files wait on servers, child processes and worker threads, so one worker per core keeps
    // both cores busy.
    maxWorkers: '100%',
    reporters: ['default', './tests/helpers/corpus-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // One module graph per worker rather than one per file: the engine, its lexicon and the
          // word scorer load once per worker instead of in each of 120 files, which halves the
          // suite's CPU time. Each file closes the servers and clients it starts.
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: [...isolatedTests, 'tests/**/*.corpus.test.ts', 'tests/**/*.soak.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'unit-isolated',
          include: isolatedTests,
        },
      },
      {
        test: {
          ...shared,
          name: 'corpora',
          include: ['tests/**/*.corpus.test.ts', 'tests/**/*.soak.test.ts'],
          // A corpus test walks thousands of texts; on a busy 2-core machine one took 36 s. The
          // limit only catches a hang, so it is set far above any speed the tests care about.
          testTimeout: 300_000,
        },
      },
    ],
  },
});
