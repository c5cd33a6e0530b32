/** Ends like a sentence: a stop, maybe inside a closing quote or bracket. */
const ENDS_ON_A_STOP = /[.!?…]["”’')\]]*$/;
const MAX_LABEL_WORDS = 8;
/** A headline and its dek; a longer run after a label is a list (tour dates, a jury's picks). */
const MAX_PROMO_WORDS = 40;
const MIN_LIST_COMMAS = 3;

/**
 * A related-story promo set in the body as a paragraph: a bold label and a colon, then the other
 * story's headline, which ends without a stop as headlines do (USA Today's "<strong>Internal
 * memo: </strong>Federal prison guards falsified records of cell checks, inmate counts").
 * A bold label before prose ("<b>Why it matters:</b> The vote clears …") ends on a stop, and stays.
 */
export function isLabelledPromo(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  const first = Array.from(el.childNodes).find((n) => (n.textContent ?? '').trim() !== '');
  if (!first || !isBold(first)) return false;
  const label = (first.textContent ?? '').trim();
  const text = (el.textContent ?? '').trim();
  if (!label.endsWith(':') || label.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  const words = text.split(/\s+/).length;
  const list = (text.match(/,/g)?.length ?? 0) >= MIN_LIST_COMMAS;
  if (list || words > MAX_PROMO_WORDS) return false;
  return text.length > label.length && !ENDS_ON_A_STOP.test(text);
}

function isBold(node: Node): boolean {
  const tag = (node as Element).tagName;
  return tag === 'STRONG' || tag === 'B';
}
