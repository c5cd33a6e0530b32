import { describe, expect, it } from 'vitest';
import { engineFingerprint } from '../../../src/adapters/analysis-pool/engine-fingerprint.js';

describe('the engine fingerprint that versions cached analyses', () => {
  it('is the same for the same engine and options, and changes with the options', () => {
    const options = JSON.stringify({ digestSentences: 3, digestMaxWords: 90 });
    const first = engineFingerprint(options);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(engineFingerprint(options)).toBe(first);
    expect(engineFingerprint(JSON.stringify({ digestSentences: 4, digestMaxWords: 90 }))).not.toBe(
      first,
    );
  });
});
