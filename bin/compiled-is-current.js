// Whether dist/ holds a build at least as new as every source file (shared by the launcher and
// `npm run bench`, which reports which one it timed).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function compiledIsCurrent(root) {
  const compiled = join(root, 'dist', 'src', 'cli.js');
  if (!existsSync(compiled)) return false;
  if (!existsSync(join(root, 'src', 'cli.ts'))) return true;
  const built = statSync(compiled).mtimeMs;
  return ['src', 'commands'].every((dir) => newestChange(join(root, dir)) <= built);
}
