import { UserError } from '../src/errors.js';
import type { ChannelServices } from '../src/services/channel-types.js';
import type { CommandDeps } from './types.js';

/** The feed and schedule services, or a clear word that this Lede runs without them. */
export function requireChannels(deps: CommandDeps): ChannelServices {
  if (!deps.channels)
    throw new UserError('Feeds and schedules need Lede’s database, which is not open here.');
  return deps.channels;
}
