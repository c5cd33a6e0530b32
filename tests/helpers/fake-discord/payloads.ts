export const appId = '111111111111111111';
export const guildId = '222222222222222222';
export const channelId = '333333333333333333';

export const botUser = {
  id: appId,
  username: 'lede',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

let lastId = 1_000;
/** A fresh id for a message or thread (a thread started from a message takes the message's). */
export const nextId = () => String(++lastId);

const person = {
  id: '444444444444444444',
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};

/** Discord permission bits as the gateway sends them (decimal strings). */
export const permissions = {
  member: String(1n << 11n), // Send Messages
  manageChannels: String((1n << 4n) | (1n << 11n)),
  manageGuild: String((1n << 5n) | (1n << 11n)),
};

export interface SlashOptions {
  /** Interaction id; also used in the token so requests can be matched to it. */
  id: string;
  root?: string;
  group?: string;
  name: string;
  /** `{ role: id }` sends a role option (type 8) with the role in `resolved`, as Discord does. */
  options?: Record<string, string | number | boolean | { role: string }>;
  /** Attachment options: the file each names, sent as Discord sends it (resolved by id). */
  attachments?: Record<string, { url: string; filename: string; size: number }>;
  memberPermissions?: string;
}

const optionType = { string: 3, number: 4, boolean: 5 } as const;

function base(id: string, type: number, memberPermissions: string) {
  return {
    id,
    application_id: appId,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'news' },
    member: {
      user: person,
      roles: [],
      permissions: memberPermissions,
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: permissions.member,
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** An INTERACTION_CREATE payload for `/root [group] name option:value …`. */
export function slashCommand(o: SlashOptions) {
  const roles: Record<string, object> = {};
  const leaf: { name: string; type: number; value: unknown }[] = Object.entries(
    o.options ?? {},
  ).map(([name, value]) => {
    if (typeof value !== 'object')
      return { name, type: optionType[typeof value as keyof typeof optionType], value };
    roles[value.role] = { id: value.role, name: 'news-desk', color: 0, hoist: false, position: 1 };
    return { name, type: 8, value: value.role };
  });
  const attachments: Record<string, unknown> = {};
  for (const [index, [name, file]] of Object.entries(o.attachments ?? {}).entries()) {
    const id = String(900_000_000_000_000_000n + BigInt(index));
    leaf.push({ name, type: 11, value: id });
    attachments[id] = { id, ...file, proxy_url: file.url, content_type: 'text/x-opml' };
  }
  const sub = { type: 1, name: o.name, options: leaf };
  const top = o.group ? [{ type: 2, name: o.group, options: [sub] }] : [sub];
  const resolved = {
    ...(Object.keys(roles).length ? { roles } : {}),
    ...(o.attachments ? { attachments } : {}),
  };
  const data = { id: '555555555555555555', name: o.root ?? 'news', type: 1, options: top };
  return {
    ...base(o.id, 2, o.memberPermissions ?? permissions.member),
    data: Object.keys(resolved).length ? { ...data, resolved } : data,
  };
}

/** A MODAL_SUBMIT payload with one text input inside a label. */
export function modalSubmit(id: string, customId: string, field: string, value: string) {
  return {
    ...base(id, 5, permissions.member),
    data: {
      custom_id: customId,
      components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: field, value } }],
    },
  };
}

/** The message object Discord returns for a webhook edit or follow-up. */
export function fakeMessage(id: string, body: unknown) {
  const sent = (body ?? {}) as { content?: string; embeds?: unknown[]; flags?: number };
  return {
    id,
    type: 0,
    channel_id: channelId,
    author: botUser,
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: sent.flags ?? 0,
    components: [],
    webhook_id: appId,
    application_id: appId,
  };
}
