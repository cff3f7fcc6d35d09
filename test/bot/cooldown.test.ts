/**
 * Cooldowns per command: the commands' own defaults, COOLDOWN_SECONDS as one number or per command,
 * and the per-member clock a message handler can use on its own.
 */
import { describe, expect, it } from 'vitest';
import { Cooldown, Cooldowns } from '../../bot/cooldown.ts';
import { loadCommands } from '../../bot/registry.ts';
import { loadConfig } from '../../src/config.ts';

const commands = await loadCommands();
const defaults = new Map([...commands].map(([name, c]) => [name, c.cooldown]));
const table = (value?: string) => new Cooldowns(defaults, loadConfig(value === undefined ? {} : { COOLDOWN_SECONDS: value }).cooldowns).table();

describe('Cooldowns', () => {
  it('default: the commands that do real work have one, cheap commands none', () => {
    expect(table()).toEqual({ ask: 5, on: 2, reload: 10, search: 3, timeline: 3, 'who-met': 2 });
  });

  it('COOLDOWN_SECONDS=10 sets every command that has one; 0 turns them all off', () => {
    expect(Object.values(table('10'))).toEqual([10, 10, 10, 10, 10, 10]);
    expect(table('0')).toEqual({});
  });

  it('COOLDOWN_SECONDS per command wins, and can give a cheap command one', () => {
    expect(table('search=8, ask=0, article=1')).toEqual({ article: 1, on: 2, reload: 10, search: 8, timeline: 3, 'who-met': 2 });
  });

  it('a wrong value or an unknown command names the variable', () => {
    expect(() => table('soon')).toThrow(/COOLDOWN_SECONDS must be seconds from 0 to 3600.*got "soon"/);
    expect(() => table('serach=5')).toThrow(/COOLDOWN_SECONDS names \/serach, which is not a command/);
  });

  it('each command keeps its own clock per member', () => {
    const c = new Cooldowns(defaults);
    expect(c.for('search').take('alice', 0)).toBe(0);
    expect(c.for('ask').take('alice', 0)).toBe(0);
    expect(c.for('search').take('alice', 1000)).toBe(2000);
    expect(c.for('search').take('bob', 1000)).toBe(0);
    expect(c.for('article').take('alice', 1000)).toBe(0);
    expect(c.for('article').take('alice', 1001)).toBe(0);
  });

  it('a Cooldown alone serves any member-keyed answer (a mention, a DM)', () => {
    const mentions = new Cooldown(4);
    expect(mentions.take('alice', 0)).toBe(0);
    expect(mentions.take('alice', 3000)).toBe(1000);
    expect(mentions.take('alice', 4000)).toBe(0);
  });
});
