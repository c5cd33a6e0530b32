import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import { createWebhookPoster } from '../../src/adapters/webhook/post-webhook.js';
import { noteKindLabels, type Reply } from '../../src/core/reply.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { runLede } from '../helpers/run-lede.js';

const renderers = {
  markdown: (reply: Reply) => renderMarkdown(reply),
  // The blocks only: the notification text repeats the title on purpose.
  slack: (reply: Reply) => JSON.stringify(renderSlack(reply).map((m) => m.blocks)),
  discord: (reply: Reply) => JSON.stringify(renderDiscord(reply)),
};

const digest: Reply = {
  title: 'Digest',
  items: [
    {
      title: 'Tram line opens',
      url: 'https://courier.example/tram',
      outlet: 'Courier',
      digest: ['The line opened on Monday.'],
      noteCounts: { sourcing: 1, 'loaded-language': 2 },
    },
  ],
};

const framingOnly: Reply = {
  title: 'Framing notes',
  notes: [{ kind: 'loaded-language', label: 'Loaded language', items: ['"slammed": charged.'] }],
};

describe('note labels and headings, the same on every platform', () => {
  it.each(Object.entries(renderers))(
    '%s names note kinds in words, in the one order',
    (_, render) => {
      const text = render(digest);
      expect(text).toContain('notes: Loaded language 2, Who is heard 1');
      expect(text).not.toContain('loaded-language');
    },
  );

  it.each(Object.entries(renderers))(
    '%s shows "Framing notes" once when the notes stand alone',
    (_, render) => {
      expect(render(framingOnly).split('Framing notes')).toHaveLength(2);
    },
  );

  it.each(['discord', 'slack'] as const)(
    'a scheduled digest to a %s webhook names note kinds in the same words',
    async (kind) => {
      const url = `https://${kind}.example/hook`;
      const poster = createWebhookPoster(new Map([['hook', { url, kind }]]));
      const layout = { thread: false, mention: null, name: 'Digest' };
      const { messages } = await poster.plan(digest, 'hook', layout);
      const text = JSON.stringify(messages);
      expect(text).toContain('notes: Loaded language 2, Who is heard 1');
      expect(text).not.toContain('loaded-language');
    },
  );

  it('console mode heads each group of notes with the core label', async () => {
    const text = 'Critics slammed the reckless scheme. Experts say it will fail.';
    const run = await runLede(['start'], { input: `/news framing text:${text}\n` });
    expect(run.code).toBe(0);
    for (const kind of ['loaded-language', 'vague-attribution', 'sourcing'] as const)
      expect(run.stdout).toContain(`*${noteKindLabels[kind]}*\n- `);
  });

  it('keeps the notes heading where it parts the notes from a digest', () => {
    const summary = { ...framingOnly, title: 'Tram line opens', digest: ['The line opened.'] };
    expect(renderMarkdown(summary)).toContain(
      '**Digest**\n- The line opened.\n\n**Framing notes**',
    );
    expect(JSON.stringify(renderSlack(summary))).toContain('*Framing notes*');
  });
});
