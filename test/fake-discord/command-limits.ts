/**
 * Application command registration rules that Discord enforces with a 400 (Discord API v10
 * documentation, "Application Commands"). discord.js's SlashCommandBuilder checks several of them,
 * but a command written as a plain object — or a localisation — is only checked by Discord.
 */
import { issue, lengthIssue, type Issue, type Path } from './errors.ts';

type Json = Record<string, unknown>;

/**
 * Discord's documented pattern for chat-input names. Devanagari and Thai are listed because their
 * vowel signs are marks (\p{M}), not letters, so `\p{L}` alone would refuse most Hindi words.
 */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const STRING = 3;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function checkChatInputName(name: unknown, at: Path): Issue[] {
  const text = str(name);
  if (!CHAT_INPUT_NAME.test(text)) {
    return [issue(at, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: must match ${CHAT_INPUT_NAME.source}`)];
  }
  if (text !== text.toLowerCase()) {
    return [issue(at, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid: letters with a lowercase form must be lowercase')];
  }
  return [];
}

function checkLocalizations(value: unknown, at: Path, check: (text: unknown, at: Path) => Issue[]): Issue[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Json).flatMap(([locale, text]) => check(text, [...at, locale]));
}

const checkDescription = (text: unknown, at: Path): Issue[] => lengthIssue(at, str(text).length, 1, 100);

/** Characters Discord counts towards a command's 4000 limit: names, descriptions, choices. */
function commandChars(node: Json): number {
  const choices = list(node.choices).reduce((n, c) => n + str(c.name).length + String(c.value ?? '').length, 0);
  const options = list(node.options).reduce((n, o) => n + commandChars(o), 0);
  return str(node.name).length + str(node.description).length + choices + options;
}

function checkOption(option: Json, at: Path): Issue[] {
  const issues = [...checkChatInputName(option.name, [...at, 'name']), ...checkDescription(option.description, [...at, 'description'])];
  issues.push(...checkLocalizations(option.name_localizations, [...at, 'name_localizations'], checkChatInputName));
  issues.push(...checkLocalizations(option.description_localizations, [...at, 'description_localizations'], checkDescription));
  const type = Number(option.type);
  if (!Number.isInteger(type) || type < 1 || type > 11) {
    issues.push(issue([...at, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, ..., 11}.'));
  }
  const choices = list(option.choices);
  issues.push(...lengthIssue([...at, 'choices'], choices.length, 0, 25));
  choices.forEach((choice, i) => {
    issues.push(...lengthIssue([...at, 'choices', i, 'name'], str(choice.name).length, 1, 100));
    if (type === STRING) issues.push(...lengthIssue([...at, 'choices', i, 'value'], str(choice.value).length, 1, 100));
  });
  if (option.autocomplete && choices.length) {
    issues.push(issue([...at, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE', 'Autocomplete cannot be used with choices'));
  }
  for (const bound of ['min_length', 'max_length'] as const) {
    const value = option[bound];
    if (value !== undefined && (!Number.isInteger(value) || Number(value) < 0 || Number(value) > 6000)) {
      issues.push(issue([...at, bound], 'NUMBER_TYPE_MAX', 'Must be an integer from 0 to 6000.'));
    }
  }
  if (type === SUBCOMMAND || type === SUBCOMMAND_GROUP) issues.push(...checkOptionList(list(option.options), at, type));
  return issues;
}

/** Options of one level: count, unique names, required first, subcommands not mixed with values. */
function checkOptionList(options: Json[], parent: Path, parentType?: number): Issue[] {
  const at = [...parent, 'options'];
  const issues = lengthIssue(at, options.length, 0, 25);
  const seen = new Set<string>();
  let optionalSeen = false;
  const nested = options.map((o) => Number(o.type) === SUBCOMMAND || Number(o.type) === SUBCOMMAND_GROUP);
  if (nested.some(Boolean) && !nested.every(Boolean)) {
    issues.push(issue(at, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types'));
  }
  options.forEach((option, i) => {
    const name = str(option.name);
    if (seen.has(name)) issues.push(issue([...at, i, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', `Option name ${name} is already used in these options`));
    seen.add(name);
    if (!option.required) optionalSeen = true;
    else if (optionalSeen) issues.push(issue([...at, i, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options'));
    if (parentType === SUBCOMMAND_GROUP && Number(option.type) !== SUBCOMMAND) {
      issues.push(issue([...at, i, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command group may only contain sub-commands'));
    }
    if (parentType === SUBCOMMAND && nested[i]) {
      issues.push(issue([...at, i, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command cannot contain sub-commands'));
    }
    issues.push(...checkOption(option, [...at, i]));
  });
  return issues;
}

/**
 * Every rule one command must satisfy, paths relative to the command.
 * @example checkCommand({ name: 'Search', description: 'x' }) // APPLICATION_COMMAND_INVALID_NAME (uppercase)
 */
export function checkCommand(command: Json): Issue[] {
  const type = Number(command.type ?? 1);
  if (type !== 1) {
    // User and message context menus: any name of 1..32 characters, and no description.
    const issues = lengthIssue(['name'], str(command.name).length, 1, 32);
    if (str(command.description)) issues.push(issue(['description'], 'BASE_TYPE_MAX_LENGTH', 'Must be 0 or fewer in length.'));
    return issues;
  }
  const issues = [...checkChatInputName(command.name, ['name']), ...checkDescription(command.description, ['description'])];
  issues.push(...checkLocalizations(command.name_localizations, ['name_localizations'], checkChatInputName));
  issues.push(...checkLocalizations(command.description_localizations, ['description_localizations'], checkDescription));
  issues.push(...checkOptionList(list(command.options), []));
  const permissions = command.default_member_permissions;
  if (permissions !== undefined && permissions !== null && !/^\d+$/.test(String(permissions))) {
    issues.push(issue(['default_member_permissions'], 'BASE_TYPE_INVALID', 'Must be a string of decimal digits.'));
  }
  if (commandChars(command) > 4000) {
    issues.push(issue([], 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)'));
  }
  return issues;
}

/**
 * Rules of a bulk overwrite (PUT): each command, unique names per type, at most 100 chat-input commands.
 * @example checkCommandList([{ name: 'a', description: 'x' }, { name: 'a', description: 'y' }]) // duplicate name
 */
export function checkCommandList(commands: Json[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  commands.forEach((command, i) => {
    issues.push(...checkCommand(command).map((found) => ({ ...found, path: [i, ...found.path] })));
    const key = `${Number(command.type ?? 1)}:${str(command.name)}`;
    if (seen.has(key)) issues.push(issue([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique'));
    seen.add(key);
  });
  const chatInput = commands.filter((c) => Number(c.type ?? 1) === 1).length;
  if (chatInput > 100) issues.push(issue([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.'));
  return issues;
}
