/** Elements that end the running paragraph before and after themselves. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT']);

interface Frame {
  node: Node;
  /** Set once the element's children have been pushed: the visit that closes it. */
  closing: boolean;
}

/**
 * The paragraphs of a DOM tree's plain text: one per block element. A single `<br>` is a line break inside a paragraph, two in a row a paragraph break; list
 * items get a `- ` or `1. ` marker; `<pre>` keeps its line structure; table cells are spaced.
 * Iterative, so deeply nested markup cannot overflow the stack.
 */
export function blockParagraphs(root: Node): string[] {
  const out: string[] = [];
  let line = '';
  let prefix = '';
  let brs = 0;
  const flush = () => {
    const text = line
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) {
      out.push(prefix + text);
      prefix = '';
    }
    line = '';
    brs = 0;
  };
  const numbers = new Map<Node, number>();
  const stack: Frame[] = [];
  const pushChildren = (node: Node) => {
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, closing: false });
  };
  pushChildren(root);
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.nodeType === 3) {
      // Source line breaks are just spaces; only <br> breaks a line.
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (/\S/.test(text)) brs = 0;
      line += text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (closing) {
      if (BLOCK.has(tag)) flush();
      if (tag === 'LI') prefix = '';
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      brs++;
      if (brs >= 2) flush();
      else line += '\n';
      continue;
    }
    if (tag === 'PRE') {
      flush();
      const pre = (el.textContent ?? '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
      const body = pre.replace(/\n{2,}/g, '\n').replace(/^\n+|\n+$/g, '');
      if (body.trim()) out.push(prefix + body);
      prefix = '';
      continue;
    }
    if (tag === 'TD' || tag === 'TH') line += ' ';
    if (BLOCK.has(tag)) flush();
    if (tag === 'LI') prefix = listMarker(el, numbers);
    stack.push({ node, closing: true });
    pushChildren(node);
  }
  flush();
  return out;
}

/** `- ` in a bulleted list, `n. ` in a numbered one (counting from its `start`). */
function listMarker(li: Element, numbers: Map<Node, number>): string {
  const list = li.parentNode as Element | null;
  if (list?.tagName !== 'OL') return '- ';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const n = numbers.get(list) ?? (Number.isFinite(start) ? start : 1);
  numbers.set(list, n + 1);
  return `${n}. `;
}
