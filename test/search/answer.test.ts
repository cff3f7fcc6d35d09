import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { seedIndex, seeds } from './helpers.ts';
import { worded } from '../../src/i18n/index.ts';

const answer = (query: string, opts = {}) => worded(searchAnswer(seedIndex, seeds, { query, ...opts }));

describe('searchAnswer', () => {
  it('lists one item per article with heading, metadata line and quotes', () => {
    const a = answer('Kabul airport');
    expect(a.status).toBe('ok');
    expect(a.title).toBe('Search: Kabul airport');
    expect(a.intro).toContain('काबुल');
    expect(a.intro).toContain('مطار');
    const first = a.items.find((i) => i.heading.startsWith('#0 '))!;
    expect(first.heading).toBe(`#0 · ${seeds.articles[0]!.title}`);
    expect(first.lines![0]).toMatch(/^Hindi · published 2021-08-17 · best matches in ¶\d+/);
    expect(first.quotes!.length).toBeGreaterThan(0);
    const headings = a.items.map((i) => i.heading);
    expect(new Set(headings).size).toBe(headings.length);
  });
  it('keeps the raw query in the title for the renderer to escape', () => {
    expect(answer('*Lavrov*').title).toBe('Search: *Lavrov*');
  });
  it('answers an empty or punctuation-only query with a polite user error', () => {
    for (const q of ['', '   ', '?!… — ।']) {
      const a = answer(q);
      expect(a.status).toBe('user-error');
      expect(a.intro).toMatch(/type a word or a name/);
    }
  });
  it('says so when nothing matches, with suggestions', () => {
    const a = answer('Zanzibar');
    expect(a.status).toBe('empty');
    expect(a.intro).toMatch(/No paragraph matches/);
    expect(a.intro).toMatch(/another script/);
    expect(answer('Lavrov', { language: 'arb' }).intro).toMatch(/in Arabic matches.*no language filter/);
  });
  it('explains a query of stop words only', () => {
    const a = answer('the of and');
    expect(a.status).toBe('empty');
    expect(a.notes?.join(' ')).toContain('the');
  });
  it('caps a huge query and says so', () => {
    const a = answer('Lavrov Taliban Kabul Moscow Putin China '.repeat(170));
    expect(a.status).toBe('ok');
    expect(a.title.length).toBeLessThan(100);
    expect(a.notes?.join(' ')).toMatch(/Long query: only its first \d+ words were read/);
  });
  it('limits the number of articles', () => {
    expect(answer('Taliban', { limit: 1 }).items).toHaveLength(1);
    expect(answer('Taliban', { limit: 1 }).intro).toMatch(/5 articles match; showing the best 1/);
  });
});
