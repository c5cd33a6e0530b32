import { findHeardActs } from '../attribution/heard-acts.js';
import { findNameMentions, type NameMention } from '../attribution/names.js';
import { noteAt } from '../attribution/notes.js';
import type { TextDoc } from '../text/text-model.js';
import type { FramingNote, SourceCount } from '../types.js';
import type { Quote } from './types.js';

const MAX_NAMES_LISTED = 6;

/**
 * One summary note per article: who is quoted or cited and how often, who is only described
 * ("a spokesman", "critics"), and who is named but never heard. The note sits on the first
 * sentence; `sources` is the top-level list of named sources, most-quoted first.
 */
export function summarizeSourcing(
  doc: TextDoc,
  quotes: readonly Quote[],
  mentions: readonly NameMention[] = findNameMentions(doc),
): { note: FramingNote | null; sources: SourceCount[] } {
  const sources = countSources(quotes, findHeardActs(doc, [...mentions]));
  const heard = new Set(sources.map((s) => s.name));
  const unheard = [...new Set(mentions.map((m) => m.name).filter((name) => !heard.has(name)))];
  const described = quotes.filter((q) => q.speaker && !q.source).length;
  const first = doc.sentences[0];
  if (!first || (sources.length === 0 && unheard.length === 0 && described === 0)) {
    return { note: null, sources };
  }
  const parts = [
    `Quoted or cited: ${sources.length > 0 ? listNames(sources.map((s) => `${s.name} (${s.quotes})`)) : 'nobody by name'}.`,
  ];
  if (described > 0) parts.push(`Unnamed or described sources: ${described}.`);
  if (unheard.length > 0) parts.push(`Mentioned but not heard: ${listNames(unheard)}.`);
  const note = noteAt(doc, 'sourcing', [first.start, first.end], parts.join(' '));
  return { note, sources };
}

/** Named sources with their number of quotes, reported statements and speech acts, most first. */
function countSources(quotes: readonly Quote[], acts: readonly string[]): SourceCount[] {
  const counts = new Map<string, number>();
  for (const name of [...quotes.map((quote) => quote.source), ...acts]) {
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Map keeps first-appearance order, and the sort is stable, so ties stay in text order.
  return [...counts]
    .map(([name, count]) => ({ name, quotes: count }))
    .sort((a, b) => b.quotes - a.quotes);
}

function listNames(names: string[]): string {
  if (names.length <= MAX_NAMES_LISTED) return names.join(', ');
  const rest = names.length - MAX_NAMES_LISTED;
  return `${names.slice(0, MAX_NAMES_LISTED).join(', ')} and ${rest} more`;
}
