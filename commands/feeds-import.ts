import type { Paragraph } from '../src/core/reply.js';
import { UserError } from '../src/errors.js';
import type { ImportReport } from '../src/services/channel-types.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsImportCommand: CommandDefinition = {
  group: 'feeds',
  name: 'import',
  description: 'Follow every feed of an OPML file (a feed reader’s export) in this channel',
  permission: 'manage',
  options: [
    {
      name: 'file',
      description: 'The .opml file: attach it (Discord), link a file shared in Slack, or a path',
      type: 'attachment',
      required: true,
    },
  ],
  async run(input, deps) {
    const channels = requireChannels(deps);
    if (!deps.loadFile) throw new UserError('Files cannot be given here.');
    const opml = await deps.loadFile(String(input.options.file));
    const report = await channels.importFeeds(input.channel, opml, input.user.id);
    return { title: 'Feeds imported', body: describeImport(report) };
  },
};

function describeImport(report: ImportReport): Paragraph[] {
  const titles = (list: { title: string }[]) => list.map((f) => f.title).join(', ');
  const lines: Paragraph[] = [
    `Added ${report.added.length}${report.added.length ? `: ${titles(report.added)}` : ''}.`,
  ];
  if (report.known.length > 0) {
    lines.push(`Already followed ${report.known.length}: ${titles(report.known)}.`);
  }
  if (report.refused.length > 0) {
    lines.push(`Refused ${report.refused.length}:`);
    for (const { title, reason } of report.refused) lines.push([{ strong: title }, ` — ${reason}`]);
  }
  return lines;
}
