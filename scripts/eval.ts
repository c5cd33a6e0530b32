import { seedReport } from './eval/seed.js';
import type { EvalRow, EvalSection } from './eval/types.js';
import { formatNumber, formatTable } from './lib/table.js';

/** `npm run eval`: quality on labelled public data, each figure beside a same-run baseline. */
const sections: (() => Promise<EvalSection>)[] = [
  async () => (await import('./eval/sentence-boundaries.js')).sentenceBoundaries,
  async () => (await import('./eval/babe.js')).babeSection,
  async () => (await import('./eval/wnc.js')).wncSection,
  async () => (await import('./eval/genre.js')).genreEval,
  async () => (await import('./eval/bbc-rouge.js')).bbcRouge,
  async () => (await import('./eval/neus-yardsticks.js')).neusYardsticks,
  async () => (await import('./eval/feeds.js')).feedsSection,
  async () => (await import('./eval/extraction.js')).extractionSection,
  async () => (await import('./eval/stories.js')).storiesSection,
  async () => (await import('./eval/real-pages.js')).realPagesSection,
  async () => (await import('./eval/note-precision.js')).notePrecisionSection,
  async () => (await import('./eval/llm-guard.js')).llmGuardSection,
];

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const rows: EvalRow[] = [];
const seconds: string[] = [];
for (const load of sections) {
  const section = await load();
  if (only && !only.split(',').includes(section.name)) continue;
  process.stderr.write(`eval: ${section.name}…\n`);
  const started = performance.now();
  rows.push(...(await section.run()));
  seconds.push(`${section.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const seed = only && !only.split(',').includes('seed') ? null : seedReport();
if (json) {
  console.log(JSON.stringify({ rows, seed: seed?.analysis ?? null }, null, 2));
} else {
  console.log(
    formatTable(
      [
        'section',
        'metric',
        'Lede',
        'today’s engine (same run)',
        'baseline (same run)',
        'published anchor',
        'target',
        'distance',
      ],
      rows.map((r) => [
        r.section,
        r.metric,
        formatNumber(r.lede),
        r.today === undefined ? '' : formatNumber(r.today),
        r.baseline ? `${r.baseline.name}: ${formatNumber(r.baseline.value)}` : '',
        r.anchor ?? '',
        r.target ?? '',
        r.distance ?? '',
      ]),
    ),
  );
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.section} / ${r.metric}: ${r.note}`);
  if (notes.length) console.log(`\nNotes:\n${notes.join('\n')}`);
  console.log(`\nTime per section: ${seconds.join('; ')}`);
  if (seed)
    console.log(`\nThe seed article (${seed.path}), digest and notes in full:\n\n${seed.markdown}`);
}
