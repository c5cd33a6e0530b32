import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { runCommand } from '../../commands/run-command.js';
import type { CommandDeps } from '../../commands/types.js';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import type { Analyzer } from '../../src/core/engine.js';
import { presentAnalysis } from '../../src/core/present-analysis.js';
import type { Reply } from '../../src/core/reply.js';
import { UserError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { ChannelServices, ScheduleSummary } from '../../src/services/channel-types.js';
import {
  backslashMarkupLive,
  discordFooters,
  discordTexts,
  type Live,
  slackLive,
  slackTexts,
  visibleDiscord,
  visibleSlack,
} from './live-markup.js';

const longQuery = `https://news.example/search?q=${'a'.repeat(3500)}`;

/** A hostile feed or page: its title (or name) and the link it claims. */
const hostile: { name: string; title: string; url: string }[] = [
  {
    name: 'masked link and spoiler in a title',
    title: '[Verify your account](https://evil.example/login) Harbor news ||spoiler||',
    url: 'https://feeds.example/rss',
  },
  { name: 'spoiler', title: '||Council|| secretly ||resigns||', url: 'https://a.example/x' },
  {
    name: 'nested brackets',
    title: '[[Nested [deeper](https://evil.example/a)] outer](https://evil.example/b)',
    url: 'https://a.example/nested',
  },
  {
    name: 'a ) in the URL that opens a second link',
    title: 'Bridge reopens',
    url: 'http://host.example/b)[Official statement](https://evil.example/b',
  },
  {
    name: 'Slack link syntax in a title',
    title: '<https://evil.example|Official notice> from the mayor',
    url: 'https://a.example/notice',
  },
  {
    name: '| and > in Slack link text',
    title: 'Budget | passes > expectations |https://evil.example>',
    url: 'https://a.example/budget?x=1|2>3',
  },
  {
    name: 'Slack broadcast',
    title: '<!channel> <!here> storm warning',
    url: 'https://a.example/s',
  },
  { name: 'Discord broadcast', title: '@everyone @here flood alert', url: 'https://a.example/f' },
  { name: 'user mention', title: 'Ping <@123> <@!456> <@&789> <#321>', url: 'https://a.example/p' },
  { name: 'heading', title: '# Breaking\n## Mayor quits', url: 'https://a.example/h' },
  {
    name: 'subtext and list',
    title: '-# quiet note\n- listed\n1. numbered',
    url: 'https://a.example/l',
  },
  { name: 'quote', title: '> quoted claim\n>>> more claims', url: 'https://a.example/q' },
  {
    name: 'emphasis of every kind',
    title: '**Bold** __under__ ~~struck~~ *italic* _slanted_ ~tilde~',
    url: 'https://a.example/e',
  },
  { name: 'code fences', title: '`tick` ```fence``` harbor', url: 'https://a.example/c' },
  { name: 'javascript: URL', title: 'Click here', url: 'javascript:alert(document.cookie)' },
  { name: 'data: URL', title: 'Open this', url: 'data:text/html,<script>alert(1)</script>' },
  { name: 'very long URL', title: 'Long query story', url: longQuery },
  {
    name: 'backslash tricks',
    title: '\\[Escaped\\](https://evil.example) \\\\*star\\\\*',
    url: 'https://a.example/bs',
  },
  { name: 'entities', title: 'AT&T &lt;!channel&gt; &amp; friends', url: 'https://a.example/en' },
  { name: 'Discord tags', title: '<t:1:R> <:smile:1> </news help:1>', url: 'https://a.example/t' },
];

const benign = { title: 'Plain harbor words', url: 'https://ok.example/plain' };

function channels(title: string, url: string): ChannelServices {
  const schedule: ScheduleSummary = {
    label: title,
    cron: '0 8 * * *',
    timezone: 'UTC',
    maxItems: 5,
    thread: false,
    mention: null,
    nextRuns: [],
    lastRunAt: null,
    pausedReason: title,
  };
  const item = {
    title,
    url,
    outlet: title,
    digest: [title],
    noteCounts: {},
    coverage: [{ outlet: title, url }],
    framingNote: title,
  };
  return {
    addFeed: async () => ({ title, url, items: 2 }),
    removeFeed: async () => title,
    listFeeds: async () => [
      { id: 1, title, url, health: `failing (1 tries): ${title}`, include: title, exclude: title },
    ],
    setFeedFilter: async () => ({ title, include: title, exclude: null }),
    importFeeds: async () => ({
      added: [{ title }],
      known: [{ title }],
      refused: [{ title, reason: title }],
    }),
    exportFeeds: async () => '<opml/>',
    digest: async () => ({ title: 'Digest', items: [item] }),
    setSchedule: async () => schedule,
    getSchedule: async () => schedule,
    clearSchedule: async () => true,
    suggestFeeds: async () => [],
  };
}

/** A feed that cannot be read: the service's message names the URL and the feed's title. */
function failing(title: string, url: string): ChannelServices {
  const refuse = async (): Promise<never> => {
    throw new UserError(`${url} answered with a page titled “${title}”, not a feed.`);
  };
  return { ...channels(title, url), addFeed: refuse };
}

const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const command = (path: string) => registry.find((c) => `${c.group} ${c.name}` === path)!;

async function run(path: string, services: ChannelServices): Promise<Reply> {
  const deps = {
    commandName: 'news',
    registry,
    channels: services,
    loadFile: async () => '<opml/>',
  } as unknown as CommandDeps;
  const input = {
    options:
      {
        'feeds add': { url: 'https://x.example' },
        'feeds remove': { feed: '1' },
        'feeds filter': { feed: '1', include: 'x' },
        'feeds import': { file: 'subscriptions.opml' },
      }[path] ?? {},
    user: { id: 'u', canManage: true },
    channel: { id: 'c', platform: 'discord' as const },
  };
  const found = path === 'digest' ? registry.find((c) => c.name === 'digest')! : command(path);
  return runCommand(found, input, { ...deps, engine: {} as Analyzer }, log);
}

function summary(title: string, url: string): Reply {
  return presentAnalysis({
    title,
    source: url,
    genre: { label: 'news', score: 0.9, evidence: [] },
    digest: [{ text: title, spans: [] }],
    notes: [{ kind: 'loaded-language', text: title, span: [0, 1], message: title }],
    sources: [],
    stats: { words: 120, sentences: 6 },
  } as unknown as Parameters<typeof presentAnalysis>[0]);
}

const replyKinds: [string, (title: string, url: string) => Promise<Reply>][] = [
  ['feeds add', (t, u) => run('feeds add', channels(t, u))],
  ['feeds list', (t, u) => run('feeds list', channels(t, u))],
  ['feeds remove', (t, u) => run('feeds remove', channels(t, u))],
  ['feeds filter', (t, u) => run('feeds filter', channels(t, u))],
  ['feeds import', (t, u) => run('feeds import', channels(t, u))],
  ['schedule show', (t, u) => run('schedule show', channels(t, u))],
  ['digest', (t, u) => run('digest', channels(t, u))],
  ['an error naming the feed', (t, u) => run('feeds add', failing(t, u))],
  ['summarize', async (t, u) => summary(t, u)],
];

interface Rendered {
  live: Live;
  visible: string;
  pings: string;
}

const renderers: [string, (reply: Reply) => Rendered][] = [
  [
    'Discord',
    (reply) => {
      const messages = renderDiscord(reply);
      const texts = discordTexts(messages);
      const live = merge(texts.map((t) => backslashMarkupLive(t)));
      const visible = [...texts.map(visibleDiscord), ...discordFooters(messages)].join('\n');
      return { live, visible, pings: [...texts, ...discordFooters(messages)].join('\n') };
    },
  ],
  [
    'Slack',
    (reply) => {
      const texts = slackTexts(renderSlack(reply));
      const live = merge(texts.map(slackLive));
      return { live, visible: texts.map(visibleSlack).join('\n'), pings: texts.join('\n') };
    },
  ],
  [
    'Markdown',
    (reply) => {
      const text = renderMarkdown(reply);
      return {
        live: backslashMarkupLive(text, '<>&'),
        visible: visibleDiscord(text),
        pings: '',
      };
    },
  ],
];

function merge(all: Live[]): Live {
  return { links: all.flatMap((l) => l.links), marks: all.flatMap((l) => l.marks).sort() };
}

/** The addresses Lede may link to: the claimed URL, rebuilt, and nothing a title brought. */
function allowed(url: string): (href: string) => boolean {
  return (href) => {
    const parsed = new URL(href);
    const claimed = new URL(url);
    return parsed.host === claimed.host && !/[()[\]<>|\s]/.test(href);
  };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]{3,}/gu) ?? [];

describe.each(renderers)('hostile feed text on %s', (_platform, render) => {
  describe.each(replyKinds)('in %s', (_kind, makeReply) => {
    it.each(hostile)('shows $name as text, with only the links Lede built', async (row) => {
      const shown = render(await makeReply(row.title, row.url));
      const plain = render(await makeReply(benign.title, benign.url));
      expect(shown.live.marks).toEqual(plain.live.marks);
      expect(shown.live.links.length).toBeLessThanOrEqual(plain.live.links.length);
      for (const href of shown.live.links) expect(allowed(row.url)(href), href).toBe(true);
      for (const word of words(row.title)) expect(shown.visible).toContain(word);
      expect(shown.pings).not.toMatch(/@(everyone|here)|<[@#!&/:]|<t:|<a:/);
    });
  });
});

describe('links Lede builds', () => {
  it('keeps a feed link live on every platform when its URL is well formed', async () => {
    const reply = await run('feeds list', channels('Harbor Gazette', 'https://feeds.example/rss'));
    for (const [, render] of renderers) {
      expect(render(reply).live.links).toEqual(['https://feeds.example/rss']);
    }
  });

  it('percent-encodes a ) in an item link instead of letting it open a second link', () => {
    const url = 'http://host.example/b)[Official statement](https://evil.example/b';
    const reply: Reply = {
      items: [
        { title: 'Story', url, digest: [], noteCounts: {}, coverage: [{ outlet: 'Post', url }] },
      ],
    };
    const encoded = 'http://host.example/b%29%5BOfficial%20statement%5D%28https://evil.example/b';
    expect(discordTexts(renderDiscord(reply)).join('\n')).toContain(`[Post](${encoded})`);
    expect(slackTexts(renderSlack(reply)).join('\n')).toContain(`<${encoded}|Post>`);
    expect(renderMarkdown(reply)).toContain(`[Post](${encoded})`);
  });
});
