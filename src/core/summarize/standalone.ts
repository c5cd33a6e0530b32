import type { TextDoc } from '../text/text-model.js';
import { hasLetterOrDigit } from '../text/word-tests.js';
import { newsAfterScene } from './feature-lede.js';

/**
 * Why a digest line would not read on its own, or null when it does. A digest is read without
 * the article, so a line may not open inside a quote, on a lower-case word, or on a word that
 * points back at a sentence the reader has not seen ("But", "That's", "They"); it may not be the
 * writer's question or exclamation; it must end like a sentence; and its quotation marks and brackets must pair up, or it is
 * half a quote.
 */
export function standaloneProblem(text: string, followsLineBefore = false): string | null {
  const first = text.match(/^[^\p{L}\p{N}]*([\p{L}\p{N}'’]+)/u)?.[1] ?? '';
  if (/^[’”»)\]]/.test(text.trimStart())) return 'opens inside a quote';
  if (/^\p{Ll}/u.test(first)) return 'opens on a lower-case word';
  // "“Oh my,” Lucas responded with a sigh.": a few quoted words are a reaction, not a statement.
  const quoted = text.trimStart().match(/^["“]([^"”]*)["”]/u)?.[1];
  if (quoted !== undefined && (quoted.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 2)
    return 'quotes a few words';
  // "“The issue is funding.”" on its own: whose words they are is in a line the reader lacks.
  if (!followsLineBefore && /^["“][^"”]*["”]$/u.test(text.trim())) return 'quotes with no speaker';
  // "Here's a look at three of the results": the page pointing at what follows, not news.
  if (/^here(['’]s| is| are)\b/iu.test(text.trimStart())) return `opens with "${first}"`;
  if (!followsLineBefore) {
    const pointsBack = pointsBackProblem(text, first);
    if (pointsBack) return pointsBack;
  }
  if (!endsLikeSentence(text)) return 'does not end like a sentence';
  if (!quotesPair(text)) return 'has unpaired quotation marks';
  if (count(text, '(') !== count(text, ')') || count(text, '[') !== count(text, ']'))
    return 'has unpaired brackets';
  // A question or an exclamation in the writer's voice is rhetoric, not a statement of news.
  const trimmed = text.trim();
  const exclaims = /[?!]["”’)]*$/.test(trimmed) && !NAME_WITH_MARK.test(trimmed);
  if (exclaims && !/^["“]/.test(trimmed)) return 'asks or exclaims';
  return null;
}

/** A name whose mark ends the line: "… according to a new report by E!", "… told Yahoo!". */
const NAME_WITH_MARK = /(?:^|[\s(“"])(?:\p{Lu}|Yahoo|Jeopardy)!["”’)]*$/u;

/**
 * "Danced along to the cheerful beat, this is a creative Korean dance": a pronoun subject right
 * after an opening phrase with no name in it points back as surely as one that opens the line.
 */
const PRONOUN_AFTER_OPENING = /^(\S+)([^,"“”]{0,80}), (he|she|it|they|this|these|those)\s/iu;

/** "This year's survey …", "This week, …", "These days": the time of writing, not a pointer back. */
const DEICTIC_TIME =
  /^(this|these|that) (year|week|month|morning|afternoon|evening|weekend|summer|spring|autumn|fall|winter|season|days)\b/i;

/**
 * "It's easier than ever to personalize Firefox", "It is likely that the vote slips": an "it" that
 * stands for the clause after it (extraposition), not for a noun in a sentence before.
 */
const ANTICIPATORY_IT =
  /^it(?:['’]s| is| was| will be| would be| has been| had been)\s+(?:(?:not|now|also|still|very|so|even|far|much|never)\s+)*(?:easy|easier|hard|harder|difficult|possible|impossible|likely|unlikely|clear|unclear|important|necessary|essential|vital|crucial|true|safe|common|rare|illegal|simple|simpler|better|best|worse|fair|time|obvious)(?:\s+than\s+ever)?\s+(?:to|that)\s/iu;

/**
 * "Another cloud of smoke is set to descend on Delhi": "another" before its noun states one more
 * of something and reads alone; "Another said …" or "Another of them …" stands for a noun unseen.
 */
function oneMore(text: string): boolean {
  const next = text
    .trimStart()
    .match(/^another\s+([\p{L}\p{N}’']+)/iu)?.[1]
    ?.toLowerCase();
  // "Another caveat: …" is the writer's signpost to a list of points.
  if (next === undefined || /^another\s+[\p{L}’']+\s*:/iu.test(text.trimStart())) return false;
  return !/^(is|was|said|says|has|had|will|would|could|of|one)$/.test(next);
}

/** A demonstrative standing alone as the subject of a reported clause ("said that this was …"). */
const REPORTED_DEMONSTRATIVE =
  /\bthat (this|these|those)(?:, too,|\s+(?:is|was|are|were|has|had|will|would|could|may|might|must)\b)/iu;

/** An opener that points at the time of writing or at what follows it, not at a sentence before. */
function pointsForward(text: string): boolean {
  const start = text.trimStart();
  return DEICTIC_TIME.test(start) || ANTICIPATORY_IT.test(start) || oneMore(text);
}

/** Openers and turns that need the sentence before, which a line after its own may have. */
function pointsBackProblem(text: string, first: string): string | null {
  const opener = first.toLowerCase().replace(/’/g, "'");
  if (NEEDS_BEFORE.has(opener) && !pointsForward(text)) return `opens with "${first}"`;

  const fronted = text.trimStart().match(PRONOUN_AFTER_OPENING);
  if (fronted && !/\p{Lu}/u.test(fronted[2]!)) return `"${fronted[3]}" after the opening phrase`;
  // "Andrew has no memory of the photograph, either.": the line before said the first thing.
  if (/\beither[.!?]["”’)]*$/i.test(text.trim())) return 'ends with "either"';
  // "Actors occasionally come out from aisles as well… we got seats": so did something before.
  if (/^[^,;]{0,80}\bas well(?=[.!?…;,]|$)/iu.test(text.trim())) return 'adds with "as well"';
  if (/^\W*([\p{L}’']+\W+){1,5}however\b/iu.test(text)) return 'turns on "however"';
  // "Swift's rep told Fox News that this, too, was not the whole truth": what "this" is, the
  // reader of the line was not told; "said that this year …" is the time of writing.
  const reported = text.match(REPORTED_DEMONSTRATIVE);
  if (reported) return `"${reported[1]}" in what is reported`;
  if (answersLineBefore(text)) return `answers the line before with "${first}"`;
  return null;
}

/**
 * "Because space travel is anything but easy." with no main clause answers the question the line
 * before asked; "Which is why …" finishes the line before. "Because of the storm, flights …" and
 * "Which way …?" read alone.
 */
function answersLineBefore(text: string): boolean {
  const trimmed = text.trimStart();
  if (/^because\b(?! of\b)/iu.test(trimmed)) return !trimmed.includes(',');
  return /^which (is|was|means|meant|explains|makes|made|leaves|left|led|brings)\b/iu.test(trimmed);
}

/**
 * A line with no closing stop is a headline, a link or a label, not a sentence of the story;
 * but a long one written as prose is a lead that lost its full stop ("Chelsea have this morning
 * paid the £71.6million fee … Kepa Arrizabalaga"). Prose has lower-case words between its
 * names; a line of capitalised words only is a credits list or a run of tags.
 */
function endsLikeSentence(text: string): boolean {
  const trimmed = text.trim();
  // "… other users have offered differing estimates:" announces a list the line does not hold.
  if (/:["”’)]*$/.test(trimmed)) return false;
  // "The next BIG challenge is …": a teaser cut off before its point, not a sentence.
  if (UNFINISHED.test(trimmed)) return false;
  if (/[.!?…]["”’'»)\]]*$/.test(trimmed)) return true;
  const words = trimmed.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 20 && lower >= words.length * 0.3;
}

const UNFINISHED =
  /\b(is|are|was|were|be|the|a|an|to|of|and|or|but|that|with|for|in|on|at|by|from|as|than)\s*(…|\.\.\.)["”’)]*$/iu;

/** Openers that need the sentence before: pronouns without a name, and connectives. */
const NEEDS_BEFORE = new Set([
  'he',
  'she',
  'it',
  'they',
  'them',
  'this',
  'these',
  'those',
  'that',
  "that's",
  "it's",
  "he's",
  "she's",
  "they're",
  'his',
  'her',
  'its',
  'their',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'also',
  'however',
  'still',
  'meanwhile',
  'instead',
  'then',
  'thus',
  'hence',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'besides',
  'otherwise',
  'neither',
  'nor',
  'such',
  'both',
  'others',
  'another',
  'likewise',
  'similarly',
]);

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Straight double quotes come in pairs; curly ones open and close in turn. */
function quotesPair(text: string): boolean {
  if (count(text, '"') % 2 !== 0) return false;
  let depth = 0;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”') depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/**
 * The sentence that states the news in a news story: the first sentence of the first
 * paragraphs that is long enough to be a lead, is not a quote, and carries a verb. Wire and
 * newspaper copy put the main event there (the inverted pyramid), so a news digest opens on it;
 * a feature that opens on a scene states it where the story turns to the news (feature-lede.ts).
 */
export function leadSentence(doc: TextDoc, from = 0): number | null {
  const limit = Math.min(doc.sentences.length, from + 4);
  const qualifies = (i: number) => couldLead(doc, i);
  for (let i = from; i < limit; i++) {
    if (qualifies(i)) return newsAfterScene(doc, i, qualifies) ?? i;
  }
  return null;
}

/**
 * The first sentence that could lead (long enough, with a verb, not a quote or a question),
 * past the photo caption and credit a page may open with; the first sentence when none could.
 */
export function firstProseSentence(doc: TextDoc): number {
  const limit = Math.min(doc.sentences.length, 6);
  for (let i = 0; i < limit; i++) if (couldLead(doc, i)) return i;
  return 0;
}

function couldLead(doc: TextDoc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  const words = tokens.filter((t) => hasLetterOrDigit(t.value)).length;
  if (words < 12 || /^["“‘']/.test(sentence.text) || sentence.text.endsWith('?')) return false;
  return tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
