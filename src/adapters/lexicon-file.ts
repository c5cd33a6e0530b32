import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpressions } from '../core/framing/expressions.js';
import { type Lexicon, parseLexicon } from '../core/framing/lexicon.js';
import { type LoadedModel, parseLoadedModel } from '../core/framing/model/loaded-model.js';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UserError(`${path}: cannot be read (${(error as Error).message}).`);
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFile(path).toString('utf8'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: cannot be read as JSON (${(error as Error).message}).`);
  }
}

/** The shipped word scorer in config/model/ (weights, vocabulary, each word's score parts). */
export function loadWordScorer(modelDir: string): LoadedModel {
  try {
    return parseLoadedModel({
      weights: readJson(join(modelDir, 'weights.json')),
      vocabulary: readFile(join(modelDir, 'vocabulary.txt')).toString('utf8'),
      parts: new Uint8Array(readFile(join(modelDir, 'parts.bin'))),
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${modelDir}: ${(error as Error).message}.`);
  }
}

/**
 * The reviewed loaded-language lexicon (config/lexicon.json) with its multi-word expressions
 * (config/expressions.json) and the shipped word scorer (config/model/), read once at start-up.
 */
export function loadLexicon(
  configDir = join(packageRoot(), 'config'),
  options: { withModel?: boolean } = {},
): Lexicon {
  const lexicon = parseLexicon(readJson(join(configDir, 'lexicon.json')));
  const expressions = parseExpressions(readJson(join(configDir, 'expressions.json')));
  if (options.withModel === false) return { ...lexicon, expressions };
  return { ...lexicon, expressions, model: loadWordScorer(join(configDir, 'model')) };
}
