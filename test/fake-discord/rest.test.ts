import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from './index.ts';
import { identifyRaw, type RawGatewayClient } from './raw-client.ts';

let fake: FakeDiscord;
let gw: RawGatewayClient;

beforeEach(async () => {
  fake = await startFakeDiscord();
  gw = await identifyRaw(fake);
});

afterEach(async () => {
  gw.close();
  await fake.stop();
});

async function call(method: string, path: string, body?: unknown, auth = false) {
  const res = await fetch(`${fake.apiUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${fake.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const callback = (ix: InteractionHandle, body: unknown, withResponse = 'false') =>
  call('POST', `/interactions/${ix.id}/${encodeURIComponent(ix.token)}/callback?with_response=${withResponse}`, body);
const webhook = (ix: InteractionHandle, suffix = '') => `/webhooks/${fake.appId}/${ix.token}${suffix}`;
const ping = () => fake.dispatchInteraction({ kind: 'command', name: 'ping' });

describe('interaction callbacks', () => {
  it('sends a complete INTERACTION_CREATE: member permissions, token, entitlements', async () => {
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'search', options: { query: 'Lavrov' }, manageGuild: true, locale: 'hi' });
    const sent = await gw.next((p) => p.d?.id === ix.id, 'INTERACTION_CREATE');
    expect(sent.d).toMatchObject({
      type: 2, version: 1, guild_id: fake.guildId, channel: { id: fake.channelId }, entitlements: [], locale: 'hi',
      data: { name: 'search', type: 1, options: [{ name: 'query', type: 3, value: 'Lavrov' }] },
    });
    expect(BigInt(sent.d.member.permissions) & (1n << 5n)).toBe(1n << 5n);
    expect(sent.d.token).toMatch(/^[\w-]+$/);
    const plain = fake.dispatchInteraction({ kind: 'command', name: 'search' });
    expect(BigInt(String((plain.payload.member as { permissions: string }).permissions)) & (1n << 5n)).toBe(0n);
  });

  it('answers with_response=true with the interaction and the created message', async () => {
    const ix = ping();
    const res = await callback(ix, { type: 4, data: { content: 'pong' } }, 'true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      interaction: { id: ix.id, type: 2, response_message_id: ix.originalId },
      resource: { type: 4, message: { content: 'pong', author: { id: fake.appId }, interaction_metadata: { id: ix.id } } },
    });
  });

  it('refuses a with_response value other than true or false', async () => {
    expect((await callback(ping(), { type: 4, data: { content: 'x' } }, 'yes')).status).toBe(400);
  });

  it('refuses a second initial response with 40060', async () => {
    const ix = ping();
    expect((await callback(ix, { type: 5 })).status).toBe(204);
    const second = await callback(ix, { type: 4, data: { content: 'late' } });
    expect(second).toMatchObject({ status: 400, body: { code: 40060 } });
    expect(ix.rejections[0]?.reasons).toEqual(['second initial response (type 4) after type 5']);
  });

  it('refuses a first response after the deadline with 404 Unknown interaction', async () => {
    gw.close();
    await fake.stop();
    fake = await startFakeDiscord({ interactionDeadlineMs: 100 });
    gw = await identifyRaw(fake);
    const ix = ping();
    await sleep(150);
    expect(await callback(ix, { type: 4, data: { content: 'too late' } })).toMatchObject({ status: 404, body: { code: 10062 } });
    expect(ix.ackType).toBeNull();
  });

  it('refuses callback types that do not fit the interaction, and empty messages', async () => {
    expect((await callback(ping(), { type: 8, data: { choices: [] } })).body.errors).toHaveProperty('type');
    expect(await callback(ping(), { type: 4, data: { content: '' } })).toMatchObject({ status: 400, body: { code: 50006 } });
    expect(fake.takeRejections()).toHaveLength(2);
  });
});

describe('interaction webhook', () => {
  it('refuses edits before the interaction is acknowledged (10015)', async () => {
    const res = await call('PATCH', webhook(ping(), '/messages/@original'), { content: 'x' });
    expect(res).toMatchObject({ status: 404, body: { code: 10015 } });
  });

  it('lets the first follow-up after a deferral replace the loading message, as Discord does', async () => {
    const ix = ping();
    await callback(ix, { type: 5, data: { flags: 64 } });
    const first = await call('POST', `${webhook(ix)}?wait=true`, { content: 'answer' });
    expect(first.body).toMatchObject({ id: ix.originalId, content: 'answer', flags: 64 });
    const second = await call('POST', `${webhook(ix)}?wait=true`, { content: 'more' });
    expect(second.body.id).not.toBe(ix.originalId);
    expect(ix.text).toBe('answer\n\nmore');
  });

  it('applies edits to the stored message and checks their limits', async () => {
    const ix = ping();
    await callback(ix, { type: 4, data: { content: 'draft', embeds: [{ title: 'a' }] } });
    const edited = await call('PATCH', webhook(ix, '/messages/@original'), { content: 'final' });
    expect(edited.body).toMatchObject({ content: 'final', embeds: [{ title: 'a' }] });
    expect(edited.body.edited_timestamp).not.toBeNull();
    const tooLong = await call('PATCH', webhook(ix, '/messages/@original'), { content: 'x'.repeat(2001) });
    expect(tooLong).toMatchObject({ status: 400, body: { errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
    expect((await call('GET', webhook(ix, '/messages/@original'))).body.content).toBe('final');
    fake.takeRejections();
  });
});

describe('faults', () => {
  it('answers an injected 429 with retry_after in the body and the Retry-After header', async () => {
    fake.injectFault({ status: 429, on: 'webhook', retryAfter: 1.5 });
    const ix = ping();
    expect((await callback(ix, { type: 5 })).status).toBe(204);
    const limited = await call('PATCH', webhook(ix, '/messages/@original'), { content: 'x' });
    expect(limited).toMatchObject({ status: 429, body: { retry_after: 1.5, global: false } });
    expect(limited.headers.get('retry-after')).toBe('1.5');
    expect((await call('PATCH', webhook(ix, '/messages/@original'), { content: 'x' })).status).toBe(200);
  });
});

describe('REST basics and commands', () => {
  it('requires the bot token on authenticated routes and refuses unknown paths', async () => {
    expect((await call('GET', '/users/@me', undefined, true)).body).toMatchObject({ id: fake.appId, bot: true });
    expect((await call('GET', '/users/@me')).status).toBe(401);
    expect((await call('GET', '/guilds/1/members', undefined, true)).status).toBe(404);
    expect((await fetch(`${fake.apiUrl}/v9/gateway`)).status).toBe(404);
    expect(fake.takeRejections().map((r) => r.status)).toEqual([401, 404, 404]);
  });

  it('keeps command ids across a bulk overwrite that keeps the name, as Discord does', async () => {
    const path = `/applications/${fake.appId}/commands`;
    const [first] = (await call('PUT', path, [{ name: 'search', description: 'd' }], true)).body;
    const [again, added] = (await call('PUT', path, [{ name: 'search', description: 'new' }, { name: 'status', description: 'd' }], true)).body;
    expect(again.id).toBe(first.id);
    expect(added.id).not.toBe(first.id);
    expect((await call('GET', path, undefined, true)).body.map((c: { name: string }) => c.name)).toEqual(['search', 'status']);
    expect((await call('PUT', `/applications/999999999999999999/commands`, [], true)).status).toBe(403);
    fake.takeRejections();
  });

  it('builds options from the registered command and refuses what a user could not send', async () => {
    await call('PUT', `/applications/${fake.appId}/guilds/${fake.guildId}/commands`, [{
      name: 'search', description: 'd', options: [
        { type: 3, name: 'query', description: 'd', required: true, autocomplete: true },
        { type: 4, name: 'article', description: 'd', choices: [{ name: 'one', value: 1 }, { name: 'two', value: 2 }] },
      ],
    }], true);
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'search', options: { query: 'x', article: 2 } });
    expect(ix.payload.data).toMatchObject({ id: fake.registeredCommands(fake.guildId)[0]!.id, guild_id: fake.guildId });
    expect(() => fake.dispatchInteraction({ kind: 'command', name: 'search', options: { query: 'x', article: 3 } })).toThrow(/choices/);
    expect(() => fake.dispatchInteraction({ kind: 'command', name: 'search', options: { article: 1 } })).toThrow(/missing required option\(s\): query/);
    expect(() => fake.dispatchInteraction({ kind: 'command', name: 'search', options: { query: 'x', lang: 'hi' } })).toThrow(/no option "lang"/);
  });
});
