import type { RESTOptions } from 'discord.js';

/*
 * discord.js sends requests with its own copy of undici (6.x) through whatever dispatcher is
 * registered as undici's global one, and builds file uploads with Node's FormData. Lede's safe
 * fetcher loads undici 7 first, and undici 7 registers its own Agent as that global dispatcher;
 * undici 7 does not recognise a FormData made by another copy of undici, so every upload (a
 * `feeds export` file) either hung or threw inside a stream. Node's own fetch serialises its own
 * FormData whatever the dispatcher, so discord.js sends through it (its documented
 * `makeRequest: fetch` option, the path it takes on runtimes without undici).
 */
export function discordRestOptions(apiUrl: string | undefined): Partial<RESTOptions> {
  // The two RequestInit types (Node's and discord.js's undici copy) differ only in body types
  // discord.js never sends.
  const makeRequest = fetch as unknown as RESTOptions['makeRequest'];
  return { makeRequest, ...(apiUrl ? { api: apiUrl } : {}) };
}
