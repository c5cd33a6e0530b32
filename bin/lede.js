#!/usr/bin/env node
// Runs Lede's compiled JavaScript (dist/) when it is at least as new as every source file, as in
// the Docker image or a checkout after `npm ci` (which builds it); in a checkout whose sources
// changed since, it runs the TypeScript sources through tsx (a dev dependency), about 0.5 s slower.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'src', 'cli.ts');
const compiled = join(root, 'dist', 'src', 'cli.js');

function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (!existsSync(compiled)) return false;
  if (!existsSync(sources)) return true;
  const built = statSync(compiled).mtimeMs;
  return ['src', 'commands'].every((dir) => newestChange(join(root, dir)) <= built);
}

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

const tsx = compiledIsCurrent() ? null : await loadTsx();
if (tsx) {
  tsx.register();
  await import(pathToFileURL(sources).href);
} else {
  await import(pathToFileURL(compiled).href);
}
