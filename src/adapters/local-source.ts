import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { articleFromPage, articleFromPlainText } from '../core/article-input.js';
import type { ArticleInput } from '../core/types.js';
import { UserError } from '../errors.js';
import { extractArticleLazily } from '../services/lazy-parsers.js';
import { decodeBody } from './http/decode-body.js';
import { formatBytes } from './http/messages.js';
import { readCappedBody } from './http/read-body.js';

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file.',
  EISDIR: 'is a folder, not a file.',
  EACCES: 'permission denied.',
};

/**
 * A local file (or `-` for standard input) as text, read the way a fetched page is: under the
 * same byte cap, then decoded by the same charset sniffing (BOM, UTF-16 pattern, XML
 * declaration or meta, UTF-8, windows-1252). Every failure is a UserError naming the file.
 */
export async function readLocalText(source: string, maxBytes: number): Promise<string> {
  const path = localPath(source);
  const name = displayName(path);
  const bytes = await readCapped(path, name, maxBytes);
  const { text } = decodeBody(bytes, undefined);
  if (looksBinary(text))
    throw new UserError(`${name}: looks like a binary file, not text or HTML.`);
  return text;
}

/** A local file (or `-` for stdin) as article input: plain text as is, HTML through extraction. */
export async function loadLocalSource(source: string, maxBytes: number): Promise<ArticleInput> {
  const text = await readLocalText(source, maxBytes);
  const path = localPath(source);
  return articleFromText(text, path === '-' ? 'stdin' : path, displayName(path));
}

/** A path as typed, or the path a `file:` URL names (one on this machine: no host). */
function localPath(source: string): string {
  if (!/^file:/i.test(source)) return source;
  try {
    return fileURLToPath(source);
  } catch {
    throw new UserError(
      `${source}: a file URL must name a file on this machine, like file:///home/me/feed.xml.`,
    );
  }
}

function displayName(source: string): string {
  return source === '-' ? 'standard input' : source;
}

async function readCapped(source: string, name: string, maxBytes: number): Promise<Buffer> {
  const stream: Readable = source === '-' ? process.stdin : createReadStream(source);
  let read: Awaited<ReturnType<typeof readCappedBody>>;
  try {
    read = await readCappedBody(stream, undefined, maxBytes, new AbortController().signal);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    throw new UserError(`${name}: ${FILE_PROBLEMS[code] ?? `could not be read (${message}).`}`);
  }
  if (read.kind !== 'ok') {
    throw new UserError(
      `${name}: is larger than the ${formatBytes(maxBytes)} limit (LEDE_FETCH_MAX_BYTES), so Lede did not read it.`,
    );
  }
  return read.body;
}

async function articleFromText(raw: string, source: string, name: string): Promise<ArticleInput> {
  if (raw.trim() === '') throw new UserError(`${name}: is empty.`);
  if (!looksLikeHtml(raw)) {
    return articleFromPlainText(raw, source);
  }
  const article = await extractArticleLazily(raw);
  if (!article) throw new UserError(`${name}: no article text found in this HTML page.`);
  return { ...articleFromPage(article, source), title: article.title ?? basename(source) };
}

/** Text never holds NUL; once decoded, NULs or many replacement characters mean binary bytes. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  const bad = head.split('\uFFFD').length - 1;
  return bad > 8 && bad / head.length > 0.02;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text) ||
    /<\/(p|div|article)>/i.test(text.slice(0, 20000))
  );
}
