/**
 * `npm run deploy-commands`: registers the slash commands, to DISCORD_GUILD_ID when set (instant) or
 * globally (Discord may take up to an hour to show them). Run after adding or changing a command.
 */
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig, type Config } from '../src/config.ts';
import { addSecret, createLogger } from '../src/log.ts';
import { loadCommands } from './registry.ts';

export async function deployCommands(config: Config): Promise<number> {
  const commands = await loadCommands();
  const body = [...commands.values()].map((c) => c.data.toJSON());
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken!);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId!, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId!);
  const result = (await rest.put(route, { body })) as unknown[];
  return result.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const config = loadConfig(process.env, { discord: true });
    addSecret(config.discordToken);
    const log = createLogger({ level: config.logLevel });
    const count = await deployCommands(config);
    log.info({ count, scope: config.discordGuildId ? `guild ${config.discordGuildId}` : 'global' }, 'commands registered');
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Registering commands failed: ${(err as Error).message}`}\n`);
    process.exitCode = 1;
  }
}
