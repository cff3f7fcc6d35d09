/**
 * Parses a terminal line such as `/article number:3`, `/article 3` or `/search Kabul airport
 * language:hin` against a command's own option definitions, applying the checks Discord applies
 * (types, ranges, lengths, choices), so handlers get the same sane values as in Discord.
 */
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { Command, OptionReader } from './command.ts';
import { cleanMemberText } from '../src/text/normalize.ts';

export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

export interface ParsedLine {
  command: Command;
  options: OptionReader;
  values: Map<string, string | number>;
}

type Option = APIApplicationCommandOption & {
  required?: boolean;
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  choices?: Array<{ name: string; value: string | number }>;
};

const NAMED = /(?:^|\s)([a-z][\w-]*):/gu;

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0] ? v.slice(1, -1) : v;
}

function coerce(option: Option, raw: string): string | number {
  const where = `option ${option.name}`;
  if (option.type === ApplicationCommandOptionType.Integer) {
    if (!/^[-+]?\d+$/.test(raw)) throw new CommandLineError(`${where} must be a whole number, got "${raw}".`);
    const n = Number(raw);
    if (option.min_value !== undefined && n < option.min_value) throw new CommandLineError(`${where} must be at least ${option.min_value}.`);
    if (option.max_value !== undefined && n > option.max_value) throw new CommandLineError(`${where} must be at most ${option.max_value}.`);
    return n;
  }
  if (option.min_length !== undefined && raw.length < option.min_length) throw new CommandLineError(`${where} needs at least ${option.min_length} characters.`);
  if (option.max_length !== undefined && raw.length > option.max_length) throw new CommandLineError(`${where} takes at most ${option.max_length} characters.`);
  if (option.choices && !option.choices.some((c) => c.value === raw)) {
    throw new CommandLineError(`${where} must be one of: ${option.choices.map((c) => c.value).join(', ')}.`);
  }
  return raw;
}

/**
 * @example parseCommandLine('/article 3', commands).values.get('number') // 3
 */
export function parseCommandLine(line: string, commands: Map<string, Command>): ParsedLine {
  const trimmed = cleanMemberText(line).trim().replace(/^\//, '');
  const name = (trimmed.match(/^\S+/)?.[0] ?? '').toLowerCase();
  if (!name) throw new CommandLineError(`Type a command, e.g. /search Lavrov. Commands: ${[...commands.keys()].map((c) => `/${c}`).join(', ')}.`);
  const command = commands.get(name);
  if (!command) throw new CommandLineError(`Unknown command /${name}. Commands: ${[...commands.keys()].map((c) => `/${c}`).join(', ')}.`);
  const defs = (command.data.toJSON().options ?? []) as Option[];
  const rest = trimmed.slice(name.length);

  // Named options start at the first `name:` that is one of this command's options.
  const marks = [...rest.matchAll(NAMED)].filter((m) => defs.some((d) => d.name === m[1]));
  const raw = new Map<string, string>();
  const free = unquote(rest.slice(0, marks[0]?.index ?? rest.length));
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    raw.set(m[1]!, unquote(rest.slice(start, marks[i + 1]?.index ?? rest.length)));
  });
  if (free) {
    const target = defs.find((d) => d.required && !raw.has(d.name)) ?? defs.find((d) => !raw.has(d.name));
    if (!target) throw new CommandLineError(`/${name} takes no text here; options: ${defs.map((d) => `${d.name}:`).join(' ') || 'none'}.`);
    raw.set(target.name, free);
  }

  const values = new Map<string, string | number>();
  for (const def of defs) {
    const value = raw.get(def.name);
    if (value === undefined || value === '') {
      if (def.required) throw new CommandLineError(`/${name} needs ${def.name}: ${def.description}`);
      continue;
    }
    values.set(def.name, coerce(def, value));
  }
  const options: OptionReader = {
    string: (n) => (typeof values.get(n) === 'string' ? (values.get(n) as string) : undefined),
    integer: (n) => (typeof values.get(n) === 'number' ? (values.get(n) as number) : undefined),
  };
  return { command, options, values };
}
