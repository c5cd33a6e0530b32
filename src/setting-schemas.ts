import { z } from 'zod';
import { storyCount } from '../commands/option-rules.js';
import { failPointNames } from './services/delivery/fail-points.js';

/** The schemas of the settings that hold more than one value (src/settings.ts is the table). */

const webhookSchedule = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** discord or slack; guessed from the URL (discord.com/api/webhooks, hooks.slack.com). */
  kind: z.enum(['discord', 'slack']).optional(),
  when: z.string().trim().min(1),
  timezone: z.string().trim().min(1).default('UTC'),
  feeds: z
    .array(z.url({ protocol: /^https?$/ }))
    .min(1)
    .max(50),
  max: z
    .number()
    .int()
    .min(storyCount.range.min)
    .max(storyCount.range.max)
    .default(storyCount.default),
  /** The poster's name shown on each digest (Discord `username`, Slack `username`). */
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    // Discord refuses webhook names containing these words (400 Invalid Form Body).
    .refine((name) => !/clyde|discord/i.test(name), 'a name may not contain "discord" or "clyde"')
    .optional(),
  /** The poster's picture (Discord `avatar_url`, Slack `icon_url`). */
  avatar: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional(),
});

/** LEDE_WEBHOOK_SCHEDULES: a JSON list, short enough for one line of `.env`. */
export const webhookSchedulesSchema = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text?.trim()) return [];
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.array(webhookSchedule).max(100));

export type WebhookSchedule = z.infer<typeof webhookSchedule>;

/** LEDE_TEST_FAIL_POINT: `name` or `name:N` (the N-th time the point is reached). */
export const failPointSchema = z
  .string()
  .regex(
    new RegExp(`^(${failPointNames.join('|')})(:[1-9][0-9]?)?$`),
    `one of ${failPointNames.join(', ')}, optionally with :N`,
  )
  .optional()
  .transform((v) => {
    if (!v) return undefined;
    const [name, hit] = v.split(':');
    return { name: name as (typeof failPointNames)[number], hit: hit ? Number(hit) : 1 };
  });

export type FailPointSetting = NonNullable<z.infer<typeof failPointSchema>>;
