/**
 * The site a link points to, as people name it: `news.example` for
 * `https://www.news.example/a`. Null when `url` is not a URL or names no host (a file).
 */
export function siteName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
