/**
 * The bot as a real process (`npm start`'s entry point): it starts despite broken seed files,
 * refuses a malformed token without printing it, and on SIGTERM finishes the interaction in flight
 * and exits 0 within 10 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployCommands } from '../../bot/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';
import { killStarted, startProcess } from './processes.ts';

let fake: FakeDiscord;
let env: Record<string, string>;
let root = '';

beforeAll(async () => {
  fake = await startFakeDiscord();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'proc-'));
  const seeds = path.join(root, 'seeds');
  fs.cpSync('seeds', seeds, { recursive: true });
  fs.writeFileSync(path.join(seeds, '005_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  fs.writeFileSync(path.join(seeds, '006_latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
  env = {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.appId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    SEEDS_DIR: seeds,
    CACHE_DIR: path.join(root, 'cache'),
    LOG_LEVEL: 'info',
  };
  await deployCommands(loadConfig(env, { discord: true }));
});
afterAll(async () => {
  killStarted();
  await fake?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function run(extraEnv: Record<string, string> = {}) {
  return startProcess('bot/main.ts', { ...env, ...extraEnv });
}

it('skips broken seed files with warnings, serves the rest, and drains on SIGTERM', async () => {
  const bot = run();
  await fake.waitFor(() => bot.output().includes('"msg":"ready"'), 60_000, 'the bot process to be ready');
  expect(bot.output()).toMatch(/005_binary\.txt skipped: the file is binary/);
  expect(bot.output()).toMatch(/006_latin1\.txt skipped: the file is not valid UTF-8 text/);
  const inFlight = fake.dispatchInteraction({ kind: 'command', name: 'article', options: { number: 4 } });
  await fake.waitFor(() => fake.interactions.length > 0, 2000, 'dispatch');
  const signalled = Date.now();
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(10_000);
  await fake.waitFor(() => inFlight.answered, 2000, 'the in-flight answer');
  expect(bot.output()).toContain('"msg":"stopped"');
  expect(bot.output()).not.toContain(fake.token);
}, 90_000);

it('refuses a malformed token at start-up, naming the variable but not the value', async () => {
  const bot = run({ DISCORD_TOKEN: 'not-a-token-secretvalue' });
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toContain('DISCORD_TOKEN does not look like a bot token');
  expect(bot.output()).not.toContain('secretvalue');
}, 60_000);

it('exits 1 with a logged error when Discord refuses the token', async () => {
  const wrong = 'MTExMTExMTExMTExMTExMTEx.Gabcde.wrongwrongwrongwrongwrongwrong12';
  const bot = run({ DISCORD_TOKEN: wrong });
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toMatch(/login failed|could not start/);
  expect(bot.output()).not.toContain(wrong);
}, 60_000);
