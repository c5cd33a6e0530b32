import type { Reply } from '../core/reply.js';

/** Markdown for the console, the CLI and anything else that reads plain text. */
export function renderMarkdown(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`## ${reply.title}`);
  if (reply.url) out.push(`<${reply.url}>`);
  for (const paragraph of reply.body ?? []) out.push(paragraph);
  if (reply.digest?.length)
    out.push(['**Digest**', ...reply.digest.map((l) => `- ${l}`)].join('\n'));
  if (reply.notes?.length) {
    out.push('**Framing notes**');
    for (const group of reply.notes) {
      out.push([`*${group.label}*`, ...group.items.map((i) => `- ${i}`)].join('\n'));
    }
  }
  for (const item of reply.items ?? []) {
    const heading =
      item.url && isWebLink(item.url) ? `### [${item.title}](${item.url})` : `### ${item.title}`;
    const counts = Object.entries(item.noteCounts)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    const meta = [item.outlet, counts && `notes: ${counts}`].filter(Boolean).join(' · ');
    const coverage = (item.coverage ?? []).map((c) =>
      c.url && isWebLink(c.url) ? `[${c.outlet}](${c.url})` : c.outlet,
    );
    out.push(
      [
        heading,
        ...(meta ? [`*${meta}*`] : []),
        ...item.digest.map((l) => `- ${l}`),
        ...(coverage.length ? [`Also covered by ${coverage.join(', ')}`] : []),
        ...(item.framingNote ? [`_${item.framingNote}_`] : []),
      ].join('\n'),
    );
  }
  if (reply.footer) out.push(`_${reply.footer}_`);
  return `${out.join('\n\n')}\n`;
}

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
