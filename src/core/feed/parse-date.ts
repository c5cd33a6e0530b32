import { isWeekday, monthNumber, ZONE_OFFSETS } from './date-zones.js';

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** Minutes east of UTC. */
  offset: number;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_BASIC =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?)?\s*(Z|[+-]\d{4})?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
const NUMERIC_OFFSET = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Reads the dates feeds carry: RFC 822/2822 (named zones such as EST or GMT, numeric offsets,
 * two-digit years, missing seconds or weekday), RFC 3339 / ISO 8601, and common sloppy variants
 * ("05-Jan-2024", "January 5, 2024 10:00 PM EST", asctime). A date without a zone is read as
 * UTC, as feedparser does. Anything else, including an unknown zone name, is null: a wrong date
 * would misorder a digest, a missing one only loses the ordering hint.
 */
export function parseFeedDate(raw: string | null | undefined): number | null {
  const text = raw
    ?.replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  const parts = readIsoDate(text) ?? readLooseDate(text);
  return parts ? toEpochMillis(parts) : null;
}

function readIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text) ?? ISO_BASIC.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return null;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millis: fractionToMillis(fraction),
    offset,
  };
}

function fractionToMillis(fraction: string | undefined): number {
  return fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
}

function zoneOffset(zone: string): number | null {
  const named = ZONE_OFFSETS.get(zone.toUpperCase());
  if (named !== undefined) return named;
  const match = NUMERIC_OFFSET.exec(zone);
  if (!match) return null;
  const [, sign, hours, minutes] = match;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return null;
  return sign === '-' ? -total : total;
}

interface LooseFields {
  year?: number;
  month?: number;
  day?: number;
  time?: RegExpExecArray;
  meridiem?: 'am' | 'pm';
  offset?: number;
}

/** Token by token: each token must be a weekday, month, day, year, time, am/pm or zone. */
function readLooseDate(text: string): DateParts | null {
  const tokens = text.split(/[\s,]+|(?<=[a-z])-|-(?=[a-z])|(?<=\d)-(?=\d{2,4}\b)/i).filter(Boolean);
  const fields: LooseFields = {};
  for (const token of tokens) {
    if (!readToken(token, fields)) return null;
  }
  const { year, month, day, time } = fields;
  if (year === undefined || month === undefined || day === undefined) return null;
  const hour = time ? hourOf(Number(time[1]), fields.meridiem) : 0;
  if (hour === null) return null;
  return {
    year,
    month,
    day,
    hour,
    minute: Number(time?.[2] ?? 0),
    second: Number(time?.[3] ?? 0),
    millis: fractionToMillis(time?.[4]),
    offset: fields.offset ?? 0,
  };
}

function readToken(token: string, fields: LooseFields): boolean {
  const month = monthNumber(token);
  if (month !== null && fields.month === undefined) {
    fields.month = month;
    return true;
  }
  if (isWeekday(token)) return true;
  if (/^\d+$/.test(token)) return readNumber(token, fields);
  const time = TIME.exec(token);
  if (time && !fields.time) {
    fields.time = time;
    return true;
  }
  const lower = token.toLowerCase().replace(/\./g, '');
  if ((lower === 'am' || lower === 'pm') && !fields.meridiem) {
    fields.meridiem = lower;
    return true;
  }
  const offset = zoneOffset(token);
  if (offset === null || fields.offset !== undefined) return false;
  fields.offset = offset;
  return true;
}

function readNumber(token: string, fields: LooseFields): boolean {
  if (token.length === 4 && fields.year === undefined) {
    fields.year = Number(token);
    return true;
  }
  if (token.length <= 2 && fields.day === undefined) {
    fields.day = Number(token);
    return true;
  }
  if (token.length === 2 && fields.year === undefined) {
    // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
    fields.year = Number(token) + (Number(token) < 50 ? 2000 : 1900);
    return true;
  }
  return false;
}

function hourOf(hour: number, meridiem: 'am' | 'pm' | undefined): number | null {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem === 'pm' ? 12 : 0);
}

/** Null when a field is out of range (Feb 30, 25:00), instead of letting Date roll it over. */
function toEpochMillis(p: DateParts): number | null {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 24 || p.minute > 59 || p.second > 60) {
    return null;
  }
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, Math.min(p.second, 59));
  const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (check.getUTCDate() !== p.day || check.getUTCFullYear() !== p.year) return null;
  return local + p.millis - p.offset * 60_000;
}
