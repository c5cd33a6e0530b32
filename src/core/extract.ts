import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Plain text, one paragraph per block, paragraphs separated by a blank line. */
  text: string;
}

const blockTags = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
  'TABLE',
  'UL',
  'OL',
]);

/**
 * The readable article of an HTML page (Mozilla Readability over linkedom). `baseUrl` makes
 * relative links absolute, which linkedom does not do by itself.
 */
export function extractArticle(html: string, baseUrl?: string): ExtractedArticle | null {
  const withBase = baseUrl ? injectBase(html, baseUrl) : html;
  const { document } = parseHTML(withBase);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  const text = blockText(content.body as unknown as Node);
  if (text === '') return null;
  return {
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
    lang: article.lang?.trim() || lang,
    text,
  };
}

function injectBase(html: string, baseUrl: string): string {
  const tag = `<base href="${baseUrl.replace(/"/g, '&quot;')}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
}

/** Text of a DOM tree with a paragraph break after every block element. */
function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') current += ' ';
        const block = blockTags.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
