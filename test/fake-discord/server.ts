/**
 * The fake Discord itself: one node:http server on 127.0.0.1 serving REST under /api/v10 and the
 * gateway WebSocket, the state both share, and the test-facing API (dispatching interactions,
 * waiting, fault injection, stopping). See index.ts for the API overview.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OptionValue } from './command-options.ts';
import { buildInteractionData, type InteractionSpec, type Invoker } from './interaction-spec.ts';
import {
  BOT_PERMISSIONS, MEMBER_PERMISSIONS, Permission, botToken, snowflake, userPayload, type GuildFixture, type UserPayload,
} from './fixtures.ts';
import { FakeGateway, type GatewayLogEntry, type GatewayStats } from './gateway.ts';
import { InteractionHandle, type Rejection } from './interactions.ts';
import { createRestHandler, type FakeState, type FaultSpec, type RequestLogEntry } from './rest.ts';
import { basicRoutes } from './rest-basic.ts';
import { CommandStore, commandRoutes, type StoredCommand } from './rest-commands.ts';
import { interactionRoutes } from './rest-interactions.ts';
import { ChatState, messageCreate, messageRoutes, type ChatMessage, type MessageSpec } from './messages.ts';
import { waitUntil, type Waiter } from './wait.ts';

export interface FakeDiscordOptions {
  /** Application id, also the bot user's id. Default '100000000000000001'. */
  appId?: string;
  /** The guild the bot is in and interactions come from. Default '200000000000000002'. */
  guildId?: string;
  /** More guilds the bot is in (each gets a GUILD_CREATE; interactions can target them). */
  extraGuildIds?: string[];
  botName?: string;
  /** Default: a token of Discord's shape made from appId (see `fake.token`). */
  token?: string;
  /** Time allowed for the initial response. Default 3000, like Discord. */
  interactionDeadlineMs?: number;
  heartbeatIntervalMs?: number;
  /** Privileged intent bits enabled for the app (GuildMembers 2, GuildPresences 256, MessageContent 32768). Default none. */
  privilegedIntents?: number;
  /** `shards` answered by GET /gateway/bot. Default 1. */
  recommendedShards?: number;
}

export interface SettleOptions {
  /** How long to wait for an answer before throwing. Default 5000. */
  timeoutMs?: number;
  /** After the answer, wait until no response has come for this long (catches follow-ups). Default 100. */
  quietMs?: number;
}

const DEFAULT_USER_ID = '300000000000000003';

export class FakeDiscord {
  readonly appId: string;
  readonly guildId: string;
  /** The guild's text channel, where interactions happen. */
  readonly channelId: string;
  readonly token: string;
  readonly bot: UserPayload;
  /** Every HTTP request, in order, with its answer status. */
  readonly requests: RequestLogEntry[] = [];
  /** Every refused request or gateway payload, with reasons. Tests usually assert this stays empty. */
  readonly rejections: Rejection[] = [];
  /** Every dispatched interaction, in order. */
  readonly interactions: InteractionHandle[] = [];
  apiUrl = '';
  private readonly state: FakeState;
  private readonly server: Server;
  private readonly waiters = new Set<Waiter>();

  constructor(opts: FakeDiscordOptions = {}) {
    this.appId = opts.appId ?? '100000000000000001';
    this.guildId = opts.guildId ?? '200000000000000002';
    this.token = opts.token ?? botToken(this.appId);
    this.bot = userPayload(this.appId, opts.botName ?? 'crisis-bot', true);
    const guilds: GuildFixture[] = [this.guildId, ...(opts.extraGuildIds ?? [])]
      .map((id, i) => ({ id, name: `Test Guild ${i + 1}`, channelId: snowflake(), botRoleId: snowflake() }));
    this.channelId = guilds[0]!.channelId;
    const startedAt = Date.now();
    const notify = () => { for (const waiter of [...this.waiters]) waiter.check(); };
    const gateway = new FakeGateway({
      token: this.token, bot: this.bot, appId: this.appId, guilds, startedAt, onChange: notify,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250, privilegedIntents: opts.privilegedIntents ?? 0,
      onReject: (reason, closeCode) => this.rejections.push({
        at: Date.now() - startedAt, method: 'WS', path: '/gateway', status: 0, code: closeCode, reasons: [reason],
      }),
    });
    this.state = {
      appId: this.appId, token: this.token, bot: this.bot, guilds, startedAt, gateway, notify,
      recommendedShards: opts.recommendedShards ?? 1, interactionDeadlineMs: opts.interactionDeadlineMs ?? 3000,
      commands: new CommandStore(this.appId), interactions: new Map(), messages: new Map(),
      requests: this.requests, rejections: this.rejections, faults: [], chat: new ChatState(),
    };
    this.server = createServer(createRestHandler(this.state, [
      ...basicRoutes(this.state), ...interactionRoutes(this.state), ...commandRoutes(this.state), ...messageRoutes(this.state),
    ]));
    this.server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  }

  /** @internal use `startFakeDiscord`. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.state.gateway.baseUrl = `ws://127.0.0.1:${port}`;
    return this;
  }

  get gatewayUrl(): string { return this.state.gateway.url; }
  get gatewayLog(): GatewayLogEntry[] { return this.state.gateway.log; }
  get gatewayStats(): GatewayStats { return this.state.gateway.stats; }

  /** Commands registered for a guild, or global ones when `guildId` is omitted. */
  registeredCommands(guildId?: string): StoredCommand[] {
    return this.state.commands.list(guildId);
  }

  /**
   * Sends INTERACTION_CREATE now and returns its handle; throws if no client has identified yet.
   * The 3 s deadline counts from this call.
   */
  dispatchInteraction(spec: InteractionSpec): InteractionHandle {
    const guild = this.state.guilds.find((g) => g.id === (spec.guildId ?? this.guildId));
    if (!guild) throw new Error(`the bot is not in guild ${spec.guildId}`);
    const memberPermissions = spec.permissions ?? (MEMBER_PERMISSIONS | (spec.manageGuild ? Permission.ManageGuild : 0n));
    const user = userPayload(spec.user?.id ?? DEFAULT_USER_ID, spec.user?.username ?? 'tester');
    const ix = new InteractionHandle(
      { guild, appId: this.appId, user, memberPermissions, appPermissions: BOT_PERMISSIONS, locale: spec.locale ?? 'en-US' },
      buildInteractionData(spec, guild, this.state.commands, this.state.messages),
    );
    this.state.interactions.set(ix.id, ix);
    if (!this.state.gateway.dispatch('INTERACTION_CREATE', ix.payload, guild.id)) {
      this.state.interactions.delete(ix.id);
      throw new Error('no gateway session: log the client in (and wait for clientReady) before dispatching');
    }
    this.interactions.push(ix);
    this.state.notify();
    return ix;
  }

  /**
   * Runs `/name` (or `/name group sub`) and resolves once the user would see the answer.
   * @example const res = await fake.command('search', { query: 'Lavrov' }); res.text
   */
  async command(name: string, options: Record<string, OptionValue> = {}, opts: Invoker & SettleOptions = {}): Promise<InteractionHandle> {
    return this.settle({ ...opts, kind: 'command', name, options }, opts);
  }

  /**
   * Sends an autocomplete interaction with `focused` being typed; resolves with the choices recorded.
   * @example (await fake.autocomplete('search', { query: 'Lav' }, 'query')).choices
   */
  async autocomplete(name: string, options: Record<string, OptionValue>, focused: string, opts: Invoker & SettleOptions = {}): Promise<InteractionHandle> {
    return this.settle({ ...opts, kind: 'autocomplete', name, options, focused }, { quietMs: 0, ...opts });
  }

  /** Clicks the button `customId` on the latest bot message that has it; resolves once answered. */
  async click(customId: string, opts: Invoker & SettleOptions & { message?: Record<string, unknown> } = {}): Promise<InteractionHandle> {
    return this.settle({ ...opts, kind: 'component', customId }, opts);
  }

  /** Picks `values` in the string select `customId`; resolves once answered. */
  async select(customId: string, values: string[], opts: Invoker & SettleOptions & { message?: Record<string, unknown> } = {}): Promise<InteractionHandle> {
    return this.settle({ ...opts, kind: 'component', customId, values }, opts);
  }

  /**
   * A member writes a message (in the guild's channel, or as a DM with `dm: true`); resolves once
   * the bot replied to it, or, with `expectReply: false`, after `quietMs` (default 500) without a
   * reply. Delivered only if the bot's intents allow, with content emptied as Discord does.
   * @example const m = await fake.message({ content: `<@${fake.appId}> who met Lavrov?` }); m.replies[0]
   */
  async message(spec: MessageSpec, opts: SettleOptions & { expectReply?: boolean } = {}): Promise<ChatMessage> {
    const timeoutMs = opts.timeoutMs ?? 5000;
    await this.waitFor(() => this.state.gateway.hasSession, timeoutMs, 'a gateway session (client logged in)');
    const guild = this.state.guilds[0]!;
    const author = userPayload(spec.user?.id ?? DEFAULT_USER_ID, spec.user?.username ?? 'tester', spec.user?.bot ?? false);
    const intents = this.state.gateway.intentsFor(spec.dm ? undefined : guild.id) ?? 0;
    const message = messageCreate(spec, guild, this.bot, intents, this.state.chat, author);
    if (message.delivered) this.state.gateway.dispatch('MESSAGE_CREATE', message.payload, spec.dm ? undefined : guild.id);
    this.state.notify();
    if (opts.expectReply === false) {
      await new Promise((r) => setTimeout(r, opts.quietMs ?? 500));
      return message;
    }
    await this.waitFor(() => message.replies.length > 0, timeoutMs, `a reply to message "${spec.content.slice(0, 40)}"`);
    return message;
  }

  /** Every member message sent with `message()`, with the bot's replies. */
  get messages(): readonly ChatMessage[] {
    return this.state.chat.sent;
  }

  /** Bodies of every message the bot posted in a channel (replies to members' messages and others). */
  get botMessages(): ReadonlyArray<Record<string, unknown>> {
    return this.state.chat.botMessages;
  }

  /**
   * Makes the next matching requests fail.
   * @example fake.injectFault({ status: 429, on: 'callback', retryAfter: 0.3 })
   * @example fake.injectFault({ status: 500, on: 'callback', times: 4 }) // beats discord.js's 3 retries
   */
  injectFault(fault: FaultSpec): void {
    this.state.faults.push({ times: 1, on: 'any', retryAfter: 0.25, global: false, ...fault });
  }

  /** Closes the gateway connection(s) with `code`; 4000 makes discord.js resume. */
  closeGateway(code = 4000, reason?: string): Promise<void> {
    return this.state.gateway.close(code, reason);
  }

  /**
   * Resolves with the predicate's first truthy value, re-checked on every request, gateway message
   * and every 20 ms; rejects after `timeoutMs` naming `label`.
   */
  waitFor<T>(predicate: () => T | false | null | undefined, timeoutMs = 2000, label = 'condition'): Promise<T> {
    return waitUntil(this.waiters, predicate, timeoutMs, label);
  }

  /** Returns the rejections so far and clears the list (for tests that provoke some on purpose). */
  takeRejections(): Rejection[] {
    return this.rejections.splice(0);
  }

  /** Closes the gateway, the HTTP server and every connection; pending waits reject. */
  async stop(): Promise<void> {
    for (const waiter of [...this.waiters]) waiter.fail(new Error('the fake Discord was stopped'));
    await this.state.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async settle(spec: InteractionSpec, opts: SettleOptions): Promise<InteractionHandle> {
    const timeoutMs = opts.timeoutMs ?? 5000;
    await this.waitFor(() => this.state.gateway.hasSession, timeoutMs, 'a gateway session (client logged in)');
    const ix = this.dispatchInteraction(spec);
    const what = spec.kind === 'component' ? `component ${spec.customId}` : `/${spec.name}`;
    try {
      await this.waitFor(() => ix.answered, timeoutMs, `an answer to ${what}`);
    } catch (error) {
      const seen = ix.responses.map((r) => `${r.kind}${r.type ? ` ${r.type}` : ''} @${r.atMs}ms`).join(', ') || 'no responses';
      const refused = ix.rejections.flatMap((r) => r.reasons).join('; ') || 'no rejections';
      throw new Error(`${(error as Error).message} — ${seen}; ${refused}`);
    }
    const quietMs = opts.quietMs ?? 100;
    if (quietMs > 0) {
      await this.waitFor(() => Date.now() - ix.dispatchedAt - (ix.responses.at(-1)?.atMs ?? 0) >= quietMs, quietMs + 5000, `quiet after ${what}`);
    }
    return ix;
  }
}

/**
 * Starts a fake Discord on a random 127.0.0.1 port.
 * @example const fake = await startFakeDiscord({ guildId: '200000000000000002' });
 */
export function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(opts).listen();
}
