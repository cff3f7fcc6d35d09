import { describe, expect, it } from 'vitest';
import { mergeStatements, type Statement } from '../../src/contacts/merge.ts';
import type { ContactKind } from '../../src/contacts/types.ts';

function statement(article: number, paragraph: number, kind: ContactKind, date?: string, extra: Partial<Statement> = {}): Statement {
  const [year, month, day] = (date ?? '').split('-').map(Number);
  return {
    a: 'lavrov',
    b: 'wang',
    kind,
    planned: false,
    ...(date ? { date: { year: year!, month, day }, dateFrom: 'sentence' as const } : {}),
    evidence: { article, paragraph, text: `sentence ${article}/${paragraph}`, start: 0, end: 10, names: [] },
    ...extra,
  };
}

const summary = (s: Statement[]) =>
  mergeStatements(s).map((c) => `${c.kind} ${c.date ? `${c.date.year}-${c.date.month}-${c.date.day}` : 'undated'} ${c.place ?? '-'} ${c.evidence.map((e) => `${e.article}¶${e.paragraph}`).join(' ')}`);

describe('mergeStatements', () => {
  it('makes one contact of the same pair, kind and day across articles, with every sentence as evidence', () => {
    expect(summary([statement(0, 5, 'phone call', '2021-08-16'), statement(2, 1, 'phone call', '2021-08-16', { a: 'wang', b: 'lavrov' })])).toEqual([
      'phone call 2021-8-16 - 0¶5 2¶1',
    ]);
  });

  it('keeps different days, kinds and announced contacts apart', () => {
    expect(summary([statement(0, 1, 'meeting', '2021-08-16'), statement(0, 2, 'meeting', '2021-08-17'), statement(1, 1, 'invitation', '2021-08-16')])).toHaveLength(3);
    expect(summary([statement(0, 1, 'meeting', '2021-08-16'), statement(0, 2, 'meeting', undefined, { planned: true })])).toHaveLength(2);
  });

  it('dates undated sentences of an article when it gives the pair one date, and talks become that day\'s call', () => {
    expect(summary([statement(0, 1, 'talks'), statement(0, 8, 'phone call', '2021-08-16'), statement(0, 10, 'talks')])).toEqual(['phone call 2021-8-16 - 0¶1 0¶8 0¶10']);
  });

  it('leaves undated sentences alone when the article gives two dates, and never merges them across articles', () => {
    expect(summary([statement(0, 1, 'meeting'), statement(0, 2, 'meeting', '2021-08-16'), statement(0, 3, 'meeting', '2021-08-17')])).toHaveLength(3);
    expect(summary([statement(0, 1, 'meeting'), statement(1, 1, 'meeting')])).toHaveLength(2);
  });

  it('gives a sentence\'s undated contacts the one date its other contacts of the same subject got', () => {
    // Article 3: ¶2 dates Lavrov–Wang; ¶5 tells Lavrov met Wang and Kim in one sentence, with no day of its own.
    const mates = (extra: Partial<Statement> = {}) => [
      statement(3, 2, 'meeting', '2021-09-14'),
      statement(3, 5, 'meeting'),
      statement(3, 5, 'meeting', undefined, { b: 'kim', ...extra }),
    ];
    expect(summary(mates())).toEqual(['meeting 2021-9-14 - 3¶2 3¶5', 'meeting 2021-9-14 - 3¶5']);
    // Another subject, or an announced contact, is not the same encounter.
    expect(summary(mates({ a: 'kim', b: 'wang' }))).toContain('meeting undated - 3¶5');
    expect(summary(mates({ planned: true }))).toContain('meeting undated - 3¶5');
  });

  it('prefers a stated place to one read from "here"', () => {
    const merged = mergeStatements([
      statement(4, 1, 'meeting', '2021-10-12', { place: 'Kazakhstan', placeFrom: 'here' }),
      statement(4, 4, 'meeting', '2021-10-12', { place: 'Nur-Sultan', placeFrom: 'stated' }),
    ]);
    expect(merged.map((c) => c.place)).toEqual(['Nur-Sultan']);
  });
});
