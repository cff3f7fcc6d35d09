/**
 * Stopping without losing answers: SIGTERM to the whole process group of `npm start` (what Ctrl-C
 * and systemd's default stop do) while 30 searches are in flight. Every one is answered, the bot
 * logs "shutting down" with the count in flight, and the group exits 0. The same for
 * `npm run start:sharded`, where the manager and every shard get the signal at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { deployCommands } from '../../bot/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../fake-discord/index.ts';
import { embedOf } from './harness.ts';
import { killStarted, signalGroup, startNpm, type BotProcess } from './processes.ts';

const IN_FLIGHT = 30;
/** Each callback answer is held this long, so the 30 replies queue up inside the bot. */
const LATENCY_MS = 30;

let fake: FakeDiscord | undefined;
let root = '';
afterEach(async () => {
  killStarted();
  await fake?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = '';
});
afterAll(() => killStarted());

async function setUp(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  fake = await startFakeDiscord({ interactionLatencyMs: LATENCY_MS });
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'stop-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.appId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    SEEDS_DIR: path.resolve('seeds'),
    CACHE_DIR: path.join(root, 'cache'),
    LOG_LEVEL: 'info',
    ...extra,
  };
  await deployCommands(loadConfig(env, { discord: true }));
  return env;
}

const QUERIES = ['Kabul airport', 'Lavrov', 'Taliban', 'Moscow', 'Wang Yi', 'Blinken', 'Putin', 'Imran Khan', 'Jaishankar', 'Afghanistan'];

/** Dispatches 30 searches from 30 members, then signals the group once the first reply is under way. */
async function signalWithSearchesInFlight(bot: BotProcess): Promise<{ searches: InteractionHandle[]; answeredBefore: number; signalledAt: number }> {
  const searches = Array.from({ length: IN_FLIGHT }, (_, n) =>
    fake!.dispatchInteraction({ kind: 'command', name: 'search', options: { query: QUERIES[n % QUERIES.length]! }, user: { id: String(400000000000000000n + BigInt(n)), username: `member${n}` } }),
  );
  await fake!.waitFor(() => searches.some((s) => s.answered), 15_000, 'the first reply');
  const answeredBefore = searches.filter((s) => s.answered).length;
  const signalledAt = Date.now();
  signalGroup(bot, 'SIGTERM');
  return { searches, answeredBefore, signalledAt };
}

function expectAllAnswered(searches: InteractionHandle[]): void {
  for (const s of searches) {
    // On a loaded machine a search may take longer than the bot's defer threshold; then the
    // first callback is a deferral (type 5) and the answer is edited in. Either way the member
    // ends up reading the search embed.
    const first = s.responses[0]!;
    expect(first.kind).toBe('callback');
    expect([4, 5]).toContain(first.type);
    expect(embedOf(s.original).title).toMatch(/^Search: /);
  }
  expect(fake!.rejections).toEqual([]);
}

const shuttingDown = (out: string) => out.split('\n').filter((l) => l.includes('"msg":"shutting down"')).map((l) => JSON.parse(l) as { signal: string; inFlight: number });

it(`npm start: SIGTERM to the process group with ${IN_FLIGHT} searches in flight answers them all and exits 0`, async () => {
  const bot = startNpm(['start'], await setUp({ COOLDOWN_SECONDS: '0' }));
  await fake!.waitFor(() => bot.output().includes('"msg":"ready"'), 60_000, 'npm start to be ready');
  const { searches, answeredBefore, signalledAt } = await signalWithSearchesInFlight(bot);
  expect(await bot.exited).toBe(0);
  const exitMs = Date.now() - signalledAt;
  await fake!.waitFor(() => searches.every((s) => s.answered), 5000, 'every search answered');
  expectAllAnswered(searches);
  const [line, ...more] = shuttingDown(bot.output());
  expect(more).toEqual([]);
  expect(line!.signal).toBe('SIGTERM');
  // Whatever the member had not yet seen was in flight (a reply on the wire still counts).
  expect(line!.inFlight).toBeGreaterThanOrEqual(IN_FLIGHT - answeredBefore);
  expect(line!.inFlight).toBeLessThanOrEqual(IN_FLIGHT);
  expect(bot.output()).toMatch(/"unfinished":0,"msg":"stopped"/);
  // npm start gives node --expose-gc, so the start-up load ends with one compacting collection (compactHeap.ts).
  expect(bot.output()).toMatch(/"msg":"heap compacted after loading"/);
  expect(exitMs).toBeLessThan(10_000);
  console.log(`npm start: ${line!.inFlight} in flight at SIGTERM, ${searches.filter((s) => s.answered).length}/${IN_FLIGHT} answered, exit 0 after ${exitMs} ms`);
}, 150_000);

it(`npm run start:sharded: SIGTERM to the process group with ${IN_FLIGHT} searches in flight answers them all and exits 0`, async () => {
  const bot = startNpm(['run', 'start:sharded'], await setUp({ COOLDOWN_SECONDS: '0', SHARD_COUNT: '2' }));
  await fake!.waitFor(() => (bot.output().match(/"msg":"ready"/g) ?? []).length === 2, 90_000, 'two shards ready');
  const { searches, signalledAt } = await signalWithSearchesInFlight(bot);
  expect(await bot.exited).toBe(0);
  const exitMs = Date.now() - signalledAt;
  await fake!.waitFor(() => searches.every((s) => s.answered), 5000, 'every search answered');
  expectAllAnswered(searches);
  // Each shard logs its own count; together they hold what the members had not yet seen.
  const lines = shuttingDown(bot.output());
  expect(lines).toHaveLength(2);
  const inFlight = lines.reduce((sum, l) => sum + l.inFlight, 0);
  expect(inFlight).toBeGreaterThanOrEqual(1);
  expect(bot.output()).toContain('"msg":"all shards stopped"');
  expect(exitMs).toBeLessThan(12_000);
  console.log(`npm run start:sharded: ${inFlight} in flight at SIGTERM, ${searches.filter((s) => s.answered).length}/${IN_FLIGHT} answered, exit 0 after ${exitMs} ms`);
}, 150_000);
