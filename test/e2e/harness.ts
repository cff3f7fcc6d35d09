/**
 * Starts the real bot (bot/app.ts, real discord.js client) against a fresh fake Discord, with its own
 * copy of the seeds and cache, and collects its log lines for assertions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startBot, type Bot, type StartOptions } from '../../bot/app.ts';
import { deployCommands } from '../../bot/deploy-commands.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { addSecret, createLogger } from '../../src/log.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  config: Config;
  logs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions extends StartOptions {
  env?: Record<string, string>;
  /** Extra files for the bot's copy of the seeds folder. */
  extraSeeds?: Record<string, string>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'));
  fs.cpSync('seeds', path.join(root, 'seeds'), { recursive: true });
  for (const [name, text] of Object.entries(opts.extraSeeds ?? {})) fs.writeFileSync(path.join(root, 'seeds', name), text);
  const config = loadConfig(
    {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.appId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      SEEDS_DIR: path.join(root, 'seeds'),
      CACHE_DIR: path.join(root, 'cache'),
      LOG_LEVEL: 'debug',
      COOLDOWN_SECONDS: '0',
      ...opts.env,
    },
    { discord: true },
  );
  addSecret(config.discordToken);
  const logs: string[] = [];
  const log = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  await deployCommands(config);
  const bot = await startBot(config, log, opts);
  await fake.waitFor(() => logs.some((l) => l.includes('"msg":"ready"')), 5000, 'the bot to be ready');
  return {
    fake,
    bot,
    config,
    logs,
    async stop() {
      await bot.stop(1000);
      await fake.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A harness started before the file's tests and stopped after them; call the result to get it. */
export function useHarness(opts: HarnessOptions = {}): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(opts);
  }, 20_000);
  afterAll(async () => {
    await h?.stop();
  });
  return () => h!;
}

const longParagraph = (i: number) => `अनुच्छेद ${i}: काबुल हवाई अड्डे पर ${'लोगों की भीड़ जमा रही और उड़ानें देर से चलीं। '.repeat(12)}`;

/** Article 90, long enough to take several Discord pages. */
export const LONG_ARTICLE = { '090_long.txt': `लंबा लेख\n${Array.from({ length: 20 }, (_, i) => longParagraph(i + 1)).join('\n')}\n` };

/** The first embed of the first visible message of an interaction. */
export function embedOf(data: unknown): { title?: string; description?: string; footer?: { text: string } } {
  return ((data as { embeds?: unknown[] })?.embeds?.[0] ?? {}) as { title?: string; description?: string; footer?: { text: string } };
}
