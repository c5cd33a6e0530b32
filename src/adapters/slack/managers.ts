import type { webApi } from '@slack/bolt';
import { type Clock, systemClock } from '../../services/ports.js';

export interface ManagerCheckOptions {
  client: Pick<webApi.WebClient, 'users'>;
  /** People allowed to manage Lede besides workspace admins and owners (SLACK_MANAGER_IDS). */
  managerIds: readonly string[];
  /** How long a users.info answer is trusted; short, so a demoted admin loses rights soon. */
  ttlMs?: number;
  clock?: Clock;
  warn?: (details: object, message: string) => void;
}

/**
 * Decides whether a Slack user may run `manage` commands: someone listed in SLACK_MANAGER_IDS,
 * or a workspace admin or owner according to users.info (cached briefly, one call per user).
 * When Slack cannot be asked, the answer is no.
 */
export function createManagerCheck(
  options: ManagerCheckOptions,
): (userId: string) => Promise<boolean> {
  const { client, ttlMs = 60_000, clock = systemClock } = options;
  const listed = new Set(options.managerIds);
  const cache = new Map<string, { at: number; answer: Promise<boolean> }>();
  const ask = async (userId: string): Promise<boolean> => {
    try {
      const result = await client.users.info({ user: userId });
      return result.user?.is_admin === true || result.user?.is_owner === true;
    } catch (error) {
      cache.delete(userId);
      options.warn?.({ err: error, userId }, 'users.info failed; treating the user as no manager');
      return false;
    }
  };
  return (userId) => {
    if (listed.has(userId)) return Promise.resolve(true);
    const cached = cache.get(userId);
    if (cached && clock.now() - cached.at < ttlMs) return cached.answer;
    if (cache.size > 1000) cache.clear();
    const answer = ask(userId);
    cache.set(userId, { at: clock.now(), answer });
    return answer;
  };
}
