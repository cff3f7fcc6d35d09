/**
 * Moderators see why (issue 12, problem 4): a /reload that fails answers the moderator privately with
 * the file, the line or number, and what to do; the log carries the same reason; the old corpus keeps
 * serving. A refused permission is explained the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InteractionHandle } from '../fake-discord/index.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 40_000);
afterAll(async () => {
  await h?.stop();
});

/** What the moderator sees, and whether only they see it. */
function seen(res: InteractionHandle): { text: string; private: boolean } {
  const visible = [res.original, ...res.followUps].filter(Boolean) as Array<{ content?: string; flags?: number; embeds?: unknown[] }>;
  const last = visible.at(-1)!;
  const embed = embedOf(last);
  const text = [last.content ?? '', embed.title ?? '', embed.description ?? '', embed.footer?.text ?? ''].join('\n');
  // Markdown escapes (003\_copy.txt) are Discord's business, not the message's.
  return { text: text.replace(/\\([_*~`|>\\])/g, '$1'), private: ((last.flags ?? 0) & 64) === 64 };
}

const articleCount = async () => embedOf((await h.fake.command('status')).responses[0]!.data).description!.match(/(\d+) articles,/)![1];
const seeds = (name: string) => path.join(h.config.seedsDir, name);

it('a duplicate article number: the moderator is told privately which files and what to do; the old corpus serves on', async () => {
  fs.copyFileSync(seeds('003_3d1739cbe1d60dd0.txt'), seeds('003_copy.txt'));
  try {
    const res = await h.fake.command('reload', {}, { manageGuild: true, timeoutMs: 15_000 });
    const { text, private: isPrivate } = seen(res);
    expect(isPrivate).toBe(true);
    expect(text).toContain('Reload failed');
    expect(text).toContain('two files claim article number 3: 003_3d1739cbe1d60dd0.txt and 003_copy.txt; rename one of them.');
    expect(text).toContain('The previous articles are still being served.');
    const logged = h.logs.find((l) => l.includes('"msg":"reload failed; the previous articles are still served"'))!;
    expect(logged).toContain('003_copy.txt');
    expect(await articleCount()).toBe('5');
  } finally {
    fs.rmSync(seeds('003_copy.txt'));
  }
}, 30_000);

it('a bad file or catalog line: the reload goes ahead and the moderator sees each warning with its file and line', async () => {
  fs.writeFileSync(seeds('009_latin1.txt'), Buffer.from('caf\xe9', 'latin1'));
  fs.appendFileSync(seeds('catalog.tsv'), 'x\t2021-01-01\t\t\n');
  const res = await h.fake.command('reload', {}, { manageGuild: true, timeoutMs: 15_000 });
  const { text } = seen(res);
  expect(text).toContain('0 added, 0 changed, 0 removed; 5 articles now served.');
  expect(text).toContain('009_latin1.txt skipped: the file is not valid UTF-8 text');
  expect(text).toMatch(/catalog\.tsv line \d+: the first column must be an article number/);
}, 30_000);

it('a refused permission is explained privately and logged with the reason', async () => {
  const res = await h.fake.command('reload', {}, { manageGuild: false });
  const { text, private: isPrivate } = seen(res);
  expect(isPrivate).toBe(true);
  expect(text).toContain('Only members with the Manage Server permission can use /reload.');
  expect(h.logs.some((l) => l.includes('"status":"user-error","reason":"Only members with the Manage Server permission'))).toBe(true);
}, 15_000);

it('refused nothing', () => {
  expect(h.fake.rejections).toEqual([]);
});
