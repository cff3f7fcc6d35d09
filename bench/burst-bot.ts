/**
 * The bot side of the end-to-end burst, in a process of its own as in production, so that its work
 * cannot delay the fake Discord's dispatching (which would hide a slow bot behind a slow sender).
 * Configured from the environment run by burst.ts; says 'ready' once logged in, stops on 'stop'.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startBot } from '../bot/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';

const READY_POLL_MS = 50;

if (process.send) {
  // Info-level logging, as `npm start` does, written nowhere: its cost is part of the measurement.
  const bot = await startBot(loadConfig(process.env, { discord: true }), createLogger({ level: 'info', destination: { write: () => undefined } }));
  while (!bot.client.isReady()) await sleep(READY_POLL_MS);
  process.on('message', (m) => {
    if (m === 'stop') void bot.stop(1000).then(() => process.exit(0));
  });
  process.send('ready');
}
