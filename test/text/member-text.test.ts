/**
 * Invisible characters in member text (issue 12, problem 9): Unicode default-ignorables are removed
 * before analysis, ZWJ/ZWNJ stay where Devanagari and Arabic shaping needs them.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../bot/command-line.ts';
import { loadCommands } from '../../bot/registry.ts';
import { cleanMemberText } from '../../src/text/normalize.ts';

describe('cleanMemberText', () => {
  it('removes zero-width space, soft hyphen, word joiner, byte-order mark and bidi controls', () => {
    expect(cleanMemberText('La\u200Bv\u200Brov')).toBe('Lavrov');
    expect(cleanMemberText('Lav\u00ADrov')).toBe('Lavrov');
    expect(cleanMemberText('\uFEFFLav\u2060rov')).toBe('Lavrov');
    expect(cleanMemberText('\u202Bلافروف\u202C \u200Fكابول\u200E')).toBe('لافروف كابول');
    expect(cleanMemberText('ला\u200Bवरोव')).toBe('लावरोव');
  });

  it('keeps ZWJ and ZWNJ between Devanagari or Arabic characters, and drops them elsewhere', () => {
    expect(cleanMemberText('क्\u200Dष')).toBe('क्\u200Dष');
    expect(cleanMemberText('र्\u200Cय')).toBe('र्\u200Cय');
    expect(cleanMemberText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanMemberText('La\u200Cvrov')).toBe('Lavrov');
    expect(cleanMemberText('\u200Dलावरोव')).toBe('लावरोव');
    expect(cleanMemberText('Kabul\u200D काबुल')).toBe('Kabul काबुल');
  });

  it('leaves visible text alone', () => {
    const text = 'Who met Lavrov? लावरोव से कौन मिला? من التقى لافروف؟ 2021-08-16';
    expect(cleanMemberText(text)).toBe(text);
  });
});

describe('the commands see clean text', () => {
  it('a zero-width space inside a name no longer splits the /search query', async () => {
    const commands = await loadCommands();
    const parsed = parseCommandLine('/search La\u200Bv\u200Brov', commands);
    expect(parsed.options.string('query')).toBe('Lavrov');
  }, 20_000);
});
