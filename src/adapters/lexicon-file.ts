import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpressions } from '../core/framing/expressions.js';
import { type Lexicon, parseLexicon } from '../core/framing/lexicon.js';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${path}: cannot be read as JSON (${(error as Error).message}).`);
  }
}

/**
 * The reviewed loaded-language lexicon (config/lexicon.json) with its multi-word expressions
 * (config/expressions.json), read once at start-up.
 */
export function loadLexicon(configDir = join(packageRoot(), 'config')): Lexicon {
  const lexicon = parseLexicon(readJson(join(configDir, 'lexicon.json')));
  return {
    ...lexicon,
    expressions: parseExpressions(readJson(join(configDir, 'expressions.json'))),
  };
}
