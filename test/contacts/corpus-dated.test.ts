import { describe, expect, it } from 'vitest';
import { corpusDated } from '../../src/contacts/corpus-dated.ts';
import type { Statement } from '../../src/contacts/merge.ts';

/** An invented statement of a pair in an article; `day` dates it, `hint` is the day a weak reading's sentence names. */
function statement(a: string, b: string, article: number, opts: { day?: string; hint?: string; weak?: true } = {}): Statement {
  const [year, month, day] = (opts.day ?? '').split('-').map(Number);
  return {
    a,
    b,
    kind: 'talks',
    planned: false,
    ...(opts.day ? { date: { year: year!, month: month!, day: day! }, dateFrom: 'sentence' as const } : {}),
    ...(opts.hint ? { dayHint: { day: opts.hint } } : {}),
    ...(opts.weak ? { weak: true as const } : {}),
    evidence: { article, paragraph: 1, text: 'invented', start: 0, end: 8, names: [] },
  };
}

const days = (list: Statement[]) => list.map((s) => (s.date ? `${s.date.year}-${s.date.month}-${s.date.day}` : 'undated'));

describe('a weak reading takes the day its sentence names when the corpus dates the same pair to it', () => {
  it('dates the weak reading by the day a grammar-read statement of the pair agrees with', () => {
    const all = [statement('anil-kumar', 'ivan-petrov', 0, { day: '2021-08-31' }), statement('ivan-petrov', 'anil-kumar', 1, { hint: '2021-08-31', weak: true })];
    const kept = [all[0]!, { ...all[1]!, weak: undefined }];
    expect(days(corpusDated(kept, all))).toEqual(['2021-8-31', '2021-8-31']);
    expect(corpusDated(kept, all).some((s) => 'dayHint' in s)).toBe(false);
  });

  it('leaves it undated when the pair is dated to other days only, or only by weak readings', () => {
    const other = [statement('anil-kumar', 'ivan-petrov', 0, { day: '2021-08-30' }), statement('anil-kumar', 'ivan-petrov', 1, { hint: '2021-08-31' })];
    expect(days(corpusDated(other, other))).toEqual(['2021-8-30', 'undated']);
    const weakOnly = [statement('anil-kumar', 'ivan-petrov', 0, { day: '2021-08-31', weak: true }), statement('anil-kumar', 'ivan-petrov', 1, { hint: '2021-08-31' })];
    expect(days(corpusDated(weakOnly, weakOnly))).toEqual(['2021-8-31', 'undated']);
  });

  it('needs the same pair: another pair met that day', () => {
    const all = [statement('anil-kumar', 'ken-sato', 0, { day: '2021-08-31' }), statement('anil-kumar', 'ivan-petrov', 1, { hint: '2021-08-31' })];
    expect(days(corpusDated(all, all))).toEqual(['2021-8-31', 'undated']);
  });
});
