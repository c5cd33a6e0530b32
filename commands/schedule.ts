import type { Paragraph } from '../src/core/reply.js';
import type { ScheduleSummary } from './types.js';

/** How `schedule set` and `schedule show` describe a schedule (as runs: nothing pasted into markup). */
export function describeSchedule(schedule: ScheduleSummary): Paragraph[] {
  const next = schedule.nextRuns.map(
    (d) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  const lines: Paragraph[] = [
    [
      { strong: schedule.label },
      ` (${schedule.timezone}; cron `,
      { code: schedule.cron },
      `), up to ${schedule.maxItems} stories.`,
    ],
    `Next: ${next.join(', ') || 'never'}.`,
  ];
  if (schedule.thread) lines.push('Stories go in a thread under a short header.');
  if (schedule.mention) lines.push(['Pings ', { code: schedule.mention }, ' once, in the header.']);
  if (schedule.lastRunAt !== null)
    lines.push(
      `Last digest: ${new Date(schedule.lastRunAt).toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    );
  if (schedule.pausedReason)
    lines.push([`Paused: ${schedule.pausedReason} Set the schedule again to resume.`]);
  return lines;
}
