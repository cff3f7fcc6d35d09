import { describe, expect, it } from 'vitest';
import { whoMetAnswer } from '../../src/answers/who-met.ts';
import english from '../../src/i18n/en.ts';
import { catalogueOf, chooseLocale, locales, say, worded } from '../../src/i18n/index.ts';
import { joined, msg } from '../../src/i18n/message.ts';
import { seedKb } from '../people/helpers.ts';

/** Arguments good enough to call any message. */
const SAMPLE = { n: 2, role: 'r', name: 'N', names: 'A, B', asked: 'x', person: 'P', about: 'A', shown: 1, total: 3, where: 'W', spellings: 'S', date: 'D', precision: 'day', words: 'w', published: '2021-08-17', quoted: 1, people: 3, articles: 4, met: 2, list: '0–2', times: 5, examples: 'e', month: 'M', query: 'q', command: 'who-met', english: 'E', example: 'ex', minutes: 5, page: 1, pages: 2, seconds: 3, permission: 'Manage Server', on: 'on' };

describe('the label catalogues', () => {
  it('finds one catalogue per file in src/i18n: English, Hindi and Arabic', () => {
    expect(locales()).toEqual(expect.arrayContaining(['en', 'hi', 'ar']));
    expect(locales()[0]).toBe('en');
  });

  it('every language has every English message, in its own words', () => {
    const keys = Object.keys(english.messages) as Array<keyof typeof english.messages>;
    for (const locale of ['hi', 'ar']) {
      const messages = catalogueOf(locale).messages as Record<string, unknown>;
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const entry = messages[key];
        const text = typeof entry === 'function' ? (entry as (a: object) => string)(SAMPLE) : String(entry);
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
      // Labels are translated, not copied (help.description falls back to English by design).
      const same = keys.filter((k) => typeof english.messages[k] === 'string' && messages[k] === english.messages[k]);
      expect(same, locale).toEqual([]);
    }
  });

  it('words messages, runs and arguments that are themselves messages', () => {
    const line = joined(' · ', msg('kind.phone call'), '2021-08-16', msg('status.took-place'));
    expect(say(line, 'en')).toBe('Phone call · 2021-08-16 · took place');
    expect(say(line, 'hi')).toBe('फ़ोन पर बातचीत · 2021-08-16 · हुई');
    expect(say(line, 'ar')).toBe('اتصال هاتفي · 2021-08-16 · تمّ');
    expect(say(msg('event.date', { date: '2021-08', precision: msg('precision.month') }), 'hi')).toBe('तारीख: 2021-08 (महीना)');
    expect(say(line, 'xx')).toBe('Phone call · 2021-08-16 · took place');
  });

  it('chooses the question\'s language first, then the client locale, else English', () => {
    expect(chooseLocale({ question: 'من التقى بوتين؟', discordLocale: 'hi' })).toBe('ar');
    expect(chooseLocale({ question: 'लावरोव से किसने मुलाकात की?', discordLocale: 'en-US' })).toBe('hi');
    expect(chooseLocale({ question: 'who met Lavrov?', discordLocale: 'hi' })).toBe('hi');
    expect(chooseLocale({ question: 'who met لافروف?', discordLocale: 'en-GB' })).toBe('en');
    expect(chooseLocale({ discordLocale: 'fr' })).toBe('en');
    expect(chooseLocale({ locale: 'ar' })).toBe('ar');
  });

  it('changes labels only: the quotes of an answer are the same objects in every language', () => {
    const answer = whoMetAnswer(seedKb, 'Lavrov');
    const en = worded(answer, 'en');
    const hi = worded(answer, 'hi');
    expect(hi.items.map((i) => i.quotes)).toEqual(en.items.map((i) => i.quotes));
    expect(hi.items.map((i) => i.heading)).toEqual(en.items.map((i) => i.heading));
    expect(hi.items[0]!.lines).toEqual(['भूमिका: US foreign minister', 'फ़ोन पर बातचीत · 2021-08-16 · हुई']);
    expect(en.items[0]!.lines).toEqual(['Role: US foreign minister', 'Phone call · 2021-08-16 · took place']);
  });
});
