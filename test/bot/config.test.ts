/**
 * Configuration errors name the variable, for every variable (issue 12, problem 5): LOG_LEVEL no
 * longer crashes in pino before the config is read, and an unusable CACHE_DIR means a warning and
 * no cache instead of a process spinning for ever.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const TSX = path.resolve('node_modules/.bin/tsx');
const GOOD = { DISCORD_TOKEN: 'MTExMTExMTExMTExMTExMTEx.Gabcde.abcdefghijabcdefghij', DISCORD_CLIENT_ID: '100000000000000001' };

describe('loadConfig names the variable', () => {
  const bad: Record<string, string> = {
    DISCORD_TOKEN: 'not-a-token',
    DISCORD_CLIENT_ID: 'abc',
    DISCORD_GUILD_ID: '12',
    DISCORD_API_URL: 'ftp://example.com',
    SEEDS_DIR: '/nonexistent/seeds',
    LOG_LEVEL: 'verbose',
    COOLDOWN_SECONDS: 'soon',
    SHARD_COUNT: '0',
  };
  for (const [name, value] of Object.entries(bad)) {
    it(`${name}=${value}`, () => {
      expect(() => loadConfig({ ...GOOD, [name]: value }, { discord: true })).toThrow(ConfigError);
      expect(() => loadConfig({ ...GOOD, [name]: value }, { discord: true })).toThrow(new RegExp(`- ${name} `));
    });
  }
});

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(TSX, args, { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });

describe('the processes', () => {
  it('LOG_LEVEL=verbose stops npm run ask with a message naming the variable, not a pino stack', () => {
    const res = run(['bot/ask.ts', '/article 1'], { LOG_LEVEL: 'verbose' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose".');
    expect(res.stderr).not.toMatch(/pino|at \w+ \(/);
  }, 30_000);

  it('CACHE_DIR=/proc/nope answers with a warning and no cache, and does not hang', () => {
    const started = Date.now();
    const res = run(['bot/ask.ts', '/article 1'], { CACHE_DIR: '/proc/nope' });
    expect(res.signal).toBeNull();
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^#1 · /m);
    expect(res.stderr).toContain('could not write the snapshot in CACHE_DIR');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 70_000);
});
