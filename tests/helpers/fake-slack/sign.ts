import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommandFields {
  text: string;
  user_id?: string;
  channel_id?: string;
  command?: string;
  response_url: string;
}

/** The form fields Slack posts for a slash command. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'lede-test',
    channel_id: fields.channel_id ?? 'C0001',
    channel_name: 'news',
    user_id: fields.user_id ?? 'U0001',
    user_name: 'reader',
    command: fields.command ?? '/news',
    text: fields.text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1.2.3',
  }).toString();
}

export interface SignedPostOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to test refusals). */
  signature?: string;
}

/** Posts a signed slash command to Bolt's HTTP receiver; resolves with the status and the time to it. */
export async function postSlashCommand(
  eventsUrl: string,
  secret: string,
  fields: SlashCommandFields,
  options: SignedPostOptions = {},
): Promise<{ status: number; ms: number; body: string }> {
  const body = slashCommandBody(fields);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - started, body: text };
}
