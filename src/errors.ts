import { randomBytes } from 'node:crypto';
import type { Log } from './services/ports.js';

/** An error whose message is written for the person using Lede and is safe to show them as is. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * The one boundary that decides what a person sees when something fails: a UserError's own
 * message, or for anything else a short apology with a reference id that finds the full error
 * (with its cause chain) in the log.
 */
export function describeFailure(error: unknown, logger: Log): string {
  if (error instanceof UserError) return error.message;
  const ref = randomBytes(4).toString('hex');
  logger.error({ err: error, ref }, 'unexpected error');
  return `Something went wrong on Lede's side (reference ${ref}). The details are in Lede's log.`;
}
