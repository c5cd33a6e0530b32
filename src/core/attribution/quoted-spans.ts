import type { TextDoc } from '../text/text-model.js';
import type { Span } from '../types.js';

/** A document's direct quotations, found once per article and handed to every detector. */
export interface QuoteMarks {
  /** `findQuotedSpans` of the document's text. */
  spans: Span[];
  /** For each token, whether it lies inside one of `spans` (the words are the speaker's). */
  inside: boolean[];
}

export function findQuoteMarks(doc: TextDoc): QuoteMarks {
  const spans = findQuotedSpans(doc.text);
  return { spans, inside: tokensInsideSpans(doc, spans) };
}

/** For each token, whether it lies inside one of `spans` (sorted, non-overlapping). */
export function tokensInsideSpans(doc: TextDoc, spans: readonly Span[]): boolean[] {
  let k = 0;
  return doc.tokens.map((token) => {
    while (k < spans.length && spans[k]![1] <= token.start) k++;
    const span = spans[k];
    return span !== undefined && token.start >= span[0] && token.end <= span[1];
  });
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The spans of direct quotations in `text`, each including its quote marks, sorted and
 * non-overlapping (a quote nested in another is covered by the outer one).
 *
 * Handles straight double quotes, curly double quotes, guillemets and paired curly single
 * quotes. A quotation never crosses a paragraph, except in the news convention where a quote
 * runs on into the next paragraph: its paragraph has no closing mark and the next paragraph
 * opens with one; then the span ends at the end of its own paragraph. A text cut off inside a
 * quotation's first sentence (a feed summary, a truncated body) leaves its last quote open: that
 * quote runs to the end. One open over several sentences more likely lost its closing mark.
 */
export function findQuotedSpans(text: string): Span[] {
  // Lists of spans, flattened once: push(...spans) overflows the stack on a paragraph of ~120k quotes.
  const found: Span[][] = [];
  // A kind of mark the text never opens with yields no span: its pass is skipped.
  const has = {
    straight: text.includes('"'),
    curly: text.includes('“'),
    angle: text.includes('«'),
    single: text.includes('‘'),
  };
  const textEnd = text.trimEnd().length;
  for (const [start, end] of paragraphs(text)) {
    const nextOpensQuote = /^\s*["“«]/u.test(text.slice(end + 1, end + 12));
    const runOn = nextOpensQuote ? end : -1;
    const paragraph = { start, end, runOn, endsText: end >= textEnd };
    if (has.straight) found.push(straightDoubleQuotes(text, paragraph));
    if (has.curly) found.push(pairedMarks(text, paragraph, '“', '”'));
    if (has.angle) found.push(pairedMarks(text, paragraph, '«', '»'));
    if (has.single) found.push(curlySingleQuotes(text, start, end));
  }
  return outermost(found.flat());
}

interface Paragraph {
  start: number;
  end: number;
  /** Where a quote left open runs to when the next paragraph reopens it, else -1. */
  runOn: number;
  /** Whether the text ends with this paragraph. */
  endsText: boolean;
}

/** The span of a quote `open` left open at its paragraph's end, if it runs on. */
function openQuoteEnd(text: string, open: number, p: Paragraph): Span | null {
  if (p.runOn >= 0) return [open, p.runOn];
  return p.endsText && cutOffInside(text, open, p.end) ? [open, p.end] : null;
}

/**
 * Whether the text ends inside the quotation opened at `open`: the mark opens a word ("a 27"
 * screen" opens nothing), no mark of another kind closes it ("Hopefully … stop” the virus, said
 * Jansen") and no sentence ends before the text does.
 */
function cutOffInside(text: string, open: number, end: number): boolean {
  const rest = text.slice(open + 1, end);
  return (
    !WORD_CHAR.test(text[open - 1] ?? ' ') &&
    LETTER.test(rest[0] ?? '') &&
    !/["”»″]/u.test(rest) &&
    !/[.!?]['’)]?\s+\S/u.test(rest)
  );
}

/** [start, end) of each line of text; a line break ends a paragraph. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Straight quotes carry no direction, so within a paragraph they pair up in order, except that a
 * mark that can only open (after ". ", before a word) while a quote is open means the open quote
 * ran on unclosed, as when paragraph breaks were lost: `"…lose. "I look…"`.
 */
function straightDoubleQuotes(text: string, p: Paragraph): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else if (/[.!?] $/.test(text.slice(i - 2, i)) && WORD_CHAR.test(text[i + 1] ?? '')) {
      out.push([open, i - 1]);
      open = i;
    } else {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  const last = open >= 0 ? openQuoteEnd(text, open, p) : null;
  if (last) out.push(last);
  return out;
}

function pairedMarks(text: string, p: Paragraph, openMark: string, closeMark: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    if (text[i] === openMark && open < 0) open = i;
    else if (text[i] === closeMark && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  const last = open >= 0 ? openQuoteEnd(text, open, p) : null;
  if (last) out.push(last);
  return out;
}

/**
 * ‘…’ pairs. The closing mark doubles as the apostrophe ("Belarus’s", "don’t"), so a closing
 * mark only counts when no letter follows it, and an opening mark only when it starts a word
 * that begins with a letter ("‘90s" and "rock ‘n’ roll" are not quotations).
 */
function curlySingleQuotes(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] !== '‘' || !opensSingleQuote(text, i, start)) continue;
    const close = findSingleClose(text, i + 1, end);
    if (close < 0) continue;
    if (close - i - 1 >= 2) out.push([i, close + 1]);
    i = close;
  }
  return out;
}

function opensSingleQuote(text: string, at: number, paragraphStart: number): boolean {
  const before = at > paragraphStart ? text[at - 1]! : ' ';
  const after = text[at + 1] ?? '';
  return !WORD_CHAR.test(before) && LETTER.test(after);
}

function findSingleClose(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (text[i] !== '’') continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (/\s/u.test(before) || WORD_CHAR.test(after)) continue;
    return i;
  }
  return -1;
}

function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] < last[1]) {
      if (span[1] > last[1]) last[1] = span[1];
      continue;
    }
    out.push([span[0], span[1]]);
  }
  return out;
}
