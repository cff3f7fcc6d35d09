/**
 * Message-side limits that real Discord enforces with a 400 (content, embeds, classic components,
 * flags, autocomplete choices). Values from the Discord API v10 documentation. discord.js's builders
 * check some of these before sending, but plain objects reach the API as they are — so a bot can
 * pass its unit tests and still be rejected in production unless the fake rejects too.
 */
import { issue, lengthIssue, type Issue, type Path } from './errors.ts';

type Json = Record<string, unknown>;

const EPHEMERAL = 1 << 6;
const SUPPRESS_EMBEDS = 1 << 2;
const SUPPRESS_NOTIFICATIONS = 1 << 12;
const IS_COMPONENTS_V2 = 1 << 15;
/** Flags a bot may set on a message it sends; anything else is refused. */
const SENDABLE_FLAGS = EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** @example isEphemeral({ flags: 64 }) // true */
export function isEphemeral(data: Json): boolean {
  return (Number(data.flags ?? 0) & EPHEMERAL) !== 0;
}

/** True when a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(data: Json): boolean {
  return !str(data.content) && !arr(data.embeds).length && !arr(data.components).length &&
    !arr(data.attachments).length && !data.poll && !arr(data.sticker_ids).length;
}

/** Characters counted towards the 6000 total across a message's embeds. */
function embedChars(embed: Json): number {
  const fields = arr(embed.fields).map(obj);
  return str(embed.title).length + str(embed.description).length + str(obj(embed.footer).text).length +
    str(obj(embed.author).name).length + fields.reduce((n, f) => n + str(f.name).length + str(f.value).length, 0);
}

function checkEmbed(embed: Json, at: Path): Issue[] {
  const issues: Issue[] = [];
  if (typeof embed.title === 'string') issues.push(...lengthIssue([...at, 'title'], embed.title.length, 0, 256));
  if (typeof embed.description === 'string') {
    issues.push(...lengthIssue([...at, 'description'], embed.description.length, 0, 4096));
  }
  if (embed.color !== undefined && embed.color !== null) {
    const color = Number(embed.color);
    if (!Number.isInteger(color) || color < 0 || color > 0xffffff) {
      issues.push(issue([...at, 'color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.'));
    }
  }
  if (embed.footer !== undefined) {
    issues.push(...lengthIssue([...at, 'footer', 'text'], str(obj(embed.footer).text).length, 1, 2048));
  }
  if (embed.author !== undefined) {
    issues.push(...lengthIssue([...at, 'author', 'name'], str(obj(embed.author).name).length, 1, 256));
  }
  const fields = arr(embed.fields).map(obj);
  issues.push(...lengthIssue([...at, 'fields'], fields.length, 0, 25));
  fields.forEach((field, i) => {
    issues.push(...lengthIssue([...at, 'fields', i, 'name'], str(field.name).length, 1, 256));
    issues.push(...lengthIssue([...at, 'fields', i, 'value'], str(field.value).length, 1, 1024));
  });
  return issues;
}

function checkEmbeds(embeds: Json[]): Issue[] {
  const issues = lengthIssue(['embeds'], embeds.length, 0, 10);
  embeds.forEach((embed, i) => issues.push(...checkEmbed(embed, ['embeds', i])));
  const total = embeds.reduce((n, e) => n + embedChars(e), 0);
  if (total > 6000) issues.push(issue(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000'));
  return issues;
}

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function checkComponent(component: Json, at: Path, customIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  const type = Number(component.type);
  const isLink = type === 2 && (component.style === 5 || component.style === 6);
  if ((type === 2 && !isLink) || SELECT_TYPES.has(type)) {
    const id = str(component.custom_id);
    issues.push(...lengthIssue([...at, 'custom_id'], id.length, 1, 100));
    if (customIds.has(id)) issues.push(issue([...at, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'));
    customIds.add(id);
  }
  if (type === 2) {
    issues.push(...lengthIssue([...at, 'label'], str(component.label).length, 0, 80));
    if (!component.label && !component.emoji) issues.push(issue([...at, 'label'], 'BASE_TYPE_REQUIRED', 'This field is required'));
    if (component.style === 5 && !str(component.url)) issues.push(issue([...at, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required'));
  } else if (SELECT_TYPES.has(type)) {
    issues.push(...lengthIssue([...at, 'placeholder'], str(component.placeholder).length, 0, 150));
    if (type === 3) {
      const options = arr(component.options).map(obj);
      issues.push(...lengthIssue([...at, 'options'], options.length, 1, 25));
      options.forEach((option, i) => {
        issues.push(...lengthIssue([...at, 'options', i, 'label'], str(option.label).length, 1, 100));
        issues.push(...lengthIssue([...at, 'options', i, 'value'], str(option.value).length, 1, 100));
        issues.push(...lengthIssue([...at, 'options', i, 'description'], str(option.description).length, 0, 100));
      });
    }
  } else {
    issues.push(issue([...at, 'type'], 'UNION_TYPE_CHOICES', `Value of field "type" must be one of (2, 3, 5, 6, 7, 8).`));
  }
  return issues;
}

/** Classic (non-V2) components: up to 5 action rows of up to 5 buttons or one select menu. */
function checkComponents(rows: Json[]): Issue[] {
  const issues = lengthIssue(['components'], rows.length, 0, 5);
  const customIds = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) {
      issues.push(issue(['components', r, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).'));
      return;
    }
    const children = arr(row.components).map(obj);
    issues.push(...lengthIssue(['components', r, 'components'], children.length, 1, 5));
    if (children.some((c) => SELECT_TYPES.has(Number(c.type))) && children.length > 1) {
      issues.push(issue(['components', r, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width'));
    }
    children.forEach((child, c) => issues.push(...checkComponent(child, ['components', r, 'components', c], customIds)));
  });
  return issues;
}

/**
 * Every limit a message body (new or edit) must respect; emptiness of new messages is `isEmptyMessage`.
 * @example checkMessage({ content: 'x'.repeat(2001) }) // [{ path: ['content'], code: 'BASE_TYPE_MAX_LENGTH', ... }]
 */
export function checkMessage(data: Json): Issue[] {
  const issues: Issue[] = [];
  if (data.content !== undefined && data.content !== null) {
    if (typeof data.content !== 'string') issues.push(issue(['content'], 'BASE_TYPE_STRING', 'Must be a string.'));
    else issues.push(...lengthIssue(['content'], data.content.length, 0, 2000));
  }
  if (data.embeds !== undefined && data.embeds !== null) issues.push(...checkEmbeds(arr(data.embeds).map(obj)));
  const flags = Number(data.flags ?? 0);
  if (flags & ~SENDABLE_FLAGS) issues.push(issue(['flags'], 'MESSAGE_FLAGS_INVALID', `Flags ${flags} include bits a bot cannot set.`));
  // Components V2 have their own layout rules, which this fake does not model.
  if (!(flags & IS_COMPONENTS_V2) && data.components) issues.push(...checkComponents(arr(data.components).map(obj)));
  return issues;
}

/**
 * Limits of an autocomplete result (callback type 8).
 * @example checkAutocomplete({ choices: [{ name: '', value: 'a' }] }) // name must be 1..100 characters
 */
export function checkAutocomplete(data: Json): Issue[] {
  if (!Array.isArray(data.choices)) return [issue(['choices'], 'BASE_TYPE_REQUIRED', 'This field is required')];
  const choices = data.choices.map(obj);
  const issues = lengthIssue(['choices'], choices.length, 0, 25);
  choices.forEach((choice, i) => {
    issues.push(...lengthIssue(['choices', i, 'name'], str(choice.name).length, 1, 100));
    if (typeof choice.value === 'string') issues.push(...lengthIssue(['choices', i, 'value'], choice.value.length, 1, 100));
    else if (typeof choice.value !== 'number') issues.push(issue(['choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required'));
  });
  return issues;
}
