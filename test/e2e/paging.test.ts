/**
 * An article longer than one message is paged: the first page has Previous/Next buttons and the
 * buttons show the other pages, each inside Discord's limits.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { embedOf, LONG_ARTICLE, startHarness, type Harness } from './harness.ts';

type Buttons = { components: Array<{ components: Array<{ custom_id: string; disabled?: boolean; label: string }> }> };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraSeeds: LONG_ARTICLE });
}, 20_000);
afterAll(async () => {
  await h?.stop();
});

it('pages a long article with buttons, and the buttons turn the pages', async () => {
  const res = await h.fake.command('article', { number: 90 });
  const data = res.responses[0]!.data as Buttons;
  const footer = embedOf(data).footer!.text;
  const total = Number(/Page 1 of (\d+)/.exec(footer)![1]);
  expect(total).toBeGreaterThan(1);
  const [prev, next] = data.components[0]!.components;
  expect(prev).toMatchObject({ label: '◀ Previous', disabled: true });
  const second = await h.fake.click(next!.custom_id);
  const page2 = second.responses[0]!.data as Buttons;
  expect(embedOf(page2).footer!.text).toContain(`Page 2 of ${total}`);
  expect(embedOf(page2).description).toMatch(/¶\d+/);
  expect(h.fake.rejections).toEqual([]);
});
