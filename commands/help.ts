import type { CommandDefinition } from './types.js';
import { commandPath } from './types.js';

export const helpCommand: CommandDefinition = {
  name: 'help',
  description: 'What Lede can do and how to ask',
  permission: 'everyone',
  options: [],
  async run(_input, deps) {
    const lines = deps.registry.map((command) => {
      const options = command.options
        .map((o) =>
          o.type === 'boolean'
            ? `[${o.name}]`
            : o.required
              ? `${o.name}:<${o.name}>`
              : `[${o.name}:<${o.name}>]`,
        )
        .join(' ');
      const who = command.permission === 'manage' ? ' (server or channel managers only)' : '';
      const usage = `/${deps.commandName} ${commandPath(command)}${options ? ` ${options}` : ''}`;
      return [{ code: usage }, ` — ${command.description}${who}`];
    });
    return {
      private: true,
      title: 'Lede: neutral news digests',
      body: lines,
      footer:
        'Digests keep the source’s facts in plain words; notes show how the text frames them.',
    };
  },
};
