/**
 * The start-up step every bot entry point shares: read the configuration, stop with a message naming
 * the variable when it is wrong, and register the token as a secret before anything can log it.
 */
import { ConfigError, loadConfig, type Config } from '../src/config.ts';
import { addSecret } from '../src/log.ts';

export function botConfigOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    const config = loadConfig(env, { discord: true });
    addSecret(config.discordToken);
    return config;
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
