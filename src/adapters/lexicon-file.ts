import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lexicon, parseLexicon } from '../core/framing/lexicon.js';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';

/** The reviewed loaded-language lexicon shipped in config/lexicon.json, read once at start-up. */
export function loadLexicon(path = join(packageRoot(), 'config', 'lexicon.json')): Lexicon {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${path}: cannot be read as JSON (${(error as Error).message}).`);
  }
  return parseLexicon(json);
}
