import { requireChannels } from './require-channels.js';
import { describeSchedule } from './schedule.js';
import type { CommandDefinition } from './types.js';

export const scheduleShowCommand: CommandDefinition = {
  group: 'schedule',
  name: 'show',
  description: 'When this channel gets its digest',
  permission: 'everyone',
  options: [],
  async run(input, deps) {
    const schedule = await requireChannels(deps).getSchedule(input.channel);
    if (!schedule) {
      return {
        title: 'Schedule',
        body: [
          [
            'No schedule here. Set one with ',
            { code: `/${deps.commandName} schedule set cron:daily 08:00` },
            '.',
          ],
        ],
      };
    }
    return { title: 'Schedule', body: describeSchedule(schedule) };
  },
};
