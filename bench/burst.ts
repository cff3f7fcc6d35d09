/**
 * End-to-end burst: the real bot (bot/app.ts, discord.js) logged in to the local fake Discord,
 * receiving a burst of /search and /who-met interactions within one second, as a busy server
 * would send them. Measures how many are answered (Discord refuses answers after 3 s) and the time
 * from dispatch to the first callback.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBot, type Bot } from '../bot/app.ts';
import { deployCommands } from '../bot/deploy-commands.ts';
import { loadConfig } from '../src/config.ts';
import { loadCorpusSync } from '../src/corpus/load.ts';
import { createLogger } from '../src/log.ts';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../test/fake-discord/index.ts';
import { SyntheticCorpus, writeSyntheticCorpus } from './generate.ts';
import { queryMix } from './queries.ts';
import { summarise, type Latency } from './stats.ts';

export interface BurstResult {
  articles: number;
  mix: string;
  sent: number;
  answered: number;
  /** From the first dispatch to the last. */
  dispatchMs: number;
  latency: Latency;
}

const BURST_COMMANDS = ['search', 'who-met'] as const;
/** How long to wait for the last answers after the burst. */
const SETTLE_MS = 10_000;
const STRING_OPTION = 3;
const READY_MS = 120_000;

/** The bot as `npm start` runs it (info-level logging included), logged in to a fresh fake Discord. */
async function startBotOnFake(seedsDir: string): Promise<{ fake: FakeDiscord; bot: Bot }> {
  const fake = await startFakeDiscord();
  const config = loadConfig(
    {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.appId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      SEEDS_DIR: seedsDir,
      CACHE_DIR: path.join(seedsDir, '.cache'),
      COOLDOWN_SECONDS: '0',
    },
    { discord: true },
  );
  await deployCommands(config);
  const bot = await startBot(config, createLogger({ level: 'info', destination: { write: () => undefined } }));
  await fake.waitFor(() => bot.client.isReady(), READY_MS, 'the bot to be ready');
  return { fake, bot };
}

/**
 * @example await runBurst({ articles: 1000, interactions: 500, windowMs: 1000 }) // { sent: 500, answered: …, latency: … }
 */
export async function runBurst(opts: { articles: number; interactions: number; windowMs: number }): Promise<BurstResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-burst-'));
  const synthetic = new SyntheticCorpus(loadCorpusSync('seeds'), { count: opts.articles });
  writeSyntheticCorpus(synthetic, root);
  const { fake, bot } = await startBotOnFake(root);
  try {
    const registered = fake.registeredCommands(fake.guildId);
    const optionOf = (name: string): string => {
      const command = registered.find((c) => c.name === name);
      const option = (command?.options as { name: string; type: number }[] | undefined)?.find((o) => o.type === STRING_OPTION);
      if (!option) throw new Error(`/${name} is not registered with a text option; the burst needs it`);
      return option.name;
    };
    const optionNames = BURST_COMMANDS.map(optionOf);
    const mix = queryMix({
      count: opts.interactions,
      people: Array.from({ length: Math.min(200, synthetic.size) }, (_, k) => synthetic.person(k)),
      published: [],
      articleNumbers: [],
    });
    const handles: InteractionHandle[] = [];
    const start = performance.now();
    for (let i = 0; i < opts.interactions; i++) {
      const wait = start + (i * opts.windowMs) / opts.interactions - performance.now();
      if (wait > 1) await sleep(wait);
      const which = i % BURST_COMMANDS.length;
      const value = which === 0 ? mix.search[i]! : mix.whoMet[i]!;
      handles.push(fake.dispatchInteraction({ kind: 'command', name: BURST_COMMANDS[which]!, options: { [optionNames[which]!]: value } }));
    }
    const dispatchMs = performance.now() - start;
    await fake.waitFor(() => handles.every((x) => x.answered), SETTLE_MS, 'answers to the burst').catch(() => undefined);
    const answered = handles.filter((x) => x.answered);
    return {
      articles: opts.articles,
      mix: BURST_COMMANDS.map((c) => `/${c}`).join(' and '),
      sent: handles.length,
      answered: answered.length,
      dispatchMs,
      latency: summarise(answered.map((x) => x.responses[0]!.atMs)),
    };
  } finally {
    await bot.stop(1000);
    await fake.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
