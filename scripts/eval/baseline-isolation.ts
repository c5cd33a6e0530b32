import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { baselineEngine, currentEngine, type EngineUnderTest } from './lib/baseline-engine.js';
import { readRealPages } from './lib/real-pages-corpus.js';

/**
 * `npx tsx scripts/eval/baseline-isolation.ts`: wink-nlp is one package in node_modules, shared
 * by both engines. This runs the baseline over every real page in a process of its own and in a
 * process that ran this checkout's engine first, and says whether the analyses are identical.
 */
async function fingerprint(engine: EngineUnderTest): Promise<string> {
  const hash = createHash('sha256');
  for (const page of readRealPages()) {
    const article = engine.extract(page.html, page.url);
    if (article) hash.update(JSON.stringify(await engine.analyze(article.text, article.title)));
  }
  return hash.digest('hex');
}

async function baselineFingerprint(): Promise<string> {
  const baseline = await baselineEngine();
  if (!baseline.available) throw new Error(`baseline unavailable: ${baseline.reason}`);
  return fingerprint(baseline);
}

if (process.argv.includes('--alone')) {
  console.log(await baselineFingerprint());
} else {
  const current = await currentEngine();
  await fingerprint(current);
  const shared = await baselineFingerprint();
  const alone = execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--alone'], {
    encoding: 'utf8',
  }).trim();
  console.log(`baseline after this checkout's engine, same process: ${shared}`);
  console.log(`baseline alone, separate process:                   ${alone}`);
  console.log(shared === alone ? 'identical: the engines do not interfere' : 'DIFFERENT');
}
