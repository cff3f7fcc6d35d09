/**
 * `npm run start:sharded`: one process per shard through discord.js's ShardingManager. The manager
 * builds (or validates) the knowledge snapshot once, so every shard restores the same snapshot file
 * instead of analysing the articles itself.
 */
import 'dotenv/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Config } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { botConfigOrExit } from './bot-config.ts';
import { loadKnowledge } from '../src/store.ts';

const SHARD_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** discord.js's own 'auto' asks discord.com directly; this asks the configured API. */
async function recommendedShards(config: Config): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken!);
  const info = (await rest.get(Routes.gatewayBot())) as { shards: number; session_start_limit?: { max_concurrency?: number } };
  return { shards: Math.max(1, info.shards), maxConcurrency: Math.max(1, info.session_start_limit?.max_concurrency ?? 1) };
}

const config = botConfigOrExit(process.env);
const log = createLogger({ level: config.logLevel }).child({ role: 'shard-manager' });

const loaded = await loadKnowledge({ seedsDir: config.seedsDir, cacheDir: config.cacheDir, log });
log.info({ from: loaded.from, articles: loaded.kb.corpus.articles.length }, 'snapshot ready for the shards');

const recommended = await recommendedShards(config);
const totalShards = config.shardCount === 'auto' ? recommended.shards : config.shardCount;
const manager = new ShardingManager(SHARD_ENTRY, { token: config.discordToken, totalShards, execArgv: ['--expose-gc', '--import', 'tsx'], respawn: true });
manager.on('shardCreate', (shard) => {
  log.info({ shard: shard.id, totalShards }, 'shard launched');
  shard.on('death', () => log.warn({ shard: shard.id }, 'shard process exited'));
});

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping all shards');
  manager.respawn = false;
  const exits = [...manager.shards.values()].map((shard) => new Promise((r) => (shard.process ? shard.process.once('exit', r) : r(null))));
  for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
  // Each shard finishes its own interactions in flight (bot/main.ts) before it exits.
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), 11_000).unref());
  Promise.race([Promise.all(exits), timeout]).then((outcome) => {
    if (outcome === 'timeout') log.warn('a shard did not stop within 11 s');
    else log.info('all shards stopped');
    process.exit(0);
  });
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

// Identify no faster than Discord allows: max_concurrency sessions per 5 s.
await manager.spawn({ amount: totalShards, delay: Math.ceil(5500 / recommended.maxConcurrency) });
