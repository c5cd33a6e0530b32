import { writeFileSync } from 'node:fs';
import type { FramingNote } from '../../src/core/types.js';
import { baselineEngine, currentEngine, type EngineUnderTest } from './lib/baseline-engine.js';
import { readBenchmarkPages } from './lib/extraction-pages.js';
import { type Judgement, judgementLookup, readNoteJudgements } from './lib/note-judgements.js';
import { distanceTo } from './lib/targets.js';
import type { EvalSection } from './types.js';

const DUMP_PATH = '/tmp/lede-unjudged-notes.md';

interface Tally {
  right: number;
  falseAlarm: number;
  unjudged: { page: string; note: FramingNote; context: string }[];
  byKind: Map<string, { right: number; falseAlarm: number }>;
}

function count(t: Tally, kind: string, verdict: Judgement): void {
  const byKind = t.byKind.get(kind) ?? { right: 0, falseAlarm: 0 };
  const field = verdict === 'right' ? 'right' : 'falseAlarm';
  t[field]++;
  byKind[field]++;
  t.byKind.set(kind, byKind);
}

async function tally(engine: EngineUnderTest, pageIds: readonly string[]): Promise<Tally> {
  const { notes } = readNoteJudgements();
  const judge = judgementLookup(notes);
  const pages = new Map(readBenchmarkPages().map((p) => [p.id, p]));
  const t: Tally = { right: 0, falseAlarm: 0, unjudged: [], byKind: new Map() };
  for (const id of pageIds) {
    const page = pages.get(id);
    const article = page && engine.extract(page.html, page.url);
    if (!article) continue;
    for (const note of (await engine.analyze(article.text, article.title)).notes) {
      const verdict: Judgement | null = judge(id, note);
      if (verdict === null) {
        const [s, e] = note.span;
        t.unjudged.push({
          page: id,
          note,
          context: article.text.slice(Math.max(0, s - 120), e + 80),
        });
        continue;
      }
      count(t, note.kind, verdict);
    }
  }
  return t;
}

const precision = (t: Tally) => t.right / Math.max(1, t.right + t.falseAlarm);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const kinds = (t: Tally) =>
  [...t.byKind].map(([k, v]) => `${k} ${v.right}/${v.right + v.falseAlarm}`).join(', ');

function dumpUnjudged(name: string, t: Tally): void {
  const items = t.unjudged.map(
    ({ page, note, context }) =>
      `- ${page} | ${note.kind} | «${note.text}» | ${note.span.join('-')}\n  > ${context.replace(/\s+/g, ' ')}`,
  );
  writeFileSync(DUMP_PATH, `# Unjudged notes (${name})\n\n${items.join('\n') || 'none'}\n`);
  process.stderr.write(`eval: unjudged notes written to ${DUMP_PATH}\n`);
}

export const notePrecisionSection: EvalSection = {
  name: 'note-precision',
  async run() {
    const { pages } = readNoteJudgements();
    const section = `note precision (${pages.length} benchmark pages, notes judged by hand)`;
    const lede = await tally(await currentEngine(), pages);
    const baseline = await baselineEngine();
    const today = baseline.available ? await tally(baseline, pages) : null;
    if (process.argv.includes('--dump')) dumpUnjudged('Lede', lede);
    return [
      {
        section,
        metric: 'framing notes judged right / judged',
        lede: `${pct(precision(lede))} (${lede.right}/${lede.right + lede.falseAlarm})`,
        today: today
          ? `${pct(precision(today))} (${today.right}/${today.right + today.falseAlarm})`
          : 'unavailable',
        target: 'higher than today’s engine',
        distance: today
          ? distanceTo(precision(lede), precision(today), { atLeast: true, percent: true })
          : undefined,
        note: `rules: scripts/eval/data/note-judgements.json; Lede by kind ${kinds(lede)}`,
      },
      {
        section,
        metric: 'notes not judged yet (list them with --dump)',
        lede: lede.unjudged.length,
        today: today ? today.unjudged.length : 'unavailable',
      },
    ];
  },
};
