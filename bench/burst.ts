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
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deployCommands } from '../bot/deploy-commands.ts';
import { loadConfig } from '../src/config.ts';
import { loadCorpusSync } from '../src/corpus/load.ts';
import { GAZETTEER_FILE } from '../src/people/gazetteer.ts';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../test/fake-discord/index.ts';
import { SyntheticCorpus, writeSyntheticCorpus } from './generate.ts';
import type { SizeSpec } from './measure-size.ts';
import { QUERIED_PEOPLE, queryMix } from './queries.ts';
import { summarise, type Latency } from './stats.ts';

export interface BurstResult {
  /** 'seeds', or the size of the synthetic corpus the bot served. */
  corpus: string;
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
/** Building a large corpus at start-up takes minutes. */
const READY_MS = 30 * 60_000;

/** The bot (burst-bot.ts) in a child process, logged in to a fresh fake Discord in this one. */
async function startBotOnFake(seedsDir: string): Promise<{ fake: FakeDiscord; bot: ChildProcess }> {
  const fake = await startFakeDiscord();
  const env = {
    ...process.env,
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.appId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    SEEDS_DIR: seedsDir,
    CACHE_DIR: path.join(seedsDir, '.cache'),
    COOLDOWN_SECONDS: '0',
  };
  await deployCommands(loadConfig(env, { discord: true }));
  const bot = fork(fileURLToPath(new URL('./burst-bot.ts', import.meta.url)), [], { env, execArgv: process.execArgv });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot was not ready in time')), READY_MS);
    bot.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    bot.once('exit', (code) => reject(new Error(`the bot exited during start-up (code ${code})`)));
  });
  return { fake, bot };
}

function stopBot(bot: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    bot.once('exit', () => resolve());
    bot.send('stop');
  });
}

/**
 * @example await runBurst({ corpus: 'seeds', interactions: 500, windowMs: 1000 }) // { sent: 500, answered: …, latency: … }
 */
export async function runBurst(opts: { corpus: SizeSpec; interactions: number; windowMs: number }): Promise<BurstResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-burst-'));
  const synthetic = opts.corpus === 'seeds' ? undefined : new SyntheticCorpus(loadCorpusSync('seeds'), { count: opts.corpus });
  if (synthetic) {
    writeSyntheticCorpus(synthetic, root);
    // The bot reads the gazetteer from its articles folder; the synthetic folder gets the seeds' one.
    if (fs.existsSync(path.join('seeds', GAZETTEER_FILE))) fs.copyFileSync(path.join('seeds', GAZETTEER_FILE), path.join(root, GAZETTEER_FILE));
  } else {
    fs.cpSync('seeds', root, { recursive: true });
  }
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
      people: synthetic ? Array.from({ length: Math.min(QUERIED_PEOPLE, synthetic.size) }, (_, k) => synthetic.person(k)) : [],
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
      corpus: String(opts.corpus),
      mix: BURST_COMMANDS.map((c) => `/${c}`).join(' and '),
      sent: handles.length,
      answered: answered.length,
      dispatchMs,
      latency: summarise(answered.map((x) => x.responses[0]!.atMs)),
    };
  } finally {
    await stopBot(bot);
    await fake.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
