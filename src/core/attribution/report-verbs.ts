import type { Token } from '../text/text-model.js';

/**
 * Lemmas of verbs that introduce someone's words, curated from the report verbs of Recasens et
 * al. (ACL 2013; corpora/bias-lexicons/report_verbs.txt). Left out on purpose: verbs of thought
 * or evidence ("think", "feel", "see", "find", "show", "prove", "mean", "hope"), which a writer
 * uses in their own voice and which the unattributed-claim note looks for instead.
 */
export const REPORT_VERBS: ReadonlySet<string> = new Set(
  (
    'say tell add state announce claim argue assert insist explain note warn confirm deny ' +
    'acknowledge admit allege accuse report reply respond write tweet post comment remark stress ' +
    'emphasize emphasise reiterate concede contend maintain predict promise pledge vow urge ' +
    'caution testify disclose reveal declare complain counter rebut recall observe ask affirm ' +
    'reaffirm estimate forecast suggest agree disagree dispute criticize criticise blame boast ' +
    'describe mention indicate quote recount repeat speak'
  ).split(' '),
);

/** Verbs a writer uses to put an opinion in an unnamed group's mouth ("critics argue"). */
export const OPINION_VERBS: ReadonlySet<string> = new Set(
  'say argue believe think claim contend assert insist agree fear worry suggest warn question feel doubt'.split(
    ' ',
  ),
);

/** Unnamed groups a statement can be put in the mouth of ("critics", "experts", "officials"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  (
    'critics critic experts expert analysts observers officials sources commentators skeptics ' +
    'sceptics opponents supporters detractors insiders pundits scholars economists scientists ' +
    'residents voters people some many others most few those observers'
  ).split(' '),
);

export function isReportVerb(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && REPORT_VERBS.has(token.lemma);
}

/** "according to" — a phrase that cites a source without a verb of its own. */
export function isAccordingTo(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.normal === 'according' && tokens[at + 1]?.normal === 'to';
}
