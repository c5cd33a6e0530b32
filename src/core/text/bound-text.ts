/**
 * No real word is longer than this. wink-nlp's tokenizer slows down with the square of a token's
 * length (a 200,000-character hyphen chain took minutes), so longer runs never reach it.
 */
export const MAX_TOKEN_CHARS = 64;
/**
 * An article is analysed up to this many characters (about 25,000 words, several times the
 * longest news article); the rest is reported as not analysed.
 */
export const MAX_ANALYSED_CHARS = 150_000;

const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/** What an over-long run becomes: one short word, then spaces, so every offset is unchanged. */
export const RUN_PLACEHOLDER = 'x';

export interface MaskedText {
  masked: string;
  /** Start offset of each masked run, mapped to its end. */
  runs: Map<number, number>;
}

/**
 * Replaces every run of non-space characters longer than MAX_TOKEN_CHARS by a placeholder word
 * padded with spaces to the same length, so sentence splitting still sees a word there.
 */
export function maskOverlongRuns(text: string): MaskedText {
  const runs = new Map<number, number>();
  if (!hasOverlongRun(text)) return { masked: text, runs };
  const masked = text.replace(OVERLONG_RUN, (run, at: number) => {
    runs.set(at, at + run.length);
    return RUN_PLACEHOLDER.padEnd(run.length, ' ');
  });
  return { masked, runs };
}

/**
 * Whether some run of non-space characters is longer than MAX_TOKEN_CHARS: one pass over the
 * characters, where the OVERLONG_RUN search retries at every letter of every word.
 */
function hasOverlongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isSpaceCode(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > MAX_TOKEN_CHARS) return true;
  }
  return false;
}

/** The characters of the regex class `\s`: ECMAScript's WhiteSpace and LineTerminator. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export interface AnalysedPart {
  text: string;
  /** Characters left out at the end; 0 when the whole text fits. */
  omitted: number;
}

/** The first MAX_ANALYSED_CHARS characters, cut at a paragraph or word break where there is one. */
export function analysedPart(text: string, limit = MAX_ANALYSED_CHARS): AnalysedPart {
  if (text.length <= limit) return { text, omitted: 0 };
  const window = text.slice(0, limit);
  const paragraph = window.lastIndexOf('\n\n');
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  const cut = paragraph > limit / 2 ? paragraph : space > limit / 2 ? space : limit;
  const kept = text.slice(0, cut).trimEnd();
  return { text: kept, omitted: text.length - kept.length };
}

export function omittedNotice(part: AnalysedPart): string {
  const analysed = part.text.length.toLocaleString('en-US');
  const omitted = part.omitted.toLocaleString('en-US');
  return `Only the first ${analysed} characters were analysed; the remaining ${omitted} were not read.`;
}
