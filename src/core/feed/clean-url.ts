/** Query parameters that only track the click, never select the page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  'rb_clickid',
  's_cid',
]);

const TRACKING_PREFIXES = ['utm_', 'ga_', 'pk_', 'mtm_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** Resolves `raw` against `base` (if any); null unless the result is an http(s) URL. */
export function resolveUrl(raw: string | null | undefined, base?: string | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Like resolveUrl, but keeps any absolute URL scheme; used for bases (xml:base may be a tag: URI). */
export function resolveBase(raw: string | null | undefined, base?: string | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return base ?? null;
  try {
    return (base ? new URL(trimmed, base) : new URL(trimmed)).href;
  } catch {
    return base ?? null;
  }
}

/** Drops tracking parameters (utm_*, fbclid, gclid, mc_cid, …) and keeps everything else in order. */
export function stripTrackingParams(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (!url.search) return url.href;
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeParamName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

function decodeParamName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The canonical form of an item link: absolute, http(s), without tracking parameters. */
export function canonicalUrl(raw: string | null | undefined, base?: string | null): string | null {
  const resolved = resolveUrl(raw, base);
  return resolved ? stripTrackingParams(resolved) : null;
}
