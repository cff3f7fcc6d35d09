import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SizeResult } from '../../bench/measure-size.ts';
import { queryMix } from '../../bench/queries.ts';
import { checkTargets, toMarkdown } from '../../bench/report.ts';
import { percentile, summarise, timeCalls, WARM_UP_CALLS, WARM_UP_MS } from '../../bench/stats.ts';

const latency = (p50: number, p95: number, p99: number) => ({ calls: 1000, mean: p50, p50, p95, p99, max: p99 });

function result(size: string, over: Partial<SizeResult> = {}): SizeResult {
  return {
    size, queries: 1000, articles: size === 'seeds' ? 5 : Number(size), paragraphs: 10, counts: { people: 3 }, loadWarnings: 0,
    generateMs: 0, analyseMs: 100, knowledgeMs: 100, ingestMs: 200, articlesPerSecond: 600, heapUsedMB: 10, rssMB: 100,
    snapshot: { bytes: 1024, saveMs: 5, loadMs: 5 },
    latency: { search: latency(1, 2, 3), 'who-met': latency(1, 2, 3), on: latency(0.5, 1, 2), article: latency(0.1, 0.2, 0.3) },
    baseline: { buildMs: 50, search: latency(1, 2, 3), flexsearch: { buildMs: 20, search: latency(0.5, 4, 5) } },
    ratios: { build: 4, searchP95VsFlexSearch: 0.5, searchP95VsMiniSearch: 1 }, ...over,
  };
}

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(summarise([5, 1, 4, 2, 3])).toEqual({ calls: 5, mean: 3, p50: 3, p95: 5, p99: 5, max: 5 });
  });
});

describe('checkTargets', () => {
  it('judges the seeds per command on p99', () => {
    const checks = checkTargets([result('seeds', { latency: { search: latency(1, 2, 6), 'who-met': latency(1, 2, 3), on: latency(1, 2, 5), article: latency(1, 2, 4.9) } })]);
    expect(checks.filter((c) => c.target.startsWith('seeds')).map((c) => c.result)).toEqual(['MISS', 'PASS', 'MISS', 'PASS']);
  });

  it('judges the large-corpus targets at 100000, or says which smaller size stood in', () => {
    const slow = result('100000', { articlesPerSecond: 400, rssMB: 5000 });
    const byTarget = Object.fromEntries(checkTargets([result('1000'), slow]).map((c) => [c.target, c]));
    expect(byTarget['ingest ≥ 500 articles/s']).toMatchObject({ at: '100000', measured: '400/s', result: 'MISS' });
    expect(byTarget['RSS < 4 GB']!.result).toBe('MISS');
    expect(byTarget['/search p95 < 50 ms']!.result).toBe('PASS');
    expect(checkTargets([result('1000')]).find((c) => c.target.startsWith('ingest'))!.at).toBe('1000 (100000 not run)');
    const broken = checkTargets([result('100000', { snapshot: { error: 'too large' } })]).find((c) => c.target.startsWith('snapshot'));
    expect(broken).toMatchObject({ measured: 'failed', result: 'MISS' });
  });

  it('prints one column per size and a row per target', () => {
    const sizes = [result('seeds'), result('1000')];
    const md = toMarkdown({ date: '2021-08-16', machine: { cpus: 2, model: 'x', totalMemGB: 4, node: 'v20', platform: 'linux' }, sizes, failures: [{ size: '100000', reason: 'out of memory' }], burst: null, targets: checkTargets(sizes), totalSeconds: 60 });
    expect(md).toContain('| | seeds | 1000 synthetic |');
    expect(md).toContain('| /on latency (ms) | 0.50 / 1.00 / 2.00 | 0.50 / 1.00 / 2.00 |');
    expect(md).toContain('| people | 3 | 3 |');
    expect(md).toContain('Size 100000 was not measured: out of memory.');
    expect(md).toContain('| FlexSearch p95 / plain MiniSearch p95, as multiples of our /search p95 | 2.00× / 1.00× | 2.00× / 1.00× |');
    expect(md).toMatch(/\| \/search p95 ≤ FlexSearch p95 \(our terms, OR\) \| 1000 \(100000 not run\) \| 2\.00 vs 4\.00 ms \(0\.50×\) \| PASS \|/);
  });

  it('judges a reload at 10000 by the longest wait, and our p95 against FlexSearch only at the large size', () => {
    const reload = { reloadMs: 60_000, wait: { ...latency(5, 50, 150), max: 250 } };
    const checks = checkTargets([result('1000'), result('10000', { reload, latency: { ...result('1').latency, search: latency(3, 16, 20) } })]);
    const byTarget = Object.fromEntries(checks.map((c) => [c.target, c]));
    expect(byTarget['a question during a /reload waits < 200 ms']).toMatchObject({ at: '10000', result: 'MISS' });
    expect(byTarget['/search p95 < 15 ms']).toMatchObject({ at: '10000', result: 'MISS' });
    expect(checks.filter((c) => c.target.startsWith('/search p95 ≤ FlexSearch')).map((c) => c.at)).toEqual(['10000 (100000 not run)']);
  });
});

describe('the whole run', () => {
  it('is judged against 30 minutes only when the 100000 size ran, and each size says how long it took', () => {
    const sizes = [result('seeds', { seconds: 2 }), result('100000', { seconds: 1500 })];
    expect(checkTargets([result('10000')], 31 * 60).some((c) => c.target.startsWith('whole run'))).toBe(false);
    const slow = checkTargets(sizes, 31 * 60).find((c) => c.target === 'whole run < 30 min');
    expect(slow).toMatchObject({ at: 'all sizes to 100000', measured: '31.0 min', result: 'MISS' });
    expect(checkTargets(sizes, 29 * 60).find((c) => c.target === 'whole run < 30 min')!.result).toBe('PASS');
    expect(checkTargets(sizes).some((c) => c.target.startsWith('whole run'))).toBe(false);
    const md = toMarkdown({ date: '2021-08-16', machine: { cpus: 2, model: 'x', totalMemGB: 4, node: 'v20', platform: 'linux' }, sizes, failures: [], burst: null, targets: [], totalSeconds: 1600 });
    expect(md).toContain('| measuring this size took (s) | 2 | 1500 |');
  });
});

describe('timeCalls', () => {
  afterEach(() => vi.useRealTimers());

  it('warms up on at most WARM_UP_CALLS calls, fewer when each is slow, then times every input', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    let calls = 0;
    const slow = timeCalls(Array(100).fill(0), () => (calls++, vi.advanceTimersByTime(WARM_UP_MS / 5)));
    expect(slow.calls).toBe(100);
    expect(calls).toBe(100 + 5);
    calls = 0;
    timeCalls(Array(100).fill(0), () => calls++);
    expect(calls).toBe(100 + WARM_UP_CALLS);
  });
});

describe('queryMix', () => {
  it('is the same on every call and has the requested length per command', () => {
    const opts = { count: 300, people: [], published: ['2021-08-17', '2021-08-25'], articleNumbers: [0, 1, 2] };
    const a = queryMix(opts);
    expect(queryMix(opts)).toEqual(a);
    expect([a.search.length, a.whoMet.length, a.on.length, a.article.length]).toEqual([300, 300, 300, 300]);
    expect(a.search).toEqual(expect.arrayContaining(['Lavrof', 'लावरोव', 'مطار كابول', 'Kabul airport']));
    expect(a.on.every((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d))).toBe(true);
  });
});
