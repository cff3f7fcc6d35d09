/**
 * Payload builders for the fake Discord: ids, tokens, users, the guild sent in GUILD_CREATE, members
 * and messages. Shapes follow the Discord API v10 documentation, with every field discord.js 14 reads.
 */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/**
 * A new snowflake whose timestamp is now, so discord.js `createdAt` getters give sensible dates.
 * @example snowflake() // '1287391651405824001'
 */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/**
 * An interaction token: URL-safe like Discord's, unique per interaction.
 * @example interactionToken() // 'aW50ZXJhY3Rpb246...'
 */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

/**
 * A bot token of Discord's shape: base64url of the bot id, a timestamp part and an HMAC part.
 * @example botToken('100000000000000001') // 'MTAwMDAwMDAwMDAwMDAwMDAx.G....'
 */
export function botToken(botId: string): string {
  return `${Buffer.from(botId).toString('base64url')}.G${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
}

/** The human who owns the application and the test guilds. */
export const OWNER = userPayload('100000000000000099', 'owner');

/** Permission bits (Discord API v10) used to build member and bot permissions. */
export const Permission = {
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** What an ordinary member may do in a text channel: no Manage Guild. */
export const MEMBER_PERMISSIONS =
  Permission.AddReactions | Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks |
  Permission.AttachFiles | Permission.ReadMessageHistory | Permission.UseExternalEmojis |
  Permission.ChangeNickname | Permission.UseApplicationCommands | Permission.SendMessagesInThreads;

/** What the bot may do in the channel (`app_permissions` of an interaction). */
export const BOT_PERMISSIONS =
  Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks | Permission.AttachFiles |
  Permission.ReadMessageHistory | Permission.UseExternalEmojis | Permission.SendMessagesInThreads;

export interface UserPayload {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  [key: string]: unknown;
}

/** @example userPayload('300000000000000003', 'asha') */
export function userPayload(id: string, username: string, bot = false): UserPayload {
  return {
    id, username, global_name: bot ? null : username, discriminator: bot ? '0001' : '0', avatar: null,
    public_flags: 0, flags: 0, ...(bot ? { bot: true, verified: true, mfa_enabled: false } : {}),
  };
}

/** @example memberPayload(userPayload('3', 'asha'), [], MEMBER_PERMISSIONS) */
export function memberPayload(user: UserPayload, roles: string[], permissions?: bigint): Record<string, unknown> {
  return {
    user, roles, nick: null, avatar: null, banner: null, joined_at: new Date(Date.now() - 86_400_000).toISOString(),
    premium_since: null, deaf: false, mute: false, flags: 0, pending: false, communication_disabled_until: null,
    ...(permissions === undefined ? {} : { permissions: permissions.toString() }),
  };
}

export interface GuildFixture {
  id: string;
  name: string;
  channelId: string;
  botRoleId: string;
}

/** A text channel as sent inside GUILD_CREATE and in an interaction's `channel`. */
export function textChannelPayload(guild: GuildFixture): Record<string, unknown> {
  return {
    id: guild.channelId, type: 0, guild_id: guild.id, name: 'general', position: 0, permission_overwrites: [],
    parent_id: null, topic: null, nsfw: false, rate_limit_per_user: 0, last_message_id: null, flags: 0,
  };
}

/** The GUILD_CREATE payload: roles, one text channel and the bot's own member, as with the Guilds intent. */
export function guildCreatePayload(guild: GuildFixture, bot: UserPayload): Record<string, unknown> {
  const role = (id: string, name: string, permissions: bigint, position: number, managed: boolean) => ({
    id, name, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false,
    icon: null, unicode_emoji: null, position, permissions: permissions.toString(), managed, mentionable: false, flags: 0,
    ...(managed ? { tags: { bot_id: bot.id } } : {}),
  });
  return {
    id: guild.id, name: guild.name, icon: null, splash: null, discovery_splash: null, owner_id: OWNER.id,
    afk_channel_id: null, afk_timeout: 300, verification_level: 1, default_message_notifications: 1,
    explicit_content_filter: 0, features: [], mfa_level: 0, application_id: null, system_channel_id: guild.channelId,
    system_channel_flags: 0, rules_channel_id: null, max_members: 500_000, vanity_url_code: null, description: null,
    banner: null, premium_tier: 0, premium_subscription_count: 0, preferred_locale: 'en-US',
    public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false, safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(), large: false, unavailable: false, member_count: 2, lazy: true,
    roles: [
      role(guild.id, '@everyone', MEMBER_PERMISSIONS, 0, false),
      role(guild.botRoleId, bot.username, BOT_PERMISSIONS, 1, true),
    ],
    channels: [textChannelPayload(guild)],
    members: [memberPayload(bot, [guild.botRoleId])],
    emojis: [], stickers: [], threads: [], presences: [], voice_states: [], stage_instances: [],
    guild_scheduled_events: [], soundboard_sounds: [], embedded_activities: [], application_command_counts: {},
    incidents_data: null, version: Date.now(), home_header: null, hub_type: null, inventory_settings: null,
    latest_onboarding_question_id: null, max_stage_video_channel_users: 50, max_video_channel_users: 25,
  };
}

export interface MessageInit {
  channelId: string;
  guildId: string;
  author: UserPayload;
  appId: string;
  /** 20 = reply to a chat-input command, 0 = default (follow-ups, component messages). */
  type: number;
  interaction?: { id: string; type: number; user: UserPayload; name?: string };
  data: Record<string, unknown>;
}

/**
 * A message as Discord returns it for an interaction response or webhook message.
 * @example messagePayload({ channelId, guildId, author: bot, appId, type: 20, data: { content: 'hi' } })
 */
export function messagePayload(init: MessageInit): Record<string, unknown> {
  const { data } = init;
  return {
    id: snowflake(), type: init.type, channel_id: init.channelId, guild_id: init.guildId, author: init.author,
    content: data.content ?? '', embeds: data.embeds ?? [], components: data.components ?? [],
    attachments: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: Boolean(data.tts),
    timestamp: new Date().toISOString(), edited_timestamp: null, flags: Number(data.flags ?? 0),
    webhook_id: init.appId, application_id: init.appId,
    ...(data.poll ? { poll: data.poll } : {}),
    ...(init.interaction ? {
      interaction_metadata: {
        id: init.interaction.id, type: init.interaction.type, user: init.interaction.user,
        authorizing_integration_owners: { '0': init.guildId },
        ...(init.interaction.name ? { name: init.interaction.name, command_type: 1 } : {}),
      },
    } : {}),
  };
}
