import type { TextDoc } from '../text/text-model.js';

/**
 * A list item's mark: a bullet, "3." or "3)", "(3)", or a lower-case letter ("b)"). An upper-case
 * letter with a stop is an initial far more often ("J. Crew filed for bankruptcy").
 */
export const LIST_BULLET = /^\s*(?:[-*•·▪‣◦]|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\))\s+/;

/**
 * True when most non-empty lines are list items: a bullet or number in front, or a short line
 * with no closing stop. Needs at least three lines; an article's paragraphs end with stops.
 */
export function looksLikeList(doc: TextDoc): boolean {
  const lines = doc.text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 3) return false;
  const items = lines.filter((l) => {
    const t = l.trim();
    // The stop test first: an article's paragraph ends with one, and is then never split up.
    return LIST_BULLET.test(t) || (!/[.!?:"”’]$/.test(t) && t.split(/\s+/).length <= 8);
  });
  return items.length / lines.length >= 0.6;
}
