import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../package-root.js';

/** The engine's code, beside this adapter in src/ (or dist/src/ when compiled). */
const CORE = fileURLToPath(new URL('../../core/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

/**
 * A hash of everything that decides what the engine writes: its code, its data (lexicon,
 * expressions, the word scorer) and its options. The version number alone would miss a rebuilt
 * image or an edited lexicon, and cached analyses would then outlive the engine that made them.
 * About 200 files, read once at start-up.
 */
export function engineFingerprint(options: string): string {
  const root = packageRoot();
  const hash = createHash('sha256').update(options);
  for (const file of [...filesUnder(CORE), ...filesUnder(join(root, 'config'))]) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
