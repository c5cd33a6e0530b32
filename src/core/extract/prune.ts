/**
 * Class and id words that mark page furniture inside an article's content: captions and credits
 * of pictures, newsletter and sign-up boxes, promos and related links, share bars, hover cards
 * (The Hill's "rollover" people cards), author bios, standfirsts ("dek", "summary") and sponsor
 * blocks. Matched as whole words of
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

interface PageShape {
  total: number;
  /** How many elements carry each class attribute value. */
  classCounts: Map<string, number>;
}

/** Furniture by what it is: a caption, an aside, a box whose role says it is not the story. */
function isFurnitureElement(el: Element, page: PageShape): boolean {
  const tag = el.tagName;
  if (tag === 'FIGCAPTION' || tag === 'ASIDE') return true;
  if (tag === 'FIGURE') return el.querySelector(MEDIA) !== null && !el.querySelector(CONTENT);
  if (isStandfirst(el, page)) return true;
  return ASIDE_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * A standfirst: the teaser under the headline, a paragraph named as a summary (NYT's
 * "article-summary") or one in the article's header (Express puts it in an <h3> after the <h1>).
 * It restates the story in the desk's words, so it is not the lede.
 */
function isStandfirst(el: Element, { total, classCounts }: PageShape): boolean {
  if (isNamedTeaser(el, classCounts)) return true;
  if (!/^(H[2-6]|P)$/.test(el.tagName)) return false;
  const header = el.closest('header');
  // A header that holds half the page is a wrapper, not the article's header.
  if (!header?.querySelector('h1') || textLength(header) >= total / 2) return false;
  return !el.querySelector('h1');
}

/**
 * A paragraph, or a box of one paragraph, named a summary. Schema.org's "speakable" summary is
 * the lede itself (TechCrunch's "speakable-summary"), so it stays; so does a class that several
 * boxes share (Express splits its body into "text-description" boxes): a teaser comes once.
 */
function isNamedTeaser(el: Element, classCounts: ReadonlyMap<string, number>): boolean {
  const words = attributeWords(namesOf(el));
  if (!words.some((w) => TEASER_WORDS.has(w)) || words.includes('speakable')) return false;
  if ((classCounts.get(el.getAttribute('class') ?? '') ?? 0) > 1) return false;
  return el.tagName === 'P' || el.querySelectorAll('p').length === 1;
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
  const classCounts = new Map<string, number>();
  for (const el of elements) {
    const name = el.getAttribute('class');
    if (name) classCounts.set(name, (classCounts.get(name) ?? 0) + 1);
  }
  const page: PageShape = { total, classCounts };
  const named = new Set(elements.filter(hasFurnitureName));
  const outerNamed = new Set<Element>();
  for (const el of named) {
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if (named.has(up)) outerNamed.add(up);
    }
  }
  const doomed: Element[] = [];
  for (const el of elements) {
    // Document order: whatever sits inside the last removed element comes right after it.
    if (doomed.at(-1)?.contains(el)) continue;
    const furniture = isFurnitureElement(el, page) || (named.has(el) && !outerNamed.has(el));
    if (furniture && textLength(el) < total / 2) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}
