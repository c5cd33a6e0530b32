/** What a platform's splitter must respect, besides the length. */
export interface SplitRules {
  /** The largest cut at or before `at` that splits no character, escape or entity. */
  safeCut(text: string, at: number): number;
  /** Ranges of the text that must stay in one part: the links Lede built. */
  keepWhole(text: string): [start: number, end: number][];
}

/**
 * Splits text into parts of at most `max` characters: at a line break, else a space, else a
 * safe cut, and never inside a range `keepWhole` names (a link cut in two is broken markup in
 * both halves). Renderers make every such range shorter than `max`, so one always fits.
 */
export function splitText(text: string, max: number, rules: SplitRules): string[] {
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

function chooseCut(text: string, max: number, rules: SplitRules): number {
  let cut = text.lastIndexOf('\n', max);
  if (cut < max / 2) cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = rules.safeCut(text, max);
  const inside = rules.keepWhole(text).find(([start, end]) => start < cut && cut < end);
  if (inside && inside[0] > 0) cut = inside[0];
  return cut;
}
