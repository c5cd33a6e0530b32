import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtractedArticle } from '../../../src/core/extract.js';
import type { ArticleAnalysis, ArticleInput } from '../../../src/core/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The engine at the start of this round of work: every figure stands beside it. */
export const DEFAULT_BASELINE_REF = 'bcbd03c';

/** An engine, current or materialised from a commit, behind one awaited call shape. */
export interface EngineUnderTest {
  name: string;
  /** Analyses an extracted page with all it gave (date, site, address, genre signals). */
  analyzePage(article: ExtractedArticle, url: string): Promise<ArticleAnalysis>;
  analyze(text: string, title: string | null): Promise<ArticleAnalysis>;
  extract(html: string, url: string): ExtractedArticle | null;
}

export type BaselineEngine =
  | ({ available: true; sha: string } & EngineUnderTest)
  | { available: false; name: string; reason: string };

/** `--baseline=<ref>` on the command line, else the default ref. */
export function baselineRef(argv: readonly string[] = process.argv): string {
  const flag = argv.find((a) => a.startsWith('--baseline='));
  return flag ? flag.slice('--baseline='.length) : DEFAULT_BASELINE_REF;
}

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The commit's whole tree under node_modules/.cache/lede-baseline/<sha>/ (git archive | tar),
 * with a symlink to this checkout's node_modules so its imports resolve. Written to a temporary
 * folder first and renamed, so an interrupted run never leaves half a tree behind.
 */
export function materialiseTree(sha: string): string {
  const cache = join(repoRoot, 'node_modules', '.cache', 'lede-baseline');
  const dir = join(cache, sha);
  if (existsSync(join(dir, 'src', 'core', 'engine.ts'))) return dir;
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${staging}"`], { cwd: repoRoot });
  symlinkSync(join(repoRoot, 'node_modules'), join(staging, 'node_modules'), 'dir');
  renameSync(staging, dir);
  return dir;
}

export async function importFrom<T>(dir: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, path)).href)) as T;
}

interface EngineModule {
  createEngine(options: { lexicon: unknown; digestSentences: number; digestMaxWords: number }): {
    analyze(input: ArticleInput): ArticleAnalysis | Promise<ArticleAnalysis>;
  };
}

/** The production engine of a source tree, built the way `lede summarize` builds it. */
export async function engineFromTree(dir: string, name: string): Promise<EngineUnderTest> {
  const { createEngine } = await importFrom<EngineModule>(dir, 'src/core/engine.ts');
  const { loadLexicon } = await importFrom<{ loadLexicon(): unknown }>(
    dir,
    'src/adapters/lexicon-file.ts',
  );
  const { extractArticle } = await importFrom<{
    extractArticle(html: string, url?: string): ExtractedArticle | null;
  }>(dir, 'src/core/extract.ts');
  const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
  return {
    name,
    analyze: async (text, title) => await engine.analyze({ text, title, source: 'eval' }),
    // What `lede summarize` passes; an older engine ignores the fields it does not know.
    analyzePage: async (article, url) =>
      await engine.analyze({
        text: article.text,
        title: article.title,
        source: url,
        published: article.publishedTime,
        outlet: article.siteName,
        url: article.url ?? url,
        genreHint: article.genreHint,
      }),
    extract: (html, url) => extractArticle(html, url),
  };
}

/** This checkout's engine. */
export function currentEngine(): Promise<EngineUnderTest> {
  return engineFromTree(repoRoot, 'Lede');
}

const loaded = new Map<string, Promise<BaselineEngine>>();

/** Today's engine (or `--baseline=<ref>`), loaded once per process; "unavailable" instead of a crash. */
export function baselineEngine(ref = baselineRef()): Promise<BaselineEngine> {
  let engine = loaded.get(ref);
  if (!engine) {
    engine = loadBaseline(ref);
    loaded.set(ref, engine);
  }
  return engine;
}

/** The baseline commit's tree on disk, or why it is not there. */
export function baselineTree(
  ref = baselineRef(),
): { dir: string; sha: string } | { dir: null; reason: string } {
  try {
    const sha = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    return { dir: materialiseTree(sha), sha };
  } catch (error) {
    return { dir: null, reason: (error as Error).message.split('\n')[0] || 'git failed' };
  }
}

async function loadBaseline(ref: string): Promise<BaselineEngine> {
  const name = `engine at ${ref}`;
  const tree = baselineTree(ref);
  if (tree.dir === null) return { available: false, name, reason: tree.reason };
  try {
    return { available: true, sha: tree.sha, ...(await engineFromTree(tree.dir, name)) };
  } catch (error) {
    return { available: false, name, reason: (error as Error).message.split('\n')[0]! };
  }
}
