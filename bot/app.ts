/**
 * The running bot: a discord.js client (Guilds intent only: no privileged intents) answering
 * interactions from the current knowledge. `startBot` is what `npm start` runs, and what the
 * end-to-end tests run against the local fake Discord.
 */
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Config } from '../src/config.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { KnowledgeStore, loadKnowledge } from '../src/store.ts';
import type { Logger } from '../src/log.ts';
import type { Command, CommandContext, RuntimeInfo } from './command.ts';
import { AnswerCache } from './answer-cache.ts';
import { Cooldowns } from './cooldown.ts';
import { DeadlineGuard, rejectSlowFirstResponses } from './deadline.ts';
import { measurePingNow } from './gateway-ping.ts';
import { createInteractionHandler, refuseWhileStopping, type Rendered } from './interactions.ts';
import { Pager } from './pager.ts';
import { loadCommands, summarise } from './registry.ts';
import { NO_PINGS } from './render-discord.ts';
import { VERSION } from './version.ts';

export interface Bot {
  client: Client;
  /** Answers new interactions only with "ask again soon", waits for those in flight (up to `graceMs`), closes the gateway. */
  stop(graceMs?: number): Promise<void>;
  /** Interactions received and not yet answered. */
  inFlight(): number;
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
  const cooldowns = new Cooldowns(new Map([...commands].map(([name, c]) => [name, c.cooldown])), config.cooldowns);
  const runtime: RuntimeInfo = { startedAt: started, version: VERSION, knowledgeSource: loaded.from === 'snapshot' ? 'restored from snapshot' : `built from ${config.seedsDir}` };
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.discordApiUrl, rejectOnRateLimit: rejectSlowFirstResponses }, allowedMentions: NO_PINGS });

  const context = (member: CommandContext['member']): CommandContext => ({
    kb: store.current,
    reload: () => store.reload(),
    commands: summaries,
    runtime: { ...runtime, pingMs: client.ws.ping >= 0 ? client.ws.ping : undefined, connected: client.isReady() },
    member,
  });
  const handle = createInteractionHandler({ commands, context, pager: new Pager(), cooldowns, answers: new AnswerCache<Rendered>(), deadline: new DeadlineGuard(config.discordApiUrl, log), log });

  let accepting = true;
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (i: Interaction) => {
    const p = (accepting ? handle(i) : refuseWhileStopping(i, log)).finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, guilds: c.guilds.cache.size, msSinceStart: Date.now() - started }, 'ready'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => {
    log.info({ shard, replayed }, 'gateway resumed');
    measurePingNow(client, shard);
  });
  client.on(Events.ShardReady, (shard) => measurePingNow(client, shard));

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
    inFlight: () => inFlight.size,
    async stop(graceMs = 8000) {
      accepting = false;
      const grace = new Promise((r) => setTimeout(r, graceMs).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      await client.destroy();
      log.info({ unfinished: inFlight.size }, 'stopped');
    },
  };
}
