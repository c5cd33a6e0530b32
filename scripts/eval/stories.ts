import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { clusterStories, type StoryCandidate } from '../../src/core/stories/index.js';
import { formatNumber } from '../lib/table.js';
import { type NeusStory, readNeusVal } from './lib/corpora.js';
import type { EvalRow, EvalSection } from './types.js';

const SECTION = 'NeuS val: stories merged across outlets';
/** NeuS articles carry no dates: one window holds them all. */
const WINDOW_MS = Number.POSITIVE_INFINITY;

export interface ClusteringScores {
  clusters: number;
  purity: number;
  inversePurity: number;
  bcubedF1: number;
  pairwiseF1: number;
}

/**
 * Purity and inverse purity (completeness) as in Zhao & Karypis 2001; B-cubed precision, recall
 * and F1 per item (Bagga & Baldwin 1998, recommended by Amigó et al. 2009); pairwise F1 over
 * same-story pairs. `gold[i]` and `predicted[i]` are item i's true and assigned labels.
 */
export function clusteringScores(
  gold: readonly string[],
  predicted: readonly string[],
): ClusteringScores {
  const n = gold.length;
  const joint = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    bump(joint, `${predicted[i]}\u0000${gold[i]}`);
    bump(goldSize, gold[i]!);
    bump(predSize, predicted[i]!);
  }
  const bestOf = (side: 0 | 1) => {
    const best = new Map<string, number>();
    for (const [key, count] of joint) {
      const label = key.split('\u0000')[side]!;
      best.set(label, Math.max(best.get(label) ?? 0, count));
    }
    return [...best.values()].reduce((a, b) => a + b, 0) / n;
  };
  let bPrecision = 0;
  let bRecall = 0;
  let together = 0;
  for (const [key, count] of joint) {
    const [p, g] = key.split('\u0000') as [string, string];
    bPrecision += (count * count) / predSize.get(p)!;
    bRecall += (count * count) / goldSize.get(g)!;
    together += (count * (count - 1)) / 2;
  }
  const pairs = (m: Map<string, number>) =>
    [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const predPairs = pairs(predSize);
  const goldPairs = pairs(goldSize);
  return {
    clusters: predSize.size,
    purity: bestOf(0),
    inversePurity: bestOf(1),
    bcubedF1: f1(bPrecision / n, bRecall / n),
    pairwiseF1: f1(predPairs ? together / predPairs : 0, goldPairs ? together / goldPairs : 0),
  };
}

/** Every NeuS article as a dated-nowhere candidate, each story's three outlets as "Outlet A/B/C". */
export function neusCandidates(
  stories: readonly NeusStory[],
  analyze: (text: string, title: string) => StoryCandidate['analysis'],
): { candidates: StoryCandidate[]; gold: Map<string, string> } {
  const candidates: StoryCandidate[] = [];
  const gold = new Map<string, string>();
  for (const story of stories) {
    story.sources.forEach((source, i) => {
      const id = `${story.id}/${i}`;
      gold.set(id, story.id);
      candidates.push({
        id,
        title: source.title,
        text: source.article,
        url: null,
        outlet: `Outlet ${'ABC'[i] ?? i}`,
        publishedAt: null,
        analysis: analyze(source.article, source.title),
      });
    });
  }
  return { candidates, gold };
}

/** Clusters `candidates` and scores the result against the NeuS story ids. */
export function scoreClustering(
  candidates: readonly StoryCandidate[],
  gold: ReadonlyMap<string, string>,
  threshold?: number,
): ClusteringScores {
  const stories = clusterStories(candidates, { windowMs: WINDOW_MS, threshold });
  const assigned = new Map<string, string>();
  stories.forEach((story, s) => {
    for (const member of story.members) assigned.set(member.id, String(s));
  });
  const ids = candidates.map((c) => c.id);
  return clusteringScores(
    ids.map((id) => gold.get(id)!),
    ids.map((id) => assigned.get(id)!),
  );
}

type Scored = { lede: ClusteringScores; titleOnly: ClusteringScores; singletons: ClusteringScores };

/** Lede, the title-only baseline and "every article its own story" on the same candidates. */
function scoreAll(
  candidates: readonly StoryCandidate[],
  gold: ReadonlyMap<string, string>,
): Scored {
  return {
    lede: scoreClustering(candidates, gold),
    titleOnly: scoreClustering(
      candidates.map((c) => ({ ...c, text: '' })),
      gold,
    ),
    singletons: clusteringScores(
      candidates.map((c) => gold.get(c.id)!),
      candidates.map((c) => c.id),
    ),
  };
}

const METRICS: [keyof ClusteringScores, string][] = [
  ['clusters', 'stories found'],
  ['purity', 'purity'],
  ['inversePurity', 'completeness (inverse purity)'],
  ['bcubedF1', 'B-cubed F1'],
  ['pairwiseF1', 'pairwise F1'],
];

function rows(label: string, scored: Scored, note: string): EvalRow[] {
  return METRICS.map(([key, metric], i) => ({
    section: SECTION,
    metric: `${label}: ${metric}`,
    lede: scored.lede[key],
    baseline: { name: 'title-only, same method', value: scored.titleOnly[key] },
    note: `${i === 0 ? `${note}; ` : ''}every article its own story: ${formatNumber(scored.singletons[key])}`,
  }));
}

/**
 * All 921 NeuS val articles (307 stories x 3 outlets) mixed and clustered in one batch, beside
 * title-only clustering (the same tf-idf and clustering, headlines only) and the trivial
 * "every article its own story". The default threshold was picked on the even-numbered stories,
 * so the odd-numbered half is also reported on its own as held-out.
 */
export const storiesSection: EvalSection = {
  name: SECTION,
  async run() {
    const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
    const analyze = (text: string, title: string) =>
      engine.analyze({ text, title, source: 'neus' });
    const stories = readNeusVal();
    const all = neusCandidates(stories, analyze);
    const odd = neusCandidates(
      stories.filter((_, i) => i % 2 === 1),
      analyze,
    );
    const framed = clusterStories(all.candidates, { windowMs: WINDOW_MS }).filter(
      (s) => s.framingNote,
    );
    return [
      ...rows(
        'all',
        scoreAll(all.candidates, all.gold),
        `${stories.length} gold stories, ${all.candidates.length} articles`,
      ),
      ...rows(
        'odd half (held out)',
        scoreAll(odd.candidates, odd.gold),
        `${odd.candidates.length / 3} gold stories, ${odd.candidates.length} articles`,
      ),
      {
        section: SECTION,
        metric: 'all: stories with a framing note',
        lede: framed.length,
        note: `e.g. "${framed[0]?.framingNote ?? 'none'}"`,
      },
    ];
  },
};
