/** Offsets in minutes east of UTC for zone names seen in feeds. RFC 822 §5.1 names come first. */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['UT', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['Z', 0],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  // Common beyond RFC 822. Ambiguous abbreviations (IST, AST, BST outside the UK) are left out or
  // take their most frequent meaning in English-language news feeds.
  ['AKST', -540],
  ['AKDT', -480],
  ['HST', -600],
  ['WET', 0],
  ['WEST', 60],
  ['BST', 60],
  ['CET', 60],
  ['CEST', 120],
  ['MET', 60],
  ['MEST', 120],
  ['EET', 120],
  ['EEST', 180],
  ['MSK', 180],
  ['HKT', 480],
  ['SGT', 480],
  ['AWST', 480],
  ['JST', 540],
  ['KST', 540],
  ['ACST', 570],
  ['AEST', 600],
  ['AEDT', 660],
  ['NZST', 720],
  ['NZDT', 780],
]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** True when `token` is `name` or a prefix of it at least three letters long ("Sept", "Thurs"). */
function abbreviates(token: string, name: string): boolean {
  return token.length >= 3 && name.startsWith(token);
}

/** 1-12 for an English month name or its abbreviation, else null. */
export function monthNumber(token: string): number | null {
  const lower = token.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((name) => abbreviates(lower, name));
  return index === -1 ? null : index + 1;
}

export function isWeekday(token: string): boolean {
  const lower = token.toLowerCase().replace(/[.,]$/, '');
  return WEEKDAYS.some((name) => abbreviates(lower, name));
}
