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
  const lower = sourceText.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
  const facts = rejected.filter(
    (r) => NAME.test(r.reason) || NUMBER.test(r.reason) || QUOTE.test(r.reason),
  );
  if (facts.some((r) => factAbsent(lower, r.reason))) return 'summary adds a fact';
  return facts.length === 0 ? 'loaded word' : 'guard wrong';
}

function factAbsent(lower: string, reason: string): boolean {
  const name = NAME.exec(reason)?.[1];
  if (name)
    return !new RegExp(`\\b${escapeRegExp(name.slice(0, Math.max(4, name.length - 2)))}`).test(
      lower,
    );
  const number = NUMBER.exec(reason)?.[1];
  if (number) return !writesNumber(lower, Number(number));
  const quote = QUOTE.exec(reason)?.[1] ?? '';
  const words = quote.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const found = words.filter((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'u').test(lower)).length;
  return found < 0.8 * words.length;
}

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
