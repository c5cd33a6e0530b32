import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const scheduleClearCommand: CommandDefinition = {
  group: 'schedule',
  name: 'clear',
  description: 'Stop the scheduled digest in this channel',
  permission: 'manage',
  options: [],
  async run(input, deps) {
    const cleared = await requireChannels(deps).clearSchedule(input.channel);
    return {
      title: 'Schedule',
      body: [cleared ? 'The scheduled digest is off.' : 'There was no schedule here.'],
    };
  },
};
