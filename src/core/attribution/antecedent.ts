import type { TextDoc, Token } from '../text/text-model.js';
import { standsAsSubject } from './clause-roles.js';
import type { NameMention } from './names.js';
import { isReportVerb } from './report-verbs.js';

/** How far back, in tokens, a pronoun may reach for the person it stands for. */
const PRONOUN_REACH = 120;

/**
 * The person a "he" or "she" before a reporting verb stands for. The nearest name is often the
 * wrong one ("…about Epstein. He told the BBC…" is Prince Andrew), so it must be a person who
 * was themselves reporting ("Coale said", "said Coale") shortly before, or else the subject that
 * opens this sentence or the one before ("Nora Vance toured the site. She added…"): news copy
 * keeps a speaker across paragraphs and brings in a new one by name.
 */
export function antecedentOf(
  doc: TextDoc,
  mentions: NameMention[],
  at: number,
): NameMention | null {
  let subject: NameMention | null = null;
  const pronoun = doc.tokens[at]!.normal;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.endToken > at || m.kind !== 'person') continue;
    if (genderOf(doc, mentions, m.name) === (pronoun === 'she' ? 'he' : 'she')) continue;
    if (at - m.endToken > PRONOUN_REACH) break;
    if (reportsAt(doc.tokens, m)) return m;
    subject ??= opensSentence(doc, m, at) ? m : null;
  }
  return subject ?? onlyPersonBefore(doc, mentions, at);
}

/**
 * Short news often names one person and goes on with "he" or "she" ("Senator Ida Marsh visited
 * the plant. … "We will rebuild," she said."): the only person named so far, if named as a
 * subject (not "his friendship with Jeffrey Epstein") and not known by the other pronoun.
 */
function onlyPersonBefore(doc: TextDoc, mentions: NameMention[], at: number): NameMention | null {
  const people = mentions.filter((m) => m.kind === 'person' && m.endToken <= at);
  const last = people[people.length - 1];
  if (!last || at - last.endToken > PRONOUN_REACH) return null;
  if (people.some((m) => m.name !== last.name)) return null;
  const other = doc.tokens[at]!.normal === 'she' ? 'he' : 'she';
  if (genderOf(doc, mentions, last.name) === other) return null;
  const asSubject = people.some((m) =>
    standsAsSubject(doc.tokens, m, doc.sentences[sentenceAt(doc, m.firstToken)]!.firstToken),
  );
  return asSubject ? last : null;
}

/** A mention that opens the pronoun's sentence or the sentence before it (after any title). */
function opensSentence(doc: TextDoc, m: NameMention, at: number): boolean {
  const here = sentenceAt(doc, at);
  const own = sentenceAt(doc, m.firstToken);
  if (here - own > 1) return false;
  const { firstToken } = doc.sentences[own]!;
  return m.firstToken - firstToken <= 2 && m.firstToken >= firstToken;
}

function sentenceAt(doc: TextDoc, token: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.firstToken <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "Coale said", "Coale, Kellogg's deputy, told", "said Coale". */
function reportsAt(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.endToken;
  if (tokens[k]?.value === ',') {
    const close = tokens.slice(k + 1, k + 16).findIndex((t) => t.value === ',');
    if (close >= 0) k += close + 2;
  }
  while (tokens[k] && /^(ADV|AUX|PART)$/.test(tokens[k]!.pos)) k++;
  const after = tokens[k];
  const before = tokens[m.firstToken - 1];
  return (
    (after !== undefined && isReportVerb(after)) || (before !== undefined && isReportVerb(before))
  );
}

const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * "he" or "she" for a person the text refers to with one of them alone in a sentence that the
 * person opens ("McDowell still laughs at the memory of his mom…"); null when unknown or mixed.
 */
function genderOf(doc: TextDoc, mentions: NameMention[], name: string): 'he' | 'she' | null {
  let he = false;
  let she = false;
  for (const m of mentions) {
    if (m.name !== name) continue;
    const sentence = doc.sentences[sentenceAt(doc, m.firstToken)]!;
    if (m.firstToken - sentence.firstToken > 2) continue;
    const words = doc.tokens.slice(m.endToken, sentence.endToken).map((t) => t.normal);
    const masculine = words.some((w) => MASCULINE.has(w));
    const feminine = words.some((w) => FEMININE.has(w));
    if (masculine !== feminine) {
      he ||= masculine;
      she ||= feminine;
    }
  }
  return he === she ? null : he ? 'he' : 'she';
}
