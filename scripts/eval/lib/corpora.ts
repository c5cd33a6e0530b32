import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Public corpora live beside the repo (`../shared/corpora`); `LEDE_CORPORA` overrides that. */
export function corporaDir(): string {
  return process.env.LEDE_CORPORA ?? resolve(repoRoot, '../shared/corpora');
}

export function readJsonl<T>(relativePath: string): T[] {
  const text = readFileSync(join(corporaDir(), relativePath), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface BbcArticle {
  id: string;
  category: string;
  title: string;
  article: string;
  summary: string;
}

export function readBbc(): BbcArticle[] {
  return readJsonl<BbcArticle>('bbc-news-summary/bbc_news_summary.jsonl');
}

export interface NeusStory {
  id: string;
  sources: { title: string; article: string }[];
  neutral_target: { title: string; article: string };
}

export function readNeusVal(): NeusStory[] {
  return readJsonl<NeusStory>('neus-allsides/neus_val.jsonl');
}
