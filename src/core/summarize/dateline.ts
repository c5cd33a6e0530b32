import type { Sentence, TextDoc } from '../text/text-model.js';

const DASH = /^(—|–|-|--|―)$/;
const CAPS = /^\p{Lu}[\p{Lu}.'’-]+$/u;
/** "Calif.", "Ohio", and a state written with capitals and stops ("S.C.", "D.C."). */
const TITLE_CASE = /^(\p{Lu}[\p{Ll}.'’-]*|(\p{Lu}\.)+)$/u;

/**
 * One past the last token of a dateline that opens a sentence ("WASHINGTON (Reuters) -",
 * "DUBAI, United Arab Emirates —", "(CNN)"), or the sentence's first token when there is none.
 * A dateline says where the copy was filed, not what happened, so a digest line leaves it out;
 * so are a list item's bullet and the reference marks of the sentence before ("[1] The …").
 */
export function datelineEnd(doc: TextDoc, sentence: Sentence): number {
  const { tokens } = doc;
  const first = leadingMarksEnd(doc, sentence);
  const last = Math.min(sentence.endToken, first + 10);
  const agency = agencyEnd(doc, sentence, first);
  if (agency > first) return agency;
  const dated = dateEnd(doc, first);
  if (dated > first && DASH.test(tokens[dated]?.value ?? '') && dated + 1 < sentence.endToken)
    return dated + 1;
  const placed = placeColonEnd(doc, sentence, first);
  if (placed > first) return placed;
  const outlet = outletNameEnd(doc, sentence, first);
  if (outlet > first && DASH.test(tokens[outlet]?.value ?? '') && outlet + 1 < sentence.endToken)
    return outlet + 1;
  if (!CAPS.test(tokens[first]?.value ?? '')) return first;
  let i = first;
  while (i < last && CAPS.test(tokens[i]!.value)) i++;
  if (tokens[i]?.value === ',') {
    i++;
    while (i < last && (TITLE_CASE.test(tokens[i]!.value) || /^\d{1,2}$/.test(tokens[i]!.value)))
      i++;
  }
  if (tokens[i]?.value === '(') {
    const close = tokens.findIndex((t, k) => k > i && k < last && t.value === ')');
    if (close < 0) return first;
    i = close + 1;
  }
  return DASH.test(tokens[i]?.value ?? '') && i + 1 < sentence.endToken ? i + 1 : first;
}

/**
 * One past an agency in brackets that opens the sentence: glued to the first word ("(CNN)President")
 * or before a dash ("(Reuters) — The …", where a republisher cut the city); else first.
 */
function agencyEnd(doc: TextDoc, sentence: Sentence, first: number): number {
  const { tokens } = doc;
  const name = tokens[first + 1]?.value ?? '';
  if (tokens[first]?.value !== '(' || tokens[first + 2]?.value !== ')') return first;
  if (CAPS.test(name) && tokens[first + 3]?.start === tokens[first + 2]!.end) return first + 3;
  const dashed =
    (CAPS.test(name) || TITLE_CASE.test(name)) && DASH.test(tokens[first + 3]?.value ?? '');
  return dashed && first + 4 < sentence.endToken ? first + 4 : first;
}

/**
 * One past "Washington, DC, United States:" opening the sentence: capitalised place names with at
 * least one comma, then a colon (Al Jazeera's dateline); else first. A single name before a colon
 * ("Warning:", "Paris:") is a label as often as a place, so it stays.
 */
function placeColonEnd(doc: TextDoc, sentence: Sentence, first: number): number {
  const { tokens } = doc;
  let commas = 0;
  for (let i = first; i < Math.min(sentence.endToken - 1, first + 10); i++) {
    const value = tokens[i]!.value;
    if (value === ':') return commas > 0 && i > first ? i + 1 : first;
    if (value === ',') commas++;
    else if (!TITLE_CASE.test(value) && !CAPS.test(value)) return first;
  }
  return first;
}

/** A site's name as a domain ("PanARMENIAN.Net", "Bernama.com"), written with no spaces. */
const DOMAIN = /^[\p{L}\p{N}-]+(\.\p{L}{2,})+$/u;

/** One past the last token of an outlet's domain-style name that opens the sentence, or first. */
function outletNameEnd(doc: TextDoc, sentence: Sentence, first: number): number {
  const { tokens } = doc;
  let i = first + 1;
  while (i < sentence.endToken && tokens[i]!.start === tokens[i - 1]!.end) i++;
  const name = doc.text.slice(tokens[first]!.start, tokens[i - 1]!.end);
  return i - first >= 3 && DOMAIN.test(name) ? i : first;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** One past "April 17, 2015" (or "April 17") opening the sentence, or its first token. */
function dateEnd(doc: TextDoc, first: number): number {
  const { tokens } = doc;
  if (!MONTH.test(tokens[first]?.value ?? '') || !/^\d{1,2}$/.test(tokens[first + 1]?.value ?? ''))
    return first;
  const withYear =
    tokens[first + 2]?.value === ',' && /^\d{4}$/.test(tokens[first + 3]?.value ?? '');
  return withYear ? first + 4 : first + 2;
}

const BULLET = /^[-•*·▪‣◦]$/;

/** One past the reference marks ("[2][3]", "[1]: 207") and a bullet ("- ") that open the sentence. */
function leadingMarksEnd(doc: TextDoc, sentence: Sentence): number {
  const { tokens } = doc;
  let i = sentence.firstToken;
  const end = sentence.endToken - 1;
  while (
    i + 2 < end &&
    tokens[i]!.value === '[' &&
    /^\d{1,3}$/.test(tokens[i + 1]!.value) &&
    tokens[i + 2]!.value === ']'
  )
    i += 3;
  // A page reference after the mark: "[1]: 207 The list provides …".
  const cited = i > sentence.firstToken && tokens[i]!.value === ':';
  if (cited && i + 2 < end && /^\d{1,4}$/.test(tokens[i + 1]!.value)) i += 2;
  if (i < end && BULLET.test(tokens[i]!.value)) i++;
  return i;
}
