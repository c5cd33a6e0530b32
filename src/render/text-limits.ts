/** What a platform's markup adds to the rules for cutting text, besides graphemes. */
export interface CutRules {
  /** Moves a cut back off the platform's own escapes (Discord's `\*`, Slack's `&amp;`). */
  backOff?(text: string, cut: number): number;
  /** Ranges of the text that must stay in one part: the links Lede built. */
  keepWhole?(text: string): [start: number, end: number][];
}

// Built on the first cut: making one takes ~17 ms (ICU data), and most replies need no cut.
let graphemes: Intl.Segmenter | undefined;

/**
 * The largest cut at or before `at` that splits no grapheme (an emoji sequence, a flag, a letter
 * and its combining marks) nor one of the platform's escapes. Segmenting from the start matters:
 * flags pair up regional indicators counted from the start of the run, so a window that starts
 * part-way through a run would pair them wrongly. A single grapheme longer than `at` is cut
 * anyway, between code points.
 */
export function safeCut(text: string, at: number, rules: CutRules = {}): number {
  if (at >= text.length) return text.length;
  // Up to `at + 2`: whether a grapheme starts at `at` depends on the whole code point there.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let cut = graphemes.segment(text.slice(0, at + 2)).containing(at)?.index ?? 0;
  if (cut === 0) cut = at > 1 && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
  const backedOff = rules.backOff?.(text, cut) ?? cut;
  return backedOff > 0 ? backedOff : cut;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Shortens text to at most `max` characters, ending with an ellipsis when cut: at the last space
 * when that keeps most of the text, else at the last safe cut.
 */
export function truncate(text: string, max: number, rules: CutRules = {}): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(' ', max - 2);
  if (cut < max * 0.8) cut = safeCut(text, max - 1, rules);
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * Splits text into parts of at most `max` characters: at a line break, else a space, else a
 * safe cut, and never inside a range `keepWhole` names (a link cut in two is broken markup in
 * both halves). Renderers make every such range shorter than `max`, so one always fits.
 */
export function splitText(text: string, max: number, rules: CutRules = {}): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = chooseCut(rest, max, rules);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function chooseCut(text: string, max: number, rules: CutRules): number {
  let cut = text.lastIndexOf('\n', max);
  if (cut < max / 2) cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = safeCut(text, max, rules);
  const inside = rules.keepWhole?.(text).find(([start, end]) => start < cut && cut < end);
  if (inside && inside[0] > 0) cut = inside[0];
  return cut;
}
