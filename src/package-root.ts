import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Lede's own folder (where package.json and config/ live). Found by walking up, because the
 * code runs both from src/ (tsx) and from dist/src/ (the Docker image).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'lede') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Lede could not find its own package.json');
    dir = parent;
  }
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}
