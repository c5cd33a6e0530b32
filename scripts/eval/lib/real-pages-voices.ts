import { type RealPage, readDataFile } from './real-pages-corpus.js';
import type { Measured } from './real-pages-measures.js';
import type { SystemRuns } from './run-pages.js';
import { normalise } from './text-match.js';

/** One hand-annotated page: each voice (person or organisation quoted or cited) by its names. */
export interface HeardPage {
  id: string;
  url: string;
  heard: string[][];
}

export function readWhoIsHeard(): HeardPage[] {
  return readDataFile<{ pages: HeardPage[] }>('who-is-heard.json').pages;
}

const clean = (name: string) => normalise(name).replace(/[.,;:'"]/g, '');

/**
 * A source entry names an annotated voice when it equals one of the voice's names, ends with one
 * ("Gov. Kristi Noem" for "Kristi Noem"), or is the last word(s) of one ("Noem").
 */
export function namesVoice(entry: string, voice: readonly string[]): boolean {
  const e = clean(entry);
  return voice.some((name) => {
    const n = clean(name);
    return e === n || e.endsWith(` ${n}`) || n.endsWith(` ${e}`);
  });
}

/** Entries of the engine's `sources` that are not an annotated voice: places, stray words, credits. */
export function strayVoices(system: SystemRuns, annotated: readonly HeardPage[]): Measured {
  let entries = 0;
  const stray: string[] = [];
  let heard = 0;
  let found = 0;
  for (const page of annotated) {
    const sources = system.runs.get(page.id)?.analysis?.sources ?? [];
    entries += sources.length;
    for (const s of sources) if (!page.heard.some((v) => namesVoice(s.name, v))) stray.push(s.name);
    heard += page.heard.length;
    found += page.heard.filter((v) => sources.some((s) => namesVoice(s.name, v))).length;
  }
  const examples = [...new Set(stray)].slice(0, 8).join(', ');
  return {
    value: entries ? stray.length / entries : 0,
    text: `${stray.length} of ${entries} (${((100 * stray.length) / Math.max(1, entries)).toFixed(1)}%)`,
    detail: `annotated voices listed: ${found} of ${heard}${examples ? `; stray entries e.g. ${examples}` : ''}`,
  };
}

/** Engine labels "opinion" and "analysis" both count as calling a page opinion (both change the digest). */
const calledOpinion = (label: string | undefined) => label === 'opinion' || label === 'analysis';

export function opinionRecall(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const opinion = pages.filter((p) => p.genre === 'opinion');
  const hits = opinion.filter((p) => calledOpinion(system.runs.get(p.id)?.analysis?.genre.label));
  return {
    value: hits.length / Math.max(1, opinion.length),
    text: `${((100 * hits.length) / Math.max(1, opinion.length)).toFixed(1)}% (${hits.length}/${opinion.length})`,
  };
}

export function newsCalledOpinion(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const news = pages.filter((p) => p.genre === 'news');
  const called = news.filter((p) => calledOpinion(system.runs.get(p.id)?.analysis?.genre.label));
  const strict = news.filter((p) => system.runs.get(p.id)?.analysis?.genre.label === 'opinion');
  return {
    value: called.length / Math.max(1, news.length),
    text: `${((100 * called.length) / Math.max(1, news.length)).toFixed(1)}% (${called.length}/${news.length})`,
    detail: `labelled "opinion" itself: ${strict.length}, "analysis": ${called.length - strict.length}`,
  };
}
