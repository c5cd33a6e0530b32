import type { Quote } from '../framing/types.js';
import type { TextDoc } from '../text/text-model.js';
import type { Span } from '../types.js';
import { characterisations } from './characterisations.js';
import { DATE_WORDS } from './name-words.js';
import { findNameMentions, type NameMention } from './names.js';
import { narrationResumes } from './narration.js';
import { beliefs, perspectives } from './perspective.js';
import { isReportVerb } from './report-verbs.js';
import { reportsSpeech } from './speech-act.js';

/** Whose words a passage is: the writer's own, or a source's (quoted, reported, posted). */
export type Voice = 'writer' | 'source';

/** Where the text is in a source's voice, split by whether the words are verbatim. */
export interface SourceVoice {
  /** The source's own words: quotation marks, embedded posts. Never the writer's to fix. */
  verbatim: Span[];
  /** The writer's account of what a source said: "X said (that) …", "according to X", "X: …". */
  reported: Span[];
}

// The sign-off line of an embedded post as extracted text keeps it:
// "— Ann Lee (@annlee) March 3, 2024", or a t.co / pic.twitter.com link.
const POST_SIGNATURE =
  /[—–-]\s*[^\n()]{1,60}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}|pic\.twitter\.com\/|https:\/\/t\.co\//u;

/** The source-voice spans of `doc`, from its quotes (`findQuotes`) and its layout. */
export function findSourceVoice(
  doc: TextDoc,
  quotes: readonly Quote[],
  mentions: NameMention[] = findNameMentions(doc),
): SourceVoice {
  const verbatim = quotes.filter((q) => q.kind === 'direct').map((q) => q.span);
  verbatim.push(...embeddedPosts(doc.text), ...interviewAnswers(doc.text));
  const reported = quotes
    .filter((q) => q.kind === 'reported' && q.speaker)
    .flatMap((q) => reportedWords(doc, q));
  reported.push(...afterSpeakerColon(doc, mentions), ...characterisations(doc, mentions));
  reported.push(...afterCapitalisedSayer(doc), ...perspectives(doc, mentions));
  reported.push(...beliefs(doc, mentions));
  return { verbatim, reported };
}

/**
 * "Prices rose to record levels, with the bank announcing limits", "He left, saying he was
 * done": a reporting verb's -ing form reports the words after it; the clause before it that
 * the quote finder gives for "…, X said" is the writer's.
 */
function reportedWords(doc: TextDoc, q: Quote): Span[] {
  const { tokens } = doc;
  if (!q.verb?.endsWith('ing') || q.span[1] > (q.speakerSpan?.[0] ?? 0)) return [q.span];
  const sentence = doc.sentences[q.sentenceIndex]!;
  let v = sentence.firstToken;
  while (v < sentence.endToken && (tokens[v]!.start < q.span[1] || tokens[v]!.value !== q.verb))
    v++;
  const from = tokens[v + 1]?.normal === 'that' ? v + 2 : v + 1;
  return from < sentence.endToken - 1 ? [[tokens[from]!.start, sentence.end]] : [];
}

/** Paragraphs that end in an embedded post's sign-off, and the post's paragraphs above it. */
function embeddedPosts(text: string): Span[] {
  const lines: { span: Span; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') lines.push({ span: [start, start + line.length], text: line });
    start += line.length + 1;
  }
  const spans: Span[] = [];
  for (const [i, line] of lines.entries()) {
    if (!POST_SIGNATURE.test(line.text)) continue;
    spans.push(line.span);
    // A sign-off on a line of its own belongs to the post in the paragraph above it.
    const signOff = /^\s*[—–-]/u.test(line.text);
    spans.push(...postAbove(lines.slice(Math.max(0, i - MAX_POST_LINES), i), signOff));
  }
  return spans;
}

const MAX_POST_LINES = 4;
// A post's lines often end bare ("…from crop burning in neighbouring states"); the writer's
// paragraph that introduces the post ends as prose does.
const ENDS_AS_PROSE = /[.!?…:]["”’)]*\s*$/u;

/** The paragraphs of a post above its last line: unpunctuated ones, nearest first. */
function postAbove(above: { span: Span; text: string }[], takeFirst: boolean): Span[] {
  const spans: Span[] = [];
  for (let k = above.length - 1; k >= 0; k--) {
    const line = above[k]!;
    const first = k === above.length - 1 && takeFirst;
    if (!first && (ENDS_AS_PROSE.test(line.text) || POST_SIGNATURE.test(line.text))) break;
    spans.push(line.span);
  }
  return spans;
}

// An interview set out as questions and answers: "Q: …" is the interviewer, "A: …" the
// interviewee, whose answer runs on over the paragraphs below it until the next question.
const QUESTION = /^\s*Q\s*:/u;
const ANSWER = /^\s*A\s*:/u;

/** The paragraphs of an interview's answers: the interviewee's own words. */
function interviewAnswers(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let answering = false;
  for (const line of text.split('\n')) {
    if (QUESTION.test(line)) answering = false;
    else if (ANSWER.test(line)) answering = true;
    if (answering && line.trim() !== '') spans.push([start, start + line.length]);
    start += line.length + 1;
  }
  return spans;
}

/** "Smith: the plan is a betrayal." A named speaker, then a colon, opens their words. */
function afterSpeakerColon(doc: TextDoc, mentions: NameMention[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of doc.sentences) {
    const first = sentence.firstToken;
    let colon = first;
    while (colon < Math.min(sentence.endToken, first + 6) && doc.tokens[colon]!.value !== ':')
      colon++;
    if (colon + 1 >= sentence.endToken || doc.tokens[colon]!.value !== ':') continue;
    const named = mentions.some((m) => m.firstToken === first && m.endToken === colon);
    const lone = colon === first + 1 && doc.tokens[first]!.pos === 'PROPN';
    if (named || lone) spans.push([doc.tokens[colon + 1]!.start, sentence.end]);
  }
  return spans;
}

const QUOTE_CLOSE = /["”],?\s*$/u;

/**
 * "…, Hope said she's extremely proud": wink tags some surnames as verbs or nouns ("Hope",
 * "Cook"), so the name finder misses the speaker; a capitalised word right before a reporting
 * verb in the past or present tense is a speaker all the same, and the clause after it theirs.
 */
function afterCapitalisedSayer(doc: TextDoc): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (const sentence of doc.sentences) {
    for (let v = sentence.firstToken + 1; v < sentence.endToken - 2; v++) {
      const verb = tokens[v]!;
      const sayer = tokens[v - 1]!;
      if (!isReportVerb(verb) || verb.normal === verb.lemma || sayer.pos === 'PRON') continue;
      if (!reportsSpeech(tokens, v)) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(sayer.value) || DATE_WORDS.has(sayer.normal)) continue;
      // '"…," Trump told attendees, before slamming …': the verb's words are the quote before it.
      if (QUOTE_CLOSE.test(doc.text.slice(Math.max(0, sayer.start - 3), sayer.start))) continue;
      const from = tokens[v + 1]!.normal === 'that' ? v + 2 : v + 1;
      const resumes = narrationResumes(tokens, from, sentence.endToken);
      spans.push([tokens[from]!.start, resumes < 0 ? sentence.end : tokens[resumes]!.start]);
    }
  }
  return spans;
}
