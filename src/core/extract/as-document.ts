/**
 * Markup shaped the way linkedom needs it: linkedom builds no `<html>`/`<body>` skeleton of its
 * own (a fragment's first element becomes the document element, and content outside a missing
 * `<body>` is invisible to `document.body`), so add what is missing. A `<base href>` makes
 * Readability resolve relative links, which linkedom does not do by itself.
 */
export function asDocument(html: string, baseUrl?: string): string {
  let out = html.replace(/^\uFEFF?\s*(<!doctype[^>]*>)?/i, '');
  const hasHtml = /<html[\s>]/i.test(out);
  if (!/<body[\s>]/i.test(out)) {
    const headEnd = /<\/head\s*>/i.exec(out);
    const htmlOpen = /<html(\s[^<>]*)?>/i.exec(out);
    const at = headEnd
      ? headEnd.index + headEnd[0].length
      : htmlOpen
        ? htmlOpen.index + htmlOpen[0].length
        : 0;
    out = `${out.slice(0, at)}<body>${out.slice(at)}`;
  }
  const base = baseUrl ? `<base href="${escapeAttribute(baseUrl)}">` : '';
  if (!hasHtml) return `<html><head>${base}</head>${out}</html>`;
  if (!base) return out;
  if (/<head[\s>]/i.test(out)) return out.replace(/<head(\s[^<>]*)?>/i, (m) => m + base);
  return out.replace(/<html(\s[^<>]*)?>/i, (m) => `${m}<head>${base}</head>`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
