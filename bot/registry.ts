/**
 * Loads every module in `commands/`. One loader serves the bot, the deploy script and the terminal;
 * a malformed module is an error naming the file, never silently skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandSummary } from '../src/answers/help.ts';
import type { Command } from './command.ts';
import { localizeCommand } from './command-localizations.ts';

export const COMMANDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'commands');

function isCommand(value: unknown): value is Command {
  const c = value as Command | undefined;
  return typeof c?.run === 'function' && typeof c.data?.toJSON === 'function' && typeof c.data.name === 'string';
}

export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  const files = fs.readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(mod.default)) throw new Error(`commands/${file} does not export a command as default (defineCommand({ data, run })).`);
    const name = mod.default.data.name;
    if (`${name}.ts` !== file && `${name}.js` !== file) throw new Error(`commands/${file} defines /${name}; the file must be named ${name}.ts.`);
    localizeCommand(mod.default);
    commands.set(name, mod.default);
  }
  return commands;
}

/** The plain description /help prints, from each builder's JSON. */
export function summarise(commands: Map<string, Command>): CommandSummary[] {
  return [...commands.values()].map((c) => {
    const json = c.data.toJSON();
    return {
      name: json.name,
      description: json.description,
      options: (json.options ?? []).map((o) => ({ name: o.name, description: o.description, required: 'required' in o && o.required === true })),
      example: c.example,
    };
  });
}
