/**
 * Per-member cooldown on expensive commands: a second /search within the cooldown is refused
 * privately with the time to wait; other members and cheap commands are unaffected.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { embedOf, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
}, 20_000);
afterAll(async () => {
  await h?.stop();
});

it('refuses a second expensive command within the cooldown, privately, saying when to retry', async () => {
  const alice = { id: '100000000000000001', username: 'alice' };
  const bob = { id: '100000000000000002', username: 'bob' };
  expect(embedOf((await h.fake.command('search', { query: 'Kabul' }, { user: alice })).responses[0]!.data).title).toBe('Search: Kabul');
  const again = (await h.fake.command('search', { query: 'Moscow' }, { user: alice })).responses[0]!.data as { content: string; flags: number };
  expect(again.content).toMatch(/^Please wait (29|30) s before asking again \(cooldown on \/search\)\.$/);
  expect(again.flags & 64).toBe(64);
  expect(embedOf((await h.fake.command('search', { query: 'Moscow' }, { user: bob })).responses[0]!.data).title).toBe('Search: Moscow');
  expect(embedOf((await h.fake.command('article', { number: 1 }, { user: alice })).responses[0]!.data).title).toMatch(/^#1 · /);
});

it('applies to questions by mention too, in a reply that pings nobody', async () => {
  const carol = { id: '100000000000000003', username: 'carol' };
  const mention = `<@${h.fake.appId}> who met Lavrov?`;
  expect(embedOf((await h.fake.message({ content: mention, user: carol })).replies[0]!).title).toMatch(/^Who met Sergey Lavrov/);
  const again = (await h.fake.message({ content: mention, user: carol })).replies[0]! as { content: string; allowed_mentions: unknown };
  expect(again.content).toMatch(/^Please wait (29|30) s before asking again\.$/);
  expect(again.allowed_mentions).toEqual({ parse: [], replied_user: false });
});
