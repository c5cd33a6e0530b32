import type { Token } from './text-model.js';

/**
 * Corrects wink-nlp's sentence ends in place. `ends[i]` says a sentence ends after token i.
 * The rules follow the English "Golden Rules" of pragmatic_segmenter / pySBD, restricted to the
 * ones that matter for news: merges first (a break wink made inside a sentence), then splits
 * (a break wink missed), then inline numbered lists.
 */
export function correctSentenceEnds(tokens: Token[], ends: boolean[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (ends[i] && shouldMerge(tokens, ends, i)) ends[i] = false;
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!ends[i] && shouldSplit(tokens[i]!, tokens[i + 1]!)) ends[i] = true;
  }
  mergeBareListMarkers(tokens, ends);
  splitInlineLists(tokens, ends);
}

const REPORT_LEMMAS = new Set(['say', 'tell', 'add', 'ask', 'reply', 'write', 'explain', 'insist']);
const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.']);
/** Abbreviations that mostly modify what follows: "U.S. Rep. Ilhan Omar", "U.N. Secretary-General". */
const MODIFIER_ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.']);
const STARTER_POS = new Set(['PRON', 'DET', 'AUX', 'SCONJ', 'CCONJ', 'ADV']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

function shouldMerge(tokens: Token[], ends: boolean[], i: number): boolean {
  const next = tokens[i + 1]!;
  // "the Univ. of Chicago", "“This is great.” she said", "(…) at the local University".
  if (/^\p{Ll}/u.test(next.value) && !/^\p{Ll}+\p{Lu}/u.test(next.value)) return true;
  // A sentence does not start with a comma, a closing bracket or a stray dot ("mean...see").
  if (/^[,;:)\]]/.test(next.value) || /^\.(?!\.\.\.)/.test(next.value)) return true;
  if (/^\d/.test(next.value) && endsWithShortAbbreviation(tokens, i)) return true;
  if (MODIFIER_ABBREVIATIONS.has(tokens[i]!.normal) && TITLES.has(next.normal)) return true;
  if (isGluedDot(tokens, i) || insideShortQuote(tokens, ends, i)) return true;
  return CLOSING_QUOTES.has(tokens[i]!.value) && startsWithAttribution(tokens, ends, i + 1);
}

/** A dot with a letter on both sides ("PanARMENIAN.Net", "R-W.Va."): a name, not a stop. */
function isGluedDot(tokens: Token[], i: number): boolean {
  const [before, dot, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]!];
  return (
    dot.value === '.' &&
    before?.end === dot.start &&
    dot.end === after.start &&
    /\p{L}$/u.test(before.value) &&
    /^\p{L}/u.test(after.value)
  );
}

/** Quoted words up to which a stop inside the quote is a slogan's or a title's ("Meth. We’re on it."). */
const SHORT_QUOTE_WORDS = 8;

/** A stop inside a short double-quoted phrase that closes within the same sentence. */
function insideShortQuote(tokens: Token[], ends: boolean[], i: number): boolean {
  let open = -1;
  for (let k = i; k >= 0 && (k === i || !ends[k]); k--) {
    if (tokens[k]!.value === '”') return false;
    if (tokens[k]!.value === '“') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  let words = 0;
  for (let k = open + 1; k < tokens.length; k++) {
    const value = tokens[k]!.value;
    if (value === '”') return true;
    if (value === '“' || (/[\p{L}\p{N}]/u.test(value) && ++words > SHORT_QUOTE_WORDS)) return false;
  }
  return false;
}

/** "Jan. 5", "No. 10", "N°. 1026": a short non-numeric word before the dot, then a number. */
function endsWithShortAbbreviation(tokens: Token[], i: number): boolean {
  const last = tokens[i]!;
  const word = last.value === '.' ? tokens[i - 1] : last;
  if (!word || (last.value === '.' && word.end !== last.start)) return false;
  const bare = word.value.replace(/\.$/, '');
  return bare.length > 0 && bare.length <= 4 && !/\d/.test(bare);
}

/** `"It is over." Smith said.` — a short subject and a reporting verb after a closed quote. */
function startsWithAttribution(tokens: Token[], ends: boolean[], first: number): boolean {
  for (let k = first; k < Math.min(first + 5, tokens.length); k++) {
    const token = tokens[k]!;
    if (REPORT_LEMMAS.has(token.lemma) && k > first) return true;
    if (token.pos === 'PUNCT' || ends[k]) return false;
  }
  return false;
}

function shouldSplit(token: Token, next: Token): boolean {
  // Every split rule needs a token ending in a dot; checking that first keeps the pass cheap.
  if (!token.value.endsWith('.') || !/^\p{Lu}/u.test(next.value)) return false;
  // "6 P.M. Mr. Smith", "in the U.S. He" — a dotted abbreviation, then a title or a sentence opener.
  if (/^(\p{L}\.){2,}$/u.test(token.value)) {
    const upperCase = token.value === token.value.toUpperCase();
    const title = TITLES.has(next.normal) && !MODIFIER_ABBREVIATIONS.has(token.normal);
    return (upperCase && title) || STARTER_POS.has(next.pos);
  }
  // "you and I. Did you see Albert I. Jones": an initial before a function word ends a sentence.
  if (/^\p{Lu}\.$/u.test(token.value)) return STARTER_POS.has(next.pos) && next.pos !== 'ADV';
  if (/^https?:\/\/\S+\.$/.test(token.value)) return true;
  return /^\.{4,}$/.test(token.value);
}

/** wink ends a sentence after "1." or "• 9."; the marker belongs to the item that follows. */
function mergeBareListMarkers(tokens: Token[], ends: boolean[]): void {
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!ends[i]) continue;
    if (listMarkerAt(tokens, first)?.end === i + 1 && i + 1 < tokens.length) ends[i] = false;
    else first = i + 1;
  }
}

/** "1.) The first item 2.) The second item": split before the next marker in sequence. */
function splitInlineLists(tokens: Token[], ends: boolean[]): void {
  let expected: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const startsSentence = i === 0 || ends[i - 1];
    if (!startsSentence && expected === null) continue;
    const marker = listMarkerAt(tokens, i);
    if (marker && startsSentence) expected = successor(marker.label);
    else if (marker && marker.label === expected && i > 0) {
      ends[i - 1] = true;
      ends[marker.end - 1] = false;
      expected = successor(marker.label);
    } else if (startsSentence) expected = null;
  }
}

interface ListMarker {
  label: string;
  /** One past the marker's last token. */
  end: number;
}

/** An optional bullet, then "9", "9.", "9)", "9.)" or "a.", followed by a capitalised word. */
function listMarkerAt(tokens: Token[], at: number): ListMarker | null {
  let k = at;
  if (/^[•⁃·-]$/.test(tokens[k]?.value ?? '')) k++;
  const label = tokens[k]?.value ?? '';
  let end: number;
  if (/^\p{Ll}\.$/u.test(label)) end = k + 1;
  else if (/^\d{1,2}$/.test(label) && /^[.)]$/.test(tokens[k + 1]?.value ?? '')) {
    end = tokens[k + 2]?.value === ')' ? k + 3 : k + 2;
  } else return null;
  const after = tokens[end];
  if (!after || !/^\p{Lu}/u.test(after.value)) return null;
  return { label: label.replace(/\.$/, ''), end };
}

function successor(label: string): string {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}
