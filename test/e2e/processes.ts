/**
 * Bot processes started by end-to-end tests (`tsx <script>`), with their output collected. Each
 * leads a process group of its own, so a test that fails half-way can still end it and whatever
 * it started (shards) in afterAll, instead of leaving them running after the suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');
const started: ChildProcess[] = [];

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** @example const bot = startProcess('bot/main.ts', env); await bot.exited */
export function startProcess(script: string, env: Record<string, string>): BotProcess {
  const child = spawn(TSX, [script], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Ends every process group still running (for afterAll). */
export function killStarted(): void {
  for (const child of started.splice(0)) {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
