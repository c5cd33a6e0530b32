export type { DigestOptions, DigestResult, DigestStatus } from './build-digest.js';
export { buildDigest, DEFAULT_DIGEST_OPTIONS } from './build-digest.js';
export type { LineCheck } from './check-digest-line.js';
export { checkDigestLine } from './check-digest-line.js';
export { lead3Digest } from './lead3.js';
export { neutralizeSentence, replacementFor } from './neutralize-sentence.js';
export type { Ranking, RankWeights, SentenceScore } from './rank-sentences.js';
export { DEFAULT_RANK_WEIGHTS, rankSentences } from './rank-sentences.js';
export { selectSentences } from './select-sentences.js';
