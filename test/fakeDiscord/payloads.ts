import { snowflake } from './snowflake.ts';

/** Discord API objects, as small as discord.js accepts them. */

export interface FakeUser {
  id: string;
  username: string;
}

export function userObject(user: FakeUser, bot = false) {
  return { id: user.id, username: user.username, global_name: null, discriminator: '0', avatar: null, bot };
}

export function guildObject(guildId: string, channelId: string, botUser: FakeUser) {
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
    roles: [{ id: guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
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
  user: FakeUser;
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
    member: { user: userObject(b.user), roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': b.guildId },
    context: 0,
  };
}

/** A slash command as Discord sends it: string options only, like storyline's. */
export function chatInputInteraction(b: InteractionBase, commandId: string, name: string, options: Record<string, string>) {
  return {
    ...base(b, 2),
    data: { id: commandId, name, type: 1, guild_id: b.guildId, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  };
}

export function autocompleteInteraction(b: InteractionBase, commandId: string, name: string, focused: string, options: Record<string, string>) {
  return {
    ...base(b, 4),
    data: {
      id: commandId,
      name,
      type: 1,
      guild_id: b.guildId,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value, ...(n === focused ? { focused: true } : {}) })),
    },
  };
}

export function buttonInteraction(b: InteractionBase, customId: string, message: Record<string, any>) {
  return { ...base(b, 3), data: { custom_id: customId, component_type: 2 }, message };
}
