import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandLineError } from '../../bot/command-line.ts';
import { localeArgument, openTerminal } from '../../bot/terminal.ts';

describe('the terminal in another language', () => {
  it('takes --locale from the arguments or from npm (npm run console --locale hi)', () => {
    expect(localeArgument(['--locale', 'hi', '/who-met Lavrov'], {})).toEqual({ locale: 'hi', rest: ['/who-met Lavrov'] });
    expect(localeArgument(['/who-met', 'Lavrov', '--locale=ar'], {})).toEqual({ locale: 'ar', rest: ['/who-met', 'Lavrov'] });
    expect(localeArgument([], { npm_config_locale: 'hi' })).toEqual({ locale: 'hi', rest: [] });
    expect(localeArgument(['hi'], { npm_config_locale: 'true' })).toEqual({ locale: 'hi', rest: [] });
    expect(localeArgument(['/help'], {})).toEqual({ locale: 'en', rest: ['/help'] });
    expect(() => localeArgument(['--locale', 'xx'], {})).toThrow(CommandLineError);
  });

  it('shows the same Hindi labels as Discord, and Arabic ones for an Arabic question', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'terminal-locale-'));
    const terminal = await openTerminal({ SEEDS_DIR: 'seeds', CACHE_DIR: cache }, false, 'hi');
    const { text } = await terminal.run('/who-met Lavrov');
    expect(text.split('\n').slice(0, 2)).toEqual(['Sergey Lavrov (सर्गेई लावरोव) से किसने मुलाकात की', 'Sergey Lavrov (Russian foreign minister) का नाम 3 लेखों में है; 3 लोगों ने उनसे मुलाकात या बात की।']);
    expect(text).toContain('  भूमिका: US foreign minister\n  फ़ोन पर बातचीत · 2021-08-16 · हुई\n');
    expect(text).toContain('[#4 शीर्षक]');
    expect((await terminal.run('/ask من التقى بوتين؟')).text).toContain('الصفة: Pakistani prime minister');
    fs.rmSync(cache, { recursive: true, force: true });
    // It builds the seeds' knowledge with no cache: about 5 s on a busy two-core machine.
  }, 30_000);
});
