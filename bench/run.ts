/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--queries 1000] [--burst-corpus seeds|N] [--no-burst] [--out bench/results]`
 *
 * Measures the real seeds and each synthetic size (each in a child process of its own, with
 * --expose-gc so memory is read after a full collection), then the end-to-end burst through the
 * fake Discord; writes `<out>/<date>.json` and `<out>/<date>.md` and prints the Markdown.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBurst, type BurstResult } from './burst.ts';
import { hostileMarkdown, runHostile } from './hostile.ts';
import type { SizeResult, SizeSpec } from './measure-size.ts';
import { checkTargets, machineInfo, toMarkdown, type BenchReport } from './report.ts';

/** The child's heap may grow past Node's default limit; RSS is what the targets judge. */
const CHILD_HEAP_MB = 12_288;
const BURST_INTERACTIONS = 500;
const BURST_WINDOW_MS = 1000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    queries: { type: 'string', default: '1000' },
    'burst-corpus': { type: 'string', default: 'seeds' },
    'no-burst': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
  },
});

function positive(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number of at least 1, got "${text}"`);
  return n;
}

function measureInChild(spec: SizeSpec, queries: number): Promise<SizeResult> {
  const script = fileURLToPath(new URL('./measure-size.ts', import.meta.url));
  const child = fork(script, ['--measure', String(spec), String(queries)], {
    execArgv: [...process.execArgv, '--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`],
  });
  return new Promise((resolve, reject) => {
    let result: SizeResult | undefined;
    child.on('message', (m) => (result = m as SizeResult));
    child.on('error', reject);
    child.on('exit', (code, signal) => (result ? resolve(result) : reject(new Error(`measuring ${spec} failed (exit ${code ?? signal})`))));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const sizes: SizeSpec[] = ['seeds', ...values.sizes.split(',').map((s) => positive(s.trim(), '--sizes'))];
  const queries = positive(values.queries, '--queries');
  const results: SizeResult[] = [];
  const failures: BenchReport['failures'] = [];
  for (const spec of sizes) {
    const t0 = performance.now();
    process.stderr.write(`measuring ${spec}…\n`);
    try {
      results.push(await measureInChild(spec, queries));
      process.stderr.write(`measured ${spec} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    } catch (err) {
      // One size failing (out of memory, say) must not lose the others' figures.
      failures.push({ size: String(spec), reason: (err as Error).message });
      process.stderr.write(`${spec} failed: ${(err as Error).message}\n`);
    }
  }
  let burst: BurstResult | null = null;
  if (!values['no-burst']) {
    process.stderr.write('end-to-end burst…\n');
    const corpus = values['burst-corpus'] === 'seeds' ? 'seeds' : positive(values['burst-corpus'], '--burst-corpus');
    burst = await runBurst({ corpus, interactions: BURST_INTERACTIONS, windowMs: BURST_WINDOW_MS });
    process.stderr.write('burst done\n');
  }
  process.stderr.write('hostile input…\n');
  const hostile = await runHostile();
  const date = new Date().toISOString().slice(0, 10);
  const totalSeconds = (performance.now() - started) / 1000;
  const report: BenchReport = { date, machine: machineInfo(), sizes: results, failures, burst, targets: checkTargets(results, totalSeconds), totalSeconds };
  const markdown = toMarkdown(report) + hostileMarkdown(hostile);
  fs.mkdirSync(values.out, { recursive: true });
  fs.writeFileSync(path.join(values.out, `${date}.json`), `${JSON.stringify({ ...report, hostile }, null, 2)}\n`);
  fs.writeFileSync(path.join(values.out, `${date}.md`), markdown);
  process.stdout.write(markdown);
  process.stderr.write(`whole run: ${(totalSeconds / 60).toFixed(1)} min\n`);
}

await main();
