const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** ICU breaks after "Nov." or inside “Meth. We’re on it.”; such a break is not a sentence end. */
function falseBreak(previous: string, next: string): boolean {
  if (/^[\p{Ll}\p{N},;:)\]”’]/u.test(next)) return true;
  if (/(^|[\s(])(\p{Lu}\p{Ll}{0,3}|\p{Lu}(\.\p{Lu})*)\.$/u.test(previous)) return true;
  const opens = previous.match(/“/g)?.length ?? 0;
  return opens > (previous.match(/”/g)?.length ?? 0);
}

/**
 * The sentences of a text, split by ICU's sentence rules (Intl.Segmenter) with breaks after
 * abbreviations and inside quotes undone: independent of the engine's own splitter, so the
 * Lead-3 yardstick does not move when the engine changes.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let open = false;
    for (const { segment } of segmenter.segment(paragraph)) {
      const sentence = segment.trim();
      if (!sentence) continue;
      if (open && falseBreak(out.at(-1)!, sentence)) out[out.length - 1] += ` ${sentence}`;
      else out.push(sentence);
      open = true;
    }
  }
  return out;
}

export function leadSentences(text: string, count = 3): string[] {
  return sentencesOf(text).slice(0, count);
}
