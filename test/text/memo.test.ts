import { describe, expect, it } from 'vitest';
import { BoundedMemo, forgetMemos, memoised, ObjectMemo, PairMemo } from '../../src/text/memo.ts';

describe('BoundedMemo', () => {
  it('computes a key once, undefined results included', () => {
    const calls: string[] = [];
    const f = memoised((k: string) => (calls.push(k), k.length > 3 ? k.length : undefined), 10);
    expect([f('lavrov'), f('lavrov'), f('wang'), f('yi'), f('yi')]).toEqual([6, 6, 4, undefined, undefined]);
    expect(calls).toEqual(['lavrov', 'wang', 'yi']);
  });

  it('forgets everything once full, then starts again, and on clear()', () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const get = (k: string) => memo.get(k, () => ++calls);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    expect(get('c')).toBe(3);
    expect(get('a')).toBe(4);
    memo.clear();
    expect(get('a')).toBe(5);
  });
});

describe('PairMemo', () => {
  it('computes a pair once, in order, undefined results included; forgets once full and on forgetMemos', () => {
    const memo = new PairMemo<number | undefined>(3);
    let calls = 0;
    const get = (a: string, b: string) => memo.get(a, b, (x, y) => (++calls, x === y ? undefined : x.length * 10 + y.length));
    expect([get('ab', 'c'), get('ab', 'c'), get('c', 'ab'), get('x', 'x'), get('x', 'x')]).toEqual([21, 21, 12, undefined, undefined]);
    expect(calls).toBe(3);
    expect(get('ab', 'cd')).toBe(22);
    expect(calls).toBe(4);
    expect(get('ab', 'c')).toBe(21);
    expect(calls).toBe(5);
    forgetMemos();
    expect(get('ab', 'c')).toBe(21);
    expect(calls).toBe(6);
  });
});

describe('ObjectMemo', () => {
  it('computes once per object, again when the kept value is stale or after forgetMemos', () => {
    const memo = new ObjectMemo<{ year: number }, string>();
    let calls = 0;
    const a = { year: 2021 };
    const b = { year: 2021 };
    const get = (o: { year: number }) => memo.get(o, (kept) => kept.startsWith(String(o.year)), () => `${o.year}#${++calls}`);
    expect([get(a), get(a), get(b)]).toEqual(['2021#1', '2021#1', '2021#2']);
    a.year = 2020;
    expect(get(a)).toBe('2020#3');
    forgetMemos();
    expect(get(b)).toBe('2021#4');
  });
});
