import { describe, expect, it } from 'vitest';
import { checkAutocomplete, checkMessage, isEmptyMessage } from './limits.ts';
import { checkCommand, checkCommandList } from './command-limits.ts';
import { describeIssues, invalidFormBody } from './errors.ts';

const codes = (issues: { path: (string | number)[]; code: string }[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`);
const field = (name = 'n', value = 'v') => ({ name, value });

describe('message limits', () => {
  it('accepts a message exactly at every limit', () => {
    const embed = {
      title: 't'.repeat(256), description: 'd'.repeat(1000), footer: { text: 'f'.repeat(100) },
      fields: Array.from({ length: 25 }, () => field('n'.repeat(10), 'v'.repeat(10))),
    };
    expect(checkMessage({ content: 'c'.repeat(2000), embeds: [embed] })).toEqual([]);
  });

  it('refuses content over 2000 characters', () => {
    expect(codes(checkMessage({ content: 'c'.repeat(2001) }))).toEqual(['content:BASE_TYPE_MAX_LENGTH']);
  });

  it('refuses each over-long embed part at its own path', () => {
    const embed = {
      title: 't'.repeat(257), description: 'd'.repeat(4097), footer: { text: 'f'.repeat(2049) }, author: { name: 'a'.repeat(257) },
      fields: [field('n'.repeat(257)), field('n', 'v'.repeat(1025)), field('', 'v')],
    };
    expect(codes(checkMessage({ embeds: [embed] }))).toEqual([
      'embeds.0.title:BASE_TYPE_MAX_LENGTH', 'embeds.0.description:BASE_TYPE_MAX_LENGTH',
      'embeds.0.footer.text:BASE_TYPE_BAD_LENGTH', 'embeds.0.author.name:BASE_TYPE_BAD_LENGTH',
      'embeds.0.fields.0.name:BASE_TYPE_BAD_LENGTH', 'embeds.0.fields.1.value:BASE_TYPE_BAD_LENGTH',
      'embeds.0.fields.2.name:BASE_TYPE_BAD_LENGTH', 'embeds:MAX_EMBED_SIZE_EXCEEDED',
    ]);
  });

  it('refuses more than 10 embeds and more than 25 fields', () => {
    expect(codes(checkMessage({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) }))).toEqual(['embeds:BASE_TYPE_MAX_LENGTH']);
    expect(codes(checkMessage({ embeds: [{ fields: Array.from({ length: 26 }, () => field()) }] })))
      .toEqual(['embeds.0.fields:BASE_TYPE_MAX_LENGTH']);
  });

  it('counts the 6000 total across all embeds of a message, though each embed fits', () => {
    const embed = { description: 'd'.repeat(3001) };
    expect(codes(checkMessage({ embeds: [embed] }))).toEqual([]);
    expect(codes(checkMessage({ embeds: [embed, embed] }))).toEqual(['embeds:MAX_EMBED_SIZE_EXCEEDED']);
  });

  it('refuses out-of-range colours and flags a bot may not set', () => {
    expect(codes(checkMessage({ embeds: [{ title: 'x', color: 0x1000000 }] }))).toEqual(['embeds.0.color:NUMBER_TYPE_MAX']);
    expect(codes(checkMessage({ content: 'x', flags: 1 << 1 }))).toEqual(['flags:MESSAGE_FLAGS_INVALID']);
    expect(checkMessage({ content: 'x', flags: 64 })).toEqual([]);
  });

  it('checks classic components: rows, buttons per row, custom ids, select options', () => {
    const button = (id: string) => ({ type: 2, style: 1, label: 'go', custom_id: id });
    const row = (...components: object[]) => ({ type: 1, components });
    expect(checkMessage({ components: [row(button('a'), button('b'))] })).toEqual([]);
    expect(codes(checkMessage({ components: [row(button('a'), button('a'))] }))).toEqual(['components.0.components.1.custom_id:COMPONENT_CUSTOM_ID_DUPLICATED']);
    expect(codes(checkMessage({ components: [row(...['a', 'b', 'c', 'd', 'e', 'f'].map(button))] }))).toEqual(['components.0.components:BASE_TYPE_BAD_LENGTH']);
    expect(codes(checkMessage({ components: [row({ ...button('a'), custom_id: 'x'.repeat(101) })] }))).toEqual(['components.0.components.0.custom_id:BASE_TYPE_BAD_LENGTH']);
    const select = { type: 3, custom_id: 's', options: Array.from({ length: 26 }, (_, i) => ({ label: `l${i}`, value: `v${i}` })) };
    expect(codes(checkMessage({ components: [row(select)] }))).toEqual(['components.0.components.0.options:BASE_TYPE_BAD_LENGTH']);
    expect(codes(checkMessage({ components: [button('a')] }))).toEqual(['components.0.type:UNION_TYPE_CHOICES']);
  });

  it('knows an empty message from one with only an embed', () => {
    expect(isEmptyMessage({ content: '', flags: 64 })).toBe(true);
    expect(isEmptyMessage({ embeds: [{ title: 'x' }] })).toBe(false);
  });
});

describe('autocomplete limits', () => {
  it('refuses more than 25 choices and over-long names or values', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    expect(codes(checkAutocomplete({ choices }))).toEqual(['choices:BASE_TYPE_MAX_LENGTH']);
    expect(codes(checkAutocomplete({ choices: [{ name: 'n'.repeat(101), value: 'v'.repeat(101) }] })))
      .toEqual(['choices.0.name:BASE_TYPE_BAD_LENGTH', 'choices.0.value:BASE_TYPE_BAD_LENGTH']);
    expect(checkAutocomplete({ choices: [{ name: 'ok', value: 3 }] })).toEqual([]);
  });
});

describe('command limits', () => {
  const option = (name: string, extra: object = {}) => ({ type: 3, name, description: 'd', ...extra });

  it('accepts lowercase names in any script, Hindi vowel signs included', () => {
    for (const name of ['search', 'खोज', 'بحث', 'top-10_x']) expect(checkCommand({ name, description: 'd' })).toEqual([]);
  });

  it('refuses uppercase, spaces, over-long names and descriptions', () => {
    expect(codes(checkCommand({ name: 'Search', description: 'd' }))).toEqual(['name:APPLICATION_COMMAND_INVALID_NAME']);
    expect(codes(checkCommand({ name: 'two words', description: 'd' }))).toEqual(['name:APPLICATION_COMMAND_INVALID_NAME']);
    expect(codes(checkCommand({ name: 'x'.repeat(33), description: 'd' }))).toEqual(['name:APPLICATION_COMMAND_INVALID_NAME']);
    expect(codes(checkCommand({ name: 'x', description: 'd'.repeat(101) }))).toEqual(['description:BASE_TYPE_BAD_LENGTH']);
    expect(codes(checkCommand({ name: 'x', description: 'd', name_localizations: { hi: 'Khoj' } })))
      .toEqual(['name_localizations.hi:APPLICATION_COMMAND_INVALID_NAME']);
  });

  it('refuses more than 25 options, required after optional, duplicates and choices with autocomplete', () => {
    const many = Array.from({ length: 26 }, (_, i) => option(`o${i}`));
    expect(codes(checkCommand({ name: 'x', description: 'd', options: many }))).toEqual(['options:BASE_TYPE_MAX_LENGTH']);
    expect(codes(checkCommand({ name: 'x', description: 'd', options: [option('a'), option('b', { required: true }), option('a')] })))
      .toEqual(['options.1.required:APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'options.2.name:APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS']);
    expect(codes(checkCommand({ name: 'x', description: 'd', options: [option('a', { autocomplete: true, choices: [{ name: 'n', value: 'v' }] })] })))
      .toEqual(['options.0.autocomplete:APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE']);
  });

  it('checks options nested in subcommands, and refuses mixing subcommands with values', () => {
    const sub = { type: 1, name: 'reload', description: 'd', options: [option('Bad')] };
    expect(codes(checkCommand({ name: 'admin', description: 'd', options: [sub] }))).toEqual(['options.0.options.0.name:APPLICATION_COMMAND_INVALID_NAME']);
    expect(codes(checkCommand({ name: 'admin', description: 'd', options: [{ ...sub, options: [] }, option('q')] })))
      .toEqual(['options:APPLICATION_COMMAND_OPTIONS_TYPE_INVALID']);
  });

  it('refuses duplicate names within one bulk overwrite, but not across types', () => {
    const list = [{ name: 'a', description: 'd' }, { name: 'a', description: 'e' }, { type: 3, name: 'a', description: '' }];
    expect(codes(checkCommandList(list))).toEqual(['1.name:APPLICATION_COMMANDS_DUPLICATE_NAME']);
  });
});

describe('Discord error bodies', () => {
  it('nests issues under their path with _errors, as Discord does', () => {
    const issues = checkMessage({ content: 'c'.repeat(2001) });
    expect(invalidFormBody(issues, ['data'])).toEqual({
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035, errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } } },
    });
    expect(describeIssues(issues)).toEqual(['content: Must be 2000 or fewer in length. [BASE_TYPE_MAX_LENGTH]']);
  });
});
