/**
 * Removes every `<name …>…</name>` element of the given names, content and all, replacing each
 * with a space; an element never closed is left as written. One left-to-right pass: the next `>`
 * and each name's next closing tag are searched once and remembered, so ten thousand unclosed
 * `<script>` tags cost no more than one (a lazy `[\s\S]*?<\/\1>` regex rescans to the end for each).
 */
export function removeElements(html: string, names: readonly string[]): string {
  const opener = new RegExp(`<(${names.join('|')})\\b`, 'gi');
  const nextGt = nextMatchFinder(html, />/g);
  const closers = new Map<string, (from: number) => RegExpExecArray | null>();
  let out = '';
  let copied = 0;
  for (let open = opener.exec(html); open; open = opener.exec(html)) {
    const openEnd = nextGt(open.index);
    if (!openEnd) break;
    const name = open[1]!.toLowerCase();
    if (!closers.has(name))
      closers.set(name, nextMatchFinder(html, new RegExp(`</${name}\\s*>`, 'gi')));
    const close = closers.get(name)!(openEnd.index + 1);
    if (!close) continue;
    out += `${html.slice(copied, open.index)} `;
    copied = close.index + close[0].length;
    opener.lastIndex = copied;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * Replaces every tag that `opener` (a global pattern for `<name`) starts, up to the next `>`, by
 * `replacement`, as `<name\b[^>]*>` would, without rescanning to the end for each unclosed tag.
 */
export function replaceTags(html: string, opener: RegExp, replacement: string): string {
  const nextGt = nextMatchFinder(html, />/g);
  let out = '';
  let copied = 0;
  opener.lastIndex = 0;
  for (let open = opener.exec(html); open; open = opener.exec(html)) {
    const end = nextGt(open.index);
    if (!end) break;
    out += html.slice(copied, open.index) + replacement;
    copied = end.index + 1;
    opener.lastIndex = copied;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * The first match of `pattern` (global) at or after a position, for positions that only grow:
 * a match still ahead is reused, and once none is found none is searched for again.
 */
function nextMatchFinder(text: string, pattern: RegExp): (from: number) => RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  let noneFrom = Number.POSITIVE_INFINITY;
  return (from) => {
    if (found && found.index >= from) return found;
    if (from >= noneFrom) return null;
    pattern.lastIndex = from;
    found = pattern.exec(text);
    if (!found) noneFrom = from;
    return found;
  };
}
