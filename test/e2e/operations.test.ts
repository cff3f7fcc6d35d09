/**
 * Operations gaps of issue 12 (problems 9 and 10), against the real bot and the fake Discord:
 * /status shows the real gateway ping right after connecting and after a resume; a 429 asking to
 * wait 4 s on the first response no longer makes the bot miss Discord's 3 s deadline; a second
 * process answering with the same token is named in a warning; invisible characters typed into a
 * name no longer break /search.
 */
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../bot/command.ts';
import { loadCommands } from '../../bot/registry.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

const commands = await loadCommands();
commands.set('unhurried', defineCommand({
  data: new SlashCommandBuilder().setName('unhurried').setDescription('Answers after 300 ms, inside the deadline'),
  run: async () => {
    await new Promise((r) => setTimeout(r, 300));
    return { status: 'ok', title: 'Unhurried', items: [] };
  },
}));

let h: Harness;
beforeAll(async () => {
  // The fake's heartbeat interval is Discord's 41.25 s, so discord.js alone would not know the ping for up to 41 s.
  h = await startHarness({ commands });
}, 40_000);
afterAll(async () => {
  await h?.stop();
});

const statusPing = async () => embedOf((await h.fake.command('status')).responses[0]!.data).description!.match(/Gateway ping: ([^\n]+)/)![1];

describe('/status', () => {
  it('shows the measured gateway ping right after connecting', async () => {
    await h.fake.waitFor(() => h.fake.gatewayStats.heartbeats > 0, 5000, 'a heartbeat right after READY');
    expect(await statusPing()).toMatch(/^\d+ ms$/);
  }, 15_000);

  it('measures it again right after a resume', async () => {
    const before = h.fake.gatewayStats.heartbeats;
    await h.fake.closeGateway(4000);
    await h.fake.waitFor(() => h.fake.gatewayStats.resumes > 0, 10_000, 'a resume');
    await h.fake.waitFor(() => h.fake.gatewayStats.heartbeats > before, 5000, 'a heartbeat right after RESUMED');
    expect(await statusPing()).toMatch(/^\d+ ms$/);
  }, 15_000);
});

describe('deadlines under rate limits', () => {
  for (const global of [false, true]) {
    it(`a ${global ? 'global ' : ''}429 asking to wait 4 s on the first response: the bot defers in time, then the answer arrives`, async () => {
      h.fake.injectFault({ status: 429, on: 'callback', times: 1, retryAfter: 4, global });
      const res = await h.fake.command('article', { number: 1 }, { timeoutMs: 8000, quietMs: 200 });
      expect(res.responses[0]).toMatchObject({ kind: 'callback', type: 5 });
      expect(res.responses[0]!.atMs).toBeLessThan(3000);
      const edit = res.responses.find((r) => r.kind === 'edit')!;
      expect(embedOf(edit.data).title).toMatch(/^#1 · /);
      expect(h.logs.some((l) => l.includes('rate limited before the first response; deferring'))).toBe(true);
      expect(h.fake.rejections).toEqual([]);
    }, 15_000);
  }
});

describe('a second process with the same token', () => {
  it('is named in a warning when Discord says an interaction was already acknowledged', async () => {
    const ix = h.fake.dispatchInteraction({ kind: 'command', name: 'unhurried' });
    // The other process answers first, as a second `npm start` would.
    const other = await fetch(`${h.fake.apiUrl}/v10/interactions/${ix.id}/${ix.token}/callback?with_response=false`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'answered by the other process' } }),
    });
    expect(other.status).toBe(204);
    await h.fake.waitFor(() => h.logs.some((l) => l.includes('another process is probably running with the same bot token')), 8000, 'the warning');
    expect(h.logs.find((l) => l.includes('another process is probably running'))).toContain('"level":40');
    expect(h.fake.takeRejections().map((r) => r.code)).toEqual([40060]);
  }, 15_000);
});

describe('invisible characters in member text', () => {
  it('/search La\\u200Bv\\u200Brov searches for Lavrov, not "rov"', async () => {
    const res = await h.fake.command('search', { query: 'La\u200Bv\u200Brov' });
    const embed = embedOf(res.responses[0]!.data);
    expect(embed.title).toBe('Search: Lavrov');
    expect(embed.description).toContain('**लावरोव**');
  }, 15_000);

  it('/who-met with a soft hyphen in the name finds the person', async () => {
    const res = await h.fake.command('who-met', { person: 'Lav\u00ADrov' });
    expect(embedOf(res.responses[0]!.data).title).toMatch(/^Who met Sergey Lavrov/);
  }, 15_000);
});

it('refused nothing else', () => {
  expect(h.fake.rejections).toEqual([]);
});
