import { describe, expect, it } from 'vitest';
import { buildCommandOptions, type OptionDefinition } from './command-options.ts';

const admin: { options: OptionDefinition[] } = {
  options: [
    { type: 1, name: 'reload', options: [] },
    { type: 2, name: 'cache', options: [{ type: 1, name: 'clear', options: [{ type: 5, name: 'all' }] }] },
  ],
};
const search: { options: OptionDefinition[] } = {
  options: [
    { type: 3, name: 'query', required: true, autocomplete: true, min_length: 2 },
    { type: 10, name: 'score', min_value: 0, max_value: 1 },
  ],
};

describe('buildCommandOptions', () => {
  it('infers types when the command is not registered', () => {
    expect(buildCommandOptions('x', { s: 'a', i: 3, n: 0.5, b: true }, undefined)).toEqual([
      { name: 's', type: 3, value: 'a' }, { name: 'i', type: 4, value: 3 }, { name: 'n', type: 10, value: 0.5 }, { name: 'b', type: 5, value: true },
    ]);
  });

  it('nests values under a subcommand group and subcommand', () => {
    expect(buildCommandOptions('admin cache clear', { all: true }, admin)).toEqual([
      { name: 'cache', type: 2, options: [{ name: 'clear', type: 1, options: [{ name: 'all', type: 5, value: true }] }] },
    ]);
    expect(buildCommandOptions('admin reload', {}, admin)).toEqual([{ name: 'reload', type: 1, options: [] }]);
  });

  it('refuses a missing or unknown subcommand', () => {
    expect(() => buildCommandOptions('admin', {}, admin)).toThrow(/needs a subcommand: reload, cache/);
    expect(() => buildCommandOptions('admin purge', {}, admin)).toThrow(/no subcommand "purge"/);
  });

  it('types a number option as 10 even for a whole value, and checks bounds and lengths', () => {
    expect(buildCommandOptions('search', { query: 'ab', score: 1 }, search)[1]).toEqual({ name: 'score', type: 10, value: 1 });
    expect(() => buildCommandOptions('search', { query: 'ab', score: 2 }, search)).toThrow(/value outside 0..1/);
    expect(() => buildCommandOptions('search', { query: 'a' }, search)).toThrow(/length 1 outside 2..6000/);
    expect(() => buildCommandOptions('search', { query: 5 }, search)).toThrow(/expects string/);
  });

  it('marks the focused option, sends the typed text as is, and skips the required check while typing', () => {
    expect(buildCommandOptions('search', { query: 'L' }, search, 'query')).toEqual([{ name: 'query', type: 3, value: 'L', focused: true }]);
    expect(() => buildCommandOptions('search', { query: 'ab', score: 0.5 }, search, 'score')).toThrow(/not registered with autocomplete/);
  });
});
