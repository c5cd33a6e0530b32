import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import type { NameMention } from './names.js';

// "In Clark's view, …", "In their words, …": a sentence opened by a source's point of view.
const VIEW_NOUNS = new Set(
  'view views opinion words eyes estimation telling account assessment judgment judgement'.split(
    ' ',
  ),
);
const POSSESSIVES = new Set(['his', 'her', 'their']);
const MAX_OPENER = 8;

/**
 * "In Clark's view, the plan is reckless", "Per Reuters, …", "To Clark, …": what follows the
 * opener's comma is that source's view as the writer reports it, as after "according to".
 */
export function perspectives(doc: TextDoc, mentions: NameMention[]): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (const sentence of doc.sentences) {
    const first = sentence.firstToken;
    let comma = first + 1;
    const last = Math.min(sentence.endToken - 1, first + MAX_OPENER);
    while (comma < last && tokens[comma]!.value !== ',') comma++;
    if (comma >= last || tokens[comma]!.value !== ',') continue;
    const opener = tokens[first]!.normal;
    const fromView = opener === 'in' && namesAView(tokens, first + 1, comma);
    const fromSource =
      (opener === 'per' || opener === 'to') && isName(doc, mentions, first + 1, comma);
    if (fromView || fromSource) spans.push([tokens[comma + 1]!.start, sentence.end]);
  }
  return spans;
}

/** "Clark's view", "the union's words", "his view": an owner, then a noun of point of view. */
function namesAView(tokens: readonly Token[], from: number, comma: number): boolean {
  const noun = tokens[comma - 1]!;
  if (!VIEW_NOUNS.has(noun.normal) || comma - 1 <= from) return false;
  const owner = tokens[comma - 2]!;
  return /^['’]s?$/.test(owner.normal) || POSSESSIVES.has(owner.normal);
}

/** tokens[from, end) are a name: a mention the name finder found, or capitalised proper nouns. */
function isName(doc: TextDoc, mentions: NameMention[], from: number, end: number): boolean {
  if (end <= from || end - from > 4) return false;
  if (mentions.some((m) => m.firstToken === from && m.endToken === end)) return true;
  return doc.tokens.slice(from, end).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value));
}
