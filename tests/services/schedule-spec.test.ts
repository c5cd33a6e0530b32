import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { nextRuns, parseScheduleSpec } from '../../src/services/schedule-spec.js';

describe('schedule specs', () => {
  it.each([
    ['daily 08:00', 'Europe/Berlin', '0 8 * * *'],
    ['Weekdays 17:30', 'America/New_York', '30 17 * * 1-5'],
    ['weekends 9:05', 'UTC', '5 9 * * 0,6'],
    ['weekly mon 09:00', 'UTC', '0 9 * * 1'],
    ['weekly Friday 18:00', 'UTC', '0 18 * * 5'],
    ['hourly', 'UTC', '0 * * * *'],
    ['0 7 * * 1-5', 'Asia/Tokyo', '0 7 * * 1-5'],
  ])('reads %j in %s as %s', (text, zone, cron) => {
    expect(parseScheduleSpec(text, zone)).toMatchObject({ cron, timezone: zone });
  });

  it('defaults to UTC when no time zone is given', () => {
    expect(parseScheduleSpec('daily 08:00', '').timezone).toBe('UTC');
  });

  it.each([
    ['banana', 'UTC', 'not a schedule Lede knows'],
    ['daily 25:00', 'UTC', 'not a time of day'],
    ['61 8 * * *', 'UTC', 'not a valid cron expression'],
    ['*/5 * * * *', 'UTC', 'at most every 15 minutes'],
    ['0 8 * * *', 'Mars/Olympus', 'not a time zone Lede knows'],
    ['* * * * * *', 'UTC', 'not a schedule Lede knows'],
  ])('refuses %j (%s) with a message that says why', (text, zone, message) => {
    expect(() => parseScheduleSpec(text, zone)).toThrow(UserError);
    expect(() => parseScheduleSpec(text, zone)).toThrow(message);
  });

  it.each([
    [
      '61 8 * * *',
      '"61 8 * * *" is not a valid cron expression: "61" is not a valid minute (0–59).',
    ],
    [
      '0 8 * 13 *',
      '"0 8 * 13 *" is not a valid cron expression: "13" is not a valid month (1–12 or jan–dec).',
    ],
    [
      '0 8 * * 9',
      '"0 8 * * 9" is not a valid cron expression: "9" is not a valid day of the week (0–7 or sun–sat).',
    ],
  ])('says in plain words which cron field is wrong in %j', (text, message) => {
    expect(() => parseScheduleSpec(text, 'UTC')).toThrow(message);
  });

  it('computes the next runs in the schedule’s own time zone, across daylight saving', () => {
    // 08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC in summer.
    const spec = parseScheduleSpec('daily 08:00', 'Europe/Berlin');
    const runs = nextRuns(spec, 400).map((d) => d.toISOString().slice(11, 16));
    expect(new Set(runs)).toEqual(new Set(['07:00', '06:00']));
  });
});
