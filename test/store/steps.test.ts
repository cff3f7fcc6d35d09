import { describe, expect, it } from 'vitest';
import { eachInSteps, runSteps, runStepsAsync } from '../../src/steps.ts';

describe('eachInSteps', () => {
  it('visits every item once, in order, however it is sliced', () => {
    const seen: Array<[string, number]> = [];
    const items = [...Array(300).keys()].map((n) => `item ${n}`);
    runSteps(eachInSteps(items, (item, index) => seen.push([item, index]), 0));
    expect(seen).toEqual(items.map((item, index) => [item, index]));
  });

  it('yields between slices once a step has run its time (every 64 items when the time is 0)', () => {
    const steps = eachInSteps(Array(200).fill(0), () => {}, 0);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(3);
  });

  it('lets other work run between slices when run asynchronously', async () => {
    const order: string[] = [];
    const other = new Promise<void>((resolve) => setImmediate(() => (order.push('other'), resolve())));
    await runStepsAsync(eachInSteps(Array(200).fill(0), (_, i) => order.push(`item ${i}`), 0));
    await other;
    expect(order.indexOf('other')).toBeGreaterThan(0);
    expect(order.indexOf('other')).toBeLessThan(order.length - 1);
  });
});
