/** A model's answer read as digest lines, or why it could not be. */
export type ParsedAnswer = { ok: true; lines: string[] } | { ok: false; reason: string };

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/**
 * Reads `{"lines": [...]}` (also inside a ```json fence or after some chatter), or else plain
 * lines with or without bullets, since many local models ignore format requests. An object
 * without a usable "lines" list is malformed rather than plain text.
 */
export function parseDigestAnswer(content: string | null | undefined): ParsedAnswer {
  const text = (content ?? '').trim();
  if (!text) return { ok: false, reason: 'the model gave an empty answer' };
  const json = jsonObjectIn(text);
  if (json !== undefined) return linesFromJson(json);
  if (/^[{[]/.test(text)) return { ok: false, reason: 'the model gave malformed JSON' };
  const lines = text
    .split('\n')
    .map((line) => line.replace(BULLET, '').trim())
    // "Here is the digest:" is the model talking, not a line of the digest.
    .filter((line) => line !== '' && !line.endsWith(':'));
  return { ok: true, lines };
}

function jsonObjectIn(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function linesFromJson(json: unknown): ParsedAnswer {
  const lines = (json as { lines?: unknown } | null)?.lines;
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) {
    return { ok: false, reason: 'the model\'s JSON has no "lines" list of strings' };
  }
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (kept.length === 0) return { ok: false, reason: 'the model gave no lines' };
  return { ok: true, lines: kept };
}
