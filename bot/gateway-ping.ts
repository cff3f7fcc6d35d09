/**
 * discord.js measures the gateway ping only at a heartbeat, and the first heartbeat of a connection
 * comes after a random part of the interval (up to 41 s), after a resume too. /status meanwhile
 * said "not connected". One heartbeat right after READY or RESUMED measures it at once (Discord
 * accepts a heartbeat at any time). The shard is reached through @discordjs/ws internals, so this
 * fails soft: without them the ping simply comes with the first regular heartbeat.
 */
import type { Client } from 'discord.js';

interface ShardInternals {
  heartbeat?(requested: boolean): Promise<void>;
}

export function measurePingNow(client: Client, shardId: number): void {
  const ws = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, ShardInternals> } } })._ws;
  ws?.strategy?.shards?.get(shardId)?.heartbeat?.(true).catch(() => undefined);
}
