import type { GenreHint } from './page-genre.js';

// A fact-check names itself: schema.org ClaimReview, or an address under /fact-check/.
const CLAIM_REVIEW = /"@type"\s*:\s*(?:"ClaimReview"|\[[^\]]{0,200}"ClaimReview")/;
const FACT_CHECK_FOLDER = /^fact-?checks?(?:-|$)/;
// The disclosure a paid post carries (the FTC's endorsement guides ask for one): "This post is
// sponsored by…", "compensated by #Brand", "#ad". An affiliate-links notice is not one: shops'
// links sit under reviews and news alike. "a bill sponsored by Senator X" is no disclosure.
const SPONSORED = [
  /\bthis (?:post|article|story|content|video|episode|deal) (?:is|was|has been) sponsored\b/i,
  /\bthis sponsored (?:post|article|story|content|deal)\b/i,
  /\bsponsored (?:post|content)\s*[:|—–-]/i,
  /\b(?:has|have|was|were|been) compensated by\b/i,
  /\bpaid partnership with\b/i,
  // A hashtag, not a style sheet's "#ad-slot" in an inline script.
  /(?:^|\s)#(?:ad|sponsored)(?=[\s.,;!?)]|$)/i,
];

/**
 * A page that says it is neither reporting nor opinion: a fact-check, whose verdicts and
 * second-person asides read as argument to the text signals, or a sponsored post.
 */
export function otherKindOfPage(document: Document, url: string | undefined): GenreHint | null {
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    if (CLAIM_REVIEW.test(script.textContent ?? ''))
      return { label: 'other', evidence: 'schema.org says ClaimReview: a fact-check' };
  }
  const folders = foldersOf(url);
  const folder = folders.find((f) => FACT_CHECK_FOLDER.test(f));
  if (folder) return { label: 'other', evidence: `its address is under /${folder}/: a fact-check` };
  const text = document.body?.textContent ?? '';
  if (SPONSORED.some((disclosure) => disclosure.test(text)))
    return { label: 'other', evidence: 'the page discloses that it is sponsored' };
  return null;
}

/** The address's folders, lower case: the last segment is the story's own slug. */
function foldersOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return new URL(url).pathname.toLowerCase().split('/').slice(1, -1);
  } catch {
    return [];
  }
}
