import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/**
 * The public corpora (`../shared/corpora` beside the repo, or `LEDE_CORPORA`). A clone from a
 * forge has none, so every test that reads them goes through `describeCorpus`, which skips with
 * one stated reason; CI sets `LEDE_REQUIRE_CORPORA=1`, which turns a missing corpus into a
 * failure so it cannot pass by skipping.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..');
export const corporaRoot = resolve(
  process.env.LEDE_CORPORA ?? join(repoRoot, '..', 'shared', 'corpora'),
);
export const haveCorpora = existsSync(join(corporaRoot, 'README.md'));

/** Marks a suite as needing the corpora; the corpus reporter counts skipped suites by it. */
export const corpusTag = '[corpus]';
export const missingCorporaReason = `no corpora at ${corporaRoot} (set LEDE_CORPORA to their folder)`;

const required = process.env.LEDE_REQUIRE_CORPORA === '1';

/** A path inside the corpora folder. */
export function corpusPath(...parts: string[]): string {
  return join(corporaRoot, ...parts);
}

/**
 * A suite that reads the corpora, skipped when they are absent. Read corpus files inside its
 * tests or hooks, never in the suite body: the body runs even when the suite is skipped.
 */
export function describeCorpus(name: string, body: () => void): void {
  if (required && !haveCorpora) {
    describe(`${name} ${corpusTag}`, () => {
      it('has its corpus', () => {
        throw new Error(`LEDE_REQUIRE_CORPORA=1, but there are ${missingCorporaReason}`);
      });
    });
    return;
  }
  describe.skipIf(!haveCorpora)(`${name} ${corpusTag}`, body);
}
