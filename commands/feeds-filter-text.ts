import type { Inline } from '../src/core/reply.js';
import type { FeedFilters, FilterRequest } from '../src/services/channel-types.js';
import type { CommandOption, OptionValue } from './types.js';

const termsHelp = 'comma-separated words, "phrases" or /regex/';

/** The `include` and `exclude` options of `feeds add` and `feeds filter`. */
export function filterOptions(clearable: boolean): CommandOption[] {
  const clears = clearable ? '; - or empty clears' : '';
  return [
    {
      name: 'include',
      description: `Only items matching one of these: ${termsHelp}${clears}`,
      type: 'string',
      ...(clearable ? { clearable } : {}),
    },
    {
      name: 'exclude',
      description: `Never items matching one of these: ${termsHelp}${clears}`,
      type: 'string',
      ...(clearable ? { clearable } : {}),
    },
  ];
}

export function filterRequest(options: Record<string, OptionValue | undefined>): FilterRequest {
  const { include, exclude } = options;
  return {
    ...(include !== undefined ? { include: String(include) } : {}),
    ...(exclude !== undefined ? { exclude: String(exclude) } : {}),
  };
}

/**
 * "include: a, b; exclude: c", or null when the feed has no filters here. Plain text, not code:
 * a regular expression may hold any character, and only plain text is escaped for every platform.
 */
export function describeFilters(filters: FeedFilters): Inline[] | null {
  const lists = [
    filters.include ? `include: ${filters.include}` : null,
    filters.exclude ? `exclude: ${filters.exclude}` : null,
  ].filter((list) => list !== null);
  return lists.length > 0 ? [lists.join('; ')] : null;
}
