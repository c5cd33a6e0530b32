import type { Quote } from '../framing/types.js';
import type { TextDoc } from '../text/text-model.js';
import type { Span } from '../types.js';
import type { NameMention } from './names.js';

// The sign-off of an embedded post as extracted text keeps it: "— Ann Lee (@annlee) March 3, 2024".
const SIGN_OFF = /[—–-]\s*([^\n()—–]{1,60}?)\s*\(@\w{1,30}\)\s+\p{L}+ \d{1,2}, \d{4}/u;

/**
 * Embedded posts, each a direct quote of the account that signed it off: the text before the
 * sign-off on its line, or, for a sign-off on a line of its own, the paragraph above it.
 */
export function findSignedPosts(doc: TextDoc, mentions: readonly NameMention[]): Quote[] {
  const posts: Quote[] = [];
  let start = 0;
  let previous: Span | null = null;
  for (const line of doc.text.split('\n')) {
    const signOff = SIGN_OFF.exec(line);
    const before = signOff ? line.slice(0, signOff.index).trimEnd() : '';
    const words: Span | null = before !== '' ? [start, start + before.length] : previous;
    if (signOff && words)
      posts.push(postQuote(doc, mentions, words, start + signOff.index, signOff));
    if (line.trim() !== '') previous = [start, start + line.trimEnd().length];
    start += line.length + 1;
  }
  return posts;
}

function postQuote(
  doc: TextDoc,
  mentions: readonly NameMention[],
  words: Span,
  at: number,
  signOff: RegExpExecArray,
): Quote {
  const name = signOff[1]!;
  const nameStart = at + signOff[0].indexOf(name);
  const nameEnd = nameStart + name.length;
  // Counted as the same name in running text is ("Ann Lee" as "Lee"); else without "The".
  const mention = mentions.findLast((m) => m.span[1] > nameStart && m.span[1] <= nameEnd);
  return {
    kind: 'direct',
    span: words,
    speaker: name,
    speakerSpan: [nameStart, nameEnd],
    verb: 'posted',
    sentenceIndex: sentenceAt(doc, words[0]),
    source: mention?.name ?? name.replace(/^the\s+/iu, ''),
    speakerKind: 'named',
  };
}

function sentenceAt(doc: TextDoc, offset: number): number {
  const index = doc.sentences.findIndex((sentence) => sentence.end > offset);
  return index < 0 ? doc.sentences.length - 1 : index;
}
