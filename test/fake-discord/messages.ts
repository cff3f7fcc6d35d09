/**
 * Members' messages (MESSAGE_CREATE) and the bot's channel messages (POST /channels/:id/messages),
 * with Discord's rules for bots without the privileged MessageContent intent: a server message
 * reaches the bot only with the GuildMessages intent, a DM only with DirectMessages, and a server
 * message that does not mention the bot arrives with its content, embeds and attachments empty.
 */
import { DiscordError } from './errors.ts';
import { memberPayload, snowflake, type GuildFixture, type UserPayload } from './fixtures.ts';
import { checkMessage, isEmptyMessage } from './limits.ts';
import { ok, refuse, refuseIssues, type FakeState, type Route } from './rest.ts';

type Json = Record<string, unknown>;

export const Intent = { GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

export interface MessageSpec {
  content: string;
  /** A direct message to the bot instead of a message in the guild's channel. */
  dm?: boolean;
  /** The author; default the member 'tester'. `bot: true` makes it another bot. */
  user?: { id?: string; username?: string; bot?: boolean };
  /** Whether the message mentions the bot; default: when the content holds `<@botId>`. */
  mentionsBot?: boolean;
}

/** One member message as the fake sent it, and the bot's replies to it. */
export class ChatMessage {
  readonly id = snowflake();
  /** Whether the bot's intents let Discord deliver it at all. */
  delivered = false;
  /** The MESSAGE_CREATE payload as sent (content emptied where Discord would). */
  payload: Json = {};
  /** Bodies of the bot's messages that reply to this one, in order. */
  readonly replies: Json[] = [];
  constructor(readonly channelId: string, readonly guildId: string | undefined) {}
}

export class ChatState {
  readonly sent: ChatMessage[] = [];
  /** Every message the bot posted in a channel, replies or not. */
  readonly botMessages: Json[] = [];
  private readonly dmChannels = new Map<string, string>();

  dmChannelOf(userId: string): string {
    let id = this.dmChannels.get(userId);
    if (!id) this.dmChannels.set(userId, (id = snowflake()));
    return id;
  }

  isDmChannel(channelId: string): boolean {
    return [...this.dmChannels.values()].includes(channelId);
  }
}

/**
 * The MESSAGE_CREATE for `spec`, or undefined when the bot's intents exclude it.
 * @example messageCreate(spec, guild, bot, intents, chat)
 */
export function messageCreate(spec: MessageSpec, guild: GuildFixture, bot: UserPayload, intents: number, chat: ChatState, author: UserPayload): ChatMessage {
  const channelId = spec.dm ? chat.dmChannelOf(author.id) : guild.channelId;
  const message = new ChatMessage(channelId, spec.dm ? undefined : guild.id);
  const mentions = spec.mentionsBot ?? spec.content.includes(`<@${bot.id}>`);
  message.delivered = (intents & (spec.dm ? Intent.DirectMessages : Intent.GuildMessages)) !== 0;
  const readable = spec.dm || mentions || (intents & Intent.MessageContent) !== 0;
  message.payload = {
    id: message.id, channel_id: channelId, type: 0, channel_type: spec.dm ? 1 : 0, author,
    content: readable ? spec.content : '', embeds: [], attachments: [], components: [],
    mentions: mentions ? [{ ...bot, ...(spec.dm ? {} : { member: memberPayload(bot, [guild.botRoleId]) }) }] : [],
    mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: 0,
    timestamp: new Date().toISOString(), edited_timestamp: null,
    ...(spec.dm ? {} : { guild_id: guild.id, member: memberPayload(author, []) }),
  };
  chat.sent.push(message);
  return message;
}

/** @example messageRoutes(state) // POST /channels/:id/messages */
export function messageRoutes(state: FakeState & { chat: ChatState }): Route[] {
  return [{
    method: 'POST', pattern: /^\/channels\/(\d+)\/messages$/, auth: true, target: 'other',
    handle: ({ params: [channelId = ''], body }) => {
      const guild = state.guilds.find((g) => g.channelId === channelId);
      if (!guild && !state.chat.isDmChannel(channelId)) return refuse(DiscordError.unknownChannel(), [`unknown channel ${channelId}`]);
      const issues = checkMessage(body);
      if (issues.length) return refuseIssues(issues);
      if (isEmptyMessage(body)) return refuse(DiscordError.emptyMessage(), ['channel message with nothing to show']);
      const reference = (body.message_reference ?? undefined) as Json | undefined;
      const original = reference ? state.chat.sent.find((m) => m.id === String(reference.message_id)) : undefined;
      if (reference && !original) return refuse(DiscordError.unknownMessage(), [`reply to unknown message ${String(reference.message_id)}`]);
      const message: Json = {
        id: snowflake(), type: original ? 19 : 0, channel_id: channelId, ...(guild ? { guild_id: guild.id } : {}), author: state.bot,
        content: body.content ?? '', embeds: body.embeds ?? [], components: body.components ?? [], attachments: [], mentions: [],
        mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: Number(body.flags ?? 0),
        timestamp: new Date().toISOString(), edited_timestamp: null,
        ...(original ? { message_reference: { type: 0, message_id: original.id, channel_id: channelId, ...(guild ? { guild_id: guild.id } : {}) }, referenced_message: null } : {}),
      };
      state.chat.botMessages.push(body);
      original?.replies.push(body);
      state.messages.set(String(message.id), message);
      // Like Discord, the bot receives its own messages too: a bot that answers DMs must not answer itself.
      const intents = state.gateway.intentsFor(guild?.id) ?? 0;
      if (intents & (guild ? Intent.GuildMessages : Intent.DirectMessages)) {
        state.gateway.dispatch('MESSAGE_CREATE', { ...message, channel_type: guild ? 0 : 1, ...(guild ? { member: memberPayload(state.bot, [guild.botRoleId]) } : {}) }, guild?.id);
      }
      return ok(message);
    },
  }];
}
