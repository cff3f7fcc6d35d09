/**
 * Builds the `data.options` of a chat-input or autocomplete interaction as the Discord client would:
 * typed from the registered command when there is one, and refusing (by throwing, in the test) what
 * a user could not type — an unknown option, a wrong type, a value outside the choices, a missing
 * required option.
 */

export type OptionValue = string | number | boolean;

export interface OptionDefinition {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionDefinition[];
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
}

export interface InteractionOption {
  name: string;
  type: number;
  value?: OptionValue;
  focused?: boolean;
  options?: InteractionOption[];
}

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const TYPE_NAMES: Record<number, string> = { 3: 'string', 4: 'integer', 5: 'boolean', 10: 'number' };

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function fits(def: OptionDefinition, value: OptionValue): string | null {
  const expected = TYPE_NAMES[def.type];
  if (!expected) return `options of type ${def.type} (users, channels, roles, attachments) need "resolved" data, which the fake does not build`;
  const ok = def.type === 3 ? typeof value === 'string'
    : def.type === 5 ? typeof value === 'boolean'
      : typeof value === 'number' && Number.isFinite(value) && (def.type === 10 || Number.isInteger(value));
  if (!ok) return `expects ${expected}, got ${JSON.stringify(value)}`;
  if (def.choices?.length && !def.choices.some((c) => c.value === value)) {
    return `must be one of the choices ${def.choices.map((c) => JSON.stringify(c.value)).join(', ')}`;
  }
  if (typeof value === 'string' && (value.length < (def.min_length ?? 0) || value.length > (def.max_length ?? 6000))) {
    return `length ${value.length} outside ${def.min_length ?? 0}..${def.max_length ?? 6000}`;
  }
  if (typeof value === 'number' && (value < (def.min_value ?? -Infinity) || value > (def.max_value ?? Infinity))) {
    return `value outside ${def.min_value ?? '-∞'}..${def.max_value ?? '∞'}`;
  }
  return null;
}

function leafOptions(
  where: string, defs: OptionDefinition[] | undefined, values: Record<string, OptionValue>, focused?: string,
): InteractionOption[] {
  const built = Object.entries(values).map(([name, value]): InteractionOption => {
    if (!defs) return { name, type: inferType(value), value, ...(name === focused ? { focused: true } : {}) };
    const def = defs.find((d) => d.name === name);
    if (!def) throw new Error(`${where} has no option "${name}" (registered: ${defs.map((d) => d.name).join(', ') || 'none'})`);
    if (name === focused) {
      if (!def.autocomplete) throw new Error(`${where} option "${name}" is not registered with autocomplete: true`);
      // While typing, the focused value is the raw text, whatever the option's type.
      return { name, type: def.type, value: String(value), focused: true };
    }
    const problem = fits(def, value);
    if (problem) throw new Error(`${where} option "${name}" ${problem}`);
    return { name, type: def.type, value };
  });
  if (focused !== undefined && !(focused in values)) throw new Error(`focused option "${focused}" has no value`);
  const missing = focused === undefined ? (defs ?? []).filter((d) => d.required && !(d.name in values)) : [];
  if (missing.length) throw new Error(`${where} is missing required option(s): ${missing.map((d) => d.name).join(', ')}`);
  return built;
}

/**
 * Options for `/command [group] [subcommand]` given as one space-separated string.
 * @example buildCommandOptions('search', { query: 'Lavrov' }, undefined) // [{ name: 'query', type: 3, value: 'Lavrov' }]
 * @example buildCommandOptions('admin reload', {}, adminDefinition) // [{ name: 'reload', type: 1, options: [] }]
 */
export function buildCommandOptions(
  fullName: string, values: Record<string, OptionValue>, definition: { options?: OptionDefinition[] } | undefined,
  focused?: string,
): InteractionOption[] {
  const [command, ...path] = fullName.trim().split(/\s+/);
  let defs = definition ? (definition.options ?? []) : undefined;
  const wrappers: { name: string; type: number }[] = [];
  let where = `/${command}`;
  for (const part of path) {
    const def = defs?.find((d) => d.name === part && (d.type === SUBCOMMAND || d.type === SUBCOMMAND_GROUP));
    if (defs && !def) throw new Error(`${where} has no subcommand "${part}"`);
    wrappers.push({ name: part, type: def?.type ?? (part === path.at(-1) ? SUBCOMMAND : SUBCOMMAND_GROUP) });
    defs = def ? (def.options ?? []) : undefined;
    where += ` ${part}`;
  }
  if (defs?.some((d) => d.type === SUBCOMMAND || d.type === SUBCOMMAND_GROUP)) {
    throw new Error(`${where} needs a subcommand: ${defs.map((d) => d.name).join(', ')}`);
  }
  return wrappers.reduceRight<InteractionOption[]>(
    (inner, wrapper) => [{ ...wrapper, options: inner }],
    leafOptions(where, defs, values, focused),
  );
}
