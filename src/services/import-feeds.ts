import { parseOpml } from '../core/feed/opml.js';
import { UserError } from '../errors.js';
import type { ImportReport } from './channel-types.js';

/** More outlines than a channel may follow are not tried: the rest is refused in one line. */
const MAX_IMPORTED = 100;

export interface ImportDeps {
  /** The URLs the channel follows now. */
  followed: ReadonlySet<string>;
  /** `feeds add` for one URL: resolves with the feed's title, or rejects with a UserError. */
  add(url: string): Promise<string>;
}

/**
 * Adds every feed of an OPML subscription list the way `feeds add` does (first-poll rules, the
 * channel's feed limit), one at a time, and reports what became of each: added, already
 * followed, or refused with the reason `feeds add` would have given.
 */
export async function importOpml(xml: string, deps: ImportDeps): Promise<ImportReport> {
  const { feeds } = parseOpml(xml);
  if (feeds.length === 0) {
    throw new UserError('That file lists no feeds: give an OPML subscription list (.opml).');
  }
  const report: ImportReport = { added: [], known: [], refused: [] };
  for (const [index, feed] of feeds.entries()) {
    const title = feed.title ?? feed.url;
    if (index >= MAX_IMPORTED) {
      report.refused.push({ title, reason: `only the first ${MAX_IMPORTED} feeds are read.` });
    } else if (deps.followed.has(feed.url)) {
      report.known.push({ title });
    } else {
      await addOne(feed.url, title, deps, report);
    }
  }
  return report;
}

async function addOne(url: string, title: string, deps: ImportDeps, report: ImportReport) {
  try {
    report.added.push({ title: await deps.add(url) });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    report.refused.push({ title, reason: error.message });
  }
}
