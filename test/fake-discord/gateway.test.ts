import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './index.ts';
import { connectRaw, identifyRaw, type RawGatewayClient } from './raw-client.ts';
import { shardOf } from './gateway.ts';

let fake: FakeDiscord;
const clients: RawGatewayClient[] = [];
const track = (gw: RawGatewayClient) => (clients.push(gw), gw);

afterEach(async () => {
  for (const gw of clients.splice(0)) gw.close();
  await fake?.stop();
});

describe('gateway handshake', () => {
  it('says HELLO, acknowledges heartbeats, and answers IDENTIFY with READY then GUILD_CREATE', async () => {
    fake = await startFakeDiscord({ extraGuildIds: ['200000000000000003'] });
    const gw = track(await connectRaw(fake));
    const hello = await gw.next((p) => p.op === 10, 'HELLO');
    expect(hello.d.heartbeat_interval).toBeGreaterThan(0);
    gw.send(1, null);
    await gw.next((p) => p.op === 11, 'heartbeat ACK');
    gw.send(2, { token: fake.token, intents: 1 });
    const ready = await gw.next((p) => p.t === 'READY', 'READY');
    expect(ready.s).toBe(1);
    expect(ready.d).toMatchObject({
      v: 10, user: { id: fake.appId, bot: true }, application: { id: fake.appId, flags: 0 },
      guilds: [{ id: fake.guildId, unavailable: true }, { id: '200000000000000003', unavailable: true }],
    });
    expect(ready.d.resume_gateway_url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/resume$/);
    const guildCreates = await fake.waitFor(() => {
      const found = gw.received.filter((p) => p.t === 'GUILD_CREATE');
      return found.length === 2 && found;
    }, 2000, 'two GUILD_CREATE');
    expect(guildCreates.map((p) => p.s)).toEqual([2, 3]);
    expect(guildCreates[0]!.d).toMatchObject({ id: fake.guildId, unavailable: false, channels: [{ id: fake.channelId, type: 0 }] });
    expect(guildCreates[0]!.d.roles[0]).toMatchObject({ id: fake.guildId, name: '@everyone' });
  });

  it('closes with 4004 on a wrong token and records the rejection', async () => {
    fake = await startFakeDiscord();
    const gw = track(await connectRaw(fake));
    gw.send(2, { token: 'MTIz.Gabc.wrong', intents: 1 });
    expect(await gw.closed()).toBe(4004);
    expect(fake.takeRejections()[0]?.reasons).toEqual(['gateway: IDENTIFY with a wrong token (closed with 4004)']);
  });

  it('refuses privileged intents the app has not enabled (4014), and allows enabled ones', async () => {
    const messageContent = 1 << 15;
    fake = await startFakeDiscord();
    const refused = track(await connectRaw(fake));
    refused.send(2, { token: fake.token, intents: 1 | messageContent });
    expect(await refused.closed()).toBe(4014);
    expect(fake.takeRejections()).toHaveLength(1);
    await fake.stop();

    fake = await startFakeDiscord({ privilegedIntents: messageContent });
    track(await identifyRaw(fake, 1 | messageContent));
    expect(fake.rejections).toEqual([]);
  });

  it('closes with 4003 when a client sends a command before identifying', async () => {
    fake = await startFakeDiscord();
    const gw = track(await connectRaw(fake));
    gw.send(3, { status: 'online' });
    expect(await gw.closed()).toBe(4003);
  });
});

describe('member requests', () => {
  it('answers REQUEST_GUILD_MEMBERS with a chunk holding the bot and the unknown ids as not_found', async () => {
    fake = await startFakeDiscord();
    const gw = track(await identifyRaw(fake));
    gw.send(8, { guild_id: fake.guildId, user_ids: [fake.appId, '42'], nonce: 'n1' });
    const chunk = await gw.next((p) => p.t === 'GUILD_MEMBERS_CHUNK', 'GUILD_MEMBERS_CHUNK');
    expect(chunk.d).toMatchObject({ guild_id: fake.guildId, nonce: 'n1', chunk_count: 1, not_found: ['42'] });
    expect(chunk.d.members.map((m: { user: { id: string } }) => m.user.id)).toEqual([fake.appId]);
  });
});

describe('gateway resume', () => {
  it('replays events dispatched while disconnected, then RESUMED', async () => {
    fake = await startFakeDiscord();
    const first = track(await identifyRaw(fake));
    const { session_id: sessionId } = first.received.find((p) => p.t === 'READY')!.d;
    await fake.closeGateway(4000);
    expect(first.closeCode).toBe(4000);
    const missed = fake.dispatchInteraction({ kind: 'command', name: 'ping' });

    const second = track(await connectRaw(fake, '/resume'));
    second.send(6, { token: fake.token, session_id: sessionId, seq: 2 });
    await second.next((p) => p.t === 'RESUMED', 'RESUMED');
    const dispatches = second.received.filter((p) => p.op === 0);
    expect(dispatches.map((p) => [p.t, p.s])).toEqual([['INTERACTION_CREATE', 3], ['RESUMED', 4]]);
    expect(dispatches[0]!.d.id).toBe(missed.id);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('answers a RESUME of an unknown session with INVALID_SESSION (op 9, d false)', async () => {
    fake = await startFakeDiscord();
    const gw = track(await connectRaw(fake, '/resume'));
    gw.send(6, { token: fake.token, session_id: 'nope', seq: 1 });
    const invalid = await gw.next((p) => p.op === 9, 'INVALID_SESSION');
    expect(invalid.d).toBe(false);
  });
});

describe('sharding', () => {
  it('routes a guild to shard (id >> 22) % count, and lists only that shard’s guilds in READY', async () => {
    const guildA = ((1n << 22n) * 4n).toString();
    const guildB = ((1n << 22n) * 5n).toString();
    expect([shardOf(guildA, 2), shardOf(guildB, 2)]).toEqual([0, 1]);
    fake = await startFakeDiscord({ guildId: guildA, extraGuildIds: [guildB], recommendedShards: 2 });
    const shards = await Promise.all([0, 1].map(async (id) => {
      const gw = track(await connectRaw(fake));
      gw.send(2, { token: fake.token, intents: 1, shard: [id, 2] });
      return (await gw.next((p) => p.t === 'READY', `READY of shard ${id}`)).d.guilds.map((g: { id: string }) => g.id);
    }));
    expect(shards).toEqual([[guildA], [guildB]]);
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'ping', guildId: guildB });
    await fake.waitFor(() => clients[1]!.received.some((p) => p.d?.id === ix.id), 2000, 'the interaction on shard 1');
    expect(clients[0]!.received.some((p) => p.t === 'INTERACTION_CREATE')).toBe(false);
  });
});
