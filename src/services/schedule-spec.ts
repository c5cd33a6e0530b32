import { createTask, validateDetailed } from 'node-cron';
import { UserError } from '../errors.js';

export interface ScheduleSpec {
  cron: string;
  timezone: string;
  /** How people wrote it, for `schedule show`: "daily 08:00" or the cron expression. */
  label: string;
}

/** node-cron's field names, in words with the values each takes (its own message is ungrammatical). */
const cronFields: Record<string, string> = {
  minute: 'minute (0–59)',
  hour: 'hour (0–23)',
  dayOfMonth: 'day of the month (1–31)',
  month: 'month (1–12 or jan–dec)',
  dayOfWeek: 'day of the week (0–7 or sun–sat)',
};
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A digest more often than this is a flood, not a digest. */
const MIN_GAP_MS = 15 * 60_000;

/**
 * Reads what someone typed after `schedule set`: a preset (`hourly`, `daily 08:00`,
 * `weekdays 17:30`, `weekends 09:00`, `weekly mon 09:00`) or a five-field cron expression,
 * in an IANA time zone. Anything else is refused with an example of what works.
 */
export function parseScheduleSpec(text: string, timezone: string): ScheduleSpec {
  const zone = checkTimezone(timezone.trim() || 'UTC');
  const label = text.trim().replace(/\s+/g, ' ');
  const cron = presetToCron(label.toLowerCase()) ?? label;
  const fields = cron.split(' ');
  if (fields.length !== 5) {
    throw new UserError(
      `"${label}" is not a schedule Lede knows. Try \`daily 08:00\`, \`weekdays 17:30\`, \`weekly mon 09:00\`, \`hourly\` or a cron expression like \`0 8 * * 1-5\`.`,
    );
  }
  const check = validateDetailed(cron);
  if (!check.valid) {
    const first = check.errors[0];
    const field = (first && cronFields[first.field]) ?? 'field';
    throw new UserError(
      `"${label}" is not a valid cron expression: "${first?.value ?? cron}" is not a valid ${field}.`,
    );
  }
  const runs = nextRuns({ cron, timezone: zone, label }, 4);
  const tooOften = runs.some(
    (run, i) => i > 0 && run.getTime() - runs[i - 1]!.getTime() < MIN_GAP_MS,
  );
  if (tooOften)
    throw new UserError(
      'A digest at most every 15 minutes, please: that schedule runs more often.',
    );
  return { cron, timezone: zone, label };
}

/** The next `count` times the schedule fires. */
export function nextRuns(spec: ScheduleSpec, count: number): Date[] {
  const task = createTask(spec.cron, () => {}, { timezone: spec.timezone });
  try {
    return task.getNextRuns(count);
  } finally {
    void task.destroy();
  }
}

function presetToCron(text: string): string | null {
  if (text === 'hourly') return '0 * * * *';
  const match =
    /^(daily|weekdays|weekends|weekly (sun|mon|tue|wed|thu|fri|sat)[a-z]*) (\d{1,2}):(\d{2})$/.exec(
      text,
    );
  if (!match) return null;
  const hour = Number(match[3]);
  const minute = Number(match[4]);
  if (hour > 23 || minute > 59)
    throw new UserError(`"${match[3]}:${match[4]}" is not a time of day.`);
  const days =
    match[1] === 'daily'
      ? '*'
      : match[1] === 'weekdays'
        ? '1-5'
        : match[1] === 'weekends'
          ? '0,6'
          : String(DAYS.indexOf(match[2]!));
  return `${minute} ${hour} * * ${days}`;
}

function checkTimezone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(
      `"${zone}" is not a time zone Lede knows. Use an IANA name like Europe/Berlin or America/New_York.`,
    );
  }
}
