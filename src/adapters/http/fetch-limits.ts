/**
 * The default cap on a fetched page or a read file, in a module of its own: what reads a local
 * file needs it without loading the HTTP client (undici, about a third of a CLI start).
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
