/** Elements that never take a closing tag. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
/** Elements whose closing tag is optional: counting them would overstate the depth. */
const OPTIONAL_CLOSE = new Set(
  'html head body p li dt dd tr td th thead tbody tfoot option optgroup colgroup rp rt'.split(' '),
);
/** Elements whose content is raw text, where a `<` is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe']);

/**
 * Whether tags in the markup nest deeper than `limit`, estimated from open and close tags
 * without parsing (skipping comments and raw-text elements). One pass with `indexOf`, no
 * backtracking regex, so hostile input cannot make it slow.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const lower = html.toLowerCase();
  let depth = 0;
  let i = lower.indexOf('<');
  while (i >= 0 && i < lower.length - 1) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[i + 1] === '/';
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < lower.length && /[a-z0-9:-]/.test(lower[nameEnd]!)) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    const tagEnd = lower.indexOf('>', nameEnd);
    if (tagEnd < 0) return false;
    if (name && /^[a-z]/.test(name) && !VOID.has(name) && !OPTIONAL_CLOSE.has(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (lower[tagEnd - 1] !== '/') {
        if (RAW_TEXT.has(name)) {
          const end = lower.indexOf(`</${name}`, tagEnd);
          if (end < 0) return false;
          i = lower.indexOf('<', end + 2);
          continue;
        }
        if (++depth > limit) return true;
      }
    }
    i = lower.indexOf('<', tagEnd + 1);
  }
  return false;
}
