import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractArticle } from '../core/extract.js';
import type { ArticleInput } from '../core/types.js';
import { UserError } from '../errors.js';

/** Reads all of standard input; the CLI's `-` source. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A local file (or `-` for stdin) as article input: plain text as is, HTML through extraction. */
export async function loadLocalSource(source: string): Promise<ArticleInput> {
  const name = source === '-' ? 'standard input' : source;
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${name}: no such file.`);
    if (code === 'EISDIR') throw new UserError(`${name}: is a folder, not a file.`);
    if (code === 'EACCES') throw new UserError(`${name}: permission denied.`);
    throw error;
  }
  return articleFromBytes(bytes, source === '-' ? 'stdin' : source, name);
}

export function articleFromBytes(bytes: Buffer, source: string, name: string): ArticleInput {
  if (looksBinary(bytes))
    throw new UserError(`${name}: looks like a binary file, not text or HTML.`);
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (raw.trim() === '') throw new UserError(`${name}: is empty.`);
  if (!looksLikeHtml(raw)) {
    return { text: raw.replace(/\r\n?/g, '\n').trim(), title: null, source };
  }
  const article = extractArticle(raw);
  if (!article) throw new UserError(`${name}: no article text found in this HTML page.`);
  return { text: article.text, title: article.title ?? basename(source), source };
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  // Many replacement characters mean the bytes were not UTF-8 text to begin with.
  const decoded = head.toString('utf8');
  const bad = decoded.split('\uFFFD').length - 1;
  return bad > 8 && bad / decoded.length > 0.02;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text) ||
    /<\/(p|div|article)>/i.test(text.slice(0, 20000))
  );
}
