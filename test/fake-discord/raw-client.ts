/**
 * A bare gateway client (plain `ws`, no discord.js) for testing the fake's protocol handling,
 * including the misbehaviour discord.js never shows: wrong tokens, bad resumes.
 */
import { WebSocket } from 'ws';
import type { FakeDiscord } from './index.ts';

export interface GatewayPayload {
  op: number;
  d: any;
  s: number | null;
  t: string | null;
}

export interface RawGatewayClient {
  received: GatewayPayload[];
  closeCode: number | null;
  send(op: number, d: unknown): void;
  /** The first received payload matching `predicate`, waiting for it if needed. */
  next(predicate: (p: GatewayPayload) => boolean, label: string): Promise<GatewayPayload>;
  closed(): Promise<number>;
  close(): void;
}

/** @example const gw = await connectRaw(fake); gw.send(2, { token: fake.token, intents: 1 }) */
export async function connectRaw(fake: FakeDiscord, path = '/gateway'): Promise<RawGatewayClient> {
  const ws = new WebSocket(`${fake.gatewayUrl.replace('/gateway', path)}?v=10&encoding=json`);
  const client: RawGatewayClient = {
    received: [],
    closeCode: null,
    send: (op, d) => ws.send(JSON.stringify({ op, d })),
    next: (predicate, label) => fake.waitFor(() => client.received.find(predicate), 2000, label),
    closed: () => fake.waitFor(() => client.closeCode, 2000, 'the gateway to close'),
    close: () => ws.terminate(),
  };
  ws.on('message', (data) => client.received.push(JSON.parse(String(data)) as GatewayPayload));
  ws.on('close', (code) => { client.closeCode = code; });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  return client;
}

/** Connects and identifies; resolves once READY and every GUILD_CREATE have arrived. */
export async function identifyRaw(fake: FakeDiscord, intents = 1): Promise<RawGatewayClient> {
  const gw = await connectRaw(fake);
  gw.send(2, { token: fake.token, intents, properties: { os: 'linux', browser: 'test', device: 'test' } });
  await gw.next((p) => p.t === 'GUILD_CREATE', 'GUILD_CREATE');
  return gw;
}
