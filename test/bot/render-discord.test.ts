import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { safeText } from '../../bot/discord-text.ts';
import { LIMITS, NO_PINGS, renderPages } from '../../bot/render-discord.ts';
import { pagePayload } from '../../bot/reply.ts';

const citation = { article: 3, paragraph: 2, title: 't', lang: 'arb' as const };

describe('safeText', () => {
  it('defuses mass and user mentions and escapes markdown', () => {
    expect(safeText('@everyone <@123> <@&45> <#67> **x**')).toBe('@\u200beveryone <\u200b@123> <\u200b@&45> <\u200b#67> \\*\\*x\\*\\*');
  });
});

describe('renderPages', () => {
  it('bolds highlighted words and cites each quote', () => {
    const answer: Answer = {
      status: 'ok',
      title: 'Search: Lavrov',
      items: [{ heading: '#0 · title', quotes: [{ text: 'सर्गेई लावरोव ने कहा', highlights: [[7, 13]], cutStart: true, cutEnd: false, citation }] }],
    };
    const [page] = renderPages(answer);
    expect(page!.description).toContain('> …सर्गेई **लावरोव** ने कहा [#3 ¶2]');
  });

  it('pages long answers within every Discord limit and never cuts a word without notice', () => {
    const word = 'अफगानिस्तान';
    const items = Array.from({ length: 40 }, (_, i) => ({ heading: `¶${i}`, lines: [Array(60).fill(word).join(' ')] }));
    const pages = renderPages({ status: 'ok', title: 'x'.repeat(400), intro: 'intro', items, notes: ['note'] });
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(p.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(p.title!.length + p.description!.length + (p.footer?.text.length ?? 0)).toBeLessThanOrEqual(LIMITS.message);
      expect(p.footer!.text).toMatch(/Page \d+ of \d+/);
    }
    const text = pages.map((p) => p.description).join(' ');
    expect(text.split(/\s+/).filter((w) => w.includes('अफ') && w !== word)).toEqual([]);
  });

  it('continues an item longer than a page on the next page, marked', () => {
    const long = Array(2000).fill('word').join(' ');
    const pages = renderPages({ status: 'ok', title: 't', items: [{ heading: 'h', lines: [long] }] });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.description).toMatch(/continued on the next page/);
    expect(pages[1]!.description).toMatch(/^\*\(continued\)\*/);
  });
});

describe('pagePayload', () => {
  it('never allows pings and adds navigation only for several pages', () => {
    const pages = renderPages({ status: 'ok', title: 't', items: [] });
    const payload = pagePayload(pages, 0);
    expect(payload.allowedMentions).toEqual(NO_PINGS);
    expect(payload.components).toEqual([]);
    const many = pagePayload([pages[0]!, pages[0]!], 1, 'abc');
    expect(many.components[0]!.components.map((b) => [(b as { label?: string }).label, (b as { disabled?: boolean }).disabled])).toEqual([['◀ Previous', false], ['Next ▶', true]]);
  });
});

describe('renderPages with a huge echoed input', () => {
  it('splits an intro longer than a page too', () => {
    const pages = renderPages({ status: 'empty', title: 'x', intro: `No article mentions ${'@everyone'.repeat(600)}.`, items: [] });
    for (const p of pages) expect(p.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(pages.length).toBeGreaterThan(1);
  });
});

describe('safeText with several masked links', () => {
  it('escapes every link, not only the first', () => {
    expect(safeText('[l](http://e.com)[l](http://e.com)')).toBe('\\[l](http://e.com)\\[l](http://e.com)');
  });
});

describe('renderPages on pathological echoed text', () => {
  it.each([
    ['lone high surrogates', '\uD800'.repeat(6000)],
    ['escaped markdown', '**'.repeat(3000)],
    ['one long word', 'x'.repeat(6000)],
    ['surrogate pairs', '🇦🇫'.repeat(1500)],
  ])('terminates within limits for %s', (_label, text) => {
    const pages = renderPages({ status: 'user-error', title: text, intro: `No article mentions ${text}.`, items: [] });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThan(10);
    for (const p of pages) expect(p.description!.length).toBeLessThanOrEqual(LIMITS.description);
  });
});

describe('safeText at line starts', () => {
  it('escapes headings, bullets, numbered lists and quotes', () => {
    expect(safeText('# h\n- a\n  1. b\n> q\nplain > not a quote')).toBe('\\# h\n\\- a\n  \\1. b\n\\> q\nplain > not a quote');
  });
});
