import type { TextDoc } from '../text/text-model.js';
import type { Ranking } from './rank-sentences.js';
import { leadSentence } from './standalone.js';

/** The sentences after `lead` in its paragraph (no blank line between them), in source order. */
export function restOfParagraph(doc: TextDoc, lead: number): number[] {
  const rest: number[] = [];
  for (let i = lead + 1; i < doc.sentences.length; i++) {
    const gap = doc.text.slice(doc.sentences[i - 1]!.end, doc.sentences[i]!.start);
    if (/\n\s*\n/.test(gap)) break;
    rest.push(i);
  }
  return rest;
}

/**
 * News puts the event in its first paragraph: the lead sentence states it and the sentences
 * after it in the same paragraph name who, where and how many. A news digest opens on the lead
 * whenever it reads alone, then takes the rest of that paragraph before anything from further
 * down (each still has to read alone and fit the cap; MMR fills what is left). The lead is
 * looked for from sentence `from` on: a list page's prose may start below its table.
 */
export function promoteLeadParagraph(doc: TextDoc, ranking: Ranking, from = 0): void {
  const lead = leadSentence(doc, from);
  if (lead === null) return;
  const top = ranking.scores.reduce((max, s) => Math.max(max, s.score), 0);
  ranking.scores[lead]!.score = top * 3 + 1;
  // What comes before the lead in its paragraph is the scene it turned from: not news.
  for (let i = paragraphStart(doc, lead); i < lead; i++) ranking.scores[i]!.score = 0;
  restOfParagraph(doc, lead).forEach((i, k) => {
    // Still above every sentence outside the lead paragraph, earlier ones first.
    if (ranking.scores[i]!.score > 0) ranking.scores[i]!.score = top * (2 - k / 100) + 1;
  });
}

function paragraphStart(doc: TextDoc, index: number): number {
  let i = index;
  while (
    i > 0 &&
    !/\n\s*\n/.test(doc.text.slice(doc.sentences[i - 1]!.end, doc.sentences[i]!.start))
  )
    i--;
  return i;
}
