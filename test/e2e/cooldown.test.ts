/**
 * Per-member cooldowns, per command (issue 12, problem 10): a second /search within its cooldown is
 * refused privately with the time to wait, but /ask and /timeline right after it are answered (each
 * command keeps its own clock); other members and cheap commands are unaffected.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { embedOf, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
}, 40_000);
afterAll(async () => {
  await h?.stop();
});

const alice = { id: '100000000000000011', username: 'alice' };
const bob = { id: '100000000000000012', username: 'bob' };
const title = async (name: string, options: Record<string, string | number>, user = alice) => embedOf((await h.fake.command(name, options, { user })).responses[0]!.data).title;

it('refuses a second /search within its cooldown, privately, saying when to retry', async () => {
  expect(await title('search', { query: 'Kabul' })).toBe('Search: Kabul');
  const again = (await h.fake.command('search', { query: 'Moscow' }, { user: alice })).responses[0]!.data as { content: string; flags: number };
  expect(again.content).toMatch(/^Please wait (29|30) s before asking again \(cooldown on \/search\)\.$/);
  expect(again.flags & 64).toBe(64);
  expect(await title('search', { query: 'Moscow' }, bob)).toBe('Search: Moscow');
}, 20_000);

it('a newcomer trying /search, /ask, /timeline, /who-met and /on in a row is never told to wait', async () => {
  const newcomer = { id: '100000000000000013', username: 'newcomer' };
  expect(await title('search', { query: 'Lavrov' }, newcomer)).toBe('Search: Lavrov');
  expect(await title('ask', { question: 'Who met Putin?' }, newcomer)).not.toBeUndefined();
  expect(await title('timeline', { person: 'Jaishankar' }, newcomer)).not.toBeUndefined();
  expect(await title('who-met', { person: 'Lavrov' }, newcomer)).toMatch(/^Who met/);
  expect(await title('on', { date: '2021-08-25' }, newcomer)).not.toBeUndefined();
}, 20_000);

it('cheap commands have no cooldown', async () => {
  for (let n = 0; n < 3; n++) {
    expect(await title('article', { number: 1 })).toMatch(/^#1 · /);
    expect(await title('people', {})).not.toBeUndefined();
    expect(await title('status', {})).toBe('crisis-bot status');
    expect(await title('help', {})).not.toBeUndefined();
  }
}, 30_000);

it('applies to questions by mention too, in a reply that pings nobody', async () => {
  const carol = { id: '100000000000000003', username: 'carol' };
  const mention = `<@${h.fake.appId}> who met Lavrov?`;
  expect(embedOf((await h.fake.message({ content: mention, user: carol })).replies[0]!).title).toMatch(/^Who met Sergey Lavrov/);
  const again = (await h.fake.message({ content: mention, user: carol })).replies[0]! as { content: string; allowed_mentions: unknown };
  expect(again.content).toMatch(/^Please wait (29|30) s before asking again\.$/);
  expect(again.allowed_mentions).toEqual({ parse: [], replied_user: false });
});
