import type { GenreHint } from './page-genre.js';

// A fact-check names itself: schema.org ClaimReview, or an address under /fact-check/.
const CLAIM_REVIEW = /"@type"\s*:\s*(?:"ClaimReview"|\[[^\]]{0,200}"ClaimReview")/;
const FACT_CHECK_FOLDER = /^fact-?checks?(?:-|$)/;
// The disclosure a paid post carries (the FTC's endorsement guides ask for one): "This post is
// sponsored by…", "compensated by #Brand", "#ad". An affiliate-links notice is not one: shops'
// links sit under reviews and news alike. "a bill sponsored by Senator X" is no disclosure. No
// word boundary before "this": a page's text runs its share buttons into it ("RedditThis shop").
const SPONSORED = [
  /this\s+(?:post|article|story|content|video|episode|deal)\s+(?:is|was|has\s+been)\s+sponsored\b/i,
  /this\s+sponsored\s+(?:post|article|story|content|deal)\b/i,
  /\bsponsored\s+(?:post|content)\s*[:|—–-]/i,
  // The writer or the post was paid, not "residents have been compensated by the state".
  /(?:this\s+(?:post|shop|blog|article|video|review)|\bi|\bwe)(?:\s+(?:have|has|was|were|am|are))?(?:\s+been)?\s+compensated\b/i,
  /\bpaid\s+partnership\s+with\b/i,
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
  if (disclosesSponsorship(document.body?.textContent ?? ''))
    return { label: 'other', evidence: 'the page discloses that it is sponsored' };
  return null;
}

/** Whether a text carries a paid post's disclosure ("This post is sponsored by…", "#ad"). */
export function disclosesSponsorship(text: string): boolean {
  return SPONSORED.some((disclosure) => disclosure.test(text));
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
