/**
 * The real bot, over real HTTP and WebSocket connections to the local fake Discord: registration,
 * answers, paging, autocomplete, privacy of errors, mentions and limits.
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

describe('crisis-bot through discord.js and the fake Discord', () => {
  it('registers lowercase slash commands to the guild', () => {
    const names = h.fake.registeredCommands(h.fake.guildId).map((c) => c.name).sort();
    expect(names).toEqual(expect.arrayContaining(['article', 'articles', 'help', 'reload', 'status']));
    for (const n of names) expect(n).toMatch(/^[a-z-]{1,32}$/);
  });

  it('/article 3 shows the Arabic headline and date, pinging nobody', async () => {
    const res = await h.fake.command('article', { number: 3 });
    const first = res.responses[0]!;
    expect(first.kind).toBe('callback');
    const embed = embedOf(first.data);
    expect(embed.title).toBe('#3 · بوتين وعمران خان يؤكدان أهمية الحفاظ على السلام في أفغانستان');
    expect(embed.description).toContain('published 2021-08-25');
    expect(embed.description).toContain('اليوم الأربعاء');
    expect((first.data as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('/article 9 answers privately, saying which numbers exist', async () => {
    const res = await h.fake.command('article', { number: 9 });
    const data = res.responses[0]!.data as { flags?: number };
    expect(data.flags! & 64).toBe(64);
    expect(embedOf(data).description).toContain('There is no article 9. The articles are numbered 0–4');
  });

  it('autocompletes article numbers with titles, at most 25 choices', async () => {
    const ac = await h.fake.autocomplete('article', { number: 3 }, 'number');
    expect(ac.choices).toEqual([{ name: '#3 · بوتين وعمران خان يؤكدان أهمية الحفاظ على السلام في أفغانستان', value: 3 }]);
  });

  it('/help and /status answer publicly', async () => {
    expect(embedOf((await h.fake.command('help')).responses[0]!.data).description).toContain('/article');
    const status = embedOf((await h.fake.command('status')).responses[0]!.data).description!;
    expect(status).toMatch(/5 articles, 57 paragraphs/);
    expect(status).toMatch(/Gateway ping: (\d+ ms|not connected)/);
  });

  it('/reload is refused at run time without Manage Server, and reports changes with it', async () => {
    const refused = await h.fake.command('reload', {}, { manageGuild: false });
    expect(embedOf(refused.original ?? refused.followUps[0]).description ?? JSON.stringify(refused.responses)).toContain('Manage Server');
    const ok = await h.fake.command('reload', {}, { manageGuild: true, timeoutMs: 50_000 });
    expect(ok.text).toContain('0 added, 0 changed, 0 removed; 5 articles now served.');
    // The reload runs on a thread of its own, which loads the code first.
  }, 60_000);

  it('/search Lavrov quotes लावरोव from articles 0, 2 and 4 with citations, bold matches', async () => {
    const res = await h.fake.command('search', { query: 'Lavrov' });
    const text = embedOf(res.responses[0]!.data).description!;
    for (const n of [0, 2, 4]) expect(text).toMatch(new RegExp(`\\*\\*लावरोव\\*\\*[^\\n]*\\[#${n} (¶\\d+|headline)\\]`));
    expect(text).not.toMatch(/\[#3 /);
  });

  it('/search Taliban finds Hindi and Arabic articles', async () => {
    const text = embedOf((await h.fake.command('search', { query: 'Taliban' })).responses[0]!.data).description!;
    expect(text).toContain('طالبان');
    expect(text).toContain('तालिबान');
  });

  it('/who-met Lavrov lists Blinken, Wang Yi and Jaishankar with kinds, dates and citations', async () => {
    const text = embedOf((await h.fake.command('who-met', { person: 'لافروف' })).responses[0]!.data).description!;
    expect(text).toMatch(/\*\*Antony Blinken[^*]*\*\*\nRole: [^\n]*\nPhone call · 2021-08-16/);
    expect(text).toMatch(/\*\*Wang Yi[^*]*\*\*\nRole: [^\n]*\nPhone call · 2021-08-16/);
    expect(text).toMatch(/\*\*S\. Jaishankar[^*]*\*\*\nRole: [^\n]*\nMeeting · 2021-10-12 · Nur\\?-Sultan/);
  });

  it('autocompletes people in any script as the member types', async () => {
    const latin = await h.fake.autocomplete('who-met', { person: 'lav' }, 'person');
    const lavrov = latin.choices!.find((c) => c.name.startsWith('Sergey Lavrov'))!;
    expect(lavrov.name).toContain('सर्गेई लावरोव');
    const arabic = await h.fake.autocomplete('who-met', { person: 'بوت' }, 'person');
    expect(arabic.choices!.map((c) => c.name).join('\n')).toMatch(/^Vladimir Putin/m);
    // Picking a choice sends its value back as the option: it must resolve to the same person.
    const picked = await h.fake.command('who-met', { person: String(lavrov.value) });
    expect(embedOf(picked.responses[0]!.data).title).toMatch(/^Who met Sergey Lavrov/);
    expect((await h.fake.autocomplete('who-met', { person: '' }, 'person')).choices!.length).toBeLessThanOrEqual(25);
  });

  it('sent nothing Discord would reject, and never logged the token', () => {
    expect(h.fake.rejections).toEqual([]);
    expect(h.logs.join('\n')).not.toContain(h.fake.token);
    expect(h.logs.some((l) => l.includes('"msg":"answered"') && l.includes('"command":"article"'))).toBe(true);
  });
});
