/**
 * Fixed multi-word expressions whose words should not be swapped or dropped one at a time: a
 * digest that rewrites "natural disasters" as "natural catastrophes" or drops "disgraced" from
 * "disgraced former" has damaged the phrase. Written by hand for the eval; not used by src/.
 */
export const COMPOUNDS: readonly string[] = [
  'natural disasters',
  'natural disaster',
  'extreme weather',
  'civil rights',
  'human rights',
  'civil war',
  'cold war',
  'civil liberties',
  'disgraced former',
  'climate change',
  'global warming',
  'prime minister',
  'white house',
  'supreme court',
  'death penalty',
  'death toll',
  'hate crime',
  'hate speech',
  'free speech',
  'free trade',
  'mass shooting',
  'public health',
  'health care',
  'social security',
  'social media',
  'real estate',
  'interest rates',
  'stock market',
  'war crimes',
  'crime scene',
  'first lady',
  'attorney general',
  'secretary of state',
  'state of emergency',
  'martial law',
  'foreign policy',
  'national security',
  'armed forces',
  'special forces',
  'law enforcement',
  'vice president',
  'grand jury',
  'high school',
  'no confidence',
  'fake news',
  'heat wave',
  'wild fire',
  'power outage',
  'hard line',
  'hard right',
  'far right',
  'far left',
  'left wing',
  'right wing',
  'key witness',
  'landmark ruling',
  'record high',
  'all-time high',
  'bad blood',
  'black friday',
  'big tech',
  'trade war',
  'greenhouse gas',
  'bubonic plague',
  'suspended animation',
  'self-declared',
  'so-called',
];

const byWord = new Map<string, string[][]>();
for (const compound of COMPOUNDS) {
  const parts = compound.split(/[\s-]+/);
  for (const part of parts) byWord.set(part, [...(byWord.get(part) ?? []), parts]);
}

/** Whether source word `i` sits inside one of the compounds, as it appears in `tokens`. */
export function insideCompound(tokens: readonly string[], i: number): boolean {
  for (const parts of byWord.get(tokens[i]!) ?? []) {
    for (let start = i - parts.length + 1; start <= i; start++) {
      if (start < 0) continue;
      if (parts.every((p, k) => tokens[start + k] === p)) return true;
    }
  }
  return false;
}
