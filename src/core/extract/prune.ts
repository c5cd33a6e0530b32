const CAPTION = /(^|[-_\s])(caption|credit|image-?credit|photo-?credit|wp-caption-text)($|[-_\s])/i;
const MEDIA = 'img, picture, video, audio, iframe, svg';
const CONTENT = 'pre, table, blockquote, ol, ul';

/**
 * Removes what Readability keeps but a reader of the story does not need: figure captions and
 * photo credits, and figures that are only a picture with its caption.
 */
export function pruneContent(root: Element): void {
  const doomed: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName;
    if (tag === 'FIGCAPTION') doomed.push(el);
    else if (tag === 'FIGURE') {
      if (el.querySelector(MEDIA) && !el.querySelector(CONTENT)) doomed.push(el);
    } else if (CAPTION.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`))
      doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
