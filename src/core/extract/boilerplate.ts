/** Whole paragraphs that are page furniture, not story (compared lower-cased, without punctuation). */
const FURNITURE = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'advertising',
  'iklan',
  'anzeige',
  'comment',
  'comments',
  'post comment',
  'sign in',
  'log in',
  'subscribe',
  'share',
  'share this',
  'share this article',
  'share this story',
  'skip to content',
  'continue reading',
  'continue reading below',
  'read more',
  'related',
  'related news',
  'related articles',
  'related stories',
  'recent articles',
  'more',
  'more stories',
  'you may also like',
  'trending',
  'latest',
  'latest news',
  'popular',
  'most popular',
  'highlights',
  'loading content',
  'this slideshow requires javascript',
  'tell us what you think',
  'view author archive',
  'email the author',
  'close',
  'caption',
]);

/** A paragraph that only points elsewhere: "Read more: …", "Related: …", "SEE MORE: …". */
const POINTER =
  /^\[?\s*(read more|related( coverage| stories| articles)?( from [^:]{1,40})?|see more|see also|also read|also|more|watch|listen|don't miss)\s*:/i;

/**
 * Paragraphs that are about the page, not the story, recognised by their words: a time stamp,
 * a photo credit ("Natalie Naccache | Bloomberg | Getty Images"), the author's bio line ("Phil
 * Helsel is a reporter for NBC News."), credits for reporting, and prompts to sign up, follow or
 * share. Each is anchored and has no nested repetition, so it runs in linear time.
 */
const PAGE_NOTES: RegExp[] = [
  /^(updated|published|posted|last updated)?[\s:]*(\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9} \d{4})(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [A-Z]{2,5})?)?$/iu,
  /^[^|.!?]{2,60}( \| [^|.!?]{2,40}){1,3}$/u,
  /^.{0,80}\b(getty images|ap photo|shutterstock|file photo)\)?$/i,
  /^\(?(photo|image|picture|video|credit|source)s?( by)?\s*:/i,
  /^[\p{Lu}][\p{L}'’.-]+( [\p{Lu}][\p{L}'’.-]+){0,3} (is|was) (a|an|the) [^.]{0,80}\b(reporter|correspondent|writer|editor|columnist|producer|contributor|journalist|intern)\b[^.]{0,80}\.?$/u,
  /^\(?(additional )?reporting (by|from|contributed)\b/i,
  /\b(view|read|see|find|click|listen to|watch|sign up|register)\b[^.!?]{0,60}\bhere\.?$/i,
  /\b(contributed (to )?this (report|story|article))\.?$/i,
  // The writer's contact line: "Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com."
  /\b(may|can) be (reached|contacted) (at|by|on)\b[^!?]{0,80}$/i,
  /^(sign up|subscribe|get (our|the) [^.]{0,40}newsletter|follow (us|him|her|them|[\p{Lu}][\p{L}]+) (on|at)|click here|share this|join the conversation)\b/iu,
  // A promo box that ends on its sign-up prompt: "… Sign up for the free daily newsletter."
  /\b(sign up|subscribe|register)\b[^.!?]{0,60}\bnewsletters?\b[^.!?]{0,30}[.!]?$/i,
  /\bdelivered (to your (inbox|door)|through your (letterbox|door)|weekday mornings|every (morning|day|week))\b/i,
  // Company boilerplate: an "About Ascom" heading, "Ascom is a global solutions provider …".
  /^(About|ABOUT) [\p{Lu}][^.!?]{0,40}$/u,
  /^[\p{Lu}][\p{L}\p{N}&.'’-]*( [\p{Lu}][\p{L}\p{N}&.'’-]*){0,3},? (is|are) (a|an) (global|leading|world['’]s leading|premier|worldwide|international|trusted)\b[^.!?]{0,60}\b(provider|supplier|manufacturer|developer|company|leader|maker)s?\b/u,
  // "Ascom is headquartered in Baar …", "… registered shares (ASCN) are listed on the SIX …".
  /^[\p{Lu}][\p{L}\p{N}&.'’-]*( [\p{Lu}][\p{L}\p{N}&.'’-]*){0,3},? (is|are) headquartered in\b/u,
  /\bshares( \([A-Z.:]{2,12}\))? (are|is) (listed|traded) on the\b[^.!?]{0,40}\b(exchange|nasdaq|nyse)\b/i,
  // "Updated 3:27 am PST, Wednesday, November 20, 2019", "Updated Nov 19, 9:41 AM;Posted …"
  /^(updated|published|posted|first published|last updated|original)\b[^!?]{0,20}\d[^!?]{0,100}[^.!?]$/i,
  // A byline with a date and no sentence: "By Regan September 15, 2014".
  /^[Bb]y [\p{Lu}][^.!?;:]{0,40}\b(\d{4}|\d{1,2}:\d{2}\s?[ap]m)$/u,
  /^[^.!?]{0,120}(©|\(c\) \d{4}|\bcopyright \d{4})[^.!?]{0,60}$/i,
  /^\d+ issues for\b|^(subscribe|sign up) (now|today)\b/i,
  // A breadcrumb run together: "HomeLatest NewsNollywood Actress…".
  /^Home(?=\p{Lu})/u,
];

/** A paragraph or a sentence that is about the page, not the story (see PAGE_NOTES). */
export function isPageNote(text: string): boolean {
  const trimmed = text.trim();
  return POINTER.test(trimmed) || PAGE_NOTES.some((note) => note.test(trimmed));
}

/**
 * Drops paragraphs that are page furniture: labels before the story, stock phrases
 * ("Advertisement", "Comments"), pointers to other stories, and a repeat of the headline.
 * Each rule was kept only if it raised shingle F1 on the extraction benchmark.
 */
export function dropBoilerplate(paragraphs: readonly string[], title: string | null): string[] {
  const headline = title ? key(title) : null;
  return trimHead(paragraphs).filter((p) => {
    const k = key(p);
    if (k === '' || FURNITURE.has(k)) return false;
    if (headline && k === headline) return false;
    return !isPageNote(p);
  });
}

function key(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');
}

/**
 * Word count that also works for scripts written without spaces: each Han, kana or Thai
 * character counts as a word, any other run of letters and digits as one.
 */
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])[\p{L}\p{N}])+/gu;
const words = (p: string) => p.match(WORD)?.length ?? 0;
/** Prose: a paragraph long enough, or ending like a sentence. */
const isProse = (p: string) => words(p) >= 12 || /[.!?…:"”’»)]$/.test(p);

/**
 * Drops the short non-sentence lines (breadcrumbs, section labels, datelines) that Readability
 * leaves before the first paragraph of prose. Trimming the tail the same way cost more recall on
 * the extraction benchmark than it gained in precision, so the tail stays.
 */
function trimHead(paragraphs: readonly string[]): readonly string[] {
  const first = paragraphs.findIndex(isProse);
  if (first <= 0) return paragraphs;
  const label = (p: string) => words(p) <= 4 && !isProse(p);
  return [...paragraphs.slice(0, first).filter((p) => !label(p)), ...paragraphs.slice(first)];
}

/**
 * Whether what is left reads as an article rather than a menu, a form or a list of links: some
 * running text, and most of the text outside links (Readability's own link-density idea, applied
 * to the whole result).
 */
export function looksLikeArticle(paragraphs: readonly string[], content: Element): boolean {
  if (!paragraphs.some((p) => words(p) >= 10)) return false;
  const total = visibleLength(content.textContent);
  let linked = 0;
  for (const a of Array.from(content.querySelectorAll('a'))) linked += visibleLength(a.textContent);
  return total > 0 && linked / total <= 0.5;
}

function visibleLength(text: string | null): number {
  return text ? text.replace(/\s+/g, '').length : 0;
}
