/**
 * The one pino logger. Pretty on a terminal, JSON otherwise; secrets are redacted by path and the
 * token's value is scrubbed from any string (error messages, stacks) that happens to carry it.
 */
import pino, { type Logger } from 'pino';
import { LOG_LEVELS } from './config.ts';

export type { Logger };

const REDACT_PATHS = ['token', '*.token', 'config.discordToken', 'discordToken', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'];

let secrets: string[] = [];

/** Registers a value that must never appear in a log line (the bot token). */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.push(value);
}

/** Replaces every registered secret in a string. */
export function scrub(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[REDACTED]');
  return out;
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Force JSON or pretty output; by default pretty only when stdout is a terminal. */
  pretty?: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !opts.destination);
  const options: pino.LoggerOptions = {
    level: opts.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
      },
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } });
  return pino(options);
}

// Before the config is validated, a wrong LOG_LEVEL must not crash the import: config.ts names it.
const envLevel = process.env.LOG_LEVEL?.trim().toLowerCase();

/** The process-wide logger; entry points replace it once config is read. */
export let log: Logger = createLogger({ level: envLevel && LOG_LEVELS.includes(envLevel) ? envLevel : 'info' });

export function setLogger(logger: Logger): void {
  log = logger;
}
