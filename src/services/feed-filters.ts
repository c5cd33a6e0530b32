import { formatFilterTerms, parseFilterTerms } from '../core/feed/filter-terms.js';
import { UserError } from '../errors.js';
import type { FilterRequest } from './channel-types.js';
import type { FeedFilterTerms } from './ports.js';

export const noFilter: FeedFilterTerms = { includeTerms: null, excludeTerms: null };

/**
 * The filter terms to store after a request, in the form `feeds list` shows; bad terms are a
 * UserError naming the list and what is wrong, and nothing is stored.
 */
export function filterTermsFor(request: FilterRequest, current: FeedFilterTerms): FeedFilterTerms {
  return {
    includeTerms: listFor('include', request.include, current.includeTerms),
    excludeTerms: listFor('exclude', request.exclude, current.excludeTerms),
  };
}

function listFor(name: string, typed: string | undefined, current: string | null): string | null {
  if (typed === undefined) return current;
  if (typed.trim() === '' || typed.trim() === '-') return null;
  const parsed = parseFilterTerms(typed);
  if (!parsed.ok) throw new UserError(`\`${name}\`: ${parsed.error}`);
  return parsed.terms.length > 0 ? formatFilterTerms(parsed.terms) : null;
}
