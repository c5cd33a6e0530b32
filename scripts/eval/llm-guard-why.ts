import type { GuardRejection } from '../../src/core/llm/guard.js';

/** Why the guard rejected a faithful summary, as the eval counts it. */
export type FaithfulRejection = 'guard wrong' | 'summary adds a fact' | 'loaded word';
export const FAITHFUL_REJECTIONS: readonly FaithfulRejection[] = [
  'guard wrong',
  'summary adds a fact',
  'loaded word',
];

const NAME = /^the name "(.+)" is not in the source$/;
const NUMBER = /^the number (\S+) is not in the source$/;
const QUOTE = /^the quotation (.+) is not in the source$/s;

/**
 * Sorts a faithful summary's rejections by a looser look-up of the raw source than the guard's,
 * written apart from it: a name whose stem the source never spells in any case, a number the
 * source never writes (digits, or the value scaled by thousand, million or billion), a quotation
 * whose words the source mostly lacks. Such a rejection is right: the summary states something
 * the source lacks (NeuS sources are truncated). If one rejection is right the summary's
 * rejection is; a summary rejected only for framing is "loaded word"; the rest: "guard wrong".
 */
export function whyRejected(
  sourceText: string,
  rejected: readonly GuardRejection[],
): FaithfulRejection {
  const lower = lowerSource(sourceText);
  const facts = rejected.filter(
    (r) => NAME.test(r.reason) || NUMBER.test(r.reason) || QUOTE.test(r.reason),
  );
  if (facts.some((r) => factAbsent(lower, r.reason))) return 'summary adds a fact';
  return facts.length === 0 ? 'loaded word' : 'guard wrong';
}

/** A name, number or quotation of a summary, as the looser look-up reads it. */
export type SummaryFact =
  | { kind: 'name'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'quotation'; text: string };

function factAbsent(lower: string, reason: string): boolean {
  const name = NAME.exec(reason)?.[1];
  if (name) return absent(lower, { kind: 'name', text: name });
  const number = NUMBER.exec(reason)?.[1];
  if (number) return absent(lower, { kind: 'number', value: Number(number) });
  return absent(lower, { kind: 'quotation', text: QUOTE.exec(reason)?.[1] ?? '' });
}

/** `lower`: the source in lower case, thousands separators removed. */
function absent(lower: string, fact: SummaryFact): boolean {
  if (fact.kind === 'number') return !writesNumber(lower, fact.value);
  const text = fact.text.toLowerCase();
  if (fact.kind === 'name')
    return !new RegExp(`\\b${escapeRegExp(text.slice(0, Math.max(4, text.length - 2)))}`).test(
      lower,
    );
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const found = words.filter((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'u').test(lower)).length;
  return found < 0.8 * words.length;
}

/**
 * The summary's facts by plain patterns, never the guard's readers: every run of digits, every
 * capitalised word that does not open a sentence (a sentence's first word may be any word), and
 * every stretch in double quotation marks.
 */
export function summaryFacts(summary: string): SummaryFact[] {
  const numbers = [...summary.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({
    kind: 'number' as const,
    value: Number(m[0].replace(/,(?=\d{3})/g, '')),
  }));
  const names = [...summary.matchAll(/(?<![.!?:]["”’]?\s+|^["“]?|["“]|\p{L})\p{Lu}[\p{L}’'-]*/gu)]
    .map((m) => m[0].replace(/['’]s$/, ''))
    .filter((word) => word.length > 1)
    .map((text) => ({ kind: 'name' as const, text }));
  const quotations = [...summary.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => ({
    kind: 'quotation' as const,
    text: m[1]!,
  }));
  return [...numbers, ...names, ...quotations];
}

/**
 * Whether the source, read loosely, holds every fact of the summary: the faithful subset of a
 * corpus whose sources are cut short (NeuS), where an editor's summary may state what the
 * truncated sources no longer hold.
 */
export function sourceHoldsEveryFact(sourceText: string, summary: string): boolean {
  const lower = lowerSource(sourceText);
  return summaryFacts(summary).every((fact) => !absent(lower, fact));
}

const lowerSource = (text: string) => text.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

function writesNumber(lower: string, value: number): boolean {
  const forms = [1, 1e3, 1e6, 1e9].map((scale) => String(Number((value * scale).toPrecision(12))));
  if (Number.isInteger(value) && value <= 10) forms.push(NUMBER_WORDS[value]!);
  return forms.some((form) => new RegExp(`(?<![\\d.])${escapeRegExp(form)}(?![\\d])`).test(lower));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
