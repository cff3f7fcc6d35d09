/**
 * Bot processes started by end-to-end tests (`tsx <script>`, or an npm script exactly as an operator
 * runs it), with their output collected. Each leads a process group of its own, as a terminal's
 * foreground job or a systemd unit does: a test signals the whole group the way Ctrl-C and
 * `systemctl stop` do, and afterAll can still end whatever is left (shards) if a test fails half-way.
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
  return track(spawn(TSX, [script], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
}

/** @example const bot = startNpm(['start'], env); signalGroup(bot, 'SIGTERM') */
export function startNpm(args: string[], env: Record<string, string>): BotProcess {
  return track(spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
}

/** Sends `signal` to every process of the group, as Ctrl-C in a terminal or systemd's stop does. */
export function signalGroup(bot: BotProcess, signal: NodeJS.Signals): void {
  process.kill(-bot.child.pid!, signal);
}

function track(child: ChildProcess): BotProcess {
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
