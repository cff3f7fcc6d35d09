/**
 * `npm start`: runs the bot until SIGTERM/SIGINT, then finishes the interactions in flight and exits 0.
 */
import 'dotenv/config';
import { createLogger, setLogger } from '../src/log.ts';
import { botConfigOrExit } from './bot-config.ts';
import { startBot } from './app.ts';

const config = botConfigOrExit(process.env);
const log = createLogger({ level: config.logLevel });
setLogger(log);

try {
  const bot = await startBot(config, log);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (err) {
  log.fatal({ err }, 'the bot could not start');
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 200).unref();
}
