/**
 * Harman's S-stemmer (Harman 1991, "How effective is suffixing?"): folds plurals only, so that
 * "tariffs"/"tariff" meet without the over-merging of a full Porter stemmer on short news copy.
 */
export function sStem(word: string): string {
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.endsWith('es') && !/(?:aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (!word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
