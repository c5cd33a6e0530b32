import type { Fetcher } from '../core/fetch-outcome.js';
import { UserError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './http/safe-fetcher.js';
import { readLocalText } from './local-source.js';

export type LoadFile = (ref: string) => Promise<string>;

/**
 * Reads a file a person gave to a command as text: a link (a Discord attachment's) through the
 * safe fetcher and its byte cap, or a local path where the person owns the machine (console).
 */
export function createFileLoader(
  fetcher: Fetcher,
  options: { allowFiles: boolean; maxFileBytes?: number },
): LoadFile {
  return async (ref) => {
    const trimmed = ref.trim().replace(/^<(.*)>$/, '$1');
    if (/^https?:\/\//i.test(trimmed)) {
      const outcome = await fetcher.fetch({ url: trimmed, accept: 'any' });
      if (outcome.kind !== 'ok') throw new UserError(outcome.message);
      return outcome.text;
    }
    if (options.allowFiles)
      return readLocalText(trimmed, options.maxFileBytes ?? DEFAULT_MAX_BYTES);
    throw new UserError('Attach the file to the command.');
  };
}
