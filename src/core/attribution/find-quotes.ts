import type { Quote } from '../framing/types.js';
import type { TextDoc } from '../text/text-model.js';
import type { Span } from '../types.js';
import { findNameMentions, type NameMention } from './names.js';
import { narrationResumes } from './narration.js';
import { findQuoteMarks, type QuoteMarks } from './quoted-spans.js';
import { isAccordingTo, isReportVerb } from './report-verbs.js';
import { findSignedPosts } from './signed-posts.js';
import {
  type Bounds,
  nearestPersonBefore,
  type Speaker,
  speakerAfter,
  speakerBefore,
} from './speaker.js';
import { namesListener } from './speech-act.js';

interface Context {
  doc: TextDoc;
  mentions: NameMention[];
  insideQuote: boolean[];
  sentenceOf: number[];
  /** Reporting-verb tokens already used by a direct quote. */
  usedVerbs: Set<number>;
}

/**
 * Direct quotations and reported statements, in text order, each with its speaker if found.
 * The engine passes the quote marks and name mentions it has already found for the article.
 */
export function findQuotes(
  doc: TextDoc,
  marks: QuoteMarks = findQuoteMarks(doc),
  mentions: NameMention[] = findNameMentions(doc),
): Quote[] {
  const context: Context = {
    doc,
    mentions,
    insideQuote: marks.inside,
    sentenceOf: sentenceIndexOfTokens(doc),
    usedVerbs: new Set(),
  };
  const direct = findDirectQuotes(context, marks.spans);
  const reported = findReportedStatements(context);
  return [...direct, ...reported, ...findSignedPosts(doc, mentions)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
}

function sentenceIndexOfTokens(doc: TextDoc): number[] {
  const out = new Array<number>(doc.tokens.length).fill(0);
  doc.sentences.forEach((sentence, index) => {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) out[t] = index;
  });
  return out;
}

function firstTokenAtOrAfter(doc: TextDoc, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function findDirectQuotes(context: Context, spans: Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const span of spans) {
    const first = firstTokenAtOrAfter(context.doc, span[0]);
    if (first >= context.doc.tokens.length) continue;
    let end = first;
    while (end < context.doc.tokens.length && context.doc.tokens[end]!.end <= span[1]) end++;
    const after = attributionAfter(context, end);
    const found = after ?? attributionBefore(context, first);
    const previous = quotes[quotes.length - 1];
    const sentenceIndex = context.sentenceOf[first]!;
    // A quote that carries on from the one before ("…," she said. "Never.") keeps its speaker.
    const inherited =
      !found && previous && sentenceIndex - previous.sentenceIndex <= 2 ? previous : null;
    const words = context.doc.text.slice(span[0], span[1]).match(/\p{L}+/gu)?.length ?? 0;
    if (!found && !inherited && words < 4) continue;
    // "Obama admitted that his failure to pass "gun laws" is his greatest frustration": the
    // quoted words are a fragment of the statement, which is reported in its own right.
    if (found && (after || !fragmentOfStatement(context.doc.tokens, found.verb, first)))
      context.usedVerbs.add(found.verb);
    quotes.push({
      kind: 'direct',
      span,
      speaker: found?.speaker.text ?? inherited?.speaker ?? null,
      speakerSpan: found?.speaker.span ?? inherited?.speakerSpan ?? null,
      verb: found ? context.doc.tokens[found.verb]!.value : (inherited?.verb ?? null),
      sentenceIndex,
      source: found?.speaker.source ?? inherited?.source ?? null,
      speakerKind: found?.speaker.kind ?? inherited?.speakerKind ?? null,
    });
  }
  return quotes;
}

/** Words of the writer's own between the reporting verb and the opening mark ("that his failure to pass"). */
function fragmentOfStatement(tokens: TextDoc['tokens'], verb: number, quoteStart: number): boolean {
  const between = tokens.slice(verb + 1, quoteStart).filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  return between.filter((t) => t.normal !== 'that').length >= 2;
}

interface Attribution {
  verb: number;
  speaker: Speaker;
}

/** `"…," Coale said` or `"…," said Coale`, within a few words after the closing mark. */
function attributionAfter(context: Context, from: number): Attribution | null {
  const { doc } = context;
  const sentence = doc.sentences[context.sentenceOf[Math.max(0, from - 1)]!]!;
  const bounds: Bounds = [from, sentence.endToken];
  for (let v = from; v < Math.min(from + 8, sentence.endToken); v++) {
    if (context.insideQuote[v]) break;
    if (!isReportVerb(doc.tokens[v]!)) continue;
    const speaker =
      speakerBefore(doc, context.mentions, v, [from, v]) ??
      (namesListener(doc.tokens[v]!) ? null : speakerAfter(doc, context.mentions, v + 1, bounds));
    return speaker ? { verb: v, speaker } : null;
  }
  return null;
}

/** `Coale said: "…"` — the last reporting verb shortly before the opening mark. */
function attributionBefore(context: Context, quoteStart: number): Attribution | null {
  const { doc } = context;
  const sentence = doc.sentences[context.sentenceOf[quoteStart]!]!;
  const from = Math.max(sentence.firstToken, quoteStart - 12);
  for (let v = quoteStart - 1; v >= from; v--) {
    if (context.insideQuote[v]) break;
    if (!isReportVerb(doc.tokens[v]!)) continue;
    const speaker = speakerBefore(doc, context.mentions, v, [sentence.firstToken, v]);
    return speaker ? { verb: v, speaker } : null;
  }
  return null;
}

function findReportedStatements(context: Context): Quote[] {
  const quotes: Quote[] = [];
  const { doc } = context;
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const bounds: Bounds = [sentence.firstToken, sentence.endToken];
    for (let v = sentence.firstToken; v < sentence.endToken; v++) {
      if (context.insideQuote[v] || context.usedVerbs.has(v)) continue;
      const quote = reportedAt(context, v, bounds, sentenceIndex);
      if (quote) quotes.push(quote);
    }
  });
  return quotes;
}

function reportedAt(context: Context, v: number, bounds: Bounds, index: number): Quote | null {
  const { doc, mentions } = context;
  const token = doc.tokens[v]!;
  let speaker: Speaker | null = null;
  if (isAccordingTo(doc.tokens, v)) speaker = speakerAfter(doc, mentions, v + 2, bounds);
  else if (isReportVerb(token)) {
    speaker =
      speakerBefore(doc, mentions, v, [bounds[0], v]) ??
      (doc.tokens[v - 1]?.value === ',' && !namesListener(token)
        ? speakerAfter(doc, mentions, v + 1, bounds)
        : null) ??
      (token.value.endsWith('ing') ? nearestPersonBefore(doc, mentions, v, bounds) : null);
  }
  if (!speaker) return null;
  const verb = isAccordingTo(doc.tokens, v) ? 'according to' : token.value;
  return {
    kind: 'reported',
    span: reportedSpan(doc, bounds, v, speaker),
    speaker: speaker.text,
    speakerSpan: speaker.span,
    verb,
    sentenceIndex: index,
    source: speaker.source,
    speakerKind: speaker.kind,
  };
}

/**
 * The reported words: the sentence before the verb for "…, X said (on Monday)." and
 * "…, according to X"; the rest of the sentence for "X said (that) …".
 */
function reportedSpan(doc: TextDoc, bounds: Bounds, verb: number, speaker: Speaker): Span {
  const { tokens } = doc;
  const sentenceStart = tokens[bounds[0]]!.start;
  const sentenceEnd = tokens[bounds[1] - 1]!.end;
  const verbToken = tokens[verb]!;
  const speakerFirst = speaker.span[0] < verbToken.start;
  // "It is a breakthrough, Pluznick says, and the field will change": an aside set off by
  // commas attributes the whole sentence around it.
  const aside =
    speakerFirst &&
    doc.text.slice(sentenceStart, speaker.span[0]).trimEnd().endsWith(',') &&
    tokens[verb + 1]?.value === ',';
  if (aside) return [sentenceStart, sentenceEnd];
  const tailTokens = bounds[1] - verb;
  if (!speakerFirst || tailTokens <= 5) {
    const cut = Math.min(speaker.span[0], verbToken.start);
    const end = trimmedEnd(doc.text, sentenceStart, cut);
    if (end > sentenceStart) return [sentenceStart, end];
  }
  let from = verb + 1;
  if (/^(that|:|,)$/.test(tokens[from]?.normal ?? '')) from++;
  if (from >= bounds[1]) return [sentenceStart, sentenceEnd];
  const resumes = narrationResumes(tokens, from, bounds[1]);
  return [
    tokens[from]!.start,
    resumes < 0 ? sentenceEnd : trimmedEnd(doc.text, 0, tokens[resumes]!.start),
  ];
}

/** Where text[start, end) ends without its trailing spaces and commas; a `[\s,]+$` regex is
 * quadratic over a long run of them. */
function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s,]/u.test(text[at - 1]!)) at--;
  return at;
}
