import { isLabelledPromo } from './labelled-promo.js';

/**
 * Class and id words that mark page furniture inside an article's content: captions and credits
 * of pictures, newsletter and sign-up boxes, promos and related links, share bars, hover cards
 * (The Hill's "rollover" people cards), author bios, standfirsts ("dek", "summary") and sponsor
 * blocks, and buttons ("Click To Tweet"). Matched as whole words of
 * the class or id after camelCase is split ("InlineImage-imageEmbedCaption" has "caption").
 */
const FURNITURE_WORDS = new Set([
  'caption',
  'captions',
  'figcaption',
  'credit',
  'credits',
  'newsletter',
  'newsletters',
  'signup',
  'subscribe',
  'subscription',
  'promo',
  'promos',
  'related',
  'rollover',
  'tooltip',
  'hovercard',
  'share',
  'sharing',
  'sharebar',
  'social',
  'sponsor',
  'sponsored',
  'advert',
  'advertisement',
  'outbrain',
  'taboola',
  'recirc',
  'bio',
  'byline',
  'standfirst',
  'dek',
  'strapline',
  'subheadline',
  'author',
  'btn',
  'button',
]);
const MEDIA = 'img, picture, video, audio, iframe, svg';
const CONTENT = 'pre, table, blockquote, ol, ul';
/** Words that name a teaser only on a single paragraph; on a box they name the story's wrapper. */
const TEASER_WORDS = new Set(['summary', 'description', 'excerpt']);
/** Elements whose role says they are not the story. */
const ASIDE_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'search']);

/** The words of a class or id: "InlineImage-imageEmbedCaption" → inline image image embed caption. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * Furniture by what it is: a caption, an aside, a box whose role says it is not the story, a
 * promo for another story.
 */
function isFurnitureElement(el: Element, total: number): boolean {
  const tag = el.tagName;
  if (tag === 'FIGCAPTION' || tag === 'ASIDE' || tag === 'BUTTON') return true;
  if (tag === 'FIGURE') return el.querySelector(MEDIA) !== null && !el.querySelector(CONTENT);
  if (isStandfirst(el, total) || isLabelledPromo(el)) return true;
  return ASIDE_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * A standfirst: the teaser under the headline, a paragraph named as a summary (NYT's
 * "article-summary") or one in the article's header (Express puts it in an <h3> after the <h1>).
 * It restates the story in the desk's words, so it is not the lede.
 */
function isStandfirst(el: Element, total: number): boolean {
  if (isNamedTeaser(el)) return true;
  if (!/^(H[2-6]|P)$/.test(el.tagName)) return false;
  const header = el.closest('header');
  // A header that holds half the page is a wrapper, not the article's header.
  if (!header?.querySelector('h1') || textLength(header) >= total / 2) return false;
  return !el.querySelector('h1');
}

/**
 * A paragraph, or a box of one paragraph, named a summary. Schema.org's "speakable" summary is
 * the lede itself (TechCrunch's "speakable-summary"), so it stays; so does a box with a sibling
 * of its class (Express splits its body into "text-description" boxes): a teaser comes once.
 */
function isNamedTeaser(el: Element): boolean {
  const words = attributeWords(namesOf(el));
  if (!words.some((w) => TEASER_WORDS.has(w)) || words.includes('speakable')) return false;
  if (hasSiblingOfItsClass(el)) return false;
  return el.tagName === 'P' || el.querySelectorAll('p').length === 1;
}

function hasSiblingOfItsClass(el: Element): boolean {
  // linkedom answers "" for an element with no class.
  const name = el.getAttribute('class');
  const siblings = Array.from(el.parentElement?.children ?? []);
  return !!name && siblings.some((s) => s !== el && s.getAttribute('class') === name);
}

/** Furniture by what its class or id calls it. Links are inline text, never furniture alone. */
function hasFurnitureName(el: Element): boolean {
  if (el.tagName === 'A') return false;
  const words = attributeWords(namesOf(el));
  return words.some((w) => FURNITURE_WORDS.has(w));
}

/**
 * Removes page furniture from a page or an article's content: captions and photo credits,
 * figures that are only a picture, asides, and boxes whose class names them furniture. A named
 * box is removed only where no named box sits inside it (The Hill wraps a person's linked name
 * and their hover card in one "rollover" span: the card goes, the name stays). Nothing that holds
 * half the text or more is removed, whatever its class says.
 */
export function pruneFurniture(root: Element): void {
  const total = textLength(root);
  const elements = Array.from(root.querySelectorAll('*'));
  const named = new Set(elements.filter(hasFurnitureName));
  const outerNamed = new Set<Element>();
  for (const el of named) {
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if (named.has(up)) outerNamed.add(up);
    }
  }
  const doomed: Element[] = [];
  const teasers = new Set<string>();
  for (const el of elements) {
    // Document order: whatever sits inside the last removed element comes right after it.
    if (doomed.at(-1)?.contains(el)) continue;
    const furniture = isFurnitureElement(el, total) || (named.has(el) && !outerNamed.has(el));
    const repeat = el.children.length === 0 && teasers.has(squeezed(el));
    if ((!furniture && !repeat) || textLength(el) >= total / 2) continue;
    doomed.push(el);
    if (isTeaserText(el)) teasers.add(squeezed(el));
  }
  for (const el of doomed) el.remove();
}

/**
 * A sentence-long teaser removed from the header (a "dek") that a site prints again at the top
 * of the body (Dealbreaker's "abstract"): the repeat goes too.
 */
function isTeaserText(el: Element): boolean {
  const text = squeezed(el);
  return text.length >= 30 && text.length <= 300;
}

function squeezed(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}
