import { parseMention } from '../src/services/scheduler/mention.js';
import { storyCountOption } from './option-rules.js';
import { requireChannels } from './require-channels.js';
import { describeNewSchedule } from './schedule.js';
import type { CommandDefinition } from './types.js';

export const scheduleSetCommand: CommandDefinition = {
  group: 'schedule',
  name: 'set',
  description: 'Post a digest here on a schedule: daily 08:00, weekdays 17:30 or a cron expression',
  permission: 'manage',
  options: [
    {
      name: 'cron',
      description: 'daily 08:00, weekdays 17:30, weekly mon 09:00, hourly, or cron',
      type: 'string',
      required: true,
    },
    {
      name: 'timezone',
      description: 'IANA time zone, like Europe/Berlin (default UTC)',
      type: 'string',
    },
    storyCountOption(' per digest'),
    {
      name: 'thread',
      description: 'Stories in a thread under a short header (a forum post in a forum channel)',
      type: 'boolean',
    },
    {
      name: 'mention',
      description: 'Ping this role (Slack: user group) once, in the header',
      type: 'role',
    },
  ],
  async run(input, deps) {
    const maxItems = Number(input.options.max);
    const { mention } = input.options;
    const schedule = await requireChannels(deps).setSchedule(
      input.channel,
      {
        when: String(input.options.cron),
        timezone: String(input.options.timezone ?? ''),
        maxItems,
        thread: input.options.thread === true,
        mention:
          mention === undefined ? null : parseMention(input.channel.platform, String(mention)),
      },
      input.user.id,
    );
    return { title: 'Schedule set', body: await describeNewSchedule(schedule, input, deps) };
  },
};
