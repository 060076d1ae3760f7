import { snowflake } from './snowflake.ts';

/** Discord API objects, as small as discord.js accepts them. */

export interface FakeUser {
  id: string;
  username: string;
}

/** A member as interactions carry them: the permission bits Discord computed, and role ids. */
export interface FakeMember extends FakeUser {
  permissions?: string;
  roles?: string[];
}

/** A file uploaded with a slash command, served by the fake at `url`. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  contentType?: string;
}

/** Guild roles besides @everyone. */
export interface FakeRole {
  id: string;
  name: string;
}

export function userObject(user: FakeUser, bot = false) {
  return { id: user.id, username: user.username, global_name: null, discriminator: '0', avatar: null, bot };
}

export function guildObject(guildId: string, channelId: string, botUser: FakeUser, extraRoles: FakeRole[] = []) {
  return {
    id: guildId,
    name: 'Fake newsroom',
    icon: null,
    owner_id: botUser.id,
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id: guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }, ...extraRoles.map((r, i) => ({ id: r.id, name: r.name, permissions: '0', position: i + 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }))],
    channels: [{ id: channelId, type: 0, name: 'general', position: 0, guild_id: guildId, permission_overwrites: [] }],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: new Date().toISOString(),
    preferred_locale: 'en-US',
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    default_message_notifications: 0,
  };
}

export function messageObject(body: Record<string, any>, channelId: string, author: FakeUser, id = snowflake()) {
  return {
    id,
    channel_id: channelId,
    author: userObject(author, true),
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 20,
    flags: body.flags ?? 0,
    webhook_id: author.id,
  };
}

export interface InteractionBase {
  applicationId: string;
  guildId: string;
  channelId: string;
  user: FakeMember;
}

function base(b: InteractionBase, type: number) {
  return {
    id: snowflake(),
    application_id: b.applicationId,
    type,
    token: `tok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    guild_id: b.guildId,
    channel_id: b.channelId,
    channel: { id: b.channelId, type: 0, name: 'general', guild_id: b.guildId },
    member: { user: userObject(b.user), roles: b.user.roles ?? [], permissions: b.user.permissions ?? '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': b.guildId },
    context: 0,
  };
}

export type FakeOptions = Record<string, string | FakeAttachment>;

/** Options as Discord sends them: `subcommand` nests the rest under it; an attachment is an id resolved in `resolved`. */
function optionData(options: FakeOptions, focused?: string) {
  const attachments: Record<string, unknown> = {};
  const list = Object.entries(options)
    .filter(([n]) => n !== 'subcommand')
    .map(([n, value]) => {
      if (typeof value !== 'string') {
        attachments[value.id] = { id: value.id, filename: value.filename, size: value.size, url: value.url, proxy_url: value.url, ...(value.contentType ? { content_type: value.contentType } : {}) };
        return { name: n, type: 11, value: value.id };
      }
      return { name: n, type: 3, value, ...(n === focused ? { focused: true } : {}) };
    });
  const sub = options.subcommand;
  return {
    options: typeof sub === 'string' ? [{ name: sub, type: 1, options: list }] : list,
    ...(Object.keys(attachments).length ? { resolved: { attachments } } : {}),
  };
}

/** A slash command as Discord sends it. */
export function chatInputInteraction(b: InteractionBase, commandId: string, name: string, options: FakeOptions) {
  return { ...base(b, 2), data: { id: commandId, name, type: 1, guild_id: b.guildId, ...optionData(options) } };
}

export function autocompleteInteraction(b: InteractionBase, commandId: string, name: string, focused: string, options: FakeOptions) {
  return { ...base(b, 4), data: { id: commandId, name, type: 1, guild_id: b.guildId, ...optionData(options, focused) } };
}

export function buttonInteraction(b: InteractionBase, customId: string, message: Record<string, any>) {
  return { ...base(b, 3), data: { custom_id: customId, component_type: 2 }, message };
}
