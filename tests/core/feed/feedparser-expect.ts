/**
 * A hand translation of the feedparser `Expect:` expressions that name fields Lede supports
 * (feed/entry title, link, id, guid). The expressions are parsed as data, never evaluated.
 */

export type Field = 'title' | 'link' | 'id' | 'guid';
export interface FieldRef {
  /** 'feed' or an entry index. */
  scope: 'feed' | number;
  field: Field;
}
export interface Comparison {
  refs: FieldRef[];
  expected: string;
}
export interface Alternative {
  /** `not bozo`: the feed must parse cleanly. */
  requiresOk: boolean;
  comparisons: Comparison[];
  unsupportedClauses: number;
}

const REF = /^(?:feed|entries\[(\d+)\])(?:\['(\w+)'\]|\.(\w+))$/;
const SUPPORTED = new Set<string>(['title', 'link', 'id', 'guid']);
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\' };

/** Splits on `separator` where it is outside a quoted Python string. */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (text.startsWith(separator, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function unescapePython(body: string): string {
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g,
    (_, esc: string) => {
      if (esc.length > 1) return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      return SIMPLE_ESCAPES[esc] ?? esc;
    },
  );
}

/** A Python string literal, or several joined with `+`; null for anything else. */
export function parseLiteral(text: string): string | null {
  let result = '';
  for (const part of splitOutsideQuotes(text, '+')) {
    const match = /^u?(['"])([\s\S]*)\1$/.exec(part);
    if (!match) return null;
    result += unescapePython(match[2]!);
  }
  return result;
}

function parseRef(text: string): FieldRef | null {
  const match = REF.exec(text);
  const field = match?.[2] ?? match?.[3];
  if (!match || !field || !SUPPORTED.has(field)) return null;
  return { scope: match[1] === undefined ? 'feed' : Number(match[1]), field: field as Field };
}

function parseComparison(clause: string): Comparison | null {
  const parts = splitOutsideQuotes(clause, '==');
  if (parts.length < 2) return null;
  const expected = parseLiteral(parts.at(-1)!);
  const refs = parts.slice(0, -1).map(parseRef);
  if (expected === null || refs.some((ref) => ref === null)) return null;
  return { refs: refs as FieldRef[], expected };
}

function parseAlternative(text: string): Alternative {
  const alternative: Alternative = { requiresOk: false, comparisons: [], unsupportedClauses: 0 };
  for (const clause of splitOutsideQuotes(text, ' and ')) {
    if (clause === 'not bozo') {
      alternative.requiresOk = true;
      continue;
    }
    const comparison = parseComparison(clause);
    if (comparison) alternative.comparisons.push(comparison);
    else alternative.unsupportedClauses++;
  }
  return alternative;
}

/** The alternatives (`or`) of an expectation, each with its supported comparisons. */
export function parseExpectation(expect: string): Alternative[] {
  return splitOutsideQuotes(expect.replace(/\s*-->.*$/, ''), ' or ').map(parseAlternative);
}
