import { otherKindOfPage } from './other-kinds.js';

/**
 * What a page says about itself: an opinion piece, an analysis, a page of another kind (a
 * fact-check, a sponsored post: neither reporting nor opinion), or nothing.
 */
export interface GenreHint {
  label: 'opinion' | 'analysis' | 'other';
  /** The page's own words for it: "schema.org OpinionNewsArticle", "URL /commentisfree/". */
  evidence: string;
}

const OPINION_WORDS =
  /\b(opinion|opinions|editorial|editorials|op-?ed|column|columns|columnists?|commentary|comment|commentisfree|letters|review|reviews|viewpoint|perspective|essay)\b/i;
const ANALYSIS_WORDS = /\b(analysis|news-?analysis|explainer)\b/i;
const OPINION_SEGMENTS = new Set(
  'opinion opinions editorial editorials op-ed op-eds oped column columns columnists commentary commentisfree comment letters review reviews perspective perspectives'.split(
    ' ',
  ),
);
const ANALYSIS_SEGMENTS = new Set(['analysis', 'news-analysis']);
const TITLE_KICKER = /^(opinion|editorial|column|commentary|op-ed|review|analysis)\s*[:|]/i;
// The separator stands apart from the words around it: "| Review" is a kicker, "The
// Spokesman-Review" is a newspaper's name.
const TITLE_TAIL = /\s[|—–-]\s*(opinion|editorial|column|commentary|review|analysis)\s*$/i;
/** A tag that names the genre: "review", "opinion", "slate-book-review", "analyzing-snap-counts". */
const GENRE_TAG =
  /^(?:.*[- ])?(opinion|editorial|column|commentary|review)s?$|^(analysis|analyzing)\b/i;
/** The disclaimer that an opinion piece carries: the views are the writer's, not the outlet's. */
const VIEWS_DISCLAIMER =
  /\b(views|opinions) expressed (in this (article|column|piece|commentary) )?are (those of the (author|writer)|the (author|writer)'s own)/i;

/**
 * The page's own signals of genre (issue: op-eds read as news): schema.org types and
 * `articleSection` in JSON-LD, `article:section` and `og:type`, URL segments such as `/opinion/`
 * or `/commentisfree/`, and a kicker in the title ("Column: …", "… | Editorial").
 */
export function pageGenreHint(document: Document, url: string | undefined): GenreHint | null {
  const other = otherKindOfPage(document, url);
  if (other) return other;
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const found = fromJsonLd(script.textContent ?? '');
    if (found) return found;
  }
  const section = metaContent(document, 'article:section') ?? metaContent(document, 'og:type');
  if (section && OPINION_WORDS.test(section))
    return { label: 'opinion', evidence: `the page's section is "${section}"` };
  if (section && ANALYSIS_WORDS.test(section))
    return { label: 'analysis', evidence: `the page's section is "${section}"` };
  // Folders only: the last segment is the story's own slug ("…-opinion-poll-shows-…").
  const folders = pathOf(url)?.toLowerCase().split('/').slice(1, -1) ?? [];
  const opinion = folders.find((f) => OPINION_SEGMENTS.has(f));
  if (opinion) return { label: 'opinion', evidence: `its address is under /${opinion}/` };
  const analysis = folders.find((f) => ANALYSIS_SEGMENTS.has(f));
  if (analysis) return { label: 'analysis', evidence: `its address is under /${analysis}/` };
  const tagged = pageTags(document).find((tag) => GENRE_TAG.test(tag));
  if (tagged) {
    const label = /^analy/i.test(tagged) ? 'analysis' : 'opinion';
    return { label, evidence: `the page is tagged "${tagged}"` };
  }
  if (VIEWS_DISCLAIMER.test(document.body?.textContent ?? ''))
    return { label: 'opinion', evidence: 'the page says the views are the author’s own' };
  const title = document.title ?? '';
  const kicker = TITLE_KICKER.exec(title) ?? TITLE_TAIL.exec(title);
  if (kicker) {
    const label = /analysis/i.test(kicker[1]!) ? 'analysis' : 'opinion';
    return { label, evidence: `its title is marked "${kicker[1]}"` };
  }
  return null;
}

function fromJsonLd(text: string): GenreHint | null {
  // The JSON is read only for two field names, by pattern: pages often ship invalid JSON-LD.
  const types = [...text.matchAll(/"@type"\s*:\s*("[^"]{1,60}"|\[[^\]]{1,200}\])/g)].map(
    (m) => m[1]!,
  );
  const sections = [
    ...text.matchAll(/"articleSection"\s*:\s*("[^"]{1,80}"|\[[^\]]{1,200}\])/g),
  ].map((m) => m[1]!);
  const opinionType = types.find((t) => /OpinionNewsArticle|ReviewNewsArticle|"Review"/.test(t));
  if (opinionType) return { label: 'opinion', evidence: `schema.org says ${opinionType}` };
  if (types.some((t) => /AnalysisNewsArticle/.test(t)))
    return { label: 'analysis', evidence: 'schema.org says AnalysisNewsArticle' };
  const section = sections.find((s) => OPINION_WORDS.test(s) || ANALYSIS_WORDS.test(s));
  if (!section) return null;
  const label = OPINION_WORDS.test(section) ? 'opinion' : 'analysis';
  return { label, evidence: `schema.org articleSection ${section}` };
}

/** The page's own tags: article:tag, sailthru.tags, keywords, and JSON-LD keywords. */
function pageTags(document: Document): string[] {
  const meta = Array.from(
    document.querySelectorAll(
      'meta[property="article:tag"], meta[name="sailthru.tags"], meta[name="keywords"], meta[name="news_keywords"]',
    ),
  ).map((el) => el.getAttribute('content') ?? '');
  const jsonLd = Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  ).flatMap((script) =>
    [
      ...(script.textContent ?? '').matchAll(/"keywords"\s*:\s*(\[[^\]]{0,400}\]|"[^"]{0,400}")/g),
    ].map((m) => m[1]!.replace(/["[\]]/g, '')),
  );
  return [...meta, ...jsonLd]
    .flatMap((list) => list.split(','))
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function metaContent(document: Document, property: string): string | null {
  const el = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

function pathOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
