/**
 * `npm start`: runs the bot until SIGTERM/SIGINT, then finishes the interactions in flight and exits 0.
 * `npm start` runs this file with plain `node --import tsx`, not the tsx wrapper: the wrapper relays a
 * signal and then force-kills its child about 60 ms later, which cut off every answer in flight.
 */
import 'dotenv/config';
import { createLogger, setLogger } from '../src/log.ts';
import { botConfigOrExit } from './bot-config.ts';
import { startBot, type Bot } from './app.ts';

/** Longest wait for answers in flight; systemd's default stop timeout is 90 s, the README suggests 15. */
const STOP_GRACE_MS = 10_000;

const config = botConfigOrExit(process.env);
const log = createLogger({ level: config.logLevel });
setLogger(log);

let bot: Bot | undefined;
let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal, inFlight: bot?.inFlight() ?? 0 }, 'shutting down');
  // A signal during start-up has nothing to finish.
  if (!bot) process.exit(0);
  bot.stop(STOP_GRACE_MS).then(
    () => process.exit(0),
    (err) => {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

try {
  bot = await startBot(config, log);
} catch (err) {
  log.fatal({ err }, 'the bot could not start');
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 200).unref();
}
