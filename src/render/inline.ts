import type { Inline, Paragraph } from '../core/reply.js';

/** How one platform writes each kind of run; every function escapes what it is given. */
export interface InlineFormat {
  /** Escapes markup a line may start with, over the whole paragraph once its runs are joined. */
  lineStarts(paragraph: string): string;
  text(text: string): string;
  strong(text: string): string;
  code(text: string): string;
  link(url: string, label?: string): string;
}

/** A paragraph as runs; a string is one run of plain text. */
export function toRuns(paragraph: Paragraph): Inline[] {
  return typeof paragraph === 'string' ? [paragraph] : paragraph;
}

/** A paragraph in one platform's markup. */
export function formatParagraph(paragraph: Paragraph, format: InlineFormat): string {
  return format.lineStarts(
    toRuns(paragraph)
      .map((run) => formatRun(run, format))
      .join(''),
  );
}

function formatRun(run: Inline, format: InlineFormat): string {
  if (typeof run === 'string') return format.text(run);
  if ('strong' in run) return format.strong(oneLine(run.strong));
  if ('code' in run) return format.code(oneLine(run.code));
  return format.link(run.link, run.label === undefined ? undefined : oneLine(run.label));
}

/** The words a paragraph shows, without markup: for notification text and previews. */
export function paragraphText(paragraph: Paragraph): string {
  return toRuns(paragraph)
    .map((run) => {
      if (typeof run === 'string') return run;
      if ('strong' in run) return run.strong;
      if ('code' in run) return run.code;
      return run.label ?? run.link;
    })
    .join('');
}

/** Labels, bold and code stay on one line, so no line-start markup can begin inside them. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
