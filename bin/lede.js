#!/usr/bin/env node
// Runs Lede's compiled JavaScript (dist/) when it is at least as new as every source file, as in
// the Docker image or a checkout after `npm ci` (which builds it); in a checkout whose sources
// changed since, it runs the TypeScript sources through tsx (a dev dependency), about 0.5 s slower.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledIsCurrent } from './compiled-is-current.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

const tsx = compiledIsCurrent(root) ? null : await loadTsx();
if (tsx) {
  tsx.register();
  await import(pathToFileURL(join(root, 'src', 'cli.ts')).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'src', 'cli.js')).href);
}
