/**
 * /on, /timeline and /ask through the real discord.js client and the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedOf, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 20_000);
afterAll(async () => {
  await h?.stop();
});

const description = async (name: string, options: Record<string, string | number>) =>
  embedOf((await h.fake.command(name, options)).responses[0]!.data).description ?? '';

describe('date questions in Discord', () => {
  it('/on 2021-08-16 gives both phone calls, citing articles 0 and 2', async () => {
    const text = await description('on', { date: '2021-08-16' });
    expect(text).toContain('Antony Blinken spoke by phone with Sergey Lavrov');
    expect(text).toContain('Wang Yi spoke by phone with Sergey Lavrov');
    expect(text).toMatch(/\[#0 ¶\d+\]/);
    expect(text).toMatch(/\[#2 ¶1\]/);
  });

  it('/on 2021-02-30 is refused privately with the accepted forms', async () => {
    const data = (await h.fake.command('on', { date: '2021-02-30' })).responses[0]!.data as { flags: number };
    expect(data.flags & 64).toBe(64);
    expect(embedOf(data).description).toMatch(/February 2021 has 28 days.*Accepted forms/s);
  });

  it('autocompletes dates that have events, with a hint', async () => {
    const ac = await h.fake.autocomplete('on', { date: '2021-08' }, 'date');
    expect(ac.choices!.length).toBeGreaterThan(0);
    expect(ac.choices!.length).toBeLessThanOrEqual(25);
    expect(ac.choices!.some((c) => String(c.value) === '2021-08-16' && /Lavrov/.test(c.name))).toBe(true);
  });

  it('/timeline for Putin, in Arabic script, keeps May 2021 a month', async () => {
    const text = await description('timeline', { person: 'بوتين' });
    expect(text).toMatch(/May 2021/);
    expect(text).not.toMatch(/2021-05-\d\d/);
    expect(text).toMatch(/2021-08-25/);
  });

  it.each([
    ['Who talked to Lavrov?', /^Showing who met Sergey Lavrov/],
    // The labels follow the language of the question.
    ['लावरोव से किसने मुलाकात की?', /^Sergey Lavrov से किसने मुलाकात की, यह दिखाया जा रहा है।/],
    ['من التقى بوتين؟', /^عرض من التقى Vladimir Putin\./],
    ['What happened on 16 August 2021?', /^Showing what happened on/],
    ['Show article 3', /^Showing article 3/],
  ])('/ask %s routes and says how it understood', async (question, intro) => {
    expect(await description('ask', { question })).toMatch(intro);
  });

  it('refused nothing', () => {
    expect(h.fake.rejections).toEqual([]);
  });
});
