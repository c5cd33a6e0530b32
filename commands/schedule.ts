import type { Paragraph } from '../src/core/reply.js';
import type { ScheduleSummary } from '../src/services/channel-types.js';
import { requireChannels } from './require-channels.js';
import type { CommandDeps, CommandInput } from './types.js';

/**
 * How `schedule set` and `schedule show` describe a schedule (as runs: nothing pasted into
 * markup). Times are the schedule's own, in its time zone with the UTC offset of that day.
 */
export function describeSchedule(schedule: ScheduleSummary): Paragraph[] {
  const { timezone } = schedule;
  const next = schedule.nextRuns.map((run) => localTime(run, timezone));
  const lines: Paragraph[] = [
    [
      { strong: schedule.label },
      ` (${timezone}; cron `,
      { code: schedule.cron },
      `), up to ${schedule.maxItems} stories.`,
    ],
    `Next: ${next.join(', ') || 'never'}.`,
  ];
  if (schedule.thread) lines.push('Stories go in a thread under a short header.');
  if (schedule.mention) lines.push(['Pings ', { code: schedule.mention }, ' once, in the header.']);
  if (schedule.lastRunAt !== null)
    lines.push(`Last digest: ${localTime(new Date(schedule.lastRunAt), timezone)}.`);
  if (schedule.pausedReason)
    lines.push([`Paused: ${schedule.pausedReason} Set the schedule again to resume.`]);
  return lines;
}

/** What `schedule set` answers: the schedule, and a warning when no feed can fill it yet. */
export async function describeNewSchedule(
  schedule: ScheduleSummary,
  input: CommandInput,
  deps: CommandDeps,
): Promise<Paragraph[]> {
  const lines = describeSchedule(schedule);
  const feeds = await requireChannels(deps).listFeeds(input.channel);
  if (feeds.length === 0) {
    lines.push([
      'This channel follows no feeds yet, so nothing will be posted until you add one with ',
      { code: `/${deps.commandName} feeds add` },
      '.',
    ]);
  }
  return lines;
}

/** "Wed 2026-12-02 08:00 (UTC+01:00)": the wall-clock time in `timeZone`, with its offset. */
function localTime(date: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  // longOffset writes "GMT+01:00"; some ICU versions write plain "GMT" for an offset of zero.
  const offset = part.timeZoneName!.replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC');
  return `${part.weekday} ${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} (${offset})`;
}
