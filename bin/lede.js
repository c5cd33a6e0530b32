#!/usr/bin/env node
// Runs Lede from its TypeScript sources in a development checkout (tsx is a dev dependency),
// and from the compiled dist/ where dev dependencies are not installed (the Docker image).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'src', 'cli.ts');

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

const tsx = existsSync(sources) ? await loadTsx() : null;
if (tsx) {
  tsx.register();
  await import(pathToFileURL(sources).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'src', 'cli.js')).href);
}
