import { z } from 'zod';
import { failPointSchema, webhookSchedulesSchema } from './setting-schemas.js';

/**
 * Every setting Lede reads, in one table: the environment variable, its schema, an example of a
 * valid value (shown when the value given is not valid), and what it means. The README's
 * configuration table is checked against this list by a test.
 */
export interface Setting<S extends z.ZodType = z.ZodType> {
  env: string;
  schema: S;
  example: string;
  meaning: string;
  /** Secrets come only from the environment, never from config/defaults.json. */
  secret?: boolean;
}

const optionalText = z.string().trim().min(1).optional();
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);

export const settings = {
  logLevel: {
    env: 'LEDE_LOG_LEVEL',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    example: 'info',
    meaning: 'How much Lede logs (to stderr): fatal, error, warn, info, debug, trace or silent.',
  },
  dataDir: {
    env: 'LEDE_DATA_DIR',
    schema: z.string().trim().min(1),
    example: '/data',
    meaning: 'Folder for the SQLite database and the health heartbeat file.',
  },
  commandName: {
    env: 'LEDE_COMMAND_NAME',
    schema: z
      .string()
      .regex(/^[a-z0-9_-]{1,32}$/, 'lower-case letters, digits, - or _, at most 32 characters'),
    example: 'news',
    meaning: 'Name of the root slash command (`/news summarize …`).',
  },
  digestSentences: {
    env: 'LEDE_DIGEST_SENTENCES',
    schema: z.coerce.number().int().min(2).max(4),
    example: '3',
    meaning: 'Sentences in a neutral digest, from 2 to 4.',
  },
  digestMaxWords: {
    env: 'LEDE_DIGEST_MAX_WORDS',
    schema: positiveInt(400),
    example: '90',
    meaning: 'Word budget of a neutral digest.',
  },
  analysisTimeoutSeconds: {
    env: 'LEDE_ANALYSIS_TIMEOUT_SECONDS',
    schema: z.coerce.number().int().min(1).max(600).default(10),
    example: '10',
    meaning:
      'Longest one article may take to analyse, in seconds; a slower one is refused and its worker thread replaced.',
  },
  fetchTimeoutMs: {
    env: 'LEDE_FETCH_TIMEOUT_MS',
    schema: z.coerce.number().int().min(1000).max(120_000),
    example: '10000',
    meaning: 'Longest Lede waits for one page or feed, in milliseconds, redirects included.',
  },
  fetchConnectTimeoutMs: {
    env: 'LEDE_FETCH_CONNECT_TIMEOUT_MS',
    schema: z.coerce.number().int().min(500).max(60_000),
    example: '5000',
    meaning: 'Longest Lede waits to connect to a web server, in milliseconds.',
  },
  fetchMaxBytes: {
    env: 'LEDE_FETCH_MAX_BYTES',
    schema: z.coerce.number().int().min(10_000).max(100_000_000),
    example: '5242880',
    meaning: 'Largest page or feed Lede reads, in bytes after decompression.',
  },
  allowPrivateHosts: {
    env: 'LEDE_ALLOW_PRIVATE_HOSTS',
    schema: z
      .string()
      .regex(/^[^\s,]+(,[^\s,]+)*$/, 'comma-separated host names, *.suffixes, IPs or CIDRs')
      .optional()
      .transform((v) => (v ? v.split(',') : [])),
    example: 'intranet.example.com,10.1.0.0/16',
    meaning:
      'Private hosts Lede may fetch (intranet feeds). Everything private, loopback or link-local is refused otherwise.',
  },
  pollIntervalMinutes: {
    env: 'LEDE_POLL_INTERVAL_MINUTES',
    schema: z.coerce.number().int().min(1).max(1440),
    example: '15',
    meaning: 'How often each feed is checked for new items (failing feeds back off from this).',
  },
  firstPollPosts: {
    env: 'LEDE_FIRST_POLL_POSTS',
    schema: z.coerce.number().int().min(0).max(50),
    example: '3',
    meaning: 'How many of the newest items a newly added feed contributes; the rest count as seen.',
  },
  catchUpHours: {
    env: 'LEDE_CATCH_UP_HOURS',
    schema: z.coerce.number().min(0).max(168),
    example: '6',
    meaning:
      'A scheduled digest missed while Lede was down is posted once at start-up if its slot is younger than this many hours (0: never).',
  },
  scheduleJitterSeconds: {
    env: 'LEDE_SCHEDULE_JITTER_SECONDS',
    schema: z.coerce.number().int().min(0).max(300),
    example: '30',
    meaning:
      'Each scheduled digest waits a random 0 to this many seconds, so channels set to the same minute do not post in one burst.',
  },
  webhookSchedules: {
    env: 'LEDE_WEBHOOK_SCHEDULES',
    schema: webhookSchedulesSchema,
    example:
      '[{"url":"https://discord.com/api/webhooks/1/abc","when":"daily 08:00","timezone":"Europe/Berlin","feeds":["https://example.com/feed.xml"],"max":10}]',
    meaning:
      'Digests posted to incoming webhooks (Discord or Slack) without a bot: a JSON list of `{url, when, timezone, feeds, max, name, avatar}` (`name` and `avatar`, an image URL, are optional: who the digest is posted as). See "Scheduled digests".',
    // Webhook URLs carry their own token.
    secret: true,
  },
  llmBaseUrl: {
    env: 'LEDE_LLM_BASE_URL',
    schema: optionalUrl,
    example: 'http://localhost:11434/v1',
    meaning:
      'OpenAI-compatible server that writes digests (Ollama, llama.cpp, vLLM, a hosted API). With LEDE_LLM_MODEL set, its digests are used when they pass Lede\'s guard; see "Using a local model".',
  },
  llmModel: {
    env: 'LEDE_LLM_MODEL',
    schema: optionalText,
    example: 'llama3.2',
    meaning: 'Model name the LLM server knows. Off unless both this and LEDE_LLM_BASE_URL are set.',
  },
  llmApiKey: {
    env: 'LEDE_LLM_API_KEY',
    schema: optionalText,
    example: 'sk-…',
    meaning: 'API key for the LLM server, sent as a bearer token; local servers need none.',
    secret: true,
  },
  llmTimeoutSeconds: {
    env: 'LEDE_LLM_TIMEOUT_SECONDS',
    schema: z.coerce.number().int().min(1).max(600).default(30),
    example: '30',
    meaning:
      'Longest Lede waits for one answer of the model, in seconds; then the offline digest is used.',
  },
  llmMaxConcurrency: {
    env: 'LEDE_LLM_MAX_CONCURRENCY',
    schema: z.coerce.number().int().min(1).max(32).default(2),
    example: '2',
    meaning: 'How many requests Lede sends to the model at once; the others wait their turn.',
  },
  discordToken: {
    env: 'DISCORD_TOKEN',
    schema: optionalText,
    example: 'MTA…(the bot token from the Discord developer portal)',
    meaning: 'Discord bot token. Set it to run Lede on Discord.',
    secret: true,
  },
  discordApplicationId: {
    env: 'DISCORD_APPLICATION_ID',
    schema: z
      .string()
      .regex(/^\d{17,20}$/, 'a numeric snowflake id')
      .optional(),
    example: '123456789012345678',
    meaning: 'Discord application id, used to register the slash commands.',
  },
  discordApiUrl: {
    env: 'DISCORD_API_URL',
    schema: optionalUrl,
    example: 'https://discord.com/api',
    meaning: 'Discord REST base URL; change it only behind a Discord API proxy.',
  },
  slackBotToken: {
    env: 'SLACK_BOT_TOKEN',
    schema: z.string().startsWith('xoxb-', 'a bot token starting with xoxb-').optional(),
    example: 'xoxb-…',
    meaning: 'Slack bot token. Set it (with an app token or signing secret) to run Lede on Slack.',
    secret: true,
  },
  slackAppToken: {
    env: 'SLACK_APP_TOKEN',
    schema: z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
    example: 'xapp-…',
    meaning: 'Slack app-level token for Socket Mode (no public URL needed).',
    secret: true,
  },
  slackSigningSecret: {
    env: 'SLACK_SIGNING_SECRET',
    schema: optionalText,
    example: '8f14e45fceea167a5a36dedd4bea2543',
    meaning: 'Slack signing secret, for HTTP mode instead of Socket Mode.',
    secret: true,
  },
  slackMode: {
    env: 'SLACK_MODE',
    schema: z.enum(['socket', 'http']),
    example: 'socket',
    meaning: 'How Slack reaches Lede: socket (Socket Mode, no public URL) or http (Events API).',
  },
  slackPort: {
    env: 'SLACK_PORT',
    schema: z.coerce.number().int().min(1).max(65535),
    example: '3000',
    meaning: 'Port of the HTTP receiver in Slack HTTP mode.',
  },
  slackManagerIds: {
    env: 'SLACK_MANAGER_IDS',
    schema: z
      .string()
      .regex(/^[UW][A-Z0-9]+(,[UW][A-Z0-9]+)*$/, 'comma-separated Slack user ids')
      .optional()
      .transform((v) => (v ? v.split(',') : [])),
    example: 'U012AB3CD,U045EF6GH',
    meaning:
      'Slack users, besides workspace admins and owners, who may change feeds and schedules.',
  },
  slackApiUrl: {
    env: 'SLACK_API_URL',
    schema: optionalUrl,
    example: 'https://slack.com/api/',
    meaning: 'Slack Web API base URL; change it for GovSlack or a proxy.',
  },
  testFailPoint: {
    env: 'LEDE_TEST_FAIL_POINT',
    schema: failPointSchema,
    example: 'after-post:2',
    meaning:
      'Test only (needs LEDE_TEST_ALLOW_FAIL_POINTS=1): Lede kills itself with SIGKILL at this point of a scheduled delivery (before-queue, before-post, after-post, after-record), the N-th time it is reached. Crash tests use it; never set it on a real bot.',
  },
  testAllowFailPoints: {
    env: 'LEDE_TEST_ALLOW_FAIL_POINTS',
    schema: z
      .enum(['0', '1'])
      .optional()
      .transform((v) => v === '1'),
    example: '1',
    meaning: 'Test only: the switch without which LEDE_TEST_FAIL_POINT is refused.',
  },
} satisfies Record<string, Setting>;

/** Rules between settings, checked after each setting is valid on its own. */
export const settingRules: ((config: Config) => string | null)[] = [
  (config) =>
    config.testFailPoint && !config.testAllowFailPoints
      ? 'LEDE_TEST_FAIL_POINT is for crash tests only and needs LEDE_TEST_ALLOW_FAIL_POINTS=1'
      : null,
];

export type SettingKey = keyof typeof settings;
export type Config = { [K in SettingKey]: z.infer<(typeof settings)[K]['schema']> };
