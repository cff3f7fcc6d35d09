/**
 * `npm run start:sharded` against the fake Discord: the manager builds the snapshot once, two shard
 * processes log in and restore it, an interaction is answered, and SIGTERM stops everything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { deployCommands } from '../../bot/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';
import { embedOf } from './harness.ts';
import { killStarted, startProcess } from './processes.ts';

let fake: FakeDiscord | undefined;
let root = '';
afterAll(async () => {
  killStarted();
  await fake?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

it('runs two shards from one snapshot and answers through them', async () => {
  fake = await startFakeDiscord();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shard-'));
  const env = {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_GUILD_ID: fake.guildId,
    SEEDS_DIR: path.resolve('seeds'),
    CACHE_DIR: path.join(root, 'cache'),
    SHARD_COUNT: '2',
    LOG_LEVEL: 'info',
  };
  await deployCommands(loadConfig(env, { discord: true }));
  const { child, output, exited } = startProcess('bot/sharded.ts', env);

  await fake.waitFor(() => (output().match(/"msg":"ready"/g) ?? []).length === 2, 90_000, 'two shards ready');
  expect(fake.gatewayStats.identifies).toBe(2);
  // Both shards restored the manager's snapshot rather than analysing the articles again.
  expect((output().match(/"from":"snapshot"/g) ?? []).length).toBe(2);
  const res = await fake.command('article', { number: 0 });
  expect(embedOf(res.responses[0]!.data).title).toMatch(/^#0 · /);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output()).not.toContain(fake.token);
}, 120_000);
