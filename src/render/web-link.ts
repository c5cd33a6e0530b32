import { truncate } from './text-limits.js';

/**
 * Characters that end or break a link in some platform's markup: Markdown's `( ) [ ] < >`,
 * Slack's `|` and `>`, and whitespace, quotes and backslashes. Percent-encoded, servers read them
 * as the same characters, and nothing in the address can end the link early.
 */
const breaksLinks = /[\s()[\]<>|`\\"']/g;

/**
 * The address to link to, rebuilt from the parsed URL with the characters above
 * percent-encoded, or undefined for anything that is not a well-formed http(s) URL (which is
 * then shown as text, never linked). Credentials are dropped: a link in a chat never carries a
 * password, and `https://bank.example@evil.example/` is a classic disguise.
 */
export function webLink(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(
    breaksLinks,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Words for a link shown without its own: host and path, shortened (`news.example/feed…`). */
export function linkLabel(href: string, max = 60): string {
  const { host, pathname } = new URL(href);
  const shown = `${host}${pathname === '/' ? '' : pathname}`;
  return truncate(shown, max);
}
