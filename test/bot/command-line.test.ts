import { describe, expect, it } from 'vitest';
import { CommandLineError, parseCommandLine } from '../../bot/command-line.ts';
import { loadCommands } from '../../bot/registry.ts';

const commands = await loadCommands();

describe('parseCommandLine', () => {
  it('takes the rest of the line as the first required option', () => {
    expect(parseCommandLine('/article 3', commands).values.get('number')).toBe(3);
  });

  it('reads named options in any order, quoted or not', () => {
    const parsed = parseCommandLine('/article paragraph:"2" number:3', commands);
    expect(Object.fromEntries(parsed.values)).toEqual({ number: 3, paragraph: 2 });
    expect(parsed.options.integer('paragraph')).toBe(2);
  });

  it('accepts a missing slash and upper case command names', () => {
    expect(parseCommandLine('ARTICLE 1', commands).command.data.name).toBe('article');
  });

  it.each([
    ['/nope', /Unknown command \/nope\. Commands: .*\/article/],
    ['/article', /\/article needs number:/],
    ['/article three', /option number must be a whole number, got "three"/],
    ['/article -1', /option number must be at least 0/],
    ['/articles extra words', /\/articles takes no text here/],
    ['', /Type a command/],
  ])('rejects %j with a clear message', (line, message) => {
    expect(() => parseCommandLine(line, commands)).toThrow(CommandLineError);
    expect(() => parseCommandLine(line, commands)).toThrow(message);
  });
});
