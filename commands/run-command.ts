import type { Reply } from '../src/core/reply.js';
import { describeFailure, UserError } from '../src/errors.js';
import type { Log } from '../src/services/ports.js';
import { answersPrivately, checkRange } from './option-rules.js';
import {
  type CommandDefinition,
  type CommandDeps,
  type CommandInput,
  type CommandOption,
  commandPath,
  type OptionValue,
} from './types.js';

/**
 * Runs one command for one person: checks permission and options, runs it, and turns any
 * failure into a short private reply (the error boundary every platform goes through).
 */
export async function runCommand(
  command: CommandDefinition,
  input: CommandInput,
  deps: CommandDeps,
  log: Log,
): Promise<Reply> {
  try {
    if (command.permission === 'manage' && !input.user.canManage) {
      throw new UserError('Only people who manage this server or channel can do that.');
    }
    const options = checkOptions(command, input.options);
    const reply = await command.run({ ...input, options }, deps);
    return answersPrivately(command, options) ? { ...reply, private: true } : reply;
  } catch (error) {
    return { private: true, body: [describeFailure(error, log)] };
  }
}

function checkOptions(
  command: CommandDefinition,
  given: Record<string, OptionValue | undefined>,
): Record<string, OptionValue | undefined> {
  const known = new Set(command.options.map((o) => o.name));
  const unknown = Object.keys(given).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UserError(unknownOptions(command, unknown));
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of command.options) {
    const value = given[option.name];
    if (value === undefined || (value === '' && !option.clearable)) {
      if (option.required) throw new UserError(`\`${command.name}\` needs \`${option.name}\`.`);
      if (option.default !== undefined) options[option.name] = option.default;
      continue;
    }
    options[option.name] = coerce(option, value);
  }
  return options;
}

/** "`digest` has no option `extra`. Its options: `since`, `max`." */
function unknownOptions(command: CommandDefinition, unknown: string[]): string {
  const quote = (names: string[]) => names.map((name) => `\`${name}\``).join(', ');
  const has = `\`${commandPath(command)}\` has no option${unknown.length > 1 ? 's' : ''} ${quote(unknown)}.`;
  const names = command.options.map((o) => o.name);
  return `${has} ${names.length ? `Its options: ${quote(names)}.` : 'It takes no options.'}`;
}

function coerce(option: CommandOption, value: OptionValue) {
  const { name, type } = option;
  if (type === 'string' || type === 'role' || type === 'attachment') return String(value);
  if (type === 'integer') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(n)) throw new UserError(`\`${name}\` must be a whole number.`);
    return checkRange(option, n);
  }
  if (typeof value === 'boolean') return value;
  if (/^(true|yes|1)$/i.test(String(value))) return true;
  if (/^(false|no|0)$/i.test(String(value))) return false;
  throw new UserError(`\`${name}\` must be true or false.`);
}
