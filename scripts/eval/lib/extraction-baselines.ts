import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { asDocument } from '../../../src/core/extract/as-document.js';
import { blockParagraphs } from '../../../src/core/extract/block-text.js';

/**
 * The trivial baseline: every piece of body text, scripts and styles removed, one paragraph per
 * block element (the benchmark's "html-text, all visible text" floor scored 0.665).
 */
export function bodyText(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(asDocument(html));
  const body = document.body;
  if (!body) return { title: null, text: '' };
  const title = document.title?.replace(/\s+/g, ' ').trim() || null;
  return { title, text: blockParagraphs(body as unknown as Node).join('\n\n') };
}

/** Readability 0.6 over linkedom as it comes: its `textContent`, with no Lede post-processing. */
export function plainReadabilityText(html: string, baseUrl?: string): string {
  const { document } = parseHTML(asDocument(html, baseUrl));
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}
