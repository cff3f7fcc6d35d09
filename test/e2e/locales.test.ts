/**
 * Labels in the member's language: Hindi for a `hi` client, Arabic for a question asked in Arabic,
 * around the same verbatim quotes; Hindi command descriptions registered within Discord's limits.
 */
import { describe, expect, it } from 'vitest';
import { embedOf, LONG_ARTICLE, useHarness } from './harness.ts';

const h = useHarness({ extraSeeds: LONG_ARTICLE });

/** The quote lines of a description: what must not change with the labels' language. */
const quotes = (description: string) => description.split('\n').filter((l) => l.startsWith('> ')).map((l) => l.replace(/ \[#\d+ [^\]]+\]$/u, ''));

describe('labels in Hindi and Arabic', () => {
  it('/who-met Lavrov for a hi member: Hindi labels around the same quotes', async () => {
    const english = embedOf((await h().fake.command('who-met', { person: 'Lavrov' })).responses[0]!.data);
    const hindi = embedOf((await h().fake.command('who-met', { person: 'Lavrov' }, { locale: 'hi' })).responses[0]!.data);
    expect(hindi.title).toBe('Sergey Lavrov (सर्गेई लावरोव) से किसने मुलाकात की');
    expect(hindi.description).toContain('Sergey Lavrov (Russian foreign minister) का नाम 3 लेखों में है; 3 लोगों ने उनसे मुलाकात या बात की।');
    expect(hindi.description).toMatch(/\*\*Antony Blinken[^*]*\*\*\nभूमिका: [^\n]*\nफ़ोन पर बातचीत · 2021-08-16 · हुई/);
    expect(hindi.description).toMatch(/\nमुलाकात · 2021-10-12 · Nur\\?-Sultan · हुई/);
    expect(hindi.description).toContain('[#4 शीर्षक]');
    expect(hindi.description).not.toMatch(/Role:|Phone call|took place|is named in/);
    expect(quotes(hindi.description!)).toEqual(quotes(english.description!));
    expect(quotes(hindi.description!).length).toBeGreaterThan(5);
  });

  it('/ask in Arabic gets Arabic labels, even from an English client', async () => {
    const res = await h().fake.command('ask', { question: 'من التقى بوتين؟' }, { locale: 'en-US' });
    const embed = embedOf(res.responses[0]!.data);
    expect(embed.title).toBe('من التقى Vladimir Putin (فلاديمير بوتين)');
    expect(embed.description).toMatch(/^عرض من التقى Vladimir Putin\. /u);
    expect(embed.description).toMatch(/\*\*Imran Khan[^*]*\*\*\nالصفة: [^\n]*\nاتصال هاتفي · 2021-08-25 · تمّ/);
    expect(embed.description).not.toMatch(/Role:|Phone call|took place/);
  });

  it('paging buttons and the page mark follow the language, on every page', async () => {
    type Paged = { components: Array<{ components: Array<{ label: string; custom_id: string }> }> };
    const first = (await h().fake.command('article', { number: 90 }, { locale: 'hi' })).responses[0]!.data as Paged;
    expect(first.components[0]!.components.map((c) => c.label)).toEqual(['◀ पिछला', 'अगला ▶']);
    expect(embedOf(first).footer?.text).toMatch(/पृष्ठ 1 \/ \d+$/u);
    const second = (await h().fake.click(first.components[0]!.components[1]!.custom_id)).responses[0]!.data as Paged;
    expect(second.components[0]!.components.map((c) => c.label)).toEqual(['◀ पिछला', 'अगला ▶']);
    expect(embedOf(second).footer?.text).toMatch(/पृष्ठ 2 \/ \d+$/u);
  });

  it('registers Hindi descriptions for every command and option, 1–100 characters each', () => {
    const commands = h().fake.registeredCommands(h().fake.guildId) as Array<Record<string, unknown>>;
    expect(commands.length).toBeGreaterThan(10);
    for (const c of commands) {
      const hi = (c.description_localizations as Record<string, string> | undefined)?.hi;
      expect(hi, `/${String(c.name)}`).toMatch(/\p{Script=Devanagari}/u);
      expect(hi!.length).toBeGreaterThanOrEqual(1);
      expect(hi!.length).toBeLessThanOrEqual(100);
      for (const o of (c.options ?? []) as Array<Record<string, unknown>>) {
        const text = (o.description_localizations as Record<string, string> | undefined)?.hi;
        expect(text, `/${String(c.name)} ${String(o.name)}`).toBeDefined();
        expect(text!.length).toBeLessThanOrEqual(100);
      }
    }
    // The fake refuses registrations over Discord's limits, so none was refused.
    expect(h().fake.rejections).toEqual([]);
  });
});
