/**
 * compactHeap in a node of its own (vitest's workers have no --expose-gc). What it saves is memory,
 * which `npm run bench` measures (RSS after the start-up load); here: it runs only when it can, and
 * the objects it moves come through intact.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(exposeGc: boolean): { ms?: number; live: number; sum: number; expected: number } {
  const script = `
    import { compactHeap } from './src/build/compactHeap.ts';
    const keep = [];
    for (let round = 0; round < 4; round++) {
      let junk = [];
      for (let i = 0; i < 100000; i++) (i % 3 === 0 ? keep : junk).push({ i, text: 'word ' + i, pair: [i, round] });
      globalThis.gc?.();
      junk = null;
    }
    const ms = compactHeap();
    const sum = keep.reduce((n, o) => n + o.i + o.pair[1] + Number(o.text.slice(5)), 0);
    let expected = 0;
    for (let round = 0; round < 4; round++) for (let i = 0; i < 100000; i += 3) expected += 2 * i + round;
    console.log(JSON.stringify({ ms, live: keep.length, sum, expected }));
  `;
  const out = execFileSync(process.execPath, [...(exposeGc ? ['--expose-gc'] : []), '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as { ms?: number; live: number; sum: number; expected: number };
}

describe('compactHeap', () => {
  it('runs one collection when node has --expose-gc (as npm start gives it), and every object survives intact', () => {
    const r = run(true);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(r.live).toBe(4 * 33334);
    expect(r.sum).toBe(r.expected);
  }, 60_000);

  it('does nothing without --expose-gc', () => {
    expect(run(false).ms).toBeUndefined();
  }, 60_000);
});
