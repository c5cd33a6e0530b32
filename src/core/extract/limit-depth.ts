import { blockParagraphs } from './block-text.js';

/**
 * Readability's cost grows much faster than linearly with nesting depth (400 nested `<div>`s
 * took 2.6 s here, 1,000 took 25 s), while the deepest of the 311 corpus pages is 51 levels.
 * Past `maxDepth`, a subtree is replaced by its text as plain paragraphs: the words survive, the
 * pathological structure does not.
 */
export function limitDepth(root: Element, maxDepth: number): void {
  const doc = root.ownerDocument;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      if (el.firstElementChild) flatten(el, doc);
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
}

function flatten(el: Element, doc: Document): void {
  const paragraphs = blockParagraphs(el).map((text) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  });
  el.replaceChildren(...paragraphs);
}
