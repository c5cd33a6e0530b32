/** One digest line as the real-pages checks see it, whoever wrote it. */
export interface DigestLineUnderTest {
  text: string;
  /**
   * The source the line was built from: the analysed text from its first span's start to its
   * last span's end (spans skip the words a rewrite dropped, so joining them would hide the drop).
   */
  source: string;
  /**
   * Nothing the reader was not shown comes before the line: its source directly follows the
   * previous line's source (only spaces between), or opens the article.
   */
  followsPrevious: boolean;
}

interface LineWithSpans {
  text: string;
  spans: [number, number][];
}

/** Engine digest lines with the text under their spans, and whether each follows the one before. */
export function linesUnderTest(
  lines: readonly LineWithSpans[],
  text: string,
): DigestLineUnderTest[] {
  return lines.map((line, i) => {
    const first = line.spans[0];
    const previous = lines[i - 1]?.spans.at(-1);
    const last = line.spans.at(-1);
    const source = first && last ? text.slice(first[0], last[1]) : line.text;
    const from = previous && first && previous[1] <= first[0] ? previous[1] : 0;
    const followsPrevious = first !== undefined && text.slice(from, first[0]).trim() === '';
    return { text: line.text, source, followsPrevious };
  });
}

/** Lead sentences as digest lines: the first opens the article, each other follows the one before. */
export function leadLines(sentences: readonly string[]): DigestLineUnderTest[] {
  return sentences.map((s) => ({ text: s, source: s, followsPrevious: true }));
}
