import { decodeHTML } from 'entities/decode';

const SEPARATOR = / (\||-|–|—|::|·) /g;

/**
 * A page title as a headline: entities left encoded by the page decoded ("win this&nbsp;game"),
 * and the outlet's name after a separator removed ("… | TheHill", "… - Los Angeles Times"). A
 * trailing part goes when it names the site (letters compared without spaces or case), or, after
 * a "|", when it is a short label ("| Editorial") and the headline before it is longer.
 */
export function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (title === null) return null;
  let text = decodeHTML(title).replace(/\s+/g, ' ').trim();
  const site = squash(siteName ?? '');
  for (let round = 0; round < 2; round++) {
    const cut = [...text.matchAll(SEPARATOR)].at(-1);
    if (!cut) break;
    const last = text.slice(cut.index + cut[0].length);
    const separator = cut[1]!;
    const rest = text.slice(0, cut.index);
    const namesSite = site !== '' && (squash(last) === site || squash(last).includes(site));
    const label = separator === '|' && words(last) <= 3 && words(rest) >= 4;
    if (!namesSite && !label) break;
    text = rest.trim();
  }
  return text === '' ? null : text;
}

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
