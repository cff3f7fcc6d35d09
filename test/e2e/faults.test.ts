/**
 * The bot keeps answering through faults: a dropped gateway, rate limits and server errors on the
 * callback route, a handler that throws, and work slower than Discord's reply window.
 */
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../bot/command.ts';
import { loadCommands } from '../../bot/registry.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

const commands = await loadCommands();
commands.set('boom', defineCommand({
  data: new SlashCommandBuilder().setName('boom').setDescription('Throws, as a bug would'),
  run: () => {
    throw new Error('simulated bug in a handler');
  },
}));
commands.set('sleepy', defineCommand({
  data: new SlashCommandBuilder().setName('sleepy').setDescription('Takes longer than Discord allows for a first reply'),
  run: async (_o, ctx) => {
    await new Promise((r) => setTimeout(r, 3200));
    return { status: 'ok', title: 'Done late', intro: `${ctx.kb.corpus.articles.length} articles`, items: [] };
  },
}));

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands });
}, 20_000);
afterAll(async () => {
  await h?.stop();
});

const articleTitle = async () => embedOf((await h.fake.command('article', { number: 1 })).responses.at(-1)!.data).title;

describe('faults', () => {
  it('resumes after the gateway closes mid-session and answers the next interaction', async () => {
    await h.fake.closeGateway(4000);
    await h.fake.waitFor(() => h.fake.gatewayStats.resumes > 0, 5000, 'a resume');
    expect(await articleTitle()).toMatch(/^#1 · /);
  });

  it('still delivers the reply when the callback answers 429 with retry_after', async () => {
    h.fake.injectFault({ status: 429, on: 'callback', times: 1, retryAfter: 0.2 });
    const res = await h.fake.command('article', { number: 1 });
    expect(embedOf(res.responses[0]!.data).title).toMatch(/^#1 · /);
    expect(h.fake.requests.some((r) => r.injected && r.status === 429)).toBe(true);
  });

  it('logs a 500 on the callback with the interaction id and keeps serving', async () => {
    h.fake.injectFault({ status: 500, on: 'callback', times: 4 });
    const failed = h.fake.dispatchInteraction({ kind: 'command', name: 'article', options: { number: 2 } });
    await h.fake.waitFor(() => h.logs.some((l) => l.includes('"msg":"command failed"') && l.includes(String(failed.payload.id))), 5000, 'the failure log');
    expect(await articleTitle()).toMatch(/^#1 · /);
  });

  it('tells the member politely when a handler throws, logs the stack, and keeps serving', async () => {
    const res = await h.fake.command('boom');
    const data = res.responses[0]!.data as { content: string; flags: number };
    expect(data.content).toBe('Sorry, something went wrong while answering /boom. It has been logged; please try again.');
    expect(data.flags & 64).toBe(64);
    const line = h.logs.find((l) => l.includes('simulated bug in a handler'))!;
    expect(line).toContain('"interactionId"');
    expect(line).toMatch(/"stack":"Error: simulated bug in a handler\\n\s+at /);
    expect(await articleTitle()).toMatch(/^#1 · /);
  });

  it('defers work slower than 1.5 s, then edits the answer in', async () => {
    const res = await h.fake.command('sleepy', {}, { timeoutMs: 8000 });
    expect(res.responses[0]).toMatchObject({ kind: 'callback', type: 5 });
    expect(res.responses[0]!.atMs).toBeLessThan(3000);
    const edit = res.responses.find((r) => r.kind === 'edit')!;
    expect(embedOf(edit.data).title).toBe('Done late');
  }, 10_000);

  it('refused nothing', () => {
    expect(h.fake.rejections).toEqual([]);
  });
});
