import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import type { NameMention } from './names.js';
import { speakerBefore } from './speaker.js';

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

// Verbs of belief, left out of the reporting verbs because a writer's "I think" is the writer's
// own; with someone else as subject they report that person's view: "Okafor believes the reform
// is a disaster". ("feel" is left out: "feels an awful lot happier" is a mood, not a view.)
const BELIEF_VERBS = new Set(['believe', 'think', 'fear', 'suspect', 'reckon']);
const OPENS_CLAUSE = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
// The believed clause ends where the writer's narration takes over: "…when he berated", "…, but
// Jones insisted", "…after a delightful move", or at a comma.
const NARRATION = new Set(
  'when while after before because although though but whereas until since unless'.split(' '),
);
const FIRST_PERSON = new Set(['i', 'me', 'myself', 'we', 'us', 'ourselves']);

const SUBJECT_WINDOW = 12;
const MAX_BELIEF_TOKENS = 60;

/** The clause a source (not the writer: "I", "including myself") is said to believe. */
export function beliefs(doc: TextDoc, mentions: NameMention[]): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (const sentence of doc.sentences) {
    for (let v = sentence.firstToken + 1; v < sentence.endToken - 2; v++) {
      if (tokens[v]!.pos !== 'VERB' || !BELIEF_VERBS.has(tokens[v]!.lemma)) continue;
      const from = tokens[v + 1]!.normal === 'that' ? v + 2 : v + 1;
      if (!OPENS_CLAUSE.has(tokens[from]?.pos ?? '')) continue;
      // Bounded windows: a sentence of thousands of tokens must not cost a scan per verb.
      const start = Math.max(sentence.firstToken, v - SUBJECT_WINDOW);
      if (tokens.slice(start, v).some((t) => FIRST_PERSON.has(t.normal))) continue;
      if (hypothetical(tokens, start, v)) continue;
      if (!speakerBefore(doc, mentions, v, [start, v])) continue;
      const last = Math.min(sentence.endToken - 1, from + MAX_BELIEF_TOKENS);
      let end = from + 1;
      while (end < last && !endsBelief(tokens, end)) end++;
      spans.push([tokens[from]!.start, tokens[end - 1]!.end]);
    }
  }
  return spans;
}

function endsBelief(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return /^[,;:]$/.test(token.value) || token.pos === 'SCONJ' || NARRATION.has(token.normal);
}

/** "if they really believed that…": a belief the writer supposes, in the writer's argument. */
function hypothetical(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = verb - 1; k >= from && tokens[k]!.value !== ','; k--) {
    if (/^(if|unless|whether)$/.test(tokens[k]!.normal)) return true;
  }
  return false;
}
