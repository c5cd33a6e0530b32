import { UserError } from '../src/errors.js';
import type { CommandDefinition, CommandOption, OptionValue } from './types.js';

/** How many stories one digest holds, asked now (`digest`) or on a schedule (`schedule set`). */
export const storyCount = { range: { min: 1, max: 40 }, default: 10 };

/** The `max` option of the digest commands; `what` ends "At most this many stories …". */
export function storyCountOption(what: string): CommandOption {
  return {
    name: 'max',
    description: `At most this many stories${what} (default ${storyCount.default}, up to ${storyCount.range.max})`,
    type: 'integer',
    range: storyCount.range,
    default: storyCount.default,
  };
}

/** The option through which the person asks for a private answer (`privacy: 'asker-chooses'`). */
export const privateOption: CommandOption = {
  name: 'private',
  description: 'Show the answer only to you',
  type: 'boolean',
};

/** Whether the answer goes to the asker alone, as the command declares. */
export function answersPrivately(
  command: CommandDefinition,
  options: Record<string, OptionValue | undefined>,
): boolean {
  if (command.privacy === 'private') return true;
  return command.privacy === 'asker-chooses' && options.private === true;
}

/** The value, when inside the option's declared range; else a UserError that states the range. */
export function checkRange(option: CommandOption, value: number): number {
  if (!option.range) return value;
  const { min, max } = option.range;
  if (value < min || value > max) {
    throw new UserError(`\`${option.name}\` must be between ${min} and ${max}.`);
  }
  return value;
}
