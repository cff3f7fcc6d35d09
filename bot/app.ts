/**
 * The running bot: a discord.js client (no privileged intents; see INTENTS) answering interactions,
 * and messages that mention it or arrive as DMs, from the current knowledge. `startBot` is what `npm start` runs, and what the
 * end-to-end tests run against the local fake Discord.
 */
import path from 'node:path';
import { Client, Events, GatewayIntentBits, Options, Partials, type Interaction, type Message } from 'discord.js';
import type { Config } from '../src/config.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { KnowledgeStore, loadKnowledge } from '../src/store.ts';
import type { Logger } from '../src/log.ts';
import type { Command, CommandContext, RuntimeInfo } from './command.ts';
import { AnswerCache } from './answer-cache.ts';
import { Cooldown } from './cooldown.ts';
import { RecentQuestions } from './follow-up.ts';
import { GuildSettings } from './guild-settings.ts';
import { createMessageHandler } from './messages.ts';
import { createInteractionHandler, type Rendered } from './interactions.ts';
import { Pager } from './pager.ts';
import { loadCommands, summarise } from './registry.ts';
import { NO_PINGS } from './render-discord.ts';
import { VERSION } from './version.ts';

/**
 * Guilds for slash commands; GuildMessages and DirectMessages to receive messages that mention the
 * bot and DMs. Discord includes the content of exactly those without the privileged MessageContent
 * intent; other server messages arrive with empty content and are dropped unread.
 */
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export interface Bot {
  client: Client;
  /** Stops taking interactions, waits for those in flight (up to `graceMs`), closes the gateway. */
  stop(graceMs?: number): Promise<void>;
  knowledge(): Knowledge;
}

export interface StartOptions {
  /** The commands to serve; by default every module in commands/. */
  commands?: Map<string, Command>;
}

export async function startBot(config: Config, log: Logger, opts: StartOptions = {}): Promise<Bot> {
  const started = Date.now();
  const storeOptions = { seedsDir: config.seedsDir, cacheDir: config.cacheDir, log };
  const loaded = await loadKnowledge(storeOptions);
  for (const w of loaded.warnings) log.warn({ file: w.file }, w.message);
  const store = new KnowledgeStore(loaded.kb, storeOptions);
  log.info({ articles: loaded.kb.corpus.articles.length, from: loaded.from, ms: Math.round(loaded.ms) }, 'knowledge ready');

  const commands = opts.commands ?? (await loadCommands());
  const summaries = summarise(commands);
  const runtime: RuntimeInfo = { startedAt: started, version: VERSION, knowledgeSource: loaded.from === 'snapshot' ? 'restored from snapshot' : `built from ${config.seedsDir}` };
  const client = new Client({
    intents: INTENTS,
    // DM channels are not announced by the gateway: without this partial discord.js drops DMs.
    partials: [Partials.Channel],
    // Messages are answered and forgotten: none is kept in discord.js's cache.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: { api: config.discordApiUrl },
    allowedMentions: NO_PINGS,
  });
  const settings = new GuildSettings(path.join(config.cacheDir, 'settings'));

  const context = (member: CommandContext['member']): CommandContext => ({
    kb: store.current,
    reload: () => store.reload(),
    commands: summaries,
    runtime: { ...runtime, pingMs: client.ws.ping >= 0 ? client.ws.ping : undefined },
    member,
    settings,
  });
  const shared = { context, pager: new Pager(), cooldown: new Cooldown(config.cooldownSeconds), answers: new AnswerCache<Rendered>(), log };
  const handle = createInteractionHandler({ commands, ...shared });
  const ask = commands.get('ask');
  const handleMessage = ask ? createMessageHandler({ ask, ...shared, botId: () => client.user?.id, recent: new RecentQuestions(), settings }) : undefined;

  let accepting = true;
  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.catch((err: unknown) => log.error({ err }, 'handler failed')).finally(() => inFlight.delete(p));
  };
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (accepting) track(handle(i));
  });
  client.on(Events.MessageCreate, (m: Message) => {
    if (accepting && handleMessage) track(handleMessage(m));
  });
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, guilds: c.guilds.cache.size, msSinceStart: Date.now() - started }, 'ready'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));

  try {
    await client.login(config.discordToken);
  } catch (err) {
    log.error({ err }, 'login failed');
    await client.destroy();
    throw err;
  }

  return {
    client,
    knowledge: () => store.current,
    async stop(graceMs = 8000) {
      accepting = false;
      const grace = new Promise((r) => setTimeout(r, graceMs).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      await client.destroy();
      log.info({ unfinished: inFlight.size }, 'stopped');
    },
  };
}
